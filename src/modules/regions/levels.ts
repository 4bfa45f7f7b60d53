/** Region levels, and what a key's shape says about its level and parent. Pure. */
export const REGION_LEVELS = [
  'country',
  'state',
  'land_group',
  'gov_region',
  'district',
  'municipal_association',
  'municipality',
] as const;

export type RegionLevel = (typeof REGION_LEVELS)[number];

export const LEVEL_LABELS: Record<RegionLevel, string> = {
  country: 'Bund',
  state: 'Land',
  land_group: 'Ländergruppe (BA)',
  gov_region: 'Regierungsbezirk / Statistische Region',
  district: 'Kreis / kreisfreie Stadt',
  municipal_association: 'Gemeindeverband',
  municipality: 'Gemeinde',
};

export function levelOfKey(key: string): RegionLevel | null {
  if (key === 'DG') return 'country';
  if (/^\d{2}(_\d{2})+$/.test(key)) return 'land_group';
  switch (key.length) {
    case 2:
      return 'state';
    case 3:
      return 'gov_region';
    case 5:
      return 'district';
    case 8:
      return 'municipality';
    case 9:
      return 'municipal_association';
    default:
      return null;
  }
}

/** The nearest parent a key implies by its digits (the reference data knows better where present). */
export function impliedParentKey(key: string): string | null {
  const level = levelOfKey(key);
  switch (level) {
    case 'state':
    case 'land_group':
      return 'DG';
    case 'gov_region':
      return key.slice(0, 2);
    case 'district':
    case 'municipality':
    case 'municipal_association':
      return key.slice(0, 5) === key ? key.slice(0, 2) : key.slice(0, 5);
    default:
      return null;
  }
}
