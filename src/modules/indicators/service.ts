import type { Database, Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { statistics } from '../statistics/index.ts';
import { STANDARD_INDICATORS } from './catalogue/definitions.ts';
import type { CustomIndicatorDefinition, IndicatorDefinition } from './catalogue/types.ts';
import { changeFromPrevious, changeOver, defaultPeers, rankAmong } from './comparisons.ts';
import {
  aggregateToTerritories,
  evaluateSeries,
  type IndicatorInputs,
  isAdditiveUnit,
  type ReferenceValues,
  referenceValues,
  type SeriesPoint,
} from './engine.ts';
import {
  type Formula,
  FormulaSyntaxError,
  formulaReferences,
  formulaTables,
  parseFormula,
} from './formula/index.ts';
import * as repository from './repository.ts';
import { assessTarget } from './targets.ts';
import { buildIndicatorWorkbook } from './workbook.ts';

export type DataSituationStatus = 'computable' | 'partial' | 'not_imported' | 'no_formula';

export interface DataSituation {
  status: DataSituationStatus;
  tables: {
    table: string;
    imported: boolean;
    vintage: string | null;
    periods: string[];
    title: string | null;
  }[];
  /** What to download where the data are missing (table codes from the catalogue's sources). */
  missing: { table: string | null; title: string }[];
}

export interface IndicatorSummary {
  definition: IndicatorDefinition;
  custom: boolean;
  situation: DataSituation;
}

const parsedFormulas = new Map<string, Formula>();

/** Parses once per formula text; the catalogue is fixed, custom indicators are validated on save. */
function formulaOf(definition: IndicatorDefinition): Formula | null {
  if (!definition.formula) return null;
  let formula = parsedFormulas.get(definition.formula);
  if (!formula) {
    formula = parseFormula(definition.formula);
    parsedFormulas.set(definition.formula, formula);
  }
  return formula;
}

export async function allDefinitions(
  db: Queryable,
): Promise<{ definition: IndicatorDefinition; custom: boolean }[]> {
  const custom = await repository.listCustomIndicators(db);
  return [
    ...STANDARD_INDICATORS.map((definition) => ({ definition, custom: false })),
    ...custom.map((row) => ({ definition: row.definition as unknown as IndicatorDefinition, custom: true })),
  ];
}

export async function findDefinition(
  db: Queryable,
  id: string,
): Promise<{ definition: IndicatorDefinition; custom: boolean }> {
  const found = (await allDefinitions(db)).find((entry) => entry.definition.id === id);
  if (!found) {
    throw new AppError('not_found', {
      message: `indicator ${id} not found`,
      userMessage: `Den Indikator „${id}“ gibt es nicht im Katalog.`,
    });
  }
  return found;
}

export async function listIndicators(db: Queryable): Promise<IndicatorSummary[]> {
  return summarise(db, await allDefinitions(db));
}

/** One indicator with its data situation (looks only at that indicator's tables). */
export async function indicatorSummary(db: Queryable, id: string): Promise<IndicatorSummary> {
  const [summary] = await summarise(db, [await findDefinition(db, id)]);
  return summary!;
}

async function summarise(
  db: Queryable,
  definitions: { definition: IndicatorDefinition; custom: boolean }[],
): Promise<IndicatorSummary[]> {
  const tables = [
    ...new Set(
      definitions.flatMap(({ definition }) => {
        const formula = formulaOf(definition);
        return formula ? formulaTables(formula) : [];
      }),
    ),
  ];
  const situation = await repository.tableSituation(db, tables);
  return definitions.map(({ definition, custom }) => ({
    definition,
    custom,
    situation: situationOf(definition, situation),
  }));
}

function situationOf(
  definition: IndicatorDefinition,
  known: Map<string, repository.TableSituation>,
): DataSituation {
  const formula = formulaOf(definition);
  if (!formula) {
    return {
      status: 'no_formula',
      tables: [],
      missing: definition.sources.map((source) => ({ table: source.table, title: source.title })),
    };
  }
  const tables = formulaTables(formula).map((table) => {
    const found = known.get(table);
    return {
      table,
      imported: Boolean(found),
      vintage: found?.vintage ?? null,
      periods: found?.periods ?? [],
      title: found?.title ?? null,
    };
  });
  const imported = tables.filter((table) => table.imported).length;
  const status: DataSituationStatus =
    imported === tables.length ? 'computable' : imported === 0 ? 'not_imported' : 'partial';
  const missing = tables
    .filter((table) => !table.imported)
    .map((table) => ({
      table: table.table,
      title: definition.sources.find((source) => source.table === table.table)?.title ?? table.table,
    }));
  return { status, tables, missing };
}

/** Everything needed to evaluate one indicator for every region: one query per table and measure. */
type LoadedInputs = Awaited<ReturnType<typeof computeInputs>>;

const CACHE_SIZE = 32;
const inputCache = new WeakMap<Queryable, Map<string, Promise<LoadedInputs>>>();

/**
 * The fetched and summed inputs of an indicator, cached per state of the store: the key holds
 * the formula and a cheap fingerprint of datasets and regions, so any import, replacement or
 * reference update makes the next request compute afresh. Each app node keeps its own cache.
 */
async function loadInputs(db: Queryable, definition: IndicatorDefinition): Promise<LoadedInputs> {
  const key = `${definition.formula}\u0000${await repository.storeFingerprint(db)}`;
  return remember(inputCache, db, key, () => computeInputs(db, definition));
}

/**
 * A promise per key and database, at most CACHE_SIZE of them (the oldest goes first); a failed
 * computation is forgotten so that the next request tries again.
 */
function remember<T>(
  caches: WeakMap<Queryable, Map<string, Promise<T>>>,
  db: Queryable,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let entry = cache.get(key);
  if (!entry) {
    entry = compute();
    cache.set(key, entry);
    const own = cache;
    entry.catch(() => own.delete(key));
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return entry;
}

/** Forgets cached inputs (benchmarks measure the first request after an import with it). */
export function clearIndicatorCache(db: Queryable): void {
  inputCache.delete(db);
  keyFigureCache.delete(db);
}

async function computeInputs(db: Queryable, definition: IndicatorDefinition) {
  const formula = formulaOf(definition);
  if (!formula) {
    throw new AppError('validation', {
      message: `indicator ${definition.id} has no formula`,
      userMessage: `Für „${definition.nameDe}“ gibt es noch keine Berechnungsvorschrift: ${definition.sources
        .map((source) => (source.table ? `Tabelle ${source.table} (${source.title})` : source.title))
        .join('; ')}.`,
    });
  }
  const refs = formulaReferences(formula);
  const [sums, units, regions] = await Promise.all([
    repository.sumReferences(db, refs),
    repository.measureUnits(db, formulaTables(formula)),
    repository.regionFacts(db),
  ]);
  const districtsOf = new Map<string, string[]>([['DG', []]]);
  for (const region of regions) {
    if (region.level !== 'district') continue;
    const land = region.key.slice(0, 2);
    districtsOf.set(land, [...(districtsOf.get(land) ?? []), region.key]);
    districtsOf.get('DG')!.push(region.key);
  }
  const published = new Map<string, ReferenceValues>();
  const aggregated = new Map<string, ReferenceValues>();
  for (const ref of refs) {
    const key = repository.referenceKey(ref);
    const values = referenceValues(sums.get(key) ?? []);
    published.set(key, values);
    if (isAdditiveUnit(units.get(`${ref.table}:${ref.measure}`))) {
      aggregated.set(key, aggregateToTerritories(values, { districtsOf }));
    }
  }
  const inputs: IndicatorInputs = { formula, published, aggregated };
  return { inputs, regions };
}

export interface RegionSeries {
  region: string;
  name: string;
  role: 'region' | 'land' | 'bund' | 'neighbour' | 'peer' | 'district';
  values: SeriesPoint[];
}

/** The indicator for all Kreise (optionally of one Land), for maps, tables and the benchmark. */
export async function indicatorForDistricts(
  db: Queryable,
  id: string,
  options: { parent?: string; period?: string } = {},
) {
  const { definition } = await findDefinition(db, id);
  const { inputs, regions } = await loadInputs(db, definition);
  const series: RegionSeries[] = regions
    .filter(
      (region) => region.level === 'district' && (!options.parent || region.key.startsWith(options.parent)),
    )
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((region) => ({
      region: region.key,
      name: region.name,
      role: 'district' as const,
      values: evaluateSeries(inputs, region.key, false).filter(
        (point) => !options.period || point.period === options.period,
      ),
    }));
  return { definition, series };
}

export type Comparison = 'land' | 'bund' | 'neighbours' | 'peers';

export async function indicatorValues(
  db: Database,
  id: string,
  options: { region: string; compare: Comparison[]; peers?: string[]; withRank?: boolean },
) {
  const { definition, custom } = await findDefinition(db, id);
  const { inputs, regions } = await loadInputs(db, definition);
  const names = new Map(regions.map((region) => [region.key, region.name]));
  const own = regions.find((region) => region.key === options.region);
  if (!own && !(await regionExists(db, options.region))) {
    throw new AppError('not_found', {
      message: `region ${options.region} not found`,
      userMessage: `Die Region mit dem Schlüssel ${options.region} ist nicht bekannt.`,
    });
  }
  const withAggregate = (key: string) => key === 'DG' || key.length === 2;
  const seriesOf = (key: string, role: RegionSeries['role']): RegionSeries => ({
    region: key,
    name: names.get(key) ?? key,
    role,
    values: evaluateSeries(inputs, key, withAggregate(key)),
  });

  const series: RegionSeries[] = [seriesOf(options.region, 'region')];
  const land = options.region === 'DG' ? null : options.region.slice(0, 2);
  if (options.compare.includes('land') && land && land !== options.region)
    series.push(seriesOf(land, 'land'));
  if (options.compare.includes('bund') && options.region !== 'DG') series.push(seriesOf('DG', 'bund'));
  if (options.compare.includes('neighbours')) {
    for (const key of await repository.neighbourKeys(db, options.region))
      series.push(seriesOf(key, 'neighbour'));
  }
  let peers: string[] = [];
  if (options.compare.includes('peers')) {
    peers =
      options.peers ??
      (await repository.storedPeerGroup(db, options.region)) ??
      defaultPeers(regions, options.region);
    for (const key of peers) series.push(seriesOf(key, 'peer'));
  }

  const main = series[0]!.values;
  const latest = main.filter((point) => point.value !== null).at(-1) ?? null;
  let rank = null;
  // The rank evaluates every Kreis: worth it on the indicator page, not for a row of cards.
  if (latest && own?.level === 'district' && options.withRank !== false) {
    const values = new Map<string, number>();
    for (const region of regions) {
      if (region.level !== 'district') continue;
      const point = evaluateSeries(inputs, region.key, false).find(
        (candidate) => candidate.period === latest.period,
      );
      if (point?.value !== null && point?.value !== undefined) values.set(region.key, point.value);
    }
    rank = rankAmong(values, options.region, latest.period);
  }
  const targets = (await repository.listTargets(db, id, options.region)).map((target) => ({
    ...presentTarget(target),
    assessment: assessTarget(main, {
      targetValue: target.target_value,
      targetYear: target.target_year,
      direction: target.direction,
    }),
  }));
  const sources = await repository.currentDatasets(db, formulaTables(inputs.formula));
  return {
    definition,
    custom,
    region: { key: options.region, name: names.get(options.region) ?? options.region },
    series,
    peers,
    rank,
    change: {
      previous: changeFromPrevious(main),
      fiveYears: changeOver(main, 5),
      tenYears: changeOver(main, 10),
    },
    targets,
    sources,
  };
}

async function regionExists(db: Queryable, key: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM regions WHERE key = $1', [key]);
  return rows.rows.length > 0;
}

export function presentTarget(target: repository.TargetRow) {
  return {
    id: target.id,
    indicator: target.indicator_id,
    region: target.region_key,
    targetValue: target.target_value,
    targetYear: target.target_year,
    direction: target.direction,
    note: target.note,
    createdAt: target.created_at,
  };
}

/** Checks a formula of an editor's indicator: it must parse and name only tables and measures the store knows. */
export async function validateFormula(db: Queryable, text: string): Promise<Formula> {
  let formula: Formula;
  try {
    formula = parseFormula(text);
  } catch (error) {
    if (error instanceof FormulaSyntaxError) {
      throw new AppError('validation', {
        message: `formula syntax: ${error.message}`,
        userMessage: `Die Formel ist ungültig. ${error.message}`,
        details: { position: error.position, expected: error.expected, found: error.found },
      });
    }
    throw error;
  }
  const refs = formulaReferences(formula);
  const units = await repository.measureUnits(db, formulaTables(formula));
  const unknown = refs.filter((ref) => !units.has(`${ref.table}:${ref.measure}`));
  if (unknown.length > 0) {
    throw new AppError('validation', {
      message: 'formula references unknown measures',
      userMessage: `Die Formel nennt Messgrößen, die im Datenbestand nicht vorkommen: ${unknown
        .map((ref) => `${ref.table}:${ref.measure}`)
        .join(', ')}. Importieren Sie die Tabelle zuerst oder prüfen Sie den Code.`,
      details: { unknown: unknown.map((ref) => `${ref.table}:${ref.measure}`) },
    });
  }
  return formula;
}

export async function createCustomIndicator(
  db: Queryable,
  definition: CustomIndicatorDefinition,
): Promise<CustomIndicatorDefinition> {
  if ((await allDefinitions(db)).some((entry) => entry.definition.id === definition.id)) {
    throw new AppError('conflict', {
      message: `indicator ${definition.id} exists`,
      userMessage: `Einen Indikator mit der Kennung „${definition.id}“ gibt es schon.`,
    });
  }
  if (!definition.formula) {
    throw new AppError('validation', {
      message: 'formula required',
      userMessage: 'Ein eigener Indikator braucht eine Formel.',
    });
  }
  await validateFormula(db, definition.formula);
  await repository.insertCustomIndicator(db, definition.id, definition);
  return definition;
}

export async function deleteCustomIndicator(db: Queryable, id: string): Promise<void> {
  const { custom } = await findDefinition(db, id);
  if (!custom) {
    throw new AppError('validation', {
      message: `indicator ${id} is standard`,
      userMessage: `„${id}“ gehört zum Standardkatalog und kann nicht gelöscht werden.`,
    });
  }
  await repository.deleteCustomIndicator(db, id);
}

export async function addTarget(
  db: Queryable,
  indicatorId: string,
  target: {
    region: string;
    targetValue: number;
    targetYear: number;
    direction: 'at_least' | 'at_most';
    note?: string | null;
  },
) {
  await findDefinition(db, indicatorId);
  if (!(await regionExists(db, target.region))) {
    throw new AppError('validation', {
      message: `region ${target.region} unknown`,
      userMessage: `Die Region mit dem Schlüssel ${target.region} ist nicht bekannt.`,
    });
  }
  return presentTarget(
    await repository.insertTarget(db, {
      indicator_id: indicatorId,
      region_key: target.region,
      target_value: target.targetValue,
      target_year: target.targetYear,
      direction: target.direction,
      note: target.note ?? null,
    }),
  );
}

export async function removeTarget(db: Queryable, id: number): Promise<void> {
  if (!(await repository.deleteTarget(db, id))) {
    throw new AppError('not_found', {
      message: `target ${id} not found`,
      userMessage: `Den Zielwert ${id} gibt es nicht.`,
    });
  }
}

export async function peerGroup(db: Database, key: string) {
  const stored = await repository.storedPeerGroup(db, key);
  if (stored) return { region: key, peers: stored, source: 'configured' as const };
  return {
    region: key,
    peers: defaultPeers(await repository.regionFacts(db), key),
    source: 'default' as const,
  };
}

export async function setPeerGroup(db: Database, key: string, peers: string[]) {
  const facts = await repository.regionFacts(db);
  const districts = new Set(
    facts.filter((region) => region.level === 'district').map((region) => region.key),
  );
  const invalid = [key, ...peers].filter((candidate) => !districts.has(candidate));
  if (invalid.length > 0) {
    throw new AppError('validation', {
      message: `not districts: ${invalid.join(',')}`,
      userMessage: `Vergleichsgruppen bestehen aus Kreisen; keine Kreise: ${invalid.join(', ')}.`,
    });
  }
  await db.write((tx) => repository.savePeerGroup(tx, key, peers));
  return { region: key, peers, source: 'configured' as const };
}

/** The XLSX download: the region's series with comparisons and all Kreise of its Land. */
export async function indicatorWorkbook(
  db: Database,
  id: string,
  options: { region: string; compare: Comparison[]; peers?: string[]; link: string },
): Promise<{ fileName: string; content: Buffer }> {
  const values = await indicatorValues(db, id, options);
  const land = options.region.slice(0, 2);
  const districts = await indicatorForDistricts(db, id, { parent: land });
  const landSeries = values.series.find((s) => s.role === 'land');
  const landName = landSeries?.name ?? (await repository.regionName(db, land)) ?? land;
  const workbook = buildIndicatorWorkbook({
    indicator: {
      id: values.definition.id,
      name: values.definition.nameDe,
      definition: values.definition.definitionDe,
      unit: values.definition.unit,
      decimals: values.definition.decimals,
    },
    region: values.region,
    series: values.series,
    districts: { scopeName: landName, series: districts.series },
    sources: values.sources,
    markers: [
      ...statistics.qualityFlagLegend(),
      { flag: 'div0', meaning: 'nicht berechenbar: Division durch null' },
    ],
    link: options.link,
    createdAt: new Date(),
  });
  const content = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `${values.definition.id}_${values.region.key}.xlsx`, content };
}

const keyFigureCache = new WeakMap<Queryable, Map<string, Promise<KeyFiguresResult>>>();

type KeyFiguresResult = Awaited<ReturnType<typeof computeKeyFigures>>;

/**
 * The values of every computable indicator for a region with Land and Germany in one answer, for the
 * Kreisprofil and the dashboards (one request instead of one per card). Cached per state of the store
 * like the inputs: any import makes the next request compute afresh.
 */
export async function keyFigures(db: Database, region: string, theme?: string): Promise<KeyFiguresResult> {
  const key = `${region}\u0000${theme ?? ''}\u0000${await repository.storeFingerprint(db)}`;
  return remember(keyFigureCache, db, key, () => computeKeyFigures(db, region, theme));
}

async function computeKeyFigures(db: Database, region: string, theme?: string) {
  const computable = (await listIndicators(db)).filter(
    (item) => item.situation.status === 'computable' && (!theme || item.definition.theme === theme),
  );
  const items = [];
  // One after the other: they share the engine's cached inputs, and PGlite answers one query at a time.
  for (const item of computable) {
    const { definition, ...rest } = await indicatorValues(db, item.definition.id, {
      region,
      compare: ['land', 'bund'],
      withRank: false,
    });
    items.push({ indicator: definition, ...rest });
  }
  return { region, items };
}
