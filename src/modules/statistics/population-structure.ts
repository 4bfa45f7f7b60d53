import { type AgeGroup, agePartition } from './age-groups.ts';

/** Population by age group and sex for a population pyramid: counts and shares of the total. Pure. */

export interface AgeSexValue {
  region: string;
  age: string;
  sex: string;
  value: number | null;
  flag: string | null;
}

export interface PyramidCell {
  value: number | null;
  flag: string | null;
  /** Share of the region's whole population in %, null where any needed value is marked. */
  share: number | null;
}

export interface PyramidGroup {
  code: string;
  from: number;
  to: number | null;
  male: PyramidCell;
  female: PyramidCell;
}

export interface Pyramid {
  region: string;
  total: number | null;
  groups: PyramidGroup[];
}

/** The groups of one partition for each region; null when the age groups leave a gap. */
export function buildPyramids(rows: AgeSexValue[], regions: string[], ownRegion: string): Pyramid[] | null {
  const partition = agePartition(rows.filter((r) => r.region === ownRegion).map((r) => r.age));
  if (!partition) return null;
  return regions
    .map((region) => pyramidOf(region, partition, rows))
    .filter((pyramid): pyramid is Pyramid => pyramid !== null);
}

function pyramidOf(region: string, partition: AgeGroup[], rows: AgeSexValue[]): Pyramid | null {
  const cells = new Map(rows.filter((r) => r.region === region).map((r) => [`${r.age}:${r.sex}`, r]));
  if (cells.size === 0) return null;
  const cell = (age: string, sex: string) => cells.get(`${age}:${sex}`);
  const all = partition.flatMap((g) => [cell(g.code, 'GESM'), cell(g.code, 'GESW')]);
  const complete = all.every((c) => c !== undefined && c.value !== null);
  const total = complete ? all.reduce((sum, c) => sum + (c?.value ?? 0), 0) : null;
  const present = (found: AgeSexValue | undefined): PyramidCell => {
    const value = found?.value ?? null;
    return {
      value,
      flag: found ? found.flag : 'missing',
      share: value !== null && total ? (value / total) * 100 : null,
    };
  };
  return {
    region,
    total,
    groups: partition.map((g) => ({
      code: g.code,
      from: g.from,
      to: g.to,
      male: present(cell(g.code, 'GESM')),
      female: present(cell(g.code, 'GESW')),
    })),
  };
}

/**
 * A Land's rows as the sum of its Kreise, where the table has no row for the Land itself (GENESIS
 * Kreis tables often don't). Only when every Kreis has every cell as a number: a partial sum would
 * be a wrong official-looking figure.
 */
export function sumOfDistricts(rows: AgeSexValue[], districts: string[], land: string): AgeSexValue[] {
  const cells = new Map<string, { sum: number; count: number }>();
  const wanted = new Set(districts);
  for (const row of rows) {
    if (!wanted.has(row.region)) continue;
    if (row.value === null) return [];
    const key = `${row.age}:${row.sex}`;
    const cell = cells.get(key) ?? { sum: 0, count: 0 };
    cell.sum += row.value;
    cell.count += 1;
    cells.set(key, cell);
  }
  if (cells.size === 0 || [...cells.values()].some((cell) => cell.count !== districts.length)) return [];
  return [...cells].map(([key, cell]) => {
    const [age = '', sex = ''] = key.split(':');
    return { region: land, age, sex, value: cell.sum, flag: null };
  });
}
