import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/database.ts';
import { THEMES } from './catalogue/types.ts';
import {
  DistrictValues,
  DistrictValuesQuery,
  FormulaCheck,
  FormulaCheckResult,
  IndicatorDefinition,
  IndicatorList,
  IndicatorParams,
  IndicatorSummary,
  IndicatorValues,
  IndicatorValuesQuery,
  KeyFigures,
  KeyFiguresQuery,
  NewTarget,
  PeerGroup,
  PeerGroupBody,
  PeerGroupParams,
  Target,
  TargetList,
  TargetParams,
  TargetQuery,
} from './contracts.ts';
import { formulaTables } from './formula/index.ts';
import * as repository from './repository.ts';
import * as service from './service.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const indicatorRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.get(
    '/indicators',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Indikatoren'],
        summary: 'Indikatorenkatalog mit Datenlage (welche Tabellen importiert sind, welche fehlen)',
        response: { 200: IndicatorList },
      },
    },
    async () => ({ themes: THEMES, items: await service.listIndicators(db) }),
  );

  app.post(
    '/indicators',
    {
      config: { permission: 'indicators:write' },
      schema: {
        tags: ['Indikatoren'],
        summary: 'Eigenen Indikator anlegen (Formel über importierte Messgrößen)',
        body: IndicatorDefinition,
        response: { 201: IndicatorDefinition },
      },
    },
    async (request, reply) => {
      const created = await service.createCustomIndicator(db, request.body);
      reply.code(201);
      return created;
    },
  );

  app.post(
    '/indicators/check-formula',
    {
      config: { permission: 'indicators:write' },
      schema: {
        tags: ['Indikatoren'],
        summary: 'Formel prüfen; bei Fehlern mit Position',
        body: FormulaCheck,
        response: { 200: FormulaCheckResult },
      },
    },
    async (request) => {
      const formula = await service.validateFormula(db, request.body.formula);
      return { valid: true as const, tables: formulaTables(formula) };
    },
  );

  app.get(
    '/key-figures',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Indikatoren'],
        summary: 'Kennzahlen: alle berechenbaren Indikatoren einer Region mit Land und Bund in einer Antwort',
        querystring: KeyFiguresQuery,
        response: { 200: KeyFigures },
      },
    },
    async (request) => service.keyFigures(db, request.query.region, request.query.theme),
  );

  app.get(
    '/indicators/:id',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Indikatoren'],
        summary: 'Ein Indikator mit Definition und Datenlage',
        params: IndicatorParams,
        response: { 200: IndicatorSummary },
      },
    },
    async (request) => service.indicatorSummary(db, request.params.id),
  );

  app.delete(
    '/indicators/:id',
    {
      config: { permission: 'indicators:write' },
      schema: {
        tags: ['Indikatoren'],
        summary: 'Eigenen Indikator löschen',
        params: IndicatorParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.deleteCustomIndicator(db, request.params.id);
      reply.code(204);
      return null;
    },
  );

  app.get(
    '/indicators/:id/values',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Indikatoren'],
        summary:
          'Zeitreihe für eine Region mit Vergleichen (Land, Bund, Nachbarn, Vergleichskreise), Rang, Veränderung, Zielen',
        params: IndicatorParams,
        querystring: IndicatorValuesQuery,
        response: { 200: IndicatorValues },
      },
    },
    async (request) => {
      const result = await service.indicatorValues(db, request.params.id, {
        region: request.query.region,
        compare: request.query.compare,
        ...(request.query.peers ? { peers: request.query.peers } : {}),
      });
      const { definition, ...rest } = result;
      return { indicator: definition, ...rest };
    },
  );

  app.get(
    '/indicators/:id/export.xlsx',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Indikatoren'],
        summary:
          'XLSX-Download: Zeitreihe der Region mit Vergleichen, alle Kreise des Landes, Quellen und Zeichenerklärung',
        params: IndicatorParams,
        querystring: IndicatorValuesQuery,
        produces: [XLSX_TYPE],
      },
    },
    async (request, reply) => {
      const query = new URLSearchParams({ region: request.query.region });
      if (request.query.compare.length) query.set('compare', request.query.compare.join(','));
      const { fileName, content } = await service.indicatorWorkbook(db, request.params.id, {
        region: request.query.region,
        compare: request.query.compare,
        ...(request.query.peers ? { peers: request.query.peers } : {}),
        link: `${request.protocol}://${request.host}/indikatoren/${encodeURIComponent(request.params.id)}?${query}`,
      });
      reply.type(XLSX_TYPE).header('content-disposition', `attachment; filename="${fileName}"`);
      return reply.send(content);
    },
  );

  app.get(
    '/indicators/:id/districts',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Indikatoren'],
        summary: 'Werte für alle Kreise (optional eines Landes), z. B. für Karte und Tabelle',
        params: IndicatorParams,
        querystring: DistrictValuesQuery,
        response: { 200: DistrictValues },
      },
    },
    async (request, reply) => {
      // Large answers (all Kreise × all periods) are built from typed service results; the schema
      // documents them, plain JSON.stringify sends them without a second validation pass.
      reply.serializer(JSON.stringify);
      const { definition, series } = await service.indicatorForDistricts(db, request.params.id, {
        ...(request.query.parent ? { parent: request.query.parent } : {}),
        ...(request.query.period ? { period: request.query.period } : {}),
      });
      return { indicator: definition, series };
    },
  );

  app.get(
    '/indicators/:id/targets',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Indikatoren'],
        summary: 'Zielwerte eines Indikators',
        params: IndicatorParams,
        querystring: TargetQuery,
        response: { 200: TargetList },
      },
    },
    async (request) => {
      await service.findDefinition(db, request.params.id);
      const rows = await repository.listTargets(db, request.params.id, request.query.region);
      return { items: rows.map(service.presentTarget) };
    },
  );

  app.post(
    '/indicators/:id/targets',
    {
      config: { permission: 'indicators:write' },
      schema: {
        tags: ['Indikatoren'],
        summary: 'Zielwert für eine Region setzen',
        params: IndicatorParams,
        body: NewTarget,
        response: { 201: Target },
      },
    },
    async (request, reply) => {
      const target = await service.addTarget(db, request.params.id, {
        region: request.body.region,
        targetValue: request.body.targetValue,
        targetYear: request.body.targetYear,
        direction: request.body.direction,
        note: request.body.note ?? null,
      });
      reply.code(201);
      return target;
    },
  );

  app.delete(
    '/targets/:id',
    {
      config: { permission: 'indicators:write' },
      schema: {
        tags: ['Indikatoren'],
        summary: 'Zielwert löschen',
        params: TargetParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.removeTarget(db, request.params.id);
      reply.code(204);
      return null;
    },
  );

  app.get(
    '/peer-groups/:key',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Indikatoren'],
        summary:
          'Vergleichskreise einer Region (eingestellt oder Standard: gleicher Kreistyp, ähnliche Einwohnerzahl)',
        params: PeerGroupParams,
        response: { 200: PeerGroup },
      },
    },
    async (request) => service.peerGroup(db, request.params.key),
  );

  app.put(
    '/peer-groups/:key',
    {
      config: { permission: 'indicators:write' },
      schema: {
        tags: ['Indikatoren'],
        summary: 'Vergleichskreise einer Region festlegen',
        params: PeerGroupParams,
        body: PeerGroupBody,
        response: { 200: PeerGroup },
      },
    },
    async (request) => service.setPeerGroup(db, request.params.key, request.body.peers),
  );

  app.delete(
    '/peer-groups/:key',
    {
      config: { permission: 'indicators:write' },
      schema: {
        tags: ['Indikatoren'],
        summary: 'Eigene Vergleichskreise verwerfen (zurück zum Standard)',
        params: PeerGroupParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await repository.deletePeerGroup(db, request.params.key);
      reply.code(204);
      return null;
    },
  );
};
