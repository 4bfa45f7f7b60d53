/**
 * The acceptance commands, run as a user would: import the official files, then
 * `bildungsregion indicator … --region 03359 --format jsonl`; the values must equal a hand
 * computation from the raw file lines, written here independently of the product's parsers.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabaseUrl, testDatabaseKind } from './db.ts';
import { hasSharedData, SHARED_DATA_SKIP_REASON, sharedData } from './shared-data.ts';

if (!hasSharedData) console.warn(SHARED_DATA_SKIP_REASON);

const BIN = path.resolve(import.meta.dirname, '..', 'bin', 'bildungsregion.mjs');
let dir: string;
let env: NodeJS.ProcessEnv;
let drop = async () => {};

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function lines(file: string): string[][] {
  return new TextDecoder('windows-1252')
    .decode(readFileSync(file))
    .split('\n')
    .map((line) => line.split(';'));
}

const jsonl = (text: string) =>
  text
    .trim()
    .split('\n')
    .map(
      (line) =>
        JSON.parse(line) as {
          indicator: string;
          region: string;
          period: string;
          value: number | null;
          flag: string | null;
        },
    );

describe.skipIf(!hasSharedData)('indicator command line on the official files', () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bildungsregion-indicator-'));
    env = { ...process.env, DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' };
    if (testDatabaseKind() === 'postgres') {
      const database = await createPostgresDatabaseUrl();
      env.DATABASE_URL = database.url;
      drop = database.drop;
    }
    const imported = cli(
      'import',
      sharedData('regionalstatistik', '21111-02-06-4.csv'),
      sharedData('genesis-online', '12411-0018.csv'),
    );
    expect(imported.code, imported.stderr).toBe(0);
  }, 180_000);

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await drop();
  });

  it('leavers_without_hsa_rate for Stade equals the file', () => {
    // 21111-02-06-4: after year, key, name: [0] total, [1] total female, [2] without HSA total, …
    const stade = lines(sharedData('regionalstatistik', '21111-02-06-4.csv')).find(
      (fields) => fields[1] === '03359',
    )!;
    const expected = (Number(stade[5]) / Number(stade[3])) * 100;
    const result = cli('indicator', 'leavers_without_hsa_rate', '--region', '03359', '--format', 'jsonl');
    expect(result.code, result.stderr).toBe(0);
    const rows = jsonl(result.stdout);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      indicator: 'leavers_without_hsa_rate',
      region: '03359',
      period: '2023',
      flag: null,
    });
    expect(rows[0]!.value).toBeCloseTo(expected, 10);
  });

  it('youth_dependency_ratio for Stade equals the file for every Stichtag', () => {
    // 12411-0018: date; key; name; 17 age groups male, then the same 17 female:
    // unter 3, 3–6, 6–10, 10–15, 15–18, 18–20 | 20–25 … 60–65 (9 groups) | 65–75, 75+
    const result = cli('indicator', 'youth_dependency_ratio', '--region', '03359', '--format', 'jsonl');
    expect(result.code, result.stderr).toBe(0);
    const rows = jsonl(result.stdout);
    const stadeLines = lines(sharedData('genesis-online', '12411-0018.csv')).filter(
      (fields) => fields[1] === '03359',
    );
    expect(rows).toHaveLength(stadeLines.length);
    for (const fields of stadeLines) {
      const values = fields.slice(3, 37).map(Number);
      const sexes = [values.slice(0, 17), values.slice(17, 34)];
      const young = sexes.reduce((sum, groups) => sum + groups.slice(0, 6).reduce((a, b) => a + b, 0), 0);
      const working = sexes.reduce((sum, groups) => sum + groups.slice(6, 15).reduce((a, b) => a + b, 0), 0);
      const period = fields[0]!.split('.').reverse().join('-');
      const row = rows.find((candidate) => candidate.period === period);
      expect(row, period).toBeDefined();
      expect(row!.flag).toBeNull();
      expect(row!.value).toBeCloseTo((young / working) * 100, 10);
    }
  });
});
