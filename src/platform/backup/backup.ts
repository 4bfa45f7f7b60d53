import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { Database, Queryable } from '../db/database.ts';
import { AppError } from '../errors.ts';

/**
 * Backups that work the same on PGlite and PostgreSQL: a gzip'd text file. Line 1 is a JSON
 * header (format, version, the applied migrations, the tables and their columns); then for each
 * table a line `@table NAME`, its rows in PostgreSQL's text COPY format (one row per line) and a
 * line `\.`. A restore loads the file into a database at the same migration state, in one
 * transaction: either the whole backup is there afterwards or nothing changed.
 */
export const BACKUP_FORMAT = 'bildungsregion-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  database: 'pglite' | 'postgres';
  migrations: string[];
  tables: { name: string; columns: string[] }[];
}

export interface BackupSummary {
  file: string;
  tables: number;
  rows: number;
}

interface TableInfo {
  name: string;
  columns: string[];
}

/** The product's tables in an order that loads parents before children. */
async function listTables(db: Queryable): Promise<TableInfo[]> {
  const columns = await db.query<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> 'schema_migrations'
       AND c.is_generated = 'NEVER'
     ORDER BY c.table_name, c.ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const row of columns.rows) {
    const list = byTable.get(row.table_name) ?? [];
    list.push(row.column_name);
    byTable.set(row.table_name, list);
  }
  const references = await db.query<{ child: string; parent: string }>(
    `SELECT DISTINCT c.relname AS child, p.relname AS parent FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND c.relname <> p.relname`,
  );
  const parents = new Map<string, Set<string>>();
  for (const { child, parent } of references.rows) {
    const set = parents.get(child) ?? new Set();
    set.add(parent);
    parents.set(child, set);
  }
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  const visit = (name: string, path: string[]) => {
    if (done.has(name) || path.includes(name)) return;
    for (const parent of parents.get(name) ?? []) if (byTable.has(parent)) visit(parent, [...path, name]);
    done.add(name);
    ordered.push({ name, columns: byTable.get(name) ?? [] });
  };
  for (const name of [...byTable.keys()].sort()) visit(name, []);
  return ordered;
}

async function appliedMigrations(db: Queryable): Promise<string[]> {
  return (await db.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id')).rows.map(
    (row) => row.id,
  );
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Writes a consistent snapshot of every table to `file` (written aside, then renamed). */
export async function backup(db: Database, file: string): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  try {
    const summary = await db.read(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const tables = await listTables(tx);
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        database: db.kind,
        migrations: await appliedMigrations(tx),
        tables,
      };
      let rows = 0;
      async function* content(): AsyncGenerator<Uint8Array | string> {
        yield `${JSON.stringify(header)}\n`;
        for (const table of tables) {
          yield `@table ${table.name}\n`;
          let last = 10;
          for await (const slice of tx.copyTo(quote(table.name), table.columns.map(quote))) {
            const bytes = typeof slice === 'string' ? Buffer.from(slice) : slice;
            for (const byte of bytes) if (byte === 10) rows++;
            if (bytes.length > 0) last = bytes[bytes.length - 1] as number;
            yield bytes;
          }
          yield last === 10 ? '\\.\n' : '\n\\.\n';
        }
      }
      await pipeline(Readable.from(content()), createGzip(), createWriteStream(partial, { mode: 0o600 }));
      return { tables: tables.length, rows };
    });
    await rename(partial, file);
    return { file, ...summary };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

function badFile(file: string, what: string): AppError {
  return new AppError('validation', {
    message: `${file}: not a backup (${what})`,
    userMessage: `${file}: keine gültige Sicherung der Bildungsregion (${what}).`,
  });
}

/**
 * Replaces the whole content of `db` with the backup's. The database must be at the backup's
 * migration state (same product version); the audit triggers stay silent during the load and the
 * old audit log is replaced by the backup's.
 */
export async function restore(db: Database, file: string): Promise<BackupSummary> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  let lineNumber = 0;
  const next = async (): Promise<string | null> => {
    const result = await iterator.next();
    if (result.done) return null;
    lineNumber++;
    return result.value;
  };
  try {
    let header: BackupHeader;
    try {
      header = JSON.parse((await next()) ?? '') as BackupHeader;
    } catch {
      throw badFile(file, 'Kopfzeile fehlt oder ist kein JSON');
    }
    if (header.format !== BACKUP_FORMAT) throw badFile(file, 'unbekanntes Format');
    if (header.version !== BACKUP_VERSION) throw badFile(file, `Formatversion ${header.version} unbekannt`);
    return await db.write(async (tx) => {
      await tx.query(`SELECT set_config('bildungsregion.restore', 'on', true)`);
      const migrations = await appliedMigrations(tx);
      if (migrations.join(',') !== header.migrations.join(',')) {
        throw new AppError('validation', {
          message: `migration state differs: backup ${header.migrations.join(',')} vs ${migrations.join(',')}`,
          userMessage: `${file}: Die Sicherung stammt von einem anderen Datenbankstand (Migrationen ${header.migrations.at(-1) ?? '–'}, diese Datenbank ${migrations.at(-1) ?? '–'}). Stellen Sie sie mit derselben Version der Bildungsregion wieder her, mit der sie erstellt wurde.`,
        });
      }
      const tables = await listTables(tx);
      const known = new Map(tables.map((table) => [table.name, table]));
      for (const table of header.tables) {
        const current = known.get(table.name);
        if (!current || current.columns.join(',') !== table.columns.join(',')) {
          throw badFile(file, `Tabelle ${table.name} passt nicht zu dieser Datenbank`);
        }
      }
      await tx.query(
        `TRUNCATE ${tables.map((table) => quote(table.name)).join(', ')} RESTART IDENTITY CASCADE`,
      );
      // Load in the order of this database (parents first), whatever order the file has.
      const sections = new Map<string, string>();
      let rows = 0;
      for (;;) {
        const line = await next();
        if (line === null) break;
        if (line === '') continue;
        const match = /^@table (\w+)$/.exec(line);
        if (!match) throw badFile(file, `Zeile ${lineNumber}: Abschnitt „@table …“ erwartet`);
        const name = match[1] as string;
        if (!known.has(name)) throw badFile(file, `Zeile ${lineNumber}: unbekannte Tabelle ${name}`);
        const parts: string[] = [];
        for (;;) {
          const row = await next();
          if (row === null)
            throw badFile(file, `Tabelle ${name} endet nicht mit „\\.“ (Datei abgeschnitten?)`);
          if (row === '\\.') break;
          parts.push(row);
          rows++;
        }
        sections.set(name, parts.length > 0 ? `${parts.join('\n')}\n` : '');
      }
      for (const table of tables) {
        const text = sections.get(table.name);
        if (text === undefined) throw badFile(file, `Tabelle ${table.name} fehlt`);
        if (text.length > 0) await tx.copyFrom(quote(table.name), table.columns.map(quote), text);
      }
      await resetSequences(tx);
      return { file, tables: tables.length, rows };
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'Z_DATA_ERROR') throw badFile(file, 'keine gzip-Datei');
    throw error;
  } finally {
    lines.close();
  }
}

/** After loading, each serial/identity sequence continues after the largest loaded value. */
async function resetSequences(tx: Queryable): Promise<void> {
  const sequences = await tx.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND (column_default LIKE 'nextval(%' OR is_identity = 'YES')`,
  );
  for (const { table_name, column_name } of sequences.rows) {
    await tx.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${quote(column_name)}) FROM ${quote(table_name)}), 0) + 1, false)`,
      [table_name, column_name],
    );
  }
}
