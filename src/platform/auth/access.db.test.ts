/**
 * The security baseline through the real app: every route declares a permission known to the
 * policy, every route × every role answers as the policy says, sign-in is throttled, CSRF and
 * cross-origin writes are refused, and every answer carries the security headers.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn, TEST_PASSWORD } from '../../../test/auth.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import { buildApp } from '../http/app.ts';
import { CONTENT_SECURITY_POLICY } from '../http/security.ts';
import { ROLES, type Role } from './permissions.ts';
import type { RouteRecord } from './plugin.ts';
import { POLICY } from './policies.ts';
import { createUser } from './service.ts';

let db: TestDatabase;
let app: FastifyInstance;
const routes: RouteRecord[] = [];
const sessions = new Map<Role, SignedIn>();

beforeAll(async () => {
  db = await createTestDatabase();
  app = await buildApp({
    db,
    config: { uploadLimit: 1024 * 1024, homeRegion: '03359' },
    routes,
    serviceToken: 'service-token-for-tests',
  });
  await app.ready();
  for (const role of ROLES) sessions.set(role, await signIn(app, db, role));
});

afterAll(async () => {
  await app.close();
  await db.close();
});

/** A concrete URL for a route pattern: parameters get a harmless value. */
function concrete(url: string): string {
  return url
    .replace(/:(\w+)/g, (_match, name: string) => (name === 'key' ? '03359' : '1'))
    .replace(/\*$/, 'x');
}

const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describe('route permissions', () => {
  it('every registered route declares a permission that the policy knows', () => {
    expect(routes.length).toBeGreaterThan(20);
    const missing = routes.filter((route) => !route.permission).map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
    const unknown = routes
      .filter((route) => route.permission !== 'public' && !(String(route.permission) in POLICY))
      .map((r) => `${r.method} ${r.url}: ${r.permission}`);
    expect(unknown).toEqual([]);
  });

  it('no write route is public except signing in and a company answering through its personal link', () => {
    const publicWrites = routes
      .filter((route) => WRITE.has(route.method) && route.permission === 'public')
      .map((r) => `${r.method} ${r.url}`);
    expect(publicWrites.sort()).toEqual([
      'POST /api/v1/auth/login',
      'PUT /api/v1/public/surveys/:token/response',
    ]);
  });

  it('every route × every role answers as the policy says', async () => {
    const failures: string[] = [];
    // Signing out ends the session the other requests use: it goes last.
    const checked = routes
      .filter((route) => route.method !== 'HEAD' && route.method !== 'OPTIONS')
      .sort((a, b) => Number(a.url.endsWith('/logout')) - Number(b.url.endsWith('/logout')));
    for (const route of checked) {
      for (const role of ['anonymous', ...ROLES] as const) {
        const session = role === 'anonymous' ? null : sessions.get(role);
        const response = await app.inject({
          method: route.method as 'GET',
          url: concrete(route.url),
          headers: session?.headers ?? {},
          ...(WRITE.has(route.method) ? { payload: {} } : {}),
        });
        const allowed =
          route.permission === 'public' ||
          (role !== 'anonymous' && (POLICY[String(route.permission)] ?? []).includes(role));
        const status = response.statusCode;
        const expected = allowed
          ? status !== 401 && status !== 403 && status !== 500
          : status === (role === 'anonymous' ? 401 : 403);
        if (!expected)
          failures.push(`${route.method} ${route.url} as ${role}: ${status} ${response.body.slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);
    // The matrix signed everybody out (POST /auth/logout): fresh sessions for the tests below.
    for (const role of ROLES) sessions.set(role, await signIn(app, db, role));
  });
});

describe('sign-in', () => {
  it('signs in, tells who is signed in, and signs out', async () => {
    const email = 'anna@example.org';
    await createUser(db, { email, role: 'editor', password: TEST_PASSWORD, displayName: 'Anna Muster' });
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'Anna@Example.org', password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/^bildungsregion_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/);
    const cookie = setCookie.split(';')[0] as string;
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.json()).toMatchObject({
      user: { email, displayName: 'Anna Muster', role: 'editor' },
      csrfToken: login.json().csrfToken,
      setupRequired: false,
    });
    const logout = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, 'x-csrf-token': login.json().csrfToken },
    });
    expect(logout.statusCode).toBe(204);
    const after = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(after.json().user).toBeNull();
  });

  it('marks the cookie Secure behind HTTPS (trusted proxy)', async () => {
    const proxied = await buildApp({
      db,
      config: { uploadLimit: 1024, homeRegion: '03359', trustProxy: true },
    });
    const login = await proxied.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: 'anna@example.org', password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    expect(String(login.headers['set-cookie'])).toMatch(/; Secure$/);
    expect(login.headers['strict-transport-security']).toBe('max-age=31536000');
    await proxied.close();
  });

  it('answers 429 before the 20th wrong password in a row, also for the right one then', async () => {
    const email = 'ziel@example.org';
    await createUser(db, { email, role: 'viewer', password: TEST_PASSWORD });
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 20; attempt++) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: `falsch-${attempt}` },
        remoteAddress: `10.0.0.${attempt}`,
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) {
        expect(response.headers['retry-after']).toBe('900');
        expect(response.json().error.code).toBe('rate_limited');
      }
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(10).fill(429));
    const right = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: TEST_PASSWORD },
    });
    expect(right.statusCode).toBe(429);
  });

  it('throttles one address trying many accounts', async () => {
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 32; attempt++) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: `niemand-${attempt}@example.org`, password: 'falsch' },
        remoteAddress: '192.0.2.7',
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });

  it('refuses a disabled account and ends its sessions', async () => {
    const viewer = await signIn(app, db, 'viewer');
    const admin = sessions.get('admin') as SignedIn;
    const list = await app.inject({ method: 'GET', url: '/api/v1/users', headers: admin.headers });
    const account = list.json().items.find((user: { email: string }) => user.email === viewer.email);
    const disabled = await app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${account.id}`,
      headers: admin.headers,
      payload: { version: account.version, disabled: true },
    });
    expect(disabled.statusCode).toBe(200);
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: viewer.headers });
    expect(me.json().user).toBeNull();
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: viewer.email, password: TEST_PASSWORD },
    });
    expect(again.statusCode).toBe(401);
  });

  it('refuses a stale edit of an account with 409 conflict', async () => {
    const admin = sessions.get('admin') as SignedIn;
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { email: 'bernd@example.org', role: 'viewer', password: TEST_PASSWORD },
    });
    expect(created.statusCode).toBe(201);
    const { id, version } = created.json();
    const first = await app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      headers: admin.headers,
      payload: { version, role: 'editor' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(version + 1);
    const stale = await app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      headers: admin.headers,
      payload: { version, displayName: 'Bernd' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    const now = await app.inject({ method: 'GET', url: '/api/v1/users', headers: admin.headers });
    expect(now.json().items.find((user: { id: string }) => user.id === id)).toMatchObject({
      role: 'editor',
      displayName: 'bernd@example.org',
    });
  });
});

describe('hardening', () => {
  it('documents the account, audit and privacy routes in the OpenAPI document', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    for (const path of [
      '/api/v1/auth/login',
      '/api/v1/auth/logout',
      '/api/v1/auth/me',
      '/api/v1/users',
      '/api/v1/users/{id}',
      '/api/v1/audit-log',
      '/api/v1/privacy/subjects/{subject}/export',
      '/api/v1/consents',
    ]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
    expect(document.tags.map((tag: { name: string }) => tag.name)).toEqual(
      expect.arrayContaining(['Konten', 'Datenschutz']),
    );
  });

  it('refuses a cookie-authenticated write without the CSRF token, and a cross-origin write', async () => {
    const editor = sessions.get('editor') as SignedIn;
    const noToken = await app.inject({
      method: 'PUT',
      url: '/api/v1/peer-groups/03359',
      headers: { cookie: editor.headers.cookie },
      payload: { peers: ['03353'] },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('csrf');
    const foreign = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: 'https://evil.example' },
      payload: { email: 'anna@example.org', password: TEST_PASSWORD },
    });
    expect(foreign.statusCode).toBe(403);
  });

  it('accepts the command line’s service token as an administrator, refuses a wrong one', async () => {
    const right = await app.inject({
      method: 'GET',
      url: '/api/v1/users',
      headers: { authorization: 'Bearer service-token-for-tests' },
    });
    expect(right.statusCode).toBe(200);
    const wrong = await app.inject({
      method: 'GET',
      url: '/api/v1/users',
      headers: { authorization: 'Bearer falsch' },
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('sends the security headers and a correlation id, and never a stack trace', async () => {
    for (const url of [
      '/api/v1/health',
      '/api/v1/gibt-es-nicht',
      '/api/v1/users',
      '/api/v1/observations?limit=0',
    ]) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(String(response.headers['content-security-policy'])).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(response.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(response.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
      if (response.statusCode >= 400) {
        expect(response.json().error.correlationId).toBe(response.headers['x-correlation-id']);
        expect(response.body).not.toMatch(/\bat .*\.(ts|js):\d+/);
        expect(response.body).not.toMatch(/stack/i);
      }
    }
  });

  it('lets other sites frame only the embed pages', async () => {
    const embed = await app.inject({
      method: 'GET',
      url: '/einbetten/indikatoren/population_total?region=03359',
    });
    expect(embed.headers['content-security-policy']).toMatch(/frame-ancestors \*/);
    expect(embed.headers['content-security-policy']).toMatch(/script-src 'self';/);
    expect(embed.headers['x-frame-options']).toBeUndefined();
    const page = await app.inject({ method: 'GET', url: '/indikatoren/population_total?region=03359' });
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(page.headers['x-frame-options']).toBe('DENY');
  });
});
