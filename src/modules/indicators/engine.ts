/**
 * The pure core of the indicator engine: from per-reference sums to a value or marker for every
 * region and period. No I/O; the service feeds it what the repository fetched.
 */
import {
  BLOCKING_FLAGS,
  evaluateFormula,
  type Formula,
  type FormulaValue,
  formulaReferences,
  INFORMATIONAL_FLAGS,
  type MeasureRef,
} from './formula/index.ts';
import { type ReferenceSumRow, referenceKey } from './repository.ts';

export type ReferenceValues = Map<string, Map<string, FormulaValue>>; // region → period → value

/** Turns the database's sums of one reference into values with markers (see docs/FORMULAS.md). */
export function referenceValues(rows: readonly ReferenceSumRow[]): ReferenceValues {
  const byRegion: ReferenceValues = new Map();
  for (const row of rows) {
    let periods = byRegion.get(row.region);
    if (!periods) {
      periods = new Map();
      byRegion.set(row.region, periods);
    }
    periods.set(row.period, cellsToValue(row));
  }
  return byRegion;
}

export function cellsToValue(row: Pick<ReferenceSumRow, 'value' | 'numbers' | 'flags'>): FormulaValue {
  // The common case, a plain number, takes no detour.
  if (row.flags === null && row.numbers > 0) return { value: row.value ?? 0, flag: null };
  const flags = row.flags ?? [];
  const blocking = BLOCKING_FLAGS.find((flag) => flags.includes(flag));
  if (blocking) return { value: null, flag: blocking };
  if (row.numbers === 0) return { value: 0, flag: flags.includes('-') ? '-' : null };
  const informational = INFORMATIONAL_FLAGS.find((flag) => flags.includes(flag)) ?? null;
  return { value: row.value ?? 0, flag: informational };
}

/** Adds values of parts into a whole: any blocked part blocks the whole. */
export function sumValues(parts: readonly FormulaValue[]): FormulaValue {
  let value = 0;
  let numbers = 0;
  const flags: string[] = [];
  for (const part of parts) {
    if (part.flag) flags.push(part.flag);
    if (part.value !== null) {
      value += part.value;
      if (part.flag !== '-') numbers++;
    }
  }
  return cellsToValue({ value, numbers, flags });
}

/** Measures whose values are counts or sums of money: they add up from Kreise to Land and Bund. */
export function isAdditiveUnit(unit: string | null | undefined): boolean {
  if (!unit) return false;
  return (
    /^(anzahl|personen|1000|tsd\.?( eur| euro)?|mio\.?( eur| euro)?|eur|euro)$/i.test(unit.trim()) &&
    !/je|pro|%/i.test(unit)
  );
}

export interface Territory {
  /** Current Kreise (5-digit keys) of each Land, and of Germany under 'DG'. */
  districtsOf: Map<string, string[]>;
}

/**
 * Sums Kreis values to Land and Bund where every current Kreis has a value for the period
 * ("complete"); incomplete periods are not summed. Returns only the aggregated regions.
 */
export function aggregateToTerritories(values: ReferenceValues, territory: Territory): ReferenceValues {
  const aggregated: ReferenceValues = new Map();
  for (const [parent, districts] of territory.districtsOf) {
    if (districts.length === 0) continue;
    const first = values.get(districts[0]!);
    if (!first) continue;
    const periods = new Map<string, FormulaValue>();
    for (const period of first.keys()) {
      const parts: FormulaValue[] = [];
      for (const district of districts) {
        const part = values.get(district)?.get(period);
        if (!part) break;
        parts.push(part);
      }
      if (parts.length === districts.length) periods.set(period, sumValues(parts));
    }
    if (periods.size > 0) aggregated.set(parent, periods);
  }
  return aggregated;
}

export interface IndicatorInputs {
  formula: Formula;
  /** Per reference key: published values, and values summed from Kreise (additive measures only). */
  published: Map<string, ReferenceValues>;
  aggregated: Map<string, ReferenceValues>;
}

export interface SeriesPoint {
  period: string;
  value: number | null;
  flag: string | null;
  /** For Land and Bund: the same indicator computed from the sum of all Kreise, when complete. */
  aggregated?: FormulaValue;
}

type Mode = 'published' | 'aggregated';

function lookup(map: Map<string, FormulaValue> | undefined, period: string): FormulaValue | undefined {
  if (!map) return undefined;
  const exact = map.get(period);
  if (exact) return exact;
  // Tables of one indicator may count time differently (school year 2023, Stichtag 2023-12-31):
  // a value of the same year stands in when there is exactly one.
  const year = period.slice(0, 4);
  let found: FormulaValue | undefined;
  for (const [candidate, value] of map) {
    if (candidate.slice(0, 4) !== year) continue;
    if (found) return undefined;
    found = value;
  }
  return found;
}

const keys = new WeakMap<MeasureRef, string>();

function keyOf(ref: MeasureRef): string {
  let key = keys.get(ref);
  if (key === undefined) {
    key = referenceKey(ref);
    keys.set(ref, key);
  }
  return key;
}

function resolver(inputs: IndicatorInputs, mode: Mode) {
  return (ref: MeasureRef, region: string, period: string): FormulaValue => {
    const key = keyOf(ref);
    const published = lookup(inputs.published.get(key)?.get(region), period);
    if (mode === 'published' && published) return published;
    const aggregated = lookup(inputs.aggregated.get(key)?.get(region), period);
    if (aggregated) return aggregated;
    if (mode === 'aggregated' && published && !inputs.aggregated.has(key)) return published;
    return { value: null, flag: 'missing' };
  };
}

/** The periods for which a region has data for the formula's first reference (its anchor). */
export function anchorPeriods(inputs: IndicatorInputs, region: string): string[] {
  const anchor = formulaReferences(inputs.formula)[0];
  if (!anchor) return [];
  const key = referenceKey(anchor);
  const periods = new Set<string>([
    ...(inputs.published.get(key)?.get(region)?.keys() ?? []),
    ...(inputs.aggregated.get(key)?.get(region)?.keys() ?? []),
  ]);
  return [...periods].sort();
}

/** Evaluates the indicator for one region over all its periods. */
export function evaluateSeries(
  inputs: IndicatorInputs,
  region: string,
  withAggregate: boolean,
): SeriesPoint[] {
  const published = resolver(inputs, 'published');
  const aggregated = resolver(inputs, 'aggregated');
  return anchorPeriods(inputs, region).map((period) => {
    const result = evaluateFormula(inputs.formula, {
      region,
      period,
      source: { cells: () => null, resolve: published },
    });
    const point: SeriesPoint = { period, value: result.value, flag: result.flag };
    if (withAggregate) {
      const sum = evaluateFormula(inputs.formula, {
        region,
        period,
        source: { cells: () => null, resolve: aggregated },
      });
      if (sum.flag !== 'missing') point.aggregated = sum;
    }
    return point;
  });
}
