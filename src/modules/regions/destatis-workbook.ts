import ExcelJS from 'exceljs';
import { ImportFormatError } from '../statistics/importers/types.ts';

/**
 * Reading the Destatis workbooks of the regions module (Gemeindeverzeichnis, Kreis table): loading,
 * cell texts and numbers, header normalisation, layout errors and the title/date/© block every
 * such workbook carries. Pure: no I/O beyond the bytes handed in.
 */

/** What a Destatis workbook says about itself (title, dates, © block). */
export interface DestatisWorkbookInfo {
  title: string;
  /** Gebietsstand / Stichtag of the figures, ISO. */
  referenceDate: string;
  /** Publication month (`Erscheinungsmonat`) as `YYYY-MM`, or null. */
  publishedMonth: string | null;
  publisher: string;
  /** Year on the © line. */
  copyrightYear: string | null;
  /** The © block as printed (one line per row, indentation removed). */
  licence: string;
  /** Short credit to show next to the data. */
  attribution: string;
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own `Buffer extends ArrayBuffer`; JSZip reads either.
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    await workbook.xlsx.load(copy.buffer);
  } catch (error) {
    throw layoutError('Layout: eine lesbare Excel-Arbeitsmappe (xlsx)', errorText(error));
  }
  return workbook;
}

/** The text a cell shows: rich text joined, formula results, hyperlink texts. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
  if ('error' in value) return '';
  return '';
}

export function cellNumber(value: ExcelJS.CellValue): number | null {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'result' in value && typeof value.result === 'number')
    return value.result;
  return null;
}

export function rowTexts(sheet: ExcelJS.Worksheet, row: number, columns: number): string[] {
  const cells = sheet.getRow(row);
  const texts: string[] = [];
  for (let column = 1; column <= columns; column++) texts.push(cellText(cells.getCell(column).value).trim());
  return texts;
}

/** Header texts compare without line breaks, soft hyphens and footnote marks (`Fläche km2 1)`). */
export function normaliseHeader(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s*\d\)\s*$/, '')
    .trim()
    .toLowerCase();
}

export function layoutError(
  expected: string,
  found: string | null = null,
  line: number | null = null,
): ImportFormatError {
  return new ImportFormatError({ line, expected, found });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const GERMAN_MONTHS: Record<string, string> = {
  januar: '01',
  februar: '02',
  märz: '03',
  april: '04',
  mai: '05',
  juni: '06',
  juli: '07',
  august: '08',
  september: '09',
  oktober: '10',
  november: '11',
  dezember: '12',
};

/**
 * Reads title, Gebietsstand, Erscheinungsmonat and the © block from any sheet's first columns.
 * The © block is the line starting with `©` and the indented lines after it.
 */
export function workbookInfo(
  workbook: ExcelJS.Workbook,
  title: string,
  referenceDate: string,
): DestatisWorkbookInfo {
  let publishedMonth: string | null = null;
  let copyright: string[] = [];
  for (const sheet of workbook.worksheets) {
    const lines: string[] = [];
    sheet.eachRow((row) => {
      const text = cellText(row.getCell(1).value) || cellText(row.getCell(2).value);
      lines.push(text);
    });
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      const month = /^Erscheinungsmonat:\s*(\p{L}+)\s+(\d{4})/u.exec(line);
      if (month && publishedMonth === null) {
        const mm = GERMAN_MONTHS[month[1]!.toLowerCase()];
        if (mm) publishedMonth = `${month[2]}-${mm}`;
      }
      if (line.startsWith('©') && copyright.length === 0) {
        const block = [line];
        for (let j = i + 1; j < lines.length && /^\s+\S/.test(lines[j]!); j++) block.push(lines[j]!.trim());
        copyright = block;
      }
    }
  }
  if (copyright.length === 0) throw layoutError('Layout: ein ©-Vermerk des Statistischen Bundesamtes');
  // "Statistisches Bundesamt (Destatis), 2024" names publisher and year.
  const owner = copyright
    .map((line) => /(Statistisches Bundesamt \(Destatis\)),\s*(\d{4})/.exec(line))
    .find(Boolean);
  const publisher = owner?.[1] ?? 'Statistisches Bundesamt (Destatis)';
  const copyrightYear = owner?.[2] ?? null;
  return {
    title,
    referenceDate,
    publishedMonth,
    publisher,
    copyrightYear,
    licence: copyright.join('\n'),
    attribution: `© ${publisher}${copyrightYear ? `, ${copyrightYear}` : ''}`,
  };
}

export function isoDate(german: string): string {
  const [dd, mm, yyyy] = german.split('.');
  return `${yyyy}-${mm}-${dd}`;
}
