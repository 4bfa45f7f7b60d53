import type { QualityFlag } from './types.ts';

/** Markers as they appear in cells of GENESIS and BA files. `0` is a number, not a marker. */
const MARKERS: ReadonlySet<string> = new Set(['-', '.', '...', '/', 'x', 'X', '*', '()', '–']);

export type CellValue = { value: number | null; flag: QualityFlag | null };

/**
 * Reads one value cell as published: German numbers (`6,4`, `1.234,5`), plain numbers
 * (`1234.5` in flat exports with `decimal = '.'`), markers, and numbers with a trailing
 * quality sign (`123 p`, `(12)`). Returns null for anything else so the caller can say what it expected.
 */
export function parseValueCell(raw: string, decimal: ',' | '.' = ','): CellValue | null {
  const cell = raw.trim();
  if (cell === '') return null;
  if (MARKERS.has(cell)) {
    const flag = cell === 'X' ? 'x' : cell === '–' ? '-' : (cell as QualityFlag);
    return { value: null, flag };
  }
  // (12): value of limited reliability
  const bracketed = /^\((.+)\)$/.exec(cell);
  if (bracketed) {
    const inner = parseNumber(bracketed[1]!.trim(), decimal);
    return inner === null ? null : { value: inner, flag: '()' };
  }
  // 123 p / 123p: provisional, revised, estimated, final
  const signed = /^(.*?)\s*([prse])$/.exec(cell);
  if (signed && signed[1] !== '') {
    const inner = parseNumber(signed[1]!, decimal);
    if (inner !== null) return { value: inner, flag: signed[2] as QualityFlag };
  }
  const value = parseNumber(cell, decimal);
  return value === null ? null : { value, flag: null };
}

const GERMAN_NUMBER = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

export function parseNumber(cell: string, decimal: ',' | '.'): number | null {
  if (decimal === ',') {
    if (!GERMAN_NUMBER.test(cell)) return null;
    return Number(cell.replace(/\./g, '').replace(',', '.'));
  }
  if (!PLAIN_NUMBER.test(cell)) return null;
  return Number(cell);
}

/** `31.12.2023` → `2023-12-31`; `2023-12-31` stays; returns null for anything else. */
export function parseGermanDate(cell: string): string | null {
  const trimmed = cell.trim();
  const german = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(trimmed);
  if (german) return `${german[3]}-${german[2]}-${german[1]}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  return null;
}

/** A period as stored: a year (`2023`) or an ISO date; school years `2022/23` keep their first year's end. */
export function parsePeriod(cell: string): string | null {
  const trimmed = cell.trim();
  if (/^\d{4}$/.test(trimmed)) return trimmed;
  const date = parseGermanDate(trimmed);
  if (date) return date;
  const schoolYear = /^(\d{4})\/(\d{2}|\d{4})$/.exec(trimmed);
  if (schoolYear) return trimmed.length === 7 ? trimmed : `${schoolYear[1]}/${schoolYear[2]!.slice(2)}`;
  return null;
}
