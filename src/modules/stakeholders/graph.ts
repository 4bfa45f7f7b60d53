/**
 * Social network measures on an undirected, unweighted graph of organisations. Pure.
 *
 * - degree: number of distinct neighbours
 * - betweenness (Freeman 1977) by Brandes' algorithm (2001), unnormalised, undirected:
 *   each unordered pair {s, t} counted once (the directed sum halved)
 * - density: m / (n(n−1)/2)
 * - brokerage (Gould & Fernandez 1989, undirected form): for every open two-path a–v–b
 *   (a and b not adjacent) the broker v gets one role by the actor groups of a, v and b
 * - coverage by actor group: organisations, those with at least one tie, ties inside and across
 */

export interface GraphNode {
  id: string;
  group: string;
}

export interface GraphEdge {
  source: string;
  target: string;
}

export interface NodeMetrics {
  degree: number;
  betweenness: number;
}

export interface Brokerage {
  coordinator: number;
  itinerant: number;
  /** gatekeeper and representative coincide on an undirected graph */
  gatekeeperRepresentative: number;
  liaison: number;
  total: number;
}

export interface GroupCoverage {
  group: string;
  organisations: number;
  connected: number;
  internalTies: number;
  externalTies: number;
}

/** Adjacency sets of the simple graph: loops dropped, parallel edges merged, unknown ids ignored. */
export function adjacency(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>();
  for (const node of nodes) adj.set(node.id, new Set());
  for (const { source, target } of edges) {
    if (source === target) continue;
    const a = adj.get(source);
    const b = adj.get(target);
    if (!a || !b) continue;
    a.add(target);
    b.add(source);
  }
  return adj;
}

export function edgeCount(adj: Map<string, Set<string>>): number {
  let sum = 0;
  for (const neighbours of adj.values()) sum += neighbours.size;
  return sum / 2;
}

export function density(adj: Map<string, Set<string>>): number {
  const n = adj.size;
  if (n < 2) return 0;
  return edgeCount(adj) / ((n * (n - 1)) / 2);
}

/** Brandes' algorithm: one BFS per source, dependencies accumulated in reverse BFS order. */
export function betweenness(adj: Map<string, Set<string>>): Map<string, number> {
  const result = new Map<string, number>();
  for (const id of adj.keys()) result.set(id, 0);
  for (const s of adj.keys()) {
    const stack: string[] = [];
    const predecessors = new Map<string, string[]>();
    const sigma = new Map<string, number>();
    const dist = new Map<string, number>();
    for (const id of adj.keys()) {
      predecessors.set(id, []);
      sigma.set(id, 0);
    }
    sigma.set(s, 1);
    dist.set(s, 0);
    const queue: string[] = [s];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head] as string;
      stack.push(v);
      const dv = dist.get(v) as number;
      for (const w of adj.get(v) ?? []) {
        if (!dist.has(w)) {
          dist.set(w, dv + 1);
          queue.push(w);
        }
        if (dist.get(w) === dv + 1) {
          sigma.set(w, (sigma.get(w) as number) + (sigma.get(v) as number));
          predecessors.get(w)?.push(v);
        }
      }
    }
    const delta = new Map<string, number>();
    for (const id of adj.keys()) delta.set(id, 0);
    while (stack.length > 0) {
      const w = stack.pop() as string;
      for (const v of predecessors.get(w) ?? []) {
        const share = ((sigma.get(v) as number) / (sigma.get(w) as number)) * (1 + (delta.get(w) as number));
        delta.set(v, (delta.get(v) as number) + share);
      }
      if (w !== s) result.set(w, (result.get(w) as number) + (delta.get(w) as number));
    }
  }
  // Every unordered pair was counted from both ends.
  for (const [id, value] of result) result.set(id, value / 2);
  return result;
}

export function nodeMetrics(adj: Map<string, Set<string>>): Record<string, NodeMetrics> {
  const between = betweenness(adj);
  const metrics: Record<string, NodeMetrics> = {};
  for (const [id, neighbours] of adj) {
    metrics[id] = { degree: neighbours.size, betweenness: between.get(id) ?? 0 };
  }
  return metrics;
}

export function brokerage(
  adj: Map<string, Set<string>>,
  groupOf: (id: string) => string,
): Record<string, Brokerage> {
  const result: Record<string, Brokerage> = {};
  for (const [v, neighbours] of adj) {
    const roles: Brokerage = {
      coordinator: 0,
      itinerant: 0,
      gatekeeperRepresentative: 0,
      liaison: 0,
      total: 0,
    };
    const list = [...neighbours];
    const gv = groupOf(v);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as string;
        const b = list[j] as string;
        if (adj.get(a)?.has(b)) continue;
        const ga = groupOf(a);
        const gb = groupOf(b);
        if (ga === gv && gb === gv) roles.coordinator++;
        else if (ga === gb) roles.itinerant++;
        else if (ga === gv || gb === gv) roles.gatekeeperRepresentative++;
        else roles.liaison++;
        roles.total++;
      }
    }
    result[v] = roles;
  }
  return result;
}

export function coverageByGroup(
  adj: Map<string, Set<string>>,
  groupOf: (id: string) => string,
): GroupCoverage[] {
  const byGroup = new Map<string, GroupCoverage>();
  for (const [id, neighbours] of adj) {
    const group = groupOf(id);
    let entry = byGroup.get(group);
    if (!entry) {
      entry = { group, organisations: 0, connected: 0, internalTies: 0, externalTies: 0 };
      byGroup.set(group, entry);
    }
    entry.organisations++;
    if (neighbours.size > 0) entry.connected++;
    for (const other of neighbours) {
      if (groupOf(other) === group) {
        // an internal tie is seen from both ends: count it at the smaller id only
        if (id < other) entry.internalTies++;
      } else entry.externalTies++;
    }
  }
  return [...byGroup.values()].sort((a, b) => a.group.localeCompare(b.group));
}
