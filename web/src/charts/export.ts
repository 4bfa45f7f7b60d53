import { echarts } from './echarts.ts';

/** Starts a download of a data URL or blob under a file name. */
export function download(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

/** The chart or map in `element` as SVG (the renderer's own output) or PNG (the SVG drawn on a canvas at 2×). */
export async function exportChart(element: Element, type: 'svg' | 'png', fileName: string): Promise<void> {
  const chart = echarts.getInstanceByDom(element as HTMLElement);
  if (!chart) throw new Error('Kein Diagramm');
  const svg = chart.getDataURL({ type: 'svg', backgroundColor: '#ffffff' });
  if (type === 'svg') {
    download(svg, fileName);
    return;
  }
  const image = new Image();
  image.src = svg;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = chart.getWidth() * scale;
  canvas.height = chart.getHeight() * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Kein Canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  download(canvas.toDataURL('image/png'), fileName);
}
