import type { IndicatorSummaryT, RegionSeriesT } from './api.ts';
import type { Language } from './i18n.ts';

type Definition = IndicatorSummaryT['definition'];

export function indicatorName(definition: Definition, language: Language): string {
  return language === 'en' ? definition.nameEn : definition.nameDe;
}

/** All periods of all series, oldest first. */
export function allPeriods(series: RegionSeriesT[]): string[] {
  return [...new Set(series.flatMap((s) => s.values.map((v) => v.period)))].sort();
}

/** The latest period in which the region has a value or a marker. */
export function latestPoint(series: RegionSeriesT | undefined) {
  return series?.values.at(-1);
}
