/**
 * When a server holds the embedded database, the command line hands its work to that server
 * over the HTTP API instead of failing: the data directory can only be opened by one process.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ImportSummary } from '../modules/statistics/service.ts';
import { readServiceToken } from '../platform/auth/service-token.ts';
import { loadConfig } from '../platform/config.ts';
import { AppError } from '../platform/errors.ts';

/**
 * The server's authorisation for this machine's command line: the service token the server
 * wrote into the data directory at its start (readable only by its owner).
 */
export function serviceHeaders(dataDir = loadConfig().dataDir): Record<string, string> {
  const token = readServiceToken(dataDir);
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** The running server's URL if `error` says the data directory is held by a server that answers. */
export async function runningServer(error: unknown): Promise<string | null> {
  if (!(error instanceof AppError) || error.code !== 'database.locked') return null;
  const { role, url } = error.details as { role?: string; url?: string };
  if (role !== 'server' || !url) return null;
  try {
    const response = await fetch(new URL('/api/v1/health', url), { signal: AbortSignal.timeout(3000) });
    return response.ok ? url : null;
  } catch {
    return null;
  }
}

interface RemoteJob {
  id: string;
  status: 'running' | 'succeeded' | 'failed';
  progress: number;
  rows: number;
  result: ImportSummary | null;
  error: { code: string; message: string } | null;
}

async function errorFrom(response: Response): Promise<AppError> {
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string };
  } | null;
  const code = (body?.error?.code ?? 'validation') as AppError['code'];
  return new AppError(code, {
    message: `server answered ${response.status}`,
    userMessage: body?.error?.message ?? `Der Server antwortete mit Status ${response.status}.`,
  });
}

/** Uploads a file to the server's import API and follows the job to its end. */
export async function remoteImport(
  serverUrl: string,
  file: { fileName: string; bytes: Uint8Array },
  options: { dryRun: boolean; onProgress: (fraction: number, rows: number) => void },
): Promise<ImportSummary> {
  const form = new FormData();
  form.append('file', new Blob([file.bytes]), file.fileName);
  const url = new URL(`/api/v1/imports${options.dryRun ? '?dryRun=true' : ''}`, serverUrl);
  const started = await fetch(url, { method: 'POST', body: form, headers: serviceHeaders() });
  if (started.status !== 202) throw await errorFrom(started);
  let job = (await started.json()) as RemoteJob;
  while (job.status === 'running') {
    options.onProgress(job.progress, job.rows);
    await new Promise((resolve) => setTimeout(resolve, 250));
    const polled = await fetch(new URL(`/api/v1/imports/${job.id}`, serverUrl), {
      headers: serviceHeaders(),
    });
    if (!polled.ok) throw await errorFrom(polled);
    job = (await polled.json()) as RemoteJob;
  }
  if (job.status === 'failed' || !job.result) {
    throw new AppError('import.format', {
      message: `remote import failed: ${job.error?.code}`,
      userMessage: job.error?.message ?? `${file.fileName}: Der Import ist fehlgeschlagen.`,
    });
  }
  return job.result;
}

export interface RemoteDataset {
  id: number;
  table: string;
  vintage: string | null;
  rows: number;
  regions: number;
  periods: string[];
  current: boolean;
  fileName: string;
}

export async function remoteDatasets(serverUrl: string, table?: string): Promise<RemoteDataset[]> {
  const url = new URL('/api/v1/datasets', serverUrl);
  if (table) url.searchParams.set('table', table);
  const response = await fetch(url, { headers: serviceHeaders() });
  if (!response.ok) throw await errorFrom(response);
  return ((await response.json()) as { items: RemoteDataset[] }).items;
}

/** Calls the JSON API of the running server as this machine's command line. */
export async function remoteJson<T>(
  serverUrl: string,
  method: string,
  apiPath: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(new URL(apiPath, serverUrl), {
    method,
    headers: { ...serviceHeaders(), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw await errorFrom(response);
  return (await response.json()) as T;
}

/** Downloads a backup from the running server into `file` (written aside, then renamed). */
export async function remoteBackup(
  serverUrl: string,
  file: string,
): Promise<{ tables: number; rows: number }> {
  const response = await fetch(new URL('/api/v1/backup', serverUrl), { headers: serviceHeaders() });
  if (!response.ok || !response.body) throw await errorFrom(response);
  const partial = `${file}.partial`;
  try {
    await pipeline(
      Readable.fromWeb(response.body as import('node:stream/web').ReadableStream),
      createWriteStream(partial, { mode: 0o600 }),
    );
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return {
    tables: Number(response.headers.get('x-backup-tables') ?? 0),
    rows: Number(response.headers.get('x-backup-rows') ?? 0),
  };
}
