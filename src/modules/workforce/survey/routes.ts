import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../../platform/db/database.ts';
import {
  InvitationList,
  InvitationParams,
  IssuedInvitation,
  IssuedInvitations,
  NewInvitations,
  PublicSurvey,
  Published,
  RegionQuery,
  ResponseBody,
  Results,
  StatusBody,
  Survey,
  SurveyBody,
  SurveyList,
  SurveyParams,
  TokenParams,
} from './contracts.ts';
import { resultsXlsx } from './export.ts';
import * as service from './service.ts';

const TAG = 'Fachkräfte';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const surveyRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.get(
    '/workforce/surveys',
    {
      config: { permission: 'workforce:read' },
      schema: {
        tags: [TAG],
        summary: 'Betriebsbefragungen einer Region mit Rücklauf',
        querystring: RegionQuery,
        response: { 200: SurveyList },
      },
    },
    async (request) => ({ items: await service.listSurveys(db, request.query.region) }),
  );

  app.post(
    '/workforce/surveys',
    {
      config: { permission: 'workforce:write' },
      schema: {
        tags: [TAG],
        summary: 'Betriebsbefragung anlegen',
        body: SurveyBody,
        response: { 201: Survey },
      },
    },
    async (request, reply) => {
      const created = await service.createSurvey(db, request.body, request.user?.id ?? null);
      reply.code(201);
      return created;
    },
  );

  app.get(
    '/workforce/surveys/:id',
    {
      config: { permission: 'workforce:read' },
      schema: {
        tags: [TAG],
        summary: 'Eine Betriebsbefragung',
        params: SurveyParams,
        response: { 200: Survey },
      },
    },
    async (request) => service.getSurvey(db, request.params.id),
  );

  app.put(
    '/workforce/surveys/:id',
    {
      config: { permission: 'workforce:write' },
      schema: {
        tags: [TAG],
        summary: 'Fragen einer Befragung ändern (solange keine Antworten vorliegen)',
        params: SurveyParams,
        body: SurveyBody,
        response: { 200: Survey },
      },
    },
    async (request) => service.updateSurvey(db, request.params.id, request.body),
  );

  app.post(
    '/workforce/surveys/:id/status',
    {
      config: { permission: 'workforce:write' },
      schema: {
        tags: [TAG],
        summary: 'Befragung öffnen, schließen oder zurück in den Entwurf setzen',
        params: SurveyParams,
        body: StatusBody,
        response: { 200: Survey },
      },
    },
    async (request) => service.setStatus(db, request.params.id, request.body.status),
  );

  app.get(
    '/workforce/surveys/:id/invitations',
    {
      config: { permission: 'workforce:read' },
      schema: {
        tags: [TAG],
        summary: 'Eingeladene Betriebe mit Stand (geöffnet, beantwortet); ohne Links',
        params: SurveyParams,
        response: { 200: InvitationList },
      },
    },
    async (request) => ({ items: await service.listInvitations(db, request.params.id) }),
  );

  app.post(
    '/workforce/surveys/:id/invitations',
    {
      config: { permission: 'workforce:write' },
      schema: {
        tags: [TAG],
        summary: 'Betriebe einladen: persönliche Links (nur in dieser Antwort sichtbar)',
        params: SurveyParams,
        body: NewInvitations,
        response: { 201: IssuedInvitations },
      },
    },
    async (request, reply) => {
      const items = await service.invite(db, request.params.id, request.body.companies);
      reply.code(201);
      return { items };
    },
  );

  app.post(
    '/workforce/surveys/:id/invitations/:invitationId/renew',
    {
      config: { permission: 'workforce:write' },
      schema: {
        tags: [TAG],
        summary: 'Neuen persönlichen Link erzeugen; der alte wird ungültig',
        params: InvitationParams,
        response: { 200: IssuedInvitation },
      },
    },
    async (request) => service.renewInvitation(db, request.params.id, request.params.invitationId),
  );

  app.get(
    '/workforce/surveys/:id/results',
    {
      config: { permission: 'workforce:read' },
      schema: {
        tags: [TAG],
        summary: 'Ergebnisse nach Beruf und Wirtschaftszweig (weniger als 3 Antworten gesperrt)',
        params: SurveyParams,
        response: { 200: Results },
      },
    },
    async (request) => service.results(db, request.params.id),
  );

  app.get(
    '/workforce/surveys/:id/results.xlsx',
    {
      config: { permission: 'workforce:read' },
      schema: { tags: [TAG], summary: 'Ergebnisse als XLSX', params: SurveyParams, produces: [XLSX] },
    },
    async (request, reply) => {
      const results = await service.results(db, request.params.id);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="betriebsbefragung-${request.params.id}.xlsx"`)
        .send(Buffer.from(await resultsXlsx(results)));
    },
  );

  app.post(
    '/workforce/surveys/:id/publish',
    {
      config: { permission: 'workforce:write' },
      schema: {
        tags: [TAG],
        summary: 'Gesperrte Ergebnisse als Datensatz im Statistik-Speicher ablegen (für Indikatoren)',
        params: SurveyParams,
        response: { 200: Published },
      },
    },
    async (request) => service.publish(db, request.params.id),
  );

  app.get(
    '/public/surveys/:token',
    {
      config: { permission: 'public' },
      schema: {
        tags: [TAG],
        summary: 'Befragung hinter einem persönlichen Link (ohne Konto)',
        params: TokenParams,
        response: { 200: PublicSurvey },
      },
    },
    async (request) => service.publicSurvey(db, request.params.token),
  );

  app.put(
    '/public/surveys/:token/response',
    {
      config: { permission: 'public' },
      schema: {
        tags: [TAG],
        summary: 'Antwort eines Betriebs abgeben oder ändern, solange die Befragung offen ist',
        params: TokenParams,
        body: ResponseBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.submitResponse(db, request.params.token, request.body);
      return reply.code(204).send(null);
    },
  );
};
