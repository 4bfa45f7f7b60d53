/**
 * The BA Fachkräfteengpassanalyse workbooks (Statistik der Bundesagentur für Arbeit):
 *
 * - `<year>_Deutschland_Engpass.xlsx`: one sheet per Anforderungsniveau (Fachkräfte,
 *   Spezialisten, Experten), rows = KldB 4-digit Berufsuntergruppe, columns = employees,
 *   (Fachkräfte only) "Geregelte Berufsausbildung", six indicator values, their points, count of
 *   rated indicators, points, average points.
 * - `<year>_Deutschland_Risiko_Ergänzung.xlsx`: the same for the risk and supplementary
 *   indicators, plus the thresholds sheet `Grenzwerte_Indikatoren`.
 * - `<year>_Länderergebnisse.xlsx`: average points per 3-digit KldB Berufsgruppe × Deutschland
 *   and the BA's Land groups.
 *
 * Columns are found by their header labels, not by position: the Fachkräfte sheet has one
 * column more than the others, and editions differ.
 */
import { GERMANY_KEY } from '../../regions/names.ts';
import {
  type ColumnPlan,
  editionYear,
  findRowWith,
  findTitleRow,
  germanyColumns,
  LABEL,
  regionColumns,
  rowText,
  sheetRegion,
  type ThresholdPlan,
  thresholdPlan,
  yearIn,
} from './ba-engpass-layout.ts';
import { indicatorFor, LEVEL_LABELS, LEVEL_NAMES, LEVEL_SHEETS } from './ba-engpass-measures.ts';
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
  type CellContent,
  cellError,
  cellText,
  columnLetter,
  layoutError,
  normalizeLabel,
  readCell,
  readValue,
  sheetByName,
  sheetKey,
  slug,
  unexpectedCell,
  type Workbook,
  type Worksheet,
  xlsxImporter,
} from './xlsx.ts';

const FILE_NAME = /^\d{4}_(deutschland_(engpass|risiko)|l(ä|ae)nderergebnisse)/i;

interface LevelSheetPlan {
  sheet: Worksheet;
  level: string;
  firstDataRow: number;
  /** Germany workbooks: one region for the sheet and one measure per column. */
  columns: ColumnPlan[];
  /** Länder workbook: one region per column, all values are the average points. */
  regionColumns: { column: number; region: string }[];
  region: string | null;
}

interface Plan {
  levelSheets: LevelSheetPlan[];
  thresholds: ThresholdPlan | null;
  year: string;
  measures: Map<string, MeasureInfo>;
  metadata: TableMetadata;
}

export const baEngpassXlsxImporter = xlsxImporter({
  format: 'ba-engpass-xlsx',
  label: LABEL,
  fileName: FILE_NAME,
  read: (workbook, fileName) => observations(analyse(workbook, fileName)),
});

function analyse(workbook: Workbook, fileName: string): Plan {
  const sheets = workbook.worksheets.filter((sheet) => LEVEL_SHEETS[sheetKey(sheet.name)]);
  if (sheets.length === 0) {
    throw layoutError(
      LABEL,
      null,
      null,
      `Tabellenblätter ${LEVEL_NAMES}`,
      workbook.worksheets.map((sheet) => sheet.name).join(', '),
    );
  }
  const notes: string[] = [];
  const measures = new Map<string, MeasureInfo>();
  const addMeasure = (code: string, label: string, unit: string | null) => {
    if (!measures.has(code)) measures.set(code, { code, label, unit });
  };

  let variant: 'germany' | 'laender' | null = null;
  let group: 'engpass' | 'risiko' | null = null;
  let year: string | null = null;
  const levelSheets: LevelSheetPlan[] = [];
  for (const sheet of sheets) {
    const level = LEVEL_SHEETS[sheetKey(sheet.name)]!;
    const titleRow = findTitleRow(sheet);
    if (titleRow === null) {
      throw layoutError(
        LABEL,
        sheet.name,
        null,
        'einen Titel „Fachkräfteengpassanalyse …“ in Spalte A der ersten Zeilen',
      );
    }
    const title = cellText(sheet, titleRow, 1);
    const titleLevel = /(Fachkräfte|Spezialisten|Experten)\s*$/i.exec(title)?.[1];
    if (titleLevel && sheetKey(titleLevel) !== sheetKey(sheet.name)) {
      notes.push(
        `Blatt "${sheet.name}", Zeile ${titleRow}: Der Titel nennt "${titleLevel}"; das Anforderungsniveau (${level.code} ${level.label}) richtet sich nach dem Blattnamen.`,
      );
    }
    const valueHeader = findRowWith(
      sheet,
      (text) => /\((Werte|Punktwerte)\)$/.test(text),
      titleRow,
      titleRow + 15,
    );
    const regionHeader = findRowWith(sheet, (text) => text === 'Deutschland', titleRow + 1, titleRow + 15, 3);
    const sheetVariant = valueHeader !== null ? 'germany' : regionHeader !== null ? 'laender' : null;
    if (sheetVariant === null) {
      throw layoutError(
        LABEL,
        sheet.name,
        null,
        `eine Kopfzeile mit „Engpassindikatoren (Werte)“ oder mit Ländernamen ab Spalte C in den Zeilen ${titleRow + 1}–${titleRow + 15}`,
      );
    }
    if (variant !== null && variant !== sheetVariant) {
      throw layoutError(
        LABEL,
        sheet.name,
        null,
        'Blätter desselben Aufbaus (Deutschland- oder Länderergebnisse)',
      );
    }
    variant = sheetVariant;
    const headerRow = (valueHeader ?? regionHeader)!;
    year ??= editionYear(sheet, titleRow, headerRow);

    if (sheetVariant === 'germany') {
      const sheetGroup = /risiko/i.test(rowText(sheet, headerRow)) ? 'risiko' : 'engpass';
      group ??= sheetGroup;
      const columns = germanyColumns(sheet, headerRow, addMeasure, notes);
      const region = sheetRegion(sheet, titleRow, headerRow);
      levelSheets.push({
        sheet,
        level: level.code,
        firstDataRow: headerRow + 2,
        columns,
        regionColumns: [],
        region,
      });
    } else {
      group = 'engpass';
      addMeasure('score', 'Durchschnittliche Punktezahl der Engpassindikatoren', 'Punkte');
      levelSheets.push({
        sheet,
        level: level.code,
        firstDataRow: headerRow + 1,
        columns: [],
        regionColumns: regionColumns(sheet, headerRow),
        region: null,
      });
    }
  }

  year ??= /^(\d{4})_/.exec(baseName(fileName))?.[1] ?? null;
  const overview = sheetByName(workbook, 'Gesamtübersicht');
  if (!year && overview) year = yearIn(overview, 1, 12);
  if (!year)
    throw cellError(sheets[0]!.name, null, 1, 'das Jahr der Engpassanalyse (z. B. 2025) über der Kopfzeile');

  let thresholds: ThresholdPlan | null = null;
  const thresholdSheet = sheetByName(workbook, 'Grenzwerte_Indikatoren');
  if (thresholdSheet) {
    thresholds = thresholdPlan(thresholdSheet);
    if (thresholds) {
      notes.push(
        `Blatt "${thresholdSheet.name}": Grenzwerte der Indikatoren als Kennzahlen <indikator>_threshold mit den Merkmalen ANFNIV und PUNKTE (Punktwert der Kategorie, wie in der Kopfzeile "Punktwerte").`,
      );
    } else {
      notes.push(`Blatt "${thresholdSheet.name}": Aufbau nicht erkannt, Grenzwerte nicht übernommen.`);
    }
  }
  for (const sheet of workbook.worksheets) {
    if (/^gesamtübersicht/i.test(sheet.name.normalize('NFC'))) {
      notes.push(
        `Blatt "${sheet.name}" nicht übernommen: Zählungen, die aus den Blättern je Anforderungsniveau abgeleitet sind.`,
      );
    }
  }
  if (variant === 'laender') {
    notes.push(
      'Leere Zellen (Berufsgruppe in der Region nicht bewertet) sind nicht als Beobachtungen übernommen.',
    );
  }

  const germany = levelSheets[0]!.region ?? GERMANY_KEY;
  const regionSuffix = germany === GERMANY_KEY ? 'DE' : germany;
  const tableCode =
    variant === 'laender'
      ? `BA-ENGPASS-${year}-LAENDER`
      : group === 'risiko'
        ? `BA-ENGPASS-RISIKO-${year}-${regionSuffix}`
        : `BA-ENGPASS-${year}-${regionSuffix}`;

  const { imprint, publisher, licence, vintage } = readBaImprint(workbook);
  const imprintTitle = imprint.get('Titel')?.join(' ').trim();
  const title =
    variant === 'laender'
      ? `${imprintTitle || 'Fachkräfteengpassanalyse nach Ländern'} ${year}`
      : group === 'risiko'
        ? `Fachkräfteengpassanalyse ${year}: Risiko- und Ergänzungsindikatoren`
        : `Fachkräfteengpassanalyse ${year}: Engpassindikatoren`;

  const metadata: TableMetadata = {
    source: 'ba',
    tableCode,
    title,
    publisher,
    licence,
    vintage,
    measures: [],
    dimensions: [],
    regionNames: {},
    notes,
  };
  return { levelSheets, thresholds, year, measures, metadata };
}

interface Occupation {
  code: string;
  label: string;
}

/** "1110 Berufe in der Landwirtschaft (o.S.)" → code and name; aggregates without a code ("Pflegeberufe") get a slug. */
function occupationOf(text: string): Occupation {
  const coded = /^(\d{3,5})\s+(.+)$/.exec(text);
  if (coded) return { code: coded[1]!, label: coded[2]!.trim() };
  return { code: slug(text), label: text };
}

function* observations(plan: Plan): ObservationStream {
  const { metadata, year } = plan;
  const occupations = new Map<string, string>();
  const levels = new Set<string>();
  const excelErrors: string[] = [];
  const uncoded = new Set<string>();

  for (const sheetPlan of plan.levelSheets) {
    const { sheet, level } = sheetPlan;
    levels.add(level);
    if (sheetPlan.region)
      metadata.regionNames[sheetPlan.region] ??=
        sheetPlan.region === GERMANY_KEY ? 'Deutschland' : sheetPlan.region;
    for (const { column, region } of sheetPlan.regionColumns) {
      metadata.regionNames[region] ??= cellText(sheet, sheetPlan.firstDataRow - 1, column).replace(
        /\s+/g,
        ' ',
      );
    }
    const valueColumns = sheetPlan.region
      ? sheetPlan.columns.map((column) => ({ ...column, region: sheetPlan.region! }))
      : sheetPlan.regionColumns.map(({ column, region }) => ({
          column,
          region,
          measure: 'score',
          kind: 'number' as const,
        }));

    for (let row = sheetPlan.firstDataRow; row <= sheet.rowCount; row++) {
      const label = cellText(sheet, row, 1).replace(/\s+/g, ' ');
      if (label === '' || label.startsWith('©')) continue;
      const occupation = occupationOf(label);
      const coded = /^\d/.test(occupation.code);
      // Footnotes and legend lines below the table carry no values.
      if (
        !coded &&
        !valueColumns.some(({ column }) => hasValue(readCell(sheet, row, column, { merged: 'empty' })))
      )
        continue;
      if (!coded) uncoded.add(`${occupation.label} (${occupation.code})`);
      if (!occupations.has(occupation.code)) occupations.set(occupation.code, occupation.label);
      if (/\((Fk|Sp|Ex)(\+(Fk|Sp|Ex))+\)/.test(label)) {
        metadata.notes.push(
          `Blatt "${sheet.name}", Zeile ${row}: "${label}" fasst mehrere Anforderungsniveaus zusammen; gespeichert unter ANFNIV ${level}.`,
        );
      }
      const dims = { KLDB: occupation.code, ANFNIV: level };
      for (const column of valueColumns) {
        const value =
          column.kind === 'yes-no'
            ? readYesNo(sheet, row, column.column)
            : readValue(sheet, row, column.column);
        if (value === 'empty') continue;
        if (value === 'excel-error') {
          excelErrors.push(`${sheet.name}!${columnLetter(column.column)}${row}`);
          continue;
        }
        const record: ObservationRecord = {
          region: column.region,
          period: year,
          measure: column.measure,
          dims,
          value: value.value,
          flag: value.flag,
          line: row,
        };
        yield record;
      }
    }
  }

  const pointLabels = new Set<string>();
  if (plan.thresholds) {
    const { sheet, firstRow, pointColumns } = plan.thresholds;
    metadata.regionNames[GERMANY_KEY] ??= 'Deutschland';
    for (let row = firstRow; row <= sheet.rowCount; row++) {
      const label = normalizeLabel(cellText(sheet, row, 1));
      const level = cellText(sheet, row, 2);
      if (label === '' || !/^[1-4]$/.test(level)) continue;
      const indicator = indicatorFor(label.toLowerCase()) ?? {
        code: slug(label),
        unit: null,
      };
      const measure = `${indicator.code}_threshold`;
      let any = false;
      for (const { column, points } of pointColumns) {
        const value = readValue(sheet, row, column);
        if (value === 'empty' || value === 'excel-error') continue;
        any = true;
        pointLabels.add(points);
        levels.add(level);
        yield {
          region: GERMANY_KEY,
          period: year,
          measure,
          dims: { ANFNIV: level, PUNKTE: points },
          value: value.value,
          flag: value.flag,
          line: row,
        };
      }
      if (any && !plan.measures.has(measure)) {
        plan.measures.set(measure, { code: measure, label: `Grenzwert: ${label}`, unit: indicator.unit });
      }
    }
  }

  if (uncoded.size > 0) {
    metadata.notes.push(
      `Zeilen ohne KldB-Schlüssel (Sammelgruppen der BA), KLDB = Kurzname: ${[...uncoded].join(', ')}.`,
    );
  }
  if (excelErrors.length > 0) {
    metadata.notes.push(
      `${excelErrors.length} Zellen mit Excel-Fehlerwert (#NV) übersprungen: ${excelErrors.slice(0, 10).join(', ')}${excelErrors.length > 10 ? ', …' : ''}.`,
    );
  }
  metadata.measures = [...plan.measures.values()];
  const dimensions: DimensionInfo[] = [];
  if (occupations.size > 0) {
    dimensions.push({
      code: 'KLDB',
      label: 'Beruf (KldB 2010)',
      attributes: [...occupations].map(([code, label]) => ({ code, label })),
    });
  }
  dimensions.push({
    code: 'ANFNIV',
    label: 'Anforderungsniveau',
    attributes: [...levels].sort().map((code) => ({ code, label: LEVEL_LABELS[code] ?? code })),
  });
  if (pointLabels.size > 0) {
    dimensions.push({
      code: 'PUNKTE',
      label: 'Punktwert der Kategorie',
      attributes: [...pointLabels].sort().map((code) => ({ code, label: `${code} Punkte` })),
    });
  }
  metadata.dimensions = dimensions;
  return metadata;
}

function hasValue(content: CellContent): boolean {
  return content.kind === 'number' || (content.kind === 'text' && parseValueCell(content.text) !== null);
}

/** "Geregelte Berufsausbildung": `ja` → 1, `nein` → 0, markers as flags. */
function readYesNo(sheet: Worksheet, row: number, column: number): ReturnType<typeof readValue> {
  const content = readCell(sheet, row, column, { merged: 'empty' });
  if (content.kind === 'empty') return 'empty';
  if (content.kind === 'text') {
    if (/^ja$/i.test(content.text)) return { value: 1, flag: null };
    if (/^nein$/i.test(content.text)) return { value: 0, flag: null };
    const marker = parseValueCell(content.text);
    if (marker && marker.value === null) return marker;
  }
  throw unexpectedCell(sheet, row, column, '„ja“, „nein“ oder ein Zeichen für einen fehlenden Wert');
}
