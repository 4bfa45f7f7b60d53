import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../../platform/db/database.ts';
import {
  Comparison,
  ExportQuery,
  Forecast,
  ForecastRequest,
  FormatQuery,
  ParameterCatalogue,
  RegionQuery,
  Scenario,
  ScenarioBody,
  ScenarioList,
  ScenarioParams,
} from './contracts.ts';
import { type ExportItem, forecastCsv, forecastXlsx } from './export.ts';
import { PARAMETERS } from './parameters.ts';
import * as service from './service.ts';

const TAG = 'Fachkräfte';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const childcareForecastRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.get(
    '/workforce/childcare/parameters',
    {
      config: { permission: 'workforce:read' },
      schema: {
        tags: [TAG],
        summary: 'Kita-/Ganztag-Prognose: Parameter mit Vorgaben und deren Herkunft',
        response: { 200: ParameterCatalogue },
      },
    },
    async () => ({ items: PARAMETERS.map((definition) => ({ ...definition })) }),
  );

  app.post(
    '/workforce/childcare/forecast',
    {
      config: { permission: 'workforce:read' },
      schema: {
        tags: [TAG],
        summary: 'Kita-/Ganztag-Personalprognose rechnen (benötigte und verfügbare VZÄ je Jahr)',
        body: ForecastRequest,
        response: { 200: Forecast },
      },
    },
    async (request) => service.forecast(db, request.body),
  );

  app.post(
    '/workforce/childcare/forecast/export',
    {
      config: { permission: 'workforce:read' },
      schema: {
        tags: [TAG],
        summary: 'Prognose mit den angegebenen Parametern als CSV oder XLSX',
        body: ForecastRequest,
        querystring: FormatQuery,
        produces: ['text/csv', XLSX],
      },
    },
    async (request, reply) => {
      const forecast = await service.forecast(db, request.body);
      return sendExport(
        reply,
        request.query.format,
        [{ label: 'Aktuelle Eingabe', forecast }],
        forecast.region.key,
      );
    },
  );

  app.get(
    '/workforce/childcare/scenarios',
    {
      config: { permission: 'workforce:read' },
      schema: {
        tags: [TAG],
        summary: 'Gespeicherte Szenarien einer Region',
        querystring: RegionQuery,
        response: { 200: ScenarioList },
      },
    },
    async (request) => ({ items: await service.listScenarios(db, request.query.region) }),
  );

  app.post(
    '/workforce/childcare/scenarios',
    {
      config: { permission: 'workforce:write' },
      schema: {
        tags: [TAG],
        summary: 'Szenario speichern',
        body: ScenarioBody,
        response: { 201: Scenario },
      },
    },
    async (request, reply) => {
      const created = await service.createScenario(db, request.body, request.user?.id ?? null);
      reply.code(201);
      return created;
    },
  );

  app.put(
    '/workforce/childcare/scenarios/:id',
    {
      config: { permission: 'workforce:write' },
      schema: {
        tags: [TAG],
        summary: 'Szenario ändern',
        params: ScenarioParams,
        body: ScenarioBody,
        response: { 200: Scenario },
      },
    },
    async (request) => service.updateScenario(db, request.params.id, request.body),
  );

  app.delete(
    '/workforce/childcare/scenarios/:id',
    {
      config: { permission: 'workforce:write' },
      schema: {
        tags: [TAG],
        summary: 'Szenario löschen',
        params: ScenarioParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.deleteScenario(db, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/workforce/childcare/scenarios/compare',
    {
      config: { permission: 'workforce:read' },
      schema: {
        tags: [TAG],
        summary: 'Szenarien nebeneinander rechnen',
        querystring: ExportQuery.pick({ ids: true }),
        response: { 200: Comparison },
      },
    },
    async (request) => service.compareScenarios(db, request.query.ids),
  );

  app.get(
    '/workforce/childcare/scenarios/export',
    {
      config: { permission: 'workforce:read' },
      schema: {
        tags: [TAG],
        summary: 'Szenarien als CSV oder XLSX (Jahreswerte und Parameter mit Herkunft)',
        querystring: ExportQuery,
        produces: ['text/csv', XLSX],
      },
    },
    async (request, reply) => {
      const { items } = await service.compareScenarios(db, request.query.ids);
      return sendExport(
        reply,
        request.query.format,
        items.map((item) => ({ label: item.scenario.label, forecast: item.forecast })),
        items[0]!.forecast.region.key,
      );
    },
  );
};

async function sendExport(
  reply: import('fastify').FastifyReply,
  format: 'csv' | 'xlsx',
  items: ExportItem[],
  region: string,
) {
  const name = `kita-ganztag-prognose-${region}`;
  if (format === 'xlsx') {
    return reply
      .type(XLSX)
      .header('content-disposition', `attachment; filename="${name}.xlsx"`)
      .send(Buffer.from(await forecastXlsx(items)));
  }
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`)
    .send(forecastCsv(items));
}
