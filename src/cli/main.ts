import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { ensureReferenceData } from '../modules/regions/index.ts';
import { presentDataset } from '../modules/statistics/index.ts';
import * as statistics from '../modules/statistics/service.ts';
import { ensureOccupationReference } from '../modules/workforce/index.ts';
import { loadConfig } from '../platform/config.ts';
import { runAs } from '../platform/context.ts';
import { openDatabase } from '../platform/db/open.ts';
import { AppError } from '../platform/errors.ts';
import { accountCommands } from './accounts.ts';
import { formatCount, formatDate, formatDuration, textTable } from './format.ts';
import { indicatorCommands } from './indicators.ts';
import { ProgressBar } from './progress.ts';
import { referenceCommands } from './reference.ts';
import { remoteDatasets, remoteImport, runningServer } from './remote.ts';
import { workforceCommands } from './workforce.ts';

// Output piped into `head` and the like: a closed pipe ends the command quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const program = new Command('bildungsregion')
  .description('Bildungsregion – amtliche Statistik importieren, abfragen und auswerten')
  .showHelpAfterError();

type Db = Awaited<ReturnType<typeof openDatabase>>['db'];

async function withDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const opened = await openDatabase(loadConfig(), 'cli');
  try {
    await ensureReferenceData(opened.db);
    await ensureOccupationReference(opened.db);
    return await work(opened.db);
  } finally {
    await opened.close();
  }
}

/**
 * Runs `local` on the database, or `remote` against the running server that holds the embedded
 * database (PGlite allows one process per data directory).
 */
async function withDatabaseOrServer<T>(
  local: (db: Db) => Promise<T>,
  remote: (serverUrl: string) => Promise<T>,
): Promise<T> {
  try {
    return await withDatabase(local);
  } catch (error) {
    const serverUrl = await runningServer(error);
    if (!serverUrl) throw error;
    process.stderr.write(
      `Hinweis: Die Datenbank wird vom laufenden Server verwendet; der Befehl läuft über ${serverUrl}.\n`,
    );
    return remote(serverUrl);
  }
}

program
  .command('import')
  .description(
    'Importiert Dateien der amtlichen Statistik (GENESIS/Regionalstatistik, BA, Gemeindeverzeichnis, eigene Daten)',
  )
  .argument('<files...>', 'Dateien (CSV, XLSX, ZIP, JSON)')
  .option('--dry-run', 'nur prüfen und anzeigen, was importiert würde')
  .option('--json', 'Zusammenfassung als JSON ausgeben')
  .action(async (files: string[], options: { dryRun?: boolean; json?: boolean }) => {
    let failed = 0;
    const importAll = async (
      run: (
        file: { fileName: string; bytes: Uint8Array },
        bar: ProgressBar,
      ) => Promise<statistics.ImportSummary>,
    ) => {
      for (const file of files) {
        const fileName = path.basename(file);
        const bar = new ProgressBar(fileName);
        try {
          const bytes = new Uint8Array(await readFile(file));
          const summary = await run({ fileName, bytes }, bar);
          bar.finish();
          process.stdout.write(options.json ? `${JSON.stringify(summary)}\n` : printSummary(summary));
        } catch (error) {
          bar.finish();
          failed++;
          reportError(error, file);
        }
      }
    };
    await withDatabaseOrServer(
      (db) =>
        importAll((source, bar) =>
          statistics.importFile(db, source, {
            dryRun: options.dryRun ?? false,
            onProgress: (progress) => bar.update(progress.fraction, progress.rows),
          }),
        ),
      (serverUrl) =>
        importAll((source, bar) =>
          remoteImport(serverUrl, source, {
            dryRun: options.dryRun ?? false,
            onProgress: (fraction, rows) => bar.update(fraction, rows),
          }),
        ),
    );
    if (failed > 0) process.exitCode = 1;
  });

function printSummary(summary: statistics.ImportSummary): string {
  const status =
    summary.status === 'dry-run'
      ? 'Probelauf – nichts geschrieben'
      : summary.status === 'unchanged'
        ? `bereits vorhanden (Datensatz ${summary.datasetId}) – nichts geändert`
        : `importiert als Datensatz ${summary.datasetId}`;
  const markers = Object.entries(summary.markers)
    .map(([flag, count]) => `„${flag}“ ${formatCount(count)}`)
    .join(', ');
  const periods =
    summary.periods.length > 6
      ? `${summary.periods.slice(0, 3).join(', ')} … ${summary.periods.slice(-2).join(', ')} (${summary.periods.length})`
      : summary.periods.join(', ');
  const lines = [
    `${summary.file}: ${status}`,
    `  Aufbau     ${summary.formatLabel}`,
    `  Tabelle    ${summary.table} – ${summary.title}`,
    `  Stand      ${formatDate(summary.vintage)}`,
    `  Werte      ${formatCount(summary.rows)}   Regionen ${formatCount(summary.regions)}   Merkmale ${formatCount(summary.measures)}`,
    `  Zeiträume  ${periods}`,
    `  Zeichen    ${markers || 'keine'}`,
  ];
  if (summary.unknownRegions.length > 0) {
    lines.push(
      `  Hinweis    ${summary.unknownRegions.length} unbekannte Regionsschlüssel als vorläufige Regionen angelegt: ${summary.unknownRegions.slice(0, 8).join(', ')}${summary.unknownRegions.length > 8 ? ' …' : ''}`,
    );
  }
  if (summary.replacedDatasets.length > 0) {
    lines.push(
      `  Ersetzt    Datensätze ${summary.replacedDatasets.join(', ')} (gleiche Tabelle und gleicher Stand)`,
    );
  }
  // Footnotes of official tables run to pages; the datasets command and the API keep them whole.
  for (const note of summary.notes)
    lines.push(`  Hinweis    ${note.length > 160 ? `${note.slice(0, 157)}…` : note}`);
  lines.push(`  Dauer      ${formatDuration(summary.durationMs)}`);
  return `${lines.join('\n')}\n`;
}

program
  .command('datasets')
  .description('Listet die gespeicherten Datensätze')
  .option('--table <code>', 'nur diese Tabelle')
  .option('--format <format>', 'table oder json', 'table')
  .action(async (options: { table?: string; format: string }) => {
    const datasets = await withDatabaseOrServer(
      async (db) =>
        (await statistics.listDatasets(db, options.table ? { tableCode: options.table } : {})).map(
          presentDataset,
        ),
      (serverUrl) => remoteDatasets(serverUrl, options.table),
    );
    if (options.format === 'json') {
      process.stdout.write(`${JSON.stringify(datasets, null, 2)}\n`);
      return;
    }
    if (datasets.length === 0) {
      process.stdout.write(
        'Keine Datensätze gespeichert. Importieren Sie Dateien mit: bildungsregion import DATEI\n',
      );
      return;
    }
    process.stdout.write(
      `${textTable(
        ['ID', 'Tabelle', 'Stand', 'Werte', 'Regionen', 'Zeiträume', 'aktuell', 'Datei'],
        datasets.map((d) => [
          String(d.id),
          d.table,
          formatDate(d.vintage),
          formatCount(d.rows),
          formatCount(d.regions),
          d.periods.length > 3 ? `${d.periods[0]} … ${d.periods.at(-1)}` : d.periods.join(', '),
          d.current ? 'ja' : 'nein',
          d.fileName,
        ]),
      )}\n`,
    );
  });

program
  .command('observations')
  .description('Gibt Beobachtungen einer Tabelle in Langform aus')
  .requiredOption('--table <code>', 'Tabellencode, z. B. 21111-02-06-4')
  .option('--region <key>', 'Regionalschlüssel, z. B. 03359')
  .option('--period <period>', 'Zeitraum, z. B. 2023 oder 2024-12-31')
  .option('--measure <code>', 'Merkmal')
  .option('--all-vintages', 'auch ältere Stände ausgeben')
  .option('--format <format>', 'jsonl oder csv', 'jsonl')
  .action(
    async (options: {
      table: string;
      region?: string;
      period?: string;
      measure?: string;
      allVintages?: boolean;
      format: string;
    }) => {
      if (options.format !== 'jsonl' && options.format !== 'csv') {
        throw new AppError('validation', {
          message: `unknown format ${options.format}`,
          userMessage: `Unbekanntes Ausgabeformat „${options.format}“: erwartet jsonl oder csv.`,
        });
      }
      await withDatabase(async (db) => {
        const filter = {
          table: options.table,
          ...(options.region ? { region: options.region } : {}),
          ...(options.period ? { period: options.period } : {}),
          ...(options.measure ? { measure: options.measure } : {}),
          allVintages: options.allVintages ?? false,
        };
        let written = 0;
        if (options.format === 'csv')
          process.stdout.write('table;vintage;region;period;measure;dims;value;flag\n');
        let chunk = '';
        for await (const row of statistics.allObservations(db, filter)) {
          written++;
          chunk +=
            options.format === 'jsonl'
              ? `${JSON.stringify({ table: row.table, vintage: row.vintage, region: row.region, period: row.period, measure: row.measure, dims: row.dims, value: row.value, flag: row.flag })}\n`
              : `${csvCell(row.table)};${row.vintage ?? ''};${csvCell(row.region)};${csvCell(row.period)};${csvCell(row.measure)};${csvCell(JSON.stringify(row.dims))};${row.value ?? ''};${csvCell(row.flag ?? '')}\n`;
          if (chunk.length > 1 << 16) {
            process.stdout.write(chunk);
            chunk = '';
          }
        }
        process.stdout.write(chunk);
        if (written === 0) {
          process.stderr.write(
            `Keine Beobachtungen für Tabelle ${options.table}${options.region ? `, Region ${options.region}` : ''}.\n`,
          );
        }
      });
    },
  );

function csvCell(text: string): string {
  return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

indicatorCommands(program, withDatabase);
workforceCommands(program, withDatabase);
referenceCommands(program);
accountCommands(program);

function reportError(error: unknown, context?: string): void {
  if (error instanceof AppError) {
    process.stderr.write(`Fehler: ${error.userMessage}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Fehler${context ? ` (${context})` : ''}: ${message}\n`);
    if (process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  }
}

try {
  // Changes made from the command line appear in the audit log as cli:<operating system user>.
  await runAs({ actorId: null, actor: `cli:${os.userInfo().username}`, correlationId: randomUUID() }, () =>
    program.parseAsync(process.argv),
  );
} catch (error) {
  reportError(error);
  process.exitCode = 1;
}
