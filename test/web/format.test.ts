import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatMarked,
  formatNumber,
  formatPeriod,
  formatWithUnit,
  periodPosition,
} from '../../web/src/format.ts';

const NBSP = '\u00a0';

describe('German formats', () => {
  it.each([
    { value: 1234.5, decimals: 1, expected: '1.234,5' },
    { value: 211467, decimals: 0, expected: '211.467' },
    { value: 8.96817743490839, decimals: 1, expected: '9,0' },
    { value: 0.5, decimals: 2, expected: '0,50' },
    { value: -3.25, decimals: 1, expected: '-3,3' },
    { value: 1234.5678, decimals: undefined, expected: '1.234,57' },
  ])('formatNumber($value, $decimals) = $expected', ({ value, decimals, expected }) => {
    expect(formatNumber(value, 'de', decimals).replace('\u2212', '-')).toBe(expected);
  });

  it('English uses its own separators', () => {
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
  });

  it.each([
    { iso: '2023-12-31', expected: '31.12.2023' },
    { iso: '2025-06-30', expected: '30.06.2025' },
    { iso: '2000-01-01', expected: '01.01.2000' },
  ])('formatDate($iso) = $expected', ({ iso, expected }) => {
    expect(formatDate(iso, 'de')).toBe(expected);
  });

  it('periods: years and school years stay, dates become German dates', () => {
    expect(formatPeriod('2023', 'de')).toBe('2023');
    expect(formatPeriod('2023/24', 'de')).toBe('2023/24');
    expect(formatPeriod('2023-12-31', 'de')).toBe('31.12.2023');
  });

  it('units follow the number after a no-break space; counts have none', () => {
    expect(formatWithUnit(8.968, '%', 1, 'de')).toBe(`9,0${NBSP}%`);
    expect(formatWithUnit(33.94, 'je 100', 1, 'de')).toBe(`33,9${NBSP}je 100`);
    expect(formatWithUnit(23964, 'Personen', 0, 'de')).toBe('23.964');
  });
});

describe('values with markers are never shown as 0', () => {
  it.each([
    { point: { value: null, flag: '.' }, expected: 'geheim' },
    { point: { value: null, flag: 'x' }, expected: 'gesperrt' },
    { point: { value: null, flag: '/' }, expected: 'nicht sicher genug' },
    { point: { value: null, flag: '...' }, expected: 'fällt später an' },
    { point: { value: null, flag: '*' }, expected: 'anonymisiert' },
    { point: { value: null, flag: 'missing' }, expected: 'keine Daten' },
    { point: { value: null, flag: 'div0' }, expected: 'Division durch null' },
    { point: { value: null, flag: null }, expected: 'keine Daten' },
    { point: undefined, expected: 'keine Daten' },
    { point: { value: 4.2, flag: 'p' }, expected: `4,2${NBSP}% (vorläufig)` },
    { point: { value: 4.2, flag: null }, expected: `4,2${NBSP}%` },
  ])('$point → $expected', ({ point, expected }) => {
    expect(formatMarked(point, '%', 1, 'de')).toBe(expected);
  });

  it('in English too', () => {
    expect(formatMarked({ value: null, flag: '.' }, '%', 1, 'en')).toBe('confidential');
  });
});

describe('periods on a time axis', () => {
  it.each([
    { period: '2023', expected: 2023 },
    { period: '2023-12-31', expected: 2023 },
    { period: '2023/24', expected: 2023 },
    { period: 'unbekannt', expected: null },
  ])('periodPosition($period) = $expected', ({ period, expected }) => {
    expect(periodPosition(period)).toBe(expected);
  });

  it('a mid-year date sits about half a year before the year mark', () => {
    expect(periodPosition('2025-06-30')).toBeCloseTo(2024.5, 1);
    expect(periodPosition('2022-03-31')).toBeLessThan(periodPosition('2022-06-30') ?? 0);
  });
});
