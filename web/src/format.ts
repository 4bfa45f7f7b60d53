import { type Language, markerLabel } from './i18n.ts';

/** Numbers, dates and periods in the conventions of German public administration (1.234,5 · 31.12.2023). */

const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, language: Language, decimals?: number): string {
  const key = `${language}:${decimals ?? 'auto'}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      LOCALES[language],
      decimals === undefined
        ? { maximumFractionDigits: 2 }
        : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
    );
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** ISO date → 31.12.2023 (German) or 31/12/2023; anything else is returned unchanged. */
export function formatDate(iso: string, language: Language): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  // Formatting in UTC keeps the calendar day whatever the browser's time zone.
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));
}

/** Periods are years ("2023"), reference dates ("2023-12-31") or school years ("2023/24"). */
export function formatPeriod(period: string, language: Language): string {
  return formatDate(period, language);
}

// A no-break space keeps number and unit on one line, as DIN 5008 asks.
const NBSP = '\u00a0';

export function formatWithUnit(value: number, unit: string, decimals: number, language: Language): string {
  const number = formatNumber(value, language, decimals);
  if (unit === 'Personen' || unit === 'Anzahl') return number;
  return `${number}${NBSP}${unit}`;
}

export interface MarkedValue {
  value: number | null;
  flag: string | null;
}

/**
 * A value as the reader should see it: the number with its unit, or the marker's meaning when
 * there is no number ("geheim", never 0). Informational markers (p, s …) follow the number.
 */
export function formatMarked(
  point: MarkedValue | undefined,
  unit: string,
  decimals: number,
  language: Language,
): string {
  if (!point || (point.value === null && point.flag === null)) return markerLabel(language, 'missing');
  if (point.value === null) return markerLabel(language, point.flag ?? 'missing');
  const text = formatWithUnit(point.value, unit, decimals, language);
  return point.flag ? `${text} (${markerLabel(language, point.flag)})` : text;
}

/**
 * Where a period sits on a time axis, in years. A year ("2023") and a reference date at the end of
 * that year ("2023-12-31") share the position 2023; a mid-year date ("2025-06-30") sits half a year
 * earlier, so that uneven gaps (2020 → 2025) stay visible instead of looking like one step.
 */
export function periodPosition(period: string): number | null {
  const date = ISO_DATE.exec(period);
  if (date) {
    const [, year, month, day] = date;
    const time = Date.UTC(Number(year), Number(month) - 1, Number(day));
    const yearEnd = Date.UTC(Number(year), 11, 31);
    return Number(year) - (yearEnd - time) / (365 * 24 * 3600 * 1000);
  }
  const year = /^(\d{4})/.exec(period);
  return year ? Number(year[1]) : null;
}
