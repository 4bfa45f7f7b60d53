/**
 * Import of organisations from a table (CSV or the first sheet of an XLSX): header recognition,
 * per-line validation with German messages naming line and column, and duplicate detection
 * (same official id, or same normalised name in the same municipality). Pure: the caller reads
 * the file and supplies the existing organisations and the known municipality keys.
 */
import { ACTOR_GROUP_LABELS, ACTOR_GROUPS, type ActorGroup, actorGroupFrom } from './vocabulary.ts';

export interface ImportedOrganisation {
  name: string;
  shortName: string | null;
  actorGroup: ActorGroup;
  schoolNumber: string | null;
  municipalityAgs: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  website: string | null;
}

export interface ExistingOrganisation {
  id: string;
  name: string;
  schoolNumber: string | null;
  municipalityAgs: string | null;
  city: string | null;
}

export interface ImportLineResult {
  line: number;
  status: 'new' | 'duplicate' | 'error';
  name: string | null;
  errors: string[];
  duplicateOf: { id: string; name: string; reason: 'official_id' | 'name_municipality' | 'in_file' } | null;
  organisation: ImportedOrganisation | null;
}

type Field = keyof ImportedOrganisation;

/** Column headers understood (lower case, without spaces, hyphens, dots and underscores). */
const HEADERS: Record<string, Field> = {
  name: 'name',
  bezeichnung: 'name',
  schulname: 'name',
  organisation: 'name',
  kurzname: 'shortName',
  kurzbezeichnung: 'shortName',
  akteursgruppe: 'actorGroup',
  gruppe: 'actorGroup',
  schulform: 'actorGroup',
  schulnummer: 'schoolNumber',
  schulnr: 'schoolNumber',
  ags: 'municipalityAgs',
  gemeindeschlüssel: 'municipalityAgs',
  gemeindeschluessel: 'municipalityAgs',
  straße: 'street',
  strasse: 'street',
  anschrift: 'street',
  plz: 'postalCode',
  postleitzahl: 'postalCode',
  ort: 'city',
  stadt: 'city',
  breitengrad: 'latitude',
  breite: 'latitude',
  lat: 'latitude',
  latitude: 'latitude',
  längengrad: 'longitude',
  laengengrad: 'longitude',
  länge: 'longitude',
  lon: 'longitude',
  longitude: 'longitude',
  website: 'website',
  internet: 'website',
  webseite: 'website',
};

const COLUMN_LABELS: Record<Field, string> = {
  name: 'Name',
  shortName: 'Kurzname',
  actorGroup: 'Akteursgruppe',
  schoolNumber: 'Schulnummer',
  municipalityAgs: 'AGS',
  street: 'Straße',
  postalCode: 'PLZ',
  city: 'Ort',
  latitude: 'Breitengrad',
  longitude: 'Längengrad',
  website: 'Website',
};

export const IMPORT_COLUMNS = Object.values(COLUMN_LABELS);

const normaliseHeader = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s\-._]/g, '');

/** Normalised name for duplicate detection: lower case, umlauts folded, punctuation and spacing ignored. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/\bst\.\s*/g, 'sankt ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Splits CSV text (separator `;` or `,`, quotes with doubled quotes, BOM ignored) into rows. */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const separator = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export class ImportHeaderError extends Error {}

function parseNumber(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

/**
 * Validates the rows (the first is the header) and marks duplicates against the register and
 * against earlier lines of the same file.
 */
export function checkImport(
  rows: readonly (readonly string[])[],
  fileName: string,
  existing: readonly ExistingOrganisation[],
  knownMunicipalities: ReadonlySet<string>,
): ImportLineResult[] {
  const header = rows[0];
  if (!header)
    throw new ImportHeaderError(
      `${fileName}: Die Datei ist leer; erwartet wird eine Kopfzeile mit den Spalten ${IMPORT_COLUMNS.join(', ')}.`,
    );
  const columns = new Map<Field, number>();
  header.forEach((cell, index) => {
    const field = HEADERS[normaliseHeader(cell)];
    if (field && !columns.has(field)) columns.set(field, index);
  });
  const missing = (['name', 'actorGroup'] as const).filter((f) => !columns.has(f));
  if (missing.length) {
    throw new ImportHeaderError(
      `${fileName}, Zeile 1: Spalte ${missing.map((f) => `„${COLUMN_LABELS[f]}“`).join(' und ')} fehlt. Erwartet werden die Spalten ${IMPORT_COLUMNS.join(', ')}.`,
    );
  }
  const bySchoolNumber = new Map<string, ExistingOrganisation>();
  const byNamePlace = new Map<string, ExistingOrganisation>();
  const placeKey = (name: string, ags: string | null, city: string | null) =>
    `${normaliseName(name)}|${ags ?? normaliseName(city ?? '')}`;
  for (const org of existing) {
    if (org.schoolNumber) bySchoolNumber.set(org.schoolNumber, org);
    byNamePlace.set(placeKey(org.name, org.municipalityAgs, org.city), org);
  }
  const inFile = new Map<string, number>();
  const inFileSchool = new Map<string, number>();
  const results: ImportLineResult[] = [];
  for (let index = 1; index < rows.length; index++) {
    const row = rows[index] as readonly string[];
    const line = index + 1;
    if (row.every((cell) => cell.trim() === '')) continue;
    const cell = (field: Field) => {
      const i = columns.get(field);
      const value = i === undefined ? '' : (row[i] ?? '').trim();
      return value === '' ? null : value;
    };
    const errors: string[] = [];
    const at = (field: Field) => `Zeile ${line}, Spalte „${COLUMN_LABELS[field]}“`;
    const name = cell('name');
    if (!name || name.length < 2) errors.push(`${at('name')}: Name fehlt (mindestens 2 Zeichen).`);
    const groupText = cell('actorGroup');
    const actorGroup = groupText ? actorGroupFrom(groupText) : null;
    if (!groupText) errors.push(`${at('actorGroup')}: Akteursgruppe fehlt.`);
    else if (!actorGroup)
      errors.push(
        `${at('actorGroup')}: „${groupText}“ ist keine bekannte Akteursgruppe; erwartet wird ein Code (z. B. ${ACTOR_GROUPS.slice(5, 8).join(', ')}) oder eine Bezeichnung (z. B. „${ACTOR_GROUP_LABELS.schule_grund}“).`,
      );
    const schoolNumber = cell('schoolNumber');
    if (schoolNumber && !/^\d{5,6}$/.test(schoolNumber))
      errors.push(`${at('schoolNumber')}: „${schoolNumber}“ ist keine Schulnummer (5 oder 6 Ziffern).`);
    const ags = cell('municipalityAgs');
    if (ags && !/^\d{8}$/.test(ags))
      errors.push(`${at('municipalityAgs')}: „${ags}“ ist kein Gemeindeschlüssel (8 Ziffern).`);
    else if (ags && !knownMunicipalities.has(ags))
      errors.push(
        `${at('municipalityAgs')}: Gemeinde mit AGS ${ags} ist in der Gebietsgliederung nicht bekannt.`,
      );
    const postalCode = cell('postalCode');
    if (postalCode && !/^\d{5}$/.test(postalCode))
      errors.push(`${at('postalCode')}: „${postalCode}“ ist keine Postleitzahl (5 Ziffern).`);
    const latText = cell('latitude');
    const lonText = cell('longitude');
    const latitude = latText === null ? null : parseNumber(latText);
    const longitude = lonText === null ? null : parseNumber(lonText);
    if (latText !== null && (latitude === null || latitude < -90 || latitude > 90))
      errors.push(`${at('latitude')}: „${latText}“ ist kein Breitengrad (Zahl von −90 bis 90, z. B. 53,6).`);
    if (lonText !== null && (longitude === null || longitude < -180 || longitude > 180))
      errors.push(`${at('longitude')}: „${lonText}“ ist kein Längengrad (Zahl von −180 bis 180, z. B. 9,5).`);
    if ((latText === null) !== (lonText === null))
      errors.push(`Zeile ${line}: Breiten- und Längengrad nur zusammen angeben.`);
    if (errors.length || !name || !actorGroup) {
      results.push({ line, status: 'error', name, errors, duplicateOf: null, organisation: null });
      continue;
    }
    const organisation: ImportedOrganisation = {
      name,
      shortName: cell('shortName'),
      actorGroup,
      schoolNumber,
      municipalityAgs: ags,
      street: cell('street'),
      postalCode,
      city: cell('city'),
      latitude,
      longitude,
      website: cell('website'),
    };
    let duplicateOf: ImportLineResult['duplicateOf'] = null;
    const key = placeKey(name, ags, organisation.city);
    const sameId = schoolNumber ? bySchoolNumber.get(schoolNumber) : undefined;
    const sameName = byNamePlace.get(key);
    if (sameId) duplicateOf = { id: sameId.id, name: sameId.name, reason: 'official_id' };
    else if (sameName) duplicateOf = { id: sameName.id, name: sameName.name, reason: 'name_municipality' };
    else {
      const earlier = (schoolNumber ? inFileSchool.get(schoolNumber) : undefined) ?? inFile.get(key);
      if (earlier !== undefined) duplicateOf = { id: `Zeile ${earlier}`, name, reason: 'in_file' };
    }
    if (!duplicateOf) {
      inFile.set(key, line);
      if (schoolNumber) inFileSchool.set(schoolNumber, line);
    }
    results.push({
      line,
      status: duplicateOf ? 'duplicate' : 'new',
      name,
      errors: [],
      duplicateOf,
      organisation,
    });
  }
  return results;
}

/** The register as CSV (semicolon, UTF-8 with BOM, decimal comma): the import's own columns. */
export function organisationsCsv(
  rows: readonly {
    name: string;
    shortName: string | null;
    actorGroup: string;
    schoolNumber: string | null;
    municipalityAgs: string | null;
    street: string | null;
    postalCode: string | null;
    city: string | null;
    latitude: number | null;
    longitude: number | null;
    website: string | null;
  }[],
): string {
  const quote = (value: string | number | null) => {
    if (value === null) return '';
    const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
    return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [IMPORT_COLUMNS.join(';')];
  for (const r of rows) {
    lines.push(
      [
        r.name,
        r.shortName,
        r.actorGroup,
        r.schoolNumber,
        r.municipalityAgs,
        r.street,
        r.postalCode,
        r.city,
        r.latitude,
        r.longitude,
        r.website,
      ]
        .map(quote)
        .join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
