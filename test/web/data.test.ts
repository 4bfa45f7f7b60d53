import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../../web/src/format.ts';
import {
  type DatasetT,
  describePeriods,
  errorMessage,
  importUrl,
  isFinished,
  jobUrl,
  markerCounts,
  sortDatasets,
} from '../../web/src/pages/data/import-job.ts';

const de = (period: string) => formatPeriod(period, 'de');

describe('data area helpers', () => {
  it('builds the import and job addresses', () => {
    expect(importUrl(false)).toBe('/api/v1/imports');
    expect(importUrl(true)).toBe('/api/v1/imports?dryRun=true');
    expect(jobUrl('a1b2')).toBe('/api/v1/imports/a1b2');
  });

  it('a job is finished once it is no longer running', () => {
    expect(isFinished({ status: 'running' })).toBe(false);
    expect(isFinished({ status: 'succeeded' })).toBe(true);
    expect(isFinished({ status: 'failed' })).toBe(true);
  });

  it('lists few periods and shortens many to first – last (count), in German dates', () => {
    expect(describePeriods([], de)).toBe('');
    expect(describePeriods(['2023-12-31', '2022-12-31'], de)).toBe('31.12.2022, 31.12.2023');
    expect(describePeriods(['2023', '2019', '2020', '2021', '2022'], de)).toBe('2019 – 2023 (5)');
  });

  it('counts markers that occur, most frequent first', () => {
    expect(markerCounts({ '.': 1, '-': 4, p: 0, x: 1 })).toEqual([
      ['-', 4],
      ['.', 1],
      ['x', 1],
    ]);
  });

  it('sorts the newest import first', () => {
    const item = (id: number, table: string, importedAt: string) => ({ id, table, importedAt }) as DatasetT;
    const sorted = sortDatasets([
      item(1, 'B', '2025-01-01T10:00:00Z'),
      item(2, 'A', '2025-03-01T10:00:00Z'),
      item(3, 'A', '2025-01-01T10:00:00Z'),
    ]);
    expect(sorted.map((d) => d.id)).toEqual([2, 3, 1]);
  });

  it('takes the API message as it is, else the HTTP status', () => {
    expect(errorMessage({ error: { message: 'Datei x.csv, Zeile 3, Spalte 2: …' } }, 422)).toBe(
      'Datei x.csv, Zeile 3, Spalte 2: …',
    );
    expect(errorMessage(null, 500)).toBe('HTTP 500');
    expect(errorMessage({ error: {} }, 413)).toBe('HTTP 413');
  });
});
