import { describe, expect, it } from 'vitest';
import {
  dictionaryKeys,
  isLanguage,
  MARKERS,
  markerDescription,
  markerLabel,
  translate,
} from '../../web/src/i18n.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('i18n', () => {
  it('German and English have the same keys and the same placeholders', () => {
    const keys = dictionaryKeys('de');
    expect(dictionaryKeys('en').sort()).toEqual([...keys].sort());
    for (const key of keys as Parameters<typeof translate>[1][]) {
      expect(placeholders(translate('en', key)), key).toEqual(placeholders(translate('de', key)));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('de', 'catalogue.count', { count: 12, total: 60 })).toBe('12 von 60 Indikatoren');
    expect(translate('en', 'catalogue.count', { count: 12, total: 60 })).toBe('12 of 60 indicators');
    expect(translate('de', 'catalogue.count', { count: 12 })).toBe('12 von {total} Indikatoren');
  });

  it('every marker has a short and a long explanation in both languages', () => {
    for (const flag of MARKERS) {
      for (const language of ['de', 'en'] as const) {
        expect(markerLabel(language, flag)).not.toBe(flag);
        expect(markerDescription(language, flag).length).toBeGreaterThan(3);
      }
    }
    expect(markerLabel('de', '.')).toBe('geheim');
    expect(markerLabel('de', '?')).toBe('?');
  });

  it('knows its languages', () => {
    expect(isLanguage('de')).toBe(true);
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage(null)).toBe(false);
  });
});
