import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { hasSharedData, SHARED_DATA_SKIP_REASON, sharedData } from '../../../test/shared-data.ts';
import { baEngpassXlsxImporter } from '../statistics/importers/ba-engpass-xlsx.ts';
import { drain } from '../statistics/importers/importers.fixtures.ts';
import { EDITIONS, type IndicatorRule } from './engpass-rules.ts';
import {
  classify,
  eligibilityOf,
  kldbOf,
  occupationRows,
  pointsFor,
  reproduction,
  scoreOccupation,
} from './engpass-scoring.ts';

const rules = EDITIONS[2025]!;
const high: IndicatorRule = { shortageWhen: 'high', cuts: [40, 60, 80], source: 'ba_fixed' };
const low: IndicatorRule = { shortageWhen: 'low', cuts: [4, 3, 2], source: 'ba_fixed' };

describe('pointsFor', () => {
  it.each([
    [high, 39.9, 0],
    [high, 40, 1],
    [high, 59, 1],
    [high, 60, 2],
    [high, 80, 3],
    [high, 246, 3],
    [low, 4, 0],
    [low, 3.97, 1],
    [low, 3, 1],
    [low, 2.99, 2],
    [low, 1.99, 3],
    [high, null, null],
    [low, Number.NaN, null],
  ] as const)('%o, value %s → %s points', (rule, value, expected) => {
    expect(pointsFor(value, rule)).toBe(expected);
  });
});

describe('classify', () => {
  it.each([
    [null, 'nicht_bewertet'],
    [2.5, 'engpass'],
    [2, 'engpass'],
    [1.9999999999999998, 'engpass'],
    [1.83, 'beobachtung'],
    [1.5, 'beobachtung'],
    [1.49, 'kein_engpass'],
    [0, 'kein_engpass'],
  ] as const)('score %s → %s', (score, category) => {
    expect(classify(score, rules)).toBe(category);
  });
});

describe('scoreOccupation (2025 cut-points)', () => {
  it('reproduces the two worked examples of the domain notes', () => {
    // 5212 Berufskraftfahrer (Güterverkehr/LKW), Fachkraft: 3/2/2/3/3/2 = 2.50.
    const truck = scoreOccupation(
      {
        vacancy_duration_median: 91,
        jobseeker_vacancy_ratio: 2.94,
        occupation_unemployment_rate: 3.83,
        foreigner_share_change: 5.5,
        unemployment_exit_rate: 12.8,
        median_wage_change: 15.16,
      },
      '2',
      rules,
    );
    expect(Object.values(truck.points)).toEqual([3, 2, 2, 3, 3, 2]);
    expect(truck.score).toBe(2.5);
    expect(truck.category).toBe('engpass');
    // 7140 Büro- und Sekretariatskräfte: 1/0/1/1/1/1 = 0.83.
    const office = scoreOccupation(
      {
        vacancy_duration_median: 51,
        jobseeker_vacancy_ratio: 10.62,
        occupation_unemployment_rate: 4.0,
        foreigner_share_change: 1.23,
        unemployment_exit_rate: 7.45,
        median_wage_change: 12.02,
      },
      '2',
      rules,
    );
    expect(Object.values(office.points)).toEqual([1, 0, 1, 1, 1, 1]);
    expect(office.score).toBeCloseTo(5 / 6, 10);
    expect(office.category).toBe('kein_engpass');
  });

  it.each([
    [
      'four indicators incl. Vakanzzeit',
      {
        vacancy_duration_median: 90,
        jobseeker_vacancy_ratio: 1,
        occupation_unemployment_rate: 1,
        foreigner_share_change: 5,
      },
      {},
      3,
    ],
    [
      'three indicators only',
      { vacancy_duration_median: 90, jobseeker_vacancy_ratio: 1, occupation_unemployment_rate: 1 },
      {},
      null,
    ],
    [
      'five indicators without Vakanzzeit',
      {
        jobseeker_vacancy_ratio: 1,
        occupation_unemployment_rate: 1,
        foreigner_share_change: 5,
        unemployment_exit_rate: 20,
        median_wage_change: 30,
      },
      {},
      null,
    ],
    [
      'fewer than 500 employees',
      {
        vacancy_duration_median: 90,
        jobseeker_vacancy_ratio: 1,
        occupation_unemployment_rate: 1,
        foreigner_share_change: 5,
      },
      { employees: 499 },
      null,
    ],
    [
      'Fachkraft without regulated training',
      {
        vacancy_duration_median: 90,
        jobseeker_vacancy_ratio: 1,
        occupation_unemployment_rate: 1,
        foreigner_share_change: 5,
      },
      { regulatedTraining: false },
      null,
    ],
  ] as const)('validity: %s', (_label, values, eligibility, score) => {
    expect(scoreOccupation(values, '2', rules, eligibility).score).toBe(score);
  });

  it('uses the level’s own cut-points (Experte: job-seeker ratio 4 / 5 / 6)', () => {
    expect(scoreOccupation({ jobseeker_vacancy_ratio: 4.5 }, '4', rules).points.jobseeker_vacancy_ratio).toBe(
      2,
    );
    expect(scoreOccupation({ jobseeker_vacancy_ratio: 4.5 }, '2', rules).points.jobseeker_vacancy_ratio).toBe(
      0,
    );
  });
});

describe('occupationRows', () => {
  it('groups long observations into rows and the 5-digit Berufsgattung', () => {
    const rows = occupationRows([
      { measure: 'employees', dims: { KLDB: '5212', ANFNIV: '2' }, value: 1000 },
      { measure: 'regulated_training', dims: { KLDB: '5212', ANFNIV: '2' }, value: 1 },
      { measure: 'vacancy_duration_median', dims: { KLDB: '5212', ANFNIV: '2' }, value: 91 },
      { measure: 'vacancy_duration_median_points', dims: { KLDB: '5212', ANFNIV: '2' }, value: 3 },
      { measure: 'score', dims: { KLDB: '5212', ANFNIV: '2' }, value: 2.5 },
      { measure: 'score', dims: { KLDB: '5212', ANFNIV: '1' }, value: 2.5 },
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      code: '5212',
      level: '2',
      employees: 1000,
      regulatedTraining: true,
      values: { vacancy_duration_median: 91 },
      publishedPoints: { vacancy_duration_median: 3 },
      publishedScore: 2.5,
    });
    expect(kldbOf(rows[0]!)).toBe('52122');
    expect(kldbOf({ code: 'pflegeberufe', level: '2' })).toBe('pflegeberufe');
  });
});

async function rowsOf(name: string, bytes: Uint8Array) {
  return occupationRows(drain(await baEngpassXlsxImporter.open({ fileName: name, bytes })).records);
}

describe.skipIf(!hasSharedData)(`BA Engpassanalyse 2025 Deutschland (${SHARED_DATA_SKIP_REASON})`, () => {
  const name = '2025_Deutschland_Engpass.xlsx';

  it('the recomputed category equals the published one for at least 99 % of occupations', async () => {
    const rows = await rowsOf(name, new Uint8Array(readFileSync(sharedData('ba', name))));
    const result = reproduction(rows, rules);
    expect(result.rows).toBeGreaterThan(2000);
    expect(result.published).toBe(519);
    expect(result.ratePublished).toBeGreaterThanOrEqual(0.99);
    expect(result.rate).toBeGreaterThanOrEqual(0.99);
    // Measured: every row reproduced, also the score.
    expect(result.mismatches).toEqual([]);
  });

  it('changing an input indicator value in a copy of the workbook changes the computed score', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sharedData('ba', name));
    const sheet = workbook.getWorksheet('Fachkräfte')!;
    let target = 0;
    for (let row = 1; row <= sheet.rowCount; row++) {
      if (String(sheet.getCell(row, 1).value ?? '').startsWith('5212 ')) target = row;
    }
    expect(target).toBeGreaterThan(0);
    // Column D holds the Vakanzzeit on the Fachkräfte sheet (A name, B employees, C training).
    expect(String(sheet.getCell(9, 4).value)).toMatch(/Vakanzzeit/);
    const original = (await rowsOf(name, new Uint8Array(readFileSync(sharedData('ba', name))))).find(
      (row) => row.code === '5212' && row.level === '2',
    )!;
    const before = scoreOccupation(original.values, '2', rules, eligibilityOf(original));
    expect(before.score).toBe(2.5);

    sheet.getCell(target, 4).value = 20;
    const copy = new Uint8Array(await workbook.xlsx.writeBuffer());
    const changed = (await rowsOf(name, copy)).find((row) => row.code === '5212' && row.level === '2')!;
    expect(changed.values.vacancy_duration_median).toBe(20);
    const after = scoreOccupation(changed.values, '2', rules, eligibilityOf(changed));
    expect(after.points.vacancy_duration_median).toBe(0);
    expect(after.score).toBe(2);
    expect(after.score).not.toBe(before.score);
  });
});
