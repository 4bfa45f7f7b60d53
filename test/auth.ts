import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Role } from '../src/platform/auth/permissions.ts';
import { createUser } from '../src/platform/auth/service.ts';
import type { Database } from '../src/platform/db/database.ts';

export const TEST_PASSWORD = 'richtig-langes-Passwort-1';

export interface SignedIn {
  email: string;
  /** Headers that carry the session: send them with every request of this user. */
  headers: { cookie: string; 'x-csrf-token': string };
}

/** Creates an account with `role` and signs it in through the real login route. */
export async function signIn(app: FastifyInstance, db: Database, role: Role): Promise<SignedIn> {
  const email = `${role}-${randomBytes(4).toString('hex')}@example.org`;
  await createUser(db, { email, role, password: TEST_PASSWORD });
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: TEST_PASSWORD },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  const cookie = String(response.headers['set-cookie']).split(';')[0] as string;
  return { email, headers: { cookie, 'x-csrf-token': response.json().csrfToken } };
}
