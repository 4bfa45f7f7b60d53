/**
 * "Classic" GENESIS table CSV as downloaded from the Regionaldatenbank and GENESIS-Online:
 *
 *   GENESIS-Tabelle: 21111-02-06-4          ← or `Tabelle: <code>`
 *   <title lines, padded with ;>            ← may hold `… (Anzahl)` and `Stichtag: 30.06.2020`
 *   ;;;<column header rows>                 ← leading fields empty, combined column-wise
 *   2023;03359;      Stade, Landkreis;…      ← [time;] key or Land name [; name][; row dims]; values
 *   __________
 *   "footnotes", "© licence", Stand: dd.mm.yyyy / hh:mm:ss
 *
 * Everything is derived from the file's structure. This file finds the layout (time, region and
 * row-dimension columns) and reads the data rows and the footer; title lines and column headers,
 * with the measure codes they give, are genesis-table-header.ts (code scheme in ADR 0004).
 * - Row-dimension columns (between region and values): GES / NAT / WZ08 / ALTX when recognised
 *   (labels.ts), else the header text's slug or `merkmal_<n>` (n = position among the
 *   row-dimension columns).
 */
import { GERMANY_KEY, isRegionKey, regionKeyForName } from '../../regions/names.ts';
import { parseValueCell } from './cells.ts';
import {
  assertCsvText,
  assertSeparator,
  type CsvRecord,
  readCsvRecords,
  shortRowError,
  valueCellError,
} from './csv.ts';
import {
  analyseColumnHeaders,
  readTitleLine,
  type TitleInfo,
  type ValueColumn,
  Vocabulary,
} from './genesis-table-header.ts';
import {
  attributeCode,
  DIMENSION_LABELS,
  dimensionForVariable,
  isTotalLabel,
  periodCode,
  recogniseAttributeOrSector,
} from './labels.ts';
import { decodeChunks } from './text.ts';
import {
  type Importer,
  ImportFormatError,
  type ImportSource,
  type ObservationStream,
  type SourceSystem,
  type TableMetadata,
} from './types.ts';

const FIRST_LINE = /^\s*(?:GENESIS-)?Tabelle:\s*(\S+)/;
const FOOTER_RULE = /^_{3,}$/;

export const PUBLISHER_REGIONALSTATISTIK = 'Statistische Ämter des Bundes und der Länder';
export const PUBLISHER_DESTATIS = 'Statistisches Bundesamt (Destatis)';

export const genesisTableCsvImporter: Importer = {
  format: 'genesis-table-csv',
  label: 'GENESIS-Tabelle als CSV (Regionaldatenbank / GENESIS-Online)',
  detect(probe) {
    return probe.kind === 'text' && FIRST_LINE.test(probe.lines[0] ?? '');
  },
  async open(source) {
    return openGenesisTable(source);
  },
};

/** Table codes with a level digit at the end (`21111-02-06-4`) are Regionaldatenbank tables. */
export function sourceForTableCode(tableCode: string): SourceSystem {
  return /^\d{5}-.+-\d$/.test(tableCode) ? 'regionalstatistik' : 'genesis-online';
}

export function defaultPublisher(source: SourceSystem): string {
  return source === 'regionalstatistik' ? PUBLISHER_REGIONALSTATISTIK : PUBLISHER_DESTATIS;
}

/** The publisher's standard terms, for files that do not state them. */
export function defaultLicence(source: SourceSystem, year: string | null): string {
  const owner =
    source === 'regionalstatistik' ? `${PUBLISHER_REGIONALSTATISTIK}, Deutschland` : PUBLISHER_DESTATIS;
  return `© ${owner}${year ? `, ${year}` : ''}. Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0).`;
}

/** `© Statistisches Bundesamt (Destatis), 2021` → `Statistisches Bundesamt (Destatis)`. */
export function publisherFromCopyright(text: string): string | null {
  const match = /^©\s*(.+?)(?:,\s*Deutschland)?,\s*\d{4}\b/.exec(text.trim());
  return match ? match[1]!.trim() : null;
}

interface RowDimensionColumn {
  index: number;
  /** Dimension for values that labels.ts does not recognise. */
  fallback: { code: string; label: string };
  /** A dimension fixed by the column's header (e.g. `Geschlecht`). */
  fixed: string | null;
  /** The recognised dimension seen first in this column; unknown values follow it. */
  sticky: string | null;
  cache: Map<string, { dimension: string; code: string } | null>;
}

interface Layout {
  width: number;
  timeColumn: number;
  keyColumn: number;
  nameColumn: number;
  landColumn: number;
  /** For tables without a region column. */
  fixedRegion: { key: string; name: string } | null;
  rowDimensions: RowDimensionColumn[];
  values: ValueColumn[];
  titlePeriod: string | null;
}

async function openGenesisTable(source: ImportSource): Promise<ObservationStream> {
  assertCsvText(source.bytes);
  const records = readCsvRecords(decodeChunks(source.bytes))[Symbol.iterator]();
  const vocabulary = new Vocabulary();
  const preamble = readPreamble(records);
  const layout = buildLayout(preamble, vocabulary);
  return streamTable(records, preamble, layout, vocabulary);
}

interface Preamble {
  title: TitleInfo;
  /** Column-header rows (leading fields empty) and label rows (first field filled). */
  headerRows: CsvRecord[];
  firstData: CsvRecord;
}

function readPreamble(records: Iterator<CsvRecord>): Preamble {
  const first = records.next();
  if (first.done)
    throw new ImportFormatError({
      line: null,
      expected: 'eine CSV-Datei mit Inhalt, die Datei ist aber leer',
    });
  const match = FIRST_LINE.exec(first.value.fields[0] ?? '');
  if (!match) {
    throw new ImportFormatError({
      line: first.value.line,
      expected: 'Layout einer GENESIS-Tabelle: „GENESIS-Tabelle: <Code>“ oder „Tabelle: <Code>“ in Zeile 1',
      found: first.value.fields.join(';'),
    });
  }
  const title: TitleInfo = { tableCode: match[1]!, lines: [], measure: null, unit: null, period: null };
  const headerRows: CsvRecord[] = [];
  for (;;) {
    const next = records.next();
    if (next.done) {
      throw new ImportFormatError({
        line: null,
        expected:
          'mindestens eine Datenzeile (<Jahr oder Stichtag>;<Regionalschlüssel>;<Name>;<Werte…>) nach den Kopfzeilen, die Datei endet vorher',
      });
    }
    const record = next.value;
    const fields = record.fields.map((field) => field.trim());
    if (fields.every((field) => field === '')) continue;
    assertSeparator(record.fields, record.line);
    if (FOOTER_RULE.test(fields[0]!)) {
      throw new ImportFormatError({
        line: record.line,
        expected: 'Datenzeilen vor der Fußzeile „__________“, die Tabelle enthält aber keine',
      });
    }
    if (isDataLine(fields)) return { title, headerRows, firstData: record };
    if (fields.slice(1).every((field) => field === '')) readTitleLine(fields[0]!, title);
    else headerRows.push(record);
  }
}

function isDataLine(fields: readonly string[]): boolean {
  const first = fields[0] ?? '';
  if (first === '' || !fields.slice(1).some((field) => field !== '')) return false;
  return periodCode(first) !== null || isRegionKey(first) || regionKeyForName(first) !== null;
}

function buildLayout(preamble: Preamble, vocabulary: Vocabulary): Layout {
  const { headerRows, firstData, title } = preamble;
  const data = firstData.fields.map((field) => field.trim());
  const width = Math.max(data.length, ...headerRows.map((row) => row.fields.length));

  // Leading columns without header text are the label columns: time, region, name, row dims.
  const leading = headerRows
    .filter((row) => (row.fields[0] ?? '').trim() === '')
    .map((row) => row.fields.findIndex((field) => field.trim() !== ''))
    .filter((index) => index > 0);
  const labelRows = headerRows.filter((row) => (row.fields[0] ?? '').trim() !== '');

  let position = 0;
  let timeColumn = -1;
  let keyColumn = -1;
  let nameColumn = -1;
  let landColumn = -1;
  if (periodCode(data[0]!) !== null && !isRegionKey(data[0]!)) {
    timeColumn = 0;
    position = 1;
  }
  const regionCell = data[position] ?? '';
  let labelCount = leading.length > 0 ? Math.min(...leading) : firstValueColumn(data, position + 1);
  let fixedRegion: { key: string; name: string } | null = null;
  if (leading.length > 0 && position >= labelCount) {
    // No region column: a table for Germany, or for the one Land that a title line names.
    const named = title.lines.find((line) => regionKeyForName(line) !== null);
    fixedRegion = named
      ? { key: regionKeyForName(named)!, name: named.trim() }
      : { key: GERMANY_KEY, name: 'Deutschland' };
  } else if (isRegionKey(regionCell)) {
    keyColumn = position;
    position++;
    // The name follows the key unless the values start right after it.
    const named = leading.length > 0 ? position < labelCount : parseValueCell(data[position] ?? '') === null;
    if (named) {
      nameColumn = position;
      position++;
    }
  } else if (regionKeyForName(regionCell) !== null) {
    landColumn = position;
    position++;
  } else {
    throw new ImportFormatError({
      line: firstData.line,
      column: position + 1,
      expected: 'einen Regionalschlüssel (DG, 2-, 3-, 5- oder 8-stellig) oder den Namen eines Landes',
      found: regionCell,
    });
  }
  if (leading.length === 0) labelCount = Math.max(labelCount, firstValueColumn(data, position));
  labelCount = Math.max(labelCount, position);

  const rowDimensions: RowDimensionColumn[] = [];
  for (let index = position; index < labelCount; index++) {
    if (timeColumn < 0 && title.period === null && periodCode(data[index] ?? '') !== null) {
      timeColumn = index;
      continue;
    }
    const n = index - position + 1;
    const headerText = labelRows
      .map((row) => (row.fields[index] ?? '').trim())
      .filter((text) => text !== '')
      .join(' ');
    const fromHeader = headerText ? dimensionForVariable(headerText) : null;
    const fixed = fromHeader && DIMENSION_LABELS[fromHeader.code] ? fromHeader.code : null;
    rowDimensions.push({
      index,
      fallback: fromHeader ?? { code: `merkmal_${n}`, label: `Merkmal ${n} (Spalte ${index + 1})` },
      fixed,
      sticky: null,
      cache: new Map(),
    });
  }

  const values = analyseColumnHeaders(
    headerRows.map((row) => row.fields.map((field) => field.trim())),
    labelCount,
    width,
    title,
    vocabulary,
  );
  if (values.length === 0) {
    throw new ImportFormatError({
      line: firstData.line,
      expected: 'mindestens eine Wertespalte nach Zeit, Region und Merkmalen',
      found: firstData.fields.join(';'),
    });
  }
  if (timeColumn < 0 && title.period === null && values.some((column) => column.period === null)) {
    throw new ImportFormatError({
      line: firstData.line,
      expected:
        'eine Zeitangabe: eine Spalte mit Jahr oder Stichtag, eine Zeile „Stichtag: TT.MM.JJJJ“ im Titel oder Jahre in den Spaltenköpfen',
      found: firstData.fields.join(';'),
    });
  }
  return {
    width,
    timeColumn,
    keyColumn,
    nameColumn,
    landColumn,
    fixedRegion,
    rowDimensions,
    values,
    titlePeriod: title.period,
  };
}

/** Without header rows to tell, values start at the first cell that reads as a value. */
function firstValueColumn(data: readonly string[], from: number): number {
  for (let index = from; index < data.length; index++) {
    if (parseValueCell(data[index] ?? '') !== null) return index;
  }
  return data.length;
}

function* streamTable(
  records: Iterator<CsvRecord>,
  preamble: Preamble,
  layout: Layout,
  vocabulary: Vocabulary,
): ObservationStream {
  const regionNames: Record<string, string> = {};
  const footnotes: string[] = [];
  let licence: string | null = null;
  let vintage: string | null = null;
  let footer = false;
  const lastValueColumn = Math.max(...layout.values.map((column) => column.index));
  const expectedFields = Math.max(layout.width, lastValueColumn + 1);

  let record: CsvRecord | null = preamble.firstData;
  while (record !== null) {
    const current: CsvRecord = record;
    const next = records.next();
    record = next.done ? null : next.value;
    const fields = current.fields;
    const first = (fields[0] ?? '').trim();

    if (footer) {
      const text = fields.join(';').replace(/;+$/, '').trim();
      if (text === '') continue;
      const stand = /^Stand:\s*(\d{2})\.(\d{2})\.(\d{4})/.exec(text);
      if (stand) vintage ??= `${stand[3]}-${stand[2]}-${stand[1]}`;
      else if (text.startsWith('©')) licence ??= collapse(text);
      else footnotes.push(`Fußnote: ${collapse(text)}`);
      continue;
    }
    if (first === '' && fields.every((field) => field.trim() === '')) continue;
    if (FOOTER_RULE.test(first) && fields.slice(1).every((field) => field.trim() === '')) {
      footer = true;
      continue;
    }
    if (fields.length < lastValueColumn + 1) throw shortRowError(current.line, expectedFields, fields);

    const period = rowPeriod(fields, current.line, layout);
    const region = rowRegion(fields, current.line, layout, regionNames);
    const rowDims = rowDimensions(fields, layout, vocabulary);
    for (const column of layout.values) {
      const raw = fields[column.index]!;
      const cell = parseValueCell(raw, ',');
      if (cell === null) throw valueCellError(current.line, column.index + 1, raw);
      yield {
        region,
        period: column.period ?? period,
        measure: column.measure,
        dims: { ...rowDims, ...column.dims },
        value: cell.value,
        flag: cell.flag,
        line: current.line,
      };
    }
  }
  if (!footer) {
    throw new ImportFormatError({
      line: null,
      expected:
        'nach den Datenzeilen die Fußzeile „__________“ mit Quelle und Stand, die Datei endet vorher (beim Herunterladen abgeschnitten?)',
    });
  }

  if (layout.fixedRegion) {
    footnotes.unshift(
      `Die Tabelle hat keine Spalte mit Regionen; alle Werte gelten für ${layout.fixedRegion.name} (${layout.fixedRegion.key}).`,
    );
  }
  const source = sourceForTableCode(preamble.title.tableCode);
  const metadata: TableMetadata = {
    source,
    tableCode: preamble.title.tableCode,
    title: tableTitle(preamble.title.lines) || preamble.title.tableCode,
    publisher: (licence && publisherFromCopyright(licence)) || defaultPublisher(source),
    licence: licence ?? defaultLicence(source, vintage?.slice(0, 4) ?? null),
    vintage,
    measures: [...vocabulary.measures.values()],
    dimensions: vocabulary.dimensionList(),
    regionNames,
    notes: footnotes,
  };
  return metadata;
}

function rowPeriod(fields: readonly string[], line: number, layout: Layout): string {
  if (layout.timeColumn < 0) return layout.titlePeriod ?? '';
  const raw = fields[layout.timeColumn] ?? '';
  const period = periodCode(raw);
  if (period === null) {
    throw new ImportFormatError({
      line,
      column: layout.timeColumn + 1,
      expected: 'eine Jahreszahl (JJJJ) oder einen Stichtag (TT.MM.JJJJ)',
      found: raw,
    });
  }
  return period;
}

function rowRegion(
  fields: readonly string[],
  line: number,
  layout: Layout,
  names: Record<string, string>,
): string {
  if (layout.fixedRegion) {
    names[layout.fixedRegion.key] ??= layout.fixedRegion.name;
    return layout.fixedRegion.key;
  }
  if (layout.keyColumn >= 0) {
    const key = (fields[layout.keyColumn] ?? '').trim();
    if (!isRegionKey(key)) {
      throw new ImportFormatError({
        line,
        column: layout.keyColumn + 1,
        expected: 'einen Regionalschlüssel (DG, 2-, 3-, 5- oder 8-stellig)',
        found: fields[layout.keyColumn] ?? '',
      });
    }
    if (names[key] === undefined && layout.nameColumn >= 0)
      names[key] = (fields[layout.nameColumn] ?? '').trim();
    return key;
  }
  const name = (fields[layout.landColumn] ?? '').trim();
  const key = regionKeyForName(name);
  if (key === null) {
    throw new ImportFormatError({
      line,
      column: layout.landColumn + 1,
      expected: 'den Namen eines Landes (z. B. „Niedersachsen“) oder „Deutschland“',
      found: name,
    });
  }
  if (names[key] === undefined) names[key] = key === GERMANY_KEY ? 'Deutschland' : name;
  return key;
}

function rowDimensions(
  fields: readonly string[],
  layout: Layout,
  vocabulary: Vocabulary,
): Record<string, string> {
  const dims: Record<string, string> = {};
  for (const column of layout.rowDimensions) {
    const text = (fields[column.index] ?? '').trim();
    let resolved = column.cache.get(text);
    if (resolved === undefined) {
      resolved = resolveRowValue(column, text);
      column.cache.set(text, resolved);
      if (resolved) {
        const label =
          resolved.dimension === column.fallback.code ? column.fallback.label : resolved.dimension;
        vocabulary.dimension(resolved.dimension, DIMENSION_LABELS[resolved.dimension] ?? label);
        vocabulary.attribute(resolved.dimension, resolved.code, text);
      }
    }
    if (resolved) dims[resolved.dimension] = resolved.code;
  }
  return dims;
}

function resolveRowValue(
  column: RowDimensionColumn,
  text: string,
): { dimension: string; code: string } | null {
  if (text === '' || isTotalLabel(text)) return null;
  if (column.fixed) return { dimension: column.fixed, code: attributeCode(column.fixed, text)! };
  const recognised = recogniseAttributeOrSector(text);
  if (recognised) {
    column.sticky ??= recognised.dimension;
    return recognised;
  }
  const dimension = column.sticky ?? column.fallback.code;
  return { dimension, code: attributeCode(dimension, text)! };
}

/** Line breaks inside quoted footer blocks become blanks; hyphenated breaks are joined. */
function collapse(text: string): string {
  return text
    .replace(/(\p{Ll})-\n(?=\p{Ll})/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The title lines wrap one title; a last line naming the statistic is set apart. */
function tableTitle(lines: readonly string[]): string {
  if (lines.length < 2) return collapse(lines.join(' '));
  const last = lines.at(-1)!;
  const statistic =
    /statistik|mikrozensus|fortschreibung|vgr der länder|gesamtrechnung|zensus|erhebung/i.test(last);
  if (!statistic) return collapse(lines.join(' '));
  return `${collapse(lines.slice(0, -1).join(' '))} (${collapse(last)})`;
}
