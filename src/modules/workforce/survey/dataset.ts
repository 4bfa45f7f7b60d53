/**
 * The aggregated, suppressed result of a survey as a long CSV for the statistics store's own-data
 * import (see statistics/importers/generic-long-csv.ts). Suppressed cells are written with the
 * marker `.` and no value, so that indicators see "geheim", never 0. Pure.
 */
import type { Aggregate, Cell } from './aggregate.ts';

export interface DatasetMeta {
  surveyId: number;
  regionKey: string;
  /** Short name of the Kreis, e.g. "Stade". */
  regionName: string;
  surveyYear: number;
  title: string;
  /** ISO date of the export (vintage). */
  asOf: string;
}

export function datasetTableCode(meta: Pick<DatasetMeta, 'surveyId' | 'regionKey' | 'surveyYear'>): string {
  return `BETRIEBSBEFRAGUNG-${meta.regionKey}-${meta.surveyYear}-${meta.surveyId}`;
}

export function datasetSource(meta: Pick<DatasetMeta, 'regionName' | 'surveyYear'>): string {
  return `Betriebsbefragung ${meta.regionName} ${meta.surveyYear}`;
}

function front(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').trim();
}

export function surveyDatasetCsv(meta: DatasetMeta, result: Aggregate): string {
  const lines = [
    `# table: ${datasetTableCode(meta)}`,
    `# title: ${front(`${datasetSource(meta)}: ${meta.title}`)}`,
    `# publisher: ${front(datasetSource(meta))}`,
    '# licence: intern (eigene Erhebung; Werte aus weniger als 3 Antworten gesperrt)',
    `# vintage: ${meta.asOf}`,
    '# measure EINST: Erwartete Einstellungen | Personen',
    '# measure EINST_GES: Erwartete Einstellungen in allen Jahren der Befragung | Personen',
    '# measure BETR: Antwortende Betriebe | Anzahl',
    '# measure AUSB: Geplante Ausbildungsplätze | Anzahl',
    '# measure QUER: Betriebe offen für Quereinstieg | Anzahl',
    '# measure H2: Betriebe mit Bedarf in der Wasserstoffwirtschaft | Anzahl',
    '# column beruf: KLDB2010 | Beruf (KldB 2010)',
    '# column wz: WZ08 | Wirtschaftszweige (WZ 2008)',
    'region;period;measure;value;flag;beruf;wz',
  ];
  const row = (period: number, measure: string, cell: Cell, kldb = '', sector = '') =>
    `${meta.regionKey};${period};${measure};${cell.value === null ? '' : cell.value};${cell.suppressed ? '.' : ''};${kldb};${sector}`;
  const count = (value: number | null): Cell => ({ value, suppressed: value === null });
  for (const occupation of result.occupations) {
    lines.push(row(occupation.year, 'EINST', occupation.hires, occupation.kldb));
  }
  const groups = [{ sector: '', ...result.total }, ...result.sectors];
  for (const group of groups) {
    lines.push(row(meta.surveyYear, 'BETR', count(group.companies), '', group.sector));
    lines.push(row(meta.surveyYear, 'EINST_GES', group.hires, '', group.sector));
    lines.push(row(meta.surveyYear, 'AUSB', group.trainingPlaces, '', group.sector));
    lines.push(row(meta.surveyYear, 'QUER', group.lateralEntryOpen, '', group.sector));
    lines.push(row(meta.surveyYear, 'H2', group.hydrogenRelevant, '', group.sector));
  }
  return `${lines.join('\n')}\n`;
}
