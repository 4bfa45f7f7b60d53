import { describe, expect, it } from 'vitest';
import { chooseBasePopulation } from './base-population.ts';
import type { AgeObservationRow } from './repository.ts';

const row = (
  period: string,
  age: string,
  value: number | null,
  dims: Record<string, string> = {},
  table = '12411-0018',
): AgeObservationRow => ({
  table_code: table,
  title: 'Bevölkerung',
  publisher: 'Destatis',
  vintage: '2021-08-17',
  period,
  dims: { ALTX: age, ...dims },
  value,
  flag: value === null ? '.' : null,
});

const bySex = (period: string, values: [number, number, number], female: [number, number, number]) => [
  row(period, 'ALT000B03', values[0], { GES: 'GESM' }),
  row(period, 'ALT003B06', values[1], { GES: 'GESM' }),
  row(period, 'ALT006B10', values[2], { GES: 'GESM' }),
  row(period, 'ALT000B03', female[0], { GES: 'GESW' }),
  row(period, 'ALT003B06', female[1], { GES: 'GESW' }),
  row(period, 'ALT006B10', female[2], { GES: 'GESW' }),
];

describe('choosing the base population', () => {
  it.each([
    [
      'adds male and female of the latest date',
      bySex('2019-12-31', [1, 2, 3], [1, 1, 1]).concat(bySex('2020-12-31', [10, 20, 30], [1, 2, 3])),
      undefined,
      { year: 2020, under3: 11, age3to5: 22, age6to9: 33 },
    ],
    [
      'takes the requested base year',
      bySex('2019-12-31', [1, 2, 3], [1, 1, 1]).concat(bySex('2020-12-31', [10, 20, 30], [1, 2, 3])),
      2019,
      { year: 2019, under3: 2, age3to5: 3, age6to9: 4 },
    ],
    [
      'prefers a total row over the sexes',
      [
        ...bySex('2020-12-31', [10, 20, 30], [1, 2, 3]),
        row('2020-12-31', 'ALT000B03', 100),
        row('2020-12-31', 'ALT003B06', 200),
        row('2020-12-31', 'ALT006B10', 300),
      ],
      undefined,
      { year: 2020, under3: 100, age3to5: 200, age6to9: 300 },
    ],
    [
      'ignores rows split by nationality',
      [...bySex('2020-12-31', [10, 20, 30], [1, 2, 3]), row('2020-12-31', 'ALT000B03', 5, { NAT: 'NATA' })],
      undefined,
      { year: 2020, under3: 11, age3to5: 22, age6to9: 33 },
    ],
    [
      'falls back to an earlier date when the latest is incomplete',
      [...bySex('2019-12-31', [1, 2, 3], [1, 1, 1]), row('2020-12-31', 'ALT000B03', 9)],
      undefined,
      { year: 2019, under3: 2, age3to5: 3, age6to9: 4 },
    ],
  ])('%s', (_name, rows, baseYear, expected) => {
    const choice = chooseBasePopulation(rows, baseYear);
    expect(choice.ok).toBe(true);
    if (choice.ok) expect(choice.base).toEqual(expected);
  });

  it('reports a blocked value instead of counting it as zero', () => {
    const choice = chooseBasePopulation([
      row('2020-12-31', 'ALT000B03', null),
      row('2020-12-31', 'ALT003B06', 2),
      row('2020-12-31', 'ALT006B10', 3),
    ]);
    expect(choice).toMatchObject({ ok: false, reason: 'blocked' });
  });

  it('reports missing data', () => {
    expect(chooseBasePopulation([])).toMatchObject({ ok: false, reason: 'no_data', periods: [] });
  });
});
