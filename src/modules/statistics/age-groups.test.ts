import { describe, expect, it } from 'vitest';
import { agePartition, parseAgeGroup } from './age-groups.ts';

describe('parseAgeGroup', () => {
  it.each([
    ['ALT000B03', { code: 'ALT000B03', from: 0, to: 3 }],
    ['ALT065B75', { code: 'ALT065B75', from: 65, to: 75 }],
    ['ALT075UM', { code: 'ALT075UM', from: 75, to: null }],
    ['ALTU18', { code: 'ALTU18', from: 0, to: 18 }],
    ['INSGESAMT', null],
    ['ALT010B05', null],
  ])('%s', (code, expected) => {
    expect(parseAgeGroup(code)).toEqual(expected);
  });
});

const POPULATION_TABLE_GROUPS = [
  ...['ALT000B03', 'ALT003B06', 'ALT006B10', 'ALT010B15', 'ALT015B18', 'ALT018B20', 'ALT020B25'],
  ...['ALT025B30', 'ALT030B35', 'ALT035B40', 'ALT040B45', 'ALT045B50', 'ALT050B55', 'ALT055B60'],
  ...['ALT060B65', 'ALT065B75', 'ALT075UM'],
];

describe('agePartition', () => {
  it.each<{ name: string; input: string[]; expected: string[] | null }>([
    {
      name: 'the 17 groups of 12411-0018 are a partition themselves',
      input: [...POPULATION_TABLE_GROUPS].reverse(),
      expected: POPULATION_TABLE_GROUPS,
    },
    {
      name: 'fine groups win over coarse overlapping ones',
      input: ['ALT000B03', 'ALT000B06', 'ALT003B06', 'ALT006UM'],
      expected: ['ALT000B03', 'ALT003B06', 'ALT006UM'],
    },
    {
      name: 'a fine group that leads into a gap is skipped for the coarse one',
      input: ['ALT000B03', 'ALT000B06', 'ALT006UM'],
      expected: ['ALT000B06', 'ALT006UM'],
    },
    { name: 'a gap', input: ['ALT000B03', 'ALT006UM'], expected: null },
    { name: 'no open top group', input: ['ALT000B03', 'ALT003B06'], expected: null },
    { name: 'nothing', input: [], expected: null },
  ])('$name', ({ input, expected }) => {
    const result = agePartition(input);
    expect(result?.map((g) => g.code) ?? null).toEqual(expected);
  });
});
