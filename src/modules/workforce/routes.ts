import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import {
  BottleneckQuery,
  BottleneckReport,
  HydrogenBody,
  HydrogenDashboard,
  HydrogenDashboardQuery,
  HydrogenOccupation,
  HydrogenParams,
  OccupationDetail,
  OccupationList,
  OccupationParams,
  OccupationQuery,
  ReplacementParameterList,
  ReplacementRequest,
  ReplacementResult,
  RulesParams,
  RulesResponse,
} from './contracts.ts';
import { knownEditions } from './engpass-rules.ts';
import * as service from './service.ts';

const TAG = 'Fachkräfte';

export const workforceRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.get(
    '/workforce/occupations',
    {
      config: { permission: 'workforce:read' },
      schema: {
        tags: [TAG],
        summary: 'Berufe der KldB 2010 (Fassung 2020): Liste und Suche',
        querystring: OccupationQuery,
        response: { 200: OccupationList },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return service.listOccupations(
        db,
        {
          ...(filter.q ? { q: filter.q } : {}),
          ...(filter.level !== undefined ? { level: filter.level } : {}),
          ...(filter.parent !== undefined ? { parent: filter.parent } : {}),
        },
        { limit, offset },
      );
    },
  );

  app.get(
    '/workforce/occupations/:code',
    {
      config: { permission: 'workforce:read' },
      schema: {
        tags: [TAG],
        summary:
          'Eine Berufsposition mit übergeordneten und untergeordneten Positionen und ISCO-08-Schlüsseln',
        params: OccupationParams,
        response: { 200: OccupationDetail },
      },
    },
    async (request) => service.getOccupation(db, request.params.code),
  );

  app.get(
    '/workforce/bottlenecks',
    {
      config: { permission: 'workforce:read' },
      schema: {
        tags: [TAG],
        summary:
          'Engpassanalyse nach BA-Methode: veröffentlichte und nachgerechnete Punkte und Kategorie je Beruf (Kreise: eigene Werte oder Landesergebnis als Näherung)',
        querystring: BottleneckQuery,
        response: { 200: BottleneckReport },
      },
    },
    async (request) =>
      service.bottlenecks(db, {
        area: request.query.area,
        ...(request.query.edition ? { edition: request.query.edition } : {}),
      }),
  );

  app.get(
    '/workforce/bottleneck-rules/:edition',
    {
      config: { permission: 'workforce:read' },
      schema: {
        tags: [TAG],
        summary: 'Grenzwerte (Cut-Points) der Engpassindikatoren einer Ausgabe',
        params: RulesParams,
        response: { 200: RulesResponse },
      },
    },
    async (request) => {
      const rules = service.rulesForApi(request.params.edition);
      if (!rules) {
        throw new AppError('not_found', {
          message: `no rules for ${request.params.edition}`,
          userMessage: `Für die Ausgabe ${request.params.edition} sind keine Grenzwerte hinterlegt (vorhanden: ${knownEditions().join(', ')}).`,
        });
      }
      return { editions: knownEditions(), rules };
    },
  );

  app.get(
    '/workforce/replacement/parameters',
    {
      config: { permission: 'workforce:read' },
      schema: {
        tags: [TAG],
        summary: 'Parameter der Ersatzbedarfsrechnung mit Voreinstellung, Grenzen und Erklärung',
        response: { 200: ReplacementParameterList },
      },
    },
    async () => service.replacementParameters(),
  );

  app.post(
    '/workforce/replacement',
    {
      config: { permission: 'workforce:read' },
      schema: {
        tags: [TAG],
        summary: 'Ersatz- und Erweiterungsbedarf gegen Nachwuchs und Zuwanderung in 5 und 10 Jahren',
        body: ReplacementRequest,
        response: { 200: ReplacementResult },
      },
    },
    async (request) =>
      service.replacement(db, {
        area: request.body.area,
        ...(request.body.segmentBy ? { segmentBy: request.body.segmentBy } : {}),
        params: Object.fromEntries(
          Object.entries(request.body.params ?? {}).filter(([, value]) => value !== undefined),
        ),
      }),
  );

  app.get(
    '/workforce/hydrogen',
    {
      config: { permission: 'workforce:read' },
      schema: {
        tags: [TAG],
        summary: 'Berufe des Transformationsfelds Wasserstoffwirtschaft (vom Bildungsbüro gepflegt)',
        response: { 200: z.array(HydrogenOccupation) },
      },
    },
    async () => service.listHydrogen(db),
  );

  app.put(
    '/workforce/hydrogen/:code',
    {
      config: { permission: 'workforce:write' },
      schema: {
        tags: [TAG],
        summary: 'Beruf in die Wasserstoff-Liste aufnehmen oder Begründung ändern',
        params: HydrogenParams,
        body: HydrogenBody,
        response: { 200: HydrogenOccupation },
      },
    },
    async (request) => service.saveHydrogen(db, { kldbCode: request.params.code, ...request.body }),
  );

  app.delete(
    '/workforce/hydrogen/:code',
    {
      config: { permission: 'workforce:write' },
      schema: {
        tags: [TAG],
        summary: 'Beruf von der Wasserstoff-Liste nehmen',
        params: HydrogenParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.deleteHydrogen(db, request.params.code);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/workforce/hydrogen/dashboard',
    {
      config: { permission: 'workforce:read' },
      schema: {
        tags: [TAG],
        summary: 'Wasserstoff-Berufe: Engpassstatus, Altersrisiko und Ausbildungsnachwuchs',
        querystring: HydrogenDashboardQuery,
        response: { 200: HydrogenDashboard },
      },
    },
    async (request) => service.hydrogenDashboard(db, { area: request.query.area }),
  );
};
