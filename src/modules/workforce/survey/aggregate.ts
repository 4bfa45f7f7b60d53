/**
 * Aggregates survey answers by occupation (and year) and by sector with small-number suppression:
 * a cell resting on fewer than MIN_ANSWERS companies is never shown, not even as 0; it carries the
 * marker instead. Secondary suppression: when exactly one sector is hidden while the total is
 * shown, the next smallest sector is hidden too, so that no hidden value follows by subtraction.
 * Pure: the answers come from the database.
 */
import { type Answers, type Occupation, SECTORS } from './design.ts';

export const MIN_ANSWERS = 3;

export interface Cell {
  /** The value, or null when suppressed. */
  value: number | null;
  suppressed: boolean;
}

export interface OccupationRow {
  kldb: string;
  name: string;
  year: number;
  companies: number | null;
  hires: Cell;
}

export interface SectorRow {
  sector: string;
  label: string;
  /** Number of responding companies; null when suppressed. */
  companies: number | null;
  suppressed: boolean;
  hires: Cell;
  trainingPlaces: Cell;
  lateralEntryOpen: Cell;
  hydrogenRelevant: Cell;
}

export interface Aggregate {
  responses: number;
  occupations: OccupationRow[];
  sectors: SectorRow[];
  total: Omit<SectorRow, 'sector' | 'label'>;
  /** Free-text answers, only when at least MIN_ANSWERS companies answered; sorted, without names. */
  qualificationNeeds: string[];
  hydrogenNeeds: string[];
}

export interface AnsweredResponse {
  sector: string;
  answers: Answers;
}

function cell(value: number, companies: number): Cell {
  return companies >= MIN_ANSWERS ? { value, suppressed: false } : { value: null, suppressed: true };
}

const HIDDEN: Cell = { value: null, suppressed: true };

function summarise(responses: readonly AnsweredResponse[]) {
  const companies = responses.length;
  const withTraining = responses.filter((r) => r.answers.trainingPlaces !== null);
  const withLateral = responses.filter((r) => r.answers.lateralEntry !== null);
  const withHydrogen = responses.filter((r) => r.answers.hydrogen !== null);
  const shown = companies >= MIN_ANSWERS;
  return {
    companies: shown ? companies : null,
    suppressed: !shown,
    hires: cell(
      responses.reduce((sum, r) => sum + r.answers.hires.reduce((s, h) => s + h.count, 0), 0),
      companies,
    ),
    trainingPlaces: shown
      ? cell(
          withTraining.reduce((sum, r) => sum + (r.answers.trainingPlaces ?? 0), 0),
          withTraining.length,
        )
      : HIDDEN,
    lateralEntryOpen: shown
      ? cell(withLateral.filter((r) => r.answers.lateralEntry !== 'no').length, withLateral.length)
      : HIDDEN,
    hydrogenRelevant: shown
      ? cell(withHydrogen.filter((r) => r.answers.hydrogen !== 'no').length, withHydrogen.length)
      : HIDDEN,
  };
}

export function aggregate(
  occupations: readonly Occupation[],
  hireYears: readonly number[],
  responses: readonly AnsweredResponse[],
): Aggregate {
  const occupationRows: OccupationRow[] = [];
  for (const occupation of occupations) {
    for (const year of hireYears) {
      const answers = responses.flatMap((r) =>
        r.answers.hires.filter((hire) => hire.kldb === occupation.kldb && hire.year === year),
      );
      const hires = answers.reduce((sum, hire) => sum + hire.count, 0);
      occupationRows.push({
        kldb: occupation.kldb,
        name: occupation.name,
        year,
        companies: answers.length >= MIN_ANSWERS ? answers.length : null,
        hires: cell(hires, answers.length),
      });
    }
  }

  const total = summarise(responses);
  const sectors: SectorRow[] = SECTORS.flatMap((sector) => {
    const ofSector = responses.filter((r) => r.sector === sector.code);
    if (ofSector.length === 0) return [];
    return [{ sector: sector.code, label: sector.label, ...summarise(ofSector) }];
  });
  const hiddenSectors = sectors.filter((row) => row.suppressed);
  if (!total.suppressed && hiddenSectors.length === 1) {
    const counts = new Map(SECTORS.map((s) => [s.code, responses.filter((r) => r.sector === s.code).length]));
    const next = sectors
      .filter((row) => !row.suppressed)
      .sort((a, b) => counts.get(a.sector)! - counts.get(b.sector)! || a.sector.localeCompare(b.sector))[0];
    if (next) {
      next.companies = null;
      next.suppressed = true;
      next.hires = HIDDEN;
      next.trainingPlaces = HIDDEN;
      next.lateralEntryOpen = HIDDEN;
      next.hydrogenRelevant = HIDDEN;
    }
  }

  const texts = (pick: (a: Answers) => string) =>
    responses.length >= MIN_ANSWERS
      ? responses
          .map((r) => pick(r.answers).trim())
          .filter((text) => text !== '')
          .sort((a, b) => a.localeCompare(b, 'de'))
      : [];

  return {
    responses: responses.length,
    occupations: occupationRows,
    sectors,
    total,
    qualificationNeeds: texts((a) => a.qualificationNeeds),
    hydrogenNeeds: texts((a) => a.hydrogenNeeds),
  };
}
