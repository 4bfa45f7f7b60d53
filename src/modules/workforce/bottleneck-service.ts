import type { Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { statistics } from '../statistics/index.ts';
import { editionRules, INDICATOR_LABELS, knownEditions, SHORTAGE_INDICATORS } from './engpass-rules.ts';
import {
  type BaOccupationRow,
  CATEGORY_LABELS,
  type Category,
  classify,
  eligibilityOf,
  kldbOf,
  occupationRows,
  scoreOccupation,
} from './engpass-scoring.ts';
import { REQUIREMENT_LEVEL_NAMES } from './occupations-reference.ts';
import * as repository from './repository.ts';

// ---------------------------------------------------------------- bottlenecks

export type BottleneckMethod = 'ba_germany' | 'ba_land' | 'local_estimate' | 'land_proxy';

export const METHOD_LABELS: Record<BottleneckMethod, string> = {
  ba_germany: 'BA-Ergebnis Deutschland, aus den Indikatorwerten nachgerechnet',
  ba_land: 'BA-Ergebnis der Region (Durchschnittspunkte veröffentlicht, Kategorie nachgerechnet)',
  local_estimate: 'Eigene Schätzung mit Kreiswerten und den BA-Grenzwerten (kein BA-Ergebnis)',
  land_proxy: 'Näherung: BA-Ergebnis des Landes bzw. der Ländergruppe (keine Kreiswerte)',
};

export interface BottleneckRow {
  kldb: string;
  name: string;
  requirementLevel: string;
  requirementLevelName: string;
  method: BottleneckMethod;
  sourceRegion: string;
  employees: number | null;
  publishedScore: number | null;
  computedScore: number | null;
  publishedCategory: Category;
  computedCategory: Category;
  assessed: number | null;
  values: Record<string, number | null>;
  points: Record<string, number | null>;
  publishedPoints: Record<string, number | null>;
}

export interface BottleneckReport {
  area: string;
  areaName: string;
  edition: number;
  method: string;
  proxyRegion: string | null;
  proxyRegionName: string | null;
  sources: { table: string; title: string; publisher: string; licence: string; vintage: string | null }[];
  cutPoints: ReturnType<typeof rulesForApi>;
  reproduction: { rows: number; published: number; matches: number; rate: number | null };
  items: BottleneckRow[];
}

const GERMANY_TABLE = /^BA-ENGPASS-(\d{4})-DE$/;
const LAENDER_TABLE = /^BA-ENGPASS-(\d{4})-LAENDER$/;
/** Local figures for Option B: an own long-CSV table whose code starts with this prefix. */
export const LOCAL_TABLE_PREFIX = 'ENGPASS-LOKAL';

export type Dataset = Awaited<ReturnType<typeof statistics.listDatasets>>[number];

export async function currentDatasets(db: Queryable): Promise<Dataset[]> {
  return (await statistics.listDatasets(db)).filter((dataset) => dataset.current);
}

export function editionsOf(datasets: Dataset[], pattern: RegExp): Map<number, Dataset> {
  const found = new Map<number, Dataset>();
  for (const dataset of datasets) {
    const match = pattern.exec(dataset.table_code);
    if (match) found.set(Number(match[1]), dataset);
  }
  return found;
}

export function pickEdition(
  found: Map<number, Dataset>,
  edition: number | undefined,
  what: string,
): [number, Dataset] {
  if (found.size === 0) {
    throw new AppError('not_found', {
      message: `no ${what} imported`,
      userMessage: `Es ist keine BA-Engpassanalyse (${what}) importiert. Importieren Sie z. B. 2025_Deutschland_Engpass.xlsx bzw. 2025_Länderergebnisse.xlsx mit „bildungsregion import“.`,
    });
  }
  const chosen = edition ?? Math.max(...found.keys());
  const dataset = found.get(chosen);
  if (!dataset) {
    throw new AppError('not_found', {
      message: `edition ${chosen} not imported`,
      userMessage: `Die Engpassanalyse ${chosen} (${what}) ist nicht importiert; vorhanden: ${[...found.keys()].sort().join(', ')}.`,
    });
  }
  return [chosen, dataset];
}

function rulesOrError(edition: number) {
  const rules = editionRules(edition);
  if (!rules) {
    throw new AppError('validation', {
      message: `no cut-points for edition ${edition}`,
      userMessage: `Für die Engpassanalyse ${edition} sind keine Grenzwerte hinterlegt (vorhanden: ${knownEditions().join(', ')}). Tragen Sie sie in src/modules/workforce/engpass-rules.ts ein (siehe docs/WORKFORCE.md).`,
    });
  }
  return rules;
}

export function rulesForApi(edition: number) {
  const rules = editionRules(edition);
  if (!rules) return null;
  return {
    edition: rules.edition,
    classes: rules.classes,
    minAssessed: rules.minAssessed,
    requiredIndicator: rules.requiredIndicator,
    minEmployees: rules.minEmployees,
    regulatedTrainingLevels: [...rules.regulatedTrainingLevels],
    source: rules.source,
    indicators: SHORTAGE_INDICATORS.map((indicator) => ({
      code: indicator,
      label: INDICATOR_LABELS[indicator],
      levels: Object.fromEntries(
        (['2', '3', '4'] as const).map((level) => {
          const rule = rules.rules[level][indicator];
          return [level, { shortageWhen: rule.shortageWhen, cuts: [...rule.cuts], source: rule.source }];
        }),
      ),
    })),
  };
}

export async function tableRows(db: Queryable, table: string, region: string) {
  const observations = [];
  for await (const row of statistics.allObservations(db, { table, region })) observations.push(row);
  return observations;
}

async function occupationLabels(db: Queryable, table: string): Promise<Map<string, string>> {
  const datasets = await statistics.listDatasets(db, { tableCode: table });
  const latest = datasets.find((d) => d.current) ?? datasets[0];
  if (!latest) return new Map();
  const detail = await statistics.datasetDetail(db, latest.id);
  const kldb = detail.dimensions.find((dimension) => dimension.code === 'KLDB');
  return new Map((kldb?.attributes ?? []).map((attribute) => [attribute.code, attribute.label]));
}

function sourceOf(dataset: Dataset) {
  return {
    table: dataset.table_code,
    title: dataset.title,
    publisher: dataset.publisher,
    licence: dataset.licence,
    vintage: dataset.vintage,
  };
}

export async function names(db: Queryable, codes: string[]): Promise<Map<string, string>> {
  const rows = await repository.occupationsByCode(db, codes);
  return new Map([...rows].map(([code, row]) => [code, row.title]));
}

function germanyRow(
  row: BaOccupationRow,
  name: string,
  rules: ReturnType<typeof rulesOrError>,
): BottleneckRow {
  const computed = scoreOccupation(row.values, row.level, rules, eligibilityOf(row));
  return {
    kldb: kldbOf(row),
    name,
    requirementLevel: row.level,
    requirementLevelName: REQUIREMENT_LEVEL_NAMES[Number(row.level)] ?? row.level,
    method: 'ba_germany',
    sourceRegion: 'DG',
    employees: row.employees,
    publishedScore: row.publishedScore,
    computedScore: computed.score,
    publishedCategory: classify(row.publishedScore, rules),
    computedCategory: computed.category,
    assessed: computed.assessed,
    values: { ...Object.fromEntries(SHORTAGE_INDICATORS.map((i) => [i, row.values[i] ?? null])) },
    points: { ...computed.points },
    publishedPoints: Object.fromEntries(SHORTAGE_INDICATORS.map((i) => [i, row.publishedPoints[i] ?? null])),
  };
}

/** The Land result a region falls back to: the Land itself or the BA Land group containing it. */
export function proxyRegionFor(area: string, regionsInTable: string[]): string | null {
  const land = area.slice(0, 2);
  if (regionsInTable.includes(area)) return area;
  if (regionsInTable.includes(land)) return land;
  return regionsInTable.find((key) => key.split('_').includes(land)) ?? null;
}

export async function regionName(db: Queryable, key: string): Promise<string> {
  if (key === 'DG') return 'Deutschland';
  const result = await db.query<{ name: string }>('SELECT name FROM regions WHERE key = $1', [key]);
  return result.rows[0]?.name ?? key;
}

/**
 * The bottleneck analysis for an area: Germany (`DG`) recomputed from the BA indicator values;
 * a Land or BA Land group from the Länder results; a Kreis with its own figures (table
 * `ENGPASS-LOKAL…`) scored with the edition's cut-points, every other occupation from the
 * Land result as a labelled proxy.
 */
export async function bottlenecks(
  db: Queryable,
  options: { area: string; edition?: number },
): Promise<BottleneckReport> {
  const area = options.area.trim().toUpperCase() === 'DG' ? 'DG' : options.area.trim();
  if (area !== 'DG' && !/^\d{2}(_\d{2})*$|^\d{3}$|^\d{5}$/.test(area)) {
    throw new AppError('validation', {
      message: `bad area ${area}`,
      userMessage: `Ungültiger Regionalschlüssel „${area}“: erwartet DG (Deutschland), einen Landesschlüssel wie 03, eine BA-Ländergruppe wie 03_04 oder einen Kreisschlüssel wie 03359.`,
    });
  }
  const datasets = await currentDatasets(db);
  if (area === 'DG') {
    const [edition, dataset] = pickEdition(
      editionsOf(datasets, GERMANY_TABLE),
      options.edition,
      'Deutschland',
    );
    const rules = rulesOrError(edition);
    const rows = occupationRows(await tableRows(db, dataset.table_code, 'DG'));
    const labels = await occupationLabels(db, dataset.table_code);
    const titles = await names(db, rows.map(kldbOf));
    const items = rows.map((row) =>
      germanyRow(row, titles.get(kldbOf(row)) ?? labels.get(row.code) ?? row.code, rules),
    );
    return report(
      area,
      'Deutschland',
      edition,
      METHOD_LABELS.ba_germany,
      null,
      null,
      [sourceOf(dataset)],
      items,
    );
  }

  const [edition, laender] = pickEdition(
    editionsOf(datasets, LAENDER_TABLE),
    options.edition,
    'Länderergebnisse',
  );
  const rules = rulesOrError(edition);
  const coverage = await db.query<{ region_key: string }>(
    'SELECT DISTINCT region_key FROM dataset_coverage WHERE dataset_id = $1',
    [laender.id],
  );
  const proxy = proxyRegionFor(
    area,
    coverage.rows.map((row) => row.region_key),
  );
  if (!proxy) {
    throw new AppError('not_found', {
      message: `no Land result for ${area}`,
      userMessage: `Für „${area}“ enthalten die BA-Länderergebnisse ${edition} keine Region (weder das Land noch eine Ländergruppe).`,
    });
  }
  const landRows = occupationRows(await tableRows(db, laender.table_code, proxy));
  const labels = await occupationLabels(db, laender.table_code);
  const titles = await names(
    db,
    landRows.map((row) => row.code),
  );
  const isLand = area === proxy;
  const landItem = (row: BaOccupationRow): BottleneckRow => ({
    kldb: row.code,
    name: titles.get(row.code) ?? labels.get(row.code) ?? row.code,
    requirementLevel: row.level,
    requirementLevelName: REQUIREMENT_LEVEL_NAMES[Number(row.level)] ?? row.level,
    method: isLand ? 'ba_land' : 'land_proxy',
    sourceRegion: proxy,
    employees: null,
    publishedScore: row.publishedScore,
    computedScore: null,
    publishedCategory: classify(row.publishedScore, rules),
    computedCategory: classify(row.publishedScore, rules),
    assessed: null,
    values: {},
    points: {},
    publishedPoints: {},
  });

  const sources = [sourceOf(laender)];
  const local: BottleneckRow[] = [];
  if (!isLand) {
    for (const dataset of datasets.filter((d) => d.table_code.startsWith(LOCAL_TABLE_PREFIX))) {
      const rows = occupationRows(await tableRows(db, dataset.table_code, area));
      if (rows.length === 0) continue;
      sources.push(sourceOf(dataset));
      const localTitles = await names(db, rows.map(kldbOf).concat(rows.map((row) => row.code)));
      for (const row of rows) {
        const computed = scoreOccupation(row.values, row.level, rules, eligibilityOf(row));
        const kldb = row.code.length === 3 ? row.code : kldbOf(row);
        local.push({
          kldb,
          name: localTitles.get(kldb) ?? localTitles.get(row.code) ?? row.code,
          requirementLevel: row.level,
          requirementLevelName: REQUIREMENT_LEVEL_NAMES[Number(row.level)] ?? row.level,
          method: 'local_estimate',
          sourceRegion: area,
          employees: row.employees,
          publishedScore: null,
          computedScore: computed.score,
          publishedCategory: 'nicht_bewertet',
          computedCategory: computed.category,
          assessed: computed.assessed,
          values: Object.fromEntries(SHORTAGE_INDICATORS.map((i) => [i, row.values[i] ?? null])),
          points: { ...computed.points },
          publishedPoints: {},
        });
      }
    }
  }
  const localKeys = new Set(local.map((row) => `${row.kldb.slice(0, 3)}|${row.requirementLevel}`));
  const items = [
    ...local,
    ...landRows.filter((row) => !localKeys.has(`${row.code.slice(0, 3)}|${row.level}`)).map(landItem),
  ].sort((a, b) => a.kldb.localeCompare(b.kldb) || a.requirementLevel.localeCompare(b.requirementLevel));
  const method = isLand
    ? METHOD_LABELS.ba_land
    : local.length > 0
      ? `${METHOD_LABELS.local_estimate} (${local.length} Berufe); übrige: ${METHOD_LABELS.land_proxy}`
      : METHOD_LABELS.land_proxy;
  return report(
    area,
    await regionName(db, area),
    edition,
    method,
    isLand ? null : proxy,
    isLand ? null : await regionName(db, proxy),
    sources,
    items,
  );
}

function report(
  area: string,
  areaName: string,
  edition: number,
  method: string,
  proxyRegion: string | null,
  proxyRegionName: string | null,
  sources: BottleneckReport['sources'],
  items: BottleneckRow[],
): BottleneckReport {
  const comparable = items.filter((item) => item.method === 'ba_germany');
  const matches = comparable.filter((item) => item.computedCategory === item.publishedCategory).length;
  return {
    area,
    areaName,
    edition,
    method,
    proxyRegion,
    proxyRegionName,
    sources,
    cutPoints: rulesForApi(edition),
    reproduction: {
      rows: comparable.length,
      published: comparable.filter((item) => item.publishedScore !== null).length,
      matches,
      rate: comparable.length > 0 ? matches / comparable.length : null,
    },
    items,
  };
}

export { CATEGORY_LABELS };
