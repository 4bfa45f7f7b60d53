/**
 * Kita and Ganztag staff forecast for one Kreis: pure arithmetic, no I/O. The method is written
 * out in docs/CHILDCARE-FORECAST.md and on the page; the symbols below follow it.
 *
 * Population (cohort shifting): single ages 0…9 in the base year are the age groups of the
 * population table spread evenly (unter 3 → ages 0–2, 3 bis unter 6 → 3–5, 6 bis unter 10 → 6–9).
 * Births  B[t] = B0 × (1 + b)^(t − t0) with B0 = age 0 in the base year;
 * ageing  N[a, t] = N[a − 1, t − 1] × (1 + m).
 *
 * Kita:   C = N × rate;  GTE = C × hours / 40;  FTE_ped = GTE / ratio;  FTE_kita = Σ FTE_ped × (1 + lead).
 * Ganztag (school year t/t+1 starts 1 Aug of year t; grade g ≈ age 5 + g on 31.12. of year t):
 *         entitled grades = min(4, max(0, t − 2025))  (grade 1 in 2026/27 … grades 1–4 from 2029/30);
 *         Demand = Σ_g K[g] × (entitled ? take-up_entitled : take-up_other);
 *         Existing = existing share × pupils of grades 1–4 in the base year (fixed number of places);
 *         FTE_ganztag = max(0, Demand − Existing) / places per FTE.
 * Staff:  H[t0] = given persons, or FTE_kita[t0] / fte per person;
 *         H[t] = max(0, H[t − 1] × (1 − q) − Ret[t] + graduates × entry + lateral entrants);
 *         Ret[t] from the base year's age bands 50–54, 55–59 and 60+ (ages spread evenly within a
 *         band, 60+ as 60 … retirement age − 1): a person aged x leaves in year t0 + max(1, R − x).
 * Result: required FTE = FTE_kita + FTE_ganztag; available FTE = H × fte per person; gap = required − available.
 */
import type { ForecastParameters } from './parameters.ts';

/** First school year (starting 1 August of that year) with the Ganztag legal right (grade 1). */
export const GANZTAG_START_YEAR = 2026;

export interface BasePopulation {
  /** Year of the reference date (31.12.) of the base population. */
  year: number;
  under3: number;
  age3to5: number;
  age6to9: number;
}

export interface ForecastYear {
  year: number;
  /** Children by single age 0…9 on 31.12. of the year. */
  children: number[];
  childrenU3: number;
  childrenUe3: number;
  careU3: number;
  careUe3: number;
  fullDayU3: number;
  fullDayUe3: number;
  ftePedagogicalU3: number;
  ftePedagogicalUe3: number;
  fteKita: number;
  /** School year label, e.g. 2026/27. */
  schoolYear: string;
  entitledGrades: number;
  pupils: number;
  ganztagDemand: number;
  ganztagExisting: number;
  ganztagAdditional: number;
  fteGanztag: number;
  requiredFte: number;
  staffPersons: number;
  retirements: number;
  otherExits: number;
  entries: number;
  availableFte: number;
  gapFte: number;
  gapPersons: number;
}

export interface ForecastResult {
  baseYear: number;
  horizonYear: number;
  staffPersonsDerived: boolean;
  years: ForecastYear[];
}

/** Single ages 0…9 from the three age groups, spread evenly. */
export function singleAges(base: BasePopulation): number[] {
  return [
    ...Array(3).fill(base.under3 / 3),
    ...Array(3).fill(base.age3to5 / 3),
    ...Array(4).fill(base.age6to9 / 4),
  ];
}

/** Entitled grades in the school year that starts on 1 August of `year` (GaFöG phasing). */
export function entitledGrades(year: number): number {
  return Math.min(4, Math.max(0, year - GANZTAG_START_YEAR + 1));
}

/** Children by single age 0…9 for every year from the base year to the horizon. */
export function projectChildren(
  base: BasePopulation,
  horizonYear: number,
  params: ForecastParameters,
): number[][] {
  const births = 1 + params.birthChangePct / 100;
  const cohort = 1 + params.cohortChangePct / 100;
  const start = singleAges(base);
  const b0 = start[0]!;
  const years: number[][] = [start];
  for (let year = base.year + 1; year <= horizonYear; year++) {
    const previous = years[years.length - 1]!;
    const next = [b0 * births ** (year - base.year)];
    for (let age = 1; age <= 9; age++) next.push(previous[age - 1]! * cohort);
    years.push(next);
  }
  return years;
}

/** Persons of the base year's staff who retire in year offset k (1 = first year after the base). */
export function retirementSchedule(params: ForecastParameters, staff0: number, years: number): number[] {
  const retirementAge = params.retirementAge;
  const bands: { share: number; ages: number[] }[] = [
    { share: params.staffShare50to54, ages: range(50, 54) },
    { share: params.staffShare55to59, ages: range(55, 59) },
    { share: params.staffShare60plus, ages: retirementAge > 60 ? range(60, retirementAge - 1) : [60] },
  ];
  const schedule = Array<number>(years + 1).fill(0);
  for (const band of bands) {
    const perAge = (staff0 * band.share) / 100 / band.ages.length;
    for (const age of band.ages) {
      const offset = Math.max(1, retirementAge - age);
      if (offset <= years) schedule[offset] = schedule[offset]! + perAge;
    }
  }
  return schedule;
}

function range(from: number, to: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to; value++) values.push(value);
  return values;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Kita demand of one year from children by single age 0…5 (ages 6+ are ignored). */
export function kitaDemand(children: number[], params: ForecastParameters) {
  const careU3 =
    (children[0]! * params.careRateAge0 +
      children[1]! * params.careRateAge1 +
      children[2]! * params.careRateAge2) /
    100;
  const careUe3 = ((children[3]! + children[4]! + children[5]!) * params.careRate3to5) / 100;
  const fullDayU3 = (careU3 * params.hoursU3) / 40;
  const fullDayUe3 = (careUe3 * params.hoursUe3) / 40;
  const ftePedagogicalU3 = fullDayU3 / params.ratioU3;
  const ftePedagogicalUe3 = fullDayUe3 / params.ratioUe3;
  return {
    childrenU3: children[0]! + children[1]! + children[2]!,
    childrenUe3: children[3]! + children[4]! + children[5]!,
    careU3,
    careUe3,
    fullDayU3,
    fullDayUe3,
    ftePedagogicalU3,
    ftePedagogicalUe3,
    fteKita: (ftePedagogicalU3 + ftePedagogicalUe3) * (1 + params.leadSharePct / 100),
  };
}

/** Ganztag demand in the school year starting in `year` from pupils of grades 1–4. */
export function ganztagDemand(
  pupilsByGrade: number[],
  year: number,
  existingPlaces: number,
  params: ForecastParameters,
): { grades: number; demand: number; additional: number; fteGanztag: number } {
  const grades = entitledGrades(year);
  const demand = pupilsByGrade.reduce(
    (total, pupils, index) =>
      total +
      (pupils * (index + 1 <= grades ? params.ganztagTakeUpEntitledPct : params.ganztagTakeUpOtherPct)) / 100,
    0,
  );
  const additional = Math.max(0, demand - existingPlaces);
  return { grades, demand, additional, fteGanztag: additional / params.ganztagPlacesPerFte };
}

export function runForecast(
  base: BasePopulation,
  horizonYear: number,
  params: ForecastParameters,
): ForecastResult {
  if (horizonYear < base.year) throw new RangeError(`horizon ${horizonYear} before base year ${base.year}`);
  const population = projectChildren(base, horizonYear, params);
  const pupilsOf = (children: number[]) => children.slice(6, 10);
  const existingPlaces = (sum(pupilsOf(population[0]!)) * params.ganztagExistingSharePct) / 100;
  const kita0 = kitaDemand(population[0]!, params);
  const staffPersonsDerived = params.staffPersons === null;
  const staff0 = params.staffPersons ?? kita0.fteKita / params.ftePerPerson;
  const retirements = retirementSchedule(params, staff0, horizonYear - base.year);
  const entries = (params.graduatesPerYear * params.entrySharePct) / 100 + params.lateralEntrantsPerYear;

  const years: ForecastYear[] = [];
  let staff = staff0;
  population.forEach((children, offset) => {
    const year = base.year + offset;
    const k = kitaDemand(children, params);
    const pupilsByGrade = pupilsOf(children);
    const { grades, demand, additional, fteGanztag } = ganztagDemand(
      pupilsByGrade,
      year,
      existingPlaces,
      params,
    );
    let retired = 0;
    let otherExits = 0;
    let entered = 0;
    if (offset > 0) {
      retired = retirements[offset]!;
      otherExits = (staff * params.exitRatePct) / 100;
      entered = entries;
      staff = Math.max(0, staff - otherExits - retired + entered);
    }
    const requiredFte = k.fteKita + fteGanztag;
    const availableFte = staff * params.ftePerPerson;
    years.push({
      year,
      children,
      ...k,
      schoolYear: `${year}/${String((year + 1) % 100).padStart(2, '0')}`,
      entitledGrades: grades,
      pupils: sum(pupilsByGrade),
      ganztagDemand: demand,
      ganztagExisting: existingPlaces,
      ganztagAdditional: additional,
      fteGanztag,
      requiredFte,
      staffPersons: staff,
      retirements: retired,
      otherExits,
      entries: entered,
      availableFte,
      gapFte: requiredFte - availableFte,
      gapPersons: (requiredFte - availableFte) / params.ftePerPerson,
    });
  });
  return { baseYear: base.year, horizonYear, staffPersonsDerived, years };
}
