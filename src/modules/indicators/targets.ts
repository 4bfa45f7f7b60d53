/** Status of a target value from an indicator's series. Pure. */
import type { SeriesPoint } from './engine.ts';

export type TargetDirection = 'at_least' | 'at_most';
export type TargetStatus = 'reached' | 'on_track' | 'off_track' | 'unknown';

export interface Target {
  targetValue: number;
  targetYear: number;
  direction: TargetDirection;
}

export interface TargetAssessment {
  status: TargetStatus;
  latest: { period: string; value: number } | null;
  /** Value the linear trend of the last (up to) five values reaches in the target year. */
  projected: number | null;
  explanation: string;
}

const meets = (value: number, target: Target) =>
  target.direction === 'at_least' ? value >= target.targetValue : value <= target.targetValue;

export function assessTarget(series: readonly SeriesPoint[], target: Target): TargetAssessment {
  const points = series
    .filter((point): point is SeriesPoint & { value: number } => point.value !== null)
    .map((point) => ({ period: point.period, year: Number(point.period.slice(0, 4)), value: point.value }));
  const latest = points.at(-1);
  if (!latest) {
    return { status: 'unknown', latest: null, projected: null, explanation: 'Keine Werte vorhanden.' };
  }
  const format = (value: number) => value.toLocaleString('de-DE', { maximumFractionDigits: 2 });
  if (meets(latest.value, target)) {
    return {
      status: 'reached',
      latest: { period: latest.period, value: latest.value },
      projected: null,
      explanation: `Zielwert ${format(target.targetValue)} mit ${format(latest.value)} (${latest.period}) erreicht.`,
    };
  }
  const recent = points.slice(-5);
  if (recent.length < 2) {
    return {
      status: 'unknown',
      latest: { period: latest.period, value: latest.value },
      projected: null,
      explanation: 'Für eine Trendaussage sind mindestens zwei Werte nötig.',
    };
  }
  const projected = linearTrendAt(recent, target.targetYear);
  const onTrack = meets(projected, target);
  return {
    status: onTrack ? 'on_track' : 'off_track',
    latest: { period: latest.period, value: latest.value },
    projected,
    explanation: `Der lineare Trend der letzten ${recent.length} Werte erreicht ${target.targetYear} voraussichtlich ${format(projected)}; Ziel: ${target.direction === 'at_least' ? 'mindestens' : 'höchstens'} ${format(target.targetValue)}.`,
  };
}

/** Least-squares line through (year, value), evaluated at `year`. */
export function linearTrendAt(points: readonly { year: number; value: number }[], year: number): number {
  const n = points.length;
  const meanX = points.reduce((sum, point) => sum + point.year, 0) / n;
  const meanY = points.reduce((sum, point) => sum + point.value, 0) / n;
  let numerator = 0;
  let denominator = 0;
  for (const point of points) {
    numerator += (point.year - meanX) * (point.value - meanY);
    denominator += (point.year - meanX) ** 2;
  }
  const slope = denominator === 0 ? 0 : numerator / denominator;
  return meanY + slope * (year - meanX);
}
