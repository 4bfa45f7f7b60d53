import {
  ImportFormatError,
  type ObservationRecord,
  type ObservationStream,
  type TableMetadata,
} from './types.ts';

/**
 * Helpers shared by the importer tests: reading a stream to its end, encoding hand-made files,
 * catching the format error a parse ends with, and a compact view of a record.
 */

/** The records of a stream and the metadata it returns at the end. */
export function drain(stream: ObservationStream): { records: ObservationRecord[]; metadata: TableMetadata } {
  const records: ObservationRecord[] = [];
  let step = stream.next();
  while (!step.done) {
    records.push(step.value);
    step = stream.next();
  }
  return { records, metadata: step.value };
}

/** Official downloads are Windows-1252; latin1 covers every character used here. */
export const cp1252 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
export const utf8 = (text: string) => new TextEncoder().encode(text);

/** The `ImportFormatError` a parse fails with; other errors pass through, success is a failure. */
export async function formatError(parsing: Promise<unknown>): Promise<ImportFormatError> {
  try {
    await parsing;
  } catch (error) {
    if (error instanceof ImportFormatError) return error;
    throw error;
  }
  throw new Error('no error raised');
}

/** A record as `[region, period, measure, dims, value, flag]`. */
export const short = (record: ObservationRecord) => [
  record.region,
  record.period,
  record.measure,
  record.dims,
  record.value,
  record.flag,
];
