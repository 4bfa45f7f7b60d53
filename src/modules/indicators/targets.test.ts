import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from './engine.ts';
import { assessTarget, linearTrendAt } from './targets.ts';

const series = (values: [string, number | null][]): SeriesPoint[] =>
  values.map(([period, value]) => ({ period, value, flag: value === null ? '.' : null }));

describe('assessTarget', () => {
  it.each([
    {
      name: 'reached when the latest value meets an at-least target',
      points: series([
        ['2021', 5],
        ['2022', 6],
        ['2023', 8],
      ]),
      target: { targetValue: 7, targetYear: 2030, direction: 'at_least' as const },
      expected: { status: 'reached', projected: null },
    },
    {
      name: 'on track when the trend reaches an at-most target in time',
      points: series([
        ['2019', 10],
        ['2020', 9.5],
        ['2021', 9],
        ['2022', 8.5],
        ['2023', 8],
      ]),
      target: { targetValue: 6, targetYear: 2027, direction: 'at_most' as const },
      expected: { status: 'on_track', projected: 6 },
    },
    {
      name: 'off track when the trend misses',
      points: series([
        ['2019', 10],
        ['2020', 9.9],
        ['2021', 9.8],
        ['2022', 9.7],
        ['2023', 9.6],
      ]),
      target: { targetValue: 6, targetYear: 2027, direction: 'at_most' as const },
      expected: { status: 'off_track', projected: 9.2 },
    },
    {
      name: 'unknown with a single value that misses',
      points: series([['2023', 9]]),
      target: { targetValue: 6, targetYear: 2027, direction: 'at_most' as const },
      expected: { status: 'unknown', projected: null },
    },
    {
      name: 'unknown with only confidential values',
      points: series([
        ['2022', null],
        ['2023', null],
      ]),
      target: { targetValue: 6, targetYear: 2027, direction: 'at_most' as const },
      expected: { status: 'unknown', projected: null },
    },
  ])('$name', ({ points, target, expected }) => {
    const result = assessTarget(points, target);
    expect(result.status).toBe(expected.status);
    if (expected.projected === null) expect(result.projected).toBeNull();
    else expect(result.projected).toBeCloseTo(expected.projected, 10);
    expect(result.explanation.length).toBeGreaterThan(10);
  });

  it('ignores flagged values when it fits the trend', () => {
    expect(
      linearTrendAt(
        [
          { year: 2020, value: 1 },
          { year: 2022, value: 3 },
        ],
        2024,
      ),
    ).toBeCloseTo(5, 10);
    const withGap = series([
      ['2020', 1],
      ['2021', null],
      ['2022', 3],
    ]);
    expect(assessTarget(withGap, { targetValue: 5, targetYear: 2024, direction: 'at_least' }).status).toBe(
      'on_track',
    );
  });
});
