import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import {
  formatDate,
  formatMarked,
  formatNumber,
  formatPeriod,
  formatWithUnit,
  type MarkedValue,
} from './format.ts';
import {
  isLanguage,
  type Language,
  type MessageKey,
  markerDescription,
  markerLabel,
  type Params,
  translate,
} from './i18n.ts';

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey, params?: Params) => string;
  number: (value: number, decimals?: number) => string;
  date: (iso: string) => string;
  period: (period: string) => string;
  withUnit: (value: number, unit: string, decimals: number) => string;
  marked: (point: MarkedValue | undefined, unit: string, decimals: number) => string;
  marker: (flag: string) => string;
  markerLong: (flag: string) => string;
}

const Context = createContext<I18n | null>(null);
const STORAGE_KEY = 'bildungsregion.language';

// Inside another site's iframe (embedding) the browser may refuse storage: the page still works, in German
// or in the language of the address (`?lang=en`).
function initialLanguage(): Language {
  const requested = new URLSearchParams(window.location.search).get('lang');
  if (isLanguage(requested)) return requested;
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'de';
  } catch {
    return 'de';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage refused (third-party frame): the choice holds for this page only.
    }
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage,
      t: (key, params) => translate(language, key, params),
      number: (value, decimals) => formatNumber(value, language, decimals),
      date: (iso) => formatDate(iso, language),
      period: (period) => formatPeriod(period, language),
      withUnit: (value, unit, decimals) => formatWithUnit(value, unit, decimals, language),
      marked: (point, unit, decimals) => formatMarked(point, unit, decimals, language),
      marker: (flag) => markerLabel(language, flag),
      markerLong: (flag) => markerDescription(language, flag),
    }),
    [language, setLanguage],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
