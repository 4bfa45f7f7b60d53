/**
 * Ground truth for the catalogue: indicators computed by the formula evaluator from the REAL official
 * files (parsed with the product's importers) must equal a hand computation written here from the raw
 * file lines, for Landkreis Stade (03359) and Landkreis Harburg (03353). The hand computations split the
 * CSV line of the region and pick columns by position (or read xlsx cells by address with exceljs); each
 * comment names the column header.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasSharedData, SHARED_DATA_SKIP_REASON, sharedData } from '../../../../test/shared-data.ts';
import { evaluateFormula, type FormulaValue, parseFormula } from '../formula/index.ts';
import { STANDARD_INDICATORS, svbSectorShareFormula } from './definitions.ts';
import { importFiles, type MemoryFormulaSource } from './memory-source.fixtures.ts';

if (!hasSharedData) console.info(SHARED_DATA_SKIP_REASON);

const FILES = {
  leavers: sharedData('regionalstatistik', '21111-02-06-4.csv'),
  pupils: sharedData('regionalstatistik', '21111-01-03-4.csv'),
  vocationalLeavers: sharedData('regionalstatistik', '21121-02-02-4.csv'),
  unemployment2025: sharedData('regionalstatistik', '13211-02-05-4.csv'),
  unemployment2015to2020: sharedData('regionalstatistik-2021', '13211-02-05-4.csv'),
  income: sharedData('regionalstatistik', '82411-01-03-4.csv'),
  populationByAge: sharedData('genesis-online', '12411-0018.csv'),
  population: sharedData('genesis-api', '12411-01-01-4_1773175772751_de_flat.csv'),
  employees2023: sharedData('genesis-api', '13111-01-03-4_flat.csv'),
  employees2025: sharedData('genesis-api', '13111-01-03-4_1773175029986_de_flat.csv'),
  employeesBySector2020: sharedData('regionalstatistik-2021', '13111-07-05-4_2020.csv'),
  employeesBySector2019: sharedData('regionalstatistik-2021', '13111-07-05-4_2019.csv'),
  foreigners: sharedData('genesis-online', '12521-0040-KREISE_$F.xlsx'),
  employeesByQualification: sharedData('genesis-online', '13111-0002_$F_flat.csv'),
  occupations: sharedData('ba', 'bo-heft-d-0-201912-xlsx.xlsx'),
};

const REGIONS = [
  { key: '03359', name: 'Stade' },
  { key: '03353', name: 'Harburg' },
];

// --- the raw side ---------------------------------------------------------------------------

/** The file's lines split at `;` (no field in these lines is quoted). */
function rawRows(file: string, encoding: 'windows-1252' | 'utf-8'): string[][] {
  return new TextDecoder(encoding)
    .decode(readFileSync(file))
    .split(/\r?\n/)
    .map((line) => line.split(';'));
}

/** The one line that matches; fails loudly if there is none or more than one. */
function rawRow(
  file: string,
  encoding: 'windows-1252' | 'utf-8',
  match: (fields: string[]) => boolean,
): string[] {
  const found = rawRows(file, encoding).filter(match);
  if (found.length !== 1) throw new Error(`${file}: ${found.length} passende Zeilen statt einer`);
  return found[0]!;
}

/** A published number: digits with an optional decimal comma; anything else (`.`, `-`, `x`) is an error here. */
function number(field: string | undefined): number {
  if (field === undefined || !/^[0-9]+(,[0-9]+)?$/.test(field)) throw new Error(`keine Zahl: ${field}`);
  return Number(field.replace(',', '.'));
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

// --- the evaluator side ---------------------------------------------------------------------

let source: MemoryFormulaSource;

function formulaOf(id: string): string {
  const definition = STANDARD_INDICATORS.find((entry) => entry.id === id);
  if (!definition?.formula) throw new Error(`${id} hat keine Formel`);
  return definition.formula;
}

function evaluate(formula: string, region: string, period: string): FormulaValue {
  return evaluateFormula(parseFormula(formula), { region, period, source });
}

function expectNumber(result: FormulaValue, expected: number) {
  expect(result.flag).toBeNull();
  expect(result.value).not.toBeNull();
  expect(result.value!).toBeCloseTo(expected, 10);
}

describe.skipIf(!hasSharedData)('catalogue indicators on the real official files', () => {
  beforeAll(async () => {
    source = await importFiles(Object.values(FILES), new Set(['DG', ...REGIONS.map((region) => region.key)]));
  });

  describe.each(REGIONS)('$name ($key)', ({ key }) => {
    // 21111-02-06-4, school year 2023. Columns: 0 year; 1 key; 2 name; 3 "Insgesamt / Insgesamt";
    // 4 "Insgesamt / weiblich"; 5 "ohne Hauptschulabschluss / Insgesamt"; 6 "… / weiblich";
    // 7 "mit Hauptschulabschluss / Insgesamt"; 8 "… / weiblich"; 9 "mit Mittlerem Abschluss / Insgesamt";
    // 10 "… / weiblich"; 11 "dar. schulischer Teil der Fachhochschulreife / Insgesamt"; 12 "… / weiblich";
    // 13 "mit Fachhochschulreife / Insgesamt"; 14 "… / weiblich"; 15 "mit allgemeiner Hochschulreife / Insgesamt"; 16 "… / weiblich".
    const leavers = () =>
      rawRow(FILES.leavers, 'windows-1252', (fields) => fields[0] === '2023' && fields[1] === key);

    it('leavers_without_hsa_rate = "ohne Hauptschulabschluss / Insgesamt" ÷ "Insgesamt / Insgesamt" × 100', () => {
      const row = leavers();
      expectNumber(
        evaluate(formulaOf('leavers_without_hsa_rate'), key, '2023'),
        (number(row[5]) / number(row[3])) * 100,
      );
    });

    it('leavers_with_hsa_rate = "mit Hauptschulabschluss / Insgesamt" ÷ "Insgesamt / Insgesamt" × 100', () => {
      const row = leavers();
      expectNumber(
        evaluate(formulaOf('leavers_with_hsa_rate'), key, '2023'),
        (number(row[7]) / number(row[3])) * 100,
      );
    });

    it('leavers_with_msa_rate = "mit Mittlerem Abschluss / Insgesamt" ÷ "Insgesamt / Insgesamt" × 100', () => {
      const row = leavers();
      expectNumber(
        evaluate(formulaOf('leavers_with_msa_rate'), key, '2023'),
        (number(row[9]) / number(row[3])) * 100,
      );
    });

    it('leavers_with_abitur_rate = "mit allgemeiner Hochschulreife / Insgesamt" ÷ "Insgesamt / Insgesamt" × 100', () => {
      const row = leavers();
      expectNumber(
        evaluate(formulaOf('leavers_with_abitur_rate'), key, '2023'),
        (number(row[15]) / number(row[3])) * 100,
      );
    });

    it('a confidential input ("mit Fachhochschulreife" is ".") gives a flagged result, never a number', () => {
      expect(leavers()[13]).toBe('.');
      const formula =
        '{21111-02-06-4:absolvierende_abgehende__mit_fachhochschulreife} / {21111-02-06-4:absolvierende_abgehende} * 100';
      expect(evaluate(formula, key, '2023')).toEqual({ value: null, flag: '.' });
    });

    // 21111-01-03-4, school year 2023, one line per school type (column 3). Columns: 4 "Allgemeinbildende
    // Schulen (Anzahl)"; 5 "Schülerinnen und Schüler / Insgesamt"; 6 "… / weiblich"; 7 "… / ausländisch";
    // 8 "… / 7. Klassenstufe"; 9 "… / 11. Jahrgangsstufe / Einführungsphase".
    const pupils = (schoolType: string) =>
      rawRow(
        FILES.pupils,
        'windows-1252',
        (fields) => fields[0] === '2023' && fields[1] === key && fields[3] === schoolType,
      );

    it('pupils_general_schools = "Schülerinnen und Schüler / Insgesamt" of the line "Insgesamt"', () => {
      expectNumber(
        evaluate(formulaOf('pupils_general_schools'), key, '2023'),
        number(pupils('Insgesamt')[5]),
      );
    });

    it('foreign_pupils_share = "ausländisch" ÷ "Insgesamt" of the line "Insgesamt" × 100', () => {
      const total = pupils('Insgesamt');
      expectNumber(
        evaluate(formulaOf('foreign_pupils_share'), key, '2023'),
        (number(total[7]) / number(total[5])) * 100,
      );
    });

    it('gymnasium_share_grade_7 = "7. Klassenstufe" of "Gymnasien" ÷ "7. Klassenstufe" of "Insgesamt" × 100', () => {
      expectNumber(
        evaluate(formulaOf('gymnasium_share_grade_7'), key, '2023'),
        (number(pupils('Gymnasien')[8]) / number(pupils('Insgesamt')[8])) * 100,
      );
    });

    it('special_school_share = pupils of "Sonderschulen/Förderschulen" ÷ pupils of "Insgesamt" × 100', () => {
      expectNumber(
        evaluate(formulaOf('special_school_share'), key, '2023'),
        (number(pupils('Sonderschulen/Förderschulen')[5]) / number(pupils('Insgesamt')[5])) * 100,
      );
    });

    it('vocational_leavers_catch_up = "Absolvierende/Abgehende / Insgesamt" of 21121-02-02-4', () => {
      // 21121-02-02-4, 2023. Columns: 3 "Absolvierende/Abgehende / Insgesamt"; 4 "… / weiblich";
      // 5 "davon mit Hauptschulabschluss / Insgesamt"; 7 "mit Mittlerem Abschluss / Insgesamt";
      // 9 "Fachhochschulreife / Insgesamt"; 11 "Allg. Hochschulreife-einschl.fachge.Hochschulreife / Insgesamt";
      // 13 "nachrichtl.: zus.erw.schul.Teil d. Fachhochs.reife / Insgesamt".
      const row = rawRow(
        FILES.vocationalLeavers,
        'windows-1252',
        (fields) => fields[0] === '2023' && fields[1] === key,
      );
      // The total is the sum of the four certificates ("davon mit"), as the catalogue's note says.
      expect(number(row[3])).toBe(number(row[5]) + number(row[7]) + number(row[9]) + number(row[11]));
      expectNumber(evaluate(formulaOf('vocational_leavers_catch_up'), key, '2023'), number(row[3]));
    });

    // 13211-02-05-4. Columns: 3 "Arbeitslose"; 4 "… ausländisch"; 5 "… schwerbehindert"; 6 "… 15 bis unter 20";
    // 7 "… 15 bis unter 25"; 8 "… 55 bis unter 65"; 9 "… langzeitarbeitslos";
    // 10 "Arbeitslosenquote bez. abh. zivile Erwerbspers."; 11 "Arbeitslosenquote bez. auf alle zivile Erwerbsp.";
    // 12 "… Männer"; 13 "… Frauen"; 14 "… ausländisch" (2021: "Ausländer"); 15 "… 15 bis unter 25 Jahre".
    it.each([
      ['2025', FILES.unemployment2025],
      ['2020', FILES.unemployment2015to2020],
      ['2019', FILES.unemployment2015to2020],
    ])(
      'unemployment_rate and youth_unemployment_rate %s = published rates (columns 11 and 15)',
      (year, file) => {
        const row = rawRow(file, 'windows-1252', (fields) => fields[0] === year && fields[1] === key);
        expectNumber(evaluate(formulaOf('unemployment_rate'), key, year), number(row[11]));
        expectNumber(evaluate(formulaOf('youth_unemployment_rate'), key, year), number(row[15]));
      },
    );

    it('disposable_income_per_capita = "verfüg. Einkommen der priv. Haushalte je Einwohner" (EUR)', () => {
      // 82411-01-03-4, 2021. Columns: 3 "verfügbares Einkommen der privaten Haushalte" (Tsd. EUR);
      // 4 "verfüg. Einkommen der priv. Haushalte je Einwohner" (EUR).
      const row = rawRow(FILES.income, 'windows-1252', (fields) => fields[0] === '2021' && fields[1] === key);
      expectNumber(evaluate(formulaOf('disposable_income_per_capita'), key, '2021'), number(row[4]));
    });

    // 12411-0018: 0 Stichtag; 1 key; 2 name; 3–19 "männlich" × the 17 age groups "unter 3 Jahre" …
    // "75 Jahre und mehr"; 20–36 "weiblich" × the same 17 groups. No totals.
    const byAge = (date: string) => {
      const row = rawRow(
        FILES.populationByAge,
        'windows-1252',
        (fields) => fields[0] === date && fields[1] === key,
      );
      // Group g (0 = "unter 3 Jahre", 5 = "18 bis unter 20", 6 = "20 bis unter 25", 14 = "60 bis unter 65",
      // 15 = "65 bis unter 75", 16 = "75 Jahre und mehr"): men in column 3 + g, women in column 20 + g.
      return (groups: readonly number[]) => sum(groups.map((g) => number(row[3 + g]) + number(row[20 + g])));
    };
    const range = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, index) => from + index);

    it('youth_dependency_ratio = groups 0–5 (unter 20) ÷ groups 6–14 (20 bis unter 65) × 100, both sexes', () => {
      const population = byAge('31.12.2020');
      expectNumber(
        evaluate(formulaOf('youth_dependency_ratio'), key, '2020-12-31'),
        (population(range(0, 5)) / population(range(6, 14))) * 100,
      );
    });

    it('old_age_dependency_ratio = groups 15–16 (65 und mehr) ÷ groups 6–14 (20 bis unter 65) × 100', () => {
      const population = byAge('31.12.2020');
      expectNumber(
        evaluate(formulaOf('old_age_dependency_ratio'), key, '2020-12-31'),
        (population([15, 16]) / population(range(6, 14))) * 100,
      );
    });

    it('population_change_rate 2020 = (all 34 cells 31.12.2020 − all 34 cells 31.12.2019) ÷ 31.12.2019 × 100', () => {
      const now = byAge('31.12.2020')(range(0, 16));
      const before = byAge('31.12.2019')(range(0, 16));
      expectNumber(
        evaluate(formulaOf('population_change_rate'), key, '2020-12-31'),
        ((now - before) / before) * 100,
      );
      // The first year of the file has no year before it.
      expect(evaluate(formulaOf('population_change_rate'), key, '2015-12-31')).toEqual({
        value: null,
        flag: 'missing',
      });
    });

    it('population_total = BEVSTD of 12411-01-01-4 where GES is "Insgesamt" (empty code)', () => {
      // ffcsv (UTF-8): 4 time; 7 1_variable_attribute_code (Kreis); 11 2_variable_attribute_code (GES, empty =
      // Insgesamt); 13 value; 15 value_variable_code.
      const row = rawRow(
        FILES.population,
        'utf-8',
        (fields) => fields[4] === '2024-12-31' && fields[7] === key && fields[11] === '',
      );
      expect(row[15]).toBe('BEVSTD');
      expectNumber(evaluate(formulaOf('population_total'), key, '2024-12-31'), number(row[13]));
    });

    it('svb_workplace_total = ERW032 with NAT and GES "Insgesamt"; the 2025 slice has only "-" for Kreise', () => {
      // Old flat CSV (UTF-8): 4 Zeit; 7 1_Auspraegung_Code (Kreis); 11 2_Auspraegung_Code (NAT);
      // 15 3_Auspraegung_Code (GES); 17 ERW032 "Sozialversicherungspfl. Beschaeftigte (Arbeitsort)".
      const row = rawRow(
        FILES.employees2023,
        'utf-8',
        (fields) => fields[4] === '30.06.2023' && fields[7] === key && fields[11] === '' && fields[15] === '',
      );
      expectNumber(evaluate(formulaOf('svb_workplace_total'), key, '2023-06-30'), number(row[17]));
      // Documented pitfall: "-" claims exactly zero, although the Kreis values are simply not in this slice.
      expect(evaluate(formulaOf('svb_workplace_total'), key, '2025-06-30')).toEqual({ value: 0, flag: '-' });
    });

    it.each([
      ['2020-06-30', FILES.employeesBySector2020],
      ['2019-06-30', FILES.employeesBySector2019],
    ])(
      'svb sector share (Verarbeitendes Gewerbe, WZ08-C) %s = "Insgesamt/Insgesamt" of C ÷ of "Insgesamt" × 100',
      (date, file) => {
        // 13111-07-05-4 (no time column): 0 key; 1 name; 2 Wirtschaftszweig; 3 "Nationalität Insgesamt / Geschlecht
        // Insgesamt"; 4 "… / männlich"; 5 "… / weiblich"; 6 "Ausländer(innen) / Insgesamt"; 7, 8.
        const sector = (label: string) =>
          rawRow(file, 'windows-1252', (fields) => fields[0] === key && fields[2] === label);
        expectNumber(
          evaluate(svbSectorShareFormula('WZ08-C'), key, date),
          (number(sector('Verarbeitendes Gewerbe (C)')[3]) / number(sector('Insgesamt')[3])) * 100,
        );
      },
    );

    it('foreign_nationals_share has no common Stichtag yet: 12521-0040 is 31.12.2022, BEVSTD only 31.12.2024', () => {
      expect(evaluate(formulaOf('foreign_nationals_share'), key, '2022-12-31')).toEqual({
        value: null,
        flag: 'missing',
      });
    });
  });

  it('svb_academic_share, skilled_share_svb and the share without qualification for Germany (13111-0002)', () => {
    // Old flat CSV (Windows-1252): 4 Zeit; 11 2_Auspraegung_Code (BERAB2); 15 3_Auspraegung_Code (GES, empty =
    // Insgesamt); 17 ERW065 "Sozialvers.pflichtig Beschaeftigte am Arbeitsort". "Ohne Angabe" (OA) is not in the denominator.
    const employees = (qualification: string) =>
      number(
        rawRow(
          FILES.employeesByQualification,
          'windows-1252',
          (fields) => fields[4] === '30.06.2022' && fields[11] === qualification && fields[15] === '',
        )[17],
      );
    const known = employees('BERAB-X-01') + employees('BERAB-ANK-01') + employees('BERAB-AKD-01');
    expectNumber(
      evaluate(formulaOf('svb_academic_share'), 'DG', '2022-06-30'),
      (employees('BERAB-AKD-01') / known) * 100,
    );
    expectNumber(
      evaluate(formulaOf('skilled_share_svb'), 'DG', '2022-06-30'),
      (employees('BERAB-ANK-01') / known) * 100,
    );
    expectNumber(
      evaluate(formulaOf('svb_without_vocational_qualification_share'), 'DG', '2022-06-30'),
      (employees('BERAB-X-01') / known) * 100,
    );
    // No Kreis values in that table.
    expect(evaluate(formulaOf('svb_academic_share'), '03359', '2022-06-30')).toEqual({
      value: null,
      flag: 'missing',
    });
  });

  it('apprentice_ratio and svb_aged_55_plus_share for Germany 31.12.2019 from the BA booklet', async () => {
    // bo-heft-d-0-201912, sheet "SVB - Tabelle I", row "Insgesamt": B "Insgesamt"; C, D sex; E, F nationality;
    // G "unter 25 Jahre"; H "25 bis unter 55 Jahre"; I "55 bis unter 65 Jahre"; J "65 Jahre und älter";
    // K "darunter bis zur Regelaltersgrenze" (part of J, not added); L "darunter: Auszubildende / Insgesamt".
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(FILES.occupations);
    const sheet = workbook.getWorksheet('SVB - Tabelle I')!;
    const row = Array.from({ length: 30 }, (_, index) => index + 1).find(
      (candidate) => sheet.getCell(`A${candidate}`).value === 'Insgesamt',
    );
    const cell = (column: string): number => {
      const value = sheet.getCell(`${column}${row}`).value;
      if (typeof value !== 'number') throw new Error(`keine Zahl in ${column}${row}: ${String(value)}`);
      return value;
    };
    expectNumber(evaluate(formulaOf('apprentice_ratio'), 'DG', '2019-12-31'), (cell('L') / cell('B')) * 100);
    expectNumber(
      evaluate(formulaOf('svb_aged_55_plus_share'), 'DG', '2019-12-31'),
      ((cell('I') + cell('J')) / cell('B')) * 100,
    );
    // Only the Deutschland edition is in shared/data.
    expect(evaluate(formulaOf('apprentice_ratio'), '03359', '2019-12-31')).toEqual({
      value: null,
      flag: 'missing',
    });
  });
});
