import { type RefObject, useEffect, useRef } from 'react';
import { echarts } from './echarts.ts';

type Option = Parameters<ReturnType<typeof echarts.init>['setOption']>[0];

/** One ECharts instance per element (SVG, so it can be exported later), resized with its box. */
export function useChart(
  option: Option | null,
  onClick?: (name: string) => void,
): RefObject<HTMLDivElement | null> {
  const element = useRef<HTMLDivElement | null>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, null, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => {
      if (typeof params.name === 'string') click.current?.(params.name);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (option) chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return element;
}
