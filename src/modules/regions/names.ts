/**
 * Keys of the Länder and of Germany, for tables that name a region instead of keying it
 * (GENESIS-Online exports by Bundesland, BA workbooks). Pure lookup, no database.
 */
const LAND_KEYS: Record<string, string> = {
  'Schleswig-Holstein': '01',
  Hamburg: '02',
  Niedersachsen: '03',
  Bremen: '04',
  'Nordrhein-Westfalen': '05',
  Hessen: '06',
  'Rheinland-Pfalz': '07',
  'Baden-Württemberg': '08',
  Bayern: '09',
  Saarland: '10',
  Berlin: '11',
  Brandenburg: '12',
  'Mecklenburg-Vorpommern': '13',
  Sachsen: '14',
  'Sachsen-Anhalt': '15',
  Thüringen: '16',
};

const GERMANY_NAMES = new Set(['Deutschland', 'Deutschland insgesamt', 'Germany', 'Bundesgebiet']);

export const GERMANY_KEY = 'DG';

/** Land key for a Land's name (as GENESIS writes it), `DG` for Germany, or null. */
export function regionKeyForName(name: string): string | null {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (GERMANY_NAMES.has(trimmed)) return GERMANY_KEY;
  return LAND_KEYS[trimmed] ?? null;
}

/**
 * Groups of Länder that the BA publishes together (Engpassanalyse by Land); they are stored as
 * regions of their own with the member keys joined by `_`, e.g. `03_04` for Niedersachsen / Bremen.
 */
export function landGroupKeyForName(name: string): string | null {
  const parts = name.split('/').map((part) => regionKeyForName(part));
  if (parts.length < 2 || parts.some((key) => key === null || key === GERMANY_KEY)) return null;
  return (parts as string[]).sort().join('_');
}

export function landNames(): Record<string, string> {
  return Object.fromEntries(Object.entries(LAND_KEYS).map(([name, key]) => [key, name]));
}

/** A syntactically valid region key: DG, 2/3/5/8-digit AGS, 9-digit ARS of a Gemeindeverband, or a Land group. */
export function isRegionKey(key: string): boolean {
  return (
    key === GERMANY_KEY ||
    /^(\d{2}|\d{3}|\d{5}|\d{8}|\d{9}|\d{12})$/.test(key) ||
    /^\d{2}(_\d{2})+$/.test(key)
  );
}
