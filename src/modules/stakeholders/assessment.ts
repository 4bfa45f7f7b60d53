/**
 * Reading an assessment: the power/interest quadrant (Mendelow, labels after Bryson 2004) and
 * the salience class (Mitchell, Agle & Wood 1997). Pure.
 */
export type Quadrant = 'key_players' | 'keep_satisfied' | 'keep_informed' | 'monitor';
export type SalienceClass =
  | 'definitive'
  | 'dominant'
  | 'dangerous'
  | 'dependent'
  | 'dormant'
  | 'discretionary'
  | 'demanding'
  | 'non_stakeholder';

/** Scores 1–5; the split lies at the mid-point: a score above it counts as high. */
export function quadrant(power: number, interest: number, midpoint = 3): Quadrant {
  const highPower = power > midpoint;
  const highInterest = interest > midpoint;
  if (highPower && highInterest) return 'key_players';
  if (highPower) return 'keep_satisfied';
  if (highInterest) return 'keep_informed';
  return 'monitor';
}

/** An attribute is present at or above the threshold θ (default 3 on 1–5). */
export function salienceClass(
  power: number,
  legitimacy: number,
  urgency: number,
  threshold = 3,
): SalienceClass {
  const p = power >= threshold;
  const l = legitimacy >= threshold;
  const u = urgency >= threshold;
  if (p && l && u) return 'definitive';
  if (p && l) return 'dominant';
  if (p && u) return 'dangerous';
  if (l && u) return 'dependent';
  if (p) return 'dormant';
  if (l) return 'discretionary';
  if (u) return 'demanding';
  return 'non_stakeholder';
}
