/**
 * A streaming reader for `;`-separated official CSV files. It works on decoded text chunks
 * (see `decodeChunks`) so that a file of a million rows never exists as one array of lines.
 * Quoting follows RFC 4180 as GENESIS writes it: a field that starts with `"` runs to the next
 * lone `"`, `""` inside is a quote, and line breaks inside belong to the field (footnote blocks).
 */
import type { CellValue } from './cells.ts';
import { ImportFormatError, QUALITY_FLAGS, type QualityFlag } from './types.ts';

export interface CsvRecord {
  fields: string[];
  /** 1-based line on which the record starts. */
  line: number;
}

export interface CsvOptions {
  /** One character, `;` unless told otherwise. */
  separator?: string;
  /** Line number of the first line of the first chunk (when a caller has consumed a preamble). */
  firstLine?: number;
}

/** A quoted field that runs on longer than this is a stray quote, not a footnote. */
const MAX_QUOTED_CHARS = 8 * 1024 * 1024;

export function* readCsvRecords(
  chunks: Iterable<string>,
  options: CsvOptions = {},
): Generator<CsvRecord, void, void> {
  for (const row of readCsvRows(chunks, options)) yield { fields: row.fields(), line: row.line };
}

/**
 * One record of a CSV file, reused for every record of a file (do not keep it). Fields are cut
 * out of the decoded text only when asked for: flat files have twenty fields per row of which
 * a parser needs half, and allocating the others costs more than all the rest of the parsing.
 */
export class CsvRow {
  /** 1-based line on which the record starts. */
  line = 0;
  private text = '';
  private start = 0;
  private end = 0;
  private parsed: string[] | null = null;
  /** offsets[i] = index of the separator before field i (start - 1 for field 0). */
  private offsets = new Int32Array(64);
  private count = -1;

  constructor(private readonly separator: string) {}

  /** @internal */
  setText(text: string, start: number, end: number, line: number): void {
    this.text = text;
    this.start = start;
    this.end = end;
    this.line = line;
    this.parsed = null;
    this.count = -1;
  }

  /** @internal */
  setFields(fields: string[], line: number): void {
    this.parsed = fields;
    this.line = line;
  }

  get length(): number {
    if (this.parsed) return this.parsed.length;
    if (this.count < 0) this.scan();
    return this.count;
  }

  /** Field `index` (0-based), or '' beyond the last field. */
  field(index: number): string {
    if (this.parsed) return this.parsed[index] ?? '';
    if (this.count < 0) this.scan();
    if (index >= this.count) return '';
    return this.text.slice(this.offsets[index]! + 1, this.offsets[index + 1]!);
  }

  fields(): string[] {
    return this.parsed ?? this.text.slice(this.start, this.end).split(this.separator);
  }

  /** A line of nothing but blanks, which readers skip wherever it stands. */
  isBlank(): boolean {
    return this.length === 1 && this.field(0).trim() === '';
  }

  private scan(): void {
    const { text, end, separator } = this;
    let offsets = this.offsets;
    offsets[0] = this.start - 1;
    let count = 0;
    let position = this.start;
    for (;;) {
      const found = text.indexOf(separator, position);
      if (found === -1 || found >= end) break;
      count++;
      if (count + 1 >= offsets.length) {
        const grown = new Int32Array(offsets.length * 2);
        grown.set(offsets);
        offsets = grown;
        this.offsets = grown;
      }
      offsets[count] = found;
      position = found + 1;
    }
    offsets[count + 1] = end;
    this.count = count + 1;
  }
}

/** Like readCsvRecords, but yields one reused CsvRow whose fields are cut out on demand. */
export function* readCsvRows(
  chunks: Iterable<string>,
  options: CsvOptions = {},
): Generator<CsvRow, void, void> {
  const separator = options.separator ?? ';';
  if (separator.length !== 1 || separator === '"' || separator === '\n' || separator === '\r') {
    throw new Error(`unusable CSV separator ${JSON.stringify(separator)}`);
  }
  const row = new CsvRow(separator);
  let buffer = '';
  let pos = 0;
  let line = options.firstLine ?? 1;
  // Position of the next quote at or after pos, or buffer.length if there is none: searching
  // afresh for every line would make quote-free files quadratic.
  let nextQuote = -1;

  for (const chunk of chunks) {
    if (chunk === '') continue;
    buffer = pos < buffer.length ? buffer.slice(pos) + chunk : chunk;
    pos = 0;
    nextQuote = -1;
    for (;;) {
      const newline = buffer.indexOf('\n', pos);
      if (newline === -1) break;
      if (nextQuote < pos) {
        nextQuote = buffer.indexOf('"', pos);
        if (nextQuote === -1) nextQuote = buffer.length;
      }
      if (nextQuote > newline) {
        const end = newline > pos && buffer.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
        row.setText(buffer, pos, end, line);
        yield row;
        line++;
        pos = newline + 1;
        continue;
      }
      const record = parseRecord(buffer, pos, separator, line, false);
      if (record === null) break;
      row.setFields(record.fields, line);
      yield row;
      line += record.newlines;
      pos = record.next;
    }
  }

  if (pos < buffer.length) {
    const record = parseRecord(buffer, pos, separator, line, true);
    if (record) {
      row.setFields(record.fields, line);
      yield row;
    }
  }
}

interface ParsedRecord {
  fields: string[];
  /** Index after the record's line end. */
  next: number;
  /** Line breaks consumed, including the one that ends the record. */
  newlines: number;
}

/**
 * Parses one record that contains quotes. Returns null when the record is not complete in
 * the buffer yet (more text must be read); at the end of the file an open quote is an error.
 */
function parseRecord(
  text: string,
  start: number,
  separator: string,
  line: number,
  atEnd: boolean,
): ParsedRecord | null {
  const fields: string[] = [];
  let i = start;
  let newlines = 0;
  for (;;) {
    let field = '';
    if (text.charCodeAt(i) === 34) {
      const openLine = line + newlines;
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1 || (quote === text.length - 1 && !atEnd)) {
          if (!atEnd && text.length - start <= MAX_QUOTED_CHARS) return null;
          throw unterminatedQuote(openLine);
        }
        const part = text.slice(i, quote);
        newlines += countNewlines(part);
        field += part;
        if (text.charCodeAt(quote + 1) === 34) {
          field += '"';
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      field = field.replace(/\r\n/g, '\n');
    }
    // Unquoted text (or anything after a closing quote, kept as written) up to separator or line end.
    let end = i;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (code === 10 || text[end] === separator) break;
      end++;
    }
    if (end === text.length && !atEnd) return null;
    let tail = text.slice(i, end);
    const atLineEnd = end >= text.length || text.charCodeAt(end) === 10;
    if (atLineEnd && tail.endsWith('\r')) tail = tail.slice(0, -1);
    fields.push(field + tail);
    if (end >= text.length) return { fields, next: end, newlines };
    if (atLineEnd) return { fields, next: end + 1, newlines: newlines + 1 };
    i = end + 1;
  }
}

function countNewlines(text: string): number {
  let count = 0;
  let index = text.indexOf('\n');
  while (index !== -1) {
    count++;
    index = text.indexOf('\n', index + 1);
  }
  return count;
}

function unterminatedQuote(line: number): ImportFormatError {
  return new ImportFormatError({
    line,
    expected:
      'ein schließendes Anführungszeichen (") für das in dieser Zeile geöffnete Feld; die Datei endet vorher (unvollständig oder beschädigt?)',
  });
}

/** Rejects input that cannot be a CSV file at all, before any layout check. */
export function assertCsvText(bytes: Uint8Array): void {
  if (
    bytes.length === 0 ||
    (bytes.length <= 3 && bytes.every((byte) => byte === 0xef || byte === 0xbb || byte === 0xbf))
  ) {
    throw new ImportFormatError({
      line: null,
      expected: 'eine CSV-Datei mit Inhalt, die Datei ist aber leer',
    });
  }
  const head = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) throw binaryInput();
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  if (control / head.length > 0.01) throw binaryInput();
}

function binaryInput(): ImportFormatError {
  return new ImportFormatError({
    line: null,
    expected:
      'eine Textdatei (CSV), die Datei enthält aber Binärdaten (Excel-Arbeitsmappe, ZIP-Archiv oder beschädigte Datei?)',
  });
}

/**
 * Complains when a line that should be `;`-separated is one field full of commas or tabs:
 * the file was saved with another separator (e.g. by a spreadsheet program).
 */
export function assertSeparator(fields: readonly string[], line: number, separator = ';'): void {
  if (fields.length !== 1) return;
  const text = fields[0] ?? '';
  // Titles contain commas too, but followed by a blank; padding gives ",,".
  const other = [',', '\t'].find((candidate) => {
    if (candidate === separator) return false;
    if (text.includes(candidate + candidate) || text.startsWith(candidate)) return true;
    const tight = text
      .split(candidate)
      .slice(1)
      .filter((rest) => rest !== '' && !rest.startsWith(' ')).length;
    return tight >= (candidate === '\t' ? 2 : 3);
  });
  if (other === undefined) return;
  throw new ImportFormatError({
    line,
    expected: `${separatorName(separator)} als Trennzeichen, die Zeile ist aber durch ${separatorName(other)} getrennt (Datei mit einem Tabellenprogramm umgespeichert?)`,
    found: text,
  });
}

export function separatorName(separator: string): string {
  if (separator === ';') return 'Semikolon (;)';
  if (separator === ',') return 'Komma (,)';
  if (separator === '\t') return 'Tabulator';
  return JSON.stringify(separator);
}

/** The error every parser raises for a cell that is neither a number nor a marker. */
export function valueCellError(line: number, column: number, found: string): ImportFormatError {
  return new ImportFormatError({
    line,
    column,
    expected: 'eine Zahl oder ein Zeichen der Zeichenerklärung (-, ., x, /, ...)',
    found,
  });
}

/**
 * A field of a quality or flag column: null when empty, the flag (`X` read as `x`, `–` as `-`),
 * or undefined for a sign that is not in the Zeichenerklärung (the caller says what it expected).
 */
export function parseQualityFlag(raw: string): QualityFlag | null | undefined {
  const sign = raw.trim();
  if (sign === '') return null;
  if (sign === 'X') return 'x';
  if (sign === '–') return '-';
  return Object.hasOwn(QUALITY_FLAGS, sign) ? (sign as QualityFlag) : undefined;
}

/**
 * The value field `index` of a row that has a flag column besides: an empty field with a flag is
 * the flag alone (no value), anything else must `parse` (else `valueCellError`), and a marker in
 * the value itself says more than the flag column.
 */
export function flaggedValue(
  row: CsvRow,
  index: number,
  flag: QualityFlag | null,
  parse: (raw: string) => CellValue | null,
): CellValue {
  const raw = row.field(index);
  if (raw.trim() === '' && flag !== null) return { value: null, flag };
  const cell = parse(raw);
  if (cell === null) throw valueCellError(row.line, index + 1, raw);
  return cell.flag === null && flag !== null ? { value: cell.value, flag } : cell;
}

/** A data line with fewer fields than the header: usually a file cut off during download. */
export function shortRowError(
  line: number,
  expectedFields: number,
  fields: readonly string[],
): ImportFormatError {
  const cut = fields.length < expectedFields;
  return new ImportFormatError({
    line,
    expected: cut
      ? `${expectedFields} Felder wie in der Kopfzeile, die Zeile hat aber nur ${fields.length} (Datei abgeschnitten oder unvollständig?)`
      : `${expectedFields} Felder wie in der Kopfzeile, die Zeile hat aber ${fields.length}`,
    found: fields.join(';'),
  });
}
