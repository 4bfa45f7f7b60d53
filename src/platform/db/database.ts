/**
 * The one database interface of the product. Two drivers implement it: PGlite (embedded,
 * PostgreSQL 18 in WASM) and node-postgres (a PostgreSQL server). Only SQL that both accept
 * is written against it; the test suite runs on both.
 */
export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>>;
}

/** Inside a read-write transaction: also bulk loads through COPY. */
export interface WriteTransaction extends Queryable {
  readonly mode: 'read-write';
  /**
   * Loads rows in PostgreSQL's text COPY format (tab-separated, `\N` for null, escaped). Given
   * slices, a server driver sends each as it arrives, so the server works while the next is made.
   */
  copyFrom(table: string, columns: readonly string[], text: string | AsyncIterable<string>): Promise<void>;
}

export interface ReadTransaction extends Queryable {
  readonly mode: 'read-only';
  /** The rows of `table` in PostgreSQL's text COPY format, in slices (backups). */
  copyTo(table: string, columns: readonly string[]): AsyncIterable<Uint8Array>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Where the data lives, for messages (a directory or a connection string without password). */
  readonly location: string;
  write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T>;
  read<T>(work: (tx: ReadTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Escapes one value for the text COPY format. */
export function copyField(value: string | number | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '\\N';
  return value.replace(/[\\\t\n\r]/g, (char) =>
    char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r',
  );
}
