/**
 * The BA Engpassanalyse scoring, pure: indicator values → points → average score → category.
 * Also groups the long observations of an imported BA workbook into one row per occupation.
 */
import {
  type EditionRules,
  type IndicatorRule,
  REQUIREMENT_LEVELS,
  type RequirementLevel,
  SHORTAGE_INDICATORS,
  type ShortageIndicator,
} from './engpass-rules.ts';

export type Points = 0 | 1 | 2 | 3;
export type Category = 'engpass' | 'beobachtung' | 'kein_engpass' | 'nicht_bewertet';

export const CATEGORY_LABELS: Record<Category, string> = {
  engpass: 'Engpassberuf',
  beobachtung: 'Beruf unter Beobachtung',
  kein_engpass: 'kein Engpassberuf',
  nicht_bewertet: 'nicht bewertet',
};

/** Points of one value under one rule (null value → not assessed). */
export function pointsFor(value: number | null | undefined, rule: IndicatorRule): Points | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const [c1, c2, c3] = rule.cuts;
  if (rule.shortageWhen === 'high') {
    if (value >= c3) return 3;
    if (value >= c2) return 2;
    if (value >= c1) return 1;
    return 0;
  }
  if (value < c3) return 3;
  if (value < c2) return 2;
  if (value < c1) return 1;
  return 0;
}

export interface ScoreResult {
  points: Record<ShortageIndicator, Points | null>;
  assessed: number;
  total: number;
  score: number | null;
  category: Category;
}

export function classify(score: number | null, rules: Pick<EditionRules, 'classes'>): Category {
  if (score === null) return 'nicht_bewertet';
  // Scores are means of at most six integers; compare with a tolerance for 1.9999… sums.
  const epsilon = 1e-9;
  if (score >= rules.classes.shortage - epsilon) return 'engpass';
  if (score >= rules.classes.observation - epsilon) return 'beobachtung';
  return 'kein_engpass';
}

/** What decides whether an occupation gets an overall result besides its indicators. */
export interface Eligibility {
  /** Insured employees; null when unknown (rule not applied). */
  employees?: number | null;
  /** "Geregelte Berufsausbildung": true/false, null when unknown (rule not applied). */
  regulatedTraining?: boolean | null;
}

/**
 * Scores one occupation. `values` holds the valid indicator values (BA validity rules already
 * applied: an indicator the BA does not assess is absent or null). An overall score needs at
 * least `minAssessed` indicators including `requiredIndicator`, at least `minEmployees`
 * employees and, on the levels in `regulatedTrainingLevels`, a regulated vocational training.
 */
export function scoreOccupation(
  values: Partial<Record<ShortageIndicator, number | null>>,
  level: RequirementLevel,
  rules: EditionRules,
  eligibility: Eligibility = {},
): ScoreResult {
  const points = {} as Record<ShortageIndicator, Points | null>;
  let assessed = 0;
  let total = 0;
  for (const indicator of SHORTAGE_INDICATORS) {
    const p = pointsFor(values[indicator], rules.rules[level][indicator]);
    points[indicator] = p;
    if (p !== null) {
      assessed++;
      total += p;
    }
  }
  const employeesOk =
    eligibility.employees === null ||
    eligibility.employees === undefined ||
    eligibility.employees >= rules.minEmployees;
  const trainingOk =
    !rules.regulatedTrainingLevels.includes(level) ||
    eligibility.regulatedTraining === null ||
    eligibility.regulatedTraining === undefined ||
    eligibility.regulatedTraining;
  const valid =
    assessed >= rules.minAssessed && points[rules.requiredIndicator] !== null && employeesOk && trainingOk;
  const score = valid ? total / assessed : null;
  return { points, assessed, total, score, category: classify(score, rules) };
}

/** One occupation row of a BA Germany result table as imported (values and published points). */
export interface BaOccupationRow {
  /** BA code: 4-digit Berufsuntergruppe (Germany) or 3-digit Berufsgruppe (Länder); slug for BA aggregates. */
  code: string;
  level: RequirementLevel;
  employees: number | null;
  /** "Geregelte Berufsausbildung" (Fachkraft sheet): true = ja, false = marked "-"/"*"/nein, null = no column. */
  regulatedTraining: boolean | null;
  values: Partial<Record<ShortageIndicator, number | null>>;
  publishedPoints: Partial<Record<ShortageIndicator, number | null>>;
  publishedAssessed: number | null;
  publishedScore: number | null;
}

export interface ObservationLike {
  measure: string;
  dims: Record<string, string>;
  value: number | null;
}

/** Groups long observations (measure, dims KLDB + ANFNIV) into occupation rows. */
export function occupationRows(observations: Iterable<ObservationLike>): BaOccupationRow[] {
  const rows = new Map<string, BaOccupationRow>();
  for (const observation of observations) {
    const code = observation.dims.KLDB;
    const level = observation.dims.ANFNIV as RequirementLevel | undefined;
    if (!code || !level || !REQUIREMENT_LEVELS.includes(level)) continue;
    const key = `${level}|${code}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        code,
        level,
        employees: null,
        regulatedTraining: null,
        values: {},
        publishedPoints: {},
        publishedAssessed: null,
        publishedScore: null,
      };
      rows.set(key, row);
    }
    const { measure, value } = observation;
    if (measure === 'employees') row.employees = value;
    else if (measure === 'regulated_training') row.regulatedTraining = value === 1;
    else if (measure === 'score') row.publishedScore = value;
    else if (measure === 'rated_indicator_count') row.publishedAssessed = value;
    else if (measure.endsWith('_points')) {
      const indicator = measure.slice(0, -'_points'.length) as ShortageIndicator;
      if (SHORTAGE_INDICATORS.includes(indicator)) row.publishedPoints[indicator] = value;
    } else if (SHORTAGE_INDICATORS.includes(measure as ShortageIndicator)) {
      row.values[measure as ShortageIndicator] = value;
    }
  }
  return [...rows.values()].sort((a, b) => a.code.localeCompare(b.code) || a.level.localeCompare(b.level));
}

export function eligibilityOf(row: BaOccupationRow): Eligibility {
  return { employees: row.employees, regulatedTraining: row.regulatedTraining };
}

/** The 5-digit Berufsgattung of a Germany row (4-digit Berufsuntergruppe + level), else the BA code. */
export function kldbOf(row: Pick<BaOccupationRow, 'code' | 'level'>): string {
  return /^\d{4}$/.test(row.code) ? `${row.code}${row.level}` : row.code;
}

export interface Reproduction {
  rows: number;
  published: number;
  categoryMatches: number;
  categoryMatchesPublished: number;
  scoreMatches: number;
  rate: number;
  ratePublished: number;
  mismatches: { code: string; level: string; published: number | null; computed: number | null }[];
}

/**
 * How far the recomputation reproduces the BA's published categories: over all rows (a row
 * the BA leaves unrated must stay unrated) and over the rows with a published score.
 */
export function reproduction(rows: BaOccupationRow[], rules: EditionRules): Reproduction {
  let published = 0;
  let categoryMatches = 0;
  let categoryMatchesPublished = 0;
  let scoreMatches = 0;
  const mismatches: Reproduction['mismatches'] = [];
  for (const row of rows) {
    const computed = scoreOccupation(row.values, row.level, rules, eligibilityOf(row));
    const publishedCategory = classify(row.publishedScore, rules);
    const same = computed.category === publishedCategory;
    if (same) categoryMatches++;
    if (row.publishedScore !== null) {
      published++;
      if (same) categoryMatchesPublished++;
    }
    const scoreSame =
      computed.score === null
        ? row.publishedScore === null
        : row.publishedScore !== null && Math.abs(computed.score - row.publishedScore) < 1e-6;
    if (scoreSame) scoreMatches++;
    else
      mismatches.push({
        code: row.code,
        level: row.level,
        published: row.publishedScore,
        computed: computed.score,
      });
  }
  return {
    rows: rows.length,
    published,
    categoryMatches,
    categoryMatchesPublished,
    scoreMatches,
    rate: rows.length === 0 ? 0 : categoryMatches / rows.length,
    ratePublished: published === 0 ? 0 : categoryMatchesPublished / published,
    mismatches,
  };
}
