import type { Database, Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import {
  type BottleneckRow,
  bottlenecks,
  currentDatasets,
  editionsOf,
  pickEdition,
  tableRows,
} from './bottleneck-service.ts';
import { booklet } from './replacement-service.ts';
import * as repository from './repository.ts';

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
