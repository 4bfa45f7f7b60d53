import { randomUUID } from 'node:crypto';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { cooperationRoutes } from '../../modules/cooperation/index.ts';
import { indicatorRoutes } from '../../modules/indicators/index.ts';
import { regionRoutes } from '../../modules/regions/index.ts';
import { stakeholderRoutes } from '../../modules/stakeholders/index.ts';
import { statisticsRoutes } from '../../modules/statistics/index.ts';
import { childcareForecastRoutes } from '../../modules/workforce/childcare/index.ts';
import { workforceRoutes } from '../../modules/workforce/index.ts';
import { surveyRoutes } from '../../modules/workforce/survey/index.ts';
import type {} from '../auth/permissions.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { AppError, httpStatusFor } from '../errors.ts';
import { webRoutes } from './web.ts';

export interface AppOptions {
  db: Database;
  config: Pick<Config, 'uploadLimit' | 'homeRegion'>;
  logger?: boolean;
  trackJob?: (done: Promise<void>) => void;
}

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string().describe('Meldung für den Menschen (deutsch)'),
      details: z.record(z.string(), z.unknown()).optional(),
      correlationId: z.string(),
    }),
  })
  .meta({ id: 'Error' });

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.decorateRequest('user', null);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((error, request, reply) => {
    const correlationId = String(request.id);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((issue) =>
        `${issue.instancePath || '/'} ${issue.message ?? ''}`.trim(),
      );
      return reply.code(400).send({
        error: {
          code: 'validation',
          message: `Ungültige Anfrage: ${issues.join('; ')}`,
          details: { issues },
          correlationId,
        },
      });
    }
    if (error instanceof AppError) {
      const status = httpStatusFor(error.code);
      if (status >= 500) request.log.error({ err: error, correlationId }, error.message);
      return reply.code(status).send({
        error: { code: error.code, message: error.userMessage, details: error.details, correlationId },
      });
    }
    const statusCode = (error as { statusCode?: number }).statusCode;
    if (statusCode && statusCode >= 400 && statusCode < 500) {
      return reply.code(statusCode).send({
        error: { code: 'validation', message: (error as Error).message, correlationId },
      });
    }
    request.log.error({ err: error, correlationId }, 'unhandled error');
    return reply.code(500).send({
      error: {
        code: 'internal',
        message: 'Ein interner Fehler ist aufgetreten. Bitte nennen Sie dem Betrieb die Fehlerkennung.',
        correlationId,
      },
    });
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Bildungsregion API',
        description:
          'Amtliche Statistik, Regionen und Bildungsmonitoring für kommunale Bildungsbüros. Alle Werte tragen Quelle, Stand und Zeichen der Zeichenerklärung.',
        version: '1',
      },
      tags: [
        { name: 'System', description: 'Betrieb' },
        { name: 'Regionen', description: 'Gebietsgliederung nach AGS/ARS' },
        { name: 'Statistik', description: 'Datensätze, Beobachtungen und Importe' },
        { name: 'Indikatoren', description: 'Katalog, Berechnung, Vergleiche und Zielwerte' },
        {
          name: 'Fachkräfte',
          description:
            'Berufe (KldB 2010), Engpassanalyse, Ersatzbedarf, Wasserstoffwirtschaft, Kita-/Ganztagsprognose, Betriebsbefragungen',
        },
        {
          name: 'Akteure',
          description: 'Akteursregister, Kontaktpersonen, Beziehungen, Einschätzungen, Netzwerkanalyse',
        },
        {
          name: 'Kooperation',
          description: 'Netzwerke, Arbeitsgruppen, Sitzungen, Dokumente, Kooperationsvereinbarungen',
        },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/v1/docs' });
  await app.register(fastifyMultipart, { limits: { fileSize: options.config.uploadLimit, files: 1 } });

  await app.register(
    async (api) => {
      api.get(
        '/health',
        {
          schema: {
            tags: ['System'],
            summary: 'Bereitschaft des Servers und der Datenbank',
            response: {
              200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }),
            },
          },
        },
        async () => {
          await options.db.query('SELECT 1');
          return { status: 'ok' as const, database: options.db.kind };
        },
      );
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      await api.register(regionRoutes, { db: options.db });
      await api.register(indicatorRoutes, { db: options.db });
      await api.register(stakeholderRoutes, { db: options.db, uploadLimit: options.config.uploadLimit });
      await api.register(cooperationRoutes, { db: options.db });
      await api.register(workforceRoutes, { db: options.db });
      await api.register(childcareForecastRoutes, { db: options.db });
      await api.register(surveyRoutes, { db: options.db });
      await api.register(statisticsRoutes, {
        db: options.db,
        uploadLimit: options.config.uploadLimit,
        ...(options.trackJob ? { trackJob: options.trackJob } : {}),
      });
    },
    { prefix: '/api/v1' },
  );

  await webRoutes(app, { homeRegion: options.config.homeRegion });

  return app;
}
