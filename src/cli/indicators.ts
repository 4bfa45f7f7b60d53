import type { Command } from 'commander';
import { indicators } from '../modules/indicators/index.ts';
import type { Database } from '../platform/db/database.ts';
import { AppError } from '../platform/errors.ts';
import { formatDate, textTable } from './format.ts';

type WithDatabase = <T>(work: (db: Database) => Promise<T>) => Promise<T>;

const STATUS_LABELS: Record<string, string> = {
  computable: 'berechenbar',
  partial: 'Tabellen fehlen teilweise',
  not_imported: 'Tabellen nicht importiert',
  no_formula: 'noch keine Berechnung',
};

export function indicatorCommands(program: Command, withDatabase: WithDatabase): void {
  program
    .command('indicators')
    .description('Listet den Indikatorenkatalog mit Datenlage')
    .option('--format <format>', 'table oder json', 'table')
    .action(async (options: { format: string }) => {
      await withDatabase(async (db) => {
        const list = await indicators.listIndicators(db);
        if (options.format === 'json') {
          process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
          return;
        }
        process.stdout.write(
          `${textTable(
            ['Kennung', 'Thema', 'Name', 'Einheit', 'Datenlage', 'Tabellen / fehlend'],
            list.map(({ definition, situation }) => [
              definition.id,
              definition.theme,
              definition.nameDe.length > 48 ? `${definition.nameDe.slice(0, 47)}…` : definition.nameDe,
              definition.unit,
              STATUS_LABELS[situation.status] ?? situation.status,
              situation.status === 'computable'
                ? situation.tables.map((table) => table.table).join(', ')
                : situation.missing.map((missing) => missing.table ?? missing.title).join(', '),
            ]),
          )}\n`,
        );
        const computable = list.filter((entry) => entry.situation.status === 'computable').length;
        process.stdout.write(
          `\n${list.length} Indikatoren, davon ${computable} mit den importierten Daten berechenbar.\n`,
        );
      });
    });

  program
    .command('indicator')
    .description('Gibt die Zeitreihe eines Indikators für eine Region aus')
    .argument('<id>', 'Kennung des Indikators, z. B. leavers_without_hsa_rate')
    .requiredOption('--region <key>', 'Regionalschlüssel, z. B. 03359')
    .option('--format <format>', 'jsonl, csv oder table', 'table')
    .action(async (id: string, options: { region: string; format: string }) => {
      if (!['jsonl', 'csv', 'table'].includes(options.format)) {
        throw new AppError('validation', {
          message: `unknown format ${options.format}`,
          userMessage: `Unbekanntes Ausgabeformat „${options.format}“: erwartet jsonl, csv oder table.`,
        });
      }
      await withDatabase(async (db) => {
        const result = await indicators.indicatorValues(db, id, { region: options.region, compare: [] });
        const points = result.series[0]?.values ?? [];
        const unit = result.definition.unit;
        if (options.format === 'jsonl') {
          for (const point of points) {
            process.stdout.write(
              `${JSON.stringify({ indicator: id, region: options.region, period: point.period, value: point.value, flag: point.flag, unit })}\n`,
            );
          }
        } else if (options.format === 'csv') {
          process.stdout.write('indicator;region;period;value;flag;unit\n');
          for (const point of points) {
            process.stdout.write(
              `${id};${options.region};${point.period};${point.value ?? ''};${point.flag ?? ''};${unit}\n`,
            );
          }
        } else {
          const decimals = result.definition.decimals;
          process.stdout.write(`${result.definition.nameDe} – ${result.region.name} (${options.region})\n\n`);
          process.stdout.write(
            `${textTable(
              ['Zeitraum', 'Wert', 'Zeichen'],
              points.map((point) => [
                /^\d{4}-\d{2}-\d{2}$/.test(point.period) ? formatDate(point.period) : point.period,
                point.value === null
                  ? '–'
                  : `${point.value.toLocaleString('de-DE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })} ${unit}`,
                point.flag ?? '',
              ]),
            )}\n\nQuellen: ${result.sources.map((source) => `${source.table} (${source.publisher}, Stand ${formatDate(source.vintage)})`).join('; ')}\n`,
          );
        }
        if (points.length === 0) process.stderr.write(`Keine Werte für ${id} in Region ${options.region}.\n`);
      });
    });
}
