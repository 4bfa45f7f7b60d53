/**
 * One benchmark run in its own process: 1,000,000 observations in the store, one indicator for
 * all Kreise × all periods through the HTTP API, against the raw SQL that fetches the same
 * numbers. Prints one JSON line.
 */
import { indicators } from '../src/modules/indicators/index.ts';
import { ensureReferenceData } from '../src/modules/regions/index.ts';
import * as statistics from '../src/modules/statistics/repository.ts';
import { buildApp } from '../src/platform/http/app.ts';
import { benchDatabase } from './database.ts';

const kind = process.argv[2] as 'pglite' | 'postgres';
const TOTAL_ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const REQUESTS = 40;

const { db, cleanup } = await benchDatabase(kind);
await ensureReferenceData(db);
const districts = (
  await db.query<{ key: string }>(
    "SELECT key FROM regions WHERE level = 'district' AND NOT historical ORDER BY key",
  )
).rows.map((row) => row.key);

/** Loads a synthetic table straight through the store's bulk path. */
async function loadTable(
  table: string,
  measures: { code: string; unit: string }[],
  rows: (
    emit: (
      region: string,
      period: string,
      measure: string,
      dims: Record<string, string>,
      value: number,
    ) => void,
  ) => void,
) {
  const id = await db.write((tx) =>
    statistics.insertPendingDataset(tx, {
      format: 'bench',
      fileName: `${table}.bench`,
      fileHash: `bench-${table}`,
    }),
  );
  let text = '';
  const coverage = new Set<string>();
  let count = 0;
  const flush = async () => {
    const chunk = text;
    text = '';
    await db.write((tx) => statistics.copyObservations(tx, chunk));
  };
  const pending: string[] = [];
  rows((region, period, measure, dims, value) => {
    pending.push(
      statistics.observationCopyLine(id, { region, period, measure, dims, value, flag: null, line: 0 }),
    );
    coverage.add(`${region}|${period}`);
    count++;
  });
  for (let i = 0; i < pending.length; i += 50_000) {
    text = pending.slice(i, i + 50_000).join('');
    await flush();
  }
  await db.write(async (tx) => {
    const pairs = [...coverage].map((pair) => pair.split('|'));
    await statistics.insertCoverage(tx, id, {
      regions: pairs.map((p) => p[0]!),
      periods: pairs.map((p) => p[1]!),
    });
    await statistics.upsertVocabulary(
      tx,
      table,
      measures.map((m) => ({ ...m, label: m.code })),
      [],
    );
    await statistics.completeDataset(
      tx,
      id,
      {
        source: 'own',
        tableCode: table,
        title: table,
        publisher: 'Benchmark',
        licence: '-',
        vintage: '2026-01-01',
        measures: [],
        dimensions: [],
        regionNames: {},
        notes: [],
      },
      { rows: count, flagCounts: {} },
    );
  });
  return count;
}

const years = Array.from({ length: 30 }, (_, i) => String(1995 + i));
// The indicator's own table: leavers in total and without qualification, by sex.
const indicatorRows = await loadTable(
  'BENCH-LEAVERS',
  [
    { code: 'total', unit: 'Anzahl' },
    { code: 'without', unit: 'Anzahl' },
  ],
  (emit) => {
    for (const region of districts) {
      for (const year of years) {
        const base = 1000 + (Number(region) % 997);
        emit(region, year, 'total', {}, base);
        emit(region, year, 'total', { GES: 'GESW' }, Math.round(base / 2));
        emit(region, year, 'without', {}, 40 + (Number(year) % 30));
        emit(region, year, 'without', { GES: 'GESW' }, 15 + (Number(year) % 11));
      }
    }
  },
);
// Everything else in the store: population by sex and age group.
const fillerRows = await loadTable('BENCH-POPULATION', [{ code: 'BEVSTD', unit: 'Anzahl' }], (emit) => {
  let n = indicatorRows;
  for (let year = 1950; n < TOTAL_ROWS; year++) {
    for (const region of districts) {
      for (const sex of ['GESM', 'GESW']) {
        for (let age = 0; age < 18 && n < TOTAL_ROWS; age++, n++) {
          emit(
            region,
            `${year}-12-31`,
            'BEVSTD',
            { GES: sex, ALTX: `ALT${String(age * 5).padStart(3, '0')}` },
            n % 5000,
          );
        }
      }
    }
  }
});

// Planner statistics, as autovacuum (PostgreSQL) or the import (PGlite) would have them.
await db.query('ANALYZE');

await indicators.createCustomIndicator(db, {
  id: 'bench_leavers_without_rate',
  theme: 'D',
  nameDe: 'Benchmark',
  nameEn: 'Benchmark',
  definitionDe: 'Benchmark',
  formula: '{BENCH-LEAVERS:without} / {BENCH-LEAVERS:total} * 100',
  unit: '%',
  decimals: 1,
  polarity: 'lower_is_better',
  disaggregations: [],
  sources: [],
  regionalLevels: ['K'],
  periodicity: 'jährlich',
  verification: 'verified',
});

const app = await buildApp({ db, config: { uploadLimit: 1024, homeRegion: '03359' } });
const address = await app.listen({ port: 0, host: '127.0.0.1' });

async function timed(work: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 5; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

let apiValues = 0;
// First request after an import: nothing cached.
const cold = await timed(async () => {
  indicators.clearIndicatorCache(db);
  const response = await fetch(`${address}/api/v1/indicators/bench_leavers_without_rate/districts`);
  await response.json();
});
// Repeated requests: the inputs are cached until the store changes.
const api = await timed(async () => {
  const response = await fetch(`${address}/api/v1/indicators/bench_leavers_without_rate/districts`);
  const body = (await response.json()) as { series: { values: unknown[] }[] };
  apiValues = body.series.reduce((sum, series) => sum + series.values.length, 0);
});

// The same numbers straight from SQL, as one would write it by hand: the table's (single) vintage,
// both sums, the ratio.
let rawValues = 0;
const raw = await timed(async () => {
  const result = await db.query(
    `SELECT o.region_key, o.period,
       sum(o.value) FILTER (WHERE o.measure = 'without' AND o.dims = '{}'::jsonb)
         / NULLIF(sum(o.value) FILTER (WHERE o.measure = 'total' AND o.dims = '{}'::jsonb), 0) * 100 AS value
     FROM observations o
     WHERE o.dataset_id IN (SELECT id FROM datasets WHERE table_code = 'BENCH-LEAVERS' AND complete)
       AND o.measure IN ('without', 'total')
     GROUP BY o.region_key, o.period ORDER BY 1, 2`,
  );
  rawValues = result.rows.length;
});

await app.close();
if (!process.env.KEEP) await cleanup();
else console.error('kept', (db as { location: string }).location);
process.stdout.write(
  `${JSON.stringify({
    database: kind,
    storedObservations: indicatorRows + fillerRows,
    values: apiValues,
    rawValues,
    coldP50: quantile(cold, 0.5),
    coldP95: quantile(cold, 0.95),
    coldRatioP50: quantile(cold, 0.5) / quantile(raw, 0.5),
    apiP50: quantile(api, 0.5),
    apiP95: quantile(api, 0.95),
    rawP50: quantile(raw, 0.5),
    rawP95: quantile(raw, 0.95),
    ratioP50: quantile(api, 0.5) / quantile(raw, 0.5),
  })}\n`,
);
