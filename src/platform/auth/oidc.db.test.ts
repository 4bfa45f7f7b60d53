/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider) started by the test:
 * authorization code flow with PKCE, ID token and userinfo, role mapping from a group claim.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import { buildApp } from '../http/app.ts';
import type { OidcSettings } from './oidc.ts';
import { parseRoleMap } from './oidc-roles.ts';
import { createUser } from './service.ts';

const REDIRECT = 'http://localhost/api/v1/auth/oidc/callback';

const accounts: Record<string, Record<string, unknown>> = {
  anna: {
    sub: 'anna',
    email: 'anna@landkreis.example',
    email_verified: true,
    name: 'Anna Leitung',
    groups: ['alle', 'bildungsbuero-leitung'],
  },
  ben: {
    sub: 'ben',
    email: 'ben@landkreis.example',
    email_verified: true,
    name: 'Ben Kasse',
    groups: ['alle'],
  },
  carla: {
    sub: 'carla',
    email: 'carla@landkreis.example',
    email_verified: true,
    name: 'Carla Redaktion',
    groups: ['bildungsbuero'],
  },
};

let db: TestDatabase;
let app: FastifyInstance;
let idp: http.Server;
let provider: Provider;
/** Who signs in at the provider's next interaction. */
let nextLogin = 'anna';

beforeAll(async () => {
  idp = http.createServer((req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      void (async () => {
        // The provider's login and consent screens, answered as the person would.
        const details = await provider.interactionDetails(req, res);
        const grant = new provider.Grant({
          accountId: nextLogin,
          clientId: String(details.params.client_id),
        });
        grant.addOIDCScope(String(details.params.scope));
        const grantId = await grant.save();
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: nextLogin }, consent: { grantId } },
          { mergeWithLastSubmission: false },
        );
      })().catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    provider.callback()(req, res);
  });
  idp.listen(0, '127.0.0.1');
  await once(idp, 'listening');
  const issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'bildungsregion',
        client_secret: 'ein-geheimnis-des-landkreises',
        redirect_uris: [REDIRECT],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    findAccount: async (_ctx, id) =>
      accounts[id] ? { accountId: id, claims: async () => accounts[id] as { sub: string } } : undefined,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['schluessel-nur-fuer-den-test'] },
    ttl: {
      Interaction: 600,
      Grant: 600,
      Session: 600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
  });

  db = await createTestDatabase();
  const settings: OidcSettings = {
    issuer,
    clientId: 'bildungsregion',
    clientSecret: 'ein-geheimnis-des-landkreises',
    redirectUrl: REDIRECT,
    scopes: 'openid email profile',
    roleClaim: 'groups',
    roleMap: parseRoleMap('bildungsbuero-leitung=admin,bildungsbuero=editor'),
    label: 'Landkreis-Anmeldung',
    allowInsecure: true,
  };
  app = await buildApp({ db, config: { uploadLimit: 1024, homeRegion: '03359' }, oidc: settings });
});

afterAll(async () => {
  await app?.close();
  await db?.close();
  idp?.close();
});

/** Runs the whole browser round trip; returns the app's answer to the callback. */
async function signInThroughProvider(login: string, next = '/verwaltung/konten') {
  nextLogin = login;
  const start = await app.inject({
    method: 'GET',
    url: `/api/v1/auth/oidc/login?weiter=${encodeURIComponent(next)}`,
  });
  expect(start.statusCode).toBe(302);
  const flowCookie = String(start.headers['set-cookie']).split(';')[0] as string;
  const jar = new Map<string, string>();
  let location = new URL(String(start.headers.location));
  expect(location.searchParams.get('code_challenge_method')).toBe('S256');
  for (let hop = 0; hop < 10 && !location.href.startsWith(REDIRECT); hop++) {
    const response = await fetch(location, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const index = (pair as string).indexOf('=');
      jar.set((pair as string).slice(0, index), (pair as string).slice(index + 1));
    }
    const target = response.headers.get('location');
    if (!target)
      throw new Error(`provider stopped at ${location.href}: ${response.status} ${await response.text()}`);
    location = new URL(target, location);
  }
  return app.inject({
    method: 'GET',
    url: `${location.pathname}${location.search}`,
    headers: { cookie: flowCookie },
  });
}

describe('single sign-on (OpenID Connect)', () => {
  it('tells the login page that single sign-on is there', async () => {
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(me.json().sso).toEqual({ enabled: true, label: 'Landkreis-Anmeldung' });
  });

  it('signs a person in, creates the account with the role from the group claim, and returns to the page', async () => {
    const callback = await signInThroughProvider('anna');
    expect(callback.statusCode, callback.body).toBe(302);
    expect(callback.headers.location).toBe('/verwaltung/konten');
    const cookies = ([] as string[]).concat(callback.headers['set-cookie'] as string | string[]);
    const session = cookies.find((cookie) => cookie.startsWith('bildungsregion_session='));
    expect(session).toMatch(/HttpOnly; SameSite=Lax/);
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: (session as string).split(';')[0] as string },
    });
    expect(me.json().user).toMatchObject({
      email: 'anna@landkreis.example',
      displayName: 'Anna Leitung',
      role: 'admin',
    });
  });

  it('refuses a person whose groups map to no role', async () => {
    const callback = await signInThroughProvider('ben');
    expect(callback.statusCode).toBe(403);
    expect(callback.json().error.message).toMatch(/keine Rolle für die Bildungsregion/);
    const users = await db.query(`SELECT 1 FROM users WHERE email = 'ben@landkreis.example'`);
    expect(users.rows).toHaveLength(0);
  });

  it('links an account created beforehand and follows role changes at the provider', async () => {
    await createUser(db, { email: 'carla@landkreis.example', role: 'viewer', password: null });
    const first = await signInThroughProvider('carla', '/daten');
    expect(first.statusCode, first.body).toBe(302);
    const row = await db.query<{ role: string; oidc_subject: string }>(
      `SELECT role, oidc_subject FROM users WHERE email = 'carla@landkreis.example'`,
    );
    expect(row.rows).toEqual([{ role: 'editor', oidc_subject: expect.stringMatching(/\|carla$/) }]);
    (accounts.carla as { groups: string[] }).groups = ['bildungsbuero-leitung'];
    await signInThroughProvider('carla');
    const again = await db.query<{ role: string }>(
      `SELECT role FROM users WHERE email = 'carla@landkreis.example'`,
    );
    expect(again.rows[0]?.role).toBe('admin');
  });

  it('refuses a callback without the browser’s flow cookie or with a forged state', async () => {
    const noCookie = await app.inject({ method: 'GET', url: '/api/v1/auth/oidc/callback?code=x&state=y' });
    expect(noCookie.statusCode).toBe(401);
    const start = await app.inject({ method: 'GET', url: '/api/v1/auth/oidc/login' });
    const flowCookie = String(start.headers['set-cookie']).split(';')[0] as string;
    const forged = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/oidc/callback?code=gefaelscht&state=falsch',
      headers: { cookie: flowCookie },
    });
    expect(forged.statusCode).toBe(401);
    expect(forged.body).not.toMatch(/stack|at .*\.ts/);
  });

  it('never sends the browser to another site after signing in', async () => {
    const callback = await signInThroughProvider('anna', '//evil.example/');
    expect(callback.headers.location).toBe('/');
  });
});
