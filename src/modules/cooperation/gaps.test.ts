import { describe, expect, it } from 'vitest';
import { COMPOSITION_TEMPLATES } from './composition.ts';
import { gapAnalysis, isActiveOn } from './gaps.ts';
import { networkVisibleTo } from './scope.ts';

const member = (organisationId: string, actorGroup: string, active = true) => ({
  organisationId,
  actorGroup,
  active,
});

describe('gap analysis', () => {
  it('names missing and under-represented groups, ignores members who left', () => {
    const result = gapAnalysis(
      [
        { actorGroup: 'agentur', minCount: 1 },
        { actorGroup: 'bbs', minCount: 2 },
        { actorGroup: 'jobcenter', minCount: 1 },
        { actorGroup: 'ihk', minCount: 1 },
      ],
      [
        member('a1', 'agentur'),
        member('b1', 'bbs'),
        member('j1', 'jobcenter', false),
        member('x', 'betrieb'),
      ],
    );
    expect(result.groups).toEqual([
      { actorGroup: 'agentur', expected: 1, actual: 1, status: 'covered' },
      { actorGroup: 'bbs', expected: 2, actual: 1, status: 'under_represented' },
      { actorGroup: 'jobcenter', expected: 1, actual: 0, status: 'missing' },
      { actorGroup: 'ihk', expected: 1, actual: 0, status: 'missing' },
    ]);
    expect(result.missing).toEqual(['jobcenter', 'ihk']);
    expect(result.underRepresented).toEqual(['bbs']);
    expect(result.additional).toEqual(['betrieb']);
    expect(result.coverage).toBe(0.25);
  });
  it('counts an organisation once even with two representatives', () => {
    const result = gapAnalysis(
      [{ actorGroup: 'bbs', minCount: 2 }],
      [member('b1', 'bbs'), member('b1', 'bbs')],
    );
    expect(result.groups[0]).toMatchObject({ actual: 1, status: 'under_represented' });
  });
  it('without an expected composition: no gaps, coverage unknown', () => {
    expect(gapAnalysis([], [member('a', 'agentur')])).toEqual({
      groups: [],
      missing: [],
      underRepresented: [],
      additional: ['agentur'],
      coverage: null,
    });
  });
});

describe('membership on a day', () => {
  it.each([
    { joined: null, left: null, day: '2024-01-01', expected: true },
    { joined: '2024-02-01', left: null, day: '2024-01-01', expected: false },
    { joined: '2023-01-01', left: '2024-01-01', day: '2024-01-01', expected: false },
    { joined: '2023-01-01', left: '2024-01-02', day: '2024-01-01', expected: true },
  ])('$joined – $left on $day → $expected', ({ joined, left, day, expected }) => {
    expect(isActiveOn(joined, left, day)).toBe(expected);
  });
});

describe('composition templates', () => {
  it('name each actor group once', () => {
    for (const template of COMPOSITION_TEMPLATES) {
      const groups = template.groups.map((g) => g.actorGroup);
      expect(new Set(groups).size, template.id).toBe(groups.length);
    }
  });
});

describe('partner scoping', () => {
  const user = (role: 'partner' | 'editor', organisationId: string | null) => ({
    id: 'u',
    email: 'u@example.org',
    displayName: 'U',
    role,
    organisationId,
  });
  it.each([
    { who: 'public (platform decides)', u: null, members: ['a'], expected: true },
    { who: 'editor', u: user('editor', null), members: ['a'], expected: true },
    { who: 'partner, member', u: user('partner', 'a'), members: ['a', 'b'], expected: true },
    { who: 'partner, not member', u: user('partner', 'c'), members: ['a', 'b'], expected: false },
    { who: 'partner without organisation', u: user('partner', null), members: ['a'], expected: false },
  ])('$who → $expected', ({ u, members, expected }) => {
    expect(networkVisibleTo(u, members)).toBe(expected);
  });
});
