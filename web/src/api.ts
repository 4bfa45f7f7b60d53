import type { z } from 'zod';
import type {
  DistrictValues,
  IndicatorList,
  IndicatorValues,
  KeyFigures,
} from '../../src/modules/indicators/contracts.ts';
import type { FeatureCollection, RegionDetail, RegionList } from '../../src/modules/regions/contracts.ts';
import type { PopulationStructure } from '../../src/modules/statistics/contracts.ts';
import type { Settings } from '../../src/platform/http/web.ts';

// Types come from the server's zod contracts; only the types are imported, no server code.
export type RegionDetailT = z.infer<typeof RegionDetail>;
export type RegionT = RegionDetailT['region'];
export type RegionListT = z.infer<typeof RegionList>;
export type FeatureCollectionT = z.infer<typeof FeatureCollection>;
export type IndicatorListT = z.infer<typeof IndicatorList>;
export type IndicatorSummaryT = IndicatorListT['items'][number];
export type IndicatorValuesT = z.infer<typeof IndicatorValues>;
export type RegionSeriesT = IndicatorValuesT['series'][number];
export type DistrictValuesT = z.infer<typeof DistrictValues>;
export type KeyFiguresT = z.infer<typeof KeyFigures>;
export type SettingsT = z.infer<typeof Settings>;
export type PopulationStructureT = z.infer<typeof PopulationStructure>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const cache = new Map<string, Promise<unknown>>();

/** GET a JSON resource once per page load; the API's German error message becomes the Error's. */
export function getJson<T>(path: string): Promise<T> {
  const cached = cache.get(path);
  if (cached) return cached as Promise<T>;
  const request = fetch(path, { headers: { accept: 'application/json' } }).then(async (response) => {
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      cache.delete(path);
      throw new ApiError(response.status, body?.error?.message ?? `HTTP ${response.status}`);
    }
    return (await response.json()) as T;
  });
  cache.set(path, request);
  request.catch(() => cache.delete(path));
  return request;
}

export const api = {
  settings: () => getJson<SettingsT>('/api/v1/settings'),
  region: (key: string) => getJson<RegionDetailT>(`/api/v1/regions/${encodeURIComponent(key)}`),
  searchRegions: (q: string) =>
    getJson<RegionListT>(`/api/v1/regions?level=district&limit=12&q=${encodeURIComponent(q)}`),
  geometries: (land: string) =>
    getJson<FeatureCollectionT>(`/api/v1/geometries?parent=${encodeURIComponent(land)}&level=district`),
  indicators: () => getJson<IndicatorListT>('/api/v1/indicators'),
  keyFigures: (region: string, theme?: string) =>
    getJson<KeyFiguresT>(
      `/api/v1/key-figures?region=${encodeURIComponent(region)}${theme ? `&theme=${encodeURIComponent(theme)}` : ''}`,
    ),
  populationStructure: (key: string) =>
    getJson<PopulationStructureT>(`/api/v1/regions/${encodeURIComponent(key)}/population-structure`),
  values: (id: string, region: string, compare: string) =>
    getJson<IndicatorValuesT>(
      `/api/v1/indicators/${encodeURIComponent(id)}/values?region=${encodeURIComponent(region)}&compare=${compare}`,
    ),
};

/** Address of the XLSX download of an indicator for a region with its comparisons. */
export function indicatorWorkbookUrl(id: string, region: string, compare: string): string {
  const query = new URLSearchParams({ region, compare });
  return `/api/v1/indicators/${encodeURIComponent(id)}/export.xlsx?${query}`;
}

/** The Land of a Kreis is the first two digits of its AGS. */
export function landOf(key: string): string {
  return key.slice(0, 2);
}
