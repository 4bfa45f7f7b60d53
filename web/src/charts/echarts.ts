// Only the parts of ECharts the pages use, so that the chart chunk stays small.
import { BarChart, LineChart, MapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, MapChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { echarts };
