import type ExcelJS from 'exceljs';
import { ImportFormatError } from '../statistics/importers/types.ts';
import { cellNumber, cellText } from '../statistics/importers/xlsx.ts';
import {
  type DestatisWorkbookInfo,
  headerTexts,
  isoDate,
  layoutError,
  loadWorkbook,
  sheetNamed,
  workbookInfo,
} from './destatis-workbook.ts';
import type { RegionLevel } from './levels.ts';
import { GERMANY_KEY } from './names.ts';

/**
 * Parser for the Destatis Gemeindeverzeichnis (GV-ISys) workbook the product reads: the annual
 * "Auszug" with every Land, Regierungsbezirk, Kreis, Gemeindeverband and Gemeinde. The Kreis
 * table `04-kreise.xlsx` (with NUTS-3 codes) is read by `kreise-table.ts`, the workbook helpers
 * both share live in `destatis-workbook.ts`. Pure: bytes in, records out.
 *
 * Only the Gemeinde rows (Satzart 60) of the Auszug carry figures; every higher level is the sum
 * of its Gemeinden including the gemeindefreie Gebiete (their area belongs to the Kreis).
 *
 * Decisions:
 * - Gemeindefreie Gebiete (Textkennzeichen 65/66; 208 on 31.12.2023, mostly forests, lakes and
 *   military areas) are regions of level `municipality` with `unincorporated: true`: they have
 *   AGS-style keys and area. Two belong to no Kreis (07000999, 13000999) and hang below the Land.
 * - Every Gemeinde has a Gemeindeverband record; for one outside any association (Textkennzeichen
 *   50, "verbandsfreie Gemeinde") that record is the Gemeinde itself. It stays a region (tables
 *   use 9-digit keys), but such a Gemeinde hangs directly below its Kreis.
 * - The Regionen of Baden-Württemberg (Satzart 30) are skipped: no statistics use them as keys.
 */

export type GvLevel = Exclude<RegionLevel, 'land_group'>;

/** Textkennzeichen of the GV-ISys records (Kreis 41–45, Gemeindeverband 50–58, Gemeinde 60–67). */
export const TEXT_CODE_LABELS: Readonly<Record<string, string>> = {
  '41': 'kreisfreie Stadt',
  '42': 'Stadtkreis',
  '43': 'Kreis',
  '44': 'Landkreis',
  '45': 'Regionalverband',
  '50': 'verbandsfreie Gemeinde',
  '51': 'Amt',
  '52': 'Samtgemeinde',
  '53': 'Verbandsgemeinde',
  '54': 'Verwaltungsgemeinschaft',
  '55': 'Kirchspielslandgemeinde',
  '56': 'Verwaltungsverband',
  '57': 'Verwaltungsgemeinschaft (Trägermodell)',
  '58': 'erfüllende Gemeinde',
  '60': 'Markt',
  '61': 'kreisfreie Stadt',
  '62': 'Stadtkreis',
  '63': 'Stadt',
  '64': 'kreisangehörige Gemeinde',
  '65': 'gemeindefreies Gebiet, bewohnt',
  '66': 'gemeindefreies Gebiet, unbewohnt',
  '67': 'Große Kreisstadt',
};

/** Textkennzeichen of gemeindefreie Gebiete: keyed like Gemeinden, but no Gemeinde. */
const UNINCORPORATED_CODES = new Set(['65', '66']);
/** Gemeindeverband record of a Gemeinde outside any association (the Gemeinde itself). */
export const VERBANDSFREI_CODE = '50';

export interface GvRegion {
  /** DG; Land 2, RB 3, Kreis 5 digits; Gemeindeverband 9 (ARS prefix); Gemeinde 8 (AGS). */
  key: string;
  level: GvLevel;
  name: string;
  /** Textkennzeichen as published (null for Land, RB and Germany). */
  textCode: string | null;
  typeLabel: string;
  parentKey: string | null;
  /** 12-digit ARS of a Gemeinde or gemeindefreies Gebiet. */
  ars: string | null;
  areaKm2: number;
  population: number;
  populationMale: number;
  populationFemale: number;
  /** Inhabitants per km² as published (Gemeinden); null where the file has no figure. */
  density: number | null;
  /** Postleitzahl of the administrative seat. */
  postalCode: string | null;
  /** Geographic centre ("Mittelpunktkoordinaten") of a Gemeinde, WGS84 – not the seat. */
  longitude: number | null;
  latitude: number | null;
  /** Grad der Verstädterung key (`01` dicht, `02` mittel, `03` gering besiedelt). */
  urbanisation: string | null;
  /** Gemeindefreies Gebiet (Textkennzeichen 65/66). */
  unincorporated: boolean;
  /** Row in the data sheet (Germany, which the file does not list: 1, the title row). */
  row: number;
}

export interface Gemeindeverzeichnis extends DestatisWorkbookInfo {
  sheetName: string;
  /** Grad der Verstädterung key → label as published. */
  urbanisationLabels: Record<string, string>;
  /** DG, Länder, RBs, Kreise, Gemeindeverbände, Gemeinden (incl. gemeindefreie Gebiete), in file order. */
  regions: GvRegion[];
}

/** Columns A–T of the data sheet, checked against the header row before reading. */
const GV_HEADER: readonly (string | null)[] = [
  'satz-art',
  'text-kenn-zeichen',
  'land',
  'rb',
  'kreis',
  'vb',
  'gem',
  'gemeindename',
  'fläche km2',
  'insgesamt',
  'männlich',
  'weiblich',
  'je km2',
  'postleit-zahl',
  'längengrad',
  'breitengrad',
  'schlüssel',
  'bezeichnung',
  'schlüssel',
  'bezeichnung',
];

const GV_SHEET = /^Onlineprodukt_Gemeinden/i;

/** True when the workbook has the Auszug's data sheet; the full check happens in the parser. */
export function isGemeindeverzeichnisWorkbook(workbook: ExcelJS.Workbook): boolean {
  return workbook.worksheets.some((sheet) => GV_SHEET.test(sheet.name));
}

/**
 * What a region carries before figures are read (Gemeinden) or summed up (every other level):
 * only Gemeinde rows have figures, postal code, coordinates and urbanisation.
 */
const NO_FIGURES = {
  areaKm2: 0,
  population: 0,
  populationMale: 0,
  populationFemale: 0,
  density: null,
  postalCode: null,
  longitude: null,
  latitude: null,
  urbanisation: null,
  unincorporated: false,
} as const satisfies Partial<GvRegion>;

interface Totals {
  area: number;
  population: number;
  male: number;
  female: number;
}

export async function parseGemeindeverzeichnis(bytes: Uint8Array): Promise<Gemeindeverzeichnis> {
  return parseGemeindeverzeichnisWorkbook(await loadWorkbook(bytes));
}

export function parseGemeindeverzeichnisWorkbook(workbook: ExcelJS.Workbook): Gemeindeverzeichnis {
  const sheet = sheetNamed(
    workbook,
    GV_SHEET,
    'Layout des Gemeindeverzeichnisses (Tabellenblatt „Onlineprodukt_Gemeinden…“)',
  );
  const headerRow = findHeaderRow(sheet);
  const title = cellText(sheet, 1, 1).replace(/\s+/g, ' ');
  const date = /am (\d{2}\.\d{2}\.\d{4})/.exec(title);
  if (!date) throw layoutError('Layout: Titel mit Stichtag „am TT.MM.JJJJ“ in Zeile 1', title, 1);
  const info = workbookInfo(workbook, title, isoDate(date[1]!));

  const regions: GvRegion[] = [];
  const byKey = new Map<string, GvRegion>();
  const urbanisationLabels: Record<string, string> = {};
  const govRegionLands = new Set<string>();
  const add = (region: GvRegion) => {
    if (byKey.has(region.key)) {
      throw new ImportFormatError({
        line: region.row,
        expected: 'jeden Regionalschlüssel nur einmal',
        found: region.key,
      });
    }
    byKey.set(region.key, region);
    regions.push(region);
  };

  // Two gemeindefreie Gebiete belong to no Kreis (Kreis part `00`): the German-Luxembourg
  // condominium (07000999) and the coastal waters of Mecklenburg-Vorpommern (13000999).
  const kreisOrLand = (kreis: string) => (byKey.has(kreis) ? kreis : kreis.slice(0, 2));
  let started = false;
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const recordType = cellText(sheet, r, 1);
    if (recordType === '') continue;
    // Merged header cells repeat below the header row; the data end where the footnotes start.
    if (!/^\d{2}$/.test(recordType)) {
      if (started) break;
      continue;
    }
    started = true;
    const text = (column: number) => cellText(sheet, r, column);
    const digits = (column: number, length: number, what: string): string => {
      const value = text(column);
      if (!new RegExp(`^\\d{${length}}$`).test(value)) {
        throw new ImportFormatError({
          line: r,
          column,
          expected: `${what} mit ${length} Ziffern`,
          found: value,
        });
      }
      return value;
    };
    const name = text(8);
    const base = { name, ...NO_FIGURES, ars: null, row: r };
    switch (recordType) {
      case '10': {
        const land = digits(3, 2, 'Land');
        add({
          ...base,
          key: land,
          level: 'state',
          textCode: null,
          typeLabel: 'Land',
          parentKey: GERMANY_KEY,
        });
        break;
      }
      case '20': {
        const land = digits(3, 2, 'Land');
        govRegionLands.add(land);
        add({
          ...base,
          key: land + digits(4, 1, 'Regierungsbezirk'),
          level: 'gov_region',
          textCode: null,
          typeLabel: govRegionType(name),
          parentKey: land,
        });
        break;
      }
      case '30':
        // Regionen (Baden-Württemberg's planning regions) have no key of their own in statistics.
        break;
      case '40': {
        const land = digits(3, 2, 'Land');
        const rb = land + digits(4, 1, 'Regierungsbezirk');
        const code = textCode(text(2), r, ['41', '42', '43', '44', '45']);
        add({
          ...base,
          key: rb + digits(5, 2, 'Kreis'),
          level: 'district',
          textCode: code,
          typeLabel: TEXT_CODE_LABELS[code]!,
          parentKey: govRegionLands.has(land) ? rb : land,
        });
        break;
      }
      case '50': {
        const kreis = digits(3, 2, 'Land') + digits(4, 1, 'Regierungsbezirk') + digits(5, 2, 'Kreis');
        const code = textCode(text(2), r, ['50', '51', '52', '53', '54', '55', '56', '57', '58']);
        add({
          ...base,
          key: kreis + digits(6, 4, 'Gemeindeverband'),
          level: 'municipal_association',
          textCode: code,
          typeLabel: TEXT_CODE_LABELS[code]!,
          parentKey: kreisOrLand(kreis),
        });
        break;
      }
      case '60': {
        const kreis = digits(3, 2, 'Land') + digits(4, 1, 'Regierungsbezirk') + digits(5, 2, 'Kreis');
        const association = kreis + digits(6, 4, 'Gemeindeverband');
        const gemeinde = digits(7, 3, 'Gemeinde');
        const code = textCode(text(2), r, ['60', '61', '62', '63', '64', '65', '66', '67']);
        const parent = byKey.get(association);
        if (!parent) {
          throw new ImportFormatError({
            line: r,
            expected: `Gemeindeverband ${association} vor seinen Gemeinden`,
          });
        }
        const number = (column: number, what: string): number => {
          const value = cellNumber(sheet, r, column);
          if (value === null) {
            throw new ImportFormatError({
              line: r,
              column,
              expected: `${what} als Zahl`,
              found: text(column),
            });
          }
          return value;
        };
        const urbanisation = text(19) || null;
        if (urbanisation) urbanisationLabels[urbanisation] ??= text(20);
        add({
          ...base,
          key: kreis + gemeinde,
          level: 'municipality',
          textCode: code,
          typeLabel: TEXT_CODE_LABELS[code]!,
          // A Gemeinde outside any association hangs directly below its Kreis.
          parentKey: parent.textCode === VERBANDSFREI_CODE ? kreisOrLand(kreis) : association,
          ars: association + gemeinde,
          areaKm2: number(9, 'Fläche'),
          population: number(10, 'Bevölkerung insgesamt'),
          populationMale: number(11, 'Bevölkerung männlich'),
          populationFemale: number(12, 'Bevölkerung weiblich'),
          density: cellNumber(sheet, r, 13),
          postalCode: text(14) || null,
          longitude: coordinate(text(15), r, 15),
          latitude: coordinate(text(16), r, 16),
          urbanisation,
          unincorporated: UNINCORPORATED_CODES.has(code),
        });
        break;
      }
      default:
        throw new ImportFormatError({
          line: r,
          column: 1,
          expected: 'Satzart 10, 20, 30, 40, 50 oder 60',
          found: recordType,
        });
    }
  }
  if (!regions.some((region) => region.level === 'municipality')) {
    throw layoutError('Layout: Gemeindezeilen (Satzart 60) im Gemeindeverzeichnis');
  }

  const germany: GvRegion = {
    key: GERMANY_KEY,
    level: 'country',
    name: 'Deutschland',
    textCode: null,
    typeLabel: 'Bund',
    parentKey: null,
    ars: null,
    ...NO_FIGURES,
    row: 1,
  };
  regions.unshift(germany);
  byKey.set(GERMANY_KEY, germany);
  sumUp(regions, byKey);
  return { ...info, sheetName: sheet.name, urbanisationLabels, regions };
}

function findHeaderRow(sheet: ExcelJS.Worksheet): number {
  for (let r = 1; r <= Math.min(12, sheet.rowCount); r++) {
    const texts = headerTexts(sheet, r, GV_HEADER.length);
    if (texts[2] !== 'land' || texts[3] !== 'rb') continue;
    const mismatch = GV_HEADER.findIndex((expected, i) => expected !== null && texts[i] !== expected);
    if (mismatch >= 0) {
      throw new ImportFormatError({
        line: r,
        column: mismatch + 1,
        expected: `Layout des Gemeindeverzeichnisses: Spaltenkopf „${GV_HEADER[mismatch]}“`,
        found: texts[mismatch] ?? '',
      });
    }
    return r;
  }
  throw layoutError('Layout des Gemeindeverzeichnisses: Kopfzeile mit „Land“, „RB“, „Kreis“, „VB“, „Gem“');
}

function textCode(value: string, line: number, allowed: readonly string[]): string {
  if (!allowed.includes(value)) {
    throw new ImportFormatError({
      line,
      column: 2,
      expected: `Textkennzeichen ${allowed.join('/')}`,
      found: value,
    });
  }
  return value;
}

/** `9,43751` → 9.43751 (the file stores coordinates as text with decimal comma). */
function coordinate(value: string, line: number, column: number): number | null {
  if (value === '') return null;
  if (!/^-?\d+(,\d+)?$/.test(value)) {
    throw new ImportFormatError({ line, column, expected: 'Koordinate mit Dezimalkomma', found: value });
  }
  return Number(value.replace(',', '.'));
}

function govRegionType(name: string): string {
  if (/^früher:\s*Direktionsbezirk/i.test(name)) return 'ehemaliger Direktionsbezirk';
  if (/^früher:/i.test(name)) return 'ehemaliger Regierungsbezirk';
  if (/^Statistische Region/i.test(name)) return 'Statistische Region';
  return 'Regierungsbezirk';
}

/** Adds every Gemeinde's figures to its Gemeindeverband, Kreis, RB, Land and Germany. */
function sumUp(regions: GvRegion[], byKey: Map<string, GvRegion>): void {
  const totals = new Map<string, Totals>();
  for (const region of regions) {
    if (region.level !== 'municipality' || region.ars === null) continue;
    const kreis = region.key.slice(0, 5);
    const targets = [region.ars.slice(0, 9), kreis, kreis.slice(0, 3), kreis.slice(0, 2), GERMANY_KEY];
    for (const key of new Set(targets)) {
      if (!byKey.has(key)) continue;
      const sum = totals.get(key) ?? { area: 0, population: 0, male: 0, female: 0 };
      sum.area += region.areaKm2;
      sum.population += region.population;
      sum.male += region.populationMale;
      sum.female += region.populationFemale;
      totals.set(key, sum);
    }
  }
  for (const [key, sum] of totals) {
    const region = byKey.get(key)!;
    // Areas are published with two decimals; summing floats must not invent more.
    region.areaKm2 = Math.round(sum.area * 100) / 100;
    region.population = sum.population;
    region.populationMale = sum.male;
    region.populationFemale = sum.female;
  }
}
