/**
 * One benchmark run in its own process (so peak RSS is this database's alone):
 * import the generated file, then COPY the same rows, already in COPY text, into the same
 * table as the baseline. Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importFile } from '../src/modules/statistics/import-service.ts';
import { openWithDetectedImporter } from '../src/modules/statistics/importers/detect.ts';
import { IMPORTERS } from '../src/modules/statistics/importers/index.ts';
import { observationCopyLine } from '../src/modules/statistics/repository.ts';
import { benchDatabase } from './database.ts';

const [kind, file] = process.argv.slice(2) as ['pglite' | 'postgres', string];
const bytes = new Uint8Array(readFileSync(file));

const { db, cleanup } = await benchDatabase(kind);

const started = performance.now();
const summary = await importFile(db, { fileName: path.basename(file), bytes });
const importSeconds = (performance.now() - started) / 1000;
// Peak RSS of the import itself, before the baseline below holds all rows in memory at once.
const importPeakRssMb = process.resourceUsage().maxRSS / 1024;

// Baseline: the same rows, parsed beforehand (not timed), loaded by plain COPY into the same table.
const { stream } = await openWithDetectedImporter(IMPORTERS, { fileName: path.basename(file), bytes });
const baselineId = await db.write(async (tx) => {
  const result = await tx.query<{ id: number }>(
    `INSERT INTO datasets (source, table_code, title, publisher, licence, format, file_name, file_hash)
     VALUES ('own', 'baseline', 'baseline', '', '', 'baseline', 'baseline', 'baseline') RETURNING id`,
  );
  return result.rows[0]!.id;
});
const lines: string[] = [];
for (let next = stream.next(); !next.done; next = stream.next())
  lines.push(observationCopyLine(baselineId, next.value));
const copyText = lines.join('');
lines.length = 0;
const copyStarted = performance.now();
await db.write((tx) =>
  tx.copyFrom(
    'observations',
    ['dataset_id', 'region_key', 'period', 'measure', 'dims', 'value', 'flag'],
    copyText,
  ),
);
const copySeconds = (performance.now() - copyStarted) / 1000;

await cleanup();
process.stdout.write(
  `${JSON.stringify({
    database: kind,
    rows: summary.rows,
    importSeconds,
    rowsPerSecond: summary.rows / importSeconds,
    copySeconds,
    ratioToCopy: importSeconds / copySeconds,
    peakRssMb: importPeakRssMb,
    peakRssWithBaselineMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
