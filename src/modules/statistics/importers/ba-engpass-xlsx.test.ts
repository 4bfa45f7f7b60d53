import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { hasSharedData, SHARED_DATA_SKIP_REASON, sharedData } from '../../../../test/shared-data.ts';
import { baEngpassXlsxImporter } from './ba-engpass-xlsx.ts';
import { drain } from './importers.fixtures.ts';
import { type FileProbe, ImportFormatError, type ObservationRecord } from './types.ts';

async function parseFile(name: string) {
  const bytes = new Uint8Array(readFileSync(sharedData('ba', name)));
  const parsed = drain(await baEngpassXlsxImporter.open({ fileName: name, bytes }));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(sharedData('ba', name));
  return { ...parsed, workbook };
}

/** A cell as the workbook holds it, formulas by their cached result (read without the importer's helpers). */
function cellValue(sheet: ExcelJS.Worksheet, address: string): unknown {
  const cell = sheet.getCell(address);
  return cell.formula || cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

function rowStartingWith(sheet: ExcelJS.Worksheet, prefix: string): number {
  for (let row = 1; row <= sheet.rowCount; row++) {
    if (String(sheet.getCell(row, 1).value ?? '').startsWith(prefix)) return row;
  }
  throw new Error(`${prefix} fehlt in ${sheet.name}`);
}

function find(records: ObservationRecord[], measure: string, dims: Record<string, string>, region = 'DG') {
  return records.filter(
    (record) =>
      record.measure === measure &&
      record.region === region &&
      Object.entries(dims).every(([code, value]) => record.dims[code] === value),
  );
}

function probe(fileName: string): FileProbe {
  return { fileName, head: new Uint8Array(), lines: [], kind: 'xlsx' };
}

describe('baEngpassXlsxImporter.detect', () => {
  it('answers for the three workbook names, also with a decomposed ä', () => {
    expect(baEngpassXlsxImporter.detect(probe('2025_Deutschland_Engpass.xlsx'))).toBe(true);
    expect(baEngpassXlsxImporter.detect(probe('2025_Deutschland_Risiko_Erga\u0308nzung.xlsx'))).toBe(true);
    expect(baEngpassXlsxImporter.detect(probe('uploads/2025_Länderergebnisse.xlsx'))).toBe(true);
    expect(baEngpassXlsxImporter.detect(probe('12521-0040-KREISE_$F.xlsx'))).toBe(false);
    expect(baEngpassXlsxImporter.detect({ ...probe('2025_Deutschland_Engpass.xlsx'), kind: 'zip' })).toBe(
      false,
    );
  });
});

describe.skipIf(!hasSharedData)(`BA Engpassanalyse 2025 (${SHARED_DATA_SKIP_REASON})`, () => {
  it('Deutschland_Engpass: values, points and scores per Berufsuntergruppe and Anforderungsniveau', async () => {
    const { records, metadata, workbook } = await parseFile('2025_Deutschland_Engpass.xlsx');
    const sheet = workbook.getWorksheet('Fachkräfte')!;
    const row = rowStartingWith(sheet, '5212 ');
    const expected: [string, string][] = [
      ['employees', 'B'],
      ['vacancy_duration_median', 'D'],
      ['jobseeker_vacancy_ratio', 'E'],
      ['occupation_unemployment_rate', 'F'],
      ['foreigner_share_change', 'G'],
      ['unemployment_exit_rate', 'H'],
      ['median_wage_change', 'I'],
      ['vacancy_duration_median_points', 'K'],
      ['jobseeker_vacancy_ratio_points', 'L'],
      ['occupation_unemployment_rate_points', 'M'],
      ['foreigner_share_change_points', 'N'],
      ['unemployment_exit_rate_points', 'O'],
      ['median_wage_change_points', 'P'],
      ['rated_indicator_count', 'R'],
      ['points_total', 'S'],
      ['score', 'T'],
    ];
    const truck = records.filter((record) => record.dims.KLDB === '5212' && record.dims.ANFNIV === '2');
    for (const [measure, column] of expected) {
      const found = truck.filter((record) => record.measure === measure);
      expect(found, measure).toHaveLength(1);
      expect(found[0]).toEqual({
        region: 'DG',
        period: '2025',
        measure,
        dims: { KLDB: '5212', ANFNIV: '2' },
        value: cellValue(sheet, `${column}${row}`),
        flag: null,
        line: row,
      });
    }
    expect(find(truck, 'regulated_training', {})[0]?.value).toBe(1);
    // The values the domain notes quote for 5212: 91 days and 2.50 points.
    expect(find(truck, 'vacancy_duration_median', {})[0]?.value).toBe(91);
    expect(find(truck, 'score', {})[0]?.value).toBe(2.5);

    // Spezialisten and Experten sheets have no "Geregelte Berufsausbildung" column.
    const experts = workbook.getWorksheet('Experten')!;
    const expertRow = rowStartingWith(experts, '4341 ');
    expect(find(records, 'vacancy_duration_median', { KLDB: '4341', ANFNIV: '4' })[0]?.value).toBe(
      cellValue(experts, `C${expertRow}`),
    );
    expect(find(records, 'score', { KLDB: '4341', ANFNIV: '4' })[0]?.value).toBe(
      cellValue(experts, `S${expertRow}`),
    );
    expect(find(records, 'vacancy_duration_median', { KLDB: '2621', ANFNIV: '4' })).toHaveLength(0);
    expect(find(records, 'regulated_training', { ANFNIV: '4' })).toHaveLength(0);

    // Counts per sheet: 157 Engpassberufe (84 + 48 + 25), 519 rated occupations.
    const scores = records.filter((record) => record.measure === 'score');
    expect(scores).toHaveLength(519);
    expect(scores.filter((record) => (record.value ?? 0) >= 2)).toHaveLength(157);
    expect(scores.filter((record) => record.dims.ANFNIV === '2' && (record.value ?? 0) >= 2)).toHaveLength(
      84,
    );
    let scoreCells = 0;
    for (const name of ['Fachkräfte', 'Spezialisten', 'Experten']) {
      const levelSheet = workbook.getWorksheet(name)!;
      const scoreColumn = name === 'Fachkräfte' ? 'T' : 'S';
      for (let r = 11; r <= levelSheet.rowCount; r++) {
        if (typeof cellValue(levelSheet, `${scoreColumn}${r}`) === 'number') scoreCells++;
      }
    }
    expect(scores).toHaveLength(scoreCells);

    // A COUNT formula cached as 0 is a 0, not an empty cell.
    const unrated = find(records, 'rated_indicator_count', { KLDB: '1111', ANFNIV: '2' });
    expect(unrated.map((record) => record.value)).toEqual([0]);
    expect(find(records, 'score', { KLDB: '1111', ANFNIV: '2' })).toHaveLength(0);

    // Markers: x, - and * are flags without a value; empty strings are skipped.
    const x = find(records, 'occupation_unemployment_rate', { KLDB: '9461', ANFNIV: '2' });
    expect(x).toEqual([
      expect.objectContaining({ value: null, flag: 'x', line: rowStartingWith(sheet, '9461 ') }),
    ]);
    expect(find(records, 'regulated_training', { KLDB: '9458', ANFNIV: '2' })).toEqual([
      expect.objectContaining({ value: null, flag: '-' }),
    ]);
    expect(find(records, 'regulated_training', { KLDB: '1111', ANFNIV: '2' })).toEqual([
      expect.objectContaining({ value: null, flag: '*' }),
    ]);
    expect(find(records, 'employees', { KLDB: '1111', ANFNIV: '2' })).toHaveLength(0);
    expect(records.every((record) => (record.value === null) === (record.flag !== null))).toBe(true);

    // BA aggregates without a KldB code.
    expect(find(records, 'score', { KLDB: 'pflegeberufe', ANFNIV: '2' })[0]?.value).toBeCloseTo(2.6667, 4);

    expect(metadata).toMatchObject({
      source: 'ba',
      tableCode: 'BA-ENGPASS-2025-DE',
      publisher: 'Statistik der Bundesagentur für Arbeit',
      licence: '© Statistik der Bundesagentur für Arbeit',
      vintage: null,
      regionNames: { DG: 'Deutschland' },
    });
    expect(metadata.measures.find((measure) => measure.code === 'vacancy_duration_median')).toEqual({
      code: 'vacancy_duration_median',
      label: 'Vakanzzeit (Median)',
      unit: 'Tage',
    });
    expect(metadata.dimensions.find((dimension) => dimension.code === 'KLDB')?.attributes).toContainEqual({
      code: '5212',
      label: 'Berufskraftfahrer (Güterverkehr/LKW)',
    });
    expect(
      metadata.dimensions.find((dimension) => dimension.code === 'ANFNIV')?.attributes.map((a) => a.code),
    ).toEqual(['2', '3', '4']);
  });

  it('Deutschland_Risiko_Ergänzung: risk and supplementary indicators and the thresholds sheet', async () => {
    const { records, metadata, workbook } = await parseFile('2025_Deutschland_Risiko_Ergänzung.xlsx');
    expect(metadata.tableCode).toBe('BA-ENGPASS-RISIKO-2025-DE');
    const sheet = workbook.getWorksheet('Fachkräfte')!;
    const row = rowStartingWith(sheet, '5212 ');
    const columns: [string, string][] = [
      ['older_employee_share_change', 'D'],
      ['unfilled_training_place_share', 'E'],
      ['graduate_employee_ratio', 'F'],
      ['substitution_potential', 'G'],
      ['occupational_mobility', 'H'],
      ['vacancy_stock_rate', 'I'],
      ['part_time_rate', 'J'],
      ['self_employed_share', 'K'],
      ['older_employee_share_change_points', 'M'],
      ['substitution_potential_points', 'P'],
    ];
    for (const [measure, column] of columns) {
      const expected = cellValue(sheet, `${column}${row}`);
      const found = find(records, measure, { KLDB: '5212', ANFNIV: '2' });
      if (expected === '' || expected === null) expect(found, measure).toHaveLength(0);
      else
        expect(
          found.map((record) => record.value),
          measure,
        ).toEqual([expected]);
    }

    const thresholds = workbook.getWorksheet('Grenzwerte_Indikatoren')!;
    expect(
      find(records, 'older_employee_share_change_threshold', { ANFNIV: '2', PUNKTE: '0' })[0]?.value,
    ).toBe(cellValue(thresholds, 'C12'));
    expect(find(records, 'substitution_potential_threshold', { ANFNIV: '3', PUNKTE: '2' })[0]?.value).toBe(
      25,
    );
    // Substituierbarkeitspotenzial has thresholds for Spezialisten only; empty rows give nothing.
    expect(find(records, 'substitution_potential_threshold', { ANFNIV: '2' })).toHaveLength(0);
    expect(records.filter((record) => record.measure.endsWith('_threshold'))).toHaveLength(72);
    expect(metadata.dimensions.map((dimension) => dimension.code)).toEqual(['KLDB', 'ANFNIV', 'PUNKTE']);

    // The Experten sheet's title says "Spezialisten": the sheet name decides.
    expect(metadata.notes.some((note) => note.startsWith('Blatt "Experten", Zeile 4'))).toBe(true);
    const experts = workbook.getWorksheet('Experten')!;
    const expertRow = rowStartingWith(experts, '1110 ');
    expect(find(records, 'substitution_potential', { KLDB: '1110', ANFNIV: '4' })[0]?.value).toBe(
      cellValue(experts, `D${expertRow}`),
    );
    // #N/A cells are skipped and reported.
    expect(metadata.notes.some((note) => note.includes('Fachkräfte!E509'))).toBe(true);
    expect(
      find(records, 'unfilled_training_place_share', { KLDB: 'pflegeberufe', ANFNIV: '2' }),
    ).toHaveLength(0);
  });

  it('Länderergebnisse: average points per Berufsgruppe for Deutschland and the Land groups', async () => {
    const { records, metadata, workbook } = await parseFile('2025_Länderergebnisse.xlsx');
    expect(metadata.tableCode).toBe('BA-ENGPASS-2025-LAENDER');
    const sheet = workbook.getWorksheet('Fachkräfte')!;
    const row = rowStartingWith(sheet, '262 ');
    const regions = [
      'DG',
      '01_02',
      '13',
      '03_04',
      '05',
      '06',
      '07_10',
      '08',
      '09',
      '11_12',
      '15',
      '16',
      '14',
    ];
    regions.forEach((region, index) => {
      const column = String.fromCharCode('C'.charCodeAt(0) + index);
      expect(find(records, 'score', { KLDB: '262', ANFNIV: '2' }, region)).toEqual([
        {
          region,
          period: '2025',
          measure: 'score',
          dims: { KLDB: '262', ANFNIV: '2' },
          value: cellValue(sheet, `${column}${row}`),
          flag: null,
          line: row,
        },
      ]);
    });
    expect(metadata.regionNames['03_04']).toBe('Niedersachsen / Bremen');

    // Empty cells (not rated) give no observation: one record per number in the value block.
    let numbers = 0;
    for (const name of ['Fachkräfte', 'Spezialisten', 'Experten']) {
      const levelSheet = workbook.getWorksheet(name)!;
      for (let r = 12; r <= levelSheet.rowCount; r++) {
        if (!/^\d{3} |^Pflegeberufe/.test(String(levelSheet.getCell(r, 1).value ?? ''))) continue;
        for (let c = 3; c <= 15; c++) if (typeof levelSheet.getCell(r, c).value === 'number') numbers++;
      }
    }
    expect(records).toHaveLength(numbers);

    // The domain notes: Niedersachsen / Bremen 46 Engpass-Berufsgruppen (23 / 13 / 10), Deutschland 64.
    const shortage = (region: string, level?: string) =>
      records.filter(
        (record) =>
          record.region === region && (record.value ?? 0) >= 2 && (!level || record.dims.ANFNIV === level),
      ).length;
    expect(shortage('03_04')).toBe(46);
    expect([shortage('03_04', '2'), shortage('03_04', '3'), shortage('03_04', '4')]).toEqual([23, 13, 10]);
    expect(shortage('DG')).toBe(64);

    expect(metadata.vintage).toBe('2026-05-29');
    expect(metadata.licence).toMatch(/^© Statistik der Bundesagentur für Arbeit\n/);
    expect(metadata.licence).toContain('Daten und Tabellen dürfen uneingeschränkt verwendet werden.');
    expect(metadata.notes.some((note) => note.includes('(Fk+Sp)'))).toBe(true);
    expect(metadata.notes.some((note) => note.includes('Gesamtübersicht'))).toBe(true);
  });
});

/** A Germany sheet in the 2025 layout with the given data rows from row 11. */
async function engpassWorkbook(rows: (string | number)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Fachkräfte');
  sheet.getCell('A4').value = 'Fachkräfteengpassanalyse - Fachkräfte';
  sheet.getCell('A5').value = 'Deutschland';
  sheet.getCell('A6').value = 2026;
  sheet.getCell('B8').value = 'sozialversicherungspflichtig Beschäftigte (Juni 2026)';
  sheet.mergeCells('B8:B9');
  sheet.getCell('C9').value = 'Geregelte Berufsausbildung';
  sheet.getCell('D8').value = 'Engpassindikatoren (Werte)';
  sheet.mergeCells('D8:E8');
  sheet.getCell('D9').value = 'Vakanzzeit (Median)';
  sheet.getCell('E9').value = 'Arbeitsuchenden-Stellen-Relation';
  sheet.getCell('G8').value = 'Engpassindikatoren (Punktwerte)';
  sheet.mergeCells('G8:H8');
  sheet.getCell('G9').value = 'Vakanzzeit (Median)';
  sheet.getCell('H9').value = 'Arbeitsuchenden-Stellen-Relation';
  sheet.getCell('J9').value = 'Anzahl der bewerteten Indikatoren';
  rows.forEach((values, index) => {
    values.forEach((value, column) => {
      sheet.getCell(11 + index, column + 1).value = value;
    });
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('BA Engpass workbooks built in the test', () => {
  it('reads a later edition by its header labels and takes the year from the sheet', async () => {
    const bytes = await engpassWorkbook([
      ['2621 Berufe in der Bauelektrik', 180_000, 'ja', 110, '', '', 3, '', '', 1],
      ['8311 Berufe i.d. Kinderbetreuung, -erziehung', 900_000, 'nein', '*', 'x', '', '', '', '', 0],
    ]);
    const { records, metadata } = drain(
      await baEngpassXlsxImporter.open({ fileName: 'ergebnisse.xlsx', bytes }),
    );
    expect(metadata.tableCode).toBe('BA-ENGPASS-2026-DE');
    expect(
      records.map(({ measure, dims, value, flag, line }) => ({
        measure,
        kldb: dims.KLDB,
        value,
        flag,
        line,
      })),
    ).toEqual([
      { measure: 'employees', kldb: '2621', value: 180_000, flag: null, line: 11 },
      { measure: 'regulated_training', kldb: '2621', value: 1, flag: null, line: 11 },
      { measure: 'vacancy_duration_median', kldb: '2621', value: 110, flag: null, line: 11 },
      { measure: 'vacancy_duration_median_points', kldb: '2621', value: 3, flag: null, line: 11 },
      { measure: 'rated_indicator_count', kldb: '2621', value: 1, flag: null, line: 11 },
      { measure: 'employees', kldb: '8311', value: 900_000, flag: null, line: 12 },
      { measure: 'regulated_training', kldb: '8311', value: 0, flag: null, line: 12 },
      { measure: 'vacancy_duration_median', kldb: '8311', value: null, flag: '*', line: 12 },
      { measure: 'jobseeker_vacancy_ratio', kldb: '8311', value: null, flag: 'x', line: 12 },
      { measure: 'rated_indicator_count', kldb: '8311', value: 0, flag: null, line: 12 },
    ]);
  });

  it('names sheet, row and column when a number cell holds text', async () => {
    const bytes = await engpassWorkbook([
      ['2621 Berufe in der Bauelektrik', 180_000, 'ja', 110],
      ['2622 Berufe in der elektrischen Betriebstechnik', 150_000, 'ja', 'lang'],
    ]);
    const error = await baEngpassXlsxImporter
      .open({ fileName: '2026_Deutschland_Engpass.xlsx', bytes })
      .then(drain)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFormatError);
    const formatError = error as ImportFormatError;
    expect(formatError.message).toMatch(/^Blatt "Fachkräfte", Zeile 12, Spalte D: erwartet eine Zahl/);
    expect(formatError).toMatchObject({ line: 12, column: 4, found: 'lang' });
  });

  it('complains with a layout error about other workbooks', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Tabelle1').addRow(['Beruf', 'Wert']);
    const other = new Uint8Array(await workbook.xlsx.writeBuffer());
    const error = await baEngpassXlsxImporter
      .open({ fileName: 'x.xlsx', bytes: other })
      .catch((caught: unknown) => caught);
    expect((error as ImportFormatError).expected).toMatch(/^Layout BA-Fachkräfteengpassanalyse/);

    // A sheet called Fachkräfte that is not the Engpassanalyse.
    const lookalike = new ExcelJS.Workbook();
    lookalike.addWorksheet('Fachkräfte').addRow(['Name', 'Beruf']);
    const lookalikeError = await baEngpassXlsxImporter
      .open({ fileName: 'x.xlsx', bytes: new Uint8Array(await lookalike.xlsx.writeBuffer()) })
      .catch((caught: unknown) => caught);
    expect((lookalikeError as ImportFormatError).expected).toMatch(/^Layout /);
    expect((lookalikeError as ImportFormatError).message).toContain('Blatt "Fachkräfte"');
  });
});
