import { describe, expect, it } from 'vitest';
import { changeFromPrevious, changeOver, defaultPeers, rankAmong } from './comparisons.ts';
import type { SeriesPoint } from './engine.ts';
import type { RegionFacts } from './repository.ts';

const point = (period: string, value: number | null): SeriesPoint => ({
  period,
  value,
  flag: value === null ? '.' : null,
});

describe('rankAmong', () => {
  const values = new Map([
    ['03359', 5],
    ['03353', 7],
    ['03352', 5],
    ['03351', 2],
  ]);
  it.each([
    { region: '03353', expected: { rank: 1, of: 4 } },
    { region: '03359', expected: { rank: 2, of: 4 } },
    { region: '03352', expected: { rank: 2, of: 4 } },
    { region: '03351', expected: { rank: 4, of: 4 } },
  ])('ranks $region', ({ region, expected }) => {
    expect(rankAmong(values, region, '2023')).toEqual({ period: '2023', ...expected });
  });
  it('has no rank without a value', () => {
    expect(rankAmong(values, '03354', '2023')).toBeNull();
  });
});

describe('changes', () => {
  const series = [point('2013', 10), point('2018', 12), point('2022', null), point('2023', 15)];
  it.each([
    { years: 5, expected: { from: '2018', to: '2023', absolute: 3, percent: 25 } },
    { years: 10, expected: { from: '2013', to: '2023', absolute: 5, percent: 50 } },
    { years: 3, expected: null },
  ])('over $years years', ({ years, expected }) => {
    expect(changeOver(series, years)).toEqual(expected);
  });
  it('against the previous value skips flagged periods', () => {
    expect(changeFromPrevious(series)).toEqual({ from: '2018', to: '2023', absolute: 3, percent: 25 });
  });
  it('has no percentage from zero', () => {
    expect(changeFromPrevious([point('2022', 0), point('2023', 4)])?.percent).toBeNull();
  });
});

describe('defaultPeers', () => {
  const district = (key: string, population: number, type = 'Landkreis'): RegionFacts => ({
    key,
    name: key,
    level: 'district',
    type_label: type,
    parent_key: key.slice(0, 2),
    population,
  });
  const regions = [
    district('03359', 211_000),
    district('03353', 263_000),
    district('03352', 200_000),
    district('03354', 48_000),
    district('03101', 250_000, 'Kreisfreie Stadt'),
    district('05111', 620_000, 'Kreisfreie Stadt'),
  ];
  it('takes Kreise of the same kind, nearest in population', () => {
    expect(defaultPeers(regions, '03359', 2)).toEqual(['03352', '03353']);
    expect(defaultPeers(regions, '03101', 5)).toEqual(['05111']);
  });
  it('has none for regions that are not Kreise', () => {
    expect(defaultPeers(regions, '03', 5)).toEqual([]);
  });
});
