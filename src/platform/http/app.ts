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
import { auditRoutes } from '../audit/audit.ts';
import { type OidcSettings, oidcRoutes } from '../auth/oidc.ts';
import type {} from '../auth/permissions.ts';
import { authRoutes, installAccessControl, type RouteRecord } from '../auth/plugin.ts';
import { POLICY } from '../auth/policies.ts';
import { backupRoutes } from '../backup/routes.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { AppError, httpStatusFor } from '../errors.ts';
import { privacyRoutes } from '../privacy/routes.ts';
import { installSecurityHeaders } from './security.ts';
import { webRoutes } from './web.ts';

export interface AppOptions {
  db: Database;
  config: Pick<Config, 'uploadLimit' | 'homeRegion'> & Partial<Pick<Config, 'trustProxy'>>;
  logger?: boolean;
  trackJob?: (done: Promise<void>) => void;
  /** Bearer token the command line on this machine presents (service-token.ts). */
  serviceToken?: string | null;
  /** Filled with every registered route and its permission. */
  routes?: RouteRecord[];
  /** Single sign-on through OpenID Connect (loadOidcSettings); null or absent: passwords only. */
  oidc?: OidcSettings | null;
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
    // Every log line of a request carries its correlation id as reqId (the error bodies' correlationId).
    bodyLimit: 1024 * 1024,
    trustProxy: options.config.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  app.decorateRequest('user', null);
  installSecurityHeaders(app);
  installAccessControl(app, {
    db: options.db,
    policy: POLICY,
    serviceToken: options.serviceToken ?? null,
    routes: options.routes ?? [],
  });
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
      const retryAfter = error.details.retryAfterSeconds;
      if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
      if (status === 401 || status === 403) request.log.info({ correlationId }, error.message);
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

  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      error: {
        code: 'not_found',
        message: `Nicht gefunden: ${request.method} ${request.url.split('?')[0]}`,
        correlationId: String(request.id),
      },
    }),
  );

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
        { name: 'Konten', description: 'Anmeldung, Konten, Rollen und Änderungsprotokoll' },
        { name: 'Datenschutz', description: 'Auskunft, Löschung, Aufbewahrungsfristen und Einwilligungen' },
      ],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'bildungsregion_session' },
        },
      },
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
          config: { permission: 'public' },
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
      api.get('/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, async () =>
        app.swagger(),
      );
      await api.register(authRoutes, {
        db: options.db,
        sso: { enabled: Boolean(options.oidc), label: options.oidc?.label ?? null },
      });
      if (options.oidc) await api.register(oidcRoutes, { db: options.db, settings: options.oidc });
      await api.register(auditRoutes, { db: options.db });
      await api.register(privacyRoutes, { db: options.db });
      await api.register(backupRoutes, { db: options.db });
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
