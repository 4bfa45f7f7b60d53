import { gunzipSync, gzipSync } from 'fflate';
import {
  type Importer,
  ImportFormatError,
  type ObservationRecord,
  type TableMetadata,
} from '../statistics/importers/types.ts';

/**
 * The product's own compact extract of an official table: gzip'd JSON lines, a header with the
 * table's full provenance (source, publisher, licence, vintage, original file and hash), then
 * one array per value `[region, period, measure, dims, value, flag]`. Made by
 * `bildungsregion demo export`; read back through the ordinary import path.
 */
export const EXTRACT_FORMAT = 'bildungsregion-extract';
export const EXTRACT_SUFFIX = '.extract.jsonl.gz';

export interface ExtractHeader {
  format: typeof EXTRACT_FORMAT;
  version: 1;
  table: TableMetadata;
  origin: { fileName: string; fileHash: string; format: string };
  selection: string;
  exportedAt: string;
}

type ExtractRow = [string, string, string, Record<string, string>, number | null, string | null];

export function writeExtract(header: ExtractHeader, rows: Iterable<ExtractRow>): Uint8Array {
  const lines = [JSON.stringify(header)];
  for (const row of rows) lines.push(JSON.stringify(row));
  return gzipSync(new TextEncoder().encode(`${lines.join('\n')}\n`), { level: 9, mtime: 0 });
}

export function readExtractHeader(bytes: Uint8Array): ExtractHeader {
  const text = new TextDecoder().decode(gunzipSync(bytes));
  return parseHeader(text.slice(0, text.indexOf('\n')));
}

function parseHeader(line: string): ExtractHeader {
  let header: unknown;
  try {
    header = JSON.parse(line);
  } catch {
    throw new ImportFormatError({
      line: 1,
      expected: 'Layout: Kopfzeile eines Bildungsregion-Auszugs (JSON)',
      found: line,
    });
  }
  if (
    typeof header !== 'object' ||
    header === null ||
    (header as { format?: unknown }).format !== EXTRACT_FORMAT
  ) {
    throw new ImportFormatError({
      line: 1,
      expected: `Layout: Kopfzeile mit "format": "${EXTRACT_FORMAT}"`,
      found: line,
    });
  }
  return header as ExtractHeader;
}

export const extractImporter: Importer = {
  format: 'bildungsregion-extract',
  label: 'Auszug im Bildungsregion-Format (.extract.jsonl.gz)',
  detect: (probe) =>
    probe.fileName.endsWith(EXTRACT_SUFFIX) || (probe.head[0] === 0x1f && probe.head[1] === 0x8b),
  async open(source) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(gunzipSync(source.bytes));
    } catch {
      throw new ImportFormatError({ line: null, expected: 'ein gzip-komprimierter Bildungsregion-Auszug' });
    }
    return parseExtract(text);
  },
};

function* parseExtract(text: string): Generator<ObservationRecord, TableMetadata, void> {
  let start = 0;
  let line = 0;
  let header: ExtractHeader | null = null;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const content = text.slice(start, end);
    start = end + 1;
    line++;
    if (content === '') continue;
    if (!header) {
      header = parseHeader(content);
      continue;
    }
    let row: unknown;
    try {
      row = JSON.parse(content);
    } catch {
      throw new ImportFormatError({
        line,
        expected: 'eine Wertezeile [Region, Zeitraum, Merkmal, Ausprägungen, Wert, Zeichen]',
        found: content,
      });
    }
    if (!Array.isArray(row) || row.length !== 6) {
      throw new ImportFormatError({ line, expected: 'eine Wertezeile mit 6 Feldern', found: content });
    }
    const [region, period, measure, dims, value, flag] = row as ExtractRow;
    yield { region, period, measure, dims, value, flag: flag as ObservationRecord['flag'], line };
  }
  if (!header)
    throw new ImportFormatError({ line: 1, expected: 'Layout: Kopfzeile eines Bildungsregion-Auszugs' });
  return {
    ...header.table,
    notes: [
      ...header.table.notes,
      `Auszug (${header.selection}) aus ${header.origin.fileName}, SHA-256 ${header.origin.fileHash.slice(0, 12)}…, erstellt ${header.exportedAt.slice(0, 10)}.`,
    ],
  };
}
