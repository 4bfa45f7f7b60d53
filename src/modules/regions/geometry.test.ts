import { describe, expect, it } from 'vitest';
import {
  type AreaGeometry,
  douglasPeucker,
  findNeighbours,
  mergeGeometries,
  type PolygonGeometry,
  type Position,
  polygonsOf,
  type Ring,
  ringArea,
  simplifyGeometries,
  simplifyGeometry,
} from './geometry.ts';

/** Counter-clockwise square with its lower left corner at (x, y). */
function square(x: number, y: number, size = 1): Ring {
  return [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ];
}

function polygon(...rings: Ring[]): PolygonGeometry {
  return { type: 'Polygon', coordinates: rings };
}

function area(geometry: AreaGeometry): number {
  return polygonsOf(geometry).reduce(
    (sum, rings) =>
      sum + Math.abs(ringArea(rings[0]!)) - rings.slice(1).reduce((h, r) => h + Math.abs(ringArea(r)), 0),
    0,
  );
}

function vertexCount(geometry: AreaGeometry): number {
  return polygonsOf(geometry).reduce((sum, rings) => sum + rings.reduce((n, ring) => n + ring.length, 0), 0);
}

describe('ringArea', () => {
  it.each([
    ['counter-clockwise', square(0, 0, 2), 4],
    ['clockwise', square(0, 0, 2).slice().reverse(), -4],
    ['without closing point', square(0, 0, 2).slice(0, 4), 4],
  ])('%s', (_, ring, expected) => {
    expect(ringArea(ring)).toBeCloseTo(expected);
  });
});

describe('douglasPeucker', () => {
  const zigzag: Position[] = [0, 1, 2, 3, 4, 5, 6].map((x) => [x, x % 2 === 0 ? 0 : 0.1]);
  it.each([
    [
      'collinear points go',
      [
        [0, 0],
        [1, 0],
        [2, 0],
        [3, 0],
      ] as Position[],
      0.01,
      2,
    ],
    ['a zigzag above the tolerance stays', zigzag, 0.05, 7],
    ['a zigzag below the tolerance goes', zigzag, 0.2, 2],
    ['tolerance 0 keeps everything', zigzag, 0, 7],
    [
      'two points stay',
      [
        [0, 0],
        [1, 1],
      ] as Position[],
      1,
      2,
    ],
  ])('%s', (_, points, tolerance, expected) => {
    const simplified = douglasPeucker(points, tolerance);
    expect(simplified).toHaveLength(expected);
    expect(simplified[0]).toEqual(points[0]);
    expect(simplified.at(-1)).toEqual(points.at(-1));
  });

  it('keeps the farthest point of a bump', () => {
    expect(
      douglasPeucker(
        [
          [0, 0],
          [1, 0.51],
          [2, 1],
          [3, 0.49],
          [4, 0],
        ],
        0.1,
      ),
    ).toEqual([
      [0, 0],
      [2, 1],
      [4, 0],
    ]);
  });
});

describe('simplifyGeometry', () => {
  it('removes near-collinear vertices and rounds to 4 decimals', () => {
    const ring: Ring = [
      [0, 0],
      [0.5, 0.00001],
      [1.123456, 0],
      [1.123456, 1],
      [0, 1],
      [0, 0],
    ];
    const simplified = simplifyGeometry(polygon(ring), 0.001) as PolygonGeometry;
    expect(simplified.coordinates[0]).toEqual([
      [0, 0],
      [1.1235, 0],
      [1.1235, 1],
      [0, 1],
      [0, 0],
    ]);
  });

  it.each([
    [
      'a tiny island of a multipolygon',
      { type: 'MultiPolygon', coordinates: [[square(0, 0)], [square(5, 5, 0.0001)]] },
      1,
    ],
    ['a tiny hole', polygon(square(0, 0, 3), square(1, 1, 0.0001).slice().reverse()), 1],
  ] as [string, AreaGeometry, number][])('drops %s that collapses', (_, geometry, rings) => {
    const simplified = simplifyGeometry(geometry, 0.001)!;
    expect(simplified.type).toBe('Polygon');
    expect(polygonsOf(simplified)[0]).toHaveLength(rings);
  });

  it('returns null when everything collapses', () => {
    expect(simplifyGeometry(polygon(square(0, 0, 0.00001)), 0.001)).toBeNull();
  });

  it('drops the holes of a polygon whose outer ring collapses', () => {
    const geometry: AreaGeometry = {
      type: 'MultiPolygon',
      coordinates: [[square(0, 0)], [square(5, 5, 0.00002), square(5.000005, 5.000005, 0.00001)]],
    };
    expect(simplifyGeometry(geometry, 0.001)).toEqual({ type: 'Polygon', coordinates: [square(0, 0)] });
  });
});

describe('simplifyGeometries keeps common borders identical', () => {
  // A wiggly border from (1, 0) to (1, 1) between a left and a right region; the wiggles differ in size.
  const border: Position[] = [
    [1, 0],
    [1.002, 0.1],
    [0.999, 0.2],
    [1.03, 0.3],
    [1.0005, 0.45],
    [0.96, 0.6],
    [1.001, 0.7],
    [1.02, 0.85],
    [1, 1],
  ];
  const left = polygon([[0, 0], ...border, [0, 1], [0, 0]]);
  const right = polygon([[1, 0], [2, 0], [2, 1], ...border.slice().reverse()]);
  const inner = (geometry: AreaGeometry) =>
    polygonsOf(geometry)[0]![0]!
      .filter(([x, y]) => x > 0.5 && x < 1.5 && y > 0 && y < 1)
      .map((p) => p.join());

  it.each([0.005, 0.015, 0.05])('tolerance %s', (tolerance) => {
    const simplified = simplifyGeometries({ left, right }, tolerance);
    const a = inner(simplified.left!);
    const b = inner(simplified.right!);
    expect(a.slice().sort()).toEqual(b.slice().sort());
    expect(a.length).toBeLessThan(border.length - 2);
    expect(findNeighbours({ left: simplified.left!, right: simplified.right! }).left).toEqual(['right']);
  });

  it('simplifies an enclave and the hole around it alike', () => {
    const wiggly: Ring = [
      [1, 1],
      [1.5, 0.98],
      [2, 1],
      [2.01, 1.5],
      [2, 2],
      [1.5, 2.02],
      [1, 2],
      [0.99, 1.5],
      [1, 1],
    ];
    const simplified = simplifyGeometries(
      { city: polygon(wiggly), county: polygon(square(0, 0, 3), wiggly.slice().reverse()) },
      0.05,
    );
    const cityRing = (simplified.city as PolygonGeometry).coordinates[0]!.map((p) => p.join());
    const hole = (simplified.county as PolygonGeometry).coordinates[1]!.map((p) => p.join());
    expect(new Set(cityRing)).toEqual(new Set(hole));
    expect(cityRing.length).toBeLessThan(wiggly.length);
  });
});

describe('findNeighbours', () => {
  const geometries: Record<string, AreaGeometry> = {
    a: polygon(square(0, 0)),
    b: polygon(square(1, 0)), // common edge with a: 2 vertices
    c: polygon(square(1, 1)), // only the corner (1, 1) with a
    d: polygon(square(5, 5)), // far away
    e: { type: 'MultiPolygon', coordinates: [[square(10, 10)], [square(2, 0)]] }, // an island touching b
  };

  it.each([
    ['a', 2, ['b']],
    ['b', 2, ['a', 'c', 'e']],
    ['c', 2, ['b']],
    ['d', 2, []],
    ['e', 2, ['b']],
    ['a', 1, ['b', 'c']],
    ['a', 3, []],
  ])('%s with at least %i shared vertices', (key, minShared, expected) => {
    expect(findNeighbours(geometries, minShared)[key]).toEqual(expected);
  });

  it('is symmetric', () => {
    const neighbours = findNeighbours(geometries);
    for (const [key, list] of Object.entries(neighbours))
      for (const other of list) expect(neighbours[other]).toContain(key);
  });
});

describe('mergeGeometries', () => {
  it.each([
    ['two squares with a common edge', [polygon(square(0, 0)), polygon(square(1, 0))], 'Polygon', 2, 1],
    [
      'an enclave and the region around it',
      [polygon(square(0, 0, 3), square(1, 1).slice().reverse()), polygon(square(1, 1))],
      'Polygon',
      9,
      1,
    ],
    ['clockwise input', [polygon(square(0, 0).slice().reverse()), polygon(square(0, 1))], 'Polygon', 2, 1],
    ['disjoint squares', [polygon(square(0, 0)), polygon(square(3, 0))], 'MultiPolygon', 2, 2],
  ] as [string, AreaGeometry[], string, number, number][])('%s', (_, input, type, expectedArea, polygons) => {
    const merged = mergeGeometries(input)!;
    expect(merged.type).toBe(type);
    expect(area(merged)).toBeCloseTo(expectedArea);
    expect(polygonsOf(merged)).toHaveLength(polygons);
    for (const rings of polygonsOf(merged)) {
      expect(rings).toHaveLength(1);
      expect(ringArea(rings[0]!)).toBeGreaterThan(0);
    }
  });

  it('keeps a hole that belongs to neither region', () => {
    // Two U-shapes around a hole at (1..2, 1..2): the hole survives.
    const merged = mergeGeometries([
      polygon([
        [0, 0],
        [3, 0],
        [3, 1],
        [2, 1],
        [1, 1],
        [0, 1],
        [0, 0],
      ]),
      polygon([
        [0, 1],
        [1, 1],
        [1, 2],
        [2, 2],
        [2, 1],
        [3, 1],
        [3, 3],
        [0, 3],
        [0, 1],
      ]),
    ])!;
    expect(merged.type).toBe('Polygon');
    expect(polygonsOf(merged)[0]).toHaveLength(2);
    expect(area(merged)).toBeCloseTo(8);
    expect(vertexCount(merged)).toBeGreaterThan(8);
  });
});
