import type { z } from 'zod';
import type {
  Comparison,
  Forecast,
  ParameterCatalogue,
  Scenario,
  ScenarioList,
} from '../../../../src/modules/workforce/childcare/contracts.ts';
import { ApiError } from '../../api.ts';
import { csrfHeaders } from '../../session.ts';

export type ForecastT = z.infer<typeof Forecast>;
export type ForecastYearT = ForecastT['years'][number];
export type ParameterInfoT = ForecastT['parameters'][number];
export type ParameterCatalogueT = z.infer<typeof ParameterCatalogue>;
export type ScenarioT = z.infer<typeof Scenario>;
export type ScenarioListT = z.infer<typeof ScenarioList>;
export type ComparisonT = z.infer<typeof Comparison>;
export type ParamValues = Record<string, number | null>;

/** Fetch JSON; the API's German error message becomes the Error's message. */
export async function requestJson<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(method === 'GET' ? {} : await csrfHeaders()),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const json = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) throw new ApiError(response.status, json?.error?.message ?? `HTTP ${response.status}`);
  return json as T;
}

/** Saves a response body as a file in the browser. */
export async function download(path: string, fileName: string, init?: RequestInit): Promise<void> {
  const write = init?.method && init.method !== 'GET';
  const response = await fetch(
    path,
    write
      ? { ...init, headers: { ...(init.headers as Record<string, string>), ...(await csrfHeaders()) } }
      : init,
  );
  if (!response.ok) {
    const json = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(json?.error?.message ?? `HTTP ${response.status}`);
  }
  saveBlob(await response.blob(), fileName);
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
