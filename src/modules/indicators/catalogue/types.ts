/**
 * The shape of the standard indicator catalogue (see `definitions.ts`).
 *
 * Source: /work/shared/domain/indicators.md (research draft, table codes with verification flags
 * V = verified, S = secondary, G = guess). Formulas are written in the formula language of
 * docs/FORMULAS.md and reference the measure and dimension codes the product's importers produce.
 */

/** Topic areas of the Anwendungsleitfaden / Kommunale Bildungsdatenbank, in their order. */
export type Theme = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H';

export type Polarity = 'higher_is_better' | 'lower_is_better' | 'neutral';

/** V / S / G of indicators.md: seen in a primary source, only in third-party code, or our guess. */
export type Verification = 'verified' | 'secondary' | 'guess';

export type RegionalLevel = 'K' | 'G' | 'AAB' | 'L';

export interface IndicatorSource {
  system: 'regionalstatistik' | 'genesis-online' | 'ba' | 'bibb' | 'zensus' | 'destatis' | 'other';
  /** Table code as published (`21111-02-06-4`, `12411-0018`), or null when no code is known yet. */
  table: string | null;
  /** German title of the table or data product. */
  title: string;
  verification: Verification;
  /** German: what to mind when downloading or using it. */
  note?: string;
}

export interface IndicatorDefinition {
  /** snake_case, stable; exactly the id of indicators.md. */
  id: string;
  theme: Theme;
  nameDe: string;
  nameEn: string;
  /** One or two German sentences: what it measures and how. */
  definitionDe: string;
  /** The same in English (terms of official statistics; German names of institutions and certificates kept). */
  definitionEn: string;
  /** In the formula language (docs/FORMULAS.md); null when no importable table can feed it yet. */
  formula: string | null;
  /** German display unit: '%', 'je 100', 'je 1.000', 'Personen', 'EUR', 'Tage', 'Jahre', 'Anzahl'. */
  unit: string;
  /** Decimal places for display. */
  decimals: number;
  polarity: Polarity;
  disaggregations: string[];
  /** The tables to download, with code; the first is the one the formula uses, if there is a formula. */
  sources: IndicatorSource[];
  regionalLevels: RegionalLevel[];
  /** German, e.g. 'jährlich, Stichtag 31.12.' */
  periodicity: string;
  /** Verification of the source table code(s): the flag of the first source. */
  verification: Verification;
  /** German. */
  notes?: string;
}

/**
 * An indicator created through the API (POST /api/v1/indicators, stored as JSON in
 * `custom_indicators.definition`): the English definition may be missing; readers fall back to definitionDe.
 */
export type CustomIndicatorDefinition = Omit<IndicatorDefinition, 'definitionEn'> & {
  definitionEn?: string | undefined;
};

export const THEMES: Record<Theme, { de: string; en: string }> = {
  A: { de: 'Rahmenbedingungen', en: 'Framework conditions' },
  B: { de: 'Grundinformationen zur Bildung', en: 'Basic information on education' },
  C: { de: 'Frühkindliche Bildung', en: 'Early childhood education' },
  D: { de: 'Allgemeinbildende Schulen', en: 'General-education schools' },
  E: { de: 'Berufliche Bildung', en: 'Vocational education and training' },
  F: { de: 'Hochschulen', en: 'Higher education' },
  G: { de: 'Weiterbildung', en: 'Continuing education' },
  H: { de: 'Arbeitsmarkt und Fachkräfte', en: 'Labour market and skilled workers' },
};
