/** Aggregated survey results as an XLSX workbook; suppressed cells show the marker, never 0. */
import ExcelJS from 'exceljs';
import type { Cell } from './aggregate.ts';
import type { Results } from './service.ts';

export const SUPPRESSED_MARKER = '.';
const NOTE = `„${SUPPRESSED_MARKER}“ = gesperrt, weil weniger als 3 Betriebe geantwortet haben.`;

const value = (cell: Cell) => (cell.suppressed ? SUPPRESSED_MARKER : cell.value);

export async function resultsXlsx(results: Results): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bildungsregion';
  const title = `${results.survey.title} (${results.survey.region.name}, ${results.survey.surveyYear})`;

  const occupations = workbook.addWorksheet('Berufe');
  occupations.addRow([title]).font = { bold: true };
  occupations.addRow([NOTE]);
  occupations.addRow(['KldB 2010', 'Beruf', 'Jahr', 'Antwortende Betriebe', 'Erwartete Einstellungen']).font =
    {
      bold: true,
    };
  for (const row of results.occupations) {
    occupations.addRow([row.kldb, row.name, row.year, row.companies ?? SUPPRESSED_MARKER, value(row.hires)]);
  }
  occupations.getColumn(2).width = 40;
  occupations.getColumn(4).width = 20;
  occupations.getColumn(5).width = 22;

  const sectors = workbook.addWorksheet('Wirtschaftszweige');
  sectors.addRow([title]).font = { bold: true };
  sectors.addRow([NOTE]);
  sectors.addRow([
    'WZ 2008',
    'Wirtschaftsabschnitt',
    'Antwortende Betriebe',
    'Erwartete Einstellungen',
    'Geplante Ausbildungsplätze',
    'Offen für Quereinstieg',
    'Bedarf Wasserstoffwirtschaft',
  ]).font = { bold: true };
  const group = (code: string, label: string, g: Results['total']) =>
    sectors.addRow([
      code,
      label,
      g.companies ?? SUPPRESSED_MARKER,
      value(g.hires),
      value(g.trainingPlaces),
      value(g.lateralEntryOpen),
      value(g.hydrogenRelevant),
    ]);
  for (const row of results.sectors) group(row.sector, row.label, row);
  group('', 'Insgesamt', results.total).font = { bold: true };
  sectors.getColumn(2).width = 50;

  const texts = workbook.addWorksheet('Freitexte');
  texts.addRow(['Qualifizierungsbedarf']).font = { bold: true };
  for (const text of results.qualificationNeeds) texts.addRow([text]);
  texts.addRow([]);
  texts.addRow(['Bedarf Wasserstoffwirtschaft']).font = { bold: true };
  for (const text of results.hydrogenNeeds) texts.addRow([text]);
  texts.getColumn(1).width = 100;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
