import { useMemo } from 'react';
import { useChart } from '../../charts/use-chart.ts';
import { escapeHtml } from './charts.ts';

/** Scores run from 1 to 5: the axis ends carry no label. */
const tick = (value: number) => (value >= 1 && value <= 5 ? String(value) : '');

export interface GridPoint {
  label: string;
  power: number;
  interest: number;
  highlight?: boolean;
}

/** Mendelow's power/interest grid, split at the scale mid-point 3; quadrant names in the corners. */
export default function PowerInterestGrid(props: {
  points: GridPoint[];
  label: string;
  axis: { power: string; interest: string };
  quadrants: { keyPlayers: string; keepSatisfied: string; keepInformed: string; monitor: string };
}) {
  const { points, axis, quadrants } = props;
  const option = useMemo(() => {
    return {
      animation: false,
      grid: { left: 56, right: 24, top: 24, bottom: 48 },
      tooltip: {
        trigger: 'item' as const,
        formatter: (p: { data: { label: string; interest: number; power: number } }) =>
          `${escapeHtml(p.data.label)}<br>${escapeHtml(axis.interest)} ${p.data.interest}, ${escapeHtml(axis.power)} ${p.data.power}`,
      },
      xAxis: {
        type: 'value' as const,
        min: 0,
        max: 6,
        interval: 1,
        axisLabel: { formatter: tick },
        splitLine: { show: false },
        name: axis.interest,
        nameLocation: 'middle' as const,
        nameGap: 28,
      },
      yAxis: {
        type: 'value' as const,
        min: 0,
        max: 6,
        interval: 1,
        axisLabel: { formatter: tick },
        splitLine: { show: false },
        name: axis.power,
        nameLocation: 'middle' as const,
        nameGap: 36,
      },
      series: [
        {
          type: 'scatter' as const,
          symbolSize: 14,
          label: {
            show: true,
            position: 'right' as const,
            formatter: (p: { data: { label: string } }) => p.data.label,
            fontSize: 11,
          },
          labelLayout: { hideOverlap: true },
          data: points.map((p, i) => ({
            label: p.label,
            interest: p.interest,
            power: p.power,
            // Points at the same place are spread a little so each stays visible.
            value: [p.interest + ((i % 3) - 1) * 0.08, p.power + ((Math.floor(i / 3) % 3) - 1) * 0.08],
            itemStyle: { color: p.highlight ? '#c2410c' : '#1d4ed8', opacity: 0.85 },
          })),
          markArea: {
            silent: true,
            itemStyle: { color: 'rgba(0,0,0,0)', borderColor: '#cbd5e1', borderWidth: 1 },
            label: { color: '#475569', fontSize: 11 },
            data: [
              [
                {
                  name: quadrants.keyPlayers,
                  xAxis: 3.5,
                  yAxis: 3.5,
                  label: { position: 'insideTopRight' as const },
                },
                { xAxis: 5.5, yAxis: 5.5 },
              ],
              [
                {
                  name: quadrants.keepSatisfied,
                  xAxis: 0.5,
                  yAxis: 3.5,
                  label: { position: 'insideTopLeft' as const },
                },
                { xAxis: 3.5, yAxis: 5.5 },
              ],
              [
                {
                  name: quadrants.keepInformed,
                  xAxis: 3.5,
                  yAxis: 0.5,
                  label: { position: 'insideBottomRight' as const },
                },
                { xAxis: 5.5, yAxis: 3.5 },
              ],
              [
                {
                  name: quadrants.monitor,
                  xAxis: 0.5,
                  yAxis: 0.5,
                  label: { position: 'insideBottomLeft' as const },
                },
                { xAxis: 3.5, yAxis: 3.5 },
              ],
            ],
          },
        },
      ],
    };
  }, [points, axis, quadrants]);
  const ref = useChart(option as Parameters<typeof useChart>[0]);
  return <div ref={ref} className="chart grid-chart" role="img" aria-label={props.label} />;
}
