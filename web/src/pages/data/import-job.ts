import type { z } from 'zod';
import type { Dataset, ImportJob, ImportSummary } from '../../../../src/modules/statistics/contracts.ts';

/** Types and pure helpers of the data area; tested without a browser (test/web/data.test.ts). */

export type DatasetT = z.infer<typeof Dataset>;
export type ImportJobT = z.infer<typeof ImportJob>;
export type ImportSummaryT = z.infer<typeof ImportSummary>;

/** File types the importer reads (GENESIS CSV, XLSX, ZIP with one of them, JSON-stat, gzip). */
export const ACCEPTED_FILES = '.csv,.xlsx,.zip,.json,.gz';

/** Milliseconds between two looks at a running import job. */
export const POLL_MS = 300;

export function importUrl(dryRun: boolean): string {
  return dryRun ? '/api/v1/imports?dryRun=true' : '/api/v1/imports';
}

export function jobUrl(id: string): string {
  return `/api/v1/imports/${encodeURIComponent(id)}`;
}

export function isFinished(job: Pick<ImportJobT, 'status'>): boolean {
  return job.status !== 'running';
}

/**
 * Periods as a reader wants them: all of them when there are few, else first – last with the
 * count ("2010 – 2023 (14)"). `format` turns one period into text (German dates).
 */
export function describePeriods(periods: readonly string[], format: (period: string) => string): string {
  const sorted = [...periods].sort();
  if (sorted.length <= 3) return sorted.map(format).join(', ');
  return `${format(sorted[0] ?? '')} – ${format(sorted.at(-1) ?? '')} (${sorted.length})`;
}

/** Marker counts with at least one cell, in a stable order (most frequent first). */
export function markerCounts(markers: Record<string, number>): [string, number][] {
  return Object.entries(markers)
    .filter(([, count]) => count > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}

/** The newest imports first; equal times by table code. */
export function sortDatasets(items: readonly DatasetT[]): DatasetT[] {
  return [...items].sort(
    (a, b) => b.importedAt.localeCompare(a.importedAt) || a.table.localeCompare(b.table) || b.id - a.id,
  );
}

/** The API's German error text from an error body, else the HTTP status. */
export function errorMessage(body: unknown, status: number): string {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === 'string' && message ? message : `HTTP ${status}`;
}
