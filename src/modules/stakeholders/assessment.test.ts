import { describe, expect, it } from 'vitest';
import { quadrant, salienceClass } from './assessment.ts';

describe('power/interest quadrant (split at 3)', () => {
  it.each([
    { power: 5, interest: 5, expected: 'key_players' },
    { power: 4, interest: 2, expected: 'keep_satisfied' },
    { power: 2, interest: 4, expected: 'keep_informed' },
    { power: 3, interest: 3, expected: 'monitor' },
    { power: 1, interest: 1, expected: 'monitor' },
  ])('power $power, interest $interest → $expected', ({ power, interest, expected }) => {
    expect(quadrant(power, interest)).toBe(expected);
  });
});

describe('salience class (θ = 3)', () => {
  it.each([
    { p: 3, l: 3, u: 3, expected: 'definitive' },
    { p: 5, l: 4, u: 1, expected: 'dominant' },
    { p: 4, l: 2, u: 5, expected: 'dangerous' },
    { p: 2, l: 3, u: 3, expected: 'dependent' },
    { p: 3, l: 2, u: 2, expected: 'dormant' },
    { p: 1, l: 5, u: 1, expected: 'discretionary' },
    { p: 1, l: 1, u: 4, expected: 'demanding' },
    { p: 2, l: 2, u: 2, expected: 'non_stakeholder' },
  ])('$p/$l/$u → $expected', ({ p, l, u, expected }) => {
    expect(salienceClass(p, l, u)).toBe(expected);
  });
});
