/**
 * Age groups of the statistics (dimension ALTX): `ALT000B03` = 0 to under 3, `ALT075UM` = 75 and over,
 * `ALT065B75` = 65 to under 75. Tables mix fine and coarse groups (and sometimes totals), so a
 * population pyramid needs one set of groups that covers every age exactly once.
 */

export interface AgeGroup {
  code: string;
  /** First year of age in the group. */
  from: number;
  /** First year of age after the group; null for "and over". */
  to: number | null;
}

export function parseAgeGroup(code: string): AgeGroup | null {
  const closed = /^ALT(\d{3})B(\d{2,3})$/.exec(code);
  if (closed) {
    const from = Number(closed[1]);
    const to = Number(closed[2]);
    return to > from ? { code, from, to } : null;
  }
  const open = /^ALT(\d{3})UM$/.exec(code);
  if (open) return { code, from: Number(open[1]), to: null };
  const under = /^ALTU(\d{2,3})$/.exec(code);
  if (under) return { code, from: 0, to: Number(under[1]) };
  return null;
}

/**
 * The finest gapless partition from age 0 to an open top group, built from the groups available:
 * at each age the narrowest group starting there. Null when the groups leave a gap.
 */
export function agePartition(codes: Iterable<string>): AgeGroup[] | null {
  const groups = [...new Set(codes)].map(parseAgeGroup).filter((g): g is AgeGroup => g !== null);
  const byStart = new Map<number, AgeGroup[]>();
  for (const group of groups) {
    byStart.set(group.from, [...(byStart.get(group.from) ?? []), group]);
  }
  const partition: AgeGroup[] = [];
  let age = 0;
  for (;;) {
    const candidates = byStart.get(age);
    if (!candidates) return null;
    const closed = candidates.filter((g) => g.to !== null).sort((a, b) => (a.to ?? 0) - (b.to ?? 0));
    // Prefer the narrowest closed group, but only if the partition can go on from its end.
    const next = closed.find((g) => byStart.has(g.to as number)) ?? candidates.find((g) => g.to === null);
    if (!next) return null;
    partition.push(next);
    if (next.to === null) return partition;
    age = next.to;
  }
}
