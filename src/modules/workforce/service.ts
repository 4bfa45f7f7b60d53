import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Database, Queryable } from '../../platform/db/database.ts';
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
import {
  DEFAULT_OCCUPATIONS_FILE,
  decodeOccupationReference,
  LEVEL_NAMES,
  REQUIREMENT_LEVEL_NAMES,
} from './occupations-reference.ts';
import {
  type AgeBands,
  DEFAULT_PARAMS,
  PARAM_HELP,
  PARAM_LIMITS,
  project,
  type ReplacementParams,
  type Segment,
} from './replacement.ts';
import * as repository from './repository.ts';

const REFERENCE_NAME = 'occupations';

// ---------------------------------------------------------------- occupations reference

/** Loads the shipped occupations reference when missing or changed (compared by content hash). */
export async function ensureOccupationReference(
  db: Database,
  file: string = DEFAULT_OCCUPATIONS_FILE,
): Promise<{ loaded: boolean; occupations: number }> {
  const bytes = readFileSync(file);
  const version = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  if ((await repository.loadedReferenceVersion(db, REFERENCE_NAME)) === version)
    return { loaded: false, occupations: 0 };
  const reference = decodeOccupationReference(new Uint8Array(bytes));
  await db.write((tx) => repository.replaceOccupations(tx, reference, REFERENCE_NAME, version));
  return { loaded: true, occupations: reference.occupations.length };
}

function presentOccupation(row: repository.OccupationRow) {
  return {
    code: row.code,
    level: row.level,
    levelName: LEVEL_NAMES[row.level] ?? String(row.level),
    title: row.title,
    shortTitle: row.short_title,
    parentCode: row.parent_code,
    requirementLevel: row.requirement_level,
    requirementLevelName: row.requirement_level
      ? (REQUIREMENT_LEVEL_NAMES[row.requirement_level] ?? null)
      : null,
  };
}

export async function listOccupations(
  db: Queryable,
  filter: repository.OccupationFilter,
  page: { limit: number; offset: number },
) {
  const { total, rows } = await repository.listOccupations(db, filter, page);
  return { total, limit: page.limit, offset: page.offset, items: rows.map(presentOccupation) };
}

export async function getOccupation(db: Queryable, code: string) {
  const ancestors: string[] = [];
  for (let length = 1; length < code.length; length++) ancestors.push(code.slice(0, length));
  const found = await repository.occupationsByCode(db, [...ancestors, code]);
  const row = found.get(code);
  if (!row) {
    throw new AppError('not_found', {
      message: `occupation ${code} not found`,
      userMessage: `Die Berufsposition ${code} ist in der KldB 2010 (Fassung 2020) nicht vorhanden.`,
    });
  }
  const children = await repository.occupationChildren(db, code);
  const fiveDigit = code.length === 5 ? [code] : [];
  const isco = await repository.iscoFor(db, fiveDigit);
  return {
    ...presentOccupation(row),
    parents: ancestors
      .map((a) => found.get(a))
      .filter((p) => p !== undefined)
      .map(presentOccupation),
    children: children.map(presentOccupation),
    isco: isco.map((entry) => ({
      code: entry.isco_code,
      title: entry.isco_title,
      titleEn: entry.isco_title_en,
      unambiguous: entry.unambiguous,
      main: entry.rank === 1,
    })),
  };
}

export async function occupationSources(db: Queryable) {
  return repository.referenceSources(db, REFERENCE_NAME);
}

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

type Dataset = Awaited<ReturnType<typeof statistics.listDatasets>>[number];

async function currentDatasets(db: Queryable): Promise<Dataset[]> {
  return (await statistics.listDatasets(db)).filter((dataset) => dataset.current);
}

function editionsOf(datasets: Dataset[], pattern: RegExp): Map<number, Dataset> {
  const found = new Map<number, Dataset>();
  for (const dataset of datasets) {
    const match = pattern.exec(dataset.table_code);
    if (match) found.set(Number(match[1]), dataset);
  }
  return found;
}

function pickEdition(
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

async function tableRows(db: Queryable, table: string, region: string) {
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

async function names(db: Queryable, codes: string[]): Promise<Map<string, string>> {
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

async function regionName(db: Queryable, key: string): Promise<string> {
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

// ---------------------------------------------------------------- replacement demand

const BO_TABLE = 'BA-BO-HEFT';
const SECTOR_TABLE = '13111-07-05-4';
const SCHOOL_TABLE = '21111-02-06-4';
const VOCATIONAL_TABLE = '21121-02-02-4';
/** Non-overlapping WZ 2008 sections of 13111-07-05-4 (the file also has sums such as B-F, G-U). */
const SECTORS = [
  'WZ08-A',
  'WZ08-B-E',
  'WZ08-F',
  'WZ08-G-I',
  'WZ08-J',
  'WZ08-K',
  'WZ08-L',
  'WZ08-M-N',
  'WZ08-O-Q',
  'WZ08-R-U',
];
const AGE_CODES: Record<string, keyof AgeBands> = {
  unter_25_jahre: 'under25',
  '25_bis_unter_55_jahre': 'from25to54',
  '55_bis_unter_65_jahre': 'from55to64',
  '65_jahre_und_aelter': 'from65',
};

function emptyAge(): AgeBands {
  return { under25: 0, from25to54: 0, from55to64: 0, from65: 0 };
}

async function latestPeriodRows(db: Queryable, table: string, region: string, measure: string) {
  const rows = [];
  for await (const row of statistics.allObservations(db, { table, region, measure })) rows.push(row);
  const latest = rows
    .map((row) => row.period)
    .sort()
    .at(-1);
  return { period: latest ?? null, rows: rows.filter((row) => row.period === latest) };
}

/**
 * Employees by age band from the BA booklet (svb, dims exactly KLDB + ALTER): per
 * Berufshauptgruppe (`groups`), per Berufsuntergruppe (`subgroups`) and in total.
 */
async function booklet(db: Queryable, region: string) {
  const { period, rows } = await latestPeriodRows(db, BO_TABLE, region, 'svb');
  const groups = new Map<string, AgeBands>();
  const subgroups = new Map<string, AgeBands>();
  const total = emptyAge();
  for (const row of rows) {
    const keys = Object.keys(row.dims).sort().join(',');
    const band = AGE_CODES[row.dims.ALTER ?? ''];
    if (!band || row.value === null) continue;
    if (keys === 'ALTER') total[band] += row.value;
    if (keys !== 'ALTER,KLDB') continue;
    const code = row.dims.KLDB!;
    const target = code.length === 2 ? groups : code.length === 4 ? subgroups : null;
    if (!target) continue;
    const age = target.get(code) ?? emptyAge();
    age[band] += row.value;
    target.set(code, age);
  }
  return { period, groups, subgroups, total };
}

async function perYear(
  db: Queryable,
  table: string,
  region: string,
): Promise<{ value: number | null; period: string | null }> {
  const { period, rows } = await latestPeriodRows(db, table, region, 'absolvierende_abgehende');
  const total = rows.find((row) => Object.keys(row.dims).length === 0);
  return { value: total?.value ?? null, period };
}

export function validateParams(input: Partial<ReplacementParams>): ReplacementParams {
  const params = { ...DEFAULT_PARAMS, ...input };
  const problems: string[] = [];
  for (const [key, [min, max]] of Object.entries(PARAM_LIMITS) as [
    keyof typeof PARAM_LIMITS,
    [number, number],
  ][]) {
    const value = params[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
      problems.push(
        `${PARAM_HELP[key].label} (${key}): erwartet eine Zahl von ${min} bis ${max}, gefunden ${String(value)}`,
      );
  }
  if (params.supplyBasis !== 'school' && params.supplyBasis !== 'vocational')
    problems.push(`supplyBasis: erwartet school oder vocational, gefunden ${String(params.supplyBasis)}`);
  if (problems.length > 0) {
    throw new AppError('validation', {
      message: `bad parameters: ${problems.join('; ')}`,
      userMessage: `Ungültige Parameter: ${problems.join('; ')}.`,
      details: { problems },
    });
  }
  return params;
}

export async function replacement(
  db: Queryable,
  options: { area: string; segmentBy?: 'occupation' | 'sector'; params?: Partial<ReplacementParams> },
) {
  const params = validateParams(options.params ?? {});
  const area = options.area;
  const own = await booklet(db, area);
  const germany = area === 'DG' ? own : await booklet(db, 'DG');
  const segmentBy = options.segmentBy ?? (own.groups.size > 0 ? 'occupation' : 'sector');
  const notes: string[] = [];
  const sources: string[] = [];
  let segments: Segment[] = [];
  let employeesPeriod: string | null = null;
  if (segmentBy === 'occupation') {
    if (own.groups.size === 0) {
      throw new AppError('not_found', {
        message: `no booklet for ${area}`,
        userMessage: `Für ${area} ist kein BA-Heft „Beschäftigte nach Berufen“ (BA-BO-HEFT) mit Altersgruppen importiert; wählen Sie die Gliederung nach Wirtschaftszweigen.`,
      });
    }
    const titles = await names(db, [...own.groups.keys()]);
    segments = [...own.groups].map(([code, age]) => ({
      key: code,
      label: `${code} ${titles.get(code) ?? ''}`.trim(),
      employees: age.under25 + age.from25to54 + age.from55to64 + age.from65,
      age,
      ageSource: 'own' as const,
    }));
    employeesPeriod = own.period;
    sources.push(`${BO_TABLE} (Statistik der Bundesagentur für Arbeit), Stichtag ${own.period}`);
  } else {
    const { period, rows } = await latestPeriodRows(
      db,
      SECTOR_TABLE,
      area,
      'sozialversicherungspfl_beschaeftigte',
    );
    const totals = rows.filter((row) => Object.keys(row.dims).length === 1 && row.dims.WZ08);
    if (totals.length === 0) {
      throw new AppError('not_found', {
        message: `no sector employment for ${area}`,
        userMessage: `Für ${area} ist die Tabelle ${SECTOR_TABLE} (Beschäftigte nach Wirtschaftszweigen) nicht importiert.`,
      });
    }
    const detail = (await statistics.listDatasets(db, { tableCode: SECTOR_TABLE })).find((d) => d.current);
    const labels = detail
      ? new Map(
          (
            (await statistics.datasetDetail(db, detail.id)).dimensions.find((d) => d.code === 'WZ08')
              ?.attributes ?? []
          ).map((a) => [a.code, a.label]),
        )
      : new Map<string, string>();
    const ageSource = own.total.from25to54 > 0 ? own : germany;
    if (ageSource.total.from25to54 === 0) {
      throw new AppError('not_found', {
        message: 'no age structure',
        userMessage:
          'Für die Altersstruktur fehlt das BA-Heft „Beschäftigte nach Berufen“ (BA-BO-HEFT) – weder für die Region noch für Deutschland importiert.',
      });
    }
    const proxy = ageSource !== own;
    if (proxy)
      notes.push(
        `Altersstruktur je Wirtschaftszweig liegt für ${area} nicht vor: Näherung mit der Altersstruktur aller Beschäftigten in Deutschland (BA-BO-HEFT, Stichtag ${germany.period}).`,
      );
    segments = SECTORS.flatMap((code) => {
      const row = totals.find((r) => r.dims.WZ08 === code);
      if (!row || row.value === null) return [];
      return [
        {
          key: code,
          label: labels.get(code) ?? code,
          employees: row.value,
          age: ageSource.total,
          ageSource: proxy ? ('proxy' as const) : ('own' as const),
        },
      ];
    });
    employeesPeriod = period;
    sources.push(`${SECTOR_TABLE} (Statistische Ämter des Bundes und der Länder), Stichtag ${period}`);
    sources.push(
      `${BO_TABLE} (Statistik der Bundesagentur für Arbeit), Altersgruppen, Stichtag ${ageSource.period}`,
    );
  }
  const school = await perYear(db, SCHOOL_TABLE, area);
  const vocational = await perYear(db, VOCATIONAL_TABLE, area);
  if (school.value !== null) sources.push(`${SCHOOL_TABLE}, Schuljahr ${school.period}`);
  else
    notes.push(
      `Abgänge allgemeinbildender Schulen (${SCHOOL_TABLE}) für ${area} nicht importiert: als 0 gerechnet.`,
    );
  if (vocational.value !== null) sources.push(`${VOCATIONAL_TABLE}, Schuljahr ${vocational.period}`);
  else
    notes.push(
      `Abgänge beruflicher Schulen (${VOCATIONAL_TABLE}) für ${area} nicht importiert: als 0 gerechnet.`,
    );
  notes.push(
    'Zuwanderung, Hochschulabsolventen und aktivierte Reserven sind Parameter (keine importierte Tabelle); Nachwuchs wird nach Beschäftigtenanteil auf die Gruppen verteilt.',
  );
  const base = { schoolLeaversPerYear: school.value, vocationalGraduatesPerYear: vocational.value };
  return {
    area,
    areaName: await regionName(db, area),
    segmentBy,
    employeesPeriod,
    params,
    base,
    horizons: project(segments, base, params),
    sources,
    notes,
  };
}

export function replacementParameters() {
  return Object.entries(PARAM_HELP).map(([key, help]) => ({
    key,
    ...help,
    default: DEFAULT_PARAMS[key as keyof ReplacementParams],
    min: key in PARAM_LIMITS ? PARAM_LIMITS[key as keyof typeof PARAM_LIMITS][0] : null,
    max: key in PARAM_LIMITS ? PARAM_LIMITS[key as keyof typeof PARAM_LIMITS][1] : null,
  }));
}

// ---------------------------------------------------------------- hydrogen economy

export const HYDROGEN_FIELDS = ['erzeugung', 'infrastruktur', 'anwendung', 'querschnitt'] as const;

export async function listHydrogen(db: Queryable) {
  return (await repository.listHydrogen(db)).map((row) => ({
    kldb: row.kldb_code,
    title: row.title ?? row.kldb_code,
    shortTitle: row.short_title ?? row.kldb_code,
    field: row.field,
    reasoning: row.reasoning,
    sources: row.sources,
    updatedAt: row.updated_at,
  }));
}

export async function saveHydrogen(
  db: Database,
  entry: { kldbCode: string; field: string; reasoning: string; sources: string },
) {
  const occupation = (await repository.occupationsByCode(db, [entry.kldbCode])).get(entry.kldbCode);
  if (occupation?.level !== 5) {
    throw new AppError('validation', {
      message: `not a Berufsgattung: ${entry.kldbCode}`,
      userMessage: `„${entry.kldbCode}“ ist keine Berufsgattung der KldB 2010 (5-stelliger Schlüssel, z. B. 26242).`,
    });
  }
  if (entry.reasoning.trim() === '') {
    throw new AppError('validation', {
      message: 'reasoning missing',
      userMessage: 'Bitte begründen Sie, warum der Beruf zur Wasserstoffwirtschaft gehört.',
    });
  }
  await db.write((tx) => repository.upsertHydrogen(tx, entry));
  return (await listHydrogen(db)).find((row) => row.kldb === entry.kldbCode)!;
}

export async function deleteHydrogen(db: Database, code: string): Promise<void> {
  const deleted = await db.write((tx) => repository.deleteHydrogen(tx, code));
  if (!deleted) {
    throw new AppError('not_found', {
      message: `hydrogen occupation ${code} not found`,
      userMessage: `Der Beruf ${code} steht nicht auf der Wasserstoff-Liste.`,
    });
  }
}

const RISK_TABLE = /^BA-ENGPASS-RISIKO-(\d{4})-DE$/;

/** Per hydrogen occupation: Germany bottleneck status, Land status, age risk and training supply. */
export async function hydrogenDashboard(db: Queryable, options: { area: string }) {
  const list = await listHydrogen(db);
  const datasets = await currentDatasets(db);
  const warnings: string[] = [];
  const byKldb = new Map<string, BottleneckRow>();
  let edition: number | null = null;
  try {
    const germany = await bottlenecks(db, { area: 'DG' });
    edition = germany.edition;
    for (const item of germany.items) byKldb.set(item.kldb, item);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    warnings.push(error.userMessage);
  }
  const land = new Map<string, BottleneckRow>();
  let landName: string | null = null;
  if (options.area !== 'DG') {
    try {
      const regional = await bottlenecks(db, { area: options.area });
      landName = regional.proxyRegionName ?? regional.areaName;
      for (const item of regional.items) land.set(`${item.kldb.slice(0, 3)}|${item.requirementLevel}`, item);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      warnings.push(error.userMessage);
    }
  }
  const risk = new Map<string, Record<string, number | null>>();
  const riskEditions = editionsOf(datasets, RISK_TABLE);
  if (riskEditions.size > 0) {
    const [, dataset] = pickEdition(riskEditions, undefined, 'Risiko/Ergänzung');
    for (const row of await tableRows(db, dataset.table_code, 'DG')) {
      if (!row.dims.KLDB || !row.dims.ANFNIV) continue;
      const key = `${row.dims.KLDB}${row.dims.ANFNIV}`;
      const entry = risk.get(key) ?? {};
      entry[row.measure] = row.value;
      risk.set(key, entry);
    }
  } else
    warnings.push(
      'Die BA-Risiko-/Ergänzungsindikatoren (2025_Deutschland_Risiko_Ergänzung.xlsx) sind nicht importiert.',
    );
  const age = await booklet(db, 'DG');
  const ageByGroup = age.subgroups;
  if (age.period === null)
    warnings.push(
      'Das BA-Heft „Beschäftigte nach Berufen“ (BA-BO-HEFT) ist nicht importiert: keine Altersstruktur.',
    );
  const items = list.map((entry) => {
    const germany = byKldb.get(entry.kldb) ?? null;
    const regional = land.get(`${entry.kldb.slice(0, 3)}|${entry.kldb[4]}`) ?? null;
    const riskValues = risk.get(entry.kldb) ?? {};
    const bands = ageByGroup.get(entry.kldb.slice(0, 4));
    const total = bands ? bands.under25 + bands.from25to54 + bands.from55to64 + bands.from65 : 0;
    return {
      ...entry,
      requirementLevel: entry.kldb[4] ?? '',
      germany: germany
        ? {
            score: germany.computedScore,
            category: germany.computedCategory,
            published: germany.publishedScore,
          }
        : null,
      regional: regional
        ? {
            region: regional.sourceRegion,
            score: regional.publishedScore,
            category: regional.computedCategory,
          }
        : null,
      share55plus: bands && total > 0 ? (bands.from55to64 + bands.from65) / total : null,
      olderShareChange: riskValues.older_employee_share_change ?? null,
      graduateEmployeeRatio: riskValues.graduate_employee_ratio ?? null,
      unfilledTrainingShare: riskValues.unfilled_training_place_share ?? null,
    };
  });
  return { area: options.area, edition, landName, agePeriod: age.period, items, warnings };
}
