import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeText } from '../statistics/importers/text.ts';
import { cellText, loadWorkbook } from './destatis-workbook.ts';
import { type Gemeindeverzeichnis, parseGemeindeverzeichnisWorkbook } from './gemeindeverzeichnis.ts';
import type { AreaGeometry } from './geometry.ts';
import { type KreiseTable, parseKreiseWorkbook } from './kreise-table.ts';
import { landGroupKeyForName } from './names.ts';
import { buildReference, type ReferenceSource, type TableRegion, writeReference } from './reference.ts';

/**
 * Builds `reference/regions.json.gz` from the official files in shared/data (which are never
 * copied into the repository): Gemeindeverzeichnis, Destatis Kreis table, BKG VG5000
 * boundaries, classic Regionalstatistik tables (for retired keys) and the BA Länderergebnisse
 * (for the Land groups the BA publishes).
 */

export interface Summary {
  outFile: string;
  bytes: number;
  builtAt: string;
  durationMs: number;
  territorialStatus: string;
  /** Regions per level, historical ones included. */
  regionsByLevel: Record<string, number>;
  historical: string[];
  berlinBezirke: number;
  landGroups: string[];
  geometries: { districts: number; states: number };
  neighbourPairs: { districts: number; states: number };
  sources: string[];
  /** Things a maintainer should look at; the build still succeeded. */
  warnings: string[];
}

/** BKG VG5000 as converted in shared/data/geo (see SOURCES.md §8): Aktualität 01.01.2021. */
const BKG_SOURCE: Omit<ReferenceSource, 'files'> = {
  id: 'bkg-vg5000',
  title: 'Verwaltungsgebiete 1:5 000 000 (VG5000), Ebenen Kreise und Länder, Stand 01.01.2021',
  publisher: 'Bundesamt für Kartographie und Geodäsie (BKG)',
  licence:
    'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0), https://www.govdata.de/dl-de/by-2-0',
  attribution: '© GeoBasis-DE / BKG 2021 (Daten verändert)',
  url: 'https://www.bkg.bund.de',
  referenceDate: '2021-01-01',
  usedFor:
    'Kreis- und Landesgrenzen (vereinfacht, Koordinaten auf 4 Nachkommastellen gerundet; Eisenach mit dem Wartburgkreis vereinigt) und daraus berechnete Nachbarschaften.',
};

function listFiles(dir: string, pattern: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  // File names with umlauts may come NFD-encoded from some file systems.
  return names
    .filter((name) => pattern.test(name.normalize('NFC')))
    .sort()
    .map((name) => path.join(dir, name));
}

function requireFile(dir: string, pattern: RegExp, what: string): string {
  const files = listFiles(dir, pattern);
  if (files.length === 0) throw new Error(`${what} fehlt in ${dir} (gesucht: ${pattern})`);
  // Annual GV extracts are named <ddmmyyyy>_…: the newest Stichtag wins.
  return files.sort((a, b) => stichtagOfName(b).localeCompare(stichtagOfName(a)))[0]!;
}

function stichtagOfName(file: string): string {
  const match = /^(\d{2})(\d{2})(\d{4})_/.exec(path.basename(file));
  return match ? `${match[3]}${match[2]}${match[1]}` : '';
}

/** Areas by ARS from a VG5000 GeoJSON; later features of the same ARS are water areas. */
export function readGeoJsonAreas(
  text: string,
  fileName: string,
): { geometries: Record<string, AreaGeometry>; skipped: number } {
  const data = JSON.parse(text) as { type?: unknown; features?: unknown };
  if (data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    throw new Error(`${fileName}: keine GeoJSON-FeatureCollection`);
  }
  const geometries: Record<string, AreaGeometry> = {};
  let skipped = 0;
  for (const feature of data.features as {
    properties?: { ARS?: unknown };
    geometry?: { type?: unknown };
  }[]) {
    const key = feature.properties?.ARS;
    const type = feature.geometry?.type;
    if (
      typeof key !== 'string' ||
      !/^\d{2}(\d{3})?$/.test(key) ||
      (type !== 'Polygon' && type !== 'MultiPolygon')
    ) {
      throw new Error(
        `${fileName}: Feature ohne gültigen ARS oder ohne (Multi-)Polygon: ${JSON.stringify(feature.properties)}`,
      );
    }
    // VG5000 keeps coastal waters and the Bodensee as extra records of a Land after its land area.
    if (geometries[key]) {
      skipped++;
      continue;
    }
    geometries[key] = feature.geometry as AreaGeometry;
  }
  return { geometries, skipped };
}

export interface ClassicTableScan {
  tableCode: string | null;
  /** ISO date of the `Stand:` line. */
  stand: string | null;
  /** The © block of the footer, lines joined. */
  copyright: string | null;
  regions: { key: string; name: string }[];
}

/**
 * Keys and names of a classic Regionalstatistik/GENESIS table: data lines are
 * `<year or date>;<key>;<indented name>;…` or, without a time column, `<key>;<name>;…`.
 */
export function scanClassicTableRegions(text: string): ClassicTableScan {
  const lines = text.split(/\r?\n/);
  const code = /^(?:GENESIS-)?Tabelle:\s*(\S+)/.exec(lines[0] ?? '');
  const regions = new Map<string, string>();
  let stand: string | null = null;
  let copyright: string | null = null;
  let footer = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('__________')) footer = true;
    if (footer) {
      const date = /^Stand:\s*(\d{2})\.(\d{2})\.(\d{4})/.exec(line);
      if (date) stand = `${date[3]}-${date[2]}-${date[1]}`;
      if (line.startsWith('"©')) {
        const block = [line.slice(1)];
        for (let j = i; !block[block.length - 1]!.endsWith('"') && j + 1 < lines.length; j++)
          block.push(lines[j + 1]!);
        copyright = block.join(' ').replace(/"$/, '').replace(/\s+/g, ' ').trim();
      }
      continue;
    }
    const fields = line.split(';');
    const timed = /^(\d{4}|\d{2}\.\d{2}\.\d{4})$/.test(fields[0] ?? '');
    const key = (timed ? fields[1] : fields[0]) ?? '';
    const name = (timed ? fields[2] : fields[1]) ?? '';
    if (/^(DG|\d{2,9})$/.test(key) && !regions.has(key)) regions.set(key, name);
  }
  return {
    tableCode: code?.[1] ?? null,
    stand,
    copyright,
    regions: [...regions].map(([key, name]) => ({ key, name })),
  };
}

/** The Land groups (`Niedersachsen / Bremen` → `03_04`) named anywhere in a BA workbook. */
async function landGroupsOf(
  file: string,
): Promise<{ groups: { key: string; name: string }[]; licence: string }> {
  const workbook = await loadWorkbook(readFileSync(file));
  const groups = new Map<string, string>();
  let licence = '';
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const text = cellText(cell.value).trim();
        if (text.includes(' / ') && text.length < 60) {
          const key = landGroupKeyForName(text);
          if (key && !groups.has(key)) groups.set(key, text);
        }
        if (!licence && text.startsWith('© Statistik der Bundesagentur für Arbeit')) licence = text;
      });
    });
  }
  return {
    groups: [...groups].map(([key, name]) => ({ key, name })).sort((a, b) => a.key.localeCompare(b.key)),
    licence,
  };
}

function gvSource(gv: Gemeindeverzeichnis, file: string): ReferenceSource {
  return {
    id: 'destatis-gv-isys',
    title: `Gemeindeverzeichnis-Informationssystem GV-ISys: ${gv.title}`,
    publisher: gv.publisher,
    licence: gv.licence,
    attribution: gv.attribution,
    url: 'https://www.destatis.de',
    referenceDate: gv.referenceDate,
    files: [path.basename(file)],
    usedFor:
      'Gebietsgliederung (Länder, Regierungsbezirke/Statistische Regionen, Kreise, Gemeindeverbände, Gemeinden), Namen, Fläche, Bevölkerung, Postleitzahl, Mittelpunktkoordinaten, Grad der Verstädterung.',
  };
}

function kreiseSource(table: KreiseTable, file: string): ReferenceSource {
  return {
    id: 'destatis-kreise',
    title: `${table.title}, Gebietsstand ${table.referenceDate.split('-').reverse().join('.')}`,
    publisher: table.publisher,
    licence: table.licence,
    attribution: table.attribution,
    url: 'https://www.destatis.de',
    referenceDate: table.referenceDate,
    files: [path.basename(file)],
    usedFor: 'NUTS-3-Codes der Kreise (Stand dieser Tabelle).',
  };
}

export async function buildReferenceFromSources(sharedDataDir: string, outFile: string): Promise<Summary> {
  const started = Date.now();
  const warnings: string[] = [];
  const sources: ReferenceSource[] = [];

  const gvFile = requireFile(
    path.join(sharedDataDir, 'gemeindeverzeichnis'),
    /Auszug_?GV.*\.xlsx$/i,
    'Gemeindeverzeichnis (Auszug)',
  );
  const gv = parseGemeindeverzeichnisWorkbook(await loadWorkbook(readFileSync(gvFile)));
  sources.push(gvSource(gv, gvFile));

  let kreise: KreiseTable | null = null;
  const kreiseFile = listFiles(path.join(sharedDataDir, 'gemeindeverzeichnis'), /^04-kreise\.xlsx$/i)[0];
  if (kreiseFile) {
    kreise = parseKreiseWorkbook(await loadWorkbook(readFileSync(kreiseFile)));
    sources.push(kreiseSource(kreise, kreiseFile));
  } else {
    warnings.push('04-kreise.xlsx fehlt: keine NUTS-3-Codes.');
  }

  const geoDir = path.join(sharedDataDir, 'geo');
  const kreiseGeo = requireFile(geoDir, /^Ebene_Kreise\.geojson$/i, 'Kreisgrenzen (Ebene_Kreise.geojson)');
  const laenderGeo = requireFile(geoDir, /^Ebene_Länder\.geojson$/i, 'Landesgrenzen (Ebene_Länder.geojson)');
  const districts = readGeoJsonAreas(readFileSync(kreiseGeo, 'utf8'), path.basename(kreiseGeo));
  const states = readGeoJsonAreas(readFileSync(laenderGeo, 'utf8'), path.basename(laenderGeo));
  if (districts.skipped > 0)
    warnings.push(`${districts.skipped} weitere Kreis-Features mit schon gesehenem ARS übergangen.`);
  sources.push({
    ...BKG_SOURCE,
    files: [path.basename(kreiseGeo), path.basename(laenderGeo).normalize('NFC')],
  });

  const tableRegions: TableRegion[] = [];
  const tableFiles: string[] = [];
  let tableCopyright: { text: string; stand: string } | null = null;
  for (const dir of listFiles(sharedDataDir, /^regionalstatistik/)) {
    if (!statSync(dir).isDirectory()) continue;
    for (const file of listFiles(dir, /\.csv$/i)) {
      const scan = scanClassicTableRegions(decodeText(readFileSync(file)));
      if (scan.regions.length === 0) continue;
      tableFiles.push(`${path.basename(dir)}/${path.basename(file)}`);
      for (const region of scan.regions) tableRegions.push({ ...region, stand: scan.stand });
      if (scan.copyright && scan.stand && (!tableCopyright || scan.stand > tableCopyright.stand)) {
        tableCopyright = { text: scan.copyright, stand: scan.stand };
      }
    }
  }
  if (tableFiles.length > 0) {
    const year = /(\d{4})\.?\s*Dieses Werk/.exec(tableCopyright?.text ?? '')?.[1];
    sources.push({
      id: 'regionalstatistik',
      title: 'Regionaldatenbank Deutschland, Tabellen auf Kreisebene',
      publisher: 'Statistische Ämter des Bundes und der Länder',
      licence: tableCopyright?.text ?? 'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)',
      attribution: `© Statistische Ämter des Bundes und der Länder, Deutschland${year ? `, ${year}` : ''}`,
      url: 'https://www.regionalstatistik.de',
      referenceDate: null,
      files: tableFiles,
      usedFor:
        'Schlüssel und Namen ehemaliger Gebietseinheiten und der Berliner Bezirke, die diese Tabellen verwenden.',
    });
  } else {
    warnings.push('Keine Regionalstatistik-Tabellen gefunden: keine historischen Regionen.');
  }

  let landGroups: { key: string; name: string }[] = [];
  const baFile = listFiles(path.join(sharedDataDir, 'ba'), /Länderergebnisse\.xlsx$/i)[0];
  if (baFile) {
    const found = await landGroupsOf(baFile);
    landGroups = found.groups;
    sources.push({
      id: 'ba-engpassanalyse',
      title: 'Fachkräfteengpassanalyse nach Ländern',
      publisher: 'Statistik der Bundesagentur für Arbeit',
      licence: found.licence || '© Statistik der Bundesagentur für Arbeit',
      attribution: '© Statistik der Bundesagentur für Arbeit',
      url: 'https://statistik.arbeitsagentur.de',
      referenceDate: null,
      files: [path.basename(baFile).normalize('NFC')],
      usedFor: 'Ländergruppen, in denen die BA kleine Länder gemeinsam ausweist.',
    });
  } else {
    warnings.push('BA-Länderergebnisse fehlen: keine Ländergruppen.');
  }

  const builtAt = new Date().toISOString();
  const reference = buildReference({
    builtAt,
    gemeindeverzeichnis: gv,
    kreise,
    sourceIds: {
      gemeindeverzeichnis: 'destatis-gv-isys',
      kreise: 'destatis-kreise',
      tables: 'regionalstatistik',
      landGroups: 'ba-engpassanalyse',
    },
    districtGeometries: districts.geometries,
    stateGeometries: states.geometries,
    tableRegions,
    landGroups,
    sources,
  });

  const current = reference.regions.filter((region) => !region.historical);
  const byKey = new Set(reference.regions.map((region) => region.key));
  for (const level of ['district', 'state'] as const) {
    const missing = current.filter((region) => region.level === level && !reference.geometries[region.key]);
    if (missing.length > 0)
      warnings.push(`Ohne Grenzen (${level}): ${missing.map((region) => region.key).join(', ')}`);
  }
  const unknownGeometry = Object.keys(reference.geometries).filter((key) => !byKey.has(key));
  if (unknownGeometry.length > 0) warnings.push(`Grenzen ohne Region: ${unknownGeometry.join(', ')}`);
  if (states.skipped > 0) {
    warnings.push(
      `${states.skipped} Wasserflächen-Features (Küstengewässer, Bodensee) der Länder übergangen.`,
    );
  }

  const bytes = writeReference(outFile, reference);
  const regionsByLevel: Record<string, number> = {};
  for (const region of reference.regions)
    regionsByLevel[region.level] = (regionsByLevel[region.level] ?? 0) + 1;
  const pairs = (keyLength: number) =>
    Object.entries(reference.neighbours)
      .filter(([key]) => key.length === keyLength)
      .reduce((total, [, list]) => total + list.length, 0) / 2;
  return {
    outFile,
    bytes,
    builtAt,
    durationMs: Date.now() - started,
    territorialStatus: reference.territorialStatus,
    regionsByLevel,
    historical: reference.regions.filter((region) => region.historical).map((region) => region.key),
    berlinBezirke: reference.regions.filter((region) => region.typeLabel === 'Bezirk').length,
    landGroups: landGroups.map((group) => group.key),
    geometries: {
      districts: Object.keys(reference.geometries).filter((key) => key.length === 5).length,
      states: Object.keys(reference.geometries).filter((key) => key.length === 2).length,
    },
    neighbourPairs: { districts: pairs(5), states: pairs(2) },
    sources: sources.map((source) => source.id),
    warnings,
  };
}
