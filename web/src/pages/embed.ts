/** The HTML snippet that embeds an indicator chart in another site (an iframe of /einbetten/…). Pure. */

export function embedPath(indicatorId: string, regionKey: string, compare: readonly string[]): string {
  const query = new URLSearchParams({ region: regionKey });
  if (compare.length) query.set('compare', compare.join(','));
  return `/einbetten/indikatoren/${encodeURIComponent(indicatorId)}?${query}`;
}

const escapeAttribute = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

export function embedSnippet(options: {
  origin: string;
  indicatorId: string;
  regionKey: string;
  compare: readonly string[];
  title: string;
}): string {
  const src = `${options.origin}${embedPath(options.indicatorId, options.regionKey, options.compare)}`;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(options.title)}" width="100%" height="520" style="border:0" loading="lazy"></iframe>`;
}
