import { createHash, randomBytes } from 'node:crypto';
import { conflictIfStale } from '../concurrency.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { checkPasswordRules, hashPassword, verifyPassword } from './passwords.ts';
import { ROLES, type Role, type SessionUser } from './permissions.ts';
import * as repo from './repository.ts';

/** Sign-in, sessions and account administration. */

export const SESSION_HOURS = 12;
export const SESSION_IDLE_MINUTES = 120;
export const THROTTLE_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_IP = 30;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisationId: string | null;
  disabled: boolean;
  sso: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export function presentUser(row: repo.UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    organisationId: row.organisation_id,
    disabled: row.disabled_at !== null,
    sso: row.oidc_subject !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export function sessionUserOf(row: repo.UserRow): SessionUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    organisationId: row.organisation_id,
  };
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  user: SessionUser;
}

const WRONG_LOGIN = 'E-Mail-Adresse oder Passwort ist falsch.';

/**
 * Checks e-mail and password. After too many failures for the account or the client address
 * within THROTTLE_MINUTES the attempt is refused before the password is checked.
 */
export async function login(
  db: Database,
  input: { email: string; password: string; ip: string; correlationId: string | null },
): Promise<LoginResult> {
  const failures = await repo.recentFailures(db, input.email, input.ip, THROTTLE_MINUTES);
  if (failures.byEmail >= MAX_FAILURES_PER_ACCOUNT || failures.byIp >= MAX_FAILURES_PER_IP) {
    throw new AppError('rate_limited', {
      message: `sign-in throttled for ${input.email} / ${input.ip}`,
      userMessage: `Zu viele fehlgeschlagene Anmeldungen. Bitte versuchen Sie es in ${THROTTLE_MINUTES} Minuten erneut.`,
      details: { retryAfterSeconds: THROTTLE_MINUTES * 60 },
    });
  }
  const user = await repo.userByEmail(db, input.email);
  const valid = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user || !valid || user.disabled_at !== null) {
    await db.write(async (tx) => {
      await repo.recordFailure(tx, input.email, input.ip);
      await repo.auditEvent(tx, {
        actorId: user?.id ?? null,
        actor: input.email.slice(0, 200),
        correlationId: input.correlationId,
        operation: 'login_failed',
        rowKey: null,
        after: { ip: input.ip },
      });
    });
    throw new AppError('unauthenticated', {
      message: `sign-in failed for ${input.email}`,
      userMessage: WRONG_LOGIN,
    });
  }
  return startSession(db, sessionUserOf(user), input.correlationId, { ip: input.ip });
}

/** Opens a session for a user who proved who they are (password or single sign-on). */
export async function startSession(
  db: Database,
  user: SessionUser,
  correlationId: string | null,
  details: Record<string, unknown>,
): Promise<LoginResult> {
  const token = newToken();
  const csrfToken = newToken();
  await db.write(async (tx) => {
    await repo.clearFailures(tx, user.email);
    await repo.insertSession(tx, {
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken,
      hours: SESSION_HOURS,
    });
    await repo.auditEvent(tx, {
      actorId: user.id,
      actor: user.email,
      correlationId,
      operation: 'login',
      rowKey: user.id,
      after: details,
    });
  });
  return { token, csrfToken, user };
}

export async function logout(
  db: Database,
  token: string,
  user: SessionUser,
  correlationId: string | null,
): Promise<void> {
  await db.write(async (tx) => {
    await repo.deleteSession(tx, hashToken(token));
    await repo.auditEvent(tx, {
      actorId: user.id,
      actor: user.email,
      correlationId,
      operation: 'logout',
      rowKey: user.id,
    });
  });
}

export async function resolveSession(
  db: Database,
  token: string,
): Promise<{ user: SessionUser; csrfToken: string } | null> {
  const tokenHash = hashToken(token);
  const session = await repo.sessionByTokenHash(db, tokenHash, SESSION_IDLE_MINUTES);
  if (!session) return null;
  if (session.stale) await repo.touchSession(db, tokenHash);
  return { user: session.user, csrfToken: session.csrfToken };
}

export async function hasUsers(db: Database): Promise<boolean> {
  return (await repo.countUsers(db)) > 0;
}

function checkRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new AppError('validation', {
      message: `unknown role ${role}`,
      userMessage: `Unbekannte Rolle „${role}“: erwartet ${ROLES.join(', ')}.`,
    });
  }
  return role as Role;
}

function checkEmail(email: string): string {
  const trimmed = email.trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(trimmed) || trimmed.length > 254) {
    throw new AppError('validation', {
      message: `invalid e-mail ${email}`,
      userMessage: `„${email}“ ist keine gültige E-Mail-Adresse.`,
    });
  }
  return trimmed;
}

export async function createUser(
  db: Database,
  input: {
    email: string;
    role: string;
    password: string | null;
    displayName?: string;
    organisationId?: string | null;
  },
): Promise<User> {
  const email = checkEmail(input.email);
  const role = checkRole(input.role);
  if (input.password !== null) checkPasswordRules(input.password);
  const passwordHash = input.password === null ? null : await hashPassword(input.password);
  return db.write(async (tx) => {
    if (await repo.userByEmail(tx, email)) {
      throw new AppError('conflict', {
        message: `user ${email} exists`,
        userMessage: `Ein Konto mit der E-Mail-Adresse ${email} besteht bereits.`,
      });
    }
    const row = await repo.insertUser(tx, {
      email,
      displayName: input.displayName?.trim() || email,
      role,
      passwordHash,
      organisationId: input.organisationId ?? null,
    });
    return presentUser(row);
  });
}

export async function listUsers(db: Database): Promise<User[]> {
  return (await repo.listUsers(db)).map(presentUser);
}

export async function findUser(db: Database, idOrEmail: string): Promise<User> {
  const row = idOrEmail.includes('@')
    ? await repo.userByEmail(db, idOrEmail)
    : await repo.userById(db, idOrEmail);
  if (!row) {
    throw new AppError('not_found', {
      message: `user ${idOrEmail} not found`,
      userMessage: `Kein Konto „${idOrEmail}“ gefunden.`,
    });
  }
  return presentUser(row);
}

/**
 * Changes an account. `version` is the version the editor saw: if someone changed the account
 * meanwhile, the change is refused with a conflict. Disabling ends the account's sessions.
 */
export async function updateUser(
  db: Database,
  id: string,
  input: {
    version: number;
    displayName?: string;
    role?: string;
    disabled?: boolean;
    password?: string;
    organisationId?: string | null;
  },
  actor: SessionUser | null,
): Promise<User> {
  const role = input.role === undefined ? undefined : checkRole(input.role);
  if (input.password !== undefined) checkPasswordRules(input.password);
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
  if (actor && actor.id === id && (input.disabled === true || (role !== undefined && role !== 'admin'))) {
    throw new AppError('validation', {
      message: 'admin tried to lock themselves out',
      userMessage: 'Das eigene Konto kann nicht gesperrt oder herabgestuft werden.',
    });
  }
  return db.write(async (tx) => {
    const existing = await repo.userById(tx, id);
    if (!existing) {
      throw new AppError('not_found', {
        message: `user ${id} not found`,
        userMessage: 'Konto nicht gefunden.',
      });
    }
    const updated = conflictIfStale(
      await repo.updateUser(tx, id, input.version, {
        ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
        ...(role !== undefined ? { role } : {}),
        ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
        ...(passwordHash !== undefined ? { passwordHash } : {}),
        ...(input.organisationId !== undefined ? { organisationId: input.organisationId } : {}),
      }),
      { resource: 'Konto', current: existing.version },
    );
    if (input.disabled === true || passwordHash !== undefined || role !== undefined) {
      await repo.deleteSessionsOf(tx, id);
    }
    return presentUser(updated);
  });
}
