import type { Command } from 'commander';
import { workforce } from '../modules/workforce/index.ts';
import type { Database } from '../platform/db/database.ts';
import { AppError } from '../platform/errors.ts';
import { textTable } from './format.ts';

type WithDatabase = <T>(work: (db: Database) => Promise<T>) => Promise<T>;

const number = (value: number | null, digits = 2) =>
  value === null
    ? '–'
    : value.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Fachkräfte commands: the BA bottleneck analysis recomputed for an area. */
export function workforceCommands(program: Command, withDatabase: WithDatabase): void {
  program
    .command('bottlenecks')
    .description(
      'Engpassanalyse nach BA-Methode: veröffentlichte und nachgerechnete Punkte und Kategorie je Beruf',
    )
    .requiredOption(
      '--area <key>',
      'DG (Deutschland), Land (03), BA-Ländergruppe (03_04) oder Kreis (03359; Landesergebnis als Näherung)',
    )
    .option('--edition <year>', 'Ausgabe der Engpassanalyse (Voreinstellung: neueste importierte)')
    .option('--format <format>', 'table, jsonl oder csv', 'table')
    .action(async (options: { area: string; edition?: string; format: string }) => {
      if (!['table', 'jsonl', 'csv'].includes(options.format)) {
        throw new AppError('validation', {
          message: `unknown format ${options.format}`,
          userMessage: `Unbekanntes Ausgabeformat „${options.format}“: erwartet table, jsonl oder csv.`,
        });
      }
      const edition = options.edition === undefined ? undefined : Number(options.edition);
      if (edition !== undefined && !Number.isInteger(edition)) {
        throw new AppError('validation', {
          message: `bad edition ${options.edition}`,
          userMessage: `Ungültige Ausgabe „${options.edition}“: erwartet eine Jahreszahl wie 2025.`,
        });
      }
      await withDatabase(async (db) => {
        const report = await workforce.bottlenecks(db, {
          area: options.area,
          ...(edition !== undefined ? { edition } : {}),
        });
        const records = report.items.map((item) => ({
          area: report.area,
          edition: report.edition,
          kldb: item.kldb,
          name: item.name,
          requirement_level: item.requirementLevel,
          method: item.method,
          source_region: item.sourceRegion,
          employees: item.employees,
          assessed: item.assessed,
          published_score: item.publishedScore,
          computed_score: item.computedScore,
          published_category: item.publishedCategory,
          computed_category: item.computedCategory,
        }));
        const summary =
          report.reproduction.rate === null
            ? `${report.areaName}, Engpassanalyse ${report.edition}: ${report.method}${report.proxyRegion ? ` – Näherungsregion ${report.proxyRegionName} (${report.proxyRegion})` : ''}.`
            : `${report.areaName}, Engpassanalyse ${report.edition}: Kategorie nachgerechnet gleich veröffentlicht bei ${report.reproduction.matches} von ${report.reproduction.rows} Berufen (${number(report.reproduction.rate * 100, 1)} %; ${report.reproduction.published} mit veröffentlichter Punktzahl).`;
        if (options.format === 'jsonl') {
          process.stdout.write(records.map((record) => `${JSON.stringify(record)}\n`).join(''));
          process.stderr.write(`${summary}\n`);
          return;
        }
        if (options.format === 'csv') {
          const columns = Object.keys(records[0] ?? { kldb: '' }) as (keyof (typeof records)[number])[];
          const cell = (value: unknown) => {
            const text = value === null || value === undefined ? '' : String(value);
            return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
          };
          process.stdout.write(
            `${columns.join(';')}\n${records.map((record) => columns.map((c) => cell(record[c])).join(';')).join('\n')}\n`,
          );
          process.stderr.write(`${summary}\n`);
          return;
        }
        process.stdout.write(
          `${textTable(
            [
              'KldB',
              'Beruf',
              'Niveau',
              'Punkte BA',
              'nachgerechnet',
              'Kategorie BA',
              'Kategorie nachgerechnet',
              'Grundlage',
            ],
            report.items.map((item) => [
              item.kldb,
              item.name.length > 44 ? `${item.name.slice(0, 43)}…` : item.name,
              item.requirementLevelName,
              number(item.publishedScore),
              number(item.computedScore),
              workforce.CATEGORY_LABELS[item.publishedCategory],
              workforce.CATEGORY_LABELS[item.computedCategory],
              item.method === 'land_proxy' ? `Näherung ${item.sourceRegion}` : item.sourceRegion,
            ]),
          )}\n\n${summary}\n`,
        );
      });
    });
}
