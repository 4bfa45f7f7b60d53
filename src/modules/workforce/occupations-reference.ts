/**
 * The KldB 2010 (Fassung 2020) hierarchy and the BA crosswalk KldB → ISCO-08 as compact
 * reference data (`reference/occupations.json.gz`), built from the official files by
 * `bildungsregion reference occupations` and loaded into the tables `occupations` and
 * `occupation_isco` at start. The official files are never copied into the repository.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';

export const DEFAULT_OCCUPATIONS_FILE = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'reference',
  'occupations.json.gz',
);
const FORMAT = 'bildungsregion-occupations';
const FORMAT_VERSION = 1;

export const LEVEL_NAMES: Record<number, string> = {
  1: 'Berufsbereich',
  2: 'Berufshauptgruppe',
  3: 'Berufsgruppe',
  4: 'Berufsuntergruppe',
  5: 'Berufsgattung',
};

export const REQUIREMENT_LEVEL_NAMES: Record<number, string> = {
  1: 'Helfer',
  2: 'Fachkraft',
  3: 'Spezialist',
  4: 'Experte',
};

export interface Occupation {
  code: string;
  level: 1 | 2 | 3 | 4 | 5;
  title: string;
  shortTitle: string;
}

export interface IscoMapping {
  kldb: string;
  isco: string;
  /** "Umstieg eindeutig": the KldB code maps to this ISCO code only. */
  unambiguous: boolean;
  /** 1 = Schwerpunkt (main correspondence), 2… = alternatives. */
  rank: number;
}

export interface ReferenceSourceInfo {
  id: string;
  title: string;
  publisher: string;
  licence: string;
  file: string;
  bytes: number;
  usedFor: string;
}

export interface OccupationReference {
  builtAt: string;
  sources: ReferenceSourceInfo[];
  occupations: Occupation[];
  iscoUnits: Record<string, { de: string; en: string }>;
  mappings: IscoMapping[];
}

/** Parent code: the code without its last digit (Berufsbereich has none). */
export function parentCode(code: string): string | null {
  return code.length > 1 ? code.slice(0, -1) : null;
}

/** Anforderungsniveau of a Berufsgattung (5th digit), null for the upper levels. */
export function requirementLevelOf(code: string): number | null {
  return code.length === 5 ? Number(code[4]) : null;
}

/** Splits one `;` line with double-quoted fields (`""` inside quotes is a quote). */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

function cleanText(text: string): string {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Parses the BA export "KldB 2010, V. 2020 – Gliederung mit Erläuterung" (UTF-8, `;`).
 * Military codes lost their leading zero in the export; they are padded to the length that
 * `Ebene` gives.
 */
export function parseKldbCsv(text: string, fileName: string): Occupation[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '');
  if (!/^Schlüssel KldB 2010/.test(header[0] ?? '') || header[1] !== 'Ebene' || header[2] !== 'Titel') {
    throw new Error(
      `${fileName}, Zeile 1: erwartet die Kopfzeile „Schlüssel KldB 2010, V. 2020;Ebene;Titel;Kurztitel;…“, gefunden ${JSON.stringify((lines[0] ?? '').slice(0, 80))}`,
    );
  }
  const occupations: Occupation[] = [];
  const seen = new Set<string>();
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    const [rawCode = '', rawLevel = '', title = '', shortTitle = ''] = splitCsvLine(line);
    const level = Number(rawLevel);
    if (!/^\d{1,5}$/.test(rawCode) || !Number.isInteger(level) || level < 1 || level > 5) {
      throw new Error(
        `${fileName}, Zeile ${index + 1}: erwartet einen KldB-Schlüssel (1–5 Ziffern) und eine Ebene 1–5, gefunden ${JSON.stringify(`${rawCode};${rawLevel}`)}`,
      );
    }
    const code = rawCode.padStart(level, '0');
    if (code.length !== level) {
      throw new Error(
        `${fileName}, Zeile ${index + 1}: Schlüssel ${rawCode} ist länger als die Ebene ${level} erlaubt`,
      );
    }
    if (seen.has(code)) throw new Error(`${fileName}, Zeile ${index + 1}: Schlüssel ${code} doppelt`);
    seen.add(code);
    occupations.push({
      code,
      level: level as Occupation['level'],
      title: cleanText(title),
      shortTitle: cleanText(shortTitle) || cleanText(title),
    });
  }
  for (const occupation of occupations) {
    const parent = parentCode(occupation.code);
    if (parent && !seen.has(parent)) {
      throw new Error(`${fileName}: zu ${occupation.code} fehlt die übergeordnete Position ${parent}`);
    }
  }
  return occupations;
}

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value)
    return value.richText.map((part) => part.text).join('');
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  return String(value).trim();
}

/** Parses the BA "Umsteigeschlüssel KldB 2010 üF 2020 (5-Steller) → ISCO-08 (4-Steller)". */
export async function parseIscoCrosswalk(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ units: Record<string, { de: string; en: string }>; mappings: IscoMapping[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets.find((candidate) => /^Umsteiger/i.test(candidate.name));
  if (!sheet) throw new Error(`${fileName}: erwartet ein Tabellenblatt „Umsteiger KldB … auf ISCO“`);
  let headerRow = 0;
  for (let row = 1; row <= 15; row++) {
    if (
      /^KldB 2010/.test(text(sheet.getCell(row, 1).value)) &&
      /^ISCO-08/.test(text(sheet.getCell(row, 4).value))
    )
      headerRow = row;
  }
  if (headerRow === 0)
    throw new Error(
      `${fileName}, Blatt „${sheet.name}“: erwartet eine Kopfzeile mit „KldB 2010 (5-Steller)“ in Spalte A und „ISCO-08 (4-Steller)“ in Spalte D`,
    );
  const units: Record<string, { de: string; en: string }> = {};
  const mappings: IscoMapping[] = [];
  for (let row = headerRow + 1; row <= sheet.rowCount; row++) {
    const kldb = text(sheet.getCell(row, 1).value);
    if (kldb === '' || /^Erstellungsdatum|^©/.test(kldb)) continue;
    const isco = text(sheet.getCell(row, 4).value);
    if (!/^\d{5}$/.test(kldb) || !/^\d{4}$/.test(isco)) {
      throw new Error(
        `${fileName}, Blatt „${sheet.name}“, Zeile ${row}: erwartet einen 5-stelligen KldB- und einen 4-stelligen ISCO-Schlüssel, gefunden ${JSON.stringify(`${kldb} / ${isco}`)}`,
      );
    }
    units[isco] ??= { de: text(sheet.getCell(row, 5).value), en: text(sheet.getCell(row, 6).value) };
    mappings.push({
      kldb,
      isco,
      unambiguous: text(sheet.getCell(row, 7).value) === '1',
      rank: Number(text(sheet.getCell(row, 8).value)) || 1,
    });
  }
  return { units, mappings };
}

const BA_LICENCE =
  '© Statistik der Bundesagentur für Arbeit. Weitergabe mit Quellenangabe erlaubt, Inhalte dürfen nicht verändert werden, eigene Berechnungen sind als solche kenntlich zu machen; https://statistik.arbeitsagentur.de';

function findFile(dir: string, pattern: RegExp, what: string): string {
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((name) => pattern.test(name.normalize('NFC')));
  } catch {
    // handled below
  }
  if (names.length === 0) throw new Error(`${what} fehlt in ${dir} (erwartet eine Datei wie ${pattern})`);
  return path.join(dir, names.sort().at(-1)!);
}

/** Builds the reference from `<from>/kldb/` and writes it to `out`. */
export async function buildOccupationReference(
  from: string,
  out: string = DEFAULT_OCCUPATIONS_FILE,
): Promise<{
  outFile: string;
  bytes: number;
  occupationsByLevel: Record<string, number>;
  mappings: number;
  iscoUnits: number;
}> {
  const dir = path.join(from, 'kldb');
  const kldbFile = findFile(dir, /^KldB_2010.*\.csv$/i, 'Die KldB-2010-Gliederung (CSV)');
  const iscoFile = findFile(dir, /isco.*\.xlsx$/i, 'Der Umsteigeschlüssel KldB → ISCO-08 (XLSX)');
  const occupations = parseKldbCsv(readFileSync(kldbFile, 'utf8'), path.basename(kldbFile));
  const { units, mappings } = await parseIscoCrosswalk(
    new Uint8Array(readFileSync(iscoFile)),
    path.basename(iscoFile),
  );
  const known = new Set(occupations.map((occupation) => occupation.code));
  const unknown = mappings.filter((mapping) => !known.has(mapping.kldb)).map((mapping) => mapping.kldb);
  if (unknown.length > 0)
    throw new Error(
      `${path.basename(iscoFile)}: KldB-Schlüssel ohne Gegenstück in der Gliederung: ${unknown.slice(0, 10).join(', ')}`,
    );
  const reference: OccupationReference = {
    builtAt: new Date().toISOString(),
    sources: [
      {
        id: 'ba-kldb2010-2020',
        title:
          'Klassifikation der Berufe 2010 – überarbeitete Fassung 2020, Gliederung mit Erläuterung (Stand 03.02.2025)',
        publisher: 'Bundesagentur für Arbeit',
        licence: BA_LICENCE,
        file: path.basename(kldbFile),
        bytes: statSync(kldbFile).size,
        usedFor:
          'Schlüssel, Ebene, Titel und Kurztitel aller 2 195 Positionen (Erläuterungstexte nicht übernommen)',
      },
      {
        id: 'ba-kldb-isco08',
        title:
          'Umsteigeschlüssel KldB 2010 üF 2020 (5-Steller) → ISCO-08 (4-Steller), Erstellungsdatum 06.08.2021',
        publisher: 'Bundesagentur für Arbeit',
        licence: BA_LICENCE,
        file: path.basename(iscoFile),
        bytes: statSync(iscoFile).size,
        usedFor:
          'ISCO-08-Schlüssel je Berufsgattung mit Eindeutigkeit und Schwerpunkt, ISCO-Bezeichnungen deutsch/englisch',
      },
    ],
    occupations,
    iscoUnits: units,
    mappings,
  };
  const bytes = encodeOccupationReference(reference);
  writeFileSync(out, bytes);
  const occupationsByLevel: Record<string, number> = {};
  for (const occupation of occupations)
    occupationsByLevel[LEVEL_NAMES[occupation.level]!] =
      (occupationsByLevel[LEVEL_NAMES[occupation.level]!] ?? 0) + 1;
  return {
    outFile: out,
    bytes: bytes.length,
    occupationsByLevel,
    mappings: mappings.length,
    iscoUnits: Object.keys(units).length,
  };
}

interface ReferenceFile {
  format: string;
  version: number;
  builtAt: string;
  sources: ReferenceSourceInfo[];
  /** [code, title, shortTitle] (level = code length; shortTitle omitted when equal to the title). */
  occupations: [string, string, string?][];
  iscoUnits: Record<string, [string, string]>;
  /** [kldb, isco, unambiguous 0/1, rank]. */
  mappings: [string, string, number, number][];
}

export function encodeOccupationReference(reference: OccupationReference): Uint8Array {
  const file: ReferenceFile = {
    format: FORMAT,
    version: FORMAT_VERSION,
    builtAt: reference.builtAt,
    sources: reference.sources,
    occupations: reference.occupations.map((o) =>
      o.shortTitle === o.title ? [o.code, o.title] : [o.code, o.title, o.shortTitle],
    ),
    iscoUnits: Object.fromEntries(
      Object.entries(reference.iscoUnits).map(([code, unit]) => [code, [unit.de, unit.en]]),
    ),
    mappings: reference.mappings.map((m) => [m.kldb, m.isco, m.unambiguous ? 1 : 0, m.rank]),
  };
  return gzipSync(JSON.stringify(file), { level: 9 });
}

export function decodeOccupationReference(bytes: Uint8Array): OccupationReference {
  let file: ReferenceFile;
  try {
    file = JSON.parse(gunzipSync(bytes).toString('utf8')) as ReferenceFile;
  } catch (error) {
    throw new Error(
      `Berufe-Referenzdaten unlesbar (kein gzip-komprimiertes JSON): ${(error as Error).message}`,
    );
  }
  if (file.format !== FORMAT || file.version !== FORMAT_VERSION) {
    throw new Error(
      `Berufe-Referenzdaten im falschen Format: erwartet ${FORMAT} Version ${FORMAT_VERSION}, gefunden ${file.format} Version ${file.version}`,
    );
  }
  return {
    builtAt: file.builtAt,
    sources: file.sources,
    occupations: file.occupations.map(([code, title, shortTitle]) => ({
      code,
      level: code.length as Occupation['level'],
      title,
      shortTitle: shortTitle ?? title,
    })),
    iscoUnits: Object.fromEntries(
      Object.entries(file.iscoUnits).map(([code, [de, en]]) => [code, { de, en }]),
    ),
    mappings: file.mappings.map(([kldb, isco, unambiguous, rank]) => ({
      kldb,
      isco,
      unambiguous: unambiguous === 1,
      rank,
    })),
  };
}
