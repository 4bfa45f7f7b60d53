import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFromStream, to as copyToStream } from 'pg-copy-streams';
import { actorStatement } from '../context.ts';
import type { Database, QueryResult, ReadTransaction, WriteTransaction } from './database.ts';

// Keep bigint counts and numerics as JavaScript numbers; dates stay text (the SQL casts them).
pg.types.setTypeParser(20, (value) => Number(value));
pg.types.setTypeParser(1700, (value) => Number(value));
pg.types.setTypeParser(1082, (value) => value);

type Client = pg.PoolClient | pg.Pool;

function wrap(client: Client) {
  return async <Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> => {
    const result = await client.query(sql, params as unknown[]);
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
  };
}

export class PostgresDatabase implements Database {
  readonly kind = 'postgres' as const;
  readonly location: string;
  private readonly pool: pg.Pool;

  constructor(connectionString: string) {
    this.pool = new pg.Pool({ connectionString, max: 10 });
    // An idle connection that the server ends (restart, admin command) must not crash the
    // process: the pool drops it and opens a new one on the next query.
    this.pool.on('error', (error) => {
      process.emitWarning(`PostgreSQL-Verbindung beendet: ${error.message}`);
    });
    this.location = redact(connectionString);
  }

  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>> {
    return wrap(this.pool)<Row>(sql, params);
  }

  private async transaction<T>(begin: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query(begin);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    return this.transaction('BEGIN', async (client) => {
      const actor = actorStatement();
      if (actor) await client.query(actor.sql, actor.params);
      return work({
        mode: 'read-write',
        query: wrap(client),
        copyFrom: async (table, columns, text) => {
          const stream = client.query(copyFromStream(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
          const slices = typeof text === 'string' ? sliced(text) : text;
          await pipeline(slices, stream as unknown as Writable);
        },
      });
    });
  }

  read<T>(work: (tx: ReadTransaction) => Promise<T>): Promise<T> {
    return this.transaction('BEGIN READ ONLY', (client) =>
      work({
        mode: 'read-only',
        query: wrap(client),
        copyTo: (table, columns) =>
          client.query(
            copyToStream(`COPY ${table} (${columns.join(', ')}) TO STDOUT`),
          ) as AsyncIterable<Uint8Array>,
      }),
    );
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** A large text goes over in slices, not as one giant Buffer copy. */
async function* sliced(text: string): AsyncGenerator<string> {
  for (let offset = 0; offset < text.length; offset += 1 << 20) yield text.slice(offset, offset + (1 << 20));
}

function redact(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres';
  }
}
