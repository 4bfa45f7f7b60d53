import { echarts } from './echarts.ts';
import { type ExportFrame, framedSvg } from './export-frame.ts';

export type { ExportFrame };

/** Starts a download of a data URL or blob under a file name. */
export function download(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

/** The chart or map in `element` as SVG (the renderer's own output, framed) or PNG (that SVG drawn at 2×). */
export async function exportChart(
  element: Element,
  type: 'svg' | 'png',
  fileName: string,
  frame: ExportFrame,
): Promise<void> {
  const chart = echarts.getInstanceByDom(element as HTMLElement);
  if (!chart) throw new Error('Kein Diagramm');
  const dataUrl = chart.getDataURL({ type: 'svg', backgroundColor: '#ffffff' });
  const inner = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const svg = framedSvg(inner, chart.getWidth(), chart.getHeight(), frame);
  const svgUrl = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  if (type === 'svg') {
    download(svgUrl, fileName);
    return;
  }
  const image = new Image();
  image.src = svgUrl;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * scale;
  canvas.height = image.naturalHeight * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Kein Canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  download(canvas.toDataURL('image/png'), fileName);
}
