/**
 * Writes a GENESIS ffcsv file ("new flat" layout, UTF-8 with BOM) with the requested number of
 * rows: Kreise × sex × age groups × Stichtage of a population table, with a share of markers.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

const HEADER =
  'statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;2_variable_attribute_code;2_variable_attribute_label;3_variable_code;3_variable_label;3_variable_attribute_code;3_variable_attribute_label;value;value_unit;value_variable_code;value_variable_label';

export async function generateFfcsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write(`\uFEFF${HEADER}\n`);
  const kreise = Array.from(
    { length: 400 },
    (_, i) => `${String(1 + (i % 16)).padStart(2, '0')}${String(100 + i).padStart(3, '0')}`,
  );
  const sexes = [
    ['', 'Insgesamt'],
    ['GESM', 'männlich'],
    ['GESW', 'weiblich'],
  ];
  const ages = Array.from({ length: 18 }, (_, i) => [
    `ALT${String(i * 5).padStart(3, '0')}B${String(i * 5 + 5).padStart(2, '0')}`,
    `${i * 5} bis unter ${i * 5 + 5} Jahre`,
  ]);
  let written = 0;
  let buffer = '';
  for (let year = 1995; written < rows; year++) {
    for (const kreis of kreise) {
      for (const [sexCode, sexLabel] of sexes) {
        for (const [ageCode, ageLabel] of ages) {
          if (written >= rows) break;
          const value =
            written % 97 === 0 ? '.' : written % 89 === 0 ? '-' : String((written * 7919) % 50000);
          buffer += `12411;Fortschreibung des Bevölkerungsstandes;STAG;Stichtag;${year}-12-31;KREISE;Kreise und kreisfreie Städte;${kreis};Kreis ${kreis};GES;Geschlecht;${sexCode};${sexLabel};ALTX20;Altersgruppen;${ageCode};${ageLabel};${value};Anzahl;BEVSTD;Bevölkerungsstand\n`;
          written++;
        }
      }
      if (buffer.length > 1 << 20) {
        if (!out.write(buffer)) await once(out, 'drain');
        buffer = '';
      }
    }
  }
  out.write(buffer);
  out.end();
  await once(out, 'finish');
}
