/**
 * GENESIS flat CSV, one value per row (or per value column), in two generations:
 *
 * - old flat CSV (GENESIS-Online downloads, API until 2024), German column names:
 *   `Statistik_Code;Statistik_Label;Zeit_Code;Zeit_Label;Zeit;1_Merkmal_Code;1_Merkmal_Label;
 *   1_Auspraegung_Code;1_Auspraegung_Label;…;<ValueCode>__<Label>__<Unit>[;…]`
 * - new "ffcsv" (API since 2024), UTF-8 with BOM:
 *   `statistics_code;statistics_label;time_code;time_label;time;n_variable_code;n_variable_label;
 *   n_variable_attribute_code;n_variable_attribute_label;…;value;value_unit;value_variable_code;
 *   value_variable_label` and optionally `value_q` (quality sign).
 *
 * The regional variable (KREISE, DLAND, …) gives the region, the others become dimensions
 * with their GENESIS codes; an empty attribute code is a total and is omitted. Rows are parsed
 * one at a time from decoded chunks: a million-row file is never held as lines or objects.
 */
import { unzipSync } from 'fflate';
import { AppError } from '../../../platform/errors.ts';
import { GERMANY_KEY, isRegionKey } from '../../regions/names.ts';
import { type CellValue, parseValueCell } from './cells.ts';
import {
  assertCsvText,
  type CsvRecord,
  type CsvRow,
  flaggedValue,
  parseQualityFlag,
  readCsvRows,
  separatorName,
  shortRowError,
} from './csv.ts';
import { probeFile } from './detect.ts';
import {
  defaultLicence,
  defaultPublisher,
  genesisTableCsvImporter,
  sourceForTableCode,
} from './genesis-table-csv.ts';
import { periodCode } from './labels.ts';
import { decodeChunks } from './text.ts';
import {
  type DimensionInfo,
  type Importer,
  ImportFormatError,
  type ImportSource,
  type MeasureInfo,
  type ObservationStream,
  QUALITY_FLAGS,
  type TableMetadata,
} from './types.ts';

const OLD_HEADER = /^Statistik_Code[;,\t]/i;
const NEW_HEADER = /^statistics_code[;,\t]/i;

export const genesisFlatCsvImporter: Importer = {
  format: 'genesis-flat-csv',
  label: 'GENESIS-Flat-CSV, alte Form (Statistik_Code;…)',
  detect(probe) {
    return probe.kind === 'text' && OLD_HEADER.test(probe.lines[0] ?? '');
  },
  async open(source) {
    return openFlat(source, 'old');
  },
};

export const genesisFfcsvImporter: Importer = {
  format: 'genesis-ffcsv',
  label: 'GENESIS-Flat-CSV (ffcsv, statistics_code;…)',
  detect(probe) {
    return probe.kind === 'text' && NEW_HEADER.test(probe.lines[0] ?? '');
  },
  async open(source) {
    return openFlat(source, 'new');
  },
};

/** Regional variables of GENESIS; files of other regional depths are recognised by key shape. */
const REGIONAL_VARIABLES: ReadonlySet<string> = new Set([
  'DINSG',
  'DLAND',
  'REGBEZ',
  'KREISE',
  'GEMEIN',
  'GEMVB',
  'GVBAND',
  'DLANDS',
  'REGKRS',
]);

interface VariableColumns {
  code: number;
  label: number;
  attributeCode: number;
  attributeLabel: number;
}

interface ValueColumnSpec {
  index: number;
  measure: MeasureInfo;
}

interface FlatLayout {
  generation: 'old' | 'new';
  width: number;
  statisticCode: number;
  statisticLabel: number;
  time: number;
  variables: VariableColumns[];
  /** New layout: one value per row, described by columns of the row. */
  value: number;
  unit: number;
  valueCode: number;
  valueLabel: number;
  quality: number;
  /** Old layout: one value column per measure, described in the header. */
  valueColumns: ValueColumnSpec[];
}

async function openFlat(source: ImportSource, generation: 'old' | 'new'): Promise<ObservationStream> {
  assertCsvText(source.bytes);
  const rows = readCsvRows(decodeChunks(source.bytes))[Symbol.iterator]();
  const first = rows.next();
  if (first.done)
    throw new ImportFormatError({
      line: null,
      expected: 'eine CSV-Datei mit Inhalt, die Datei ist aber leer',
    });
  const layout = readHeader({ fields: first.value.fields(), line: first.value.line }, generation);
  return streamFlat(rows, layout, source.fileName);
}

function readHeader(record: CsvRecord, generation: 'old' | 'new'): FlatLayout {
  const names = record.fields.map((field) => field.trim());
  const expectedStart = generation === 'old' ? 'Statistik_Code' : 'statistics_code';
  if ((names[0] ?? '').toLowerCase() !== expectedStart.toLowerCase()) {
    const other = [',', '\t'].find((separator) =>
      (names[0] ?? '').toLowerCase().startsWith(`${expectedStart.toLowerCase()}${separator}`),
    );
    throw new ImportFormatError({
      line: record.line,
      expected: other
        ? `${separatorName(';')} als Trennzeichen, die Kopfzeile ist aber durch ${separatorName(other)} getrennt (Datei mit einem Tabellenprogramm umgespeichert?)`
        : `Layout einer GENESIS-Flat-CSV: Kopfzeile beginnend mit „${expectedStart};“`,
      found: record.fields.join(';'),
    });
  }
  const lower = names.map((name) => name.toLowerCase());
  const column = (name: string, required = true): number => {
    const index = lower.indexOf(name.toLowerCase());
    if (index < 0 && required) {
      throw new ImportFormatError({
        line: record.line,
        expected: `die Spalte „${name}“ in der Kopfzeile einer GENESIS-Flat-CSV`,
        found: record.fields.join(';'),
      });
    }
    return index;
  };

  const words =
    generation === 'old'
      ? {
          code: 'Merkmal_Code',
          label: 'Merkmal_Label',
          attributeCode: 'Auspraegung_Code',
          attributeLabel: 'Auspraegung_Label',
        }
      : {
          code: 'variable_code',
          label: 'variable_label',
          attributeCode: 'variable_attribute_code',
          attributeLabel: 'variable_attribute_label',
        };
  const variables: VariableColumns[] = [];
  for (let n = 1; lower.includes(`${n}_${words.code}`.toLowerCase()); n++) {
    variables.push({
      code: column(`${n}_${words.code}`),
      label: column(`${n}_${words.label}`),
      attributeCode: column(`${n}_${words.attributeCode}`),
      attributeLabel: column(`${n}_${words.attributeLabel}`),
    });
  }

  const layout: FlatLayout = {
    generation,
    width: names.length,
    statisticCode: column(generation === 'old' ? 'Statistik_Code' : 'statistics_code'),
    statisticLabel: column(generation === 'old' ? 'Statistik_Label' : 'statistics_label'),
    time: column(generation === 'old' ? 'Zeit' : 'time'),
    variables,
    value: -1,
    unit: -1,
    valueCode: -1,
    valueLabel: -1,
    quality: -1,
    valueColumns: [],
  };
  if (generation === 'new') {
    layout.value = column('value');
    layout.unit = column('value_unit');
    layout.valueCode = column('value_variable_code');
    layout.valueLabel = column('value_variable_label');
    layout.quality = column('value_q', false);
    return layout;
  }
  // Old layout: every column after the last variable is a value column `CODE__Label__Unit`.
  const described = new Set<number>([layout.statisticCode, layout.statisticLabel, layout.time]);
  for (const name of ['Zeit_Code', 'Zeit_Label']) described.add(column(name, false));
  for (const variable of variables) for (const index of Object.values(variable)) described.add(index);
  const lastDescribed = Math.max(...described);
  for (let index = lastDescribed + 1; index < names.length; index++) {
    layout.valueColumns.push({ index, measure: describeValueColumn(names[index]!) });
  }
  if (layout.valueColumns.length === 0) {
    throw new ImportFormatError({
      line: record.line,
      expected: 'mindestens eine Wertespalte „<Code>__<Bezeichnung>__<Einheit>“ nach den Merkmalsspalten',
      found: record.fields.join(';'),
    });
  }
  return layout;
}

/** `ERW065__Sozialvers.pflichtig_Beschaeftigte_am_Arbeitsort__Anzahl` → code, label, unit. */
export function describeValueColumn(header: string): MeasureInfo {
  const parts = header.split('__');
  if (parts.length >= 3) {
    return {
      code: parts[0]!,
      label: parts.slice(1, -1).join(' ').replace(/_/g, ' ').trim(),
      unit: parts.at(-1)!.replace(/_/g, ' ').trim() || null,
    };
  }
  if (parts.length === 2) return { code: parts[0]!, label: parts[1]!.replace(/_/g, ' ').trim(), unit: null };
  return { code: header, label: header, unit: null };
}

/** Where the flat file says nothing, the name may: `12411-01-01-4_1773175772751_de_flat.csv`. */
export function tableCodeFromFileName(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const match = /^(\d{5}(?:-\d{1,4})+(?:-[A-Z](?![A-Za-z]))?)/.exec(base);
  return match ? match[1]! : null;
}

/** The API's download stamp (epoch milliseconds) in the file name, as an ISO date. */
export function vintageFromFileName(fileName: string): string | null {
  const match = /(?:^|[_-])(\d{13})(?=[_.-]|$)/.exec(fileName.split(/[\\/]/).pop() ?? '');
  if (!match) return null;
  const date = new Date(Number(match[1]));
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

const INTEGER = /^-?\d+$/;

/** Flat files write plain numbers; a comma only appears as decimal separator. */
function parseFlatValue(raw: string): CellValue | null {
  if (INTEGER.test(raw)) return { value: Number(raw), flag: null };
  return parseValueCell(raw, raw.includes(',') ? ',' : '.');
}

class FlatVocabulary {
  readonly measures = new Map<string, MeasureInfo>();
  readonly dimensions = new Map<string, { label: string; attributes: Map<string, string> }>();

  dimensionList(): DimensionInfo[] {
    return [...this.dimensions].map(([code, info]) => ({
      code,
      label: info.label,
      attributes: [...info.attributes].map(([attribute, label]) => ({ code: attribute, label })),
    }));
  }
}

function* streamFlat(rows: Iterator<CsvRow>, layout: FlatLayout, fileName: string): ObservationStream {
  const vocabulary = new FlatVocabulary();
  for (const column of layout.valueColumns) vocabulary.measures.set(column.measure.code, column.measure);
  const regionNames: Record<string, string> = {};
  const periods = new Map<string, string>();
  const validRegions = new Set<string>();
  let statisticCode: string | null = null;
  let statisticLabel = '';
  let regional = -2; // index into layout.variables; -2 = not decided yet, -1 = none
  const notes: string[] = [];

  for (let next = rows.next(); !next.done; next = rows.next()) {
    const row = next.value;
    const line = row.line;
    if (row.length !== layout.width) {
      if (row.isBlank()) continue;
      throw shortRowError(line, layout.width, row.fields());
    }
    if (statisticCode === null) {
      statisticCode = row.field(layout.statisticCode).trim();
      statisticLabel = row.field(layout.statisticLabel).trim();
    }
    if (regional === -2) {
      regional = findRegionalVariable(row, layout.variables);
      if (regional < 0)
        notes.push('Die Datei hat kein regionales Merkmal; alle Werte gelten für Deutschland (DG).');
    }

    const rawTime = row.field(layout.time);
    let period = periods.get(rawTime);
    if (period === undefined) {
      const parsed = periodCode(rawTime);
      if (parsed === null) {
        throw new ImportFormatError({
          line,
          column: layout.time + 1,
          expected: 'eine Zeitangabe (JJJJ, TT.MM.JJJJ oder JJJJ-MM-TT)',
          found: rawTime,
        });
      }
      period = parsed;
      periods.set(rawTime, period);
    }

    let region: string = GERMANY_KEY;
    const dims: Record<string, string> = {};
    for (let index = 0; index < layout.variables.length; index++) {
      const variable = layout.variables[index]!;
      const attribute = row.field(variable.attributeCode);
      if (index === regional) {
        region = attribute === '' && row.field(variable.code) === 'DINSG' ? GERMANY_KEY : attribute;
        if (!validRegions.has(region)) {
          if (!isRegionKey(region)) {
            throw new ImportFormatError({
              line,
              column: variable.attributeCode + 1,
              expected:
                'einen Regionalschlüssel (DG, 2-, 3-, 5- oder 8-stellig) als Ausprägungscode des regionalen Merkmals',
              found: attribute,
            });
          }
          validRegions.add(region);
          regionNames[region] = row.field(variable.attributeLabel).trim();
        }
        continue;
      }
      if (attribute === '') continue;
      const dimension = productDimensionCode(row.field(variable.code));
      dims[dimension] = attribute;
      let info = vocabulary.dimensions.get(dimension);
      if (info === undefined) {
        info = { label: row.field(variable.label).trim(), attributes: new Map() };
        vocabulary.dimensions.set(dimension, info);
      }
      if (!info.attributes.has(attribute))
        info.attributes.set(attribute, row.field(variable.attributeLabel).trim());
    }

    if (layout.generation === 'new') {
      const measure = row.field(layout.valueCode);
      if (!vocabulary.measures.has(measure)) {
        if (measure.trim() === '') {
          throw new ImportFormatError({
            line,
            column: layout.valueCode + 1,
            expected: 'den Code des Wertmerkmals (value_variable_code)',
            found: measure,
          });
        }
        vocabulary.measures.set(measure, {
          code: measure,
          label: row.field(layout.valueLabel).trim(),
          unit: row.field(layout.unit).trim() || null,
        });
      }
      const cell = readValue(row, layout.value, layout.quality);
      yield { region, period, measure, dims, value: cell.value, flag: cell.flag, line };
      continue;
    }
    for (let index = 0; index < layout.valueColumns.length; index++) {
      const column = layout.valueColumns[index]!;
      const cell = readValue(row, column.index, -1);
      yield {
        region,
        period,
        measure: column.measure.code,
        dims: index === 0 ? dims : { ...dims },
        value: cell.value,
        flag: cell.flag,
        line,
      };
    }
  }

  if (statisticCode === null) {
    throw new ImportFormatError({
      line: null,
      expected: 'mindestens eine Datenzeile nach der Kopfzeile, die Datei hat keine',
    });
  }
  const fromName = tableCodeFromFileName(fileName);
  const tableCode = fromName?.startsWith(statisticCode) ? fromName : statisticCode;
  if (tableCode === statisticCode) {
    notes.push(
      `Der Tabellencode steht nicht in der Datei; verwendet wird der Statistik-Code ${statisticCode}. Für den vollen Tabellencode die Datei mit ihrem Originalnamen (z. B. „${statisticCode}-01-01-4_…_flat.csv“) importieren.`,
    );
  }
  const source = sourceForTableCode(tableCode);
  const vintage = vintageFromFileName(fileName);
  const measures = [...vocabulary.measures.values()];
  const dimensions = vocabulary.dimensionList();
  const metadata: TableMetadata = {
    source,
    tableCode,
    title: flatTitle(statisticLabel, measures, dimensions),
    publisher: defaultPublisher(source),
    licence: defaultLicence(source, vintage?.slice(0, 4) ?? null),
    vintage,
    measures,
    dimensions,
    regionNames,
    notes,
  };
  return metadata;
}

function readValue(row: CsvRow, valueIndex: number, qualityIndex: number): CellValue {
  const quality = qualityIndex >= 0 ? parseQualityFlag(row.field(qualityIndex)) : null;
  if (quality === undefined) {
    throw new ImportFormatError({
      line: row.line,
      column: qualityIndex + 1,
      expected: `ein Qualitätskennzeichen (${Object.keys(QUALITY_FLAGS).join(' ')}) oder ein leeres Feld`,
      found: row.field(qualityIndex),
    });
  }
  return flaggedValue(row, valueIndex, quality, parseFlatValue);
}

function findRegionalVariable(row: CsvRow, variables: readonly VariableColumns[]): number {
  const byCode = variables.findIndex((variable) => REGIONAL_VARIABLES.has(row.field(variable.code).trim()));
  if (byCode >= 0) return byCode;
  return variables.findIndex((variable) => {
    const attribute = row.field(variable.attributeCode).trim();
    return attribute !== GERMANY_KEY && /^(\d{2}|\d{3}|\d{5}|\d{8}|\d{9}|\d{12})$/.test(attribute);
  });
}

function flatTitle(
  statistic: string,
  measures: readonly MeasureInfo[],
  dimensions: readonly DimensionInfo[],
): string {
  const what = measures.map((measure) => measure.label).join(', ');
  const by = dimensions.map((dimension) => dimension.label).join(', ');
  return [statistic, what && `${what}${by ? ` nach ${by}` : ''}`].filter(Boolean).join(': ');
}

/** The CSV layouts a zipped download may contain, in the order they are tried. */
const ZIPPED_LAYOUTS: readonly Importer[] = [
  genesisFfcsvImporter,
  genesisFlatCsvImporter,
  genesisTableCsvImporter,
];

/** Uncompressed size above which a zip is refused rather than unpacked into memory. */
const MAX_UNZIPPED_BYTES = 1.5 * 1024 * 1024 * 1024;

export const genesisFfcsvZipImporter: Importer = {
  format: 'genesis-ffcsv',
  label: 'GENESIS-Flat-CSV im ZIP-Archiv (Download der Schnittstelle)',
  detect(probe) {
    if (probe.kind !== 'zip') return false;
    const name = firstZipEntryName(probe.head);
    return name !== null && /\.csv$/i.test(name);
  },
  async open(source) {
    const names: string[] = [];
    let tooLarge = false;
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(source.bytes, {
        filter(file) {
          names.push(file.name);
          if (!/\.csv$/i.test(file.name)) return false;
          if (file.originalSize > MAX_UNZIPPED_BYTES) tooLarge = true;
          return !tooLarge;
        },
      });
    } catch (error) {
      throw new ImportFormatError({
        line: null,
        expected: `Layout: ein lesbares ZIP-Archiv (${error instanceof Error ? error.message : String(error)})`,
      });
    }
    if (tooLarge) {
      throw new AppError('import.too_large', {
        message: 'zipped CSV larger than 1.5 GiB',
        userMessage:
          'Die CSV-Datei im ZIP-Archiv ist entpackt größer als 1,5 GB. Bitte die Tabelle in Teilen abrufen (z. B. nach Jahren).',
      });
    }
    const csvNames = Object.keys(files);
    if (csvNames.length !== 1) {
      throw new ImportFormatError({
        line: null,
        expected: `Layout: ein ZIP-Archiv mit genau einer CSV-Datei, es enthält aber ${csvNames.length === 0 ? 'keine' : csvNames.length}`,
        found: names.join(', '),
      });
    }
    const inner: ImportSource = { fileName: csvNames[0]!, bytes: files[csvNames[0]!]! };
    const probe = probeFile(inner);
    const importer = ZIPPED_LAYOUTS.find((candidate) => candidate.detect(probe));
    if (!importer) {
      throw new ImportFormatError({
        line: 1,
        expected: `Layout: eine GENESIS-CSV im ZIP-Archiv (Datei ${inner.fileName} beginnt mit „statistics_code;“, „Statistik_Code;“ oder „GENESIS-Tabelle:“)`,
        found: probe.lines[0] ?? '',
      });
    }
    try {
      return namedAfter(inner.fileName, await importer.open(inner));
    } catch (error) {
      throw inInnerFile(inner.fileName, error);
    }
  },
};

/** Name of the first entry from a zip's first local file header. */
function firstZipEntryName(head: Uint8Array): string | null {
  if (head.length < 30 || head[0] !== 0x50 || head[1] !== 0x4b || head[2] !== 0x03 || head[3] !== 0x04)
    return null;
  const length = head[26]! | (head[27]! << 8);
  if (30 + length > head.length) return null;
  return new TextDecoder('utf-8').decode(head.subarray(30, 30 + length));
}

function* namedAfter(fileName: string, stream: ObservationStream): ObservationStream {
  try {
    return yield* stream;
  } catch (error) {
    throw inInnerFile(fileName, error);
  }
}

/** Errors inside the archive name the CSV file; the import service adds the archive's name. */
function inInnerFile(fileName: string, error: unknown): unknown {
  if (error instanceof ImportFormatError && !error.message.startsWith(`${fileName}: `)) {
    error.message = `${fileName}: ${error.message}`;
  } else if (error instanceof AppError && !error.userMessage.startsWith(`${fileName}: `)) {
    return new AppError(error.code, {
      message: `${fileName}: ${error.message}`,
      userMessage: `${fileName}: ${error.userMessage}`,
      details: { innerFile: fileName, ...error.details },
      cause: error,
    });
  }
  return error;
}

/**
 * GENESIS names its age variable after the grouping (ALTX20, ALTX17, …) while the attribute codes
 * (ALT000B03 …) are the same everywhere; the product uses one code, ALTX, as for classic tables
 * (ADR 4), so formulas work on every download of a table.
 */
export function productDimensionCode(code: string): string {
  return /^ALTX\d+$/.test(code) ? 'ALTX' : code;
}
