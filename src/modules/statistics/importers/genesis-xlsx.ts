/**
 * GENESIS-Online (and Regionaldatenbank) tables exported as xlsx: title lines merged across
 * the sheet, one or more header rows over the value columns, then one row per region
 * (`<key>`, name, values — or a Land name, values), footnotes and the `© … | Stand: …` line.
 *
 * Column headers are read as attributes of known dimensions (sex, nationality), periods,
 * "Insgesamt" (a total: the dimension is omitted) or, for an unknown header row, as the value
 * variables of the table or as attributes of a dimension named in the title
 * ("Bevölkerung: Kreise, Stichtag, Altersgruppen").
 */

import { isRegionKey, regionKeyForName } from '../../regions/names.ts';
import { parsePeriod, parseValueCell } from './cells.ts';
import type {
  DimensionInfo,
  MeasureInfo,
  ObservationRecord,
  ObservationStream,
  SourceSystem,
  TableMetadata,
} from './types.ts';
import {
  baseName,
  type CellContent,
  cellError,
  cellText,
  columnLetter,
  layoutError,
  normalizeLabel,
  readCell,
  readValue,
  rowTexts,
  slug,
  unexpectedCell,
  type Worksheet,
  xlsxImporter,
} from './xlsx.ts';

const LABEL = 'GENESIS-Online-Tabelle (xlsx)';

/** `12521-0040` (GENESIS-Online) or `12411-01-03-4` (Regionaldatenbank). */
const TABLE_CODE = /(?<![\d-])(\d{5}-\d{4}|\d{5}-\d{2}-\d{2}-\d(?:-[A-Z])?)(?![\d])/;
const FILE_NAME = /^\d{5}-(?:\d{4}|\d{2}-\d{2}-\d)/;

interface KnownAttribute {
  dimension: string;
  /** null: a total, the dimension is omitted. */
  code: string | null;
  label: string;
}

const KNOWN_DIMENSIONS: Record<string, string> = { GES: 'Geschlecht', NAT: 'Nationalität' };

const KNOWN_ATTRIBUTES: Record<string, KnownAttribute> = {
  männlich: { dimension: 'GES', code: 'GESM', label: 'männlich' },
  weiblich: { dimension: 'GES', code: 'GESW', label: 'weiblich' },
  männer: { dimension: 'GES', code: 'GESM', label: 'männlich' },
  frauen: { dimension: 'GES', code: 'GESW', label: 'weiblich' },
  deutsche: { dimension: 'NAT', code: 'NATD', label: 'Deutsche' },
  ausländer: { dimension: 'NAT', code: 'NATA', label: 'Ausländer' },
  'ausländer/-innen': { dimension: 'NAT', code: 'NATA', label: 'Ausländer' },
  ausländerinnen: { dimension: 'NAT', code: 'NATA', label: 'Ausländer' },
  'ausländerinnen und ausländer': { dimension: 'NAT', code: 'NATA', label: 'Ausländer' },
};

/** Dimension names in a title that the rows, the periods or a known dimension already account for. */
const TITLE_DIMENSIONS_ACCOUNTED =
  /^(deutschland|bundesländer|länder|bundesland|kreise.*|kreisfreie städte.*|gemeinden.*|gemeindeverbände.*|regierungsbezirke.*|stichtag|stichtage|jahr|jahre|monat|monate|quartal|quartale|schuljahr|schuljahre|semester|berichtsjahr)$/i;
const TITLE_DIMENSION_CODES: Record<string, string> = {
  geschlecht: 'GES',
  nationalität: 'NAT',
  staatsangehörigkeit: 'NAT',
};

interface ColumnPlan {
  column: number;
  measure: string;
  period: string | null;
  dims: Record<string, string>;
}

interface RowLayout {
  periodColumn: number | null;
  regionColumn: number;
  nameColumn: number | null;
  firstValueColumn: number;
}

interface Plan {
  sheet: Worksheet;
  layout: RowLayout;
  firstDataRow: number;
  columns: ColumnPlan[];
  metadata: TableMetadata;
}

export const genesisXlsxImporter = xlsxImporter({
  format: 'genesis-xlsx',
  label: LABEL,
  fileName: FILE_NAME,
  read(workbook, fileName) {
    // The table sheet is named after the table code; a cover sheet may come first.
    const sheets = [
      ...workbook.worksheets.filter((candidate) => TABLE_CODE.test(candidate.name)),
      ...workbook.worksheets.filter((candidate) => !TABLE_CODE.test(candidate.name)),
    ];
    const sheet =
      sheets.find((candidate) => findFirstDataRow(candidate, candidate.columnCount) !== null) ?? sheets[0];
    if (!sheet) throw layoutError(LABEL, null, null, 'mindestens ein Tabellenblatt');
    return observations(analyse(sheet, fileName));
  },
});

function analyse(sheet: Worksheet, fileName: string): Plan {
  const lastColumn = sheet.columnCount;
  const firstDataRow = findFirstDataRow(sheet, lastColumn);
  if (firstDataRow === null) {
    throw layoutError(
      LABEL,
      sheet.name,
      null,
      'Datenzeilen mit Regionalschlüssel (DG, 2-, 3-, 5- oder 8-stellig) oder Ländernamen in Spalte A und Werten daneben',
    );
  }
  const layout = rowLayout(sheet, firstDataRow, lastColumn)!;

  // Above the data: title lines (one text across the sheet) and header rows (texts per column).
  const titleLines: { row: number; text: string }[] = [];
  const headerRows: number[] = [];
  for (let row = 1; row < firstDataRow; row++) {
    const texts = new Set(rowTexts(sheet, row, lastColumn).values());
    if (texts.size === 1) titleLines.push({ row, text: normalizeLabel([...texts][0]!) });
    else if (texts.size > 1) headerRows.push(row);
  }

  let tableCode = TABLE_CODE.exec(sheet.name)?.[1] ?? null;
  let globalPeriod: string | null = null;
  const content: string[] = [];
  for (const { text } of titleLines) {
    const code = TABLE_CODE.exec(text)?.[1];
    const withoutCode = text
      .replace(/^(GENESIS-)?Tabelle\s*:\s*/i, '')
      .replace(TABLE_CODE, '')
      .replace(/^\s*[:–-]\s*/, '');
    if (code) tableCode ??= code;
    const period = periodOfTitleLine(withoutCode);
    if (period) {
      globalPeriod ??= period;
      continue;
    }
    if (withoutCode.trim() !== '') content.push(withoutCode.trim());
  }
  tableCode ??= TABLE_CODE.exec(baseName(fileName))?.[1] ?? null;
  if (!tableCode) {
    throw layoutError(
      LABEL,
      sheet.name,
      1,
      'einen GENESIS-Tabellencode (z. B. 12521-0040) im Blattnamen oder Titel',
    );
  }
  const title = content[0] ?? tableCode;
  const notes: string[] = [];
  let titleMeasure: MeasureInfo | null = null;
  for (const line of content.slice(1)) {
    const measure = measureOfLabel(line);
    if (measure.unit !== null) titleMeasure = measure;
    else notes.push(line);
  }

  const openTitleDimensions = titleDimensions(title);
  const valueColumns = valueColumnRange(sheet, layout, headerRows, firstDataRow, lastColumn);
  const columns = new Map<
    number,
    { dims: Record<string, string>; period: string | null; measure: MeasureInfo | null }
  >(valueColumns.map((column) => [column, { dims: {}, period: null, measure: null }]));
  const attributes = new Map<string, Map<string, string>>();
  const dimensionLabels = new Map<string, string>();
  const addAttribute = (dimension: string, dimensionLabel: string, code: string, label: string) => {
    dimensionLabels.set(dimension, dimensionLabel);
    const known = attributes.get(dimension) ?? new Map<string, string>();
    if (!known.has(code)) known.set(code, label);
    attributes.set(dimension, known);
  };
  let measuresFromHeader = false;

  for (const row of headerRows) {
    const unknown: { column: number; text: string }[] = [];
    const rowDimensions = new Set<string>();
    for (const column of valueColumns) {
      const text = normalizeLabel(cellText(sheet, row, column));
      if (text === '') continue;
      const target = columns.get(column)!;
      const period = parsePeriod(text) ?? periodOfTitleLine(text);
      if (period) {
        target.period = period;
        continue;
      }
      if (/^insgesamt$/i.test(text)) continue;
      const known = KNOWN_ATTRIBUTES[text.toLowerCase()];
      if (known) {
        rowDimensions.add(known.dimension);
        if (known.code !== null) {
          setDimension(sheet, row, column, target.dims, known.dimension, known.code);
          addAttribute(known.dimension, KNOWN_DIMENSIONS[known.dimension]!, known.code, known.label);
        }
        continue;
      }
      unknown.push({ column, text });
    }
    if (unknown.length === 0) continue;
    if (rowDimensions.size === 1) {
      // e.g. "divers" next to "männlich", "weiblich": another attribute of the same dimension.
      const dimension = [...rowDimensions][0]!;
      for (const { column, text } of unknown) {
        const code = slug(text).toUpperCase();
        setDimension(sheet, row, column, columns.get(column)!.dims, dimension, code);
        addAttribute(dimension, KNOWN_DIMENSIONS[dimension]!, code, text);
      }
      continue;
    }
    if (rowDimensions.size === 0 && !titleMeasure && !measuresFromHeader) {
      measuresFromHeader = true;
      for (const { column, text } of unknown) columns.get(column)!.measure = measureOfLabel(text);
      continue;
    }
    const dimensionName = rowDimensions.size === 0 ? openTitleDimensions.shift() : undefined;
    if (!dimensionName) {
      const first = unknown[0]!;
      throw cellError(
        sheet.name,
        row,
        first.column,
        'ein bekanntes Merkmal (männlich/weiblich, Deutsche/Ausländer, Insgesamt), einen Zeitpunkt oder ein im Titel genanntes Merkmal',
        first.text,
      );
    }
    const dimension = TITLE_DIMENSION_CODES[dimensionName.toLowerCase()] ?? slug(dimensionName).toUpperCase();
    for (const { column, text } of unknown) {
      const code = slug(text);
      setDimension(sheet, row, column, columns.get(column)!.dims, dimension, code);
      addAttribute(dimension, dimensionName, code, text);
    }
  }

  const fallbackMeasure = titleMeasure ?? measureOfLabel(title.split(':')[0]!.trim());
  const measures = new Map<string, MeasureInfo>();
  const plans: ColumnPlan[] = [];
  const seen = new Map<string, number>();
  for (const column of valueColumns) {
    const target = columns.get(column)!;
    const measure = target.measure ?? fallbackMeasure;
    if (!measures.has(measure.code)) measures.set(measure.code, measure);
    const period = target.period ?? globalPeriod;
    if (period === null && layout.periodColumn === null) {
      throw cellError(
        sheet.name,
        headerRows.at(-1) ?? firstDataRow,
        column,
        'einen Stichtag oder ein Jahr im Titel oder in den Spaltenköpfen',
      );
    }
    const identity = JSON.stringify([measure.code, period, Object.entries(target.dims).sort()]);
    const twin = seen.get(identity);
    if (twin !== undefined) {
      throw cellError(
        sheet.name,
        headerRows.at(-1) ?? firstDataRow,
        column,
        `Spaltenköpfe, die sich von Spalte ${columnLetter(twin)} unterscheiden`,
      );
    }
    seen.set(identity, column);
    plans.push({ column, measure: measure.code, period, dims: target.dims });
  }

  const dimensions: DimensionInfo[] = [...attributes].map(([code, known]) => ({
    code,
    label: dimensionLabels.get(code) ?? code,
    attributes: [...known].map(([attribute, label]) => ({ code: attribute, label })),
  }));
  const source: SourceSystem = /^\d{5}-\d{2}-\d{2}-\d/.test(tableCode)
    ? 'regionalstatistik'
    : 'genesis-online';
  const metadata: TableMetadata = {
    source,
    tableCode,
    title,
    publisher:
      source === 'regionalstatistik'
        ? 'Statistische Ämter des Bundes und der Länder'
        : 'Statistisches Bundesamt (Destatis)',
    licence:
      source === 'regionalstatistik'
        ? '© Statistische Ämter des Bundes und der Länder (Datenlizenz Deutschland – Namensnennung – Version 2.0)'
        : '© Statistisches Bundesamt (Destatis) (Datenlizenz Deutschland – Namensnennung – Version 2.0)',
    vintage: null,
    measures: [...measures.values()],
    dimensions,
    regionNames: {},
    notes,
  };
  return { sheet, layout, firstDataRow, columns: plans, metadata };
}

function setDimension(
  sheet: Worksheet,
  row: number,
  column: number,
  dims: Record<string, string>,
  dimension: string,
  code: string,
): void {
  const before = dims[dimension];
  if (before !== undefined && before !== code) {
    throw cellError(
      sheet.name,
      row,
      column,
      `höchstens eine Ausprägung des Merkmals ${dimension} je Spalte`,
      code,
    );
  }
  dims[dimension] = code;
}

function* observations(plan: Plan): ObservationStream {
  const { sheet, layout, columns, metadata } = plan;
  const lastColumn = sheet.columnCount;
  const excelErrors: string[] = [];
  let row = plan.firstDataRow;
  for (; row <= sheet.rowCount; row++) {
    const texts = rowTexts(sheet, row, lastColumn);
    if (texts.size === 0) continue;
    const regionText = cellText(sheet, row, layout.regionColumn);
    const region = regionOf(regionText);
    if (!region) {
      if (hasValues(sheet, row, layout.firstValueColumn, lastColumn)) {
        throw unexpectedCell(
          sheet,
          row,
          layout.regionColumn,
          'einen Regionalschlüssel (DG, 2-, 3-, 5- oder 8-stellig) oder einen Ländernamen',
        );
      }
      break;
    }
    let rowPeriod: string | null = null;
    if (layout.periodColumn !== null) {
      rowPeriod = periodOfContent(readCell(sheet, row, layout.periodColumn));
      if (!rowPeriod) {
        throw unexpectedCell(sheet, row, layout.periodColumn, 'einen Stichtag oder ein Jahr');
      }
    }
    const name =
      layout.nameColumn === null ? regionText : cellText(sheet, row, layout.nameColumn).replace(/\s+/g, ' ');
    metadata.regionNames[region] ??= name;
    for (const column of columns) {
      const read = readValue(sheet, row, column.column);
      if (read === 'empty') continue;
      if (read === 'excel-error') {
        excelErrors.push(`${columnLetter(column.column)}${row}`);
        continue;
      }
      const record: ObservationRecord = {
        region,
        period: rowPeriod ?? column.period!,
        measure: column.measure,
        dims: column.dims,
        value: read.value,
        flag: read.flag,
        line: row,
      };
      yield record;
    }
  }
  readFooter(sheet, row, metadata);
  if (excelErrors.length > 0) {
    metadata.notes.push(
      `${excelErrors.length} Zellen mit Excel-Fehlerwert übersprungen (Blatt "${sheet.name}": ${excelErrors.slice(0, 10).join(', ')}${excelErrors.length > 10 ? ', …' : ''}).`,
    );
  }
  return metadata;
}

/** Footnotes, the © line (licence, publisher) and `Stand:` (vintage) below the data. */
function readFooter(sheet: Worksheet, from: number, metadata: TableMetadata): void {
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
    paragraph = [];
  };
  for (let row = from; row <= sheet.rowCount; row++) {
    const text = [...rowTexts(sheet, row).values()][0]?.replace(/\s+/g, ' ') ?? '';
    if (text === '' || /^_+$/.test(text)) {
      flush();
      continue;
    }
    const stand = /Stand:\s*(\d{2}\.\d{2}\.\d{4})/.exec(text);
    if (stand) metadata.vintage = parsePeriod(stand[1]!);
    if (text.startsWith('©')) {
      flush();
      const copyright = text.split('|')[0]!.trim();
      metadata.licence = copyright;
      const publisher = /^©\s*(.+?)(?:,\s*\d{4})?$/.exec(copyright)?.[1];
      if (publisher) metadata.publisher = publisher;
      if (/Statistische Ämter des Bundes und der Länder/.test(copyright))
        metadata.source = 'regionalstatistik';
      continue;
    }
    if (stand && /^Stand:/.test(text)) continue;
    paragraph.push(text);
  }
  flush();
  metadata.notes.push(...paragraphs);
}

function findFirstDataRow(sheet: Worksheet, lastColumn: number): number | null {
  for (let row = 1; row <= sheet.rowCount; row++) {
    const texts = new Set(rowTexts(sheet, row, lastColumn).values());
    // Title lines are merged across the sheet: one text, however many cells.
    if (texts.size < 2) continue;
    if (rowLayout(sheet, row, lastColumn)) return row;
  }
  return null;
}

function rowLayout(sheet: Worksheet, row: number, lastColumn: number): RowLayout | null {
  let regionColumn = 1;
  let periodColumn: number | null = null;
  if (periodOfContent(readCell(sheet, row, 1)) && regionOf(cellText(sheet, row, 2))) {
    periodColumn = 1;
    regionColumn = 2;
  }
  const regionText = cellText(sheet, row, regionColumn);
  if (!regionOf(regionText)) return null;
  let nameColumn: number | null = null;
  if (isKeyText(regionText)) {
    const next = readCell(sheet, row, regionColumn + 1);
    if (next.kind === 'text' && parseValueCell(next.text) === null) nameColumn = regionColumn + 1;
  }
  const firstValueColumn = (nameColumn ?? regionColumn) + 1;
  if (!hasValues(sheet, row, firstValueColumn, lastColumn)) return null;
  return { periodColumn, regionColumn, nameColumn, firstValueColumn };
}

function hasValues(sheet: Worksheet, row: number, from: number, to: number): boolean {
  for (let column = from; column <= to; column++) {
    const content = readCell(sheet, row, column, { merged: 'empty' });
    if (content.kind === 'number') return true;
    if (content.kind === 'text' && parseValueCell(content.text) !== null) return true;
  }
  return false;
}

function valueColumnRange(
  sheet: Worksheet,
  layout: RowLayout,
  headerRows: number[],
  firstDataRow: number,
  lastColumn: number,
): number[] {
  let last = layout.firstValueColumn;
  for (const row of [...headerRows, firstDataRow]) {
    for (const column of rowTexts(sheet, row, lastColumn).keys()) last = Math.max(last, column);
  }
  return Array.from(
    { length: last - layout.firstValueColumn + 1 },
    (_, index) => layout.firstValueColumn + index,
  );
}

function isKeyText(text: string): boolean {
  return /^(DG|\d{2}|\d{3}|\d{5}|\d{8})$/.test(text) && isRegionKey(text);
}

function regionOf(text: string): string | null {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (isKeyText(trimmed)) return trimmed;
  return regionKeyForName(trimmed);
}

function periodOfContent(content: CellContent): string | null {
  if (content.kind === 'number') {
    return Number.isInteger(content.value) && content.value >= 1900 && content.value <= 2100
      ? String(content.value)
      : null;
  }
  if (content.kind === 'date') return content.date.toISOString().slice(0, 10);
  if (content.kind === 'text') return parsePeriod(content.text);
  return null;
}

/** `31.12.2022`, `2022`, `Stichtag 31.12.2022`, `Jahr: 2022`. */
function periodOfTitleLine(text: string): string | null {
  const plain = parsePeriod(text);
  if (plain) return plain;
  const labelled = /^(?:Stichtag|Jahr|Schuljahr|Berichtsjahr)\s*:?\s*(\S+)$/i.exec(text.trim());
  return labelled ? parsePeriod(labelled[1]!) : null;
}

/** Dimension names listed in the title after the colon, less those rows and periods account for. */
function titleDimensions(title: string): string[] {
  const colon = title.indexOf(':');
  if (colon < 0) return [];
  return title
    .slice(colon + 1)
    .split(',')
    .map((part) => part.trim())
    .filter(
      (part) =>
        part !== '' && !TITLE_DIMENSIONS_ACCOUNTED.test(part) && !TITLE_DIMENSION_CODES[part.toLowerCase()],
    );
}

/**
 * "Ausländer (Anzahl)" → label and unit; a GENESIS value variable written as
 * `BEVSTD__Bevölkerungsstand__Anzahl` or `Bevölkerungsstand [BEVSTD]` gives the code.
 */
function measureOfLabel(text: string): MeasureInfo {
  const flat = /^([A-Z]{3}[A-Z0-9]{3,})__(.+?)(?:__(.+))?$/.exec(text);
  if (flat)
    return { code: flat[1]!, label: flat[2]!.replace(/_/g, ' '), unit: flat[3]?.replace(/_/g, ' ') ?? null };
  let label = text;
  let code: string | null = null;
  const bracketed = /^(.+?)\s*\[([A-Z]{3}[A-Z0-9]{3,})\]$/.exec(label);
  if (bracketed) {
    label = bracketed[1]!;
    code = bracketed[2]!;
  }
  const withUnit = /^(.+?)\s*\(([^()]+)\)$/.exec(label);
  const unit = withUnit ? withUnit[2]!.trim() : null;
  if (withUnit) label = withUnit[1]!.trim();
  return { code: code ?? (slug(label) || 'wert'), label, unit };
}
