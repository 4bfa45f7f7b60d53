import type { z } from 'zod';
import type {
  BottleneckReport,
  HydrogenDashboard,
  ReplacementParameterList,
  ReplacementResult,
} from '../../../../src/modules/workforce/contracts.ts';
import { ApiError, getJson } from '../../api.ts';
import { csrfHeaders } from '../../session.ts';

// Types come from the server's zod contracts; only the types are imported.
export type BottleneckReportT = z.infer<typeof BottleneckReport>;
export type BottleneckItemT = BottleneckReportT['items'][number];
export type ReplacementResultT = z.infer<typeof ReplacementResult>;
export type ReplacementParameterT = z.infer<typeof ReplacementParameterList>[number];
export type HydrogenDashboardT = z.infer<typeof HydrogenDashboard>;
export type HydrogenItemT = HydrogenDashboardT['items'][number];

async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(await csrfHeaders()),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.status === 204) return undefined as T;
  const json = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) throw new ApiError(response.status, json?.error?.message ?? `HTTP ${response.status}`);
  return json as T;
}

export const workforceApi = {
  bottlenecks: (area: string) =>
    getJson<BottleneckReportT>(`/api/v1/workforce/bottlenecks?area=${encodeURIComponent(area)}`),
  replacementParameters: () => getJson<ReplacementParameterT[]>('/api/v1/workforce/replacement/parameters'),
  replacement: (
    area: string,
    segmentBy: 'occupation' | 'sector' | undefined,
    params: Record<string, unknown>,
  ) =>
    send<ReplacementResultT>('POST', '/api/v1/workforce/replacement', {
      area,
      ...(segmentBy ? { segmentBy } : {}),
      params,
    }),
  hydrogenDashboard: (area: string) =>
    send<HydrogenDashboardT>('GET', `/api/v1/workforce/hydrogen/dashboard?area=${encodeURIComponent(area)}`),
  saveHydrogen: (code: string, body: { field: string; reasoning: string; sources: string }) =>
    send<unknown>('PUT', `/api/v1/workforce/hydrogen/${encodeURIComponent(code)}`, body),
  removeHydrogen: (code: string) =>
    send<void>('DELETE', `/api/v1/workforce/hydrogen/${encodeURIComponent(code)}`),
};
