import { describe, expect, it } from 'vitest';
import {
  adjacency,
  betweenness,
  brokerage,
  coverageByGroup,
  density,
  edgeCount,
  nodeMetrics,
} from './graph.ts';

const nodesOf = (ids: string, group = 'x') => ids.split('').map((id) => ({ id, group }));
const edgesOf = (pairs: string) =>
  pairs
    .split(' ')
    .filter(Boolean)
    .map((pair) => ({ source: pair[0] as string, target: pair[1] as string }));

describe('betweenness (unnormalised, undirected) against hand-computed values', () => {
  const cases: { name: string; nodes: string; edges: string; expected: Record<string, number> }[] = [
    { name: 'single node', nodes: 'a', edges: '', expected: { a: 0 } },
    { name: 'one edge', nodes: 'ab', edges: 'ab', expected: { a: 0, b: 0 } },
    // a–b–c–d: b lies on a–c and a–d, c on a–d and b–d
    { name: 'path of four', nodes: 'abcd', edges: 'ab bc cd', expected: { a: 0, b: 2, c: 2, d: 0 } },
    // centre on all C(4,2) = 6 leaf pairs
    {
      name: 'star with four leaves',
      nodes: 'zabcd',
      edges: 'za zb zc zd',
      expected: { z: 6, a: 0, b: 0, c: 0, d: 0 },
    },
    // square: each opposite pair has two shortest paths, each middle node gets ½
    {
      name: 'cycle of four (ties)',
      nodes: 'abcd',
      edges: 'ab bc cd da',
      expected: { a: 0.5, b: 0.5, c: 0.5, d: 0.5 },
    },
    { name: 'triangle', nodes: 'abc', edges: 'ab bc ca', expected: { a: 0, b: 0, c: 0 } },
    // a–{b,c}–d plus d–e: b–c has two paths (via a, via d) → a ½, d ½; a–d and a–e have two
    // paths each → b, c get ½ + ½; d lies on every path of a–e, b–e, c–e → d = ½ + 3
    {
      name: 'diamond with tail',
      nodes: 'abcde',
      edges: 'ab ac bd cd de',
      expected: { a: 0.5, b: 1, c: 1, d: 3.5, e: 0 },
    },
    // two components: only pairs within a component count; parallel edges and loops are ignored
    {
      name: 'two components, duplicate edge and loop',
      nodes: 'abcxyz',
      edges: 'ab ba bc aa xy yz',
      expected: { a: 0, b: 1, c: 0, x: 0, y: 1, z: 0 },
    },
  ];
  for (const { name, nodes, edges, expected } of cases) {
    it(name, () => {
      const result = betweenness(adjacency(nodesOf(nodes), edgesOf(edges)));
      expect(Object.fromEntries(result)).toEqual(expected);
    });
  }
});

describe('worked example of the domain notes (11 actors, 17 ties)', () => {
  const groups: Record<string, string> = {
    BB: 'kommune',
    JA: 'kommune',
    GS1: 'schule',
    OBS: 'schule',
    GYM: 'schule',
    BBS: 'schule',
    AA: 'arbeitsmarkt',
    JC: 'arbeitsmarkt',
    IHK: 'wirtschaft',
    HWK: 'wirtschaft',
    BETR: 'wirtschaft',
  };
  const ties =
    'BB-JA BB-GS1 BB-OBS BB-BBS BB-AA BB-IHK JA-JC AA-JC AA-OBS AA-BBS AA-GYM BBS-IHK BBS-HWK BBS-BETR IHK-BETR HWK-BETR OBS-GS1';
  const nodes = Object.entries(groups).map(([id, group]) => ({ id, group }));
  const edges = ties.split(' ').map((tie) => {
    const [source, target] = tie.split('-') as [string, string];
    return { source, target };
  });
  const adj = adjacency(nodes, edges);

  it('density 17/55', () => {
    expect(edgeCount(adj)).toBe(17);
    expect(density(adj)).toBeCloseTo(17 / 55, 10);
  });
  it('degree and normalised betweenness as published (÷ (n−1)(n−2)/2 = 45)', () => {
    const metrics = nodeMetrics(adj);
    expect(metrics.BB?.degree).toBe(6);
    expect(metrics.AA?.degree).toBe(5);
    expect(metrics.BBS?.degree).toBe(5);
    expect(metrics.GYM?.degree).toBe(1);
    expect((metrics.BB?.betweenness ?? 0) / 45).toBeCloseTo(0.378, 3);
    expect((metrics.AA?.betweenness ?? 0) / 45).toBeCloseTo(0.359, 3);
    expect((metrics.BBS?.betweenness ?? 0) / 45).toBeCloseTo(0.311, 3);
    expect(metrics.GYM?.betweenness).toBe(0);
  });
  it('coverage: ties inside and across groups add up to the E–I example (12 external, 5 internal)', () => {
    const coverage = coverageByGroup(adj, (id) => groups[id] as string);
    const internal = coverage.reduce((sum, c) => sum + c.internalTies, 0);
    const external = coverage.reduce((sum, c) => sum + c.externalTies, 0) / 2;
    expect({ internal, external }).toEqual({ internal: 5, external: 12 });
    expect(coverage.find((c) => c.group === 'schule')).toEqual({
      group: 'schule',
      organisations: 4,
      connected: 4,
      internalTies: 1,
      // GS1–BB, OBS–BB, OBS–AA, GYM–AA, BBS–BB/AA/IHK/HWK/BETR
      externalTies: 9,
    });
  });
});

describe('density', () => {
  it.each([
    { nodes: '', edges: '', expected: 0 },
    { nodes: 'a', edges: '', expected: 0 },
    { nodes: 'abc', edges: 'ab', expected: 1 / 3 },
    { nodes: 'abcd', edges: 'ab bc cd da ac bd', expected: 1 },
  ])('$nodes / $edges → $expected', ({ nodes, edges, expected }) => {
    expect(density(adjacency(nodesOf(nodes), edgesOf(edges)))).toBeCloseTo(expected, 12);
  });
});

describe('brokerage roles on open two-paths', () => {
  const cases: {
    name: string;
    groups: Record<string, string>;
    edges: string;
    broker: string;
    expected: object;
  }[] = [
    {
      name: 'coordinator A–A–A',
      groups: { a: 'A', b: 'A', c: 'A' },
      edges: 'ab bc',
      broker: 'b',
      expected: { coordinator: 1, total: 1 },
    },
    {
      name: 'itinerant A–B–A',
      groups: { a: 'A', b: 'B', c: 'A' },
      edges: 'ab bc',
      broker: 'b',
      expected: { itinerant: 1, total: 1 },
    },
    {
      name: 'gatekeeper/representative B–A–A',
      groups: { a: 'B', b: 'A', c: 'A' },
      edges: 'ab bc',
      broker: 'b',
      expected: { gatekeeperRepresentative: 1, total: 1 },
    },
    {
      name: 'liaison A–B–C',
      groups: { a: 'A', b: 'B', c: 'C' },
      edges: 'ab bc',
      broker: 'b',
      expected: { liaison: 1, total: 1 },
    },
    {
      name: 'closed triangle: no brokerage',
      groups: { a: 'A', b: 'B', c: 'C' },
      edges: 'ab bc ca',
      broker: 'b',
      expected: { total: 0 },
    },
  ];
  for (const { name, groups, edges, broker, expected } of cases) {
    it(name, () => {
      const nodes = Object.entries(groups).map(([id, group]) => ({ id, group }));
      const result = brokerage(adjacency(nodes, edgesOf(edges)), (id) => groups[id] as string);
      expect(result[broker]).toEqual({
        coordinator: 0,
        itinerant: 0,
        gatekeeperRepresentative: 0,
        liaison: 0,
        total: 0,
        ...expected,
      });
    });
  }
});
