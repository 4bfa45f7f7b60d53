/**
 * Plane geometry on GeoJSON (multi)polygons in lon/lat degrees, for the shipped Kreis and Land
 * boundaries: Douglas–Peucker simplification that keeps shared borders identical, neighbours
 * from shared vertices, and the dissolve of two adjacent regions (Kreis mergers). Pure.
 *
 * The BKG VG5000 boundaries are topologically clean: adjacent regions use the very same
 * vertices (bit-identical doubles) along their common border. Everything here relies on that
 * and compares coordinates exactly; it is not meant for arbitrary, noded-nowhere input.
 */

export type Position = [number, number];
export type Ring = Position[];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Ring[];
}

export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Ring[][];
}

export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

export interface SimplifyOptions {
  /** Decimal places kept after simplification; 4 ≈ 11 m north–south. */
  decimals?: number;
}

/** The polygons of a geometry (each: outer ring, then holes). */
export function polygonsOf(geometry: AreaGeometry): Ring[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function geometryOf(polygons: Ring[][]): AreaGeometry | null {
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}

function pointKey(point: Position): string {
  return `${point[0]},${point[1]}`;
}

/** A ring's vertices without the closing repetition of the first. */
function openRing(ring: Ring): Position[] {
  const last = ring.length - 1;
  return last > 0 && ring[0]![0] === ring[last]![0] && ring[0]![1] === ring[last]![1]
    ? ring.slice(0, last)
    : ring;
}

/** Shoelace area in square degrees; positive for counter-clockwise rings. */
export function ringArea(ring: Ring): number {
  const points = openRing(ring);
  let twice = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[(i + 1) % points.length]!;
    twice += x1 * y2 - x2 * y1;
  }
  return twice / 2;
}

function segmentDistance(point: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = dx * dx + dy * dy;
  let t = length === 0 ? 0 : ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / length;
  t = Math.max(0, Math.min(1, t));
  const x = a[0] + t * dx - point[0];
  const y = a[1] + t * dy - point[1];
  return Math.sqrt(x * x + y * y);
}

/**
 * Douglas–Peucker on an open line: keeps both ends and every point farther than `tolerance`
 * (degrees) from the simplified line. Iterative, so long borders cannot overflow the stack.
 */
export function douglasPeucker(points: readonly Position[], tolerance: number): Position[] {
  if (points.length <= 2 || tolerance <= 0) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i]!, points[first]!, points[last]!);
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

function lessThan(a: Position, b: Position): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

/**
 * Simplifies an arc the same way whichever direction it is walked in, so that the two regions
 * on either side of a border get the same simplified border (no slivers, no gaps).
 */
function simplifyArc(arc: Position[], tolerance: number): Position[] {
  const first = arc[0]!;
  const last = arc[arc.length - 1]!;
  const closed = first[0] === last[0] && first[1] === last[1];
  const reversed = closed ? arc.length > 2 && lessThan(arc[arc.length - 2]!, arc[1]!) : lessThan(last, first);
  if (!reversed) return douglasPeucker(arc, tolerance);
  return douglasPeucker(arc.slice().reverse(), tolerance).reverse();
}

/** Rounds, drops repeated points and returns null for rings that collapsed to a line or point. */
function cleanRing(ring: Position[], decimals: number): Ring | null {
  const factor = 10 ** decimals;
  const out: Ring = [];
  for (const [x, y] of ring) {
    const point: Position = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
    const previous = out[out.length - 1];
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) out.push(point);
  }
  const start = out[0];
  const end = out[out.length - 1];
  if (start && end && (start[0] !== end[0] || start[1] !== end[1])) out.push([start[0], start[1]]);
  if (out.length < 4 || ringArea(out) === 0) return null;
  return out;
}

/**
 * Simplifies many regions at once, keeping their common borders identical: vertices where the
 * set of rings using them changes (border junctions, coast ends) are never removed, and each
 * stretch between two such vertices is simplified in one canonical direction. Rings that
 * collapse are dropped (a polygon whose outer ring collapses goes with its holes); a region
 * whose every polygon collapses maps to null.
 */
export function simplifyGeometries(
  geometries: Readonly<Record<string, AreaGeometry>>,
  tolerance: number,
  options: SimplifyOptions = {},
): Record<string, AreaGeometry | null> {
  const decimals = options.decimals ?? 4;
  // Which rings use a vertex, as a comparable signature.
  const users = new Map<string, string[]>();
  for (const [key, geometry] of Object.entries(geometries)) {
    polygonsOf(geometry).forEach((polygon, p) => {
      polygon.forEach((ring, r) => {
        const id = `${key}\u0000${p}\u0000${r}`;
        for (const point of new Set(openRing(ring).map(pointKey))) {
          const list = users.get(point);
          if (list) list.push(id);
          else users.set(point, [id]);
        }
      });
    });
  }
  const signature = (point: Position): string => {
    const list = users.get(pointKey(point))!;
    return list.length === 1 ? list[0]! : list.slice().sort().join('|');
  };

  const result: Record<string, AreaGeometry | null> = {};
  for (const [key, geometry] of Object.entries(geometries)) {
    const polygons: Ring[][] = [];
    for (const polygon of polygonsOf(geometry)) {
      const rings: Ring[] = [];
      for (const [r, ring] of polygon.entries()) {
        const simplified = cleanRing(simplifyRing(openRing(ring), tolerance, signature), decimals);
        if (simplified) rings.push(simplified);
        else if (r === 0) break;
      }
      // Empty when the outer ring collapsed: the loop stopped before the holes.
      if (rings.length > 0) polygons.push(rings);
    }
    result[key] = geometryOf(polygons);
  }
  return result;
}

function simplifyRing(
  points: Position[],
  tolerance: number,
  signature: (point: Position) => string,
): Position[] {
  const n = points.length;
  if (n < 4) return [...points, points[0]!];
  const signatures = points.map(signature);
  const fixed: number[] = [];
  for (let i = 0; i < n; i++) {
    const here = signatures[i]!;
    if (here.includes('|') && (here !== signatures[(i + n - 1) % n] || here !== signatures[(i + 1) % n]))
      fixed.push(i);
    else if (here.split('|').length >= 3) fixed.push(i);
  }
  if (fixed.length === 0) {
    // No junction: start at the smallest vertex so that both users of a shared ring agree.
    let start = 0;
    for (let i = 1; i < n; i++) if (lessThan(points[i]!, points[start]!)) start = i;
    fixed.push(start);
  }
  const out: Position[] = [];
  for (let f = 0; f < fixed.length; f++) {
    const from = fixed[f]!;
    const to = fixed[(f + 1) % fixed.length]!;
    const arc: Position[] = [];
    for (let i = from; ; i = (i + 1) % n) {
      arc.push(points[i]!);
      if (i === to && arc.length > 1) break;
    }
    const simplified = simplifyArc(arc, tolerance);
    out.push(...simplified.slice(0, -1));
  }
  out.push(out[0]!);
  return out;
}

/** One region's geometry simplified (see `simplifyGeometries`); null if it collapses entirely. */
export function simplifyGeometry(
  geometry: AreaGeometry,
  tolerance: number,
  options: SimplifyOptions = {},
): AreaGeometry | null {
  return simplifyGeometries({ region: geometry }, tolerance, options).region ?? null;
}

/**
 * Regions sharing at least `minShared` vertices of their unsimplified boundaries. One shared
 * vertex is a touch at a corner (four-region points, river bends), not a common border.
 */
export function findNeighbours(
  geometries: Readonly<Record<string, AreaGeometry>>,
  minShared = 2,
): Record<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const [key, geometry] of Object.entries(geometries)) {
    const points = new Set<string>();
    for (const polygon of polygonsOf(geometry))
      for (const ring of polygon) for (const p of ring) points.add(pointKey(p));
    for (const point of points) {
      const list = owners.get(point);
      if (list) list.push(key);
      else owners.set(point, [key]);
    }
  }
  const shared = new Map<string, number>();
  for (const list of owners.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const pair = list[i]! < list[j]! ? `${list[i]}\u0000${list[j]}` : `${list[j]}\u0000${list[i]}`;
        shared.set(pair, (shared.get(pair) ?? 0) + 1);
      }
    }
  }
  const neighbours: Record<string, string[]> = {};
  for (const key of Object.keys(geometries)) neighbours[key] = [];
  for (const [pair, count] of shared) {
    if (count < minShared) continue;
    const [a, b] = pair.split('\u0000') as [string, string];
    neighbours[a]!.push(b);
    neighbours[b]!.push(a);
  }
  for (const list of Object.values(neighbours)) list.sort();
  return neighbours;
}

/** Orients outer rings counter-clockwise and holes clockwise (RFC 7946). */
function orient(polygon: Ring[]): Ring[] {
  return polygon.map((ring, r) => {
    const ccw = ringArea(ring) > 0;
    return (r === 0) === ccw ? ring : ring.slice().reverse();
  });
}

function pointInRing(point: Position, ring: Ring): boolean {
  let inside = false;
  const points = openRing(ring);
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]!;
    const [xj, yj] = points[j]!;
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi)
      inside = !inside;
  }
  return inside;
}

/**
 * The union of adjacent regions with exactly shared borders (a Kreis merger): edges walked in
 * both directions cancel, the rest is chained into rings, and holes go to the outer ring that
 * contains them.
 */
export function mergeGeometries(geometries: readonly AreaGeometry[]): AreaGeometry | null {
  const edges = new Map<string, { from: Position; to: Position }[]>();
  const edgeKey = (from: Position, to: Position) => `${pointKey(from)}>${pointKey(to)}`;
  for (const geometry of geometries) {
    for (const polygon of polygonsOf(geometry)) {
      for (const ring of orient(polygon)) {
        const points = openRing(ring);
        for (let i = 0; i < points.length; i++) {
          const from = points[i]!;
          const to = points[(i + 1) % points.length]!;
          const opposite = edges.get(edgeKey(to, from));
          if (opposite && opposite.length > 0) {
            opposite.pop();
            if (opposite.length === 0) edges.delete(edgeKey(to, from));
            continue;
          }
          const key = edgeKey(from, to);
          const list = edges.get(key);
          if (list) list.push({ from, to });
          else edges.set(key, [{ from, to }]);
        }
      }
    }
  }
  const outgoing = new Map<string, { from: Position; to: Position }[]>();
  for (const list of edges.values()) {
    for (const edge of list) {
      const key = pointKey(edge.from);
      const out = outgoing.get(key);
      if (out) out.push(edge);
      else outgoing.set(key, [edge]);
    }
  }
  const rings: Ring[] = [];
  for (const start of [...outgoing.keys()]) {
    while ((outgoing.get(start)?.length ?? 0) > 0) {
      const ring: Ring = [];
      let edge = outgoing.get(start)!.pop()!;
      ring.push(edge.from);
      for (;;) {
        ring.push(edge.to);
        // Close at the start even where another ring touches it (pinch point).
        if (pointKey(edge.to) === start) break;
        const next = outgoing.get(pointKey(edge.to));
        if (!next || next.length === 0) break;
        edge = next.pop()!;
      }
      if (ring.length >= 4) rings.push(ring);
    }
  }
  const outers = rings.filter((ring) => ringArea(ring) > 0).map((ring) => [ring]);
  for (const hole of rings.filter((ring) => ringArea(ring) < 0)) {
    const owner = outers.find((polygon) => hole.some((point) => pointInRing(point, polygon[0]!)));
    owner?.push(hole);
  }
  return geometryOf(outers);
}
