/** Ranks, changes over time and default peer groups. Pure. */
import type { SeriesPoint } from './engine.ts';
import type { RegionFacts } from './repository.ts';

export interface Rank {
  period: string;
  /** 1 = highest value. */
  rank: number;
  of: number;
}

/** Rank of a region among all regions with a value for the period (highest value = 1; ties share a rank). */
export function rankAmong(values: ReadonlyMap<string, number>, region: string, period: string): Rank | null {
  const own = values.get(region);
  if (own === undefined) return null;
  let higher = 0;
  for (const value of values.values()) if (value > own) higher++;
  return { period, rank: higher + 1, of: values.size };
}

export interface Change {
  from: string;
  to: string;
  absolute: number;
  /** Relative change in percent; null when the earlier value is 0. */
  percent: number | null;
}

/** Change from the value `years` before the latest period (matched by year) to the latest value. */
export function changeOver(series: readonly SeriesPoint[], years: number): Change | null {
  const withValues = series.filter((point) => point.value !== null);
  const latest = withValues.at(-1);
  if (!latest) return null;
  const targetYear = Number(latest.period.slice(0, 4)) - years;
  const earlier = withValues.find((point) => Number(point.period.slice(0, 4)) === targetYear);
  if (!earlier) return null;
  return describeChange(earlier, latest);
}

/** Change against the previous period that has a value. */
export function changeFromPrevious(series: readonly SeriesPoint[]): Change | null {
  const withValues = series.filter((point) => point.value !== null);
  const latest = withValues.at(-1);
  const previous = withValues.at(-2);
  return latest && previous ? describeChange(previous, latest) : null;
}

function describeChange(from: SeriesPoint, to: SeriesPoint): Change {
  const absolute = to.value! - from.value!;
  return {
    from: from.period,
    to: to.period,
    absolute,
    percent: from.value === 0 ? null : (absolute / Math.abs(from.value!)) * 100,
  };
}

/**
 * Default peer group: the Kreise of the same kind (Landkreis / kreisfreie Stadt) closest in
 * population, on a log scale so that 100,000 vs 120,000 weighs like 1,000,000 vs 1,200,000.
 */
export function defaultPeers(regions: readonly RegionFacts[], key: string, size = 10): string[] {
  const own = regions.find((region) => region.key === key);
  if (!own?.population || own.level !== 'district') return [];
  const kind = urbanKind(own.type_label);
  return regions
    .filter(
      (region) =>
        region.level === 'district' &&
        region.key !== key &&
        region.population &&
        urbanKind(region.type_label) === kind,
    )
    .map((region) => ({
      key: region.key,
      distance: Math.abs(Math.log(region.population!) - Math.log(own.population!)),
    }))
    .sort((a, b) => a.distance - b.distance || a.key.localeCompare(b.key))
    .slice(0, size)
    .map((region) => region.key);
}

function urbanKind(typeLabel: string | null): 'city' | 'district' {
  return typeLabel && /kreisfreie stadt|stadtkreis/i.test(typeLabel) ? 'city' : 'district';
}
