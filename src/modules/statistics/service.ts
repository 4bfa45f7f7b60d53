import type { Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { QUALITY_FLAGS } from './importers/types.ts';
import { buildPyramids, sumOfDistricts } from './population-structure.ts';
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

/**
 * Population by age group and sex of a region, its Land and Germany from the newest imported
 * population table (12411-…), for a population pyramid.
 */
export async function populationStructure(db: Queryable, region: string) {
  const latest = await repository.latestPopulationByAgeAndSex(db, region);
  if (!latest) return { region, structure: null };
  const comparisons = [region, region.slice(0, 2), 'DG'].filter((key, i, all) => all.indexOf(key) === i);
  const [rows, dataset, vocabulary, names] = await Promise.all([
    repository.populationByAgeAndSex(db, latest.table_code, latest.period, comparisons),
    repository.getDataset(db, latest.dataset_id),
    repository.tableVocabulary(db, latest.table_code),
    repository.regionNames(db, comparisons),
  ]);
  const land = region.slice(0, 2);
  let aggregatedLand = false;
  if (region.length === 5 && !rows.some((row) => row.region === land)) {
    const districts = await repository.currentDistrictsOf(db, land);
    const districtRows = await repository.populationByAgeAndSex(
      db,
      latest.table_code,
      latest.period,
      districts,
    );
    const sums = sumOfDistricts(districtRows, districts, land);
    rows.push(...sums);
    aggregatedLand = sums.length > 0;
  }
  const pyramids = buildPyramids(rows, comparisons, region);
  if (!pyramids || !dataset) return { region, structure: null };
  const labels = new Map(
    (vocabulary.dimensions.find((d) => d.code === 'ALTX')?.attributes ?? []).map((a) => [a.code, a.label]),
  );
  const roleOf = (key: string): 'region' | 'land' | 'bund' =>
    key === region ? 'region' : key === 'DG' ? 'bund' : 'land';
  return {
    region,
    structure: {
      table: dataset.table_code,
      title: dataset.title,
      publisher: dataset.publisher,
      licence: dataset.licence,
      vintage: dataset.vintage,
      datasetId: dataset.id,
      period: latest.period,
      ageGroups: (pyramids[0]?.groups ?? []).map((g) => ({
        code: g.code,
        label: labels.get(g.code) ?? g.code,
      })),
      pyramids: pyramids.map((p) => ({
        ...p,
        name: names.get(p.region) ?? p.region,
        role: roleOf(p.region),
        aggregated: p.region === land && aggregatedLand,
      })),
    },
  };
}
