/**
 * A streaming reader for `;`-separated official CSV files. It works on decoded text chunks
 * (see `decodeChunks`) so that a file of a million rows never exists as one array of lines.
 * Quoting follows RFC 4180 as GENESIS writes it: a field that starts with `"` runs to the next
 * lone `"`, `""` inside is a quote, and line breaks inside belong to the field (footnote blocks).
 */
import { ImportFormatError } from './types.ts';

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
  const separator = options.separator ?? ';';
  if (separator.length !== 1 || separator === '"' || separator === '\n' || separator === '\r') {
    throw new Error(`unusable CSV separator ${JSON.stringify(separator)}`);
  }
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
        yield { fields: buffer.slice(pos, end).split(separator), line };
        line++;
        pos = newline + 1;
        continue;
      }
      const record = parseRecord(buffer, pos, separator, line, false);
      if (record === null) break;
      yield { fields: record.fields, line };
      line += record.newlines;
      pos = record.next;
    }
  }

  if (pos < buffer.length) {
    const record = parseRecord(buffer, pos, separator, line, true);
    if (record) yield { fields: record.fields, line };
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
  const other = [',', '\t'].find((candidate) => candidate !== separator && text.split(candidate).length >= 3);
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
