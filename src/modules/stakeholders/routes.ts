import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import {
  Assessment,
  AssessmentInput,
  AssessmentList,
  AssessmentQuery,
  Graph,
  GraphQuery,
  IdParams,
  ImportQuery,
  ImportResult,
  Organisation,
  OrganisationDetail,
  OrganisationInput,
  OrganisationList,
  OrganisationQuery,
  Person,
  PersonInput,
  PersonList,
  PersonRoleInput,
  Relation,
  RelationInput,
  RelationList,
  Vocabulary,
} from './contracts.ts';
import {
  assertAllowed,
  assertPersonalData,
  type StakeholdersPermission,
  stakeholdersPolicy,
} from './policy.ts';
import * as service from './service.ts';

const TAG = 'Akteure';
const read = { permission: 'stakeholders:read' } as const;
const write = { permission: 'stakeholders:write' } as const;
const personal = { permission: 'stakeholders:personal' } as const;
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export const stakeholderRoutes: FastifyPluginAsyncZod<{ db: Database; uploadLimit: number }> = async (
  app,
  { db, uploadLimit },
) => {
  app.addHook('preValidation', async (request) => {
    const permission = request.routeOptions.config.permission;
    if (permission === 'stakeholders:personal') assertPersonalData(request.user);
    if (permission && permission in stakeholdersPolicy)
      assertAllowed(request.user, permission as StakeholdersPermission);
  });

  app.get(
    '/stakeholders/vocabulary',
    {
      config: read,
      schema: {
        tags: [TAG],
        summary: 'Akteursgruppen, Beziehungsarten und Kantenarten',
        response: { 200: Vocabulary },
      },
    },
    async () => service.vocabulary(),
  );

  app.get(
    '/stakeholders/graph',
    {
      config: read,
      schema: {
        tags: [TAG],
        summary:
          'Netzwerk der Organisationen: Kanten aus Beziehungen, gemeinsamen Mitgliedschaften, Vereinbarungen und Sitzungen; Grad, Betweenness (nicht normiert), Dichte, Brokerage, Abdeckung je Akteursgruppe',
        querystring: GraphQuery,
        response: { 200: Graph },
      },
    },
    async (request) =>
      service.graph(db, {
        actorGroups: asArray(request.query.actorGroup),
        network: request.query.network,
        from: request.query.from,
        to: request.query.to,
        kinds: asArray(request.query.kind),
      }),
  );

  app.get(
    '/organisations',
    {
      config: read,
      schema: {
        tags: [TAG],
        summary: 'Akteursregister: Organisationen mit Akteursgruppe, Anschrift, Lage und Kennungen',
        querystring: OrganisationQuery,
        response: { 200: OrganisationList },
      },
    },
    async (request) => ({ items: await service.listOrganisations(db, request.query) }),
  );

  app.get(
    '/organisations/export.csv',
    {
      config: read,
      schema: {
        tags: [TAG],
        summary: 'Organisationen als CSV (Semikolon, UTF-8 mit BOM; Spalten wie beim Import)',
        querystring: OrganisationQuery,
        produces: ['text/csv'],
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="organisationen.csv"');
      return service.exportOrganisations(db, request.query);
    },
  );

  app.post(
    '/organisations/import',
    {
      config: write,
      schema: {
        tags: [TAG],
        summary:
          'Organisationen aus CSV/XLSX: Vorschau mit Fehlern je Zeile und Dubletten (Schulnummer; Name + Gemeinde); commit=true legt die neuen an',
        consumes: ['multipart/form-data'],
        querystring: ImportQuery,
        response: { 200: ImportResult },
      },
    },
    async (request) => {
      if (!request.isMultipart())
        throw new AppError('validation', {
          message: 'upload is not multipart',
          userMessage: 'Erwartet wird ein Datei-Upload (multipart/form-data) mit dem Feld „file“.',
        });
      const part = await request.file({ limits: { fileSize: uploadLimit, files: 1 } });
      if (!part)
        throw new AppError('validation', {
          message: 'no file',
          userMessage: 'Es wurde keine Datei übertragen.',
        });
      const bytes = new Uint8Array(await part.toBuffer());
      return service.importOrganisations(
        db,
        { fileName: part.filename, bytes },
        request.query.commit === 'true',
      );
    },
  );

  app.post(
    '/organisations',
    {
      config: write,
      schema: {
        tags: [TAG],
        summary: 'Organisation anlegen',
        body: OrganisationInput,
        response: { 201: Organisation },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return service.createOrganisation(db, request.body);
    },
  );

  app.get(
    '/organisations/:id',
    {
      config: read,
      schema: {
        tags: [TAG],
        summary:
          'Eine Organisation mit Beziehungen, Einschätzungen, Mitgliedschaften, Vereinbarungen (und Kontaktpersonen mit Berechtigung)',
        params: IdParams,
        response: { 200: OrganisationDetail },
      },
    },
    async (request) => service.organisationDetail(db, request.user, request.params.id),
  );

  app.put(
    '/organisations/:id',
    {
      config: write,
      schema: {
        tags: [TAG],
        summary: 'Organisation ändern',
        params: IdParams,
        body: OrganisationInput,
        response: { 200: Organisation },
      },
    },
    async (request) => service.updateOrganisation(db, request.params.id, request.body),
  );

  app.delete(
    '/organisations/:id',
    {
      config: write,
      schema: { tags: [TAG], summary: 'Organisation löschen', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await service.deleteOrganisation(db, request.params.id);
      reply.code(204);
      return null;
    },
  );

  app.get(
    '/persons',
    {
      config: personal,
      schema: {
        tags: [TAG],
        summary: 'Kontaktpersonen (personenbezogen: nur Redaktion und Administration)',
        response: { 200: PersonList },
      },
    },
    async () => ({ items: await service.listPersons(db) }),
  );

  app.post(
    '/persons',
    {
      config: personal,
      schema: {
        tags: [TAG],
        summary:
          'Kontaktperson mit Einwilligung und Zweck anlegen, optional mit Funktion an einer Organisation',
        body: PersonInput,
        response: { 201: Person },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return service.createPerson(db, request.body);
    },
  );

  app.get(
    '/persons/:id',
    {
      config: personal,
      schema: { tags: [TAG], summary: 'Eine Kontaktperson', params: IdParams, response: { 200: Person } },
    },
    async (request) => service.person(db, request.params.id),
  );

  app.delete(
    '/persons/:id',
    {
      config: personal,
      schema: {
        tags: [TAG],
        summary: 'Kontaktperson löschen',
        params: IdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.deletePerson(db, request.params.id);
      reply.code(204);
      return null;
    },
  );

  app.post(
    '/persons/:id/roles',
    {
      config: personal,
      schema: {
        tags: [TAG],
        summary: 'Funktion einer Person an einer Organisation (tätig bei, vertritt) erfassen',
        params: IdParams,
        body: PersonRoleInput,
        response: { 201: Person },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return service.addPersonRole(db, request.params.id, request.body);
    },
  );

  app.get(
    '/relations',
    {
      config: read,
      schema: {
        tags: [TAG],
        summary: 'Beziehungen zwischen Organisationen (typisiert, datiert)',
        querystring: z.object({ organisationId: z.string().optional() }),
        response: { 200: RelationList },
      },
    },
    async (request) => ({ items: await service.listRelations(db, request.query.organisationId) }),
  );

  app.post(
    '/relations',
    {
      config: write,
      schema: { tags: [TAG], summary: 'Beziehung anlegen', body: RelationInput, response: { 201: Relation } },
    },
    async (request, reply) => {
      reply.code(201);
      return service.createRelation(db, request.body);
    },
  );

  app.delete(
    '/relations/:id',
    {
      config: write,
      schema: { tags: [TAG], summary: 'Beziehung löschen', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await service.deleteRelation(db, request.params.id);
      reply.code(204);
      return null;
    },
  );

  app.get(
    '/assessments',
    {
      config: read,
      schema: {
        tags: [TAG],
        summary:
          'Einschätzungen (Einfluss, Interesse, Haltung, Macht, Legitimität, Dringlichkeit) mit Quadrant und Salienz',
        querystring: AssessmentQuery,
        response: { 200: AssessmentList },
      },
    },
    async (request) => ({
      items: await service.listAssessments(db, {
        organisationId: request.query.organisationId,
        topic: request.query.topic,
        latest: request.query.latest === 'true',
      }),
    }),
  );

  app.post(
    '/assessments',
    {
      config: write,
      schema: {
        tags: [TAG],
        summary: 'Einschätzung erfassen',
        body: AssessmentInput,
        response: { 201: Assessment },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return service.createAssessment(db, request.user, request.body);
    },
  );
};
