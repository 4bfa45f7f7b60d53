/**
 * Shared helpers for the xlsx parsers (the statistics importers and the regions module's Destatis
 * workbooks): build an importer detected by file name, load a workbook from bytes, read any
 * exceljs cell (number, string, rich text, hyperlink, formula result, date, error) uniformly, and
 * build errors that name the sheet, row and column.
 */
import ExcelJS from 'exceljs';
import { type CellValue, parseGermanDate, parseValueCell } from './cells.ts';
import { type Importer, type ImportFormat, ImportFormatError, type ObservationStream } from './types.ts';

export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;

/** What a cell holds once formulas, rich text, hyperlinks and merges are resolved. */
export type CellContent =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  /** Trimmed and never empty: cells holding only blanks count as empty. */
  | { kind: 'text'; text: string }
  | { kind: 'date'; date: Date }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; error: string };

const EMPTY: CellContent = { kind: 'empty' };

/**
 * An importer for xlsx files recognised by their name (`fileName` is tried on the name without
 * folders): `read` gets the loaded workbook and the file name. Bytes that are not an xlsx at all
 * are a layout complaint naming `label`, as with `loadWorkbook`.
 */
export function xlsxImporter(spec: {
  format: ImportFormat;
  label: string;
  fileName: RegExp;
  read(workbook: Workbook, fileName: string): ObservationStream;
}): Importer {
  return {
    format: spec.format,
    label: spec.label,
    detect(probe) {
      return probe.kind === 'xlsx' && spec.fileName.test(baseName(probe.fileName));
    },
    async open(source) {
      return spec.read(await loadWorkbook(source.bytes, spec.label), source.fileName);
    },
  };
}

/**
 * Loads a workbook. Bytes that are not an xlsx at all are a layout complaint (`expected`
 * starts with "Layout") so that the registry can move on to another importer.
 */
export async function loadWorkbook(bytes: Uint8Array, layoutLabel: string): Promise<Workbook> {
  return readWorkbook(bytes, `Layout ${layoutLabel}: eine lesbare xlsx-Arbeitsmappe`);
}

/**
 * Loads a workbook; bytes exceljs cannot read are an `ImportFormatError` with the given
 * `expected` (which should start with "Layout") and exceljs's complaint as `found`.
 */
export async function readWorkbook(bytes: Uint8Array, expected: string): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs wants a Node Buffer; this one shares the caller's memory instead of copying it.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new ImportFormatError({
      line: null,
      expected,
      found: error instanceof Error ? error.message : String(error),
    });
  }
  return workbook;
}

export interface ReadOptions {
  /**
   * Merged ranges repeat the master's value in every cell, which is what header rows need
   * ('master', the default). Value cells take 'empty' so a footnote merged across the value
   * columns is not read as a value in each of them.
   */
  merged?: 'master' | 'empty';
}

/** The content of a cell; cells beyond the used range are empty. */
export function readCell(
  sheet: Worksheet,
  row: number,
  column: number,
  options: ReadOptions = {},
): CellContent {
  const cell = sheet.findCell(row, column);
  if (!cell) return EMPTY;
  if (cell.isMerged && cell.master.address !== cell.address) {
    return options.merged === 'empty' ? EMPTY : contentOf(cell.master);
  }
  return contentOf(cell);
}

function contentOf(cell: ExcelJS.Cell): CellContent {
  const value = cell.value;
  if (isFormula(value)) {
    // `cell.value.result` drops falsy results (0, ''), `cell.result` keeps them.
    return valueContent(cell.result);
  }
  return valueContent(value);
}

function isFormula(value: unknown): value is { result?: unknown } {
  return (
    value !== null &&
    typeof value === 'object' &&
    !(value instanceof Date) &&
    ('formula' in value || 'sharedFormula' in value)
  );
}

/**
 * The content of a cell value as exceljs hands it out (`cell.value`), formulas by their result.
 * Cells are better read with `readCell`: `cell.value` has lost falsy formula results (0, '').
 */
export function valueContent(value: unknown): CellContent {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : EMPTY;
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'date', date: value };
  if (typeof value === 'object') {
    if ('error' in value && typeof value.error === 'string') return { kind: 'error', error: value.error };
    if (isFormula(value)) return valueContent(value.result);
  }
  const text = writtenText(value);
  return text === null ? EMPTY : textContent(text);
}

/**
 * The text of a string, rich-text or hyperlink value exactly as written, blanks included;
 * null for any other value.
 */
export function writtenText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return null;
  if ('richText' in value) return richText(value.richText);
  if ('text' in value) {
    // Hyperlinks: text is a string or rich text.
    const text = value.text;
    if (typeof text === 'string') return text;
    if (text !== null && typeof text === 'object' && 'richText' in text) return richText(text.richText);
  }
  return null;
}

function richText(runs: unknown): string {
  if (!Array.isArray(runs)) return '';
  return runs
    .map((run: unknown) => (run !== null && typeof run === 'object' && 'text' in run ? String(run.text) : ''))
    .join('');
}

function textContent(text: string): CellContent {
  const trimmed = text.trim();
  return trimmed === '' ? EMPTY : { kind: 'text', text: trimmed };
}

/**
 * A cell as text: numbers as JavaScript writes them, dates as ISO dates, errors as `#N/A`;
 * '' for empty cells.
 */
export function cellText(sheet: Worksheet, row: number, column: number, options: ReadOptions = {}): string {
  return contentText(readCell(sheet, row, column, options));
}

/** A cell's number (a formula's numeric result included), or null: numbers written as text are text. */
export function cellNumber(sheet: Worksheet, row: number, column: number): number | null {
  const content = readCell(sheet, row, column);
  return content.kind === 'number' ? content.value : null;
}

export function contentText(content: CellContent): string {
  switch (content.kind) {
    case 'empty':
      return '';
    case 'number':
      return String(content.value);
    case 'text':
      return content.text;
    case 'date':
      return isoDate(content.date);
    case 'boolean':
      return content.value ? 'WAHR' : 'FALSCH';
    case 'error':
      return content.error;
  }
}

/** Header text for matching: blanks and line breaks collapsed, words hyphenated at a line break joined. */
export function normalizeLabel(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/\s+/g, ' ')
      // "Ausbildungs- abschluss", "Regelalters-grenze" → one word; "Fach- und Führungskräfte" stays.
      .replace(/(\p{Ll})-\s*(?!(?:und|oder|bzw|sowie)\b)(\p{Ll})/gu, '$1$2')
      .trim()
  );
}

/** Lowercase ASCII snake case: umlauts ae/oe/ue, ß ss, everything else non-alphanumeric `_`. */
export function slug(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The cell's value as published, or 'empty', or 'excel-error' (`#N/A` and friends). */
export type ValueRead = CellValue | 'empty' | 'excel-error';

/**
 * Reads a value cell: numbers as they are, strings through `parseValueCell` (German numbers
 * and markers). Anything else is an `ImportFormatError` naming sheet, row and column.
 */
export function readValue(sheet: Worksheet, row: number, column: number): ValueRead {
  const content = readCell(sheet, row, column, { merged: 'empty' });
  switch (content.kind) {
    case 'empty':
      return 'empty';
    case 'number':
      return { value: content.value, flag: null };
    case 'error':
      return 'excel-error';
    case 'text': {
      const parsed = parseValueCell(content.text);
      if (parsed) return parsed;
      throw cellError(sheet.name, row, column, VALUE_EXPECTED, content.text);
    }
    default:
      throw cellError(sheet.name, row, column, VALUE_EXPECTED, contentText(content));
  }
}

export const VALUE_EXPECTED = 'eine Zahl oder ein Zeichen für einen fehlenden Wert (-, ., x, /, *)';

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * An error about one place in a workbook. `expected` carries the sheet name (the import
 * service may build its own message from the fields); the message reads
 * `Blatt "Fachkräfte", Zeile 14, Spalte B: erwartet eine Zahl …, gefunden: "abc"`.
 */
export function cellError(
  sheet: string | null,
  row: number | null,
  column: number | null,
  expected: string,
  found?: string | null,
): ImportFormatError {
  const error = new ImportFormatError({
    line: row,
    column,
    expected: sheet === null ? expected : `${expected} (Blatt "${sheet}")`,
    found: found ?? null,
  });
  const where = [
    sheet === null ? null : `Blatt "${sheet}"`,
    row === null ? null : `Zeile ${row}`,
    column === null ? null : `Spalte ${columnLetter(column)}`,
  ].filter((part) => part !== null);
  const shown = found === undefined || found === null ? '' : `, gefunden: ${JSON.stringify(shorten(found))}`;
  error.message = `${where.length > 0 ? `${where.join(', ')}: ` : ''}erwartet ${expected}${shown}`;
  return error;
}

/** `cellError` about a cell that holds something other than `expected`, showing the cell's text. */
export function unexpectedCell(
  sheet: Worksheet,
  row: number,
  column: number,
  expected: string,
): ImportFormatError {
  return cellError(sheet.name, row, column, expected, cellText(sheet, row, column));
}

/**
 * A complaint that the workbook is not of this importer's layout; `expected` starts with
 * "Layout" so that the registry tries the next xlsx importer.
 */
export function layoutError(
  layoutLabel: string,
  sheet: string | null,
  row: number | null,
  what: string,
  found?: string | null,
  column: number | null = null,
): ImportFormatError {
  return cellError(sheet, row, column, `Layout ${layoutLabel}: ${what}`, found);
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** The first row in [from, to] for which `test` holds, or null. */
export function findRow(
  sheet: Worksheet,
  test: (row: number) => boolean,
  from = 1,
  to = sheet.rowCount,
): number | null {
  for (let row = from; row <= to; row++) {
    if (test(row)) return row;
  }
  return null;
}

/** The texts of a row by column (1-based), empty cells left out. */
export function rowTexts(sheet: Worksheet, row: number, lastColumn = sheet.columnCount): Map<number, string> {
  const texts = new Map<number, string>();
  for (let column = 1; column <= lastColumn; column++) {
    const text = cellText(sheet, row, column);
    if (text !== '') texts.set(column, text);
  }
  return texts;
}

/** Worksheet by name, ignoring case, blanks and Unicode normalisation (macOS writes NFD). */
export function sheetByName(workbook: Workbook, name: string): Worksheet | null {
  const wanted = sheetKey(name);
  return workbook.worksheets.find((sheet) => sheetKey(sheet.name) === wanted) ?? null;
}

export function sheetKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Label/value blocks as on the BA Impressum sheets: a label ending in ':' in column A, its
 * value in the first other non-empty cell of the row, continuation lines below with column A
 * empty. Labels are returned without the colon and with blanks collapsed.
 */
export function readLabelledValues(sheet: Worksheet): Map<string, string[]> {
  const values = new Map<string, string[]>();
  let current: string[] | null = null;
  for (let row = 1; row <= sheet.rowCount; row++) {
    const label = cellText(sheet, row, 1).replace(/\s+/g, ' ');
    if (label !== '') {
      if (!label.endsWith(':')) {
        current = null;
        continue;
      }
      current = [];
      values.set(label.slice(0, -1).trim(), current);
    }
    if (!current) continue;
    for (let column = 2; column <= Math.max(sheet.columnCount, 2); column++) {
      const text = cellText(sheet, row, column);
      // A label merged across A:B repeats itself in B.
      if (text !== '' && text.replace(/\s+/g, ' ') !== label) {
        current.push(text);
        break;
      }
    }
  }
  return values;
}

/** German month names (and the Austrian `Jänner`) → two-digit month. */
export const GERMAN_MONTHS: Readonly<Record<string, string>> = {
  januar: '01',
  jänner: '01',
  februar: '02',
  märz: '03',
  april: '04',
  mai: '05',
  juni: '06',
  juli: '07',
  august: '08',
  september: '09',
  oktober: '10',
  november: '11',
  dezember: '12',
};

/** `31.12.2019`, `2019-12-31` or `31. Dezember 2019` → `2019-12-31`; null otherwise. */
export function parseDateText(text: string): string | null {
  const trimmed = text.trim();
  const short = parseGermanDate(trimmed);
  if (short) return short;
  const long = /^(\d{1,2})\.\s*([A-Za-zäÄ]+)\s+(\d{4})$/.exec(trimmed);
  if (!long) return null;
  const month = GERMAN_MONTHS[long[2]!.toLowerCase()];
  return month ? `${long[3]}-${month}-${long[1]!.padStart(2, '0')}` : null;
}

/** A date cell or a date written as text, as ISO date. */
export function contentDate(content: CellContent): string | null {
  if (content.kind === 'date') return isoDate(content.date);
  if (content.kind === 'text') return parseDateText(content.text);
  return null;
}

/** exceljs reads dates as UTC midnight; the UTC calendar day is the one written in the file. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The file name without folders. */
export function baseName(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? fileName).normalize('NFC');
}

/**
 * Lines of text as laid out on an Impressum sheet: a line that ends mid-sentence continues on
 * the next (a word hyphenated at the break is joined), a finished sentence starts a new line.
 */
export function joinWrappedLines(lines: string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    if (text === '') text = line;
    else if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(line)) text = `${text.slice(0, -1)}${line}`;
    else if (/[.!?:)]$/.test(text) || !/^\p{Ll}/u.test(line)) text = `${text}\n${line}`;
    else text = `${text} ${line}`;
  }
  return text;
}
