import { AppError } from './errors.ts';

/**
 * Optimistic concurrency for edits. A table gets `version integer NOT NULL DEFAULT 1`; the
 * client sends back the version it read; the repository updates with
 * `… SET …, version = version + 1 WHERE id = $1 AND version = $2 RETURNING …` and hands the
 * result (null when no row matched) to this function, which turns a stale edit into 409
 * `conflict` instead of silently overwriting the other person's change.
 */
export function conflictIfStale<Row>(
  updated: Row | null | undefined,
  context: { resource: string; current?: number },
): Row {
  if (updated) return updated;
  throw new AppError('conflict', {
    message: `stale update of ${context.resource}`,
    userMessage: `${context.resource} wurde inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu und wiederholen Sie Ihre Änderung.`,
    details: context.current === undefined ? {} : { currentVersion: context.current },
  });
}
