import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { runAs } from '../context.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import {
  CreateUserBody,
  LoginBody,
  Me,
  SessionUserSchema,
  UpdateUserBody,
  UserList,
  UserParams,
  UserSchema,
} from './contracts.ts';
import { decideAccess, type ModulePolicy, type Permission, type SessionUser } from './permissions.ts';
import * as service from './service.ts';

export const SESSION_COOKIE = 'bildungsregion_session';
export const CSRF_HEADER = 'x-csrf-token';

/** The command line acting through a running server (service token): a system administrator. */
export const SERVICE_USER: SessionUser = {
  id: 'system:cli',
  email: 'system:cli',
  displayName: 'Kommandozeile',
  role: 'admin',
  organisationId: null,
};

export interface RouteRecord {
  method: string;
  url: string;
  permission: Permission | undefined;
}

export interface AccessOptions {
  db: Database;
  policy: ModulePolicy;
  /** Bearer token of the command line on this machine (see service-token.ts); null: none. */
  serviceToken: string | null;
  /** Filled with every registered route (route-permission test, docs). */
  routes: RouteRecord[];
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Raw session token when the request came with a session cookie. */
    sessionToken: string | null;
    csrfToken: string | null;
  }
}

/** Routes that plugins register (API docs, static assets) are public by nature. */
const PUBLIC_PLUGIN_PREFIXES = ['/api/v1/docs', '/assets/'];

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Authentication and authorisation for every request, installed before any module registers a
 * route:
 * - onRoute: records each route; plugin routes (docs, assets) become `public`.
 * - onRequest: finds the user (session cookie or the command line's bearer token), decides the
 *   route's permission (401 without, 403 with a role the policy does not list), and checks the
 *   CSRF token of cookie-authenticated writes and the Origin of every write.
 * - preHandler: runs the handler as the user, so that every write transaction is audited with
 *   the user and the correlation id.
 */
export function installAccessControl(app: FastifyInstance, options: AccessOptions): void {
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { permission?: Permission };
    if (!config.permission && PUBLIC_PLUGIN_PREFIXES.some((prefix) => route.url.startsWith(prefix))) {
      route.config = { ...config, permission: 'public' } as typeof route.config;
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      options.routes.push({
        method: String(method),
        url: route.url,
        permission: (route.config as { permission?: Permission } | undefined)?.permission,
      });
    }
  });

  app.addHook('onRequest', async (request) => {
    await authenticate(request, options);
    if (UNSAFE.has(request.method)) checkOrigin(request);
    const permission = request.routeOptions.config?.permission;
    // Requests without a route (404) carry no permission and get the 404 answer.
    if (!request.routeOptions.url) return;
    const decision = decideAccess(permission, request.user, options.policy);
    if (decision === 'unauthenticated') {
      throw new AppError('unauthenticated', {
        message: `${request.method} ${request.url} needs a session`,
        userMessage: 'Bitte melden Sie sich an.',
      });
    }
    if (decision === 'forbidden') {
      throw new AppError('forbidden', {
        message: `${request.user?.email} (${request.user?.role}) lacks ${permission}`,
        userMessage: 'Für diese Aktion fehlt Ihrer Rolle die Berechtigung.',
        details: { permission },
      });
    }
    if (UNSAFE.has(request.method) && request.sessionToken && permission !== 'public') {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !request.csrfToken || !sameSecret(sent, request.csrfToken)) {
        throw new AppError('csrf', {
          message: 'missing or wrong CSRF token',
          userMessage:
            'Die Anfrage wurde aus Sicherheitsgründen abgelehnt (CSRF-Token fehlt). Bitte laden Sie die Seite neu.',
        });
      }
    }
  });

  // A callback hook (not async): the rest of the request, the handler included, runs inside
  // the actor context.
  app.addHook('preHandler', (request, _reply, done) => {
    const user = request.user;
    runAs(
      {
        actorId: user && user !== SERVICE_USER ? user.id : null,
        actor: user?.email ?? 'anonym',
        correlationId: String(request.id),
      },
      done,
    );
  });
}

async function authenticate(request: FastifyRequest, options: AccessOptions): Promise<void> {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    const token = authorization.slice('Bearer '.length).trim();
    if (options.serviceToken && sameSecret(token, options.serviceToken)) {
      request.user = SERVICE_USER;
      return;
    }
    throw new AppError('unauthenticated', {
      message: 'unknown bearer token',
      userMessage: 'Das Zugangstoken ist ungültig. Läuft der Server noch mit demselben Datenverzeichnis?',
    });
  }
  const token = readCookie(request.headers.cookie, SESSION_COOKIE);
  if (!token) return;
  const session = await service.resolveSession(options.db, token);
  if (!session) return;
  request.user = session.user;
  request.sessionToken = token;
  request.csrfToken = session.csrfToken;
}

/** A browser sends Origin with every cross-site write; it must name this server. */
function checkOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    host = '';
  }
  if (host !== request.host) {
    throw new AppError('csrf', {
      message: `cross-origin write from ${origin}`,
      userMessage: 'Die Anfrage kam von einer fremden Seite und wurde abgelehnt.',
      details: { origin },
    });
  }
}

function sessionCookie(request: FastifyRequest, token: string, maxAgeSeconds: number): string {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.header('set-cookie', sessionCookie(request, token, service.SESSION_HOURS * 3600));
}

export interface AuthRouteOptions {
  db: Database;
  sso: { enabled: boolean; label: string | null };
}

export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (app, { db, sso }) => {
  app.post(
    '/auth/login',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Konten'],
        summary: 'Anmelden mit E-Mail und Passwort (setzt das Sitzungs-Cookie)',
        description:
          'Nach 10 Fehlversuchen je Konto (30 je Adresse) in 15 Minuten antwortet der Server mit 429.',
        body: LoginBody,
        response: { 200: z.object({ user: SessionUserSchema, csrfToken: z.string() }) },
      },
    },
    async (request, reply) => {
      const result = await service.login(db, {
        email: request.body.email,
        password: request.body.password,
        ip: request.ip,
        correlationId: String(request.id),
      });
      setSessionCookie(request, reply, result.token);
      return { user: result.user, csrfToken: result.csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { permission: 'auth:session' },
      schema: { tags: ['Konten'], summary: 'Abmelden (beendet die Sitzung)', response: { 204: z.null() } },
    },
    async (request, reply) => {
      if (request.sessionToken && request.user) {
        await service.logout(db, request.sessionToken, request.user, String(request.id));
      }
      reply.header('set-cookie', sessionCookie(request, '', 0));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Konten'],
        summary: 'Die angemeldete Person (user = null ohne Anmeldung)',
        response: { 200: Me },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return {
        user: request.user,
        csrfToken: request.csrfToken,
        setupRequired: !(await service.hasUsers(db)),
        sso,
      };
    },
  );

  app.get(
    '/users',
    {
      config: { permission: 'users:read' },
      schema: { tags: ['Konten'], summary: 'Alle Konten', response: { 200: UserList } },
    },
    async () => ({ items: await service.listUsers(db) }),
  );

  app.post(
    '/users',
    {
      config: { permission: 'users:write' },
      schema: {
        tags: ['Konten'],
        summary: 'Konto anlegen',
        body: CreateUserBody,
        response: { 201: UserSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createUser(db, request.body)),
  );

  app.patch(
    '/users/:id',
    {
      config: { permission: 'users:write' },
      schema: {
        tags: ['Konten'],
        summary: 'Konto ändern (Rolle, Name, Sperre, Passwort); version aus dem gelesenen Konto',
        description: 'Hat jemand das Konto inzwischen geändert, antwortet der Server mit 409 conflict.',
        params: UserParams,
        body: UpdateUserBody,
        response: { 200: UserSchema },
      },
    },
    async (request) => service.updateUser(db, request.params.id, request.body, request.user),
  );
};
