import ExcelJS from 'exceljs';

/**
 * Small hand-made workbooks in the layouts of the Destatis Gemeindeverzeichnis "Auszug" and of
 * `04-kreise.xlsx`, for tests that must not depend on the official files. The figures are
 * copied from the 2023 extract for a handful of regions so that sums are easy to check.
 */

type Cell = string | number | null;

export const GV_HEADER_LABELS: Cell[] = [
  'Satz-art',
  'Text-kenn-zeichen',
  'Land',
  'RB',
  'Kreis',
  'VB',
  'Gem',
  'Gemeindename',
  'Fläche km2 1)',
  'insgesamt',
  'männlich',
  'weiblich',
  'je km2',
  'Postleit-zahl3)',
  'Längengrad',
  'Breitengrad',
  'Schlüssel',
  'Bezeichnung',
  'Schlüssel',
  'Bezeichnung',
];

const ELBE: Cell[] = ['G04', 'Unterelbe-Unterweser'];

export const GV_FIXTURE_ROWS: Cell[][] = [
  ['10', null, '01', null, null, null, null, 'Schleswig-Holstein'],
  ['40', '41', '01', '0', '01', null, null, 'Flensburg, Stadt'],
  ['50', '50', '01', '0', '01', '0000', null, 'Flensburg, Stadt'],
  // biome-ignore format: one record per line
  ['60', '61', '01', '0', '01', '0000', '000', 'Flensburg, Stadt', 56.73, 92667, 45905, 46762, 1633, '24937', '9,43751', '54,78252', 'F02', 'Ostsee', '01', 'dicht besiedelt'],
  ['10', null, '03', null, null, null, null, 'Niedersachsen'],
  ['20', null, '03', '3', null, null, null, 'Statistische Region Lüneburg'],
  ['40', '44', '03', '3', '51', null, null, 'Celle'],
  ['50', '50', '03', '3', '51', '9501', null, 'Lohheide, gemfr. Bezirk'],
  // biome-ignore format: one record per line
  ['60', '65', '03', '3', '51', '9501', '501', 'Lohheide, gemfr. Bezirk', 91.48, 700, 400, 300, 8, null, '10,0', '52,8', 'G09', 'Lüneburger Heide', '03', 'gering besiedelt'],
  ['40', '44', '03', '3', '59', null, null, 'Stade'],
  ['50', '50', '03', '3', '59', '0038', null, 'Stade, Hansestadt'],
  // biome-ignore format: one record per line
  ['60', '63', '03', '3', '59', '0038', '038', 'Stade, Hansestadt', 110.07, 48708, 23767, 24941, 443, '21682', '9,475977', '53,601302', ...ELBE, '02', 'mittlere Besiedlungsdichte'],
  ['50', '52', '03', '3', '59', '5401', null, 'Apensen'],
  // biome-ignore format: one record per line
  ['60', '64', '03', '3', '59', '5401', '003', 'Apensen', 20.78, 4569, 2252, 2317, 220, '21641', '9,613698', '53,433183', ...ELBE, '03', 'gering besiedelt'],
  // biome-ignore format: one record per line
  ['60', '64', '03', '3', '59', '5401', '006', 'Beckdorf', 21.98, 2884, 1471, 1413, 131, '21643', '9,610546', '53,413131', ...ELBE, '03', 'gering besiedelt'],
];

const COPYRIGHT: Cell[][] = [
  ['© Daten (im Auftrag der Herausgebergemeinschaft Statistische Ämter des Bundes und der Länder)'],
  ['     Statistisches Bundesamt (Destatis), 2024'],
  ['     Vervielfältigung und Verbreitung, auch auszugsweise, mit Quellenangabe gestattet.'],
];

export interface GvFixtureOptions {
  sheetName?: string;
  header?: Cell[];
  rows?: Cell[][];
  title?: string;
  published?: string | null;
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function makeGvWorkbook(options: GvFixtureOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const cover = workbook.addWorksheet('Inhalt');
  cover.addRow(['Gemeindeverzeichnis']);
  cover.addRow(['Gebietsstand: 31.12.2023 (Jahr)']);
  if (options.published !== null) cover.addRow([options.published ?? 'Erscheinungsmonat: Oktober 2024']);
  for (const row of COPYRIGHT) cover.addRow(row);
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Onlineprodukt_Gemeinden31122023');
  sheet.addRow([
    options.title ??
      'Gemeinden in Deutschland nach Fläche, Bevölkerung und Postleitzahl am 31.12.2023 (Jahr)',
  ]);
  sheet.addRow([]);
  sheet.addRow(['Satz-art', 'Text-kenn-zeichen', 'Amtlicher Regionalschlüssel (ARS)']);
  sheet.addRow(options.header ?? GV_HEADER_LABELS);
  // Merged header cells repeat their text in the rows below.
  sheet.addRow(['Satz-art', 'Text-kenn-zeichen', 'Gebietsstand am 31.12.2023 (Jahr)']);
  sheet.addRow([]);
  for (const row of options.rows ?? GV_FIXTURE_ROWS) sheet.addRow(row);
  sheet.addRow([]);
  sheet.addRow(['Quelle: Gemeindeverzeichnis-Informationssytem GV-ISys']);
  sheet.addRow(['1) Abweichungen bei den Flächenangaben sind durch Runden der Zahlen möglich.']);
  for (const row of COPYRIGHT) sheet.addRow(row);
  return bytesOf(workbook);
}

export const KREISE_FIXTURE_ROWS: Cell[][] = [
  ['01', 'Schleswig-Holstein'],
  ['01001', 'Kreisfreie Stadt', 'Flensburg, Stadt', 'DEF01', 53.02, 90164, 44904, 45260, 1701],
  ['01002', 'Kreisfreie Stadt', 'Kiel, Landeshauptstadt', 'DEF02', 118.65, 246794, 120198, 126596, 2080],
  [null, null, 'Insgesamt', null, 171.67, 336958, 165102, 171856, 1963],
  ['03', 'Niedersachsen'],
  ['033', 'Statistische Region Lüneburg'],
  ['03359', 'Landkreis', 'Stade', 'DE939', 1267.38, 204512, 101831, 102681, 161],
  [null, null, 'Insgesamt', null, 1267.38, 204512, 101831, 102681, 161],
  ['14', 'Sachsen'],
  [145, 'Direktionsbezirk Chemnitz'],
  ['14511', 'Kreisfreie Stadt', 'Chemnitz, Stadt', 'DED41', 221.05, 246334, 121810, 124524, 1114],
  [null, null, 'Insgesamt', null, 221.05, 246334, 121810, 124524, 1114],
  [null, 'Deutschland', 'Insgesamt', null, 1660.1, 787804, 388743, 399061, 475],
];

export async function makeKreiseWorkbook(rows: Cell[][] = KREISE_FIXTURE_ROWS): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const cover = workbook.addWorksheet('Deckblatt');
  cover.addRow(['Gebietsstand: 31.12.2019']);
  cover.addRow(['Erscheinungsmonat: September 2020']);
  cover.addRow(COPYRIGHT[0]!);
  cover.addRow(['     Statistisches Bundesamt (Destatis), 2020']);
  cover.addRow(COPYRIGHT[2]!);
  const sheet = workbook.addWorksheet('Kreisfreie Städte u. Landkreise');
  sheet.addRow(['Kreisfreie Städte und Landkreise nach Fläche, Bevölkerung und Bevölkerungsdichte']);
  sheet.addRow(['Gebietsstand: 31.12.2019']);
  sheet.addRow([]);
  // biome-ignore format: header as in the file
  sheet.addRow(['Schlüssel-nummer', 'Regionale Bezeichnung', 'Kreisfreie Stadt', 'NUTS3', 'Fläche \nin km2', 'Bevölkerung2)', 'Bevölkerung2)', 'Bevölkerung2)', 'je km2']);
  // biome-ignore format: header as in the file
  sheet.addRow(['Schlüssel-nummer', 'Regionale Bezeichnung', 'Kreis / Landkreis', 'NUTS3', 'Fläche \nin km2', 'insgesamt', 'männlich', 'weiblich', 'je km2']);
  sheet.addRow([1, '2', 3, 4, 5, 6, 7, 8, 9]);
  sheet.addRow([]);
  for (const row of rows) sheet.addRow(row);
  sheet.addRow([]);
  sheet.addRow(['Quelle: Gemeindeverzeichnis-Informationssystem GV-ISys']);
  return bytesOf(workbook);
}

/** A workbook of some other layout (for "Layout" complaints). */
export async function makeOtherWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('12521-0040').addRow(['Ausländer: Kreise, Stichtag, Geschlecht']);
  return bytesOf(workbook);
}
