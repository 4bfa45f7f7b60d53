import { describe, expect, it } from 'vitest';
import {
  ageCode,
  attributeCode,
  dimensionForVariable,
  isConnectorLabel,
  isKnownVariableName,
  isTotalLabel,
  periodCode,
  recogniseAttribute,
  recogniseAttributeOrSector,
  sectorCode,
  shortHash,
  shortSlug,
  slug,
} from './labels.ts';

describe('slug', () => {
  const cases: { input: string; expected: string }[] = [
    { input: 'Schülerinnen und Schüler', expected: 'schuelerinnen_und_schueler' },
    {
      input: 'Größenkl. persönl. monatl. Nettoeinkommen',
      expected: 'groessenkl_persoenl_monatl_nettoeinkommen',
    },
    { input: 'ÄÖÜ äöü ß', expected: 'aeoeue_aeoeue_ss' },
    { input: '11. Jahrgangsstufe / Einführungsphase', expected: '11_jahrgangsstufe_einfuehrungsphase' },
    { input: '  Café – Crème  ', expected: 'cafe_creme' },
    { input: '500 bis unter 1000 EUR', expected: '500_bis_unter_1000_eur' },
    { input: '---', expected: 'leer' },
  ];
  it.each(cases)('$input → $expected', ({ input, expected }) => {
    expect(slug(input)).toBe(expected);
  });
});

describe('shortSlug', () => {
  const cases: { input: string; max: number; expected: string }[] = [
    { input: 'Arbeitslose', max: 40, expected: 'arbeitslose' },
    {
      input: 'Absolvierende/Abgehende allgemeinbildender Schulen nach dem Abschluss',
      max: 40,
      expected: 'absolvierende_abgehende',
    },
    {
      input: 'Schülerinnen und Schüler an allgemeinbildenden Schulen',
      max: 40,
      expected: 'schuelerinnen_und_schueler',
    },
    {
      input: 'Arbeitslosenquote bez. abh. zivile Erwerbspers.',
      max: 40,
      expected: 'arbeitslosenquote_bez_abh_zivile',
    },
    { input: 'Donaudampfschifffahrtsgesellschaft', max: 10, expected: 'donaudampf' },
  ];
  it.each(cases)('$input ($max)', ({ input, max, expected }) => {
    expect(shortSlug(input, max)).toBe(expected);
    expect(shortSlug(input, max).length).toBeLessThanOrEqual(max);
  });
});

describe('recogniseAttribute (sex, nationality and age groups from the label alone)', () => {
  const cases: { input: string; expected: { dimension: string; code: string } | null }[] = [
    { input: 'männlich', expected: { dimension: 'GES', code: 'GESM' } },
    { input: 'male', expected: { dimension: 'GES', code: 'GESM' } },
    { input: ' Weiblich ', expected: { dimension: 'GES', code: 'GESW' } },
    { input: 'Frauen', expected: { dimension: 'GES', code: 'GESW' } },
    { input: 'female', expected: { dimension: 'GES', code: 'GESW' } },
    { input: 'Deutsche', expected: { dimension: 'NAT', code: 'NATD' } },
    { input: 'deutsch', expected: { dimension: 'NAT', code: 'NATD' } },
    { input: 'Ausländer', expected: { dimension: 'NAT', code: 'NATA' } },
    { input: 'Ausländer(innen)', expected: { dimension: 'NAT', code: 'NATA' } },
    { input: 'ausländisch', expected: { dimension: 'NAT', code: 'NATA' } },
    { input: 'Ausländerinnen und Ausländer', expected: { dimension: 'NAT', code: 'NATA' } },
    { input: 'Ausländer/-innen', expected: { dimension: 'NAT', code: 'NATA' } },
    { input: 'unter 3 Jahre', expected: { dimension: 'ALTX', code: 'ALT000B03' } },
    { input: '75 Jahre und mehr', expected: { dimension: 'ALTX', code: 'ALT075UM' } },
    { input: 'Insgesamt', expected: null },
    { input: 'schwerbehindert', expected: null },
    { input: 'Verarbeitendes Gewerbe (C)', expected: null },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    expect(recogniseAttribute(input)).toEqual(expected);
  });
});

describe('ageCode (age groups: dimension ALTX, attribute codes from the bounds as in GENESIS)', () => {
  const cases: { input: string; expected: string | null }[] = [
    { input: 'unter 3 Jahre', expected: 'ALT000B03' },
    { input: 'unter 1 Jahr', expected: 'ALT000B01' },
    { input: '3 bis unter 6 Jahre', expected: 'ALT003B06' },
    { input: '  15 bis  unter 25 Jahre ', expected: 'ALT015B25' },
    { input: 'von 15 bis unter 25 Jahren', expected: 'ALT015B25' },
    { input: 'im Alter von 6 bis unter 10 Jahren', expected: 'ALT006B10' },
    { input: '95 bis unter 100 Jahre', expected: 'ALT095B100' },
    { input: '75 Jahre und mehr', expected: 'ALT075UM' },
    { input: '65 Jahre und älter', expected: 'ALT065UM' },
    { input: '75 und mehr Jahre', expected: 'ALT075UM' },
    { input: '100 Jahre und mehr', expected: 'ALT100UM' },
    { input: '5 Jahre', expected: 'ALT005B06' },
    { input: '1 Jahr', expected: 'ALT001B02' },
    // Not age groups, or not ones whose bounds are certain:
    { input: '6 bis unter 3 Jahre', expected: null },
    { input: '15 bis 25 Jahre', expected: null },
    { input: '1 Jahr und länger', expected: null },
    { input: '65 Jahre und älter bis zur Regelaltersgrenze', expected: null },
    { input: 'Jahre', expected: null },
    { input: '2020', expected: null },
    { input: 'Insgesamt', expected: null },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    expect(ageCode(input)).toBe(expected);
  });
});

describe('sectorCode (WZ 2008: dimension WZ08, attribute WZ08-<letters>)', () => {
  const cases: { input: string; expected: string | null }[] = [
    { input: 'Verarbeitendes Gewerbe (C)', expected: 'WZ08-C' },
    { input: 'Produzierendes Gewerbe (B-F)', expected: 'WZ08-B-F' },
    { input: 'Produzierendes Gewerbe ohne Baugewerbe (B-E)', expected: 'WZ08-B-E' },
    { input: 'Land- und Forstwirtschaft, Fischerei (A)', expected: 'WZ08-A' },
    { input: 'Handel, Gastgewerbe, Verkehr (G - I)', expected: 'WZ08-G-I' },
    { input: 'Freiberufl,wissenschaftl. techn. Dienstl.,sonst.DL', expected: 'WZ08-M-N' },
    { input: 'Öff.Verw.,Verteidig.,Sozialvers.,Erz.-u.Unterricht', expected: 'WZ08-O-Q' },
    { input: 'Kunst, Unterhaltung, Erholung, Priv. Haush.,usw.', expected: 'WZ08-R-U' },
    { input: 'Sozialversicherungspfl. Beschäftigte (Arbeitsort)', expected: null },
    { input: 'Insgesamt', expected: null },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    expect(sectorCode(input)).toBe(expected);
  });

  it('is recognised together with sex and nationality where a cell is an attribute', () => {
    expect(recogniseAttributeOrSector('Baugewerbe (F)')).toEqual({ dimension: 'WZ08', code: 'WZ08-F' });
    expect(recogniseAttributeOrSector('weiblich')).toEqual({ dimension: 'GES', code: 'GESW' });
    expect(recogniseAttributeOrSector('Grundschulen')).toBeNull();
  });
});

describe('attributeCode', () => {
  const cases: { dimension: string; label: string; expected: string | null }[] = [
    { dimension: 'GES', label: 'weiblich', expected: 'GESW' },
    { dimension: 'GES', label: 'Insgesamt', expected: null },
    { dimension: 'GES', label: 'Total', expected: null },
    { dimension: 'GES', label: 'divers', expected: 'divers' },
    { dimension: 'NAT', label: 'Deutsche', expected: 'NATD' },
    { dimension: 'NAT', label: 'Insgesamt', expected: null },
    { dimension: 'WZ08', label: 'Baugewerbe (F)', expected: 'WZ08-F' },
    { dimension: 'ALTX', label: '18 bis unter 20 Jahre', expected: 'ALT018B20' },
    { dimension: 'ALTX', label: 'Insgesamt', expected: null },
    { dimension: 'ALTX', label: 'Kinder im Krippenalter', expected: 'kinder_im_krippenalter' },
    { dimension: 'klassenstufe', label: '7. Klassenstufe', expected: '7_klassenstufe' },
    {
      dimension: 'merkmal_1',
      label: 'Sonderschulen/Förderschulen',
      expected: 'sonderschulen_foerderschulen',
    },
    { dimension: 'merkmal_1', label: '', expected: null },
  ];
  it.each(cases)('$dimension: $label', ({ dimension, label, expected }) => {
    expect(attributeCode(dimension, label)).toBe(expected);
  });
});

describe('variable names', () => {
  const cases: { input: string; known: boolean; code: string }[] = [
    { input: 'Geschlecht', known: true, code: 'GES' },
    { input: 'Nationalität', known: true, code: 'NAT' },
    { input: 'Staatsangehörigkeit', known: true, code: 'NAT' },
    { input: 'Wirtschaftszweige (WZ2008)', known: true, code: 'WZ08' },
    {
      input: 'Klassenstufe / Jahrgangsstufe / Schulbesuchsjahr',
      known: true,
      code: 'klassenstufe_jahrgangsstufe',
    },
    { input: 'Altersgruppen', known: true, code: 'ALTX' },
    { input: 'Alter', known: true, code: 'ALTX' },
    { input: 'Altersjahre', known: true, code: 'ALTX' },
    { input: 'Altersgruppen (unter 3 bis 75 und mehr)', known: true, code: 'ALTX' },
    { input: 'Alter der Mutter', known: true, code: 'alter_der_mutter' },
    { input: 'Schulart', known: true, code: 'schulart' },
    { input: 'Arbeitslose', known: false, code: 'arbeitslose' },
    { input: 'Insgesamt', known: false, code: 'insgesamt' },
  ];
  it.each(cases)('$input', ({ input, known, code }) => {
    expect(isKnownVariableName(input)).toBe(known);
    expect(dimensionForVariable(input).code).toBe(code);
  });

  it('knows connectors that only introduce an attribute', () => {
    expect(['davon mit', 'darunter', 'dar.', 'nachrichtlich:'].map(isConnectorLabel)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(isConnectorLabel('Geschlecht')).toBe(false);
  });

  it('knows totals', () => {
    expect(['Insgesamt', ' insgesamt ', 'Total', 'Zusammen', 'weiblich'].map(isTotalLabel)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('periodCode', () => {
  const cases: { input: string; expected: string | null }[] = [
    { input: '2023', expected: '2023' },
    { input: '31.12.2015', expected: '2015-12-31' },
    { input: '2025-06-30', expected: '2025-06-30' },
    { input: '2022/23', expected: '2022' },
    { input: '2022/2023', expected: '2022' },
    { input: 'Januar', expected: null },
    { input: '', expected: null },
  ];
  it.each(cases)('$input → $expected', ({ input, expected }) => {
    expect(periodCode(input)).toBe(expected);
  });
});

describe('shortHash', () => {
  it('is stable and short', () => {
    expect(shortHash('Arbeitslose')).toBe(shortHash('Arbeitslose'));
    expect(shortHash('Arbeitslose')).toMatch(/^[0-9a-f]{6}$/);
    expect(shortHash('Arbeitslose')).not.toBe(shortHash('Arbeitslosenquote'));
  });
});
