import { THEME_H } from './theme-h.ts';
import { THEME_A, THEME_B } from './themes-a-b.ts';
import { THEME_C, THEME_D } from './themes-c-d.ts';
import { THEME_E, THEME_F, THEME_G } from './themes-e-f-g.ts';
import type { IndicatorDefinition } from './types.ts';

export { svbSectorShareFormula } from './formula-parts.ts';

/**
 * The 60 standard indicators of /work/shared/domain/indicators.md (ids, order and themes as there).
 * Building blocks and shared sources: `formula-parts.ts`; the indicators by theme: `themes-*.ts`.
 */
export const STANDARD_INDICATORS: readonly IndicatorDefinition[] = [
  ...THEME_A,
  ...THEME_B,
  ...THEME_C,
  ...THEME_D,
  ...THEME_E,
  ...THEME_F,
  ...THEME_G,
  ...THEME_H,
];
