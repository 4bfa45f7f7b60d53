/** Pure helpers of the indicator page: view state in the URL, CSV export, map classes. No DOM. */

export const TABS = ['verlauf', 'karte', 'tabelle', 'quellen'] as const;
export type Tab = (typeof TABS)[number];
export type Scope = 'land' | 'de';
export const COMPARISON_ROLES = ['land', 'bund', 'neighbour', 'peer'] as const;
export type Comparison = (typeof COMPARISON_ROLES)[number];

export type Measure = 'absolute' | 'relative';

export interface ViewState {
  tab: Tab;
  /** Chart of the values or of their change since the first period. */
  measure: Measure;
  compare: Comparison[];
  period: string | null;
  scope: Scope;
}

export const DEFAULT_COMPARE: Comparison[] = ['land', 'bund'];

export function readView(query: URLSearchParams): ViewState {
  const tab = query.get('tab');
  const compare = query.get('compare');
  return {
    tab: (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'verlauf',
    measure: query.get('measure') === 'relative' ? 'relative' : 'absolute',
    compare:
      compare === null
        ? DEFAULT_COMPARE
        : COMPARISON_ROLES.filter((role) => compare.split(',').includes(role)),
    period: query.get('period') || null,
    scope: query.get('scope') === 'de' ? 'de' : 'land',
  };
}

/** The query string of a view; defaults are left out so that links stay short. */
export function viewQuery(region: string, view: ViewState): string {
  const query = new URLSearchParams({ region });
  if (view.tab !== 'verlauf') query.set('tab', view.tab);
  if (view.measure !== 'absolute') query.set('measure', view.measure);
  const compare = COMPARISON_ROLES.filter((role) => view.compare.includes(role));
  if (compare.join(',') !== DEFAULT_COMPARE.join(',')) query.set('compare', compare.join(','));
  if (view.period) query.set('period', view.period);
  if (view.scope !== 'land') query.set('scope', view.scope);
  return query.toString();
}

export interface CsvRow {
  region: string;
  name: string;
  period: string;
  value: number | null;
  flag: string | null;
}

/** German decimal comma, no thousands separator (spreadsheets read it as a number). */
export function csvNumber(value: number | null, decimals: number): string {
  if (value === null) return '';
  return value.toFixed(decimals).replace('.', ',');
}

function csvField(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Semicolon-separated CSV as German spreadsheets expect it, with a byte order mark so that Excel reads UTF-8.
 * A marked value has an empty value and its marker, never 0. Source lines follow after an empty line.
 */
export function buildCsv(options: {
  header: [string, string, string, string, string, string];
  rows: CsvRow[];
  unit: string;
  decimals: number;
  sources: string[];
}): string {
  const lines = [options.header.map(csvField).join(';')];
  for (const row of options.rows) {
    lines.push(
      [
        row.region,
        row.name,
        row.period,
        csvNumber(row.value, options.decimals),
        row.value === null ? (row.flag ?? 'missing') : (row.flag ?? ''),
        options.unit,
      ]
        .map(csvField)
        .join(';'),
    );
  }
  if (options.sources.length > 0) lines.push('', ...options.sources.map(csvField));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** Quantile class breaks: up to `classes` classes of about equal size; returns the upper bounds but the last. */
export function classBreaks(values: number[], classes = 5): number[] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  if (sorted.length <= 1) return [];
  const all = [...values].sort((a, b) => a - b);
  const n = Math.min(classes, sorted.length);
  const breaks: number[] = [];
  for (let i = 1; i < n; i++) {
    const value = all[Math.floor((i * all.length) / n) - 1] as number;
    if (breaks.at(-1) !== value && value < (sorted.at(-1) as number)) breaks.push(value);
  }
  return breaks;
}

/** Index of the class a value falls in: values up to and including breaks[i] are in class i. */
export function classOf(value: number, breaks: number[]): number {
  const index = breaks.findIndex((limit) => value <= limit);
  return index === -1 ? breaks.length : index;
}

/** Sequential blues, light to dark, readable on white; the text on the darkest is white. */
export const CLASS_COLOURS = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
export const NO_VALUE_COLOUR = '#d9d9d9';

/** Colours for n classes: spread over the scale so that few classes still span light to dark. */
export function classColours(n: number): string[] {
  if (n <= 1) return [CLASS_COLOURS[2] as string];
  return Array.from(
    { length: n },
    (_, i) => CLASS_COLOURS[Math.round((i * (CLASS_COLOURS.length - 1)) / (n - 1))] as string,
  );
}

export interface PointLike {
  period: string;
  value: number | null;
}

/** The periods of all series, oldest first; ISO dates, years and school years sort as text. */
export function periodsOf(series: { values: PointLike[] }[]): string[] {
  return [...new Set(series.flatMap((s) => s.values.map((v) => v.period)))].sort();
}

/** The period to show when none is chosen: the latest with a value for the region, else the latest with any value. */
export function defaultPeriod(
  series: { region: string; values: PointLike[] }[],
  region: string,
): string | null {
  const withValue = (s: { values: PointLike[] }) =>
    s.values
      .filter((v) => v.value !== null)
      .map((v) => v.period)
      .sort();
  const own = series.find((s) => s.region === region);
  const ownLatest = own ? withValue(own).at(-1) : undefined;
  if (ownLatest) return ownLatest;
  return withValue({ values: series.flatMap((s) => s.values) }).at(-1) ?? periodsOf(series).at(-1) ?? null;
}

export type SortKey = 'key' | 'name' | 'value';
export type SortDirection = 'ascending' | 'descending';

/** Rows sorted by a column; rows without a value stay at the end whichever the direction. */
export function sortRows<T extends { key: string; name: string; value: number | null }>(
  rows: T[],
  key: SortKey,
  direction: SortDirection,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator('de');
  return [...rows].sort((a, b) => {
    if (key === 'value') {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return collator.compare(a.name, b.name);
        return a.value === null ? 1 : -1;
      }
      return sign * (a.value - b.value) || collator.compare(a.name, b.name);
    }
    if (key === 'key') return sign * a.key.localeCompare(b.key);
    return sign * collator.compare(a.name, b.name) || a.key.localeCompare(b.key);
  });
}

/** API paths of the district values and geometries of a scope; the same strings hit the same cache. */
export function districtPaths(
  indicatorId: string,
  scope: Scope,
  land: string,
): { values: string; geometries: string } {
  const id = encodeURIComponent(indicatorId);
  const parent = encodeURIComponent(land);
  return scope === 'de'
    ? { values: `/api/v1/indicators/${id}/districts`, geometries: '/api/v1/geometries?level=district' }
    : {
        values: `/api/v1/indicators/${id}/districts?parent=${parent}`,
        geometries: `/api/v1/geometries?parent=${parent}&level=district`,
      };
}

/**
 * A series as its change in % against its own first value with a number, so that regions of very
 * different levels can be compared by their development. A marked value stays marked; a first value
 * of 0 gives no relative change ('div0'). `base` is the period the change is measured from.
 */
export function relativeChange<P extends PointLike & { flag: string | null }, S extends { values: P[] }>(
  series: S,
): S & { base: string | null } {
  const sorted = [...series.values].sort((a, b) => a.period.localeCompare(b.period));
  const base = sorted.find((v) => v.value !== null);
  const values = sorted.map((v): P => {
    if (v.value === null || !base || base.value === null) return { ...v, value: null };
    if (base.value === 0) return { ...v, value: null, flag: 'div0' };
    return { ...v, value: (v.value / base.value - 1) * 100 };
  });
  return { ...series, values, base: base?.period ?? null };
}
