import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { PERSONAL_DATA } from './declarations.ts';
import * as privacy from './privacy.ts';

const Subject = z.object({ subject: z.string().min(1).max(254) });

const ConsentSchema = z
  .object({
    id: z.number(),
    subjectId: z.string(),
    purpose: z.string(),
    grantedAt: z.string(),
    withdrawnAt: z.string().nullable(),
    source: z.string(),
    recordedBy: z.string().nullable(),
  })
  .meta({ id: 'Consent' });

const ExportSchema = z.object({
  subject: z.string(),
  exportedAt: z.string(),
  records: z.array(
    z.object({
      module: z.string(),
      table: z.string(),
      purpose: z.string(),
      legalBasis: z.string(),
      retention: z.string(),
      rows: z.array(z.record(z.string(), z.unknown())),
    }),
  ),
});

export const privacyRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.get(
    '/privacy/register',
    {
      config: { permission: 'privacy:manage' },
      schema: {
        tags: ['Datenschutz'],
        summary: 'Verzeichnis der personenbezogenen Daten (Tabellen, Zweck, Rechtsgrundlage, Löschfrist)',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                module: z.string(),
                table: z.string(),
                personalColumns: z.array(z.string()),
                purpose: z.string(),
                legalBasis: z.string(),
                retentionDays: z.number().nullable(),
                erase: z.enum(['delete', 'anonymise']),
              }),
            ),
          }),
        },
      },
    },
    async () => ({
      items: PERSONAL_DATA.map((d) => ({
        module: d.module,
        table: d.table,
        personalColumns: [...d.personalColumns],
        purpose: d.purpose,
        legalBasis: d.legalBasis,
        retentionDays: d.retention?.days ?? null,
        erase: d.erase,
      })),
    }),
  );

  app.get(
    '/privacy/subjects/:subject/export',
    {
      config: { permission: 'privacy:manage' },
      schema: {
        tags: ['Datenschutz'],
        summary: 'Auskunft: alle Daten einer Person aus allen Modulen als JSON (Art. 15, 20 DSGVO)',
        params: Subject,
        response: { 200: ExportSchema },
      },
    },
    async (request, reply) => {
      reply.header('content-disposition', 'attachment; filename="auskunft.json"');
      return privacy.exportPersonalData(db, request.params.subject);
    },
  );

  app.post(
    '/privacy/subjects/:subject/erase',
    {
      config: { permission: 'privacy:manage' },
      schema: {
        tags: ['Datenschutz'],
        summary: 'Löschen bzw. Anonymisieren einer Person in allen Modulen (Art. 17 DSGVO)',
        params: Subject,
        response: {
          200: z.object({
            subject: z.string(),
            tables: z.array(
              z.object({ table: z.string(), strategy: z.enum(['delete', 'anonymise']), rows: z.number() }),
            ),
          }),
        },
      },
    },
    async (request) => privacy.erasePersonalData(db, request.params.subject),
  );

  app.get(
    '/consents',
    {
      config: { permission: 'privacy:consent' },
      schema: {
        tags: ['Datenschutz'],
        summary: 'Einwilligungen einer Person',
        querystring: z.object({ subject: z.string().min(1).max(254) }),
        response: { 200: z.object({ items: z.array(ConsentSchema) }) },
      },
    },
    async (request) => ({ items: await privacy.listConsents(db, request.query.subject) }),
  );

  app.post(
    '/consents',
    {
      config: { permission: 'privacy:consent' },
      schema: {
        tags: ['Datenschutz'],
        summary: 'Einwilligung erfassen (Zweck, Datum, Quelle)',
        body: z.object({
          subjectId: z.string().min(1).max(254),
          purpose: z.string().min(1).max(200),
          source: z.string().min(1).max(500),
          grantedAt: z.iso.datetime({ offset: true }).optional(),
        }),
        response: { 201: ConsentSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await privacy.recordConsent(db, { ...request.body, recordedBy: request.user?.email ?? null })),
  );

  app.post(
    '/consents/:id/withdraw',
    {
      config: { permission: 'privacy:consent' },
      schema: {
        tags: ['Datenschutz'],
        summary: 'Widerruf einer Einwilligung erfassen',
        params: z.object({ id: z.coerce.number().int() }),
        response: { 200: ConsentSchema },
      },
    },
    async (request) => privacy.withdrawConsent(db, request.params.id),
  );
};
