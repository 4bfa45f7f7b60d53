import { describe, expect, it } from 'vitest';
import { defaultParameters, type ForecastParameters, PARAMETERS } from './parameters.ts';
import {
  entitledGrades,
  ganztagDemand,
  kitaDemand,
  projectChildren,
  retirementSchedule,
  runForecast,
  singleAges,
} from './projection.ts';

const params = (overrides: Partial<ForecastParameters>): ForecastParameters => ({
  ...defaultParameters(),
  ...overrides,
});

describe('Ganztag phasing (GaFöG)', () => {
  it.each([
    [2024, 0, 'no legal right before 2026/27'],
    [2025, 0, 'no legal right in 2025/26'],
    [2026, 1, 'grade 1 in 2026/27'],
    [2027, 2, 'grades 1–2 in 2027/28'],
    [2028, 3, 'grades 1–3 in 2028/29'],
    [2029, 4, 'grades 1–4 in 2029/30'],
    [2035, 4, 'stays at grades 1–4'],
  ])('school year starting %i: %i entitled grades (%s)', (year, grades) => {
    expect(entitledGrades(year)).toBe(grades);
  });
});

describe('population: single ages and cohort shifting', () => {
  it('spreads the three age groups evenly over single ages', () => {
    expect(singleAges({ year: 2020, under3: 300, age3to5: 330, age6to9: 400 })).toEqual([
      100, 100, 100, 110, 110, 110, 100, 100, 100, 100,
    ]);
  });

  it.each([
    // [birth change %, cohort change %, expected ages 0…9 two years after the base]
    [0, 0, [100, 100, 100, 100, 100, 110, 110, 110, 100, 100]],
    [10, 0, [121, 110, 100, 100, 100, 110, 110, 110, 100, 100]],
    [0, -10, [100, 90, 81, 81, 81, 89.1, 89.1, 89.1, 81, 81]],
  ])('births %d %%/year, cohorts %d %%/year', (birthChangePct, cohortChangePct, expected) => {
    const years = projectChildren(
      { year: 2020, under3: 300, age3to5: 330, age6to9: 400 },
      2022,
      params({ birthChangePct, cohortChangePct }),
    );
    expect(years).toHaveLength(3);
    for (const [age, value] of years[2]!.entries()) expect(value).toBeCloseTo(expected[age]!, 9);
  });
});

describe('retirements from the staff age structure', () => {
  it.each([
    // retirement age, shares 50–54/55–59/60+, staff, expected persons leaving in years 1…12
    [65, [0, 0, 10], 100, [2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0]],
    [65, [0, 10, 0], 100, [0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 0, 0]],
    [62, [0, 10, 20], 100, [10, 10, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0]],
    [67, [5, 0, 14], 100, [2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0]],
    [60, [0, 0, 30], 50, [15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ])('retirement age %i, shares %j of %i persons', (retirementAge, shares, staff, expected) => {
    const [a, b, c] = shares as [number, number, number];
    const schedule = retirementSchedule(
      params({ retirementAge, staffShare50to54: a, staffShare55to59: b, staffShare60plus: c }),
      staff,
      12,
    );
    expect(schedule[0]).toBe(0);
    for (const [index, value] of schedule.slice(1).entries()) expect(value).toBeCloseTo(expected[index]!, 9);
  });
});

describe('worked examples of the method description (workforce-projection.md)', () => {
  it('B.3 Kita, target year 2030: status-quo-like ratios 1:3.9 / 1:8.3 give 1,192.8 FTE with 6 % Leitung', () => {
    // Children 2030: age 0: 1,800; 1: 1,850; 2: 1,900; 3, 4, 5: 1,950 each. Rates 3/50/75/95 %, 35 h.
    const result = kitaDemand(
      [1800, 1850, 1900, 1950, 1950, 1950],
      params({
        careRateAge0: 3,
        careRateAge1: 50,
        careRateAge2: 75,
        careRate3to5: 95,
        hoursU3: 35,
        hoursUe3: 35,
        ratioU3: 3.9,
        ratioUe3: 8.3,
        leadSharePct: 6,
      }),
    );
    expect(result.careU3).toBeCloseTo(2404, 6);
    expect(result.careUe3).toBeCloseTo(5557.5, 6);
    expect(result.fullDayU3).toBeCloseTo(2103.5, 6);
    expect(result.ftePedagogicalU3).toBeCloseTo(539.4, 1);
    expect(result.ftePedagogicalUe3).toBeCloseTo(585.9, 1);
    expect(result.fteKita).toBeCloseTo(1192.8, 1);
    // At 0.75 FTE per person: 1,590 persons.
    expect(Math.round(result.fteKita / 0.75)).toBe(1590);
  });

  it.each([
    // school year start, entitled pupils' demand, additional places, FTE (÷ 17.1)
    [2026, 3936, 570, 33.3],
    [2027, 4500, 1134, 66.3],
    [2028, 5058, 1692, 98.9],
    [2029, 5610, 2244, 131.2],
  ])('C.4 Ganztag %i: demand %i, additional %i, FTE %d', (year, demand, additional, fte) => {
    // Grades 1–4: 1,900 / 1,880 / 1,860 / 1,840; existing places 3,366; take-up 75 % / 45 %.
    const result = ganztagDemand(
      [1900, 1880, 1860, 1840],
      year,
      3366,
      params({ ganztagTakeUpEntitledPct: 75, ganztagTakeUpOtherPct: 45, ganztagPlacesPerFte: 17.1 }),
    );
    expect(result.demand).toBeCloseTo(demand, 0);
    expect(result.additional).toBeCloseTo(additional, 0);
    expect(result.fteGanztag).toBeCloseTo(fte, 1);
  });
});

describe('full forecast against a hand computation', () => {
  // Base 31.12.2024: under 3: 300, 3–5: 330, 6–9: 400 → single ages 100,100,100,110,110,110,100,100,100,100.
  // Births +10 %/year (100 → 110 → 121 → 133.1), closed cohorts.
  // Kita: rates 10/50/80 % and 100 % for 3–5; 30 h (U3) and 40 h (Ü3); ratios 1:3 and 1:8; Leitung 10 %.
  // Ganztag: take-up 80 % entitled / 40 % other; existing places 50 % of 400 pupils = 200; 10 places per FTE.
  // Staff: 100 persons, 0.8 FTE each; 55–59: 10 %, 60+: 20 %, retirement at 62 → 60+ (ages 60, 61) leaves
  // in years 1 and 2 (10 each), 55–59 in years 3…7 (2 each); other exits 5 %; 20 graduates × 50 % + 2 lateral = 12.
  const p = params({
    birthChangePct: 10,
    cohortChangePct: 0,
    careRateAge0: 10,
    careRateAge1: 50,
    careRateAge2: 80,
    careRate3to5: 100,
    hoursU3: 30,
    hoursUe3: 40,
    ratioU3: 3,
    ratioUe3: 8,
    leadSharePct: 10,
    ftePerPerson: 0.8,
    staffPersons: 100,
    staffShare50to54: 0,
    staffShare55to59: 10,
    staffShare60plus: 20,
    retirementAge: 62,
    exitRatePct: 5,
    graduatesPerYear: 20,
    entrySharePct: 50,
    lateralEntrantsPerYear: 2,
    ganztagTakeUpEntitledPct: 80,
    ganztagTakeUpOtherPct: 40,
    ganztagExistingSharePct: 50,
    ganztagPlacesPerFte: 10,
  });
  const result = runForecast({ year: 2024, under3: 300, age3to5: 330, age6to9: 400 }, 2027, p);

  it.each([
    // year: U3 in care = 0.1·N0 + 0.5·N1 + 0.8·N2; FTE_kita = (U3·30/40/3 + Ü3/8) × 1.1
    // 2024: U3 10+50+80 = 140 → 35 FTE; Ü3 330 → 41.25; (76.25) × 1.1 = 83.875; Ganztag: 160 < 200 → 0
    //       staff 100 → 80 FTE; gap 3.875
    [2024, 140, 83.875, 160, 0, 100, 80, 3.875],
    // 2025: U3 11+50+80 = 141 → 35.25; Ü3 320 → 40; 82.775; demand 0.4·410 = 164 → 0
    //       staff 100 − 5 − 10 + 12 = 97 → 77.6; gap 5.175
    [2025, 141, 82.775, 164, 0, 97, 77.6, 5.175],
    // 2026: U3 12.1+55+80 = 147.1 → 36.775; Ü3 310 → 38.75; 83.0775; grade 1 entitled:
    //       demand 110·0.8 + 310·0.4 = 212 → 12 additional → 1.2 FTE; staff 97 − 4.85 − 10 + 12 = 94.15 → 75.32
    [2026, 147.1, 83.0775, 212, 1.2, 94.15, 75.32, 8.9575],
    // 2027: U3 13.31+60.5+88 = 161.81 → 40.4525; Ü3 300 → 37.5; 85.74775; grades 1–2:
    //       demand 220·0.8 + 210·0.4 = 260 → 60 → 6 FTE; staff 94.15 − 4.7075 − 2 + 12 = 99.4425 → 79.554
    [2027, 161.81, 85.74775, 260, 6, 99.4425, 79.554, 12.19375],
  ])('%i', (year, careU3, fteKita, ganztagDemand, fteGanztag, staff, availableFte, gapFte) => {
    const row = result.years.find((entry) => entry.year === year)!;
    expect(row.careU3).toBeCloseTo(careU3, 9);
    expect(row.fteKita).toBeCloseTo(fteKita, 9);
    expect(row.ganztagDemand).toBeCloseTo(ganztagDemand, 9);
    expect(row.fteGanztag).toBeCloseTo(fteGanztag, 9);
    expect(row.requiredFte).toBeCloseTo(fteKita + fteGanztag, 9);
    expect(row.staffPersons).toBeCloseTo(staff, 9);
    expect(row.availableFte).toBeCloseTo(availableFte, 9);
    expect(row.gapFte).toBeCloseTo(gapFte, 9);
    expect(row.gapPersons).toBeCloseTo(gapFte / 0.8, 9);
  });

  it('derives the staff from the base year when no staff figure is given', () => {
    const derived = runForecast({ year: 2024, under3: 300, age3to5: 330, age6to9: 400 }, 2025, {
      ...p,
      staffPersons: null,
    });
    expect(derived.staffPersonsDerived).toBe(true);
    expect(derived.years[0]!.staffPersons).toBeCloseTo(83.875 / 0.8, 9);
    expect(derived.years[0]!.gapFte).toBeCloseTo(0, 9);
  });

  it('never lets the staff fall below zero', () => {
    const empty = runForecast({ year: 2024, under3: 300, age3to5: 330, age6to9: 400 }, 2026, {
      ...p,
      staffPersons: 1,
      staffShare60plus: 100,
      staffShare55to59: 0,
      graduatesPerYear: 0,
      lateralEntrantsPerYear: 0,
    });
    // 1 − 5 % − 0.5 retired = 0.45; then 0.45 − 0.0225 − 0.5 < 0 → 0.
    const staff = empty.years.map((row) => row.staffPersons);
    expect(staff[0]).toBe(1);
    expect(staff[1]).toBeCloseTo(0.45, 12);
    expect(staff[2]).toBe(0);
  });
});

describe('parameter catalogue', () => {
  it('names a source for every default', () => {
    for (const definition of PARAMETERS) {
      expect(definition.source.length, definition.key).toBeGreaterThan(20);
      if (definition.defaultValue !== null) {
        expect(definition.defaultValue).toBeGreaterThanOrEqual(definition.min);
        expect(definition.defaultValue).toBeLessThanOrEqual(definition.max);
      }
    }
  });
});
