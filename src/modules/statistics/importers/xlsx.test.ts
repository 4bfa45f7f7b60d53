import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportFormatError } from './types.ts';
import {
  baseName,
  cellError,
  cellText,
  columnLetter,
  joinWrappedLines,
  layoutError,
  loadWorkbook,
  normalizeLabel,
  parseDateText,
  readCell,
  readLabelledValues,
  readValue,
  slug,
} from './xlsx.ts';

/** Writes a workbook and reads it back, so the cells are what exceljs makes of a real file. */
async function roundTrip(build: (workbook: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return loadWorkbook(bytes, 'Test');
}

describe('readCell', () => {
  it('reads numbers, strings, rich text, hyperlinks, formulas, dates, errors and merges uniformly', async () => {
    const workbook = await roundTrip((book) => {
      const sheet = book.addWorksheet('Blatt');
      sheet.getCell('A1').value = 42.5;
      sheet.getCell('A2').value = '  Text  ';
      sheet.getCell('A3').value = '   ';
      sheet.getCell('A4').value = { richText: [{ text: 'Rich ' }, { text: 'Text' }] };
      sheet.getCell('A5').value = { text: 'Verweis', hyperlink: 'https://example.org' };
      sheet.getCell('A6').value = { formula: 'A1*2', result: 85 };
      sheet.getCell('A7').value = { formula: 'A1-A1', result: 0 };
      sheet.getCell('A8').value = { formula: 'MID("2025",1,4)', result: '2025' };
      sheet.getCell('A9').value = new Date(Date.UTC(2026, 4, 29));
      sheet.getCell('A10').value = { error: '#N/A' };
      sheet.getCell('B1').value = 'Kopf';
      sheet.mergeCells('B1:D1');
    });
    const sheet = workbook.worksheets[0]!;
    expect(readCell(sheet, 1, 1)).toEqual({ kind: 'number', value: 42.5 });
    expect(readCell(sheet, 2, 1)).toEqual({ kind: 'text', text: 'Text' });
    expect(readCell(sheet, 3, 1)).toEqual({ kind: 'empty' });
    expect(readCell(sheet, 4, 1)).toEqual({ kind: 'text', text: 'Rich Text' });
    expect(readCell(sheet, 5, 1)).toEqual({ kind: 'text', text: 'Verweis' });
    expect(readCell(sheet, 6, 1)).toEqual({ kind: 'number', value: 85 });
    // exceljs drops a falsy formula result from `cell.value`; the helper must not.
    expect(readCell(sheet, 7, 1)).toEqual({ kind: 'number', value: 0 });
    expect(cellText(sheet, 8, 1)).toBe('2025');
    expect(cellText(sheet, 9, 1)).toBe('2026-05-29');
    expect(readCell(sheet, 10, 1)).toEqual({ kind: 'error', error: '#N/A' });
    expect(readCell(sheet, 99, 9)).toEqual({ kind: 'empty' });
    expect(cellText(sheet, 1, 3)).toBe('Kopf');
    expect(readCell(sheet, 1, 3, { merged: 'empty' })).toEqual({ kind: 'empty' });
    expect(readCell(sheet, 1, 2, { merged: 'empty' })).toEqual({ kind: 'text', text: 'Kopf' });
  });

  it('reads value cells: numbers, German numbers and markers; names sheet, row and column otherwise', async () => {
    const workbook = await roundTrip((book) => {
      const sheet = book.addWorksheet('Fachkräfte');
      sheet.getCell('B14').value = 12;
      sheet.getCell('C14').value = '1.234,5';
      sheet.getCell('D14').value = '*';
      sheet.getCell('E14').value = 'x';
      sheet.getCell('F14').value = '';
      sheet.getCell('G14').value = 'abc';
      sheet.getCell('H14').value = { error: '#N/A' };
    });
    const sheet = workbook.worksheets[0]!;
    expect(readValue(sheet, 14, 2)).toEqual({ value: 12, flag: null });
    expect(readValue(sheet, 14, 3)).toEqual({ value: 1234.5, flag: null });
    expect(readValue(sheet, 14, 4)).toEqual({ value: null, flag: '*' });
    expect(readValue(sheet, 14, 5)).toEqual({ value: null, flag: 'x' });
    expect(readValue(sheet, 14, 6)).toBe('empty');
    expect(readValue(sheet, 14, 8)).toBe('excel-error');
    let error: unknown;
    try {
      readValue(sheet, 14, 7);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImportFormatError);
    const formatError = error as ImportFormatError;
    expect(formatError.message).toMatch(/^Blatt "Fachkräfte", Zeile 14, Spalte G: erwartet eine Zahl/);
    expect(formatError.line).toBe(14);
    expect(formatError.column).toBe(7);
    expect(formatError.expected).toContain('Blatt "Fachkräfte"');
    expect(formatError.found).toBe('abc');
  });
});

describe('errors', () => {
  it('builds layout errors whose expected starts with "Layout"', () => {
    const error = layoutError('Test-Layout', 'Blatt 1', 3, 'eine Kopfzeile');
    expect(error.expected.startsWith('Layout')).toBe(true);
    expect(error.message).toBe('Blatt "Blatt 1", Zeile 3: erwartet Layout Test-Layout: eine Kopfzeile');
    expect(cellError(null, null, null, 'etwas').message).toBe('erwartet etwas');
  });

  it('complains with a layout error about bytes that are not an xlsx', async () => {
    const error = await loadWorkbook(new TextEncoder().encode('kein xlsx'), 'Test').catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as ImportFormatError).expected).toMatch(/^Layout Test: /);
  });
});

describe('text helpers', () => {
  it('normalises header labels and slugs', () => {
    expect(normalizeLabel('Ohne berufl. Ausbildungs- abschluss')).toBe('Ohne berufl. Ausbildungsabschluss');
    expect(normalizeLabel('darunter\n\nbis zur Regelalters-grenze')).toBe(
      'darunter bis zur Regelaltersgrenze',
    );
    expect(normalizeLabel('Fach- und Führungskräfte')).toBe('Fach- und Führungskräfte');
    expect(normalizeLabel('Arbeitsuchenden-Stellen-Relation')).toBe('Arbeitsuchenden-Stellen-Relation');
    expect(slug('Ausländer (Anzahl)')).toBe('auslaender_anzahl');
    expect(slug('65 Jahre und älter')).toBe('65_jahre_und_aelter');
    expect(slug('Straße ß')).toBe('strasse_ss');
  });

  it('parses dates, column letters, file names and wrapped lines', () => {
    expect(parseDateText('31. Dezember 2019')).toBe('2019-12-31');
    expect(parseDateText('5. März 2020')).toBe('2020-03-05');
    expect(parseDateText('31.12.2019')).toBe('2019-12-31');
    expect(parseDateText('Dezember 2019')).toBeNull();
    expect(columnLetter(1)).toBe('A');
    expect(columnLetter(26)).toBe('Z');
    expect(columnLetter(27)).toBe('AA');
    expect(baseName('C:\\Downloads\\2025_La\u0308nderergebnisse.xlsx')).toBe('2025_Länderergebnisse.xlsx');
    expect(
      joinWrappedLines([
        '© Herausgeber',
        'Sie können mit Quellen-',
        'angabe weitergeben. Die Inhalte',
        'dürfen nicht verändert werden.',
      ]),
    ).toBe(
      '© Herausgeber\nSie können mit Quellenangabe weitergeben. Die Inhalte dürfen nicht verändert werden.',
    );
  });

  it('reads label/value blocks of an Impressum sheet', async () => {
    const workbook = await roundTrip((book) => {
      const sheet = book.addWorksheet('Impressum');
      sheet.getCell('A4').value = 'Impressum';
      sheet.getCell('A9').value = 'Titel:';
      sheet.getCell('C9').value = 'Beschäftigte nach Berufen';
      sheet.mergeCells('C9:F9');
      sheet.getCell('A19').value = 'Nächster\nVeröffentlichungstermin:';
      sheet.mergeCells('A19:B19');
      sheet.getCell('C19').value = '15. Oktober 2020';
      sheet.getCell('A45').value = 'Nutzungsbedingungen:';
      sheet.getCell('C45').value = '© Statistik der Bundesagentur für Arbeit';
      sheet.getCell('C46').value = 'Zweite Zeile';
    });
    const values = readLabelledValues(workbook.worksheets[0]!);
    expect(values.get('Titel')).toEqual(['Beschäftigte nach Berufen']);
    expect(values.get('Nächster Veröffentlichungstermin')).toEqual(['15. Oktober 2020']);
    expect(values.get('Nutzungsbedingungen')).toEqual([
      '© Statistik der Bundesagentur für Arbeit',
      'Zweite Zeile',
    ]);
  });
});
