/**
 * Export, erasure and retention across modules, with the platform's own tables and a test-only
 * module table declared like a later module would declare its own.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn, TEST_PASSWORD } from '../../../test/auth.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import { createUser } from '../auth/service.ts';
import { buildApp } from '../http/app.ts';
import { PERSONAL_DATA } from './declarations.ts';
import {
  applyRetention,
  erasePersonalData,
  exportPersonalData,
  hasConsent,
  recordConsent,
} from './privacy.ts';
import type { PersonalDataDeclaration } from './types.ts';

let db: TestDatabase;
let app: FastifyInstance;
let admin: SignedIn;

/** A module's table of event participants, keyed by e-mail like a public registration form. */
const participants: PersonalDataDeclaration = {
  module: 'events',
  table: 'test_participants',
  subjectColumn: 'email',
  personalColumns: ['email', 'name', 'registered_at'],
  purpose: 'Teilnahme an Veranstaltungen',
  legalBasis: 'Art. 6 Abs. 1 lit. b DSGVO',
  retention: { days: 365, column: 'registered_at' },
  erase: 'delete',
};
const declarations = [...PERSONAL_DATA, participants];
const PERSON = 'carla@example.org';

beforeAll(async () => {
  db = await createTestDatabase();
  await db.write(async (tx) => {
    await tx.query(
      'CREATE TABLE test_participants (id serial PRIMARY KEY, email text NOT NULL, name text, registered_at timestamptz NOT NULL)',
    );
    await tx.query(`SELECT audit_enable('test_participants')`);
    await tx.query(
      `INSERT INTO test_participants (email, name, registered_at) VALUES
       ($1, 'Carla Beispiel', now() - interval '10 days'),
       ('dora@example.org', 'Dora Alt', now() - interval '400 days'),
       ('emil@example.org', 'Emil Neu', now())`,
      [PERSON],
    );
  });
  await createUser(db, {
    email: PERSON,
    role: 'partner',
    password: TEST_PASSWORD,
    displayName: 'Carla Beispiel',
  });
  await recordConsent(db, {
    subjectId: PERSON,
    purpose: 'Fotos',
    source: 'Anmeldeformular Bildungskonferenz',
  });
  app = await buildApp({ db, config: { uploadLimit: 1024, homeRegion: '03359' } });
  admin = await signIn(app, db, 'admin');
});

afterAll(async () => {
  await app.close();
  await db.close();
});

describe('privacy', () => {
  it('exports everything about a person from every declared table with purpose and legal basis', async () => {
    const exported = await exportPersonalData(db, PERSON, declarations);
    expect(exported.records.map((record) => record.table).sort()).toEqual([
      'consents',
      'test_participants',
      'users',
    ]);
    const byTable = Object.fromEntries(exported.records.map((record) => [record.table, record]));
    expect(byTable.users?.rows).toEqual([
      { email: PERSON, display_name: 'Carla Beispiel', oidc_subject: null, disabled_at: null },
    ]);
    expect(byTable.test_participants).toMatchObject({
      module: 'events',
      purpose: 'Teilnahme an Veranstaltungen',
      retention: '365 Tage ab registered_at',
      rows: [expect.objectContaining({ name: 'Carla Beispiel' })],
    });
    expect(byTable.consents?.rows).toEqual([
      expect.objectContaining({ purpose: 'Fotos', withdrawn_at: null }),
    ]);
    expect(JSON.stringify(exported)).not.toMatch(/argon2|password/);
  });

  it('serves the export to administrators over the API', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/privacy/subjects/${encodeURIComponent(PERSON)}/export`,
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().records.map((record: { table: string }) => record.table)).toContain('users');
  });

  it('erases a person across modules in one go; the account stays anonymised, the change is audited', async () => {
    const result = await erasePersonalData(db, PERSON, declarations);
    expect(result.tables).toEqual(
      expect.arrayContaining([
        { table: 'users', strategy: 'anonymise', rows: 1 },
        { table: 'consents', strategy: 'delete', rows: 1 },
        { table: 'test_participants', strategy: 'delete', rows: 1 },
      ]),
    );
    const after = await exportPersonalData(db, PERSON, declarations);
    expect(after.records).toEqual([]);
    const users = await db.query<{ email: string; display_name: string; disabled: boolean }>(
      `SELECT email, display_name, disabled_at IS NOT NULL AS disabled FROM users WHERE display_name = 'Gelöschtes Konto'`,
    );
    expect(users.rows).toHaveLength(1);
    expect(users.rows[0]?.disabled).toBe(true);
    expect(users.rows[0]?.email).toMatch(/^geloescht-.+@example\.invalid$/);
    expect(await hasConsent(db, PERSON, 'Fotos')).toBe(false);
    const others = await db.query('SELECT email FROM test_participants ORDER BY email');
    expect(others.rows).toEqual([{ email: 'dora@example.org' }, { email: 'emil@example.org' }]);
    const audit = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE table_name = 'test_participants' AND operation = 'delete'`,
    );
    expect(audit.rows[0]?.n).toBe(1);
  });

  it('applies retention periods: rows past their period go, younger ones stay', async () => {
    await db.write((tx) =>
      tx.query(
        `INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at)
         SELECT 'abgelaufen', id, 'x', now() - interval '1 hour' FROM users LIMIT 1`,
      ),
    );
    const erased = await applyRetention(db, declarations);
    expect(erased.test_participants).toBe(1);
    expect(erased.sessions).toBe(1);
    const left = await db.query('SELECT email FROM test_participants');
    expect(left.rows).toEqual([{ email: 'emil@example.org' }]);
  });

  it('records consents and their withdrawal with purpose, date and source', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/consents',
      headers: admin.headers,
      payload: { subjectId: 'emil@example.org', purpose: 'Newsletter', source: 'Formular Webseite' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      purpose: 'Newsletter',
      withdrawnAt: null,
      recordedBy: admin.email,
    });
    expect(await hasConsent(db, 'emil@example.org', 'Newsletter')).toBe(true);
    const withdrawn = await app.inject({
      method: 'POST',
      url: `/api/v1/consents/${created.json().id}/withdraw`,
      headers: admin.headers,
    });
    expect(withdrawn.json().withdrawnAt).toMatch(/^\d{4}-/);
    expect(await hasConsent(db, 'emil@example.org', 'Newsletter')).toBe(false);
  });
});
