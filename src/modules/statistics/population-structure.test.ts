import { describe, expect, it } from 'vitest';
import { type AgeSexValue, buildPyramids, sumOfDistricts } from './population-structure.ts';

const row = (region: string, age: string, sex: string, value: number | null, flag: string | null = null) =>
  ({ region, age, sex, value, flag }) satisfies AgeSexValue;

describe('buildPyramids', () => {
  const rows = [
    row('03359', 'ALT000B18', 'GESM', 20),
    row('03359', 'ALT000B18', 'GESW', 20),
    row('03359', 'ALT018UM', 'GESM', 30),
    row('03359', 'ALT018UM', 'GESW', 30),
    row('03', 'ALT000B18', 'GESM', 1),
    row('03', 'ALT000B18', 'GESW', null, '.'),
    row('03', 'ALT018UM', 'GESM', 2),
    row('03', 'ALT018UM', 'GESW', 2),
  ];

  it('gives counts and shares of the whole population per sex and age group', () => {
    const [own] = buildPyramids(rows, ['03359'], '03359') ?? [];
    expect(own?.total).toBe(100);
    expect(own?.groups.map((g) => [g.code, g.male.value, g.male.share, g.female.share])).toEqual([
      ['ALT000B18', 20, 20, 20],
      ['ALT018UM', 30, 30, 30],
    ]);
  });

  it('keeps a marked value as its marker and gives no shares when the total is unknown', () => {
    const [, land] = buildPyramids(rows, ['03359', '03'], '03359') ?? [];
    expect(land?.total).toBeNull();
    expect(land?.groups[0]?.female).toEqual({ value: null, flag: '.', share: null });
    expect(land?.groups[1]?.male).toEqual({ value: 2, flag: null, share: null });
  });

  it('leaves out a region without rows and answers null when the age groups leave a gap', () => {
    expect(buildPyramids(rows, ['03359', 'DG'], '03359')?.map((p) => p.region)).toEqual(['03359']);
    expect(buildPyramids([row('03359', 'ALT000B18', 'GESM', 1)], ['03359'], '03359')).toBeNull();
  });
});

describe('sumOfDistricts', () => {
  const kreise = [
    row('03101', 'ALT000B18', 'GESM', 5),
    row('03102', 'ALT000B18', 'GESM', 7),
    row('03101', 'ALT018UM', 'GESM', 1),
    row('03102', 'ALT018UM', 'GESM', 2),
  ];

  it('sums every cell over all Kreise of the Land', () => {
    expect(sumOfDistricts(kreise, ['03101', '03102'], '03')).toEqual([
      row('03', 'ALT000B18', 'GESM', 12),
      row('03', 'ALT018UM', 'GESM', 3),
    ]);
  });

  it('gives nothing when a Kreis is missing or a value is marked', () => {
    expect(sumOfDistricts(kreise, ['03101', '03102', '03103'], '03')).toEqual([]);
    expect(
      sumOfDistricts([...kreise, row('03102', 'ALT000B18', 'GESW', null, '.')], ['03101', '03102'], '03'),
    ).toEqual([]);
  });
});
