import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Gemeindeverzeichnis } from './gemeindeverzeichnis.ts';
import { type AreaGeometry, findNeighbours, mergeGeometries, simplifyGeometries } from './geometry.ts';
import type { KreiseTable } from './kreise-table.ts';
import { levelOfKey, type RegionLevel } from './levels.ts';
import { GERMANY_KEY } from './names.ts';

/**
 * The product's own compact extract of the German regional hierarchy, shipped as
 * `reference/regions.json.gz`: every region of the Gemeindeverzeichnis with area, population
 * and centre coordinates, retired keys that official tables still use, the BA's Land groups,
 * simplified Kreis and Land boundaries and their neighbours, and the sources with the credits
 * their licences require. `buildReference` is pure; reading and writing are plain file I/O.
 */

export const REFERENCE_FORMAT = 'bildungsregion-regions';
export const REFERENCE_FORMAT_VERSION = 1;

/** Where the committed reference file lives (repository root / reference). */
export const DEFAULT_REFERENCE_FILE = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'reference',
  'regions.json.gz',
);

export interface ReferenceSource {
  id: string;
  title: string;
  publisher: string;
  /** Licence or terms of use as the source states them. */
  licence: string;
  /** The credit to show wherever the data appear. */
  attribution: string;
  url: string | null;
  /** Gebietsstand / Stichtag of what we took, ISO, or null. */
  referenceDate: string | null;
  /** Name(s) of the original file(s); the files themselves are not shipped. */
  files: string[];
  /** What the reference takes from this source (German, for the "Quellen" page). */
  usedFor: string;
}

export interface ReferenceRegion {
  /** DG; 2 Land; `01_02` Land group; 3 RB; 5 Kreis; 9 Gemeindeverband (ARS); 8 Gemeinde (AGS). */
  key: string;
  level: RegionLevel;
  name: string;
  /** Id of the source the record comes from. */
  source: string;
  /** `Landkreis`, `kreisfreie Stadt`, `Samtgemeinde`, `Statistische Region`, … */
  typeLabel: string | null;
  parentKey: string | null;
  areaKm2: number | null;
  population: number | null;
  populationMale: number | null;
  populationFemale: number | null;
  /** Stichtag of the population figures (null where there are none). */
  populationDate: string | null;
  /** 12-digit ARS of Gemeinden. */
  ars: string | null;
  /** Postleitzahl of the administrative seat (Gemeinden). */
  postalCode: string | null;
  /** Geographic centre of a Gemeinde (GV "Mittelpunktkoordinaten"), WGS84 degrees. */
  longitude: number | null;
  latitude: number | null;
  /** Grad der Verstädterung: code (`01`–`03`) and label as published. */
  urbanisationCode: string | null;
  urbanisation: string | null;
  /** GV-ISys Textkennzeichen. */
  textCode: string | null;
  nuts3: string | null;
  /** Gemeindefreies Gebiet: keyed and counted like a Gemeinde but not one. */
  unincorporated: boolean;
  /** Member Länder of a Land group. */
  members: string[] | null;
  /** Key no longer in the Gemeindeverzeichnis (dissolved, merged, re-keyed). */
  historical: boolean;
  successorKey: string | null;
  /** First day of the successor. */
  successorFrom: string | null;
  /** Last day of a historical region, where known. */
  validTo: string | null;
}

export interface RegionReference {
  format: typeof REFERENCE_FORMAT;
  version: number;
  /** ISO timestamp of the build. */
  builtAt: string;
  /** Gebietsstand of the hierarchy (the Gemeindeverzeichnis' Stichtag). */
  territorialStatus: string;
  populationDate: string;
  sources: ReferenceSource[];
  simplification: { toleranceDegrees: number; decimals: number };
  regions: ReferenceRegion[];
  /** Simplified GeoJSON geometry per Kreis (5-digit key) and Land (2-digit key). */
  geometries: Record<string, AreaGeometry>;
  /**
   * Regions sharing a border, per Kreis and Land: at least two common vertices of the
   * unsimplified VG5000 boundaries (one common vertex is a corner touch; 6 Kreis pairs). VG5000
   * assigns the Elbe estuary to no Kreis, so Stade (03359) and Pinneberg (01056) / Steinburg
   * (01061) are 1.5–2.2 km apart and not neighbours; Stade borders 02000, 03352, 03353, 03357.
   */
  neighbours: Record<string, string[]>;
}

/** A key and name as an official table (Regionalstatistik) uses them. */
export interface TableRegion {
  key: string;
  name: string;
  /** `Stand` of the table, ISO; the newest table's name wins. */
  stand: string | null;
}

export interface Succession {
  fromKey: string;
  toKey: string;
  /** First day of the successor. */
  date: string;
}

/** Successions verified in shared/domain/regional-codes.md §4.2. */
export const KNOWN_SUCCESSIONS: readonly Succession[] = [
  { fromKey: '03152', toKey: '03159', date: '2016-11-01' },
  { fromKey: '03156', toKey: '03159', date: '2016-11-01' },
  { fromKey: '16056', toKey: '16063', date: '2021-07-01' },
];

export interface ReferenceInputs {
  builtAt: string;
  gemeindeverzeichnis: Gemeindeverzeichnis;
  /** Source ids of the inputs, as listed in `sources`. */
  sourceIds: { gemeindeverzeichnis: string; kreise?: string; tables?: string; landGroups?: string };
  kreise?: KreiseTable | null;
  /** Unsimplified boundaries by key: Kreise (5 digits) and Länder (2 digits). */
  districtGeometries: Record<string, AreaGeometry>;
  stateGeometries: Record<string, AreaGeometry>;
  tableRegions?: readonly TableRegion[];
  landGroups?: readonly { key: string; name: string }[];
  sources: ReferenceSource[];
  successions?: readonly Succession[];
  /** Douglas–Peucker tolerance in degrees. */
  toleranceDegrees?: number;
  decimals?: number;
}

export const DEFAULT_TOLERANCE_DEGREES = 0.003;

function emptyRegion(key: string, level: RegionLevel, name: string, source: string): ReferenceRegion {
  return {
    key,
    level,
    name,
    source,
    typeLabel: null,
    parentKey: null,
    areaKm2: null,
    population: null,
    populationMale: null,
    populationFemale: null,
    populationDate: null,
    ars: null,
    postalCode: null,
    longitude: null,
    latitude: null,
    urbanisationCode: null,
    urbanisation: null,
    textCode: null,
    nuts3: null,
    unincorporated: false,
    members: null,
    historical: false,
    successorKey: null,
    successorFrom: null,
    validTo: null,
  };
}

function dayBefore(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** The type a table name states, e.g. "Göttingen, Landkreis" or "Kreisfreie Stadt Wismar". */
function typeFromName(name: string): string | null {
  if (/kreisfreie Stadt/i.test(name)) return 'kreisfreie Stadt';
  if (/(^Landkreis |, Landkreis$)/.test(name)) return 'Landkreis';
  if (/, Kreis$/.test(name)) return 'Kreis';
  if (/Regierungsbezirk/.test(name)) return 'Regierungsbezirk';
  if (/Stat(istische|\.) Region/.test(name)) return 'Statistische Region';
  return null;
}

/**
 * Berlin's Bezirke appear in Regionalstatistik tables with 8-digit keys `11<bb><bbb>` that the
 * Gemeindeverzeichnis does not have (Berlin is one Gemeinde there).
 */
function isBerlinBezirk(key: string): boolean {
  return /^110\d{5}$/.test(key) && key !== '11000000';
}

export function buildReference(inputs: ReferenceInputs): RegionReference {
  const gv = inputs.gemeindeverzeichnis;
  const successions = inputs.successions ?? KNOWN_SUCCESSIONS;
  const tolerance = inputs.toleranceDegrees ?? DEFAULT_TOLERANCE_DEGREES;
  const decimals = inputs.decimals ?? 4;
  const regions = new Map<string, ReferenceRegion>();

  for (const record of gv.regions) {
    const region = emptyRegion(record.key, record.level, record.name, inputs.sourceIds.gemeindeverzeichnis);
    Object.assign(region, {
      typeLabel: record.typeLabel,
      parentKey: record.parentKey,
      areaKm2: record.areaKm2,
      population: record.population,
      populationMale: record.populationMale,
      populationFemale: record.populationFemale,
      populationDate: gv.referenceDate,
      ars: record.ars,
      postalCode: record.postalCode,
      longitude: record.longitude,
      latitude: record.latitude,
      urbanisationCode: record.urbanisation,
      urbanisation: record.urbanisation ? (gv.urbanisationLabels[record.urbanisation] ?? null) : null,
      textCode: record.textCode,
      unincorporated: record.unincorporated,
    });
    regions.set(record.key, region);
  }

  // Keys the tables use that the Gemeindeverzeichnis lacks: newest table's name first.
  const tableRegions = [...(inputs.tableRegions ?? [])].sort((a, b) =>
    (b.stand ?? '').localeCompare(a.stand ?? ''),
  );
  const extra = new Map<string, TableRegion>();
  for (const entry of tableRegions) {
    if (!regions.has(entry.key) && !extra.has(entry.key) && levelOfKey(entry.key) !== null)
      extra.set(entry.key, entry);
  }
  const successionOf = new Map(successions.map((succession) => [succession.fromKey, succession]));
  // Shorter keys first, so that a retired Kreis finds its retired Regierungsbezirk.
  for (const entry of [...extra.values()].sort(
    (a, b) => a.key.length - b.key.length || a.key.localeCompare(b.key),
  )) {
    const name = entry.name.trim().replace(/\s+/g, ' ');
    const level = levelOfKey(entry.key)!;
    const source = inputs.sourceIds.tables ?? 'tables';
    if (isBerlinBezirk(entry.key)) {
      const region = emptyRegion(entry.key, 'municipality', name, source);
      region.typeLabel = 'Bezirk';
      region.parentKey = '11000';
      regions.set(entry.key, region);
      continue;
    }
    const region = emptyRegion(entry.key, level, name, source);
    region.historical = true;
    region.typeLabel = typeFromName(name);
    region.parentKey = historicalParent(entry.key, regions);
    const succession = successionOf.get(entry.key);
    if (succession) {
      region.successorKey = succession.toKey;
      region.successorFrom = succession.date;
      region.validTo = dayBefore(succession.date);
    }
    regions.set(entry.key, region);
  }

  if (inputs.kreise) {
    for (const kreis of inputs.kreise.kreise) {
      const region = regions.get(kreis.key);
      if (region && kreis.nuts3) region.nuts3 = kreis.nuts3;
    }
  }

  for (const group of inputs.landGroups ?? []) {
    const members = group.key.split('_');
    const region = emptyRegion(
      group.key,
      'land_group',
      group.name,
      inputs.sourceIds.landGroups ?? 'land-groups',
    );
    region.typeLabel = 'Ländergruppe';
    region.parentKey = GERMANY_KEY;
    region.members = members;
    const states = members.flatMap((key) => regions.get(key) ?? []);
    if (states.length === members.length && states.every((state) => state.population !== null)) {
      const sum = (pick: (state: ReferenceRegion) => number | null) =>
        states.reduce((total, state) => total + (pick(state) ?? 0), 0);
      region.areaKm2 = Math.round(sum((state) => state.areaKm2) * 100) / 100;
      region.population = sum((state) => state.population);
      region.populationMale = sum((state) => state.populationMale);
      region.populationFemale = sum((state) => state.populationFemale);
      region.populationDate = gv.referenceDate;
    }
    regions.set(group.key, region);
  }

  // Boundaries may predate a merger (VG5000 of 01.01.2021 still has Eisenach): dissolve retired
  // Kreise into their successor and credit their borders to it.
  const districts = { ...inputs.districtGeometries };
  const renamed = new Map<string, string>();
  for (const succession of successions) {
    const retired = districts[succession.fromKey];
    const successor = districts[succession.toKey];
    if (!retired || !successor || !regions.get(succession.fromKey)?.historical) continue;
    const merged = mergeGeometries([successor, retired]);
    if (!merged) continue;
    districts[succession.toKey] = merged;
    delete districts[succession.fromKey];
    renamed.set(succession.fromKey, succession.toKey);
  }

  const neighbours: Record<string, string[]> = {};
  const districtNeighbours = findNeighbours(inputs.districtGeometries);
  for (const [key, list] of Object.entries(districtNeighbours)) {
    const target = renamed.get(key) ?? key;
    const set = new Set(neighbours[target] ?? []);
    for (const other of list) set.add(renamed.get(other) ?? other);
    set.delete(target);
    neighbours[target] = [...set].sort();
  }
  Object.assign(neighbours, findNeighbours(inputs.stateGeometries));

  const geometries: Record<string, AreaGeometry> = {};
  for (const set of [districts, inputs.stateGeometries]) {
    const simplified = simplifyGeometries(set, tolerance, { decimals });
    for (const [key, geometry] of Object.entries(simplified)) {
      // Keep a region that simplification would erase (tiny islands do not make up a Kreis).
      geometries[key] =
        geometry ?? simplifyGeometries({ [key]: set[key]! }, 0, { decimals })[key] ?? set[key]!;
    }
  }

  return {
    format: REFERENCE_FORMAT,
    version: REFERENCE_FORMAT_VERSION,
    builtAt: inputs.builtAt,
    territorialStatus: gv.referenceDate,
    populationDate: gv.referenceDate,
    sources: inputs.sources,
    simplification: { toleranceDegrees: tolerance, decimals },
    regions: [...regions.values()].sort(compareRegions),
    geometries,
    neighbours,
  };
}

function historicalParent(key: string, regions: ReadonlyMap<string, ReferenceRegion>): string | null {
  const land = key.slice(0, 2);
  if (key.length === 3) return land;
  if (key.length === 5) return key[2] !== '0' && regions.has(key.slice(0, 3)) ? key.slice(0, 3) : land;
  const kreis = key.slice(0, 5);
  return regions.has(kreis) ? kreis : land;
}

function compareRegions(a: ReferenceRegion, b: ReferenceRegion): number {
  if (a.key === GERMANY_KEY || b.key === GERMANY_KEY)
    return a.key === GERMANY_KEY ? (b.key === GERMANY_KEY ? 0 : -1) : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// File format: one gzip'd JSON object; regions as rows under a field list to keep it small.

/** Row layout of `regions` in the file; the reader maps by name, so fields can be added. */
const FILE_FIELDS = [
  'key',
  'level',
  'name',
  'source',
  'typeLabel',
  'parentKey',
  'areaKm2',
  'population',
  'populationMale',
  'populationFemale',
  'ars',
  'postalCode',
  'longitude',
  'latitude',
  'urbanisationCode',
  'textCode',
  'nuts3',
  'unincorporated',
  'historical',
  'successorKey',
  'successorFrom',
  'validTo',
  'members',
] as const satisfies readonly (keyof ReferenceRegion)[];

type FileValue = string | number | boolean | string[] | null;

interface ReferenceFile {
  format: string;
  version: number;
  builtAt: string;
  territorialStatus: string;
  populationDate: string;
  sources: ReferenceSource[];
  simplification: { toleranceDegrees: number; decimals: number };
  urbanisationLabels: Record<string, string>;
  regionFields: string[];
  regions: FileValue[][];
  geometries: Record<string, AreaGeometry>;
  neighbours: Record<string, string[]>;
}

export function encodeReference(reference: RegionReference): Uint8Array {
  const urbanisationLabels: Record<string, string> = {};
  const rows = reference.regions.map((region) => {
    if (region.urbanisationCode && region.urbanisation)
      urbanisationLabels[region.urbanisationCode] = region.urbanisation;
    const row: FileValue[] = FILE_FIELDS.map((field) => region[field]);
    // Trailing nulls/false carry nothing.
    while (row.length > 0 && (row[row.length - 1] === null || row[row.length - 1] === false)) row.pop();
    return row;
  });
  const file: ReferenceFile = {
    format: reference.format,
    version: reference.version,
    builtAt: reference.builtAt,
    territorialStatus: reference.territorialStatus,
    populationDate: reference.populationDate,
    sources: reference.sources,
    simplification: reference.simplification,
    urbanisationLabels,
    regionFields: [...FILE_FIELDS],
    regions: rows,
    geometries: reference.geometries,
    neighbours: reference.neighbours,
  };
  return gzipSync(JSON.stringify(file), { level: 9 });
}

export function decodeReference(bytes: Uint8Array): RegionReference {
  let file: ReferenceFile;
  try {
    file = JSON.parse(gunzipSync(bytes).toString('utf8')) as ReferenceFile;
  } catch (error) {
    throw new Error(`Referenzdaten unlesbar (kein gzip-komprimiertes JSON): ${(error as Error).message}`);
  }
  if (file.format !== REFERENCE_FORMAT || file.version !== REFERENCE_FORMAT_VERSION) {
    throw new Error(
      `Referenzdaten im falschen Format: erwartet ${REFERENCE_FORMAT} Version ${REFERENCE_FORMAT_VERSION}, gefunden ${file.format} Version ${file.version}`,
    );
  }
  const fields = file.regionFields;
  const regions = file.regions.map((row) => {
    const region = emptyRegion('', 'municipality', '', '');
    const target = region as unknown as Record<string, FileValue>;
    for (let i = 0; i < row.length; i++) {
      const field = fields[i];
      if (field !== undefined && field in region) target[field] = row[i] ?? null;
    }
    region.urbanisation = region.urbanisationCode
      ? (file.urbanisationLabels[region.urbanisationCode] ?? null)
      : null;
    region.populationDate = region.population === null ? null : file.populationDate;
    return region;
  });
  return {
    format: REFERENCE_FORMAT,
    version: file.version,
    builtAt: file.builtAt,
    territorialStatus: file.territorialStatus,
    populationDate: file.populationDate,
    sources: file.sources,
    simplification: file.simplification,
    regions,
    geometries: file.geometries,
    neighbours: file.neighbours,
  };
}

export function writeReference(file: string, reference: RegionReference): number {
  const bytes = encodeReference(reference);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return bytes.length;
}

export function readReference(file: string = DEFAULT_REFERENCE_FILE): RegionReference {
  return decodeReference(readFileSync(file));
}

/** Regions by key. */
export function indexRegions(reference: RegionReference): Map<string, ReferenceRegion> {
  return new Map(reference.regions.map((region) => [region.key, region]));
}
