/**
 * The BA table booklet "Beschäftigte nach Berufen (KldB 2010) (Quartalszahlen)"
 * (`bo-heft-<region>-0-<yyyymm>-xlsx.xlsx`, region `d` = Deutschland, 2 digits = Land,
 * 5 digits = Kreis): one sheet pair per employment type (`SVB`, `GB`, `aGB`, `iNGB` –
 * "Tabelle I" by sex, nationality, age and trainees; "Tabelle II" by working time,
 * Anforderungsniveau and vocational qualification). Rows are KldB codes of all levels
 * ("<code> <name>") plus an "Insgesamt" row; the header block ends with a row of column numbers.
 *
 * Dimension codes: KLDB (code as printed, all levels; rows without a code get a slug of their
 * name), GES (GESM/GESW), NAT (NATD/NATA), ALTER (slug of the age group), PERSGR (AZUBI for
 * trainees), ARBZEIT (VOLLZEIT/TEILZEIT), ANFNIV (1 Helfer … 4 Experte), BERAB (OHNE,
 * ANERKANNT, AKADEMISCH, UNBEKANNT). Totals ("Insgesamt") omit the dimension.
 *
 * Table code: always `BA-BO-HEFT`. Region and Stichtag of an edition are already the
 * observations' region and period, so the Kreis, Land and Deutschland editions of every date
 * are one table that formulas can name; the Erstellungsdatum is the vintage.
 */
import { isRegionKey, regionKeyForName } from '../../regions/names.ts';
import { readBaImprint } from './ba-imprint.ts';
import { parseValueCell } from './cells.ts';
import type {
  DimensionInfo,
  MeasureInfo,
  ObservationRecord,
  ObservationStream,
  TableMetadata,
} from './types.ts';
import {
  baseName,
  cellError,
  cellText,
  columnLetter,
  contentDate,
  layoutError,
  normalizeLabel,
  readCell,
  readValue,
  slug,
  unexpectedCell,
  type Workbook,
  type Worksheet,
  xlsxImporter,
} from './xlsx.ts';

const LABEL = 'BA-Tabellenheft „Beschäftigte nach Berufen (KldB 2010)“ (xlsx)';
export const BA_OCCUPATIONS_TABLE = 'BA-BO-HEFT';

const FILE_NAME = /^bo-heft-([a-z]|\d{2}|\d{3}|\d{5})-\d+-(\d{4})(\d{2})/i;
const TABLE_SHEET = /^(SVB|GB|aGB|iNGB)\s*-\s*Tabelle\s+(I|II)$/i;

const EMPLOYMENT_TYPES: Record<string, MeasureInfo> = {
  svb: { code: 'svb', label: 'Sozialversicherungspflichtig Beschäftigte', unit: 'Personen' },
  gb: { code: 'gb', label: 'Geringfügig Beschäftigte insgesamt', unit: 'Personen' },
  agb: { code: 'agb', label: 'Ausschließlich geringfügig Beschäftigte', unit: 'Personen' },
  ingb: { code: 'ingb', label: 'Im Nebenjob geringfügig Beschäftigte', unit: 'Personen' },
};

const DIMENSION_LABELS: Record<string, string> = {
  KLDB: 'Beruf (KldB 2010)',
  GES: 'Geschlecht',
  NAT: 'Staatsangehörigkeit',
  ALTER: 'Altersgruppe',
  PERSGR: 'Personengruppe',
  ARBZEIT: 'Arbeitszeit',
  ANFNIV: 'Anforderungsniveau',
  BERAB: 'Berufsabschluss',
};

/** Group headings (row above the attribute row) → dimension. */
const GROUPS: [RegExp, string][] = [
  [/^geschlecht$/i, 'GES'],
  [/^staatsangehörigkeit$/i, 'NAT'],
  [/^altersgruppen?$/i, 'ALTER'],
  [/^arbeitszeit$/i, 'ARBZEIT'],
  [/^anforderungsniveau/i, 'ANFNIV'],
  [/^berufsabschluss$/i, 'BERAB'],
];

/** Attribute labels → code, per dimension; unknown labels fall back to a slug. */
function attributeCode(dimension: string, label: string, previous: string | null): string {
  const lower = label.toLowerCase();
  switch (dimension) {
    case 'GES':
      if (/^(männer|männlich)$/.test(lower)) return 'GESM';
      if (/^(frauen|weiblich)$/.test(lower)) return 'GESW';
      break;
    case 'NAT':
      if (/^deutsche$/.test(lower)) return 'NATD';
      if (/^ausländer/.test(lower)) return 'NATA';
      break;
    case 'ARBZEIT':
      if (/vollzeit/.test(lower)) return 'VOLLZEIT';
      if (/teilzeit/.test(lower)) return 'TEILZEIT';
      break;
    case 'ANFNIV': {
      const level = { helfer: '1', fachkraft: '2', spezialist: '3', experte: '4' }[lower];
      if (level) return level;
      break;
    }
    case 'BERAB':
      if (/^ohne/.test(lower)) return 'OHNE';
      if (/anerkannt/.test(lower)) return 'ANERKANNT';
      if (/akadem/.test(lower)) return 'AKADEMISCH';
      if (/unbekannt/.test(lower)) return 'UNBEKANNT';
      break;
    case 'ALTER': {
      // "darunter bis zur Regelaltersgrenze" is a part of the age group before it.
      const part = /^darunter\s+(.+)$/i.exec(label);
      if (part && previous) return `${previous}_${slug(part[1]!)}`;
      return slug(label);
    }
  }
  return dimension === 'ALTER' ? slug(label) : slug(label).toUpperCase();
}

interface ColumnPlan {
  column: number;
  dims: Record<string, string>;
  /** Column B of Tabelle II repeats the total of Tabelle I. */
  repeatsTotal: boolean;
}

interface SheetPlan {
  sheet: Worksheet;
  measure: string;
  part: 'I' | 'II';
  firstDataRow: number;
  columns: ColumnPlan[];
}

interface Plan {
  sheets: SheetPlan[];
  region: string;
  regionName: string;
  period: string;
  attributes: Map<string, Map<string, string>>;
  metadata: TableMetadata;
}

export const baOccupationsXlsxImporter = xlsxImporter({
  format: 'ba-occupations-xlsx',
  label: LABEL,
  fileName: /^bo-heft-/i,
  read: (workbook, fileName) => observations(analyse(workbook, fileName)),
});

function analyse(workbook: Workbook, fileName: string): Plan {
  const tableSheets = workbook.worksheets.filter((sheet) => TABLE_SHEET.test(sheet.name.trim()));
  if (tableSheets.length === 0) {
    throw layoutError(
      LABEL,
      null,
      null,
      'Tabellenblätter „SVB - Tabelle I“, „SVB - Tabelle II“, „GB - …“',
      workbook.worksheets.map((sheet) => sheet.name).join(', '),
    );
  }
  const attributes = new Map<string, Map<string, string>>();
  const addAttribute = (dimension: string, code: string, label: string) => {
    const known = attributes.get(dimension) ?? new Map<string, string>();
    if (!known.has(code)) known.set(code, label);
    attributes.set(dimension, known);
  };
  const notes: string[] = [];
  const sheets: SheetPlan[] = [];
  const partsByMeasure = new Map<string, Set<string>>();
  for (const sheet of tableSheets) {
    const match = TABLE_SHEET.exec(sheet.name.trim())!;
    const measure = match[1]!.toLowerCase();
    const part = match[2]!.toUpperCase() as 'I' | 'II';
    const numbers = numberingRow(sheet);
    if (numbers === null) {
      throw layoutError(
        LABEL,
        sheet.name,
        null,
        'eine Zeile mit Spaltennummern 1, 2, 3 … ab Spalte B unter den Spaltenköpfen',
      );
    }
    partsByMeasure.set(measure, (partsByMeasure.get(measure) ?? new Set()).add(part));
    const columns = columnPlans(sheet, numbers, addAttribute, notes);
    sheets.push({ sheet, measure, part, firstDataRow: numbers + 1, columns });
  }
  // The total of Tabelle II repeats Tabelle I's column 1; read it once.
  for (const plan of sheets) {
    if (plan.part !== 'II' || !partsByMeasure.get(plan.measure)?.has('I')) continue;
    for (const column of plan.columns) column.repeatsTotal = Object.keys(column.dims).length === 0;
  }

  const { imprint, cover, publisher, licence, vintage } = readBaImprint(workbook);
  const firstSheet = sheets[0]!.sheet;
  const titleRow = tableTitleRow(firstSheet);

  const { region, regionName } = regionOf(
    [
      imprint.get('Region')?.[0],
      cover.get('Region')?.[0],
      titleRow === null ? undefined : cellText(firstSheet, titleRow + 1, 1),
    ],
    fileName,
    firstSheet,
    titleRow,
  );
  const period = periodOf(sheets, imprint, fileName);
  if (!period) {
    throw cellError(
      firstSheet.name,
      titleRow === null ? null : titleRow + 2,
      1,
      'den Stichtag (z. B. „Stichtag 31.12.2019“)',
    );
  }

  const title = (imprint.get('Titel')?.join(' ') ?? 'Beschäftigte nach Berufen (KldB 2010)')
    .replace(/\s+/g, ' ')
    .trim();
  const measures = [...new Set(sheets.map((plan) => plan.measure))].map((code) => EMPLOYMENT_TYPES[code]!);
  const metadata: TableMetadata = {
    source: 'ba',
    tableCode: BA_OCCUPATIONS_TABLE,
    title: `${title} – ${regionName}, Stichtag ${period.split('-').reverse().join('.')}`,
    publisher,
    licence,
    vintage,
    measures,
    dimensions: [],
    regionNames: { [region]: regionName },
    notes,
  };
  if (sheets.some((plan) => plan.columns.some((column) => column.repeatsTotal))) {
    notes.push('Spalte 1 (Insgesamt) der Tabellen II wiederholt Tabelle I und ist nur einmal übernommen.');
  }
  notes.push(
    '„*“: anonymisiert (Zahlenwerte 1 oder 2 und Werte, aus denen auf solche geschlossen werden kann).',
  );
  return { sheets, region, regionName, period, attributes, metadata };
}

function numberingRow(sheet: Worksheet): number | null {
  for (let row = 1; row <= Math.min(sheet.rowCount, 30); row++) {
    if (cellText(sheet, row, 2) === '1' && cellText(sheet, row, 3) === '2') return row;
  }
  return null;
}

function columnPlans(
  sheet: Worksheet,
  numbers: number,
  addAttribute: (dimension: string, code: string, label: string) => void,
  notes: string[],
): ColumnPlan[] {
  // The header block: rows above the numbers whose column B is filled (merged "Insgesamt").
  let top = numbers;
  while (top > 1 && cellText(sheet, top - 1, 2) !== '') top--;
  if (top === numbers)
    throw layoutError(LABEL, sheet.name, numbers - 1, 'Spaltenköpfe über der Zeile mit den Spaltennummern');
  const plans: ColumnPlan[] = [];
  const seen = new Map<string, number>();
  let previousAge: string | null = null;
  for (let column = 2; column <= sheet.columnCount; column++) {
    const number = cellText(sheet, numbers, column);
    if (!/^\d+$/.test(number)) continue;
    const texts: string[] = [];
    for (let row = top; row < numbers; row++) {
      const text = normalizeLabel(cellText(sheet, row, column)).replace(/\s*\d\)$/, '');
      if (text !== '' && texts.at(-1) !== text) texts.push(text);
    }
    const dims: Record<string, string> = {};
    let dimension: string | null = null;
    for (const text of texts) {
      if (/^darunter:?$/i.test(text) || /^insgesamt$/i.test(text)) continue;
      if (/auszubildende/i.test(text)) {
        dims.PERSGR = 'AZUBI';
        addAttribute('PERSGR', 'AZUBI', 'Auszubildende');
        continue;
      }
      const group = GROUPS.find(([pattern]) => pattern.test(text));
      if (group) {
        dimension = group[1];
        continue;
      }
      if (dimension === null) {
        // A heading of its own kind: keep it as a dimension rather than lose the column.
        dimension = slug(text).toUpperCase();
        notes.push(
          `Blatt "${sheet.name}", Spalte ${columnLetter(column)}: unbekannte Spaltengruppe "${text}", Merkmal ${dimension}.`,
        );
        continue;
      }
      const code = attributeCode(dimension, text, dimension === 'ALTER' ? previousAge : null);
      if (dimension === 'ALTER' && !/^darunter/i.test(text)) previousAge = code;
      dims[dimension] = code;
      addAttribute(dimension, code, text);
    }
    const identity = JSON.stringify(Object.entries(dims).sort());
    const twin = seen.get(identity);
    if (twin !== undefined) {
      throw cellError(
        sheet.name,
        numbers - 1,
        column,
        `Spaltenköpfe, die sich von Spalte ${columnLetter(twin)} unterscheiden`,
        texts.join(' / '),
      );
    }
    seen.set(identity, column);
    plans.push({ column, dims, repeatsTotal: false });
  }
  return plans;
}

function tableTitleRow(sheet: Worksheet): number | null {
  for (let row = 1; row <= Math.min(sheet.rowCount, 12); row++) {
    if (/^\d+\.\s+\S/.test(cellText(sheet, row, 1))) return row;
  }
  return null;
}

/**
 * The booklet's region: a key written in the region text ("Stade (03359)"), a Land name or
 * Deutschland, else the region part of the file name (`bo-heft-03359-0-…`).
 */
function regionOf(
  candidates: (string | undefined)[],
  fileName: string,
  sheet: Worksheet,
  titleRow: number | null,
): { region: string; regionName: string } {
  const texts = candidates
    .map((text) => text?.replace(/\s+/g, ' ').trim())
    .filter((text): text is string => !!text);
  const fileRegion = FILE_NAME.exec(baseName(fileName))?.[1]?.toLowerCase() ?? null;
  for (const text of texts) {
    const key = /\((\d{2}|\d{3}|\d{5}|\d{8})\)/.exec(text)?.[1] ?? /^(\d{5}|\d{8})\s/.exec(text)?.[1];
    if (key && isRegionKey(key))
      return { region: key, regionName: text.replace(/\s*\(\d+\)\s*$/, '').replace(/^\d+\s+/, '') };
    const named = regionKeyForName(text);
    if (named) return { region: named, regionName: text };
  }
  const regionName = texts[0] ?? null;
  if (fileRegion === 'd') return { region: 'DG', regionName: regionName ?? 'Deutschland' };
  if (fileRegion && /^\d+$/.test(fileRegion) && isRegionKey(fileRegion)) {
    return { region: fileRegion, regionName: regionName ?? fileRegion };
  }
  throw cellError(
    sheet.name,
    titleRow === null ? null : titleRow + 1,
    1,
    'die Region als Deutschland, Ländername oder mit Regionalschlüssel (z. B. „Stade (03359)“) oder einen Dateinamen bo-heft-<Schlüssel>-…',
    regionName,
  );
}

function periodOf(sheets: SheetPlan[], imprint: Map<string, string[]>, fileName: string): string | null {
  for (const { sheet } of sheets) {
    for (let row = 1; row < 12; row++) {
      const stichtag = /^Stichtag:?\s*(.+)$/i.exec(cellText(sheet, row, 1));
      if (stichtag) {
        const date = contentDate({ kind: 'text', text: stichtag[1]! });
        if (date) return date;
      }
    }
  }
  const imprinted = imprint.get('Stichtag')?.[0];
  if (imprinted) {
    const date = contentDate({ kind: 'text', text: imprinted });
    if (date) return date;
  }
  const fromName = FILE_NAME.exec(baseName(fileName));
  if (fromName) {
    const year = Number(fromName[2]);
    const month = Number(fromName[3]);
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${fromName[2]}-${fromName[3]}-${String(lastDay).padStart(2, '0')}`;
  }
  return null;
}

interface RowLabel {
  /** null for the "Insgesamt" row. */
  kldb: string | null;
  name: string;
  coded: boolean;
}

/** The occupation of a data row, or null for rows without values ("davon:", footnotes, ©). */
function rowLabel(sheet: Worksheet, row: number, columns: ColumnPlan[]): RowLabel | null {
  const label = cellText(sheet, row, 1, { merged: 'empty' }).replace(/\s+/g, ' ');
  if (label === '') return null;
  if (/^insgesamt$/i.test(label)) return { kldb: null, name: label, coded: false };
  const coded = /^(\d{1,5})\s+(.+)$/.exec(label);
  if (coded) return { kldb: coded[1]!, name: coded[2]!.trim(), coded: true };
  // "Keine Zuordnung möglich" carries values; "davon:" and footnotes do not.
  const hasValues = columns.some(({ column }) => {
    const content = readCell(sheet, row, column, { merged: 'empty' });
    return content.kind === 'number' || (content.kind === 'text' && parseValueCell(content.text) !== null);
  });
  return hasValues ? { kldb: slug(label), name: label, coded: false } : null;
}

function* observations(plan: Plan): ObservationStream {
  const { metadata, region, period, attributes } = plan;
  const occupations = new Map<string, string>();
  const uncoded = new Set<string>();
  // The BA anonymises the two tables separately: a total hidden (*) in Tabelle I may be shown in Tabelle II.
  const repeatedTotals = new Map<string, { value: number | null; address: string }>();
  for (const { sheet, measure, columns, firstDataRow } of plan.sheets) {
    const repeated = columns.find((column) => column.repeatsTotal);
    if (!repeated) continue;
    for (let row = firstDataRow; row <= sheet.rowCount; row++) {
      const label = rowLabel(sheet, row, columns);
      if (!label) continue;
      const read = readValue(sheet, row, repeated.column);
      if (read === 'empty' || read === 'excel-error') continue;
      repeatedTotals.set(`${measure}|${label.kldb ?? ''}`, {
        value: read.value,
        address: `${sheet.name}!${columnLetter(repeated.column)}${row}`,
      });
    }
  }
  const filled: string[] = [];
  const mismatches: string[] = [];
  for (const sheetPlan of plan.sheets) {
    const { sheet, measure, columns } = sheetPlan;
    for (let row = sheetPlan.firstDataRow; row <= sheet.rowCount; row++) {
      const label = rowLabel(sheet, row, columns);
      if (!label) continue;
      const { kldb } = label;
      if (kldb !== null && !occupations.has(kldb)) occupations.set(kldb, label.name);
      if (kldb !== null && !label.coded) uncoded.add(`${label.name} (${kldb})`);
      for (const column of columns) {
        if (column.repeatsTotal) continue;
        let read = readValue(sheet, row, column.column);
        if (read === 'empty') continue;
        if (read === 'excel-error') {
          throw unexpectedCell(sheet, row, column.column, 'eine Zahl oder „*“');
        }
        if (Object.keys(column.dims).length === 0) {
          const other = repeatedTotals.get(`${measure}|${kldb ?? ''}`);
          if (other && other.value !== null) {
            if (read.value === null) {
              filled.push(other.address);
              read = { value: other.value, flag: null };
            } else if (read.value !== other.value) {
              mismatches.push(other.address);
            }
          }
        }
        const record: ObservationRecord = {
          region,
          period,
          measure,
          dims: kldb === null ? column.dims : { KLDB: kldb, ...column.dims },
          value: read.value,
          flag: read.flag,
          line: row,
        };
        yield record;
      }
    }
  }
  if (filled.length > 0) {
    metadata.notes.push(
      `${filled.length} Gesamtwerte, die Tabelle I anonymisiert (*), aus Spalte 1 der Tabelle II übernommen: ${listed(filled)}.`,
    );
  }
  if (mismatches.length > 0) {
    metadata.notes.push(
      `Spalte 1 der Tabelle II weicht von Tabelle I ab (übernommen ist Tabelle I): ${listed(mismatches)}.`,
    );
  }
  if (uncoded.size > 0)
    metadata.notes.push(`Zeilen ohne KldB-Schlüssel, KLDB = Kurzname: ${[...uncoded].join(', ')}.`);
  const dimensions: DimensionInfo[] = [
    {
      code: 'KLDB',
      label: DIMENSION_LABELS.KLDB!,
      attributes: [...occupations].map(([code, label]) => ({ code, label })),
    },
  ];
  for (const [code, known] of attributes) {
    dimensions.push({
      code,
      label: DIMENSION_LABELS[code] ?? code,
      attributes: [...known].map(([attribute, label]) => ({ code: attribute, label })),
    });
  }
  metadata.dimensions = dimensions;
  return metadata;
}

function listed(addresses: string[]): string {
  return `${addresses.slice(0, 10).join(', ')}${addresses.length > 10 ? ', …' : ''}`;
}
