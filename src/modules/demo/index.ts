import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../../platform/db/database.ts';
import { statistics } from '../statistics/index.ts';
import { canonicalDims } from '../statistics/repository.ts';
import { EXTRACT_FORMAT, EXTRACT_SUFFIX, type ExtractHeader, writeExtract } from './extract-format.ts';

/** The shipped demo extract: official tables cut to Niedersachsen (with Land and Bund for comparison). */
export const DEMO_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'demo');

export const DEMO_SELECTION =
  'Deutschland, alle Länder, Niedersachsen mit Statistischen Regionen, Kreisen und Gemeinden';

/** Regions kept in the demo extract. */
export function inDemoSelection(regionKey: string): boolean {
  return (
    regionKey === 'DG' ||
    regionKey.length === 2 ||
    /^\d{2}_\d{2}$/.test(regionKey) ||
    regionKey.startsWith('03')
  );
}

/**
 * On first start with an empty store, loads the shipped extract through the ordinary import
 * path, so the demo data carries the same provenance and checks as any import.
 */
export async function ensureDemoData(
  db: Database,
  log: (message: string) => void = () => undefined,
): Promise<{ loaded: boolean; datasets: number; rows: number }> {
  const existing = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM datasets');
  const marker = await db.query("SELECT 1 FROM reference_data WHERE name = 'demo'");
  if ((existing.rows[0]?.n ?? 0) > 0 || marker.rows.length > 0)
    return { loaded: false, datasets: 0, rows: 0 };
  const files = demoFiles();
  let rows = 0;
  for (const file of files) {
    const summary = await statistics.importFile(db, {
      fileName: path.basename(file),
      bytes: new Uint8Array(readFileSync(file)),
    });
    rows += summary.rows;
    log(`Demodaten: ${summary.table} (${summary.rows} Werte)`);
  }
  await db.query(
    `INSERT INTO reference_data (name, version, sources) VALUES ('demo', $1, $2::jsonb) ON CONFLICT (name) DO NOTHING`,
    [String(files.length), JSON.stringify({ files: files.map((file) => path.basename(file)) })],
  );
  return { loaded: true, datasets: files.length, rows };
}

export function demoFiles(dir = DEMO_DIR): string[] {
  try {
    return readdirSync(dir)
      .filter((file) => file.endsWith(EXTRACT_SUFFIX))
      .sort()
      .map((file) => path.join(dir, file));
  } catch {
    return [];
  }
}

/** Writes one extract per current dataset of the store, cut to the demo selection. */
export async function exportDemoExtract(
  db: Database,
  outDir: string,
): Promise<{ file: string; rows: number }[]> {
  await mkdir(outDir, { recursive: true });
  // The folder holds exactly the current extract: earlier files of tables no longer exported go.
  for (const old of demoFiles(outDir)) await rm(old);
  const written: { file: string; rows: number }[] = [];
  for (const dataset of await statistics.listDatasets(db)) {
    if (!dataset.current) continue;
    const detail = await statistics.datasetDetail(db, dataset.id);
    const rows: [string, string, string, Record<string, string>, number | null, string | null][] = [];
    const regionNames: Record<string, string> = {};
    for await (const row of statistics.allObservations(db, { datasetId: dataset.id, allVintages: true })) {
      if (!inDemoSelection(row.region)) continue;
      rows.push([
        row.region,
        row.period,
        row.measure,
        JSON.parse(canonicalDims(row.dims)),
        row.value,
        row.flag,
      ]);
    }
    if (rows.length === 0) continue;
    // A download whose Kreis rows carry nothing but "-" (e.g. an API slice published before the
    // Kreis results) would show every Kreis as "nichts vorhanden": a format sample, not demo data.
    const districtRows = rows.filter((row) => row[0].length === 5);
    if (districtRows.length > 0 && districtRows.every((row) => row[4] === null && row[5] === '-')) continue;
    const header: ExtractHeader = {
      format: EXTRACT_FORMAT,
      version: 1,
      table: {
        source: dataset.source as ExtractHeader['table']['source'],
        tableCode: dataset.table_code,
        title: dataset.title,
        publisher: dataset.publisher,
        licence: dataset.licence,
        vintage: dataset.vintage,
        measures: detail.measures,
        dimensions: detail.dimensions,
        regionNames,
        notes: dataset.notes.filter((note) => !note.startsWith('Auszug (')),
      },
      origin: { fileName: dataset.file_name, fileHash: dataset.file_hash, format: dataset.format },
      selection: DEMO_SELECTION,
      exportedAt: new Date().toISOString(),
    };
    const safeName =
      `${dataset.table_code}_${dataset.vintage ?? 'ohne-stand'}_${dataset.periods[0] ?? ''}`.replace(
        /[^A-Za-z0-9_.-]/g,
        '_',
      );
    const file = path.join(outDir, `${safeName}${EXTRACT_SUFFIX}`);
    await writeFile(file, writeExtract(header, rows));
    written.push({ file, rows: rows.length });
  }
  return written;
}

/** Every file below a folder that an importer might read (used to build the demo extract). */
export async function listImportableFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir)) {
    const full = path.join(dir, entry);
    if ((await stat(full)).isDirectory()) found.push(...(await listImportableFiles(full)));
    else if (/\.(csv|xlsx|zip|json)$/i.test(entry)) found.push(full);
  }
  return found.sort();
}

export async function readSource(file: string) {
  return { fileName: path.basename(file), bytes: new Uint8Array(await readFile(file)) };
}
