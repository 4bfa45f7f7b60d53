import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../test/auth.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import { ensureReferenceData } from '../../modules/regions/index.ts';
import { buildApp } from '../http/app.ts';

let db: TestDatabase;
let app: FastifyInstance;
let admin: SignedIn;
let editor: SignedIn;

beforeAll(async () => {
  db = await createTestDatabase();
  await ensureReferenceData(db);
  app = await buildApp({ db, config: { uploadLimit: 1024 * 1024, homeRegion: '03359' } });
  admin = await signIn(app, db, 'admin');
  editor = await signIn(app, db, 'editor');
});

afterAll(async () => {
  await app.close();
  await db.close();
});

describe('audit log', () => {
  it('records who changed what with the values before and after, without per-route code', async () => {
    const set = await app.inject({
      method: 'PUT',
      url: '/api/v1/peer-groups/03359',
      headers: editor.headers,
      payload: { peers: ['03353', '03356'] },
    });
    expect(set.statusCode).toBeLessThan(300);
    const changed = await app.inject({
      method: 'PUT',
      url: '/api/v1/peer-groups/03359',
      headers: editor.headers,
      payload: { peers: ['03353'] },
    });
    expect(changed.statusCode).toBeLessThan(300);
    const correlationId = changed.headers['x-correlation-id'];

    const log = await app.inject({
      method: 'GET',
      url: '/api/v1/audit-log?table=peer_groups',
      headers: admin.headers,
    });
    expect(log.statusCode).toBe(200);
    const [latest, first] = log.json().items;
    expect(first).toMatchObject({
      actor: editor.email,
      table: 'peer_groups',
      rowKey: '03359',
      operation: 'insert',
      before: null,
      after: expect.objectContaining({ peer_keys: ['03353', '03356'] }),
    });
    expect(latest).toMatchObject({
      actor: editor.email,
      actorId: expect.any(String),
      correlationId,
      operation: 'update',
      before: expect.objectContaining({ peer_keys: ['03353', '03356'] }),
      after: expect.objectContaining({ peer_keys: ['03353'] }),
    });
  });

  it('never logs a password hash, and logs sign-ins and failed sign-ins', async () => {
    const log = await app.inject({
      method: 'GET',
      url: '/api/v1/audit-log?table=users',
      headers: admin.headers,
    });
    const items = log.json().items as { after: Record<string, unknown> | null }[];
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const item of items) expect(item.after).not.toHaveProperty('password_hash');
    expect(JSON.stringify(items)).not.toMatch(/argon2/);
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: editor.email, password: 'falsch-falsch' },
    });
    const events = await app.inject({
      method: 'GET',
      url: `/api/v1/audit-log?table=sessions&actor=${encodeURIComponent(editor.email)}`,
      headers: admin.headers,
    });
    expect(events.json().items.map((item: { operation: string }) => item.operation)).toEqual([
      'login_failed',
      'login',
    ]);
  });

  it('filters by operation and date and pages', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const page = await app.inject({
      method: 'GET',
      url: `/api/v1/audit-log?operation=insert&from=${today}&to=${today}&limit=1`,
      headers: admin.headers,
    });
    expect(page.json().items).toHaveLength(1);
    expect(page.json().total).toBeGreaterThan(1);
    expect(page.json().tables).toEqual(expect.arrayContaining(['peer_groups', 'users', 'sessions']));
    const none = await app.inject({
      method: 'GET',
      url: '/api/v1/audit-log?from=2000-01-01&to=2000-01-02',
      headers: admin.headers,
    });
    expect(none.json()).toMatchObject({ total: 0, items: [] });
  });

  it('is for administrators only', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/audit-log', headers: editor.headers });
    expect(response.statusCode).toBe(403);
  });
});
