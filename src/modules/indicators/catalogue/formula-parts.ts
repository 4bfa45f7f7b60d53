/**
 * Building blocks of the catalogue's formulas and the sources several indicators share.
 *
 * Formulas use the codes the product's importers produce for the official files in shared/data
 * (checked by importing them): official GENESIS codes where the file carries them (`BEVSTD`, `ERW032`,
 * `GES`/`GESW`, `NAT`/`NATA`, `WZ08-…`, `BERAB2`), otherwise the slugs of ADR 0004 built from the column
 * headers of the classic table CSV. A slug changes when the publisher changes a label; the indicators'
 * notes name the fragile ones.
 */
import type { IndicatorSource } from './types.ts';

// ---------------------------------------------------------------------------------------------------------
// Formula building blocks

export function ref(table: string, measure: string, filter?: string): string {
  return filter ? `{${table}:${measure} | ${filter}}` : `{${table}:${measure}}`;
}

/** `a / b * 100`; `/` already yields `div0` instead of infinity (docs/FORMULAS.md). */
export function percent(numerator: string, denominator: string): string {
  return `${numerator} / ${denominator} * 100`;
}

// 21111-02-06-4 Absolvierende/Abgehende allgemeinbildender Schulen (classic table CSV, slugs of ADR 0004)
const LEAVERS = '21111-02-06-4';
export const leavers = (measure: string) => ref(LEAVERS, measure);
export const LEAVERS_TOTAL = leavers('absolvierende_abgehende');

// 21111-01-03-4 Schulen, Schülerinnen und Schüler nach Schularten. The school type is a row feature without a
// header in the file, so the importer names the dimension `merkmal_1`.
const PUPILS = '21111-01-03-4';
export const pupils = (filter?: string) => ref(PUPILS, 'schuelerinnen_und_schueler', filter);
export const GRADE_7 = 'klassenstufe_jahrgangsstufe=7_klassenstufe';

// 12411-0018 Bevölkerung: Kreise, Stichtag, Geschlecht, Altersgruppen (GENESIS-Online classic CSV). One measure,
// dimensions GES × ALTX (age groups, ADR 0004). The file has no totals, so every reference sums over GES=* and
// the age groups it needs; the 17 groups do not overlap, so ALTX=* is the whole population.
const POP_AGE = '12411-0018';
const POP_AGE_MEASURE = 'bevoelkerungsstand';
const AGE_0_19 = ['ALT000B03', 'ALT003B06', 'ALT006B10', 'ALT010B15', 'ALT015B18', 'ALT018B20'];
const AGE_20_64 = [
  'ALT020B25',
  'ALT025B30',
  'ALT030B35',
  'ALT035B40',
  'ALT040B45',
  'ALT045B50',
  'ALT050B55',
  'ALT055B60',
  'ALT060B65',
];
const AGE_65_PLUS = ['ALT065B75', 'ALT075UM'];
/** Population of 12411-0018 in the given ALTX groups, both sexes. */
export const populationOfAgeGroups = (groups: readonly string[]) =>
  ref(
    POP_AGE,
    POP_AGE_MEASURE,
    groups.length === 1 ? `GES=*, ALTX=${groups[0]}` : `GES=*, ALTX in (${groups.join(', ')})`,
  );
export const POP_0_19 = populationOfAgeGroups(AGE_0_19);
export const POP_20_64 = populationOfAgeGroups(AGE_20_64);
export const POP_65_PLUS = populationOfAgeGroups(AGE_65_PLUS);
export const POP_AGE_TOTAL = ref(POP_AGE, POP_AGE_MEASURE, 'GES=*, ALTX=*');

// 12411-01-01-4 Bevölkerungsstand (flat/ffcsv with official codes)
export const POP_TOTAL = ref('12411-01-01-4', 'BEVSTD');

// 13211-02-05-4 Arbeitslose und Arbeitslosenquoten (classic table CSV, slugs; the rates are published)
export const UNEMPLOYMENT = '13211-02-05-4';

// 13111-0002 SvB am Arbeitsort nach Berufsabschluss (GENESIS-Online flat CSV, official codes, Deutschland only).
// The file has no "Insgesamt" of BERAB2; "Ohne Angabe" (OA) is left out of the denominator.
const SVB_QUALIFICATION = '13111-0002';
export const svbByQualification = (...attributes: string[]) =>
  ref(
    SVB_QUALIFICATION,
    'ERW065',
    attributes.length === 1 ? `BERAB2=${attributes[0]}` : `BERAB2 in (${attributes.join(', ')})`,
  );
export const SVB_KNOWN_QUALIFICATION = svbByQualification('BERAB-X-01', 'BERAB-ANK-01', 'BERAB-AKD-01');

// 13111-07-05-4 SvB am Arbeitsort nach Wirtschaftszweigen (classic table CSV; sectors mapped to WZ08 codes)
export const SVB_SECTORS_TABLE = '13111-07-05-4';
const SVB_SECTOR_MEASURE = 'sozialversicherungspfl_beschaeftigte';

/**
 * Share of employees (workplace) in one WZ 2008 sector of 13111-07-05-4, in %: the `sector`
 * disaggregation of `svb_workplace_total`. `sector` is an attribute code of the importer's `WZ08`
 * dimension, e.g. `WZ08-C` (Verarbeitendes Gewerbe), `WZ08-B-F`, `WZ08-G-U`, `WZ08-O-Q`.
 */
export function svbSectorShareFormula(sector: string): string {
  return percent(
    ref(SVB_SECTORS_TABLE, SVB_SECTOR_MEASURE, `WZ08=${sector}`),
    ref(SVB_SECTORS_TABLE, SVB_SECTOR_MEASURE),
  );
}

// BA-Tabellenheft „Beschäftigte nach Berufen (KldB 2010)“ (xlsx). One table code for the Kreis, Land and
// Deutschland editions of every Stichtag; all figures are at the workplace (Arbeitsort). Measure `svb` with the
// dimensions of Tabelle I: GES, NAT, ALTER (slugs of the booklet's age groups), PERSGR=AZUBI (trainees).
export const BA_OCCUPATIONS = 'BA-BO-HEFT';
export const svbOccupations = (filter?: string) => ref(BA_OCCUPATIONS, 'svb', filter);

// ---------------------------------------------------------------------------------------------------------
// Sources used by several indicators

export const SRC_POP_TOTAL: IndicatorSource = {
  system: 'regionalstatistik',
  table: '12411-01-01-4',
  title: 'Bevölkerung nach Geschlecht, Stichtag 31.12., Kreise',
  verification: 'verified',
  note: 'Am besten als Flat-Datei (ffcsv) mit allen Stichtagen laden: Messgröße BEVSTD, Merkmal GES.',
};
export const SRC_POP_AGE_GROUPS: IndicatorSource = {
  system: 'genesis-online',
  table: '12411-0018',
  title: 'Bevölkerung: Kreise, Stichtag, Geschlecht, Altersgruppen (Fortschreibung des Bevölkerungsstandes)',
  verification: 'verified',
  note: '17 Altersgruppen × Geschlecht, ohne Summenspalten: Messgröße bevoelkerungsstand, Merkmale GES und ALTX (ALT000B03 … ALT075UM). Die vorliegende Datei reicht von 31.12.2015 bis 31.12.2020 (Basis Zensus 2011).',
};
export const SRC_POP_AGE_GROUPS_RS: IndicatorSource = {
  system: 'regionalstatistik',
  table: '12411-02-03-4',
  title: 'Bevölkerung nach Geschlecht und Altersgruppen (17), Stichtag 31.12., Kreise',
  verification: 'verified',
  note: 'Gleiche Altersgruppen wie 12411-0018, als klassische CSV ebenfalls im Merkmal ALTX mit denselben Codes; den Messgrößencode nach dem Import prüfen, bevor die Formel umgestellt wird.',
};
export const SRC_POP_SINGLE_YEARS: IndicatorSource = {
  system: 'regionalstatistik',
  table: '12411-04-02-4',
  title: 'Bevölkerung nach Geschlecht und Altersjahren, Stichtag 31.12., Kreise',
  verification: 'secondary',
};
export const SRC_BA_OCCUPATIONS: IndicatorSource = {
  system: 'ba',
  table: BA_OCCUPATIONS,
  title:
    'Beschäftigungsstatistik der BA: Tabellenheft „Beschäftigte nach Berufen (KldB 2010)“ (Quartalszahlen), Arbeitsort',
  verification: 'verified',
  note: 'Je Kreis, Land oder Deutschland und Stichtag eine Datei bo-heft-<Region>-0-<JJJJMM>-xlsx.xlsx; alle Ausgaben landen in derselben Tabelle BA-BO-HEFT. In shared/data liegt nur die Deutschland-Ausgabe 31.12.2019; Kreiswerte brauchen die Kreis-Ausgaben.',
};
export const SRC_LEAVERS: IndicatorSource = {
  system: 'regionalstatistik',
  table: LEAVERS,
  title:
    'Absolvierende/Abgehende allgemeinbildender Schulen nach Geschlecht und Abschlussarten, Schuljahr, Kreise',
  verification: 'verified',
  note: 'CSV: https://www.regionalstatistik.de/genesisws/downloader/00/tables/21111-02-06-4_00.csv',
};
export const SRC_VOCATIONAL_LEAVERS: IndicatorSource = {
  system: 'regionalstatistik',
  table: '21121-02-02-4',
  title: 'Absolvierende/Abgehende beruflicher Schulen nach Geschlecht und Abschlussarten, Schuljahr, Kreise',
  verification: 'verified',
  note: 'CSV: https://www.regionalstatistik.de/genesisws/downloader/00/tables/21121-02-02-4_00.csv',
};
export const SRC_PUPILS: IndicatorSource = {
  system: 'regionalstatistik',
  table: PUPILS,
  title: 'Schulen, Schülerinnen und Schüler nach Schularten, Stichtag Schuljahresbeginn, Kreise',
  verification: 'verified',
};
export const SRC_UNEMPLOYMENT: IndicatorSource = {
  system: 'regionalstatistik',
  table: UNEMPLOYMENT,
  title:
    'Arbeitslose nach ausgewählten Personengruppen sowie Arbeitslosenquoten, Jahresdurchschnitt, Kreise (Daten der Bundesagentur für Arbeit)',
  verification: 'verified',
};
export const SRC_SVB_QUALIFICATION_DE: IndicatorSource = {
  system: 'genesis-online',
  table: SVB_QUALIFICATION,
  title:
    'Sozialversicherungspflichtig Beschäftigte am Arbeitsort nach Berufsabschluss und Geschlecht, Deutschland',
  verification: 'verified',
  note: 'Nur Deutschland (Vergleichswert); Stichtage vierteljährlich.',
};
export const SRC_SVB_QUALIFICATION_K: IndicatorSource = {
  system: 'regionalstatistik',
  table: '13111-11-04-4',
  title:
    'Sozialversicherungspflichtig Beschäftigte am Arbeitsort nach Berufsabschluss, Stichtag 30.06., Kreise',
  verification: 'secondary',
  note: 'Für Kreiswerte herunterladen (am besten als Flat-Datei); danach die Formel auf diese Tabelle umstellen und die Codes des Merkmals Berufsabschluss prüfen.',
};
export const SRC_KJH_STATISTICS: IndicatorSource = {
  system: 'regionalstatistik',
  table: null,
  title:
    'Kinder- und Jugendhilfestatistik: Kinder und tätige Personen in Tageseinrichtungen (Reihe 22541/22543)',
  verification: 'guess',
  note: 'Kreistabelle mit diesem Merkmal noch nicht gefunden; ggf. Sonderauswertung beim LSN anfragen.',
};
