import { drain } from './importers.fixtures.ts';
import type { Importer } from './types.ts';

export { cp1252, short, utf8 } from './importers.fixtures.ts';

/**
 * Shared helpers and small hand-made files for the GENESIS flat CSV tests (`genesis-flat-csv.test.ts`
 * for the old flat layout, `genesis-ffcsv.test.ts` for the ffcsv and its ZIP download).
 */

export const BOM = '\ufeff';

export async function parse(importer: Importer, bytes: Uint8Array, fileName: string) {
  return drain(await importer.open({ fileName, bytes }));
}

export async function failure(
  importer: Importer,
  bytes: Uint8Array,
  fileName = 'x_flat.csv',
): Promise<Error> {
  try {
    await parse(importer, bytes, fileName);
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('no error raised');
}

const OLD_HEADER =
  'Statistik_Code;Statistik_Label;Zeit_Code;Zeit_Label;Zeit;1_Merkmal_Code;1_Merkmal_Label;1_Auspraegung_Code;1_Auspraegung_Label;2_Merkmal_Code;2_Merkmal_Label;2_Auspraegung_Code;2_Auspraegung_Label;ERW006__Arbeitslose__Anzahl;ERW007__Arbeitslosen_quote__Prozent';
export const OLD_FLAT = [
  OLD_HEADER,
  '13211;Arbeitsmarktstatistik;JAHR;Jahr;2022;DLAND;Bundesländer;03;Niedersachsen;GES;Geschlecht;;Insgesamt;230000;5,4',
  '13211;Arbeitsmarktstatistik;JAHR;Jahr;2022;DLAND;Bundesländer;03;Niedersachsen;GES;Geschlecht;GESW;weiblich;100000;.',
  '13211;Arbeitsmarktstatistik;JAHR;Jahr;2022;DINSG;Deutschland insgesamt;DG;Deutschland;GES;Geschlecht;GESM;männlich;1300000;5,6',
  '',
].join('\n');

export const FF_HEADER =
  'statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;2_variable_attribute_code;2_variable_attribute_label;value;value_q;value_unit;value_variable_code;value_variable_label';
const FF_ROW = '12411;Fortschreibung des Bevölkerungsstandes;STAG;Stichtag';
// An UNSEEN-like file: Gemeinde level (GEMEIN, 8 digits), two Stichtage, quality column, CRLF.
export const FFCSV_GEMEINDEN = `${BOM}${[
  FF_HEADER,
  `${FF_ROW};2023-12-31;GEMEIN;Gemeinden;03359001;Agathenburg;GES;Geschlecht;;Insgesamt;1491;e;Anzahl;BEVSTD;Bevölkerungsstand`,
  `${FF_ROW};2023-12-31;GEMEIN;Gemeinden;03359001;Agathenburg;GES;Geschlecht;GESW;weiblich;765;p;Anzahl;BEVSTD;Bevölkerungsstand`,
  `${FF_ROW};2024-12-31;GEMEIN;Gemeinden;03359002;Ahlerstedt;GES;Geschlecht;GESM;männlich;;.;Anzahl;BEVSTD;Bevölkerungsstand`,
  `${FF_ROW};2024-12-31;GEMEIN;Gemeinden;03359002;Ahlerstedt;GES;Geschlecht;GESW;weiblich;-;;Anzahl;BEVSTD;Bevölkerungsstand`,
  `${FF_ROW};2024-12-31;GEMEIN;Gemeinden;03359002;Ahlerstedt;GES;Geschlecht;GESW;weiblich;12,5;;Prozent;BEV099;Anteil`,
].join('\r\n')}\r\n`;
export const FFCSV_NAME = '12411-01-01-5_1735689600000_de_flat.csv';
