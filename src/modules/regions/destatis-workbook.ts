import type ExcelJS from 'exceljs';
import { ImportFormatError } from '../statistics/importers/types.ts';
import {
  cellText as cellTextAt,
  contentText,
  GERMAN_MONTHS,
  readWorkbook,
  valueContent,
  writtenText,
} from '../statistics/importers/xlsx.ts';

/**
 * Reading the Destatis workbooks of the regions module (Gemeindeverzeichnis, Kreis table): loading,
 * header texts, layout errors and the title/date/© block every such workbook carries. Cells are
 * read with the statistics importers' xlsx helpers (`importers/xlsx.ts`), so rich text, formula
 * results and merged cells come out as they do for every other workbook. Pure: no I/O beyond the
 * bytes handed in.
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

/** Loads a workbook; bytes that are no xlsx are a "Layout" complaint, so the registry moves on. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  return readWorkbook(bytes, 'Layout: eine lesbare Excel-Arbeitsmappe (xlsx)');
}

/**
 * The text a cell value shows, as the importers read it (`valueContent`, `contentText`) but
 * with the blanks of written text kept: the © block of a Destatis workbook is told apart by its
 * indentation. Cells of a sheet are read with the importers' `cellText`, which trims.
 */
export function cellText(value: ExcelJS.CellValue): string {
  return writtenText(value) ?? contentText(valueContent(value));
}

/** The first sheet whose name matches; without one, a "Layout" complaint listing the sheets there are. */
export function sheetNamed(workbook: ExcelJS.Workbook, name: RegExp, expected: string): ExcelJS.Worksheet {
  const sheet = workbook.worksheets.find((candidate) => name.test(candidate.name));
  if (!sheet) throw layoutError(expected, workbook.worksheets.map((candidate) => candidate.name).join(', '));
  return sheet;
}

/** The texts of columns 1 … `columns` of a header row, normalised for comparison. */
export function headerTexts(sheet: ExcelJS.Worksheet, row: number, columns: number): string[] {
  const texts: string[] = [];
  for (let column = 1; column <= columns; column++)
    texts.push(normaliseHeader(cellTextAt(sheet, row, column)));
  return texts;
}

/** Header texts compare without line breaks, soft hyphens and footnote marks (`Fläche km2 1)`). */
function normaliseHeader(text: string): string {
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
