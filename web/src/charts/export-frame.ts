/** The frame around an exported chart or map (pure string building, tested without a DOM). */

export interface ExportFrame {
  title: string;
  /** Legend entries drawn as coloured squares (the map's classes). */
  legend: { colour: string; label: string; stroke?: string }[];
  /** Lines under the graphic: sources and the BKG attribution, which must travel with the map. */
  footer: string[];
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

const FONT = 'font-family="system-ui, sans-serif"';

/** Splits text at spaces into lines of at most `max` characters (a longer word stays whole). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The chart's SVG inside a frame with title, legend and footer, so that an exported file stands alone. */
export function framedSvg(inner: string, width: number, height: number, frame: ExportFrame): string {
  const top = 40;
  // About 7 px per character at 12–13 px: long source lines wrap instead of running off the edge.
  const lines = frame.footer.flatMap((line) => wrap(line, Math.floor((width - 32) / 7)));
  const legendRows = Math.ceil(frame.legend.length / 2);
  const legendHeight = legendRows * 22;
  const total = top + height + legendHeight + lines.length * 18 + 16;
  const legend = frame.legend
    .map((item, i) => {
      const x = 16 + (i % 2) * Math.floor((width - 32) / 2);
      const y = top + height + Math.floor(i / 2) * 22;
      const stroke = item.stroke ? `stroke="${escapeXml(item.stroke)}" stroke-width="3"` : 'stroke="#6b7280"';
      return `<rect x="${x}" y="${y}" width="14" height="12" fill="${escapeXml(item.colour)}" ${stroke}/><text x="${x + 20}" y="${y + 11}" font-size="13" ${FONT} fill="#1f2937">${escapeXml(item.label)}</text>`;
    })
    .join('');
  const footer = lines
    .map(
      (line, i) =>
        `<text x="16" y="${top + height + legendHeight + 16 + i * 18}" font-size="12" ${FONT} fill="#4b5563">${escapeXml(line)}</text>`,
    )
    .join('');
  const body = inner.replace(/^<svg/, `<svg x="0" y="${top}"`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}"><rect width="100%" height="100%" fill="#ffffff"/><text x="16" y="26" font-size="17" font-weight="bold" ${FONT} fill="#1f2937">${escapeXml(frame.title)}</text>${body}${legend}${footer}</svg>`;
}
