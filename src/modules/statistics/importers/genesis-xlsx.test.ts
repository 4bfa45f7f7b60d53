import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { hasSharedData, SHARED_DATA_SKIP_REASON, sharedData } from '../../../../test/shared-data.ts';
import { genesisXlsxImporter } from './genesis-xlsx.ts';
import { drain } from './importers.fixtures.ts';
import { type FileProbe, ImportFormatError } from './types.ts';

async function parse(fileName: string, bytes: Uint8Array) {
  return drain(await genesisXlsxImporter.open({ fileName, bytes }));
}

type Cell = string | number | null;

/** A workbook in the GENESIS-Online export style: title lines and period rows merged across the sheet. */
async function genesisWorkbook(spec: {
  sheetName: string;
  title: string[];
  header: Cell[][];
  mergedRows?: string[];
  rows: Cell[][];
  footer: string[];
}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(spec.sheetName);
  const width = Math.max(...spec.rows.map((row) => row.length), ...spec.header.map((row) => row.length));
  let row = 1;
  const mergedLine = (text: string) => {
    sheet.getCell(row, 1).value = text;
    sheet.mergeCells(row, 1, row, width);
    row++;
  };
  for (const line of spec.title) mergedLine(line);
  for (const header of spec.header) {
    header.forEach((value, index) => {
      if (value !== null) sheet.getCell(row, index + 1).value = value;
    });
    row++;
  }
  for (const line of spec.mergedRows ?? []) mergedLine(line);
  for (const data of spec.rows) {
    data.forEach((value, index) => {
      if (value !== null) sheet.getCell(row, index + 1).value = value;
    });
    row++;
  }
  for (const line of spec.footer) {
    if (line !== '') sheet.getCell(row, 1).value = line;
    row++;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function probe(fileName: string, kind: FileProbe['kind'] = 'xlsx'): FileProbe {
  return { fileName, head: new Uint8Array(), lines: [], kind };
}

describe('genesisXlsxImporter.detect', () => {
  it('answers for xlsx files named after a GENESIS or Regionaldatenbank table code only', () => {
    expect(genesisXlsxImporter.detect(probe('12521-0040-KREISE_$F.xlsx'))).toBe(true);
    expect(genesisXlsxImporter.detect(probe('downloads/12411-01-03-4.xlsx'))).toBe(true);
    expect(genesisXlsxImporter.detect(probe('12521-0040.csv', 'text'))).toBe(false);
    expect(genesisXlsxImporter.detect(probe('2025_Deutschland_Engpass.xlsx'))).toBe(false);
    expect(genesisXlsxImporter.detect(probe('bo-heft-d-0-201912-xlsx.xlsx'))).toBe(false);
  });
});

describe.skipIf(!hasSharedData)(`12521-0040 Ausländer nach Kreisen (${SHARED_DATA_SKIP_REASON})`, () => {
  const file = sharedData('genesis-online', '12521-0040-KREISE_$F.xlsx');

  it('parses the whole table and matches the cells read independently', async () => {
    const bytes = new Uint8Array(readFileSync(file));
    const { records, metadata } = await parse('12521-0040-KREISE_$F.xlsx', bytes);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('12521-0040')!;
    const rowOf = (key: string) => {
      for (let row = 1; row <= sheet.rowCount; row++) if (sheet.getCell(row, 1).value === key) return row;
      throw new Error(`${key} fehlt`);
    };
    let keyRows = 0;
    for (let row = 1; row <= sheet.rowCount; row++)
      if (/^\d{5}$/.test(String(sheet.getCell(row, 1).value))) keyRows++;

    expect(keyRows).toBe(476);
    expect(records).toHaveLength(keyRows * 3);
    expect(Object.keys(metadata.regionNames)).toHaveLength(keyRows);

    for (const key of ['03359', '03353']) {
      const row = rowOf(key);
      const of = (dims: Record<string, string>) =>
        records.find(
          (record) => record.region === key && JSON.stringify(record.dims) === JSON.stringify(dims),
        );
      expect(of({ GES: 'GESM' })).toEqual({
        region: key,
        period: '2022-12-31',
        measure: 'auslaender',
        dims: { GES: 'GESM' },
        value: sheet.getCell(row, 3).value,
        flag: null,
        line: row,
      });
      expect(of({ GES: 'GESW' })?.value).toBe(sheet.getCell(row, 4).value);
      expect(of({})?.value).toBe(sheet.getCell(row, 5).value);
    }
    expect(metadata.regionNames['03359']).toBe('Stade, Landkreis');
    expect(
      records.find((record) => record.region === '03359' && Object.keys(record.dims).length === 0)?.value,
    ).toBe(24510);
    expect(records.find((record) => record.region === '03353' && record.dims.GES === 'GESW')?.value).toBe(
      12805,
    );

    // Retired Kreise carry "-" strings: a flag, never a number.
    const retired = records.filter((record) => record.region === '03152');
    expect(retired).toHaveLength(3);
    for (const record of retired) {
      expect(record.value).toBeNull();
      expect(record.flag).toBe('-');
    }
    const dashes = records.filter((record) => record.flag === '-');
    let dashCells = 0;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === '-') dashCells++;
      }),
    );
    expect(dashes).toHaveLength(dashCells);

    expect(metadata).toMatchObject({
      source: 'genesis-online',
      tableCode: '12521-0040',
      title: 'Ausländer: Kreise, Stichtag, Geschlecht',
      publisher: 'Statistisches Bundesamt (Destatis)',
      licence: '© Statistisches Bundesamt (Destatis), 2023',
      vintage: '2023-07-05',
      measures: [{ code: 'auslaender', label: 'Ausländer', unit: 'Anzahl' }],
      dimensions: [
        {
          code: 'GES',
          label: 'Geschlecht',
          attributes: [
            { code: 'GESM', label: 'männlich' },
            { code: 'GESW', label: 'weiblich' },
          ],
        },
      ],
    });
    expect(metadata.notes.some((note) => note.includes('Saarland nur eine einzige'))).toBe(true);
  });

  it('complains with a layout error about the other shared xlsx files', async () => {
    for (const other of [
      sharedData('gemeindeverzeichnis', '04-kreise.xlsx'),
      sharedData('gemeindeverzeichnis', '31122023_Auszug_GV.xlsx'),
      sharedData('ba', '2025_Länderergebnisse.xlsx'),
      sharedData('ba', 'bo-heft-d-0-201912-xlsx.xlsx'),
    ]) {
      const error = await genesisXlsxImporter
        .open({ fileName: 'upload.xlsx', bytes: new Uint8Array(readFileSync(other)) })
        .catch((caught: unknown) => caught);
      expect(error, other).toBeInstanceOf(ImportFormatError);
      expect((error as ImportFormatError).expected, other).toMatch(/^Layout /);
    }
  });
});

describe('GENESIS xlsx tables in the same export style', () => {
  it('reads Land rows with two value columns of another dimension', async () => {
    const bytes = await genesisWorkbook({
      sheetName: 'Tabelle1',
      title: [
        'GENESIS-Tabelle: 12411-0014',
        'Bevölkerung: Bundesländer, Stichtag, Nationalität',
        'Fortschreibung des Bevölkerungsstandes',
        'Bevölkerung (Anzahl)',
      ],
      header: [['Stichtag\nBundesländer', 'Deutsche', 'Ausländer']],
      mergedRows: ['31.12.2023'],
      rows: [
        ['Deutschland', 71_234_567, 13_434_567],
        ['Niedersachsen', 7_211_000, 934_000],
        ['Bremen', '.', '...'],
      ],
      footer: [
        '______________',
        'Fußnote zur Tabelle.',
        '© Statistisches Bundesamt (Destatis), 2024 | Stand: 12.03.2024 / 10:00:00',
      ],
    });
    const { records, metadata } = await parse('upload.xlsx', bytes);
    expect(records).toEqual([
      {
        region: 'DG',
        period: '2023-12-31',
        measure: 'bevoelkerung',
        dims: { NAT: 'NATD' },
        value: 71_234_567,
        flag: null,
        line: 7,
      },
      {
        region: 'DG',
        period: '2023-12-31',
        measure: 'bevoelkerung',
        dims: { NAT: 'NATA' },
        value: 13_434_567,
        flag: null,
        line: 7,
      },
      {
        region: '03',
        period: '2023-12-31',
        measure: 'bevoelkerung',
        dims: { NAT: 'NATD' },
        value: 7_211_000,
        flag: null,
        line: 8,
      },
      {
        region: '03',
        period: '2023-12-31',
        measure: 'bevoelkerung',
        dims: { NAT: 'NATA' },
        value: 934_000,
        flag: null,
        line: 8,
      },
      {
        region: '04',
        period: '2023-12-31',
        measure: 'bevoelkerung',
        dims: { NAT: 'NATD' },
        value: null,
        flag: '.',
        line: 9,
      },
      {
        region: '04',
        period: '2023-12-31',
        measure: 'bevoelkerung',
        dims: { NAT: 'NATA' },
        value: null,
        flag: '...',
        line: 9,
      },
    ]);
    expect(metadata).toMatchObject({
      tableCode: '12411-0014',
      title: 'Bevölkerung: Bundesländer, Stichtag, Nationalität',
      vintage: '2024-03-12',
      measures: [{ code: 'bevoelkerung', label: 'Bevölkerung', unit: 'Anzahl' }],
      dimensions: [{ code: 'NAT', attributes: [{ code: 'NATD' }, { code: 'NATA' }] }],
      regionNames: { DG: 'Deutschland', '03': 'Niedersachsen', '04': 'Bremen' },
    });
    expect(metadata.notes).toContain('Fußnote zur Tabelle.');
  });

  it('takes value variables from the header and years from a header row', async () => {
    const bytes = await genesisWorkbook({
      sheetName: '12211-0001',
      title: ['Mikrozensus: Bundesländer, Jahre'],
      header: [
        ['Jahr\nBundesländer', 'Erwerbstätige (1000)', 'Erwerbstätige (1000)', 'Erwerbslose (1000)'],
        [null, '2021', '2022', '2022'],
      ],
      rows: [['Hamburg', 1_001.5, 1_010.2, '/']],
      footer: ['© Statistisches Bundesamt (Destatis), 2023 | Stand: 29.06.2023 / 09:00:00'],
    });
    const { records, metadata } = await parse('12211-0001.xlsx', bytes);
    expect(records.map(({ measure, period, value, flag }) => ({ measure, period, value, flag }))).toEqual([
      { measure: 'erwerbstaetige', period: '2021', value: 1001.5, flag: null },
      { measure: 'erwerbstaetige', period: '2022', value: 1010.2, flag: null },
      { measure: 'erwerbslose', period: '2022', value: null, flag: '/' },
    ]);
    expect(records.every((record) => record.region === '02')).toBe(true);
    expect(metadata.measures).toEqual([
      { code: 'erwerbstaetige', label: 'Erwerbstätige', unit: '1000' },
      { code: 'erwerbslose', label: 'Erwerbslose', unit: '1000' },
    ]);
  });

  it('names an unknown column dimension after the title and keeps sex and totals', async () => {
    const bytes = await genesisWorkbook({
      sheetName: '12411-0017',
      title: ['Bevölkerung: Kreise, Stichtag, Geschlecht, Altersgruppen', 'Bevölkerung (Anzahl)'],
      header: [
        ['Stichtag\nKreise', null, 'männlich', 'männlich', 'Insgesamt'],
        [null, null, 'unter 3 Jahre', '3 bis unter 6 Jahre', 'Insgesamt'],
      ],
      mergedRows: ['31.12.2022'],
      rows: [
        ['03359', 'Stade, Landkreis', 2_800, 2_900, 205_000],
        ['03353', '  Harburg, Landkreis', 3_400, 3_500, 257_000],
      ],
      footer: [],
    });
    const { records, metadata } = await parse('upload.xlsx', bytes);
    expect(records.filter((record) => record.region === '03359').map((record) => record.dims)).toEqual([
      { GES: 'GESM', ALTERSGRUPPEN: 'unter_3_jahre' },
      { GES: 'GESM', ALTERSGRUPPEN: '3_bis_unter_6_jahre' },
      {},
    ]);
    expect(metadata.regionNames['03353']).toBe('Harburg, Landkreis');
    expect(metadata.dimensions.map((dimension) => dimension.code)).toEqual(['GES', 'ALTERSGRUPPEN']);
    expect(metadata.vintage).toBeNull();
    expect(metadata.licence).toContain('Statistisches Bundesamt');
  });

  it('names sheet, row and column when a value cell holds text', async () => {
    const bytes = await genesisWorkbook({
      sheetName: '12411-0014',
      title: ['Bevölkerung: Bundesländer, Stichtag, Nationalität', 'Bevölkerung (Anzahl)'],
      header: [['Bundesländer', 'Deutsche', 'Ausländer']],
      mergedRows: ['31.12.2023'],
      rows: [
        ['Niedersachsen', 7_211_000, 934_000],
        ['Bremen', 'etwa 600000', 130_000],
      ],
      footer: [],
    });
    const error = await parse('upload.xlsx', bytes).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFormatError);
    const formatError = error as ImportFormatError;
    expect(formatError.message).toMatch(/^Blatt "12411-0014", Zeile 6, Spalte B: erwartet eine Zahl/);
    expect(formatError.line).toBe(6);
    expect(formatError.column).toBe(2);
    expect(formatError.expected.startsWith('Layout')).toBe(false);
  });

  it('complains with a layout error about workbooks of another layout', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Liste');
    sheet.addRow(['Name', 'Telefon']);
    sheet.addRow(['Musterfrau', '04141 12345']);
    const error = await genesisXlsxImporter
      .open({ fileName: 'liste.xlsx', bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as ImportFormatError).expected).toMatch(/^Layout GENESIS/);
    expect((error as ImportFormatError).message).toContain('Blatt "Liste"');

    const noCode = await genesisWorkbook({
      sheetName: 'Daten',
      title: ['Bevölkerung: Bundesländer'],
      header: [['Land', 'Insgesamt']],
      mergedRows: ['2023'],
      rows: [['Bayern', 13_000_000]],
      footer: [],
    });
    const codeError = await parse('daten.xlsx', noCode).catch((caught: unknown) => caught);
    expect((codeError as ImportFormatError).expected).toMatch(/^Layout GENESIS.*Tabellencode/);
  });
});
