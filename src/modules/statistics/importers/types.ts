/**
 * The contract between the pure file parsers and the import service.
 *
 * A parser turns the bytes of one official file into a stream of observations in long form
 * plus the table's metadata. It does no I/O: the import service owns files, transactions and
 * the database. Observations are yielded one by one so that a million-row file never has to
 * sit in memory as objects; the metadata is the generator's return value because some
 * formats only reveal it at the end (the `Stand:` line of a GENESIS table comes last).
 */

/** GENESIS / BA special values, stored as typed flags and never as 0 or NaN. */
export const QUALITY_FLAGS = {
  '-': 'nichts vorhanden / genau null (bei aufgelösten Kreisen: nicht zutreffend)',
  '0': 'weniger als die Hälfte von 1 in der letzten besetzten Stelle, jedoch mehr als nichts',
  '.': 'Zahlenwert unbekannt oder geheim zu halten',
  '...': 'Angabe fällt später an',
  '/': 'keine Angabe, da Zahlenwert nicht sicher genug',
  x: 'Tabellenfach gesperrt, weil Aussage nicht sinnvoll',
  '()': 'Aussagewert eingeschränkt',
  '*': 'anonymisiert (Statistik der Bundesagentur für Arbeit)',
  p: 'vorläufig',
  r: 'berichtigt',
  s: 'geschätzt',
  e: 'endgültig',
} as const;

export type QualityFlag = keyof typeof QUALITY_FLAGS;

export type SourceSystem = 'regionalstatistik' | 'genesis-online' | 'ba' | 'destatis' | 'own';

export type ImportFormat =
  | 'genesis-table-csv'
  | 'genesis-flat-csv'
  | 'genesis-ffcsv'
  | 'genesis-json'
  | 'genesis-xlsx'
  | 'ba-engpass-xlsx'
  | 'ba-occupations-xlsx'
  | 'gemeindeverzeichnis-xlsx'
  | 'generic-long-csv'
  | 'bildungsregion-extract';

/** One value of an official table in long form. */
export interface ObservationRecord {
  /** AGS-style key: `DG` for Germany, 2 digits Land, 3 Regierungsbezirk, 5 Kreis, 8 Gemeinde, 9 Gemeindeverband (ARS). */
  region: string;
  /** `YYYY` for years and school years, `YYYY-MM-DD` for reference dates (Stichtage). */
  period: string;
  /** Code of the measure (GENESIS value variable such as `BEVSTD`, or a derived code). */
  measure: string;
  /** Dimension code → attribute code. Totals ("Insgesamt", empty code) are omitted. */
  dims: Record<string, string>;
  /** The number as published, or null when the cell carries only a marker. */
  value: number | null;
  /** The GENESIS / BA marker of the cell, or null. */
  flag: QualityFlag | null;
  /** 1-based line (CSV) or row (xlsx) of the source, for error messages. */
  line: number;
}

export interface MeasureInfo {
  code: string;
  label: string;
  unit: string | null;
}

export interface DimensionInfo {
  code: string;
  label: string;
  attributes: { code: string; label: string }[];
}

export interface TableMetadata {
  source: SourceSystem;
  /** Full table code as published, e.g. `21111-02-06-4`, `12411-0018`. */
  tableCode: string;
  title: string;
  publisher: string;
  /** Licence or terms of use as stated in the file (or the publisher's standard terms). */
  licence: string;
  /** "Stand" of the table as ISO date (`YYYY-MM-DD`), or null when the file does not say. */
  vintage: string | null;
  measures: MeasureInfo[];
  dimensions: DimensionInfo[];
  /** Names the file gives to the region keys it uses (unindented), for unknown-key reports. */
  regionNames: Record<string, string>;
  /** Anything the user should know, e.g. rows skipped because they are sums of others. */
  notes: string[];
}

export type ObservationStream = Generator<ObservationRecord, TableMetadata, void>;

export interface ImportSource {
  fileName: string;
  bytes: Uint8Array;
}

/** What detection sees of a file: its name, its first bytes and, if it is text, its first lines. */
export interface FileProbe {
  fileName: string;
  head: Uint8Array;
  /** First lines decoded (UTF-8 or Windows-1252), BOM stripped; empty for binary files. */
  lines: string[];
  kind: 'text' | 'xlsx' | 'zip' | 'binary';
}

export interface Importer {
  format: ImportFormat;
  /** German name of the layout, shown in summaries and errors. */
  label: string;
  /** Cheap check on the probe; at most one importer should answer true for a real file. */
  detect(probe: FileProbe): boolean;
  /** Parses the file. Async because some layouts (xlsx) must be unpacked first. */
  open(source: ImportSource): Promise<ObservationStream>;
}

/**
 * A parser's complaint about its input. The import service adds the file name; line and
 * column are 1-based and point at the offending cell where there is one.
 */
export class ImportFormatError extends Error {
  readonly line: number | null;
  readonly column: number | null;
  readonly expected: string;
  readonly found: string | null;

  constructor(options: {
    line: number | null;
    column?: number | null;
    expected: string;
    found?: string | null;
  }) {
    const where =
      options.line === null
        ? ''
        : `Zeile ${options.line}${options.column ? `, Spalte ${options.column}` : ''}: `;
    const found =
      options.found === undefined || options.found === null
        ? ''
        : `, gefunden: ${JSON.stringify(truncate(options.found))}`;
    super(`${where}erwartet ${options.expected}${found}`);
    this.name = 'ImportFormatError';
    this.line = options.line;
    this.column = options.column ?? null;
    this.expected = options.expected;
    this.found = options.found ?? null;
  }
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
