import type { Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { QUALITY_FLAGS } from './importers/types.ts';
import * as repository from './repository.ts';

export { type ImportProgress, type ImportSummary, importFile } from './import-service.ts';

export async function listDatasets(db: Queryable, filter: { tableCode?: string } = {}) {
  return repository.listDatasets(db, filter);
}

export async function datasetDetail(db: Queryable, id: number) {
  const dataset = await repository.getDataset(db, id);
  if (!dataset) {
    throw new AppError('not_found', {
      message: `dataset ${id} not found`,
      userMessage: `Der Datensatz ${id} ist nicht vorhanden.`,
    });
  }
  const vocabulary = await repository.tableVocabulary(db, dataset.table_code);
  return { dataset, ...vocabulary };
}

export interface ObservationPage {
  total: number;
  limit: number;
  offset: number;
  items: repository.ObservationRow[];
}

export async function observations(
  db: Queryable,
  filter: repository.ObservationFilter,
  page: { limit: number; offset: number },
): Promise<ObservationPage> {
  const [items, total] = await Promise.all([
    repository.queryObservations(db, filter, page),
    repository.countObservations(db, filter),
  ]);
  return { total, limit: page.limit, offset: page.offset, items };
}

/** Streams all matching observations page by page (command line exports). */
export async function* allObservations(
  db: Queryable,
  filter: repository.ObservationFilter,
  pageSize = 20_000,
): AsyncGenerator<repository.ObservationRow> {
  for (let offset = 0; ; offset += pageSize) {
    const rows = await repository.queryObservations(db, filter, { limit: pageSize, offset });
    yield* rows;
    if (rows.length < pageSize) return;
  }
}

export function qualityFlagLegend(): { flag: string; meaning: string }[] {
  return Object.entries(QUALITY_FLAGS).map(([flag, meaning]) => ({ flag, meaning }));
}
