import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/database.ts';
import {
  Agreement,
  AgreementInput,
  AgreementList,
  DocumentInput,
  ExpectedInput,
  Gaps,
  IdParams,
  Meeting,
  MeetingInput,
  MeetingList,
  MemberInput,
  MemberParams,
  MemberPatch,
  NetworkDetail,
  NetworkInput,
  NetworkList,
  TaskParams,
  TaskPatch,
  Templates,
} from './contracts.ts';
import { assertAllowed, type CooperationPermission, cooperationPolicy } from './policy.ts';
import * as service from './service.ts';

const TAG = 'Kooperation';
const Created = z.object({ id: z.string() });
const read = { permission: 'cooperation:read' } as const;
const write = { permission: 'cooperation:write' } as const;

export const cooperationRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.addHook('preValidation', async (request) => {
    const permission = request.routeOptions.config.permission;
    if (permission && permission in cooperationPolicy)
      assertAllowed(request.user, permission as CooperationPermission);
  });

  app.get(
    '/networks',
    {
      config: read,
      schema: {
        tags: [TAG],
        summary: 'Netzwerke, Arbeitsgruppen und Gremien (Partner sehen nur ihre eigenen)',
        response: { 200: NetworkList },
      },
    },
    async (request) => ({ items: await service.listNetworks(db, request.user) }),
  );

  app.get(
    '/networks/templates',
    {
      config: read,
      schema: {
        tags: [TAG],
        summary: 'Vorlagen der erwarteten Zusammensetzung nach Thema',
        response: { 200: Templates },
      },
    },
    async () => ({ items: service.templates() }),
  );

  app.post(
    '/networks',
    {
      config: write,
      schema: {
        tags: [TAG],
        summary: 'Netzwerk oder Arbeitsgruppe anlegen (mit erwarteter Zusammensetzung)',
        body: NetworkInput,
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return { id: await service.createNetwork(db, request.body) };
    },
  );

  app.get(
    '/networks/:id',
    {
      config: read,
      schema: {
        tags: [TAG],
        summary: 'Ein Netzwerk mit Mitgliedern, Lückenanalyse, Sitzungen und Dokumenten',
        params: IdParams,
        response: { 200: NetworkDetail },
      },
    },
    async (request) => service.networkDetail(db, request.user, request.params.id),
  );

  app.get(
    '/networks/:id/gaps',
    {
      config: read,
      schema: {
        tags: [TAG],
        summary:
          'Lückenanalyse: fehlende und unterbesetzte Akteursgruppen gegenüber der erwarteten Zusammensetzung',
        params: IdParams,
        response: { 200: Gaps },
      },
    },
    async (request) => service.networkGaps(db, request.user, request.params.id),
  );

  app.put(
    '/networks/:id/expected',
    {
      config: write,
      schema: {
        tags: [TAG],
        summary: 'Erwartete Zusammensetzung (Akteursgruppe, Mindestzahl) setzen',
        params: IdParams,
        body: ExpectedInput,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.setExpected(db, request.params.id, request.body.groups);
      reply.code(204);
      return null;
    },
  );

  app.post(
    '/networks/:id/members',
    {
      config: write,
      schema: {
        tags: [TAG],
        summary: 'Mitglied aufnehmen (Organisation, vertretende Person, Position, Eintritt/Austritt)',
        params: IdParams,
        body: MemberInput,
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return { id: await service.addMember(db, request.user, request.params.id, request.body) };
    },
  );

  app.patch(
    '/networks/:id/members/:memberId',
    {
      config: write,
      schema: {
        tags: [TAG],
        summary: 'Austritt oder Position eines Mitglieds ändern',
        params: MemberParams,
        body: MemberPatch,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.updateMember(db, request.params.id, request.params.memberId, request.body);
      reply.code(204);
      return null;
    },
  );

  app.delete(
    '/networks/:id/members/:memberId',
    {
      config: write,
      schema: {
        tags: [TAG],
        summary: 'Mitgliedschaft löschen (irrtümlich erfasst; sonst Austritt setzen)',
        params: MemberParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.removeMember(db, request.params.id, request.params.memberId);
      reply.code(204);
      return null;
    },
  );

  app.post(
    '/networks/:id/documents',
    {
      config: write,
      schema: {
        tags: [TAG],
        summary: 'Dokument (Titel, Adresse) zum Netzwerk ablegen',
        params: IdParams,
        body: DocumentInput,
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return { id: await service.addDocument(db, request.params.id, request.body) };
    },
  );

  app.get(
    '/networks/:id/meetings',
    {
      config: read,
      schema: {
        tags: [TAG],
        summary: 'Sitzungen eines Netzwerks',
        params: IdParams,
        response: { 200: MeetingList },
      },
    },
    async (request) => ({ items: await service.meetings(db, request.user, request.params.id) }),
  );

  app.post(
    '/networks/:id/meetings',
    {
      config: write,
      schema: {
        tags: [TAG],
        summary: 'Sitzung mit Tagesordnung, Anwesenheit, Protokoll, Beschlüssen und Aufgaben erfassen',
        params: IdParams,
        body: MeetingInput,
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return { id: await service.createMeeting(db, request.user, request.params.id, request.body) };
    },
  );

  app.get(
    '/meetings/:id',
    {
      config: read,
      schema: { tags: [TAG], summary: 'Eine Sitzung', params: IdParams, response: { 200: Meeting } },
    },
    async (request) => service.meeting(db, request.user, request.params.id),
  );

  app.patch(
    '/meetings/:id/tasks/:taskId',
    {
      config: write,
      schema: {
        tags: [TAG],
        summary: 'Status einer Aufgabe ändern',
        params: TaskParams,
        body: TaskPatch,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.setTaskStatus(db, request.params.id, request.params.taskId, request.body.status);
      reply.code(204);
      return null;
    },
  );

  app.get(
    '/agreements',
    {
      config: read,
      schema: {
        tags: [TAG],
        summary: 'Kooperationsvereinbarungen mit unterzeichnenden Organisationen',
        response: { 200: AgreementList },
      },
    },
    async (request) => ({ items: await service.listAgreements(db, request.user) }),
  );

  app.get(
    '/agreements/:id',
    {
      config: read,
      schema: {
        tags: [TAG],
        summary: 'Eine Kooperationsvereinbarung',
        params: IdParams,
        response: { 200: Agreement },
      },
    },
    async (request) => service.agreement(db, request.user, request.params.id),
  );

  app.post(
    '/agreements',
    {
      config: write,
      schema: {
        tags: [TAG],
        summary: 'Kooperationsvereinbarung erfassen (Unterzeichnende, Ziele, Laufzeit, begründetes Gremium)',
        body: AgreementInput,
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return { id: await service.createAgreement(db, request.user, request.body) };
    },
  );
};
