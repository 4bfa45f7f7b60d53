import { describe, expect, it } from 'vitest';
import { type AnsweredResponse, aggregate } from './aggregate.ts';
import type { Answers } from './design.ts';

const answers = (over: Partial<Answers> = {}): Answers => ({
  hires: [],
  trainingPlaces: null,
  qualificationNeeds: '',
  hydrogen: null,
  hydrogenNeeds: '',
  lateralEntry: null,
  ...over,
});

const OCCUPATIONS = [
  { kldb: '26112', name: 'Mechatronik' },
  { kldb: '43104', name: 'Informatik' },
];

const company = (
  sector: string,
  hires: [string, number, number][],
  over: Partial<Answers> = {},
): AnsweredResponse => ({
  sector,
  answers: answers({ hires: hires.map(([kldb, year, count]) => ({ kldb, year, count })), ...over }),
});

describe('hires by occupation and year, with suppression below 3 answers', () => {
  it.each([
    ['no answers: hidden, never 0', [], null, null],
    ['one answer: hidden', [company('WZ08-C', [['26112', 2026, 4]])], null, null],
    [
      'two answers: hidden',
      [company('WZ08-C', [['26112', 2026, 4]]), company('WZ08-C', [['26112', 2026, 1]])],
      null,
      null,
    ],
    [
      'three answers: sum shown',
      [
        company('WZ08-C', [['26112', 2026, 4]]),
        company('WZ08-C', [['26112', 2026, 1]]),
        company('WZ08-F', [['26112', 2026, 0]]),
      ],
      5,
      3,
    ],
    [
      'three answers of 0 are shown as 0 (they are answers)',
      [
        company('WZ08-C', [['26112', 2026, 0]]),
        company('WZ08-C', [['26112', 2026, 0]]),
        company('WZ08-F', [['26112', 2026, 0]]),
      ],
      0,
      3,
    ],
    [
      'answers for another year do not count',
      [
        company('WZ08-C', [['26112', 2026, 4]]),
        company('WZ08-C', [['26112', 2027, 1]]),
        company('WZ08-F', [['26112', 2026, 2]]),
      ],
      null,
      null,
    ],
  ])('%s', (_name, responses, hires, companies) => {
    const result = aggregate(OCCUPATIONS, [2026, 2027], responses as AnsweredResponse[]);
    const row = result.occupations.find((r) => r.kldb === '26112' && r.year === 2026)!;
    expect(row.hires.value).toBe(hires);
    expect(row.hires.suppressed).toBe(hires === null);
    expect(row.companies).toBe(companies);
  });

  it('lists every occupation × year of the design', () => {
    expect(aggregate(OCCUPATIONS, [2026, 2027], []).occupations.map((r) => `${r.kldb}/${r.year}`)).toEqual([
      '26112/2026',
      '26112/2027',
      '43104/2026',
      '43104/2027',
    ]);
  });
});

describe('by sector, with secondary suppression', () => {
  const three = (sector: string) =>
    [1, 2, 3].map((n) => company(sector, [['26112', 2026, n]], { trainingPlaces: n }));

  it.each([
    // [name, responses, expected visible sectors → hires, hidden sectors]
    ['all sectors large enough', [...three('WZ08-C'), ...three('WZ08-F')], { 'WZ08-C': 6, 'WZ08-F': 6 }, []],
    [
      'one small sector and the total shown: the next smallest is hidden as well',
      [...three('WZ08-C'), ...three('WZ08-F'), ...three('WZ08-F'), company('WZ08-Q', [['26112', 2026, 9]])],
      { 'WZ08-F': 12 },
      ['WZ08-C', 'WZ08-Q'],
    ],
    [
      'two small sectors: no further hiding needed',
      [...three('WZ08-C'), company('WZ08-Q', [['26112', 2026, 9]]), company('WZ08-P', [['26112', 2026, 2]])],
      { 'WZ08-C': 6 },
      ['WZ08-P', 'WZ08-Q'],
    ],
  ])('%s', (_name, responses, visible, hidden) => {
    const result = aggregate(OCCUPATIONS, [2026], responses);
    const shown = Object.fromEntries(
      result.sectors.filter((row) => !row.suppressed).map((row) => [row.sector, row.hires.value]),
    );
    expect(shown).toEqual(visible);
    expect(
      result.sectors
        .filter((row) => row.suppressed)
        .map((row) => row.sector)
        .sort(),
    ).toEqual(hidden);
    for (const row of result.sectors.filter((r) => r.suppressed)) {
      expect(row.companies).toBeNull();
      expect(row.hires).toEqual({ value: null, suppressed: true });
      expect(row.trainingPlaces.value).toBeNull();
    }
  });

  it('counts openness to lateral entry and hydrogen relevance among those who answered', () => {
    const result = aggregate(
      OCCUPATIONS,
      [2026],
      [
        company('WZ08-C', [], { lateralEntry: 'yes', hydrogen: 'planned' }),
        company('WZ08-C', [], { lateralEntry: 'partly', hydrogen: 'no' }),
        company('WZ08-C', [], { lateralEntry: 'no', hydrogen: 'yes' }),
        company('WZ08-C', [], { lateralEntry: null, hydrogen: null }),
      ],
    );
    expect(result.total.companies).toBe(4);
    expect(result.total.lateralEntryOpen).toEqual({ value: 2, suppressed: false });
    expect(result.total.hydrogenRelevant).toEqual({ value: 2, suppressed: false });
    // Training places: nobody answered → hidden, not 0.
    expect(result.total.trainingPlaces).toEqual({ value: null, suppressed: true });
  });

  it('shows free texts only from 3 responses on, sorted and without names', () => {
    const two = [
      company('WZ08-C', [], { qualificationNeeds: 'Schweißen' }),
      company('WZ08-C', [], { qualificationNeeds: 'Elektrolyse' }),
    ];
    expect(aggregate(OCCUPATIONS, [2026], two).qualificationNeeds).toEqual([]);
    expect(aggregate(OCCUPATIONS, [2026], [...two, company('WZ08-F', [])]).qualificationNeeds).toEqual([
      'Elektrolyse',
      'Schweißen',
    ]);
  });
});
