/**
 * Gap analysis of a network's composition: which actor groups are missing or under-represented
 * against the expected composition. Pure.
 */
export interface ExpectedGroup {
  actorGroup: string;
  minCount: number;
}

export interface MemberForGaps {
  organisationId: string;
  actorGroup: string;
  /** a member who has left no longer counts */
  active: boolean;
}

export type GapStatus = 'missing' | 'under_represented' | 'covered';

export interface GapRow {
  actorGroup: string;
  expected: number;
  actual: number;
  status: GapStatus;
}

export interface GapAnalysis {
  groups: GapRow[];
  missing: string[];
  underRepresented: string[];
  /** groups among the members that the expected composition does not name */
  additional: string[];
  /** share of expected groups that are covered (0 … 1); null without an expected composition */
  coverage: number | null;
}

export function gapAnalysis(
  expected: readonly ExpectedGroup[],
  members: readonly MemberForGaps[],
): GapAnalysis {
  const organisationsByGroup = new Map<string, Set<string>>();
  for (const member of members) {
    if (!member.active) continue;
    const set = organisationsByGroup.get(member.actorGroup) ?? new Set<string>();
    set.add(member.organisationId);
    organisationsByGroup.set(member.actorGroup, set);
  }
  const groups: GapRow[] = expected.map(({ actorGroup, minCount }) => {
    const actual = organisationsByGroup.get(actorGroup)?.size ?? 0;
    const status: GapStatus = actual === 0 ? 'missing' : actual < minCount ? 'under_represented' : 'covered';
    return { actorGroup, expected: minCount, actual, status };
  });
  const expectedGroups = new Set(expected.map((e) => e.actorGroup));
  return {
    groups,
    missing: groups.filter((g) => g.status === 'missing').map((g) => g.actorGroup),
    underRepresented: groups.filter((g) => g.status === 'under_represented').map((g) => g.actorGroup),
    additional: [...organisationsByGroup.keys()].filter((g) => !expectedGroups.has(g)).sort(),
    coverage:
      groups.length === 0 ? null : groups.filter((g) => g.status === 'covered').length / groups.length,
  };
}

/** Whether a member counts on a day: joined on or before it (or unknown) and not yet left. */
export function isActiveOn(joinedOn: string | null, leftOn: string | null, day: string): boolean {
  return (joinedOn === null || joinedOn <= day) && (leftOn === null || leftOn > day);
}
