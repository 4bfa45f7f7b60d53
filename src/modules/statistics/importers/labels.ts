/**
 * GENESIS labels → codes. Classic table CSVs carry only labels ("weiblich", "Ausländer(innen)",
 * "Verarbeitendes Gewerbe (C)"), flat files carry codes (GESW, NATA). Mapping the common
 * labels here makes both kinds of file of the same statistic land on the same codes; every
 * other label becomes a slug, which is stable as long as the publisher keeps the wording.
 *
 * Scheme for economic sectors: dimension `WZ08`, attribute `WZ08-<section(s)>` with the letters
 * exactly as in the label's parentheses, e.g. `Verarbeitendes Gewerbe (C)` → `WZ08-C`,
 * `Produzierendes Gewerbe (B-F)` → `WZ08-B-F`.
 *
 * Scheme for age groups (ADR 0004): dimension `ALTX` whatever grouping the table uses (GENESIS
 * numbers its age variables per grouping: ALTX20, ALTX17, …), attribute codes from the bounds as
 * GENESIS writes them: `unter 3 Jahre` → `ALT000B03`, `15 bis unter 25 Jahre` → `ALT015B25`,
 * `5 Jahre` → `ALT005B06`, `75 Jahre und mehr` → `ALT075UM`.
 */
import { parsePeriod } from './cells.ts';

export const SEX = 'GES';
export const NATIONALITY = 'NAT';
export const SECTOR = 'WZ08';
export const AGE = 'ALTX';

/** Labels of the dimensions whose codes this module fixes. */
export const DIMENSION_LABELS: Readonly<Record<string, string>> = {
  [SEX]: 'Geschlecht',
  [NATIONALITY]: 'Nationalität',
  [SECTOR]: 'Wirtschaftszweige (WZ 2008)',
  [AGE]: 'Altersgruppen',
};

/** Lower case, single blanks, no surrounding blanks: how labels are compared. */
export function normaliseLabel(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

const TOTALS: ReadonlySet<string> = new Set(['insgesamt', 'total', 'zusammen', 'gesamt', 'alle']);

/** "Insgesamt" and friends: the total of a dimension, stored by omitting the dimension. */
export function isTotalLabel(text: string): boolean {
  return TOTALS.has(normaliseLabel(text));
}

const SEX_LABELS: Readonly<Record<string, string>> = {
  männlich: 'GESM',
  maennlich: 'GESM',
  männer: 'GESM',
  jungen: 'GESM',
  male: 'GESM',
  men: 'GESM',
  weiblich: 'GESW',
  frauen: 'GESW',
  mädchen: 'GESW',
  female: 'GESW',
  women: 'GESW',
};

const NATIONALITY_LABELS: Readonly<Record<string, string>> = {
  deutsche: 'NATD',
  deutsch: 'NATD',
  'deutsche(r)': 'NATD',
  'deutsche/-r': 'NATD',
  germans: 'NATD',
  german: 'NATD',
  ausländer: 'NATA',
  'ausländer(innen)': 'NATA',
  'ausländer/-innen': 'NATA',
  'ausländer/innen': 'NATA',
  ausländerinnen: 'NATA',
  'ausländerinnen und ausländer': 'NATA',
  'ausländerinnen/ausländer': 'NATA',
  'ausländer und ausländerinnen': 'NATA',
  ausländisch: 'NATA',
  ausländische: 'NATA',
  nichtdeutsche: 'NATA',
  foreigners: 'NATA',
  foreign: 'NATA',
};

/**
 * Sector labels that GENESIS abbreviates so far that the section letters in parentheses are
 * lost (seen in 13111-07-05-4).
 */
const SECTOR_LABELS: Readonly<Record<string, string>> = {
  'freiberufl,wissenschaftl. techn. dienstl.,sonst.dl': 'M-N',
  'öff.verw.,verteidig.,sozialvers.,erz.-u.unterricht': 'O-Q',
  'kunst, unterhaltung, erholung, priv. haush.,usw.': 'R-U',
};

const SECTOR_IN_PARENTHESES = /\(\s*([A-U](?:\s*[-–]\s*[A-U])?)\s*\)$/;

/** `Verarbeitendes Gewerbe (C)` → `WZ08-C`, `(B-F)` → `WZ08-B-F`; null for other labels. */
export function sectorCode(label: string): string | null {
  const normalised = normaliseLabel(label);
  const known = SECTOR_LABELS[normalised];
  if (known) return `${SECTOR}-${known}`;
  const match = SECTOR_IN_PARENTHESES.exec(label.trim());
  if (!match) return null;
  return `${SECTOR}-${match[1]!.replace(/\s+/g, '').replace('–', '-')}`;
}

// "Jahr", "Jahre" or "Jahren"; an optional "(im Alter) von" in front.
const YEARS = 'jahr(?:e|en)?';
const FROM = '^(?:im alter )?(?:von )?';
const OVER = 'und (?:mehr|älter|darüber)';

const AGE_PATTERNS: readonly {
  pattern: RegExp;
  bounds: (match: RegExpExecArray) => [number, number | null];
}[] = [
  { pattern: new RegExp(`${FROM}unter (\\d{1,3}) ${YEARS}$`), bounds: (m) => [0, Number(m[1])] },
  {
    pattern: new RegExp(`${FROM}(\\d{1,3}) bis unter (\\d{1,3}) ${YEARS}$`),
    bounds: (m) => [Number(m[1]), Number(m[2])],
  },
  {
    pattern: new RegExp(`${FROM}(\\d{1,3}) (?:${YEARS} ${OVER}|${OVER} ${YEARS})$`),
    bounds: (m) => [Number(m[1]), null],
  },
  { pattern: new RegExp(`${FROM}(\\d{1,3}) ${YEARS}$`), bounds: (m) => [Number(m[1]), Number(m[1]) + 1] },
];

const pad = (years: number, digits: number) => String(years).padStart(digits, '0');

/**
 * `unter 3 Jahre` → `ALT000B03`, `3 bis unter 6 Jahren` → `ALT003B06`, `5 Jahre` → `ALT005B06`
 * (a single year is the group up to the next), `75 Jahre und mehr` / `und älter` → `ALT075UM`;
 * null for any other label, including ranges whose bounds do not increase.
 */
export function ageCode(label: string): string | null {
  const normalised = normaliseLabel(label);
  for (const { pattern, bounds } of AGE_PATTERNS) {
    const match = pattern.exec(normalised);
    if (!match) continue;
    const [lower, upper] = bounds(match);
    if (upper === null) return `ALT${pad(lower, 3)}UM`;
    return upper > lower ? `ALT${pad(lower, 3)}B${pad(upper, 2)}` : null;
  }
  return null;
}

export interface RecognisedAttribute {
  dimension: string;
  code: string;
}

/** Sex, nationality and age groups are recognisable from the attribute label alone. */
export function recogniseAttribute(label: string): RecognisedAttribute | null {
  const normalised = normaliseLabel(label);
  const sex = SEX_LABELS[normalised];
  if (sex) return { dimension: SEX, code: sex };
  const nationality = NATIONALITY_LABELS[normalised];
  if (nationality) return { dimension: NATIONALITY, code: nationality };
  const age = ageCode(normalised);
  return age ? { dimension: AGE, code: age } : null;
}

/** Like recogniseAttribute, plus WZ 2008 sectors (safe only where a cell is known to be an attribute). */
export function recogniseAttributeOrSector(label: string): RecognisedAttribute | null {
  const recognised = recogniseAttribute(label);
  if (recognised) return recognised;
  const sector = sectorCode(label);
  return sector ? { dimension: SECTOR, code: sector } : null;
}

interface VariablePattern {
  pattern: RegExp;
  /** Fixed dimension code, or null: the slug of the variable name. */
  code: string | null;
}

/**
 * Variable names as GENESIS prints them above attribute rows. The fixed ones map to codes;
 * the others are only recognised as "a variable name row" and get slugged codes.
 */
const VARIABLES: readonly VariablePattern[] = [
  { pattern: /^geschlecht$/, code: SEX },
  { pattern: /^(nationalität|staatsangehörigkeit)$/, code: NATIONALITY },
  { pattern: /^wirtschaftszweige?( \(wz ?2008\))?$|^wz ?2008/, code: SECTOR },
  // Only the plain names: "Alter der Mutter" is an age too, but not the population's.
  { pattern: /^(alter|altersgruppen?|altersjahre|altersklassen?)( \(.*\))?$/, code: AGE },
  { pattern: /^alter(sgruppen?|sjahre)?\b/, code: null },
  { pattern: /^(klassenstufe|jahrgangsstufe|schulbesuchsjahr)\b/, code: null },
  { pattern: /^schular(t|ten)\b|^schulform(en)?\b/, code: null },
  { pattern: /^abschlussart(en)?\b|^art des abschlusses\b|^(schul|berufs)?abschl(uss|üsse)$/, code: null },
  { pattern: /^berufsabschluss\b|^berufsausbildung\b/, code: null },
  { pattern: /^familienstand$|^religion/, code: null },
  { pattern: /^(träger|trägerschaft|art der einrichtung|einrichtungsart)/, code: null },
];

/** Words that GENESIS puts in a variable-name row but that only introduce the attribute ("davon mit"). */
const CONNECTORS =
  /^(davon|darunter|dar\.|nachrichtlich|nachr\.|nachrichtl\.)(\s+(mit|ohne|nach|in|im|an|aus))?:?$/;

export function isKnownVariableName(text: string): boolean {
  const normalised = normaliseLabel(text);
  return VARIABLES.some((variable) => variable.pattern.test(normalised));
}

export function isConnectorLabel(text: string): boolean {
  return CONNECTORS.test(normaliseLabel(text));
}

/** Dimension code for a variable name: GES / NAT / WZ08 / ALTX where known, else a short slug. */
export function dimensionForVariable(name: string): { code: string; label: string } {
  const normalised = normaliseLabel(name);
  const known = VARIABLES.find((variable) => variable.code !== null && variable.pattern.test(normalised));
  if (known?.code) return { code: known.code, label: DIMENSION_LABELS[known.code] ?? name.trim() };
  return { code: shortSlug(name, 40), label: name.trim() };
}

/**
 * Attribute code within a dimension: null for a total, the fixed code for sex / nationality /
 * sector / age labels of those dimensions, a slug for everything else.
 */
export function attributeCode(dimension: string, label: string): string | null {
  if (isTotalLabel(label) || label.trim() === '') return null;
  if (dimension === SEX || dimension === NATIONALITY) {
    const recognised = recogniseAttribute(label);
    if (recognised && recognised.dimension === dimension) return recognised.code;
  }
  if (dimension === SECTOR) {
    const sector = sectorCode(label);
    if (sector) return sector;
  }
  if (dimension === AGE) {
    const age = ageCode(label);
    if (age) return age;
  }
  return shortSlug(label, 48);
}

const TRANSLITERATION: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Lowercase ASCII code for any label: umlauts → ae/oe/ue/ss, other non-alphanumerics → `_`. */
export function slug(text: string): string {
  const ascii = text
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => TRANSLITERATION[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const result = ascii.replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return result === '' ? 'leer' : result;
}

const STOP_WORDS: ReadonlySet<string> = new Set(
  'an auf aus bez bei das dem den der des die fuer im in je mit nach ohne sowie und vom von zu zum zur'.split(
    ' ',
  ),
);

/**
 * A slug cut at a word boundary to at most `max` characters (a hard cut if the first word is
 * longer); a cut does not end in a filler word such as `der` or `an`.
 */
export function shortSlug(text: string, max: number): string {
  const full = slug(text);
  if (full.length <= max) return full;
  const words = full.slice(0, max + 1).split('_');
  words.pop();
  while (words.length > 1 && STOP_WORDS.has(words.at(-1)!)) words.pop();
  return words.length > 0 && words[0] !== '' ? words.join('_') : full.slice(0, max);
}

/** A short, stable fingerprint (FNV-1a, 6 hex digits) to make a cut code unique again. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0').slice(0, 6);
}

/**
 * A period as stored: `YYYY`, or an ISO date for reference dates. School years (`2022/23`)
 * become their first calendar year, the year of the Stichtag at the start of the school year.
 */
export function periodCode(cell: string): string | null {
  const period = parsePeriod(cell);
  if (period === null) return null;
  const schoolYear = /^(\d{4})\/\d{2}$/.exec(period);
  return schoolYear ? schoolYear[1]! : period;
}
