import type ExcelJS from 'exceljs';
import { ImportFormatError } from '../statistics/importers/types.ts';
import { cellNumber, cellText, contentText, readCell } from '../statistics/importers/xlsx.ts';
import {
  type DestatisWorkbookInfo,
  headerTexts,
  isoDate,
  layoutError,
  loadWorkbook,
  sheetNamed,
  workbookInfo,
} from './destatis-workbook.ts';
import { GERMANY_KEY } from './names.ts';

/**
 * Parser for the Destatis table „Kreisfreie Städte und Landkreise“ (`04-kreise.xlsx`): every Kreis
 * with NUTS-3 code, area and population, the `Insgesamt` rows of the Länder and Germany, and the
 * names of Länder and Regierungsbezirke from the heading rows. Pure: bytes in, records out.
 */

export interface KreisRow {
  key: string;
  /** `Kreisfreie Stadt`, `Landkreis`, `Kreis`, `Regionalverband`. */
  typeLabel: string;
  name: string;
  nuts3: string;
  areaKm2: number;
  population: number;
  populationMale: number;
  populationFemale: number;
  density: number;
  row: number;
}

export interface KreiseTable extends DestatisWorkbookInfo {
  sheetName: string;
  kreise: KreisRow[];
  /** `Insgesamt` rows of the Länder (key = Land) and of Germany (key = DG). */
  totals: Omit<KreisRow, 'typeLabel' | 'nuts3'>[];
  /** Names of Länder and Regierungsbezirke from the heading rows. */
  headingNames: Record<string, string>;
}

const KREISE_SHEET = /^Kreisfreie Städte u(nd|\.) Landkreise/i;

export function isKreiseWorkbook(workbook: ExcelJS.Workbook): boolean {
  return workbook.worksheets.some((sheet) => KREISE_SHEET.test(sheet.name));
}

export async function parseKreiseTable(bytes: Uint8Array): Promise<KreiseTable> {
  return parseKreiseWorkbook(await loadWorkbook(bytes));
}

export function parseKreiseWorkbook(workbook: ExcelJS.Workbook): KreiseTable {
  const sheet = sheetNamed(
    workbook,
    KREISE_SHEET,
    'Layout der Kreistabelle (Tabellenblatt „Kreisfreie Städte u. Landkreise“)',
  );
  let headerRow = 0;
  for (let r = 1; r <= Math.min(12, sheet.rowCount); r++) {
    const texts = headerTexts(sheet, r, 9);
    if (texts[0]?.startsWith('schlüssel') && texts[3] === 'nuts3') {
      const expected = ['insgesamt', 'männlich', 'weiblich'];
      const next = headerTexts(sheet, r + 1, 9);
      if (!next[4]?.startsWith('fläche') || expected.some((label, i) => next[5 + i] !== label)) {
        throw layoutError(
          'Layout der Kreistabelle: Spalten Fläche, Bevölkerung insgesamt/männlich/weiblich',
          next.join(' | '),
          r + 1,
        );
      }
      headerRow = r + 1;
      break;
    }
  }
  if (headerRow === 0)
    throw layoutError('Layout der Kreistabelle: Kopfzeile mit „Schlüssel-nummer“ und „NUTS3“');
  const title = cellText(sheet, 1, 1).replace(/\s+/g, ' ');
  const stand = /Gebietsstand:\s*(\d{2}\.\d{2}\.\d{4})/.exec(`${cellText(sheet, 2, 1)} ${title}`);
  if (!stand) throw layoutError('Layout der Kreistabelle: „Gebietsstand: TT.MM.JJJJ“ in Zeile 2', null, 2);
  const info = workbookInfo(workbook, title, isoDate(stand[1]!));

  const kreise: KreisRow[] = [];
  const totals: KreiseTable['totals'] = [];
  const headingNames: Record<string, string> = {};
  let land: string | null = null;
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const text = (column: number) => cellText(sheet, r, column);
    const number = (column: number, what: string): number => {
      const value = cellNumber(sheet, r, column);
      if (value === null)
        throw new ImportFormatError({ line: r, column, expected: `${what} als Zahl`, found: text(column) });
      return value;
    };
    const figures = () => ({
      areaKm2: Math.round(number(5, 'Fläche') * 100) / 100,
      population: number(6, 'Bevölkerung insgesamt'),
      populationMale: number(7, 'Bevölkerung männlich'),
      populationFemale: number(8, 'Bevölkerung weiblich'),
      density: number(9, 'Einwohner je km²'),
      row: r,
    });
    // Excel turned some heading keys into numbers (Sachsen `145`); keys are text again here.
    const keyCell = readCell(sheet, r, 1);
    const key = contentText(keyCell);
    if (/^\d{5}$/.test(key)) {
      kreise.push({ key, typeLabel: text(2), name: text(3), nuts3: text(4), ...figures() });
    } else if (/^\d{2}$/.test(key) && keyCell.kind === 'text') {
      land = key;
      headingNames[key] = text(2);
    } else if (/^\d{3,4}$/.test(key)) {
      // Regierungsbezirke (3 digits) and Baden-Württemberg's Regionen (4 digits) are headings only.
      if (key.length === 3) headingNames[key] = text(2);
    } else if (key === '' && text(3) === 'Insgesamt' && text(2) === 'Deutschland') {
      totals.push({ key: GERMANY_KEY, name: 'Deutschland', ...figures() });
      break;
    } else if (key === '' && text(3) === 'Insgesamt') {
      if (!land) throw new ImportFormatError({ line: r, expected: 'eine Landesüberschrift vor „Insgesamt“' });
      totals.push({ key: land, name: headingNames[land] ?? land, ...figures() });
    } else if (key !== '' && land !== null) {
      // Footnotes after the last Land without a Germany row.
      break;
    }
  }
  if (kreise.length === 0)
    throw layoutError('Layout der Kreistabelle: Zeilen mit fünfstelligem Kreisschlüssel');
  return { ...info, sheetName: sheet.name, kreise, totals, headingNames };
}
