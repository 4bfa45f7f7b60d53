import path from 'node:path';
import type { Command } from 'commander';
import { exportDemoExtract, listImportableFiles, readSource } from '../modules/demo/index.ts';
import {
  buildReferenceFromSources,
  DEFAULT_REFERENCE_FILE,
  ensureReferenceData,
} from '../modules/regions/index.ts';
import { statistics } from '../modules/statistics/index.ts';
import { buildOccupationReference, DEFAULT_OCCUPATIONS_FILE } from '../modules/workforce/index.ts';
import { migrate } from '../platform/db/migrate.ts';
import { PGliteDatabase } from '../platform/db/pglite.ts';
import { AppError } from '../platform/errors.ts';

const DEFAULT_SHARED_DATA = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data');

/** Commands that make the product's own reference data and demo extract from official files. */
export function referenceCommands(program: Command): void {
  const reference = program
    .command('reference')
    .description('Referenzdaten (Regionen, Grenzen, Nachbarschaften; Berufe) aus amtlichen Dateien erzeugen');
  reference
    .command('occupations')
    .description(
      'Berufe: KldB 2010 (Fassung 2020) und Umsteigeschlüssel zur ISCO-08 → reference/occupations.json.gz',
    )
    .option('--from <dir>', 'Ordner mit den amtlichen Dateien (Unterordner kldb/)', DEFAULT_SHARED_DATA)
    .option('--out <file>', 'Zieldatei', DEFAULT_OCCUPATIONS_FILE)
    .action(async (options: { from: string; out: string }) => {
      const summary = await buildOccupationReference(options.from, options.out);
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    });
  reference
    .command('build')
    .option('--from <dir>', 'Ordner mit den amtlichen Dateien', DEFAULT_SHARED_DATA)
    .option('--out <file>', 'Zieldatei', DEFAULT_REFERENCE_FILE)
    .action(async (options: { from: string; out: string }) => {
      const summary = await buildReferenceFromSources(options.from, options.out);
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    });

  program
    .command('demo')
    .description('Demo-Auszug der amtlichen Statistik (Niedersachsen) erzeugen')
    .command('export')
    .option('--from <dir>', 'Ordner mit den amtlichen Dateien', DEFAULT_SHARED_DATA)
    .option('--out <dir>', 'Zielordner', path.resolve(import.meta.dirname, '..', '..', 'demo'))
    .action(async (options: { from: string; out: string }) => {
      // Built in a throwaway in-memory database, so the export never touches the user's data.
      const db = await PGliteDatabase.open(null);
      try {
        await migrate(db);
        await ensureReferenceData(db);
        // English API downloads repeat the German ones; the demo speaks German.
        const files = (await listImportableFiles(options.from)).filter(
          (file) => !/_en_flat\.|_en\.json$/.test(file),
        );
        for (const file of files) {
          try {
            const summary = await statistics.importFile(db, await readSource(file));
            process.stderr.write(
              `importiert: ${path.relative(options.from, file)} (${summary.table}, ${summary.rows} Werte)\n`,
            );
          } catch (error) {
            const message = error instanceof AppError ? error.userMessage : String(error);
            process.stderr.write(`übersprungen: ${path.relative(options.from, file)}: ${message}\n`);
          }
        }
        const written = await exportDemoExtract(db, options.out);
        for (const { file, rows } of written) process.stdout.write(`${path.basename(file)}: ${rows} Werte\n`);
      } finally {
        await db.close();
      }
    });
}
