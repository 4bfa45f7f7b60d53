import { PGlite, type Transaction } from '@electric-sql/pglite';
import { actorStatement } from '../context.ts';
import type { Database, QueryResult, ReadTransaction, WriteTransaction } from './database.ts';

type PGliteQueryable = Pick<PGlite, 'query'> | Transaction;

function wrap(target: PGliteQueryable) {
  return async <Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> => {
    const result = await target.query<Row>(sql, params as unknown[]);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  };
}

export class PGliteDatabase implements Database {
  readonly kind = 'pglite' as const;
  readonly location: string;
  private readonly db: PGlite;

  private constructor(db: PGlite, location: string) {
    this.db = db;
    this.location = location;
  }

  /** `dataDir` null means in memory; `loadDataDir` starts from a dump (used by tests). */
  static async open(dataDir: string | null, loadDataDir?: Blob): Promise<PGliteDatabase> {
    const db = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(loadDataDir ? { loadDataDir } : {}),
    });
    return new PGliteDatabase(db, dataDir ?? 'memory://');
  }

  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>> {
    return wrap(this.db)<Row>(sql, params);
  }

  write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      const actor = actorStatement();
      if (actor) await tx.query(actor.sql, actor.params);
      return work({
        mode: 'read-write',
        query: wrap(tx),
        copyFrom: async (table, columns, text) => {
          // PGlite runs in this thread: nothing to overlap, so gather the slices into one blob.
          const parts: string[] = [];
          if (typeof text === 'string') parts.push(text);
          else for await (const slice of text) parts.push(slice);
          await tx.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`, [], {
            blob: new Blob(parts),
          });
        },
      });
    });
  }

  read<T>(work: (tx: ReadTransaction) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      await tx.query('SET TRANSACTION READ ONLY');
      return work({
        mode: 'read-only',
        query: wrap(tx),
        copyTo: async function* (table, columns) {
          const result = await tx.query(`COPY ${table} (${columns.join(', ')}) TO '/dev/blob'`);
          if (result.blob) yield new Uint8Array(await result.blob.arrayBuffer());
        },
      });
    });
  }

  /** A gzip'd dump of the data directory (test templates, backups). */
  async dump(): Promise<Blob> {
    return this.db.dumpDataDir('gzip');
  }

  async close(): Promise<void> {
    if (!this.db.closed) await this.db.close();
  }
}
