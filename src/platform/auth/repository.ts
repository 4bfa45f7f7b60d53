import type { Queryable } from '../db/database.ts';
import type { Role, SessionUser } from './permissions.ts';

/** All SQL of accounts, sessions and sign-in throttling. */

export interface UserRow {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  password_hash: string | null;
  oidc_subject: string | null;
  organisation_id: string | null;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

const USER_COLUMNS = `id, email, display_name, role, password_hash, oidc_subject, organisation_id,
  to_char(disabled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS disabled_at,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
  to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS updated_at, version`;

export async function countUsers(db: Queryable): Promise<number> {
  const result = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return result.rows[0]?.n ?? 0;
}

export async function userByEmail(db: Queryable, email: string): Promise<UserRow | null> {
  const result = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE lower(email) = lower($1)`, [
    email,
  ]);
  return result.rows[0] ?? null;
}

export async function userById(db: Queryable, id: string): Promise<UserRow | null> {
  const result = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
  return result.rows[0] ?? null;
}

export async function userByOidcSubject(db: Queryable, subject: string): Promise<UserRow | null> {
  const result = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE oidc_subject = $1`, [
    subject,
  ]);
  return result.rows[0] ?? null;
}

export async function listUsers(db: Queryable): Promise<UserRow[]> {
  return (await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users ORDER BY lower(email)`)).rows;
}

export async function insertUser(
  db: Queryable,
  user: {
    email: string;
    displayName: string;
    role: Role;
    passwordHash: string | null;
    oidcSubject?: string | null;
    organisationId?: string | null;
  },
): Promise<UserRow> {
  const result = await db.query<UserRow>(
    `INSERT INTO users (email, display_name, role, password_hash, oidc_subject, organisation_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${USER_COLUMNS}`,
    [
      user.email,
      user.displayName,
      user.role,
      user.passwordHash,
      user.oidcSubject ?? null,
      user.organisationId ?? null,
    ],
  );
  return result.rows[0] as UserRow;
}

/** Updates the given columns only if the row still has `version`; null when it changed meanwhile. */
export async function updateUser(
  db: Queryable,
  id: string,
  version: number,
  changes: {
    displayName?: string;
    role?: Role;
    disabled?: boolean;
    passwordHash?: string;
    organisationId?: string | null;
  },
): Promise<UserRow | null> {
  const result = await db.query<UserRow>(
    `UPDATE users SET
       display_name = coalesce($3, display_name),
       role = coalesce($4, role),
       disabled_at = CASE WHEN $5::boolean IS NULL THEN disabled_at WHEN $5 THEN coalesce(disabled_at, now()) ELSE NULL END,
       password_hash = coalesce($6, password_hash),
       organisation_id = CASE WHEN $7::boolean THEN $8 ELSE organisation_id END,
       updated_at = now(), version = version + 1
     WHERE id = $1 AND version = $2 RETURNING ${USER_COLUMNS}`,
    [
      id,
      version,
      changes.displayName ?? null,
      changes.role ?? null,
      changes.disabled ?? null,
      changes.passwordHash ?? null,
      changes.organisationId !== undefined,
      changes.organisationId ?? null,
    ],
  );
  return result.rows[0] ?? null;
}

export async function deleteSessionsOf(db: Queryable, userId: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
}

export async function insertSession(
  db: Queryable,
  session: { tokenHash: string; userId: string; csrfToken: string; hours: number },
): Promise<void> {
  await db.query(
    `INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
    [session.tokenHash, session.userId, session.csrfToken, session.hours],
  );
}

export interface SessionRow {
  user: SessionUser;
  csrfToken: string;
  stale: boolean;
}

/** The session's user if the session is valid (not expired, not idle too long, user active). */
export async function sessionByTokenHash(
  db: Queryable,
  tokenHash: string,
  idleMinutes: number,
): Promise<SessionRow | null> {
  const result = await db.query<{
    id: string;
    email: string;
    display_name: string;
    role: SessionUser['role'];
    organisation_id: string | null;
    csrf_token: string;
    stale: boolean;
  }>(
    `SELECT u.id, u.email, u.display_name, u.role, u.organisation_id, s.csrf_token,
            s.last_seen_at < now() - interval '5 minutes' AS stale
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.expires_at > now() AND u.disabled_at IS NULL
       AND s.last_seen_at > now() - make_interval(mins => $2)`,
    [tokenHash, idleMinutes],
  );
  const row = result.rows[0];
  if (!row) return null;
  return {
    user: {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      organisationId: row.organisation_id,
    },
    csrfToken: row.csrf_token,
    stale: row.stale,
  };
}

export async function touchSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('UPDATE sessions SET last_seen_at = now() WHERE token_hash = $1', [tokenHash]);
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

export async function deleteExpiredSessions(db: Queryable): Promise<number> {
  return (await db.query('DELETE FROM sessions WHERE expires_at < now()')).rowCount;
}

export async function recentFailures(
  db: Queryable,
  email: string,
  ip: string,
  minutes: number,
): Promise<{ byEmail: number; byIp: number }> {
  const result = await db.query<{ by_email: number; by_ip: number }>(
    `SELECT count(*) FILTER (WHERE lower(email) = lower($1))::int AS by_email,
            count(*) FILTER (WHERE ip = $2)::int AS by_ip
     FROM login_failures WHERE at > now() - make_interval(mins => $3)`,
    [email, ip, minutes],
  );
  return { byEmail: result.rows[0]?.by_email ?? 0, byIp: result.rows[0]?.by_ip ?? 0 };
}

export async function recordFailure(db: Queryable, email: string, ip: string): Promise<void> {
  await db.query('INSERT INTO login_failures (email, ip) VALUES ($1, $2)', [email, ip]);
  await db.query(`DELETE FROM login_failures WHERE at < now() - interval '1 day'`);
}

export async function clearFailures(db: Queryable, email: string): Promise<void> {
  await db.query('DELETE FROM login_failures WHERE lower(email) = lower($1)', [email]);
}

/** An event without a table row of its own (sign-in, sign-out) in the audit log. */
export async function auditEvent(
  db: Queryable,
  event: {
    actorId: string | null;
    actor: string;
    correlationId: string | null;
    operation: string;
    rowKey: string | null;
    after?: unknown;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (actor_id, actor, correlation_id, table_name, row_key, operation, after)
     VALUES ($1, $2, $3, 'sessions', $4, $5, $6)`,
    [
      event.actorId,
      event.actor,
      event.correlationId,
      event.rowKey,
      event.operation,
      event.after === undefined ? null : JSON.stringify(event.after),
    ],
  );
}
