import { describe, expect, it } from 'vitest';
import {
  buildCsv,
  classBreaks,
  classColours,
  classOf,
  csvNumber,
  defaultPeriod,
  districtPaths,
  readView,
  relativeChange,
  sortRows,
  viewQuery,
} from '../../web/src/pages/indicator-view.ts';

describe('indicator page view state', () => {
  it('reads defaults from an empty query and round-trips a full view', () => {
    expect(readView(new URLSearchParams(''))).toEqual({
      tab: 'verlauf',
      measure: 'absolute',
      compare: ['land', 'bund'],
      period: null,
      scope: 'land',
    });
    const view = {
      tab: 'karte',
      measure: 'relative',
      compare: ['bund', 'peer'],
      period: '2023',
      scope: 'de',
    } as const;
    const query = viewQuery('03359', { ...view, compare: [...view.compare] });
    expect(query).toBe('region=03359&tab=karte&measure=relative&compare=bund%2Cpeer&period=2023&scope=de');
    expect(readView(new URLSearchParams(query))).toEqual({ ...view, compare: ['bund', 'peer'] });
    expect(viewQuery('03359', readView(new URLSearchParams('')))).toBe('region=03359');
  });

  it('ignores unknown tabs, comparisons and scopes', () => {
    const view = readView(new URLSearchParams('tab=foo&compare=land,evil&scope=mars'));
    expect(view).toMatchObject({ tab: 'verlauf', compare: ['land'], scope: 'land' });
    expect(readView(new URLSearchParams('compare=')).compare).toEqual([]);
  });

  it('builds the API paths of a Land or of Germany', () => {
    expect(districtPaths('x', 'land', '03')).toEqual({
      values: '/api/v1/indicators/x/districts?parent=03',
      geometries: '/api/v1/geometries?parent=03&level=district',
    });
    expect(districtPaths('x', 'de', '03').values).toBe('/api/v1/indicators/x/districts');
  });
});

describe('CSV export', () => {
  it('uses semicolons, a BOM, decimal commas and markers instead of 0', () => {
    const csv = buildCsv({
      header: ['Regionalschlüssel', 'Name', 'Zeitraum', 'Wert', 'Zeichen', 'Einheit'],
      rows: [
        { region: '03359', name: 'Stade', period: '2023', value: 9, flag: null },
        { region: '03352', name: 'Cuxhaven', period: '2023', value: null, flag: '.' },
        { region: '03101', name: 'Braunschweig; "Stadt"', period: '2023', value: 1234.56, flag: 'p' },
        { region: '03102', name: 'Leer', period: '2023', value: null, flag: null },
      ],
      unit: '%',
      decimals: 1,
      sources: ['Quelle: Schulstatistik; Tabelle 21111-01'],
    });
    expect(csv.startsWith('\ufeffRegionalschlüssel;Name;Zeitraum;Wert;Zeichen;Einheit\r\n')).toBe(true);
    expect(csv).toContain('03359;Stade;2023;9,0;;%\r\n');
    expect(csv).toContain('03352;Cuxhaven;2023;;.;%\r\n');
    expect(csv).toContain('03101;"Braunschweig; ""Stadt""";2023;1234,6;p;%\r\n');
    expect(csv).toContain('03102;Leer;2023;;missing;%\r\n');
    expect(csv.endsWith('\r\n\r\n"Quelle: Schulstatistik; Tabelle 21111-01"\r\n')).toBe(true);
    expect(csvNumber(-0.25, 2)).toBe('-0,25');
  });
});

describe('map classes', () => {
  it('splits values into quantile classes with increasing bounds', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const breaks = classBreaks(values);
    expect(breaks).toEqual([2, 4, 6, 8]);
    expect(values.map((v) => classOf(v, breaks))).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('copes with few or equal values', () => {
    expect(classBreaks([])).toEqual([]);
    expect(classBreaks([5, 5, 5])).toEqual([]);
    expect(classOf(5, [])).toBe(0);
    const breaks = classBreaks([1, 1, 1, 1, 2]);
    expect(breaks).toEqual([1]);
    expect(classColours(breaks.length + 1)).toHaveLength(2);
    expect(classColours(5)).toHaveLength(5);
  });
});

describe('district table', () => {
  const rows = [
    { key: '03359', name: 'Stade', value: 9 },
    { key: '03352', name: 'Cuxhaven', value: null },
    { key: '03101', name: 'Braunschweig, Stadt', value: 7.7 },
    { key: '03452', name: 'Aurich', value: 12.1 },
  ];
  it('sorts by name and value, rows without a value last', () => {
    expect(sortRows(rows, 'name', 'ascending').map((r) => r.name)).toEqual([
      'Aurich',
      'Braunschweig, Stadt',
      'Cuxhaven',
      'Stade',
    ]);
    expect(sortRows(rows, 'value', 'descending').map((r) => r.key)).toEqual([
      '03452',
      '03359',
      '03101',
      '03352',
    ]);
    expect(sortRows(rows, 'value', 'ascending').map((r) => r.key)).toEqual([
      '03101',
      '03359',
      '03452',
      '03352',
    ]);
  });

  it('defaults to the latest period with a value for the region', () => {
    const series = [
      {
        region: '03359',
        values: [
          { period: '2022', value: 1 },
          { period: '2023', value: null },
        ],
      },
      { region: '03352', values: [{ period: '2023', value: 2 }] },
    ];
    expect(defaultPeriod(series, '03359')).toBe('2022');
    expect(defaultPeriod(series, '09999')).toBe('2023');
    expect(defaultPeriod([], '03359')).toBeNull();
  });
});

describe('image export frame', () => {
  it('wraps long source lines at spaces and frames the chart with title, legend and footer', async () => {
    const { framedSvg, wrap } = await import('../../web/src/charts/export-frame.ts');
    expect(wrap('eins zwei drei vier', 9)).toEqual(['eins zwei', 'drei vier']);
    expect(wrap('Donaudampfschiff', 5)).toEqual(['Donaudampfschiff']);
    const svg = framedSvg('<svg width="400" height="50"><path d="M0 0"/></svg>', 400, 50, {
      title: 'A & B',
      legend: [{ colour: '#08519c', label: '1 bis 2' }],
      footer: ['© GeoBasis-DE / BKG'],
    });
    expect(svg).toContain('<svg x="0" y="40" width="400"');
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('fill="#08519c"');
    expect(svg).toContain('© GeoBasis-DE / BKG');
  });
});

describe('relativeChange', () => {
  const point = (period: string, value: number | null, flag: string | null = null) => ({
    period,
    value,
    flag,
  });

  it.each([
    {
      name: 'change in % against the first value',
      input: [point('2021', 10), point('2022', 12.5), point('2023', 7.5)],
      expected: [point('2021', 0), point('2022', 25), point('2023', -25)],
      base: '2021',
    },
    {
      name: 'a leading secret value is skipped for the base and stays marked',
      input: [point('2021', null, '.'), point('2022', 50), point('2023', 75)],
      expected: [point('2021', null, '.'), point('2022', 0), point('2023', 50)],
      base: '2022',
    },
    {
      name: 'a base of 0 gives no change',
      input: [point('2021', 0), point('2022', 3)],
      expected: [point('2021', null, 'div0'), point('2022', null, 'div0')],
      base: '2021',
    },
    {
      name: 'no value at all',
      input: [point('2021', null, 'x')],
      expected: [point('2021', null, 'x')],
      base: null,
    },
  ])('$name', ({ input, expected, base }) => {
    const result = relativeChange({ region: '03359', values: [...input].reverse() });
    expect(result.values).toEqual(expected);
    expect(result.base).toBe(base);
    expect(result.region).toBe('03359');
  });
});
