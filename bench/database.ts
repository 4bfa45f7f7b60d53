/** A throwaway database for one benchmark process: a PGlite folder or a new database on the server. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Database } from '../src/platform/db/database.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { PGliteDatabase } from '../src/platform/db/pglite.ts';
import { PostgresDatabase } from '../src/platform/db/postgres.ts';

export async function benchDatabase(
  kind: 'pglite' | 'postgres',
): Promise<{ db: Database; cleanup: () => Promise<void> }> {
  let db: Database;
  let cleanup: () => Promise<void>;
  if (kind === 'postgres') {
    const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const name = `bildungsregion_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const server = new PostgresDatabase(target.toString());
    db = server;
    cleanup = async () => {
      await server.close();
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bildungsregion-bench-'));
    const embedded = await PGliteDatabase.open(path.join(dir, 'pglite'));
    db = embedded;
    cleanup = async () => {
      await embedded.close();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  await migrate(db);
  return { db, cleanup };
}
