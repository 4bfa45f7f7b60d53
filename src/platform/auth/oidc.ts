import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as client from 'openid-client';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { claimValues, mapRole, parseRoleMap } from './oidc-roles.ts';
import type { Role, SessionUser } from './permissions.ts';
import { readCookie, setSessionCookie } from './plugin.ts';
import * as repo from './repository.ts';
import { sessionUserOf, startSession } from './service.ts';

/**
 * Single sign-on through OpenID Connect (authorization code flow with PKCE), e.g. against the
 * county's Keycloak or ADFS. The identity provider decides who the person is and, through a
 * claim, which role they have; the product keeps an account row per person (users.oidc_subject)
 * so that the audit log and memberships can refer to it.
 */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  /** Where the provider sends the browser back (must be registered there). */
  redirectUrl: string;
  scopes: string;
  /** Claim with the person's groups/roles, dotted path (e.g. `realm_access.roles`). */
  roleClaim: string;
  roleMap: Map<string, Role>;
  label: string;
  /** Plain HTTP to the provider: only for tests and local trials. */
  allowInsecure: boolean;
}

/** Reads OIDC_* from the environment; null when OIDC_ISSUER is not set. */
export function loadOidcSettings(env: NodeJS.ProcessEnv = process.env): OidcSettings | null {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return null;
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const redirectUrl = env.OIDC_REDIRECT_URL?.trim();
  if (!clientId || !redirectUrl) {
    throw new Error(
      'Single Sign-on: OIDC_ISSUER ist gesetzt, aber OIDC_CLIENT_ID oder OIDC_REDIRECT_URL fehlt.',
    );
  }
  return {
    issuer,
    clientId,
    clientSecret: env.OIDC_CLIENT_SECRET?.trim() || null,
    redirectUrl,
    scopes: env.OIDC_SCOPES?.trim() || 'openid email profile',
    roleClaim: env.OIDC_ROLE_CLAIM?.trim() || 'roles',
    roleMap: parseRoleMap(env.OIDC_ROLE_MAP),
    label: env.OIDC_LABEL?.trim() || 'Single Sign-on',
    allowInsecure: env.OIDC_ALLOW_INSECURE === 'true',
  };
}

const FLOW_COOKIE = 'bildungsregion_oidc';
const CALLBACK_PATH = '/api/v1/auth/oidc/callback';

function flowCookie(value: string, maxAge: number, secure: boolean): string {
  return `${FLOW_COOKIE}=${encodeURIComponent(value)}; Path=/api/v1/auth/oidc; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;
}

/** Only a path of this site, never an address elsewhere (open redirect). */
function safeNext(next: string | undefined): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

/** Finds or creates the person's account and brings its role in line with the provider's claim. */
export async function accountForClaims(
  db: Database,
  settings: Pick<OidcSettings, 'issuer' | 'roleClaim' | 'roleMap'>,
  claims: Record<string, unknown>,
): Promise<SessionUser> {
  const role = mapRole(claimValues(claims, settings.roleClaim), settings.roleMap);
  const email = typeof claims.email === 'string' ? claims.email : null;
  if (!role) {
    throw new AppError('forbidden', {
      message: `no role for ${String(claims.sub)} in claim ${settings.roleClaim}`,
      userMessage:
        'Ihr Konto beim Anmeldedienst hat keine Rolle für die Bildungsregion. Bitte wenden Sie sich an die Administration.',
    });
  }
  const subject = `${settings.issuer}|${String(claims.sub)}`;
  const displayName =
    typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : (email ?? subject);
  return db.write(async (tx) => {
    let row = await repo.userByOidcSubject(tx, subject);
    if (!row && email && claims.email_verified !== false) {
      // An account created beforehand (e.g. `user add --sso`) is linked on its first sign-in.
      const existing = await repo.userByEmail(tx, email);
      if (existing && existing.oidc_subject === null) {
        await tx.query('UPDATE users SET oidc_subject = $2 WHERE id = $1', [existing.id, subject]);
        row = await repo.userById(tx, existing.id);
      }
    }
    if (!row) {
      row = await repo.insertUser(tx, {
        email: email ?? `${String(claims.sub)}@sso.invalid`,
        displayName,
        role,
        passwordHash: null,
        oidcSubject: subject,
      });
    } else if (row.role !== role || row.display_name !== displayName) {
      row = (await repo.updateUser(tx, row.id, row.version, { role, displayName })) ?? row;
    }
    if (row.disabled_at !== null) {
      throw new AppError('forbidden', {
        message: `account ${row.email} disabled`,
        userMessage: 'Ihr Konto ist gesperrt.',
      });
    }
    return sessionUserOf(row);
  });
}

export const oidcRoutes: FastifyPluginAsyncZod<{ db: Database; settings: OidcSettings }> = async (
  app,
  { db, settings },
) => {
  let configuration: Promise<client.Configuration> | null = null;
  const discover = () => {
    configuration ??= client
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret ?? undefined,
        undefined,
        settings.allowInsecure ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        configuration = null;
        throw new AppError('internal', {
          message: `OIDC discovery failed: ${error instanceof Error ? error.message : String(error)}`,
          userMessage: 'Der Anmeldedienst ist nicht erreichbar. Bitte versuchen Sie es später erneut.',
          cause: error,
        });
      });
    return configuration;
  };

  app.get(
    '/auth/oidc/login',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Konten'],
        summary: `Anmeldung über Single Sign-on beginnen (Weiterleitung zum Anmeldedienst)`,
        querystring: z.object({ weiter: z.string().max(500).optional() }),
      },
    },
    async (request, reply) => {
      const config = await discover();
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUrl,
        scope: settings.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      const flow = JSON.stringify({ verifier, state, nonce, next: safeNext(request.query.weiter) });
      reply.header('set-cookie', flowCookie(flow, 600, request.protocol === 'https'));
      return reply.redirect(url.href, 302);
    },
  );

  app.get(
    '/auth/oidc/callback',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Konten'],
        summary: 'Rückkehr vom Anmeldedienst: prüft den Code, legt die Sitzung an und leitet weiter',
        querystring: z.record(z.string(), z.string()),
      },
    },
    async (request, reply) => {
      const raw = readCookie(request.headers.cookie, FLOW_COOKIE);
      let flow: { verifier: string; state: string; nonce: string; next: string };
      try {
        flow = JSON.parse(raw ?? '');
      } catch {
        throw new AppError('unauthenticated', {
          message: 'OIDC callback without flow cookie',
          userMessage:
            'Die Anmeldung ist abgelaufen oder wurde in einem anderen Browser begonnen. Bitte erneut anmelden.',
        });
      }
      const config = await discover();
      const current = new URL(settings.redirectUrl);
      current.search = new URLSearchParams(request.query).toString();
      let claims: Record<string, unknown>;
      try {
        const tokens = await client.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: flow.verifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        });
        const idClaims: Record<string, unknown> = { ...(tokens.claims() ?? {}) };
        const userinfo = await client.fetchUserInfo(config, tokens.access_token, String(idClaims.sub));
        claims = { ...idClaims, ...userinfo };
      } catch (error) {
        throw new AppError('unauthenticated', {
          message: `OIDC code exchange failed: ${error instanceof Error ? error.message : String(error)}`,
          userMessage: 'Die Anmeldung über den Anmeldedienst ist fehlgeschlagen. Bitte erneut anmelden.',
        });
      }
      const user = await accountForClaims(db, settings, claims);
      const session = await startSession(db, user, String(request.id), { ip: request.ip, via: 'oidc' });
      setSessionCookie(request, reply, session.token);
      reply.header('set-cookie', [
        reply.getHeader('set-cookie') as string,
        flowCookie('', 0, request.protocol === 'https'),
      ]);
      return reply.redirect(flow.next, 302);
    },
  );
};

export { CALLBACK_PATH };
