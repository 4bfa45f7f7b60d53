/**
 * The education office's own data as a long CSV, one value per row:
 *
 *   # table: EIGEN-001
 *   # title: Schulabgänge nach Schulform
 *   # publisher: Landkreis Stade, Bildungsbüro
 *   # licence: intern
 *   # vintage: 2025-06-30
 *   # measure ABG: Abgänge | Anzahl
 *   # column Schulform: SCHULFORM | Schulform
 *   region;period;measure;value;flag;Geschlecht;Schulform
 *   03359;2024;ABG;123;;weiblich;Gymnasium
 *
 * Required columns (any order, case-insensitive, German names too): `region` (`region`),
 * `period` (`zeit`, `jahr`, `stichtag`), `value` (`wert`); `measure` (`merkmal`, `kennzahl`)
 * unless exactly one `# measure` is declared; optional `flag` (`kennzeichen`) and `name`
 * (`regionsname`). Every other column is a dimension: its code comes from `# column <name>:
 * <CODE> | <Label>` (or `ignore`), else Geschlecht/Nationalität map to GES/NAT and anything else
 * is slugged; cell values that already look like codes (`GESW`) stay, labels go through labels.ts.
 * Separator `;`, `,` or tab, taken from the header; decimal comma with `;`/tab, point with `,`
 * (`# decimal: .` overrides). UTF-8 or Windows-1252. Front matter lines start with `#`.
 */
import { isRegionKey, regionKeyForName } from '../../regions/names.ts';
import { parseValueCell } from './cells.ts';
import {
  assertCsvText,
  type CsvRow,
  flaggedValue,
  parseQualityFlag,
  readCsvRows,
  separatorName,
  shortRowError,
} from './csv.ts';
import { attributeCode, dimensionForVariable, isTotalLabel, periodCode, slug } from './labels.ts';
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

type Role = 'region' | 'period' | 'measure' | 'value' | 'flag' | 'name';

const ROLE_NAMES: Readonly<Record<string, Role>> = {
  region: 'region',
  regionalschluessel: 'region',
  regionalschlüssel: 'region',
  ags: 'region',
  ars: 'region',
  period: 'period',
  zeit: 'period',
  jahr: 'period',
  stichtag: 'period',
  periode: 'period',
  measure: 'measure',
  merkmal: 'measure',
  kennzahl: 'measure',
  indikator: 'measure',
  value: 'value',
  wert: 'value',
  flag: 'flag',
  kennzeichen: 'flag',
  marker: 'flag',
  name: 'name',
  region_name: 'name',
  regionsname: 'name',
};

const SEPARATORS = [';', ',', '\t'] as const;

export const genericLongCsvImporter: Importer = {
  format: 'generic-long-csv',
  label: 'Eigene Daten (CSV im Langformat: region;period;measure;value)',
  detect(probe) {
    if (probe.kind !== 'text') return false;
    const header = probe.lines.find((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
    if (header === undefined) return false;
    const roles = headerRoles(splitSimple(header, chooseSeparator(header)));
    return roles.includes('region') && roles.includes('period') && roles.includes('value');
  },
  async open(source) {
    return openLongCsv(source);
  },
};

function chooseSeparator(header: string): (typeof SEPARATORS)[number] {
  let best: (typeof SEPARATORS)[number] = ';';
  let most = 0;
  for (const separator of SEPARATORS) {
    const count = header.split(separator).length - 1;
    if (count > most) {
      best = separator;
      most = count;
    }
  }
  return best;
}

function splitSimple(line: string, separator: string): string[] {
  return line.split(separator).map((field) => field.trim().replace(/^"(.*)"$/, '$1'));
}

function headerRoles(names: readonly string[]): (Role | null)[] {
  return names.map((name) => ROLE_NAMES[name.trim().toLowerCase()] ?? null);
}

interface FrontMatter {
  table: string | null;
  title: string | null;
  publisher: string | null;
  licence: string | null;
  vintage: string | null;
  decimal: ',' | '.' | null;
  measures: Map<string, MeasureInfo>;
  columns: Map<string, { code: string; label: string } | 'ignore'>;
  notes: string[];
}

function readFrontMatter(lines: readonly string[]): FrontMatter {
  const front: FrontMatter = {
    table: null,
    title: null,
    publisher: null,
    licence: null,
    vintage: null,
    decimal: null,
    measures: new Map(),
    columns: new Map(),
    notes: [],
  };
  lines.forEach((raw, index) => {
    const line = index + 1;
    const match = /^#\s*([^:]+?)\s*:\s*(.*?)\s*$/.exec(raw.trim());
    if (!match) return; // a plain comment
    const key = match[1]!;
    const value = match[2]!;
    const [word, ...rest] = key.split(/\s+/);
    const argument = rest.join(' ');
    switch (word!.toLowerCase()) {
      case 'table':
      case 'tabelle':
        front.table = value;
        return;
      case 'title':
      case 'titel':
        front.title = value;
        return;
      case 'publisher':
      case 'herausgeber':
      case 'quelle':
        front.publisher = value;
        return;
      case 'licence':
      case 'license':
      case 'lizenz':
        front.licence = value;
        return;
      case 'vintage':
      case 'stand': {
        const date = periodCode(value);
        if (date === null || date.length !== 10) {
          throw new ImportFormatError({
            line,
            expected: 'ein Datum für „# vintage:“ (JJJJ-MM-TT oder TT.MM.JJJJ)',
            found: value,
          });
        }
        front.vintage = date;
        return;
      }
      case 'decimal':
      case 'dezimaltrennzeichen':
        if (value !== ',' && value !== '.') {
          throw new ImportFormatError({ line, expected: '„,“ oder „.“ für „# decimal:“', found: value });
        }
        front.decimal = value;
        return;
      case 'measure':
      case 'kennzahl':
      case 'merkmal': {
        if (argument === '') {
          throw new ImportFormatError({
            line,
            expected: '„# measure <CODE>: <Bezeichnung> | <Einheit>“',
            found: raw,
          });
        }
        const [label, unit] = value.split('|').map((part) => part.trim());
        front.measures.set(argument, { code: argument, label: label || argument, unit: unit || null });
        return;
      }
      case 'column':
      case 'spalte': {
        if (argument === '') {
          throw new ImportFormatError({
            line,
            expected: '„# column <Spaltenname>: <DIMENSIONSCODE> | <Bezeichnung>“',
            found: raw,
          });
        }
        const [code, label] = value.split('|').map((part) => part.trim());
        if (!code)
          throw new ImportFormatError({
            line,
            expected: 'einen Dimensionscode nach „# column …:“',
            found: raw,
          });
        front.columns.set(
          argument.toLowerCase(),
          /^(ignore|ignorieren)$/i.test(code) ? 'ignore' : { code, label: label || argument },
        );
        return;
      }
      default:
        front.notes.push(`${key}: ${value}`);
    }
  });
  return front;
}

interface DimensionColumn {
  index: number;
  code: string;
  label: string;
  attributes: Map<string, string | null>;
}

async function openLongCsv(source: ImportSource): Promise<ObservationStream> {
  assertCsvText(source.bytes);
  // The front matter is read from the first chunk, so a stray quote in a comment cannot swallow the file.
  const chunks = decodeChunks(source.bytes)[Symbol.iterator]();
  const firstChunk = chunks.next();
  const text = firstChunk.done ? '' : firstChunk.value;
  const frontLines: string[] = [];
  let offset = 0;
  for (;;) {
    const end = text.indexOf('\n', offset);
    const raw = text.slice(offset, end === -1 ? text.length : end);
    if (raw.trim() !== '' && !raw.trimStart().startsWith('#')) break;
    frontLines.push(raw.replace(/\r$/, ''));
    if (end === -1) {
      offset = text.length;
      break;
    }
    offset = end + 1;
  }
  const front = readFrontMatter(frontLines);
  const headerLine = frontLines.length + 1;
  const rest = text.slice(offset);
  const headerText = rest
    .slice(0, rest.indexOf('\n') === -1 ? rest.length : rest.indexOf('\n'))
    .replace(/\r$/, '');
  if (headerText.trim() === '') {
    throw new ImportFormatError({
      line: null,
      expected: 'eine Kopfzeile „region;period;measure;value“ nach den #-Zeilen, die Datei endet vorher',
    });
  }
  const separator = chooseSeparator(headerText);
  const decimal = front.decimal ?? (separator === ',' ? '.' : ',');

  function* allChunks(): Generator<string> {
    yield rest;
    for (let next = chunks.next(); !next.done; next = chunks.next()) yield next.value;
  }
  const rows = readCsvRows(allChunks(), { separator, firstLine: headerLine })[Symbol.iterator]();
  const headerRow = rows.next();
  const names = headerRow.done ? [] : headerRow.value.fields().map((name) => name.trim());
  const roles = headerRoles(names);
  const find = (role: Role) => roles.indexOf(role);
  const missing = (['region', 'period', 'value'] as const).filter((role) => find(role) < 0);
  if (missing.length > 0) {
    throw new ImportFormatError({
      line: headerLine,
      expected: `eine Kopfzeile mit den Spalten region, period und value (oder region, zeit, wert); es fehlt: ${missing.join(', ')}`,
      found: headerText,
    });
  }
  const columns = {
    region: find('region'),
    period: find('period'),
    measure: find('measure'),
    value: find('value'),
    flag: find('flag'),
    name: find('name'),
  };
  if (columns.measure < 0 && front.measures.size !== 1) {
    throw new ImportFormatError({
      line: headerLine,
      expected:
        'eine Spalte „measure“ (oder „merkmal“) oder genau eine Angabe „# measure <CODE>: <Bezeichnung>“',
      found: headerText,
    });
  }
  const dimensions: DimensionColumn[] = [];
  names.forEach((name, index) => {
    if (roles[index] !== null || name === '') return;
    const mapped = front.columns.get(name.toLowerCase());
    if (mapped === 'ignore') return;
    const dimension = mapped ?? dimensionForVariable(name);
    dimensions.push({
      index,
      code: dimension.code,
      label: mapped?.label ?? dimension.label,
      attributes: new Map(),
    });
  });
  return streamLongCsv(rows, {
    source,
    front,
    columns,
    dimensions,
    width: names.length,
    decimal,
    separator,
  });
}

interface LongLayout {
  source: ImportSource;
  front: FrontMatter;
  columns: Record<Role, number>;
  dimensions: DimensionColumn[];
  width: number;
  decimal: ',' | '.';
  separator: string;
}

function* streamLongCsv(rows: Iterator<CsvRow>, layout: LongLayout): ObservationStream {
  const { front, columns, dimensions } = layout;
  const measures = new Map(front.measures);
  const defaultMeasure = columns.measure < 0 ? [...front.measures.keys()][0]! : null;
  const regionNames: Record<string, string> = {};
  const notes = [...front.notes];
  const parseValue = (raw: string) => parseValueCell(raw, layout.decimal);
  let padded = false;

  for (let next = rows.next(); !next.done; next = rows.next()) {
    const row = next.value;
    const line = row.line;
    if (row.length !== layout.width) {
      if (row.isBlank()) continue;
      if (row.length === 1 && layout.width > 1) {
        const other = SEPARATORS.find(
          (separator) => separator !== layout.separator && row.field(0).includes(separator),
        );
        if (other) {
          throw new ImportFormatError({
            line,
            expected: `${separatorName(layout.separator)} als Trennzeichen wie in der Kopfzeile, die Zeile ist aber durch ${separatorName(other)} getrennt`,
            found: row.field(0),
          });
        }
      }
      throw shortRowError(line, layout.width, row.fields());
    }

    const rawRegion = row.field(columns.region).trim();
    let region = rawRegion;
    if (!isRegionKey(region)) {
      // Spreadsheets drop leading zeros: 3359 → 03359.
      if (/^\d+$/.test(region) && isRegionKey(`0${region}`)) {
        region = `0${region}`;
        padded = true;
      } else {
        const byName = regionKeyForName(region);
        if (byName === null) {
          throw new ImportFormatError({
            line,
            column: columns.region + 1,
            expected: 'einen Regionalschlüssel (DG, 2-, 3-, 5- oder 8-stellig) oder den Namen eines Landes',
            found: rawRegion,
          });
        }
        region = byName;
        regionNames[region] ??= rawRegion;
      }
    }
    if (columns.name >= 0 && regionNames[region] === undefined)
      regionNames[region] = row.field(columns.name).trim();

    const rawPeriod = row.field(columns.period);
    const period = periodCode(rawPeriod);
    if (period === null) {
      throw new ImportFormatError({
        line,
        column: columns.period + 1,
        expected: 'eine Zeitangabe (JJJJ, TT.MM.JJJJ, JJJJ-MM-TT oder Schuljahr JJJJ/JJ)',
        found: rawPeriod,
      });
    }

    let measure = defaultMeasure ?? row.field(columns.measure).trim();
    if (measure === '') {
      throw new ImportFormatError({
        line,
        column: columns.measure + 1,
        expected: 'einen Kennzahl-Code in der Spalte measure',
        found: '',
      });
    }
    if (!/^[A-Za-z0-9][\w.-]*$/.test(measure)) {
      const label = measure;
      measure = slug(label);
      if (!measures.has(measure)) measures.set(measure, { code: measure, label, unit: null });
    } else if (!measures.has(measure)) {
      measures.set(measure, { code: measure, label: measure, unit: null });
    }

    const flag = columns.flag >= 0 ? parseQualityFlag(row.field(columns.flag)) : null;
    if (flag === undefined) {
      throw new ImportFormatError({
        line,
        column: columns.flag + 1,
        expected: `ein Zeichen der Zeichenerklärung (${Object.keys(QUALITY_FLAGS).join(' ')}) oder ein leeres Feld`,
        found: row.field(columns.flag).trim(),
      });
    }
    const cell = flaggedValue(row, columns.value, flag, parseValue);

    const dims: Record<string, string> = {};
    for (const dimension of dimensions) {
      const label = row.field(dimension.index).trim();
      let code = dimension.attributes.get(label);
      if (code === undefined) {
        code =
          label === '' || isTotalLabel(label)
            ? null
            : /^[A-Z0-9][A-Z0-9_-]*$/.test(label)
              ? label
              : attributeCode(dimension.code, label);
        dimension.attributes.set(label, code);
      }
      if (code !== null) dims[dimension.code] = code;
    }
    yield { region, period, measure, dims, value: cell.value, flag: cell.flag, line };
  }

  if (padded) notes.push('Regionalschlüssel ohne führende Null (z. B. 3359) wurden zu 03359 ergänzt.');
  const dimensionList: DimensionInfo[] = dimensions.map((dimension) => {
    const attributes = new Map<string, string>();
    for (const [label, code] of dimension.attributes)
      if (code !== null && !attributes.has(code)) attributes.set(code, label);
    return {
      code: dimension.code,
      label: dimension.label,
      attributes: [...attributes].map(([code, label]) => ({ code, label })),
    };
  });
  const base = (layout.source.fileName.split(/[\\/]/).pop() ?? layout.source.fileName).replace(
    /\.[^.]+$/,
    '',
  );
  const metadata: TableMetadata = {
    source: 'own',
    tableCode: front.table ?? base,
    title: front.title ?? `Eigene Daten: ${base}`,
    publisher: front.publisher ?? 'Eigene Daten (ohne Angabe des Herausgebers)',
    licence: front.licence ?? 'Keine Lizenzangabe in der Datei (eigene Daten).',
    vintage: front.vintage,
    measures: [...measures.values()],
    dimensions: dimensionList,
    regionNames,
    notes,
  };
  return metadata;
}
