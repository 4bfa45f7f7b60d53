import { periodPosition } from '../format.ts';

/** Geometry of a small trend line: SVG path segments that break where a value is missing. Pure. */

export interface SparkPoint {
  period: string;
  value: number | null;
}

export interface Sparkline {
  /** One `M … L …` path per unbroken run of values. */
  paths: string[];
  /** The newest point with a value, for a dot at the end. */
  last: { x: number; y: number } | null;
}

export function sparkline(points: SparkPoint[], width: number, height: number, pad = 2): Sparkline {
  const placed = points
    .map((p) => ({ x: periodPosition(p.period), value: p.value }))
    .filter((p): p is { x: number; value: number | null } => p.x !== null)
    .sort((a, b) => a.x - b.x);
  const values = placed.map((p) => p.value).filter((v): v is number => v !== null);
  if (values.length === 0) return { paths: [], last: null };
  const xs = placed.map((p) => p.x);
  const [minX, maxX] = [Math.min(...xs), Math.max(...xs)];
  const [minY, maxY] = [Math.min(...values), Math.max(...values)];
  const sx = (x: number) =>
    maxX === minX ? width / 2 : pad + ((x - minX) / (maxX - minX)) * (width - 2 * pad);
  // A flat series sits in the middle instead of on an edge.
  const sy = (y: number) =>
    maxY === minY ? height / 2 : height - pad - ((y - minY) / (maxY - minY)) * (height - 2 * pad);
  const round = (n: number) => Math.round(n * 10) / 10;
  const paths: string[] = [];
  let current: string[] = [];
  let last: Sparkline['last'] = null;
  for (const point of placed) {
    if (point.value === null) {
      if (current.length) paths.push(current.join(' '));
      current = [];
      continue;
    }
    const x = round(sx(point.x));
    const y = round(sy(point.value));
    current.push(`${current.length ? 'L' : 'M'}${x} ${y}`);
    last = { x, y };
  }
  if (current.length) paths.push(current.join(' '));
  return { paths, last };
}
