import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMS,
  demandFor,
  project,
  type ReplacementParams,
  type Segment,
  supplyFor,
} from './replacement.ts';

/** The fictitious Kreis of workforce-projection.md A.3 (T = 10 years). */
const exampleKreis: Segment = {
  key: 'all',
  label: 'Alle Berufe',
  employees: 68_000,
  // 55–59: 11 %, 60–64: 9 %, 65+: 2 % → 55–64 together 20 %.
  age: { under25: 0, from25to54: 78, from55to64: 20, from65: 2 },
  ageSource: 'own',
};
const exampleParams: ReplacementParams = {
  ...DEFAULT_PARAMS,
  // 11 % × 0.95 + 9 % × 1.00 spread over the 20 % aged 55–64.
  retire55to64Within10: (0.11 * 0.95 + 0.09) / 0.2,
  retire65plus: 1,
  otherExitRate: 0.004,
  growthRate: 0.005,
  supplyBasis: 'school',
  entryRate: 0.55,
  graduatesReturningPerYear: 100,
  netMigrationPerYear: 800,
  migrantActivityRate: 0.75,
  migrantInsuredShare: 0.8,
  activationPerYear: 100,
  commuterFactor: 0.8,
};

describe('replacement projection: hand computation of the documented example', () => {
  it('R 14,586 + R_other 2,084 + X 3,478 = 20,147; supply 17,800 × 0.8 = 14,240; gap 5,907', () => {
    const demand = demandFor(exampleKreis, exampleParams, 10);
    expect(demand.retirement).toBeCloseTo(14_586, 0);
    expect(demand.otherExits).toBeCloseTo(53_040 * (1 - 0.996 ** 10), 6);
    expect(Math.round(demand.otherExits)).toBe(2_084);
    expect(Math.round(demand.expansion)).toBe(3_478);
    expect(Math.round(demand.newDemand)).toBe(20_147);
    const supply = supplyFor(
      { schoolLeaversPerYear: 2_000, vocationalGraduatesPerYear: 900 },
      exampleParams,
      10,
    );
    expect(supply).toMatchObject({ young: 11_000, graduates: 1_000, migration: 4_800, activation: 1_000 });
    expect(supply.residence).toBeCloseTo(17_800, 6);
    expect(supply.workplace).toBeCloseTo(14_240, 6);
    const [ten] = project(
      [exampleKreis],
      { schoolLeaversPerYear: 2_000, vocationalGraduatesPerYear: 900 },
      exampleParams,
      [10],
    );
    expect(Math.round(ten!.total.gap)).toBe(5_907);
    expect(ten!.total.gapShare).toBeCloseTo(0.293, 3);
  });
});

describe('replacement projection: parameters', () => {
  const base = { schoolLeaversPerYear: 1_000, vocationalGraduatesPerYear: 400 };
  const segments: Segment[] = [
    {
      key: 'a',
      label: 'A',
      employees: 3_000,
      age: { under25: 10, from25to54: 60, from55to64: 25, from65: 5 },
      ageSource: 'own',
    },
    {
      key: 'b',
      label: 'B',
      employees: 1_000,
      age: { under25: 20, from25to54: 70, from55to64: 10, from65: 0 },
      ageSource: 'proxy',
    },
  ];
  it.each([
    ['5 years uses the 5-year retirement share', 5, {}, 3_000 * 0.25 * 0.5 + 3_000 * 0.05],
    ['10 years uses the 10-year share', 10, {}, 3_000 * 0.25 * 0.95 + 3_000 * 0.05],
    ['no one 65+ leaves', 10, { retire65plus: 0 }, 3_000 * 0.25 * 0.95],
  ] as const)('%s', (_label, horizon, change, retirement) => {
    const [result] = project(segments, base, { ...DEFAULT_PARAMS, ...change }, [horizon]);
    expect(result!.segments[0]!.retirement).toBeCloseTo(retirement, 9);
  });

  it.each([
    ['school leavers', { supplyBasis: 'school' as const }, 1_000 * 10 * 0.55],
    ['vocational leavers instead, never both', { supplyBasis: 'vocational' as const }, 400 * 10 * 0.55],
    ['entry rate 0.5', { entryRate: 0.5 }, 1_000 * 10 * 0.5],
  ])('supply from %s', (_label, change, young) => {
    expect(supplyFor(base, { ...DEFAULT_PARAMS, ...change }, 10).young).toBeCloseTo(young, 9);
  });

  it('shares supply by employment and sums the segments to the total', () => {
    const [result] = project(segments, base, { ...DEFAULT_PARAMS, growthRate: -0.01 }, [10]);
    const [a, b] = result!.segments;
    expect(a!.supply / b!.supply).toBeCloseTo(3, 9);
    expect(a!.expansion).toBeLessThan(0);
    expect(result!.total.gap).toBeCloseTo(a!.gap + b!.gap, 9);
    expect(result!.total.share55plus).toBeCloseTo((3_000 * 0.3 + 1_000 * 0.1) / 4_000, 9);
  });

  it('missing supply data count as zero and no demand gives no gap share', () => {
    const [result] = project(
      [{ ...segments[0]!, employees: 0 }],
      { schoolLeaversPerYear: null, vocationalGraduatesPerYear: null },
      DEFAULT_PARAMS,
      [5],
    );
    expect(result!.supply.young).toBe(0);
    expect(result!.total.gapShare).toBeNull();
  });
});
