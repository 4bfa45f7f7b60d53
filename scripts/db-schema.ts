/**
 * Keeps the documented schema and the migrations in agreement: applies all migrations to a
 * fresh database and compares the resulting tables, columns, indexes and views with the
 * committed snapshot `migrations/schema.snapshot.txt`. With --check it fails on any difference
 * (CI); without, it rewrites the snapshot. Runs on PGlite and, when TEST_DATABASE_URL is set,
 * on PostgreSQL too: both must produce the same schema.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Database } from '../src/platform/db/database.ts';
import { MIGRATIONS_DIR, migrate } from '../src/platform/db/migrate.ts';
import { PGliteDatabase } from '../src/platform/db/pglite.ts';
import { PostgresDatabase } from '../src/platform/db/postgres.ts';

const SNAPSHOT = path.join(MIGRATIONS_DIR, 'schema.snapshot.txt');

async function describeSchema(db: Database): Promise<string> {
  const columns = await db.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    is_nullable: string;
    column_default: string | null;
  }>(
    `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
     WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
  );
  const indexes = await db.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`,
  );
  const views = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.views WHERE table_schema = 'public' ORDER BY table_name`,
  );
  const lines: string[] = [];
  let table = '';
  for (const column of columns.rows) {
    if (column.table_name !== table) {
      table = column.table_name;
      lines.push('', `table ${table}`);
    }
    const nullable = column.is_nullable === 'YES' ? '' : ' not null';
    const fallback = column.column_default
      ? ` default ${column.column_default.replace(/::[a-z ]+$/, '')}`
      : '';
    lines.push(`  ${column.column_name} ${column.data_type}${nullable}${fallback}`);
  }
  lines.push('');
  for (const index of indexes.rows) lines.push(`index ${index.indexdef.replace(/ public\./g, ' ')}`);
  lines.push('');
  for (const view of views.rows) lines.push(`view ${view.table_name}`);
  return `${lines.join('\n').trim()}\n`;
}

async function withFreshPostgres<T>(url: string, work: (db: Database) => Promise<T>): Promise<T> {
  const name = `bildungsregion_schema_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = new PostgresDatabase(target.toString());
  try {
    return await work(db);
  } finally {
    await db.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  }
}

const check = process.argv.includes('--check');
const pglite = await PGliteDatabase.open(null);
await migrate(pglite);
const fromPGlite = await describeSchema(pglite);
await pglite.close();

let failed = false;
const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (url) {
  const fromPostgres = await withFreshPostgres(url, async (db) => {
    await migrate(db);
    return describeSchema(db);
  });
  if (fromPostgres !== fromPGlite) {
    process.stderr.write('Schema auf PostgreSQL weicht vom Schema auf PGlite ab.\n');
    failed = true;
  }
}

if (check) {
  const committed = readFileSync(SNAPSHOT, 'utf8');
  if (committed !== fromPGlite) {
    process.stderr.write(
      `${SNAPSHOT} stimmt nicht mit den Migrationen überein. Neu erzeugen mit: npm run db:schema\n`,
    );
    failed = true;
  } else {
    process.stdout.write('Schema und Migrationen stimmen überein.\n');
  }
} else {
  writeFileSync(SNAPSHOT, fromPGlite);
  process.stdout.write(`${SNAPSHOT} geschrieben.\n`);
}
process.exit(failed ? 1 : 0);
