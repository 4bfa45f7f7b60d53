/** Forecast tables as CSV (German Excel conventions: `;`, decimal comma, UTF-8 with BOM) and XLSX. */
import ExcelJS from 'exceljs';
import type { ForecastView } from './service.ts';

export interface ExportItem {
  label: string;
  forecast: ForecastView;
}

export const COLUMNS: readonly {
  key: string;
  header: string;
  value: (row: ForecastView['years'][number]) => number | string;
}[] = [
  { key: 'year', header: 'Jahr', value: (row) => row.year },
  { key: 'schoolYear', header: 'Schuljahr', value: (row) => row.schoolYear },
  { key: 'childrenU3', header: 'Kinder unter 3', value: (row) => row.childrenU3 },
  { key: 'childrenUe3', header: 'Kinder 3 bis unter 6', value: (row) => row.childrenUe3 },
  { key: 'careU3', header: 'Betreute Kinder unter 3', value: (row) => row.careU3 },
  { key: 'careUe3', header: 'Betreute Kinder 3 bis unter 6', value: (row) => row.careUe3 },
  { key: 'fteKita', header: 'VZÄ Kita (mit Leitung)', value: (row) => row.fteKita },
  { key: 'entitledGrades', header: 'Klassenstufen mit Rechtsanspruch', value: (row) => row.entitledGrades },
  { key: 'pupils', header: 'Grundschulkinder (Klasse 1–4)', value: (row) => row.pupils },
  { key: 'ganztagDemand', header: 'Ganztag: Bedarf an Plätzen', value: (row) => row.ganztagDemand },
  { key: 'ganztagAdditional', header: 'Ganztag: zusätzliche Plätze', value: (row) => row.ganztagAdditional },
  { key: 'fteGanztag', header: 'VZÄ Ganztag (zusätzlich)', value: (row) => row.fteGanztag },
  { key: 'requiredFte', header: 'Benötigte VZÄ', value: (row) => row.requiredFte },
  { key: 'staffPersons', header: 'Personal (Personen)', value: (row) => row.staffPersons },
  { key: 'retirements', header: 'Ruhestand (Personen)', value: (row) => row.retirements },
  { key: 'otherExits', header: 'Sonstige Abgänge (Personen)', value: (row) => row.otherExits },
  { key: 'entries', header: 'Zugänge (Personen)', value: (row) => row.entries },
  { key: 'availableFte', header: 'Verfügbare VZÄ', value: (row) => row.availableFte },
  { key: 'gapFte', header: 'Lücke (VZÄ)', value: (row) => row.gapFte },
  { key: 'gapPersons', header: 'Lücke (Personen)', value: (row) => row.gapPersons },
];

function round(value: number | string): number | string {
  return typeof value === 'number' ? Math.round(value * 10) / 10 : value;
}

function csvCell(value: number | string): string {
  if (typeof value === 'number') return String(round(value)).replace('.', ',');
  return /[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function forecastCsv(items: readonly ExportItem[]): string {
  const lines = [['Szenario', 'Region', ...COLUMNS.map((column) => column.header)].map(csvCell).join(';')];
  for (const item of items) {
    for (const row of item.forecast.years) {
      lines.push(
        [
          item.label,
          `${item.forecast.region.key} ${item.forecast.region.name}`,
          ...COLUMNS.map((c) => c.value(row)),
        ]
          .map(csvCell)
          .join(';'),
      );
    }
  }
  const sourceLine = (item: ExportItem) =>
    `# ${item.label}: Basis ${item.forecast.base.source.table} (${item.forecast.base.source.publisher}, Stichtag ${item.forecast.base.source.period}, Stand ${item.forecast.base.source.vintage ?? 'ohne Angabe'})`;
  return `\ufeff${[...lines, ...items.map(sourceLine)].join('\r\n')}\r\n`;
}

export async function forecastXlsx(items: readonly ExportItem[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bildungsregion';
  const table = workbook.addWorksheet('Prognose');
  table.addRow(['Szenario', 'Region', ...COLUMNS.map((column) => column.header)]).font = { bold: true };
  for (const item of items) {
    for (const row of item.forecast.years) {
      table.addRow([
        item.label,
        `${item.forecast.region.key} ${item.forecast.region.name}`,
        ...COLUMNS.map((c) => round(c.value(row))),
      ]);
    }
  }
  table.columns.forEach((column) => {
    column.width = 16;
  });
  table.views = [{ state: 'frozen', ySplit: 1 }];

  const params = workbook.addWorksheet('Parameter');
  params.addRow(['Szenario', 'Parameter', 'Wert', 'Einheit', 'Vorgabe', 'Herkunft der Vorgabe']).font = {
    bold: true,
  };
  for (const item of items) {
    for (const parameter of item.forecast.parameters) {
      params.addRow([
        item.label,
        parameter.key,
        parameter.value ?? 'abgeleitet',
        parameter.unit,
        parameter.defaultValue ?? 'abgeleitet',
        parameter.source,
      ]);
    }
    const base = item.forecast.base;
    params.addRow([
      item.label,
      'Basisbevölkerung',
      `${base.under3} / ${base.age3to5} / ${base.age6to9}`,
      'Personen (unter 3 / 3–5 / 6–9)',
      '',
      `${base.source.table} ${base.source.title}, ${base.source.publisher}, Stichtag ${base.source.period}, Stand ${base.source.vintage ?? 'ohne Angabe'}`,
    ]);
  }
  params.getColumn(6).width = 100;
  params.getColumn(2).width = 26;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
