import { useMemo } from 'react';
import type { FeatureCollectionT } from '../api.ts';
import { echarts } from './echarts.ts';
import { useChart } from './use-chart.ts';

export interface DistrictMapProps {
  /** Unique per set of geometries: "03" for a Land, "de" for Germany. */
  mapKey: string;
  geometries: FeatureCollectionT;
  /** Fill per Kreis; a Kreis without an entry is drawn grey and hatched (no value or a marker). */
  fills: Map<string, string>;
  noValueColour: string;
  highlight: string;
  /** Tooltip text per Kreis (name and value or marker). */
  describe: (key: string) => string;
  label: string;
  onSelect: (key: string) => void;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** Choropleth of Kreise; the chosen region is outlined. A click chooses another region. */
export default function DistrictMap(props: DistrictMapProps) {
  const { mapKey, geometries, fills, noValueColour, highlight, describe } = props;
  const option = useMemo(() => {
    const mapName = `districts-${mapKey}`;
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
    const thin = geometries.features.length > 100 ? 0.3 : 0.8;
    return {
      animation: false,
      tooltip: { trigger: 'item' as const, formatter: (p: { name: string }) => escapeHtml(describe(p.name)) },
      series: [
        {
          type: 'map' as const,
          map: mapName,
          roam: false,
          cursor: 'pointer',
          selectedMode: false as const,
          itemStyle: { areaColor: noValueColour, borderColor: '#ffffff', borderWidth: thin },
          emphasis: { label: { show: false }, itemStyle: { borderColor: '#111827', borderWidth: 1.5 } },
          data: geometries.features.map((feature) => {
            const key = feature.properties.key;
            const fill = fills.get(key);
            return {
              name: key,
              z: key === highlight ? 10 : 1,
              itemStyle: {
                areaColor: fill ?? noValueColour,
                // Grey and hatched: no value or a marker, never a class colour.
                ...(fill
                  ? {}
                  : {
                      decal: {
                        symbol: 'rect',
                        color: 'rgba(0,0,0,0.28)',
                        dashArrayX: [1, 0],
                        dashArrayY: [2, 4],
                        rotation: -Math.PI / 4,
                      },
                    }),
                ...(key === highlight ? { borderColor: '#c2410c', borderWidth: 3 } : {}),
              },
            };
          }),
        },
      ],
    };
  }, [mapKey, geometries, fills, noValueColour, highlight, describe]);
  const ref = useChart(option, props.onSelect);
  return (
    <div ref={ref} className={mapKey === 'de' ? 'map map-de' : 'map'} role="img" aria-label={props.label} />
  );
}
