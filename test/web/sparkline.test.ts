import { describe, expect, it } from 'vitest';
import { sparkline } from '../../web/src/charts/sparkline.ts';

describe('sparkline', () => {
  it('scales periods and values into the box, newest point last', () => {
    const result = sparkline(
      [
        { period: '2023', value: 30 },
        { period: '2021', value: 10 },
        { period: '2022', value: 20 },
      ],
      104,
      24,
    );
    expect(result).toEqual({ paths: ['M2 22 L52 12 L102 2'], last: { x: 102, y: 2 } });
  });

  it('breaks the line at a missing value instead of drawing it as 0', () => {
    const result = sparkline(
      [
        { period: '2020', value: 1 },
        { period: '2021', value: 2 },
        { period: '2022', value: null },
        { period: '2023', value: 3 },
      ],
      100,
      20,
      0,
    );
    expect(result.paths).toEqual(['M0 20 L33.3 10', 'M100 0']);
  });

  it('puts a flat or single series in the middle and draws nothing without values', () => {
    expect(sparkline([{ period: '2021', value: 5 }], 100, 20).last).toEqual({ x: 50, y: 10 });
    expect(sparkline([{ period: '2021', value: null }], 100, 20)).toEqual({ paths: [], last: null });
  });
});
