/**
 * Picks the base population (unter 3, 3 bis unter 6, 6 bis unter 10 Jahre) for the forecast from
 * imported age observations: the latest reference date for which one table has all three groups.
 * Rows split only by sex (GES) are added up; a row without further split (total) wins over them.
 * Pure: the rows come from the statistics store.
 */
import type { BasePopulation } from './projection.ts';
import { AGE_CODES, type AgeObservationRow } from './repository.ts';

export interface BaseSource {
  table: string;
  title: string;
  publisher: string;
  vintage: string | null;
  period: string;
}

export type BaseChoice =
  | { ok: true; base: BasePopulation; source: BaseSource; periods: string[] }
  | { ok: false; reason: 'no_data' | 'blocked'; periods: string[]; detail?: string };

type Group = keyof typeof AGE_CODES;
const GROUP_BY_CODE = new Map<string, Group>(
  Object.entries(AGE_CODES).map(([group, code]) => [code, group as Group]),
);

function yearOf(period: string): number {
  return Number(period.slice(0, 4));
}

export function chooseBasePopulation(rows: readonly AgeObservationRow[], baseYear?: number): BaseChoice {
  // table|period → group → { total?, bySex[] }
  const candidates = new Map<string, { rows: AgeObservationRow[] }>();
  for (const row of rows) {
    const keys = Object.keys(row.dims).filter((key) => key !== 'ALTX' && key !== 'GES');
    if (keys.length > 0) continue; // split by more than sex (nationality etc.): not used
    const id = `${row.table_code}|${row.period}`;
    const entry = candidates.get(id) ?? { rows: [] };
    entry.rows.push(row);
    candidates.set(id, entry);
  }
  const periods = [...new Set([...candidates.values()].map((c) => c.rows[0]!.period))].sort().reverse();
  const ordered = [...candidates.values()]
    .filter((c) => baseYear === undefined || yearOf(c.rows[0]!.period) === baseYear)
    .sort((a, b) => b.rows[0]!.period.localeCompare(a.rows[0]!.period));
  let blocked: string | undefined;
  for (const candidate of ordered) {
    const sums: Partial<Record<Group, number>> = {};
    let complete = true;
    for (const group of Object.keys(AGE_CODES) as Group[]) {
      const ofGroup = candidate.rows.filter((row) => GROUP_BY_CODE.get(row.dims.ALTX!) === group);
      const total = ofGroup.find((row) => row.dims.GES === undefined);
      const parts = total ? [total] : ofGroup;
      if (parts.length === 0 || parts.some((row) => row.value === null)) {
        complete = false;
        const flagged = parts.find((row) => row.value === null);
        if (flagged)
          blocked = `${flagged.table_code} ${flagged.period} ${flagged.dims.ALTX}: „${flagged.flag ?? ''}“`;
        break;
      }
      sums[group] = parts.reduce((total, row) => total + row.value!, 0);
    }
    if (!complete) continue;
    const first = candidate.rows[0]!;
    return {
      ok: true,
      base: {
        year: yearOf(first.period),
        under3: sums.under3!,
        age3to5: sums.age3to5!,
        age6to9: sums.age6to9!,
      },
      source: {
        table: first.table_code,
        title: first.title,
        publisher: first.publisher,
        vintage: first.vintage,
        period: first.period,
      },
      periods,
    };
  }
  return blocked
    ? { ok: false, reason: 'blocked', periods, detail: blocked }
    : { ok: false, reason: 'no_data', periods };
}
