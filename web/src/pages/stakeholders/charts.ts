// The chart parts the stakeholder pages add to the shared ECharts core: graph, scatter, geo.
import { GraphChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, MarkAreaComponent } from 'echarts/components';
import { echarts } from '../../charts/echarts.ts';

echarts.use([GraphChart, ScatterChart, GeoComponent, MarkAreaComponent]);

export { echarts };

/** One colour per broad sector of the actor groups (the legend names the groups, not the colours). */
export function sectorColour(group: string): string {
  if (group.startsWith('schule_') || group === 'bbs') return '#1d4ed8';
  if (['kreisverwaltung', 'gemeinde', 'jugendamt', 'politik'].includes(group)) return '#b45309';
  if (['rlsb', 'kultusministerium'].includes(group)) return '#7c3aed';
  if (['agentur', 'jobcenter', 'jba'].includes(group)) return '#047857';
  if (
    [
      'ihk',
      'hwk',
      'kreishandwerkerschaft',
      'betrieb',
      'arbeitgeberverband',
      'wirtschaftsfoerderung',
    ].includes(group)
  )
    return '#be123c';
  return '#475569';
}

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
