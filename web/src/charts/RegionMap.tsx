import { useMemo } from 'react';
import type { FeatureCollectionT } from '../api.ts';
import { navigate } from '../router.tsx';
import { echarts } from './echarts.ts';
import { useChart } from './use-chart.ts';

export interface RegionMapProps {
  land: string;
  geometries: FeatureCollectionT;
  highlight: string;
  label: string;
}

/** The Kreise of one Land, the chosen one in the accent colour. Decorative for screen readers: the label says it all. */
export default function RegionMap({ land, geometries, highlight, label }: RegionMapProps) {
  const option = useMemo(() => {
    const mapName = `land-${land}`;
    if (!echarts.getMap(mapName)) {
      // ECharts matches features by properties.name; the AGS is unique, the name need not be.
      const features = geometries.features.map((feature) => ({
        ...feature,
        properties: { ...feature.properties, name: feature.properties.key },
      }));
      echarts.registerMap(mapName, { type: 'FeatureCollection', features } as unknown as Parameters<
        typeof echarts.registerMap
      >[1]);
    }
    const names = new Map(geometries.features.map((f) => [f.properties.key, f.properties.name]));
    return {
      tooltip: { trigger: 'item' as const, formatter: (p: { name: string }) => names.get(p.name) ?? p.name },
      series: [
        {
          type: 'map' as const,
          map: mapName,
          roam: false,
          cursor: 'pointer',
          selectedMode: false as const,
          itemStyle: { areaColor: '#dfe6ee', borderColor: '#ffffff', borderWidth: 0.8 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#b8c7d9' } },
          data: geometries.features.map((feature) => ({
            name: feature.properties.key,
            itemStyle: feature.properties.key === highlight ? { areaColor: '#0b5cad' } : undefined,
          })),
        },
      ],
    };
  }, [land, geometries, highlight]);
  // A click opens that Kreis; keyboard users have the neighbour links and the region search.
  const ref = useChart(option, (key) => navigate(`/regionen/${key}`));
  return <div ref={ref} className="map" role="img" aria-label={label} />;
}
