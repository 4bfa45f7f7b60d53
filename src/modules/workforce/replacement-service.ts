import type { Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { statistics } from '../statistics/index.ts';
import { names, regionName } from './bottleneck-service.ts';
import {
  type AgeBands,
  DEFAULT_PARAMS,
  PARAM_HELP,
  PARAM_LIMITS,
  project,
  type ReplacementParams,
  type Segment,
} from './replacement.ts';

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
export async function booklet(db: Queryable, region: string) {
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
