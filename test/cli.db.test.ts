/**
 * The command line as a user runs it: a separate process per command, on a fresh embedded
 * data directory (or, in the PostgreSQL run, a fresh server database through DATABASE_URL).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../src/platform/db/lock.ts';
import { createPostgresDatabaseUrl, testDatabaseKind } from './db.ts';
import { classicTableCsv, STADE_HARBURG_ROWS } from './fixtures.ts';

const BIN = path.resolve(import.meta.dirname, '..', 'bin', 'bildungsregion.mjs');
let dir: string;
let env: NodeJS.ProcessEnv;
let drop = async () => {};

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bildungsregion-cli-'));
  env = { ...process.env, DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' };
  if (testDatabaseKind() === 'postgres') {
    const database = await createPostgresDatabaseUrl();
    env.DATABASE_URL = database.url;
    drop = database.drop;
  }
  writeFileSync(
    path.join(dir, 'absolvierende.csv'),
    classicTableCsv({ table: '99931-01-01-4', rows: STADE_HARBURG_ROWS }),
  );
  const broken = new TextDecoder('windows-1252')
    .decode(classicTableCsv({ rows: STADE_HARBURG_ROWS }))
    .replace('2034', 'zwei');
  writeFileSync(path.join(dir, 'kaputt.csv'), broken);
  writeFileSync(path.join(dir, 'leer.csv'), '');
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await drop();
});

function cli(...args: string[]) {
  return cliWithInput(undefined, ...args);
}

function cliWithInput(input: string | undefined, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env,
    encoding: 'utf8',
    cwd: dir,
    timeout: 120_000,
    ...(input === undefined ? {} : { input }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bildungsregion command line', () => {
  it('imports a file, shows a summary, and lists it', () => {
    const imported = cli('import', 'absolvierende.csv');
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/absolvierende\.csv: importiert als Datensatz \d+/);
    expect(imported.stdout).toMatch(/Tabelle\s+99931-01-01-4/);
    expect(imported.stdout).toMatch(/Stand\s+13\.03\.2025/);
    expect(imported.stdout).toMatch(/Zeichen\s+.*„\.“ 1/);

    const listed = cli('datasets');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/99931-01-01-4\s+13\.03\.2025\s+20\s+5/);
  });

  it('prints observations as one JSON object per line', () => {
    const result = cli('observations', '--table', '99931-01-01-4', '--region', '03359', '--format', 'jsonl');
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(
        expect.arrayContaining(['table', 'region', 'period', 'measure', 'dims', 'value', 'flag']),
      );
      expect(line).toMatchObject({ table: '99931-01-01-4', region: '03359', period: '2023', flag: null });
    }
    expect(lines.map((line) => line.value).sort()).toEqual([166, 2034, 61, 987].sort());
    const csv = cli('observations', '--table', '99931-01-01-4', '--region', '03353', '--format', 'csv');
    expect(csv.stdout.split('\n')[0]).toBe('table;vintage;region;period;measure;dims;value;flag');
    expect(csv.stdout).toMatch(/;03353;2023;.*;;\.\n/);
  });

  it('rejects bad input with file, line and column, exits non-zero and changes nothing', () => {
    const before = cli('datasets', '--format', 'json').stdout;
    const broken = cli('import', 'kaputt.csv');
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toMatch(/Fehler: kaputt\.csv: Zeile 13, Spalte 4: erwartet/);
    const empty = cli('import', 'leer.csv');
    expect(empty.code).not.toBe(0);
    expect(empty.stderr).toMatch(/leer\.csv: Die Datei ist leer/);
    expect(cli('datasets', '--format', 'json').stdout).toBe(before);
  });

  it('dry run reports without writing; a second import adds nothing', () => {
    const before = cli('datasets', '--format', 'json').stdout;
    const dry = cli('import', '--dry-run', 'absolvierende.csv');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/Probelauf – nichts geschrieben/);
    const again = cli('import', 'absolvierende.csv');
    expect(again.stdout).toMatch(/bereits vorhanden/);
    expect(cli('datasets', '--format', 'json').stdout).toBe(before);
  });

  it('adds, lists and disables accounts; refuses a short password and an unknown role', () => {
    const added = cliWithInput(
      'ein-sehr-langes-Passwort\n',
      'user',
      'add',
      '--email',
      'eva@example.org',
      '--role',
      'editor',
      '--password-stdin',
    );
    expect(added.stderr).toBe('');
    expect(added.stdout).toBe('Konto angelegt: eva@example.org (editor)\n');
    const short = cliWithInput(
      'kurz',
      'user',
      'add',
      '--email',
      'kurz@example.org',
      '--role',
      'viewer',
      '--password-stdin',
    );
    expect(short.code).not.toBe(0);
    expect(short.stderr).toMatch(/mindestens 12 Zeichen/);
    const role = cliWithInput(
      'ein-sehr-langes-Passwort',
      'user',
      'add',
      '--email',
      'x@example.org',
      '--role',
      'chef',
      '--password-stdin',
    );
    expect(role.stderr).toMatch(/Unbekannte Rolle „chef“: erwartet admin, editor, partner, viewer/);
    const twice = cliWithInput(
      'ein-sehr-langes-Passwort',
      'user',
      'add',
      '--email',
      'EVA@example.org',
      '--role',
      'viewer',
      '--password-stdin',
    );
    expect(twice.stderr).toMatch(/besteht bereits/);
    expect(cli('user', 'list').stdout).toMatch(
      /eva@example\.org\s+eva@example\.org\s+editor\s+aktiv\s+Passwort/,
    );
    const disabled = cli('user', 'disable', 'eva@example.org');
    expect(disabled.stdout).toBe('Konto gesperrt: eva@example.org\n');
    const listed = JSON.parse(cli('user', 'list', '--format', 'json').stdout);
    expect(listed).toEqual([
      expect.objectContaining({ email: 'eva@example.org', disabled: true, version: 2 }),
    ]);
    expect(JSON.stringify(listed)).not.toMatch(/argon2/);
  }, 300_000);

  it('backs up and restores the whole database', () => {
    const before = cli('datasets', '--format', 'json').stdout;
    const saved = cli('backup', 'sicherung.backup.gz');
    expect(saved.stderr).toBe('');
    expect(saved.stdout).toMatch(
      /Sicherung geschrieben: sicherung\.backup\.gz \(\d+ Tabellen, [\d.]+ Zeilen\)/,
    );
    cliWithInput(
      'noch-ein-langes-Passwort',
      'user',
      'add',
      '--email',
      'spaeter@example.org',
      '--role',
      'viewer',
      '--password-stdin',
    );
    const restored = cli('restore', 'sicherung.backup.gz');
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toMatch(/Sicherung wiederhergestellt/);
    expect(cli('datasets', '--format', 'json').stdout).toBe(before);
    expect(cli('user', 'list').stdout).not.toMatch(/spaeter@example\.org/);
    const missing = cli('restore', 'gibt-es-nicht.gz');
    expect(missing.code).not.toBe(0);
  }, 300_000);

  it.skipIf(testDatabaseKind() === 'postgres')('refuses a data directory that another process holds', () => {
    const lock = acquireDataDirLock(path.join(dir, 'data'), 'server');
    lock.setUrl('http://localhost:3999');
    try {
      const result = cli('datasets');
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(
        /wird vom laufenden Server \(PID \d+, http:\/\/localhost:3999\) verwendet/,
      );
    } finally {
      lock.release();
    }
  });
});
