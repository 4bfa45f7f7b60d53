/**
 * The catalogue of the BA Fachkräfteengpassanalyse: Anforderungsniveaus by sheet, the indicators
 * (column label → stable code and unit) and the fixed columns every level sheet may carry.
 */

/** Anforderungsniveau (5th digit of the KldB) by sheet name. */
export const LEVEL_SHEETS: Record<string, { code: string; label: string }> = {
  fachkräfte: { code: '2', label: 'Fachkraft' },
  spezialisten: { code: '3', label: 'Spezialist' },
  experten: { code: '4', label: 'Experte' },
};
export const LEVEL_NAMES = 'Fachkräfte, Spezialisten, Experten';
export const LEVEL_LABELS: Record<string, string> = {
  '1': 'Helfer',
  '2': 'Fachkraft',
  '3': 'Spezialist',
  '4': 'Experte',
};

export interface Indicator {
  code: string;
  unit: string | null;
}

/** BA column labels (normalised, lower case) → stable codes. Labels differ slightly between editions. */
const INDICATORS: [RegExp, Indicator][] = [
  [/^vakanzzeit/, { code: 'vacancy_duration_median', unit: 'Tage' }],
  [
    /^arbeitsuchenden-stellen-relation/,
    { code: 'jobseeker_vacancy_ratio', unit: 'Arbeitsuchende je gemeldete Arbeitsstelle' },
  ],
  [/^berufs(sp\.|spezifische) arbeitslosenquote/, { code: 'occupation_unemployment_rate', unit: '%' }],
  [/^veränderung des anteils .*ausländer/, { code: 'foreigner_share_change', unit: 'Prozentpunkte' }],
  [/^abgangsrate aus arbeitslosigkeit/, { code: 'unemployment_exit_rate', unit: '%' }],
  [/^entwicklung der mittleren entgelte/, { code: 'median_wage_change', unit: '%' }],
  [
    /^veränderung des anteils älterer beschäftigter/,
    { code: 'older_employee_share_change', unit: 'Prozentpunkte' },
  ],
  [/^anteil unb(\.|esetzter) ausbildungsstellen/, { code: 'unfilled_training_place_share', unit: '%' }],
  [/^absolventen-beschäftigten-relation/, { code: 'graduate_employee_ratio', unit: null }],
  [/^substituierbarkeitspotenzial/, { code: 'substitution_potential', unit: '%' }],
  [/^berufliche mobilität/, { code: 'occupational_mobility', unit: '%' }],
  [/^arbeitsstellenbestandsquote/, { code: 'vacancy_stock_rate', unit: '%' }],
  [/^teilzeitquote/, { code: 'part_time_rate', unit: '%' }],
  [/^selbständigenanteil|^selbstständigenanteil/, { code: 'self_employed_share', unit: '%' }],
];

export type ColumnKind = 'number' | 'yes-no';

/** What one column of a Germany sheet is stored as. */
export interface ColumnMeasure {
  code: string;
  label: string;
  unit: string | null;
  kind: ColumnKind;
}

/** The columns that are no indicator (employees, regulated training, counts and points), by their lower-case label. */
export function fixedColumnMeasure(label: string, lower: string): ColumnMeasure | null {
  if (/^sozialversicherungspflichtig beschäftigte/.test(lower)) {
    return { code: 'employees', label, unit: 'Personen', kind: 'number' };
  }
  if (/^geregelte berufsausbildung/.test(lower)) {
    return { code: 'regulated_training', label: `${label} (1 = ja)`, unit: null, kind: 'yes-no' };
  }
  if (/^anzahl der bewerteten indikatoren/.test(lower)) {
    return { code: 'rated_indicator_count', label, unit: 'Anzahl', kind: 'number' };
  }
  if (/^durchschnittliche punktezahl/.test(lower)) {
    return { code: 'score', label, unit: 'Punkte', kind: 'number' };
  }
  if (/^punktezahl/.test(lower)) {
    return { code: 'points_total', label, unit: 'Punkte', kind: 'number' };
  }
  return null;
}

/** The indicator a column or threshold label (normalised, lower case) names, if known. */
export function indicatorFor(lower: string): Indicator | undefined {
  return INDICATORS.find(([pattern]) => pattern.test(lower))?.[1];
}
