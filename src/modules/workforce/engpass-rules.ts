/**
 * Cut-points of the BA Fachkräfteengpassanalyse per edition, Anforderungsniveau and indicator.
 *
 * Each indicator value gets 0–3 points. For indicators where a high value signals a shortage
 * (`high`), a value ≥ cut k earns k points (cuts ascending: 0↔1, 1↔2, 2↔3); for `low`
 * indicators a value < cut k earns k points (cuts descending). The score is the mean of the
 * points of the assessed indicators; ≥ 2.0 Engpassberuf, ≥ 1.5 Beobachtung, else kein Engpass.
 *
 * 2025: Vakanzzeit, Arbeitsuchenden-Stellen-Relation and berufsspezifische Arbeitslosenquote use
 * fixed round values. The three development indicators use cut-points the BA derives each year
 * from the distribution; they were reconstructed from the published 2025 Germany tables (values
 * and points side by side: every configured cut lies between the largest value with k points
 * and the smallest with k+1 points). See docs/WORKFORCE.md for the brackets.
 */

export const SHORTAGE_INDICATORS = [
  'vacancy_duration_median',
  'jobseeker_vacancy_ratio',
  'occupation_unemployment_rate',
  'foreigner_share_change',
  'unemployment_exit_rate',
  'median_wage_change',
] as const;
export type ShortageIndicator = (typeof SHORTAGE_INDICATORS)[number];

export type RequirementLevel = '2' | '3' | '4';
export const REQUIREMENT_LEVELS: readonly RequirementLevel[] = ['2', '3', '4'];

export interface IndicatorRule {
  shortageWhen: 'high' | 'low';
  /** Boundaries 0↔1, 1↔2, 2↔3. */
  cuts: readonly [number, number, number];
  source: 'ba_fixed' | 'reconstructed_from_ba_tables' | 'user';
}

export interface EditionRules {
  edition: number;
  /** Score thresholds: Engpassberuf from `shortage`, Beobachtung from `observation`. */
  classes: { shortage: number; observation: number };
  /** Minimum number of assessed indicators for an overall score. */
  minAssessed: number;
  /** Indicator that must be among the assessed ones. */
  requiredIndicator: ShortageIndicator;
  /** No overall result below this number of insured employees (when the count is known). */
  minEmployees: number;
  /** Levels rated only for occupations with a regulated vocational training ("Geregelte Berufsausbildung = ja"). */
  regulatedTrainingLevels: readonly RequirementLevel[];
  rules: Record<RequirementLevel, Record<ShortageIndicator, IndicatorRule>>;
  source: string;
}

export const INDICATOR_LABELS: Record<ShortageIndicator, string> = {
  vacancy_duration_median: 'Vakanzzeit (Median, Tage)',
  jobseeker_vacancy_ratio: 'Arbeitsuchenden-Stellen-Relation',
  occupation_unemployment_rate: 'Berufsspezifische Arbeitslosenquote (%)',
  foreigner_share_change: 'Veränderung des Ausländeranteils (Prozentpunkte)',
  unemployment_exit_rate: 'Abgangsrate aus Arbeitslosigkeit (%)',
  median_wage_change: 'Entwicklung der mittleren Entgelte (%)',
};

const fixed = (shortageWhen: 'high' | 'low', cuts: [number, number, number]): IndicatorRule => ({
  shortageWhen,
  cuts,
  source: 'ba_fixed',
});
const reconstructed = (cuts: [number, number, number]): IndicatorRule => ({
  shortageWhen: 'high',
  cuts,
  source: 'reconstructed_from_ba_tables',
});

const VACANCY = fixed('high', [40, 60, 80]);
const UNEMPLOYMENT = fixed('low', [5, 4, 3]);

export const EDITIONS: Record<number, EditionRules> = {
  2025: {
    edition: 2025,
    classes: { shortage: 2.0, observation: 1.5 },
    minAssessed: 4,
    requiredIndicator: 'vacancy_duration_median',
    minEmployees: 500,
    regulatedTrainingLevels: ['2'],
    source:
      'BA Statistik, Fachkräfteengpassanalyse 2025 (Ergebnistabellen Deutschland); Grenzwerte der Entwicklungsindikatoren aus den veröffentlichten Werten und Punkten rekonstruiert',
    rules: {
      '2': {
        vacancy_duration_median: VACANCY,
        jobseeker_vacancy_ratio: fixed('low', [4, 3, 2]),
        occupation_unemployment_rate: UNEMPLOYMENT,
        foreigner_share_change: reconstructed([0.33, 2.29, 4.25]),
        unemployment_exit_rate: reconstructed([4.39, 7.79, 11.19]),
        median_wage_change: reconstructed([10.16, 14.13, 18.02]),
      },
      '3': {
        vacancy_duration_median: VACANCY,
        jobseeker_vacancy_ratio: fixed('low', [4, 3, 2]),
        occupation_unemployment_rate: UNEMPLOYMENT,
        foreigner_share_change: reconstructed([0.0, 1.13, 2.33]),
        unemployment_exit_rate: reconstructed([5.5, 10.1, 14.7]),
        median_wage_change: reconstructed([6.75, 10.7, 14.79]),
      },
      '4': {
        vacancy_duration_median: VACANCY,
        jobseeker_vacancy_ratio: fixed('low', [6, 5, 4]),
        occupation_unemployment_rate: UNEMPLOYMENT,
        foreigner_share_change: reconstructed([0.3, 1.47, 2.617]),
        unemployment_exit_rate: reconstructed([6.2, 11.2, 16.2]),
        median_wage_change: reconstructed([6.1, 9.85, 13.44]),
      },
    },
  },
};

export function editionRules(edition: number): EditionRules | null {
  return EDITIONS[edition] ?? null;
}

export function knownEditions(): number[] {
  return Object.keys(EDITIONS)
    .map(Number)
    .sort((a, b) => a - b);
}
