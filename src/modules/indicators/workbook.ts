import ExcelJS from 'exceljs';

/**
 * The XLSX download of an indicator: the time series of a region with its comparisons, the values of
 * all Kreise of its Land, the sources and the legend of markers. Pure: builds the file in memory.
 *
 * Layout follows the German official tables: one row per region, one column per period, a marked
 * value is written as its marker text ("." or "x"), never as 0, so a spreadsheet sum cannot
 * silently count a confidential value as nothing.
 */

export interface WorkbookPoint {
  period: string;
  value: number | null;
  flag: string | null;
}

export interface WorkbookSeries {
  region: string;
  name: string;
  role: string;
  values: WorkbookPoint[];
}

export interface WorkbookSource {
  table: string;
  title: string;
  publisher: string;
  licence: string;
  vintage: string | null;
}

export interface IndicatorWorkbookInput {
  indicator: { id: string; name: string; definition: string; unit: string; decimals: number };
  region: { key: string; name: string };
  series: WorkbookSeries[];
  districts: { scopeName: string; series: WorkbookSeries[] };
  sources: WorkbookSource[];
  markers: { flag: string; meaning: string }[];
  /** The page this file was downloaded from, so a reader can find the live view. */
  link: string;
  createdAt: Date;
}

const ROLE_LABELS: Record<string, string> = {
  region: 'Region',
  land: 'Land',
  bund: 'Deutschland',
  neighbour: 'Nachbarkreis',
  peer: 'Vergleichskreis',
  district: 'Kreis',
};

/** "31.12.2023" for a reference date, the period itself otherwise (years, school years). */
export function periodLabel(period: string): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  return date ? `${date[3]}.${date[2]}.${date[1]}` : period;
}

/** Number format with the indicator's decimals; Excel shows it with the reader's decimal comma. */
export function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/** A cell's content: the number, or the marker text where the value is missing or secret. */
export function cellValue(point: WorkbookPoint | undefined): number | string {
  if (!point) return '';
  if (point.value === null) return point.flag === 'missing' || !point.flag ? '…' : point.flag;
  return point.value;
}

function periodsOf(series: WorkbookSeries[]): string[] {
  return [...new Set(series.flatMap((s) => s.values.map((v) => v.period)))].sort();
}

function addSeriesSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  series: WorkbookSeries[],
  input: IndicatorWorkbookInput,
  withRole: boolean,
): void {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: withRole ? 3 : 2, ySplit: 4 }],
  });
  const periods = periodsOf(series);
  sheet.addRow([title]).font = { bold: true, size: 12 };
  sheet.addRow([`Einheit: ${input.indicator.unit}`]);
  sheet.addRow([]);
  const header = sheet.addRow(['AGS', 'Region', ...(withRole ? ['Rolle'] : []), ...periods.map(periodLabel)]);
  header.font = { bold: true };
  const first = withRole ? 4 : 3;
  for (const s of series) {
    const byPeriod = new Map(s.values.map((v) => [v.period, v]));
    const row = sheet.addRow([
      s.region,
      s.name,
      ...(withRole ? [ROLE_LABELS[s.role] ?? s.role] : []),
      ...periods.map((p) => cellValue(byPeriod.get(p))),
    ]);
    periods.forEach((_, i) => {
      const cell = row.getCell(first + i);
      if (typeof cell.value === 'number') cell.numFmt = numberFormat(input.indicator.decimals);
      else cell.alignment = { horizontal: 'right' };
    });
  }
  sheet.getColumn(1).width = 10;
  sheet.getColumn(2).width = 36;
  if (withRole) sheet.getColumn(3).width = 16;
  for (let i = 0; i < periods.length; i++) sheet.getColumn(first + i).width = 12;
}

export function buildIndicatorWorkbook(input: IndicatorWorkbookInput): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bildungsregion';
  workbook.created = input.createdAt;
  workbook.title = input.indicator.name;

  addSeriesSheet(
    workbook,
    'Verlauf',
    `${input.indicator.name} – ${input.region.name} und Vergleiche`,
    input.series,
    input,
    true,
  );
  addSeriesSheet(
    workbook,
    'Kreise',
    `${input.indicator.name} – Kreise in ${input.districts.scopeName}`,
    input.districts.series,
    input,
    false,
  );

  const sources = workbook.addWorksheet('Quellen');
  sources.addRow([input.indicator.name]).font = { bold: true, size: 12 };
  sources.addRow([input.indicator.definition]);
  sources.addRow([`Kennung: ${input.indicator.id}`]);
  sources.addRow([`Ansicht: ${input.link}`]);
  sources.addRow([`Erstellt: ${input.createdAt.toISOString().slice(0, 10).split('-').reverse().join('.')}`]);
  sources.addRow([]);
  sources.addRow(['Tabelle', 'Titel', 'Herausgeber', 'Stand', 'Lizenz']).font = { bold: true };
  for (const source of input.sources) {
    sources.addRow([
      source.table,
      source.title,
      source.publisher,
      source.vintage ? periodLabel(source.vintage) : '–',
      source.licence,
    ]);
  }
  sources.getColumn(1).width = 18;
  sources.getColumn(2).width = 60;
  sources.getColumn(3).width = 36;
  sources.getColumn(4).width = 12;
  sources.getColumn(5).width = 60;

  const legend = workbook.addWorksheet('Zeichenerklärung');
  legend.addRow(['Zeichen', 'Bedeutung']).font = { bold: true };
  legend.addRow(['…', 'keine Daten (Wert nicht vorhanden oder nicht berechenbar)']);
  for (const marker of input.markers) legend.addRow([marker.flag, marker.meaning]);
  legend.getColumn(1).width = 10;
  legend.getColumn(2).width = 80;
  return workbook;
}
