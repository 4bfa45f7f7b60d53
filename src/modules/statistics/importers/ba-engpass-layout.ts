import { landGroupKeyForName, regionKeyForName } from '../../regions/names.ts';
import { type ColumnKind, fixedColumnMeasure, indicatorFor } from './ba-engpass-measures.ts';
import {
  cellError,
  cellText,
  columnLetter,
  layoutError,
  normalizeLabel,
  slug,
  type Worksheet,
} from './xlsx.ts';

/**
 * Finding the parts of a BA Fachkräfteengpassanalyse sheet: title, edition year, region, header
 * rows, the measure of each column (Germany workbooks), the region of each column (Länder
 * workbook) and the thresholds sheet. Columns are found by their header labels, not by position.
 */

export const LABEL = 'BA-Fachkräfteengpassanalyse (xlsx)';

export interface ColumnPlan {
  column: number;
  measure: string;
  kind: ColumnKind;
}

export interface ThresholdPlan {
  sheet: Worksheet;
  firstRow: number;
  pointColumns: { column: number; points: string }[];
}

export function findTitleRow(sheet: Worksheet): number | null {
  for (let row = 1; row <= Math.min(sheet.rowCount, 12); row++) {
    if (/^Fachkräfteengpassanalyse/i.test(cellText(sheet, row, 1).normalize('NFC'))) return row;
  }
  return null;
}

/** First row in [from, to] with a cell (from column `fromColumn` on) whose normalised text passes `test`. */
export function findRowWith(
  sheet: Worksheet,
  test: (text: string) => boolean,
  from: number,
  to: number,
  fromColumn = 2,
): number | null {
  for (let row = from; row <= Math.min(to, sheet.rowCount); row++) {
    for (let column = fromColumn; column <= sheet.columnCount; column++) {
      if (test(normalizeLabel(cellText(sheet, row, column)))) return row;
    }
  }
  return null;
}

export function rowText(sheet: Worksheet, row: number): string {
  const texts: string[] = [];
  for (let column = 1; column <= sheet.columnCount; column++) texts.push(cellText(sheet, row, column));
  return texts.join(' ');
}

/** The edition: a year on its own in column A between title and header (a number or a formula result). */
export function editionYear(sheet: Worksheet, from: number, to: number): string | null {
  return yearIn(sheet, from, to);
}

export function yearIn(sheet: Worksheet, from: number, to: number): string | null {
  for (let row = from; row <= Math.min(to, sheet.rowCount); row++) {
    const text = cellText(sheet, row, 1);
    if (/^(19|20)\d{2}$/.test(text)) return text;
  }
  return null;
}

/** The region line below the title of a Germany sheet ("Deutschland"). */
export function sheetRegion(sheet: Worksheet, titleRow: number, headerRow: number): string {
  for (let row = titleRow + 1; row < headerRow; row++) {
    const text = cellText(sheet, row, 1);
    const key = regionKeyForName(text) ?? landGroupKeyForName(text);
    if (key) return key;
  }
  throw cellError(
    sheet.name,
    titleRow + 1,
    1,
    'die Region (z. B. „Deutschland“) unter dem Titel',
    cellText(sheet, titleRow + 1, 1),
  );
}

export function germanyColumns(
  sheet: Worksheet,
  groupRow: number,
  addMeasure: (code: string, label: string, unit: string | null) => void,
  notes: string[],
): ColumnPlan[] {
  const labelRow = groupRow + 1;
  const columns: ColumnPlan[] = [];
  const used = new Map<string, number>();
  for (let column = 2; column <= sheet.columnCount; column++) {
    const group = normalizeLabel(cellText(sheet, groupRow, column));
    const label = normalizeLabel(cellText(sheet, labelRow, column)) || group;
    if (label === '') continue;
    const lower = label.toLowerCase();
    let plan = fixedColumnMeasure(label, lower);
    if (plan === null) {
      const points = /\(Punktwerte\)$/.test(group);
      const indicator = indicatorFor(lower);
      if (!indicator)
        notes.push(
          `Blatt "${sheet.name}", Spalte ${columnLetter(column)}: unbekannte Kennzahl "${label}", Code ${slug(label)}.`,
        );
      const base = indicator ?? { code: slug(label), unit: null };
      plan = points
        ? { code: `${base.code}_points`, label: `${label} (Punktwert)`, unit: 'Punkte', kind: 'number' }
        : { code: base.code, label, unit: base.unit, kind: 'number' };
    }
    const twin = used.get(plan.code);
    if (twin !== undefined) {
      throw cellError(
        sheet.name,
        labelRow,
        column,
        `eine Kennzahl, die nicht schon in Spalte ${columnLetter(twin)} steht`,
        label,
      );
    }
    used.set(plan.code, column);
    addMeasure(plan.code, plan.label, plan.unit);
    columns.push({ column, measure: plan.code, kind: plan.kind });
  }
  if (!columns.some((column) => column.measure !== 'employees' && column.measure !== 'regulated_training')) {
    throw layoutError(LABEL, sheet.name, labelRow, 'Indikatorspalten unter „… (Werte)“');
  }
  return columns;
}

export function regionColumns(sheet: Worksheet, headerRow: number): { column: number; region: string }[] {
  const columns: { column: number; region: string }[] = [];
  for (let column = 3; column <= sheet.columnCount; column++) {
    const name = cellText(sheet, headerRow, column).replace(/\s+/g, ' ');
    if (name === '') continue;
    const region = regionKeyForName(name) ?? landGroupKeyForName(name);
    if (!region)
      throw cellError(
        sheet.name,
        headerRow,
        column,
        'Deutschland, einen Ländernamen oder eine Ländergruppe wie „Niedersachsen / Bremen“',
        name,
      );
    columns.push({ column, region });
  }
  return columns;
}

export function thresholdPlan(sheet: Worksheet): ThresholdPlan | null {
  for (let row = 1; row < Math.min(sheet.rowCount, 30); row++) {
    if (!/^punktwerte$/i.test(cellText(sheet, row, 1))) continue;
    const pointColumns: { column: number; points: string }[] = [];
    for (let column = 3; column <= sheet.columnCount; column++) {
      const points = cellText(sheet, row, column);
      if (/^[0-3]$/.test(points)) pointColumns.push({ column, points });
    }
    if (pointColumns.length === 0) return null;
    return { sheet, firstRow: row + 1, pointColumns };
  }
  return null;
}
