/**
 * `npm run bench`: performance figures as ratios against a baseline measured in the same run.
 * Not a test: it prints, it does not assert.
 * `npm run bench -- web` (or `import`, `indicator`, several at once) runs only the named benchmarks.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, hasChromium } from '../test/e2e/browser.ts';
import { generateFfcsv } from './generate.ts';
import { type WebPageResult, webTable } from './web-bench.ts';

const BENCHMARKS = ['import', 'indicator', 'web'] as const;
const selected = process.argv.slice(2);
for (const name of selected) {
  if (!(BENCHMARKS as readonly string[]).includes(name)) {
    console.error(`Unbekannter Benchmark „${name}“; vorhanden: ${BENCHMARKS.join(', ')}`);
    process.exit(2);
  }
}
const runs = (name: (typeof BENCHMARKS)[number]) => selected.length === 0 || selected.includes(name);

const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const databases: ('pglite' | 'postgres')[] = ['pglite'];
if (runs('import') || runs('indicator')) {
  try {
    execFileSync('pg_isready', ['-h', '127.0.0.1', '-p', '5432', '-q']);
    databases.push('postgres');
  } catch {
    console.log('PostgreSQL nicht erreichbar: nur PGlite.');
  }
}

if (runs('import')) {
  const dir = path.join(os.tmpdir(), 'bildungsregion-bench');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `12411-99-01-4_bench_${rows}_de_flat.csv`);
  if (!existsSync(file)) await generateFfcsv(file, rows);
  console.log(
    `Import-Benchmark: ${rows.toLocaleString('de-DE')} Zeilen GENESIS-ffcsv (${(statSync(file).size / 1e6).toFixed(0)} MB)`,
  );

  const results: Record<string, unknown>[] = [];
  for (const database of databases) {
    const output = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--max-old-space-size=4096',
        path.join(import.meta.dirname, 'import-bench.ts'),
        database,
        file,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const result = JSON.parse(output.trim().split('\n').at(-1)!) as Record<string, number | string>;
    results.push(result);
  }

  console.log('');
  console.log('Datenbank   Zeilen/s    Import   COPY    Verhältnis  Peak-RSS');
  for (const r of results as {
    database: string;
    rowsPerSecond: number;
    importSeconds: number;
    copySeconds: number;
    ratioToCopy: number;
    peakRssMb: number;
  }[]) {
    console.log(
      `${r.database.padEnd(10)}  ${Math.round(r.rowsPerSecond).toLocaleString('de-DE').padStart(9)}  ${r.importSeconds.toFixed(1).padStart(6)} s ${r.copySeconds.toFixed(1).padStart(5)} s  ${r.ratioToCopy.toFixed(2).padStart(6)} × COPY  ${Math.round(r.peakRssMb)} MB`,
    );
  }
  console.log(JSON.stringify(results));
}

if (runs('indicator')) {
  // Indicator engine: one indicator for all Kreise × 30 years among 1,000,000 stored observations.
  console.log('');
  console.log(
    'Indikator-Benchmark: 400 Kreise × 30 Jahre über die HTTP-API, 1.000.000 gespeicherte Beobachtungen',
  );
  interface IndicatorResult {
    database: string;
    rawP50: number;
    rawP95: number;
    coldP50: number;
    coldP95: number;
    coldRatioP50: number;
    apiP50: number;
    apiP95: number;
    ratioP50: number;
  }
  const indicatorResults: IndicatorResult[] = [];
  for (const database of databases) {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'indicator-bench.ts'), database],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, BENCH_ROWS: String(rows) },
      },
    );
    indicatorResults.push(JSON.parse(output.trim().split('\n').at(-1)!) as IndicatorResult);
  }
  console.log(
    'Datenbank   SQL p50  SQL p95   API kalt p50/p95     Verhältnis   API p50/p95       Verhältnis',
  );
  for (const r of indicatorResults) {
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(
      `${r.database.padEnd(10)}  ${ms(r.rawP50).padStart(8)} ${ms(r.rawP95).padStart(8)}   ${ms(r.coldP50)} / ${ms(r.coldP95)}   ${r.coldRatioP50.toFixed(2)} ×     ${ms(r.apiP50)} / ${ms(r.apiP95)}   ${r.ratioP50.toFixed(2)} ×`,
    );
  }
  console.log(JSON.stringify(indicatorResults));
}

// Web client: first chart after a cold load in Chromium, and the JavaScript it takes.
if (runs('web') && !hasChromium) {
  console.log('');
  console.log(`Web-Benchmark übersprungen: ${CHROMIUM} fehlt (CHROMIUM_PATH setzen).`);
} else if (runs('web')) {
  const loads = Number(process.env.BENCH_WEB_LOADS ?? 20);
  console.log('');
  console.log(
    `Web-Benchmark: je Seite ${loads} kalte Aufrufe in Chromium (neuer Kontext, leerer Cache), Server mit Demodaten auf 127.0.0.1`,
  );
  console.log(
    'Zeiten ab Navigationsbeginn; Grundlinie: dieselbe Adresse ohne JavaScript bis DOMContentLoaded; kB = 1000 Bytes',
  );
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'web-bench.ts')],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const webResults = JSON.parse(output.trim().split('\n').at(-1)!) as WebPageResult[];
  for (const line of webTable(webResults)) console.log(line);
  console.log(JSON.stringify(webResults.map(({ chunks: _chunks, ...summary }) => summary)));
}
