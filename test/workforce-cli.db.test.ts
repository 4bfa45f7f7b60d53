/**
 * `bildungsregion bottlenecks` as a user runs it: separate processes on a fresh data directory
 * (or a fresh PostgreSQL database), importing the shipped demo extracts of the BA Engpassanalyse.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DIR, demoFiles } from '../src/modules/demo/index.ts';
import { createPostgresDatabaseUrl, testDatabaseKind } from './db.ts';

const BIN = path.resolve(import.meta.dirname, '..', 'bin', 'bildungsregion.mjs');
let dir: string;
let env: NodeJS.ProcessEnv;
let drop = async () => {};

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env,
    encoding: 'utf8',
    cwd: dir,
    timeout: 180_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bildungsregion-wf-cli-'));
  env = { ...process.env, DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' };
  if (testDatabaseKind() === 'postgres') {
    const database = await createPostgresDatabaseUrl();
    env.DATABASE_URL = database.url;
    drop = database.drop;
  }
  const files = demoFiles(DEMO_DIR).filter((file) =>
    /^BA-ENGPASS-2025-(DE|LAENDER)_/.test(path.basename(file)),
  );
  expect(files).toHaveLength(2);
  const imported = cli('import', ...files);
  expect(imported.code, imported.stderr).toBe(0);
}, 240_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await drop();
});

interface Line {
  kldb: string;
  name: string;
  published_score: number | null;
  computed_score: number | null;
  published_category: string;
  computed_category: string;
  method: string;
  source_region: string;
}

const parse = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Line);

describe('bildungsregion bottlenecks', () => {
  it('--area DG --format jsonl: one line per occupation with published and computed score and category', () => {
    const result = cli('bottlenecks', '--area', 'DG', '--format', 'jsonl');
    expect(result.code, result.stderr).toBe(0);
    const lines = parse(result.stdout);
    expect(lines.length).toBe(2075);
    const same = lines.filter((line) => line.computed_category === line.published_category).length;
    expect(same / lines.length).toBeGreaterThanOrEqual(0.99);
    expect(lines.find((line) => line.kldb === '52122')).toMatchObject({
      name: 'Berufskraftfahrer/innen (Güterverkehr/LKW) – fachlich ausgerichtete Tätigkeiten',
      published_score: 2.5,
      computed_score: 2.5,
      published_category: 'engpass',
      computed_category: 'engpass',
    });
    expect(result.stderr).toMatch(/2075 von 2075 Berufen/);
  }, 120_000);

  it('--area 03359: the Niedersachsen / Bremen result as labelled proxy', () => {
    const result = cli('bottlenecks', '--area', '03359', '--format', 'jsonl');
    expect(result.code, result.stderr).toBe(0);
    const lines = parse(result.stdout);
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.every((line) => line.method === 'land_proxy' && line.source_region === '03_04')).toBe(true);
    expect(result.stderr).toMatch(/Näherung/);
  }, 120_000);

  it('table output and a clear German error for a bad key', () => {
    const table = cli('bottlenecks', '--area', '09');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Kategorie nachgerechnet/);
    const bad = cli('bottlenecks', '--area', 'Stade');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Ungültiger Regionalschlüssel „Stade“/);
  }, 120_000);
});
