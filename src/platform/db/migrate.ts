import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from './database.ts';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'migrations');

export interface Migration {
  id: string;
  sql: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({ id: file.replace(/\.sql$/, ''), sql: readFileSync(path.join(dir, file), 'utf8') }));
}

/**
 * Applies the pending migrations, each in its own transaction. On a server, an advisory lock
 * keeps two app nodes that start together from applying the same migration twice.
 */
export async function migrate(db: Database, migrations = listMigrations()): Promise<string[]> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.write(async (tx) => {
      if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(724611)');
      const existing = await tx.query('SELECT 1 FROM schema_migrations WHERE id = $1', [migration.id]);
      if (existing.rows.length > 0) return false;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
      return true;
    });
    if (done) applied.push(migration.id);
  }
  return applied;
}

/**
 * Splits a migration file at semicolons that end a line. A dollar-quoted body (`$$ … $$`, the
 * body of a PL/pgSQL function) stays whole, whatever semicolons it holds.
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let quoted = false;
  for (const line of sql.split('\n')) {
    if (!quoted && /^\s*--/.test(line)) continue;
    current += `${line}\n`;
    quoted = (line.match(/\$\$/g)?.length ?? 0) % 2 === 1 ? !quoted : quoted;
    if (!quoted && /;\s*$/.test(line)) {
      statements.push(current.trim().replace(/;$/, '').trim());
      current = '';
    }
  }
  statements.push(current.trim());
  return statements.filter((statement) => statement.length > 0);
}
