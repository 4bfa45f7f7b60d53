import { type SparkPoint, sparkline } from './sparkline.ts';

const WIDTH = 120;
const HEIGHT = 28;

/** A small trend line without axes; the numbers are in the card's text and on the indicator page. */
export function Sparkline({ points, label }: { points: SparkPoint[]; label: string }) {
  const { paths, last } = sparkline(points, WIDTH, HEIGHT, 3);
  if (!last) return null;
  return (
    <svg
      className="sparkline"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
    >
      {paths.map((d) => (
        <path key={d} d={d} fill="none" stroke="currentColor" strokeWidth={1.5} />
      ))}
      <circle cx={last.x} cy={last.y} r={2.5} fill="currentColor" />
    </svg>
  );
}
