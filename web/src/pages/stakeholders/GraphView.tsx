import { useMemo } from 'react';
import { useChart } from '../../charts/use-chart.ts';
import type { GraphT } from './api.ts';
import { escapeHtml, sectorColour } from './charts.ts';

/** Force-directed graph of organisations; node size follows betweenness; a click opens the organisation. */
export default function GraphView(props: {
  graph: GraphT;
  label: string;
  groupLabel: (code: string) => string;
  kindLabel: (kind: string) => string;
  onSelect: (id: string) => void;
}) {
  const { graph, groupLabel, kindLabel } = props;
  const option = useMemo(() => {
    const maxBetweenness = Math.max(1, ...Object.values(graph.metrics).map((m) => m.betweenness));
    const groups = [...new Set(graph.nodes.map((n) => n.actorGroup))].sort();
    // One link per pair, listing every kind and origin of the tie in the tooltip.
    const pairs = new Map<string, { source: string; target: string; labels: string[] }>();
    for (const edge of graph.edges) {
      const key = `${edge.source}|${edge.target}`;
      const entry = pairs.get(key) ?? { source: edge.source, target: edge.target, labels: [] };
      entry.labels.push(`${kindLabel(edge.kind)}: ${edge.label}`);
      pairs.set(key, entry);
    }
    return {
      animation: false,
      tooltip: {
        formatter: (p: { dataType: string; data: { name?: string; group?: string; labels?: string[] } }) =>
          p.dataType === 'node'
            ? `${escapeHtml(p.data.name ?? '')}<br>${escapeHtml(groupLabel(p.data.group ?? ''))}`
            : (p.data.labels ?? []).map(escapeHtml).join('<br>'),
      },
      legend: { data: groups.map(groupLabel), type: 'scroll' as const, bottom: 0 },
      series: [
        {
          type: 'graph' as const,
          layout: 'force' as const,
          roam: true,
          draggable: true,
          cursor: 'pointer',
          force: { repulsion: 320, edgeLength: [70, 170], gravity: 0.06 },
          label: { show: true, position: 'right' as const, fontSize: 11 },
          labelLayout: { hideOverlap: true },
          categories: groups.map((g) => ({ name: groupLabel(g), itemStyle: { color: sectorColour(g) } })),
          lineStyle: { color: '#94a3b8', width: 1.2, opacity: 0.8 },
          emphasis: { focus: 'adjacency' as const },
          data: graph.nodes.map((n) => ({
            id: n.id,
            name: n.name,
            group: n.actorGroup,
            category: groups.indexOf(n.actorGroup),
            symbolSize: 10 + 26 * Math.sqrt((graph.metrics[n.id]?.betweenness ?? 0) / maxBetweenness),
          })),
          links: [...pairs.values()].map((p) => ({
            source: p.source,
            target: p.target,
            labels: p.labels,
            lineStyle: { width: Math.min(4, p.labels.length) },
          })),
        },
      ],
    };
  }, [graph, groupLabel, kindLabel]);
  const byName = useMemo(() => new Map(graph.nodes.map((n) => [n.name, n.id])), [graph]);
  const ref = useChart(option as Parameters<typeof useChart>[0], (name) => {
    const id = byName.get(name);
    if (id) props.onSelect(id);
  });
  return <div ref={ref} className="chart graph-chart" role="img" aria-label={props.label} />;
}
