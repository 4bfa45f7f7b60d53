/**
 * `npm start` as a user runs it: a fresh data directory is filled with the reference and demo
 * data, the server answers, a second server on the same directory is refused, and on SIGTERM
 * the server closes the embedded database, frees the directory and exits.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockFile } from '../src/platform/db/lock.ts';
import { createPostgresDatabaseUrl, testDatabaseKind } from './db.ts';
import { classicTableCsv, STADE_HARBURG_ROWS } from './fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
let dir: string;
let port: number;
let server: ChildProcess;
let output = '';
let env: NodeJS.ProcessEnv;
let drop = async () => {};

async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  return typeof address === 'object' && address ? address.port : 0;
}

function start(extra: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: { ...env, ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies are checked by the assertions
async function getJson(url: string): Promise<any> {
  return (await fetch(url)).json();
}

async function waitForHealth(): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null) throw new Error(`server exited: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not become ready: ${output}`);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bildungsregion-server-'));
  port = await freePort();
  env = {
    ...process.env,
    DATA_DIR: path.join(dir, 'data'),
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: '',
  };
  if (testDatabaseKind() === 'postgres') {
    const database = await createPostgresDatabaseUrl();
    env.DATABASE_URL = database.url;
    drop = database.drop;
  }
  server = start();
  server.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  server.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  await waitForHealth();
}, 120_000);

afterAll(async () => {
  if (server.exitCode === null) server.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  await drop();
});

describe('the server on a fresh data directory', () => {
  it('serves real demo data at once', async () => {
    const datasets = await getJson(`http://127.0.0.1:${port}/api/v1/datasets`);
    const tables = datasets.items.map((item: { table: string }) => item.table);
    expect(tables).toEqual(
      expect.arrayContaining(['21111-02-06-4', '12411-01-01-4', '13211-02-05-4', 'GV-ISYS-AUSZUG']),
    );
    const stade = await getJson(
      `http://127.0.0.1:${port}/api/v1/observations?table=12411-01-01-4&region=03359&period=2024-12-31`,
    );
    expect(stade.items.find((row: { dims: object }) => Object.keys(row.dims).length === 0).value).toBe(
      207700,
    );
    const kreise = await getJson(`http://127.0.0.1:${port}/api/v1/regions?parent=033&level=district`);
    expect(kreise.items.map((region: { key: string }) => region.key)).toContain('03359');
    // The start page is the web client's Kreisprofil of the home region (src/platform/http/web.ts).
    const home = await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
    expect(home.status).toBe(302);
    expect(home.headers.get('location')).toBe('/regionen/03359');
  });

  it.skipIf(testDatabaseKind() === 'postgres')(
    'refuses a second server on the same data directory',
    async () => {
      const second = start({ PORT: String(await freePort()) });
      let stderr = '';
      second.stderr?.on('data', (chunk) => {
        stderr += chunk;
      });
      const [code] = await once(second, 'exit');
      expect(code).not.toBe(0);
      expect(stderr).toMatch(
        /Bildungsregion konnte nicht starten: Das Datenverzeichnis .* wird vom laufenden Server/,
      );
    },
  );

  it.skipIf(testDatabaseKind() === 'postgres')('hands command-line imports to the running server', () => {
    const file = path.join(dir, 'absolvierende.csv');
    writeFileSync(file, classicTableCsv({ table: '99951-01-01-4', rows: STADE_HARBURG_ROWS }));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(ROOT, 'bin', 'bildungsregion.mjs'), ...args], {
        env,
        encoding: 'utf8',
        timeout: 120_000,
      });
    const imported = run('import', file);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/läuft über http:\/\/127\.0\.0\.1:\d+/);
    expect(imported.stdout).toMatch(/absolvierende\.csv: importiert als Datensatz \d+/);
    const listed = run('datasets');
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/99951-01-01-4\s+13\.03\.2025\s+20\s+5/);
    const broken = run('import', path.join(dir, 'gibt-es-nicht.csv'));
    expect(broken.status).not.toBe(0);
  });

  it('explains how to create the first admin; public pages need no account, imports do', async () => {
    expect(output).toMatch(
      /Noch kein Konto angelegt.*bildungsregion user add --email ADRESSE --role admin --password-stdin/,
    );
    const me = await getJson(`http://127.0.0.1:${port}/api/v1/auth/me`);
    expect(me).toMatchObject({ user: null, setupRequired: true });
    const upload = await fetch(`http://127.0.0.1:${port}/api/v1/imports`, { method: 'POST' });
    expect(upload.status).toBe(401);
    expect(upload.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  });

  it.skipIf(testDatabaseKind() === 'postgres')(
    'creates the first admin through the running server; the admin signs in',
    async () => {
      const tokenFile = path.join(dir, 'data', 'service-token');
      expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
      const added = spawnSync(
        process.execPath,
        [
          path.join(ROOT, 'bin', 'bildungsregion.mjs'),
          'user',
          'add',
          '--email',
          'admin@example.org',
          '--role',
          'admin',
          '--password-stdin',
        ],
        { env, encoding: 'utf8', input: 'ein-sehr-langes-Passwort\n', timeout: 120_000 },
      );
      expect(added.status, added.stderr).toBe(0);
      expect(added.stdout).toMatch(/Konto angelegt: admin@example.org \(admin\)/);
      const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@example.org', password: 'ein-sehr-langes-Passwort' }),
      });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
      const users = await fetch(`http://127.0.0.1:${port}/api/v1/users`, { headers: { cookie } });
      expect(users.status).toBe(200);
    },
    180_000,
  );

  it.skipIf(testDatabaseKind() === 'postgres')(
    'backs up the embedded database through the running server',
    () => {
      const file = path.join(dir, 'laufend.backup.gz');
      const saved = spawnSync(
        process.execPath,
        [path.join(ROOT, 'bin', 'bildungsregion.mjs'), 'backup', file],
        {
          env,
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      expect(saved.status, saved.stderr).toBe(0);
      expect(saved.stdout).toMatch(
        /Sicherung geschrieben: .*laufend\.backup\.gz \(\d+ Tabellen, [\d.]+ Zeilen\)/,
      );
      const text = gunzipSync(readFileSync(file)).toString('utf8');
      expect(JSON.parse(text.slice(0, text.indexOf('\n')))).toMatchObject({
        format: 'bildungsregion-backup',
      });
      expect(text).toMatch(/@table users\n[^\n]*admin@example\.org/);
      expect(statSync(file).mode & 0o777).toBe(0o600);
    },
    180_000,
  );

  it('closes the database and frees the data directory on SIGTERM', async () => {
    server.kill('SIGTERM');
    const [code] = await once(server, 'exit');
    expect(code).toBe(0);
    expect(existsSync(lockFile(path.join(dir, 'data')))).toBe(false);
    expect(existsSync(path.join(dir, 'data', 'service-token'))).toBe(false);
  });
});
