import { useMemo } from 'react';
import type { FeatureCollectionT } from '../../api.ts';
import { useChart } from '../../charts/use-chart.ts';
import type { OrganisationT } from './api.ts';
import { echarts, escapeHtml, sectorColour } from './charts.ts';

/** Organisations as points over the Kreis boundaries of the Land; a click opens the organisation. */
export default function OrganisationMap(props: {
  geometries: FeatureCollectionT;
  organisations: OrganisationT[];
  label: string;
  groupLabel: (code: string) => string;
  onSelect: (id: string) => void;
}) {
  const { geometries, organisations, groupLabel } = props;
  const option = useMemo(() => {
    const mapName = 'stakeholder-districts';
    if (!echarts.getMap(mapName)) {
      const features = geometries.features.map((f) => ({
        ...f,
        properties: { ...f.properties, name: f.properties.key },
      }));
      echarts.registerMap(mapName, { type: 'FeatureCollection', features } as unknown as Parameters<
        typeof echarts.registerMap
      >[1]);
    }
    const located = organisations.filter((o) => o.latitude !== null && o.longitude !== null);
    const lons = located.map((o) => o.longitude as number);
    const lats = located.map((o) => o.latitude as number);
    const pad = 0.15;
    const bounds =
      located.length > 0
        ? [
            [Math.min(...lons) - pad, Math.max(...lats) + pad],
            [Math.max(...lons) + pad, Math.min(...lats) - pad],
          ]
        : undefined;
    return {
      animation: false,
      tooltip: {
        trigger: 'item' as const,
        formatter: (p: { seriesType: string; data?: { name: string; group: string } }) =>
          p.seriesType === 'scatter' && p.data
            ? `${escapeHtml(p.data.name)}<br>${escapeHtml(groupLabel(p.data.group))}`
            : '',
      },
      geo: {
        map: mapName,
        roam: true,
        ...(bounds ? { boundingCoords: bounds } : {}),
        silent: true,
        itemStyle: { areaColor: '#eef2f7', borderColor: '#94a3b8', borderWidth: 0.8 },
        emphasis: { disabled: true },
      },
      series: [
        {
          type: 'scatter' as const,
          coordinateSystem: 'geo' as const,
          symbolSize: 10,
          cursor: 'pointer',
          itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
          data: located.map((o) => ({
            name: o.name,
            id: o.id,
            value: [o.longitude, o.latitude],
            group: o.actorGroup,
            itemStyle: { color: sectorColour(o.actorGroup) },
          })),
        },
      ],
    };
  }, [geometries, organisations, groupLabel]);
  const byName = useMemo(() => new Map(organisations.map((o) => [o.name, o.id])), [organisations]);
  const ref = useChart(option, (name) => {
    const id = byName.get(name);
    if (id) props.onSelect(id);
  });
  return <div ref={ref} className="map stakeholder-map" role="img" aria-label={props.label} />;
}
