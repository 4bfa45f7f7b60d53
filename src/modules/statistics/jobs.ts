import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { type ImportSummary, importFile } from './import-service.ts';

/**
 * Imports started through the API run in the background of the server process; their state
 * lives in the database so that any app node can answer the polling client.
 */
export interface ImportJobRow {
  id: string;
  file_name: string;
  dry_run: boolean;
  status: 'running' | 'succeeded' | 'failed';
  progress: number;
  rows_done: number;
  result: ImportSummary | null;
  error: { code: string; message: string; details?: Record<string, unknown> } | null;
  created_at: string;
  finished_at: string | null;
}

const JOB_COLUMNS = `id, file_name, dry_run, status, progress, rows_done, result, error,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
  to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS finished_at`;

export async function getImportJob(db: Queryable, id: string): Promise<ImportJobRow> {
  const result = await db.query<ImportJobRow>(`SELECT ${JOB_COLUMNS} FROM import_jobs WHERE id = $1`, [id]);
  const job = result.rows[0];
  if (!job) {
    throw new AppError('not_found', {
      message: `import job ${id} not found`,
      userMessage: `Den Importauftrag ${id} gibt es nicht.`,
    });
  }
  return job;
}

/** Starts an import and returns at once with the job; `done` settles when it has finished. */
export async function startImportJob(
  db: Database,
  file: { fileName: string; bytes: Uint8Array },
  options: { dryRun: boolean },
): Promise<{ job: ImportJobRow; done: Promise<void> }> {
  const id = randomUUID();
  await db.query('INSERT INTO import_jobs (id, file_name, dry_run, status) VALUES ($1, $2, $3, $4)', [
    id,
    file.fileName,
    options.dryRun,
    'running',
  ]);
  const job = await getImportJob(db, id);
  let lastWrite = 0;
  let pending: Promise<unknown> = Promise.resolve();
  const done = (async () => {
    try {
      const summary = await importFile(db, file, {
        dryRun: options.dryRun,
        onProgress: (progress) => {
          const now = Date.now();
          if (now - lastWrite < 250) return;
          lastWrite = now;
          pending = db
            .query('UPDATE import_jobs SET progress = $2, rows_done = $3 WHERE id = $1', [
              id,
              progress.fraction ?? 0,
              progress.rows,
            ])
            .catch(() => undefined);
        },
      });
      await pending;
      await db.query(
        `UPDATE import_jobs SET status = 'succeeded', progress = 1, rows_done = $2, result = $3::jsonb, finished_at = now() WHERE id = $1`,
        [id, summary.rows, JSON.stringify(summary)],
      );
    } catch (error) {
      await pending;
      const body =
        error instanceof AppError
          ? { code: error.code, message: error.userMessage, details: error.details }
          : {
              code: 'internal',
              message: `${file.fileName}: Der Import ist mit einem internen Fehler abgebrochen.`,
            };
      await db.query(
        `UPDATE import_jobs SET status = 'failed', error = $2::jsonb, finished_at = now() WHERE id = $1`,
        [id, JSON.stringify(body)],
      );
    }
  })();
  return { job, done };
}
