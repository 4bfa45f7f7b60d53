import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../test/auth.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import { classicTableCsv, multipartBody, STADE_HARBURG_ROWS } from '../../../test/fixtures.ts';
import { buildApp } from '../../platform/http/app.ts';

let db: TestDatabase;
let app: FastifyInstance;
const jobs: Promise<void>[] = [];
let editor: SignedIn;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await buildApp({
    db,
    config: { uploadLimit: 10 * 1024 * 1024, homeRegion: '03359' },
    trackJob: (done) => jobs.push(done),
  });
  editor = await signIn(app, db, 'editor');
});

afterAll(async () => {
  await Promise.allSettled(jobs);
  await app.close();
  await db.close();
});

async function upload(fileName: string, bytes: Uint8Array, dryRun = false) {
  const { body, contentType } = multipartBody(fileName, bytes);
  const response = await app.inject({
    method: 'POST',
    url: `/api/v1/imports${dryRun ? '?dryRun=true' : ''}`,
    payload: body,
    headers: { 'content-type': contentType, ...editor.headers },
  });
  expect(response.statusCode).toBe(202);
  const job = response.json<{ id: string; status: string }>();
  expect(response.headers.location).toBe(`/api/v1/imports/${job.id}`);
  await Promise.allSettled(jobs);
  const polled = await app.inject({
    method: 'GET',
    url: `/api/v1/imports/${job.id}`,
    headers: editor.headers,
  });
  expect(polled.statusCode).toBe(200);
  return polled.json<{
    status: string;
    progress: number;
    result: { datasetId: number; rows: number } | null;
    error: { message: string } | null;
  }>();
}

describe('statistics API', () => {
  it('answers health once ready', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: db.kind });
  });

  it('imports an upload as a job whose result can be polled', async () => {
    const job = await upload(
      'absolvierende.csv',
      classicTableCsv({ table: '99921-01-01-4', rows: STADE_HARBURG_ROWS }),
    );
    expect(job).toMatchObject({ status: 'succeeded', progress: 1, error: null });
    expect(job.result?.rows).toBe(20);

    const datasets = await app.inject({ method: 'GET', url: '/api/v1/datasets?table=99921-01-01-4' });
    expect(datasets.json().items).toEqual([
      expect.objectContaining({
        table: '99921-01-01-4',
        vintage: '2025-03-13',
        rows: 20,
        regions: 5,
        current: true,
      }),
    ]);

    const detail = await app.inject({ method: 'GET', url: `/api/v1/datasets/${job.result!.datasetId}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().dimensions).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'GES' })]),
    );
  });

  it('filters and pages observations and keeps markers as markers', async () => {
    const page = await app.inject({
      method: 'GET',
      url: '/api/v1/observations?table=99921-01-01-4&region=03353&limit=2',
    });
    expect(page.statusCode).toBe(200);
    const body = page.json<{ total: number; items: { value: number | null; flag: string | null }[] }>();
    expect(body.total).toBe(4);
    expect(body.items).toHaveLength(2);
    const all = await app.inject({
      method: 'GET',
      url: '/api/v1/observations?table=99921-01-01-4&region=03353',
    });
    expect(all.json().items.filter((row: { flag: string | null }) => row.flag === '.')).toEqual([
      expect.objectContaining({ value: null, region: '03353', period: '2023' }),
    ]);
  });

  it('reports a bad upload as a failed job that names file and line, and writes nothing', async () => {
    const before = await app.inject({ method: 'GET', url: '/api/v1/datasets' });
    const text = new TextDecoder('windows-1252')
      .decode(classicTableCsv({ rows: STADE_HARBURG_ROWS }))
      .replace('2034', 'zwei');
    const job = await upload('kaputt.csv', new TextEncoder().encode(text));
    expect(job.status).toBe('failed');
    expect(job.error?.message).toMatch(/^kaputt\.csv: Zeile 13, Spalte 4/);
    const after = await app.inject({ method: 'GET', url: '/api/v1/datasets' });
    expect(after.json()).toEqual(before.json());
  });

  it('runs a dry run without writing', async () => {
    const job = await upload(
      'probe.csv',
      classicTableCsv({ table: '99922-01-01-4', rows: STADE_HARBURG_ROWS }),
      true,
    );
    expect(job).toMatchObject({
      status: 'succeeded',
      result: expect.objectContaining({ status: 'dry-run', datasetId: null }),
    });
    const datasets = await app.inject({ method: 'GET', url: '/api/v1/datasets?table=99922-01-01-4' });
    expect(datasets.json().items).toEqual([]);
  });

  it('answers errors with a code, a German message and a correlation id, never a stack', async () => {
    const missing = await app.inject({ method: 'GET', url: '/api/v1/datasets/999999' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({
      code: 'not_found',
      message: 'Der Datensatz 999999 ist nicht vorhanden.',
    });
    expect(missing.json().error.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    const invalid = await app.inject({ method: 'GET', url: '/api/v1/observations?limit=0' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.code).toBe('validation');
    expect(invalid.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('publishes an OpenAPI document generated from the route schemas', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(document.openapi).toBe('3.1.0');
    for (const path of [
      '/api/v1/health',
      '/api/v1/regions',
      '/api/v1/regions/{key}',
      '/api/v1/datasets',
      '/api/v1/observations',
      '/api/v1/imports',
      '/api/v1/imports/{id}',
      '/api/v1/indicators',
      '/api/v1/indicators/{id}',
      '/api/v1/indicators/{id}/values',
      '/api/v1/indicators/{id}/targets',
      '/api/v1/peer-groups/{key}',
    ]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
    const docs = await app.inject({ method: 'GET', url: '/api/v1/docs' });
    expect([200, 302]).toContain(docs.statusCode);
  });
});
