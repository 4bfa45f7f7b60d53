import { createHash } from 'node:crypto';
import type { Database } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { registerUnknownRegions } from '../regions/index.ts';
import { openWithDetectedImporter } from './importers/detect.ts';
import { IMPORTERS } from './importers/index.ts';
import { ImportFormatError, type ImportSource, type TableMetadata } from './importers/types.ts';
import * as repository from './repository.ts';

export interface ImportProgress {
  /** 0…1 where the file size allows an estimate, else null. */
  fraction: number | null;
  rows: number;
}

export interface ImportOptions {
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** Rows per COPY batch. */
  batchSize?: number;
}

export interface ImportSummary {
  file: string;
  status: 'imported' | 'unchanged' | 'dry-run';
  datasetId: number | null;
  format: string;
  formatLabel: string;
  table: string;
  title: string;
  vintage: string | null;
  rows: number;
  regions: number;
  periods: string[];
  measures: number;
  markers: Record<string, number>;
  /** Keys not in the reference data, registered as provisional regions. */
  unknownRegions: string[];
  /** Datasets of the same table and vintage that this import replaced completely. */
  replacedDatasets: number[];
  notes: string[];
  durationMs: number;
}

/**
 * Imports one file: detect the layout, parse, load, and make the result visible at once.
 *
 * Rows are loaded in batches of short transactions into a dataset that stays invisible
 * (`complete = false`) until one final transaction publishes it and retires what it replaces;
 * any failure deletes the pending dataset. Readers therefore see all of an import or nothing,
 * and on the embedded database other requests are not blocked for the length of a large import.
 */
export async function importFile(
  db: Database,
  source: ImportSource,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const fileHash = createHash('sha256').update(source.bytes).digest('hex');

  // A file already stored is answered from the database, without parsing it again.
  if (!options.dryRun) {
    const existing = await repository.findDatasetByHash(db, fileHash);
    if (existing?.complete) {
      const dataset = (await repository.getDataset(db, existing.id))!;
      return {
        file: source.fileName,
        status: 'unchanged',
        datasetId: dataset.id,
        format: dataset.format,
        formatLabel:
          IMPORTERS.find((importer) => importer.format === dataset.format)?.label ?? dataset.format,
        table: dataset.table_code,
        title: dataset.title,
        vintage: dataset.vintage,
        rows: dataset.row_count,
        regions: dataset.region_count,
        periods: dataset.periods,
        measures: 0,
        markers: dataset.flag_counts,
        unknownRegions: [],
        replacedDatasets: [],
        notes: ['Diese Datei wurde bereits importiert; es wurde nichts geändert.'],
        durationMs: performance.now() - started,
      };
    }
    if (existing) await repository.deleteDataset(db, existing.id);
  }
  const { importer, stream } = await openFile(source);

  const totalLines = countLines(source.bytes);
  const stats = new LoadStats();
  const batchSize = options.batchSize ?? 50_000;
  let datasetId: number | null = null;

  try {
    if (!options.dryRun) {
      datasetId = await db.write((tx) =>
        repository.insertPendingDataset(tx, { format: importer.format, fileName: source.fileName, fileHash }),
      );
    }
    let lastLine = 0;
    const progress = () =>
      options.onProgress?.({
        fraction: totalLines ? Math.min(1, lastLine / totalLines) : null,
        rows: stats.rows,
      });
    const parsed: { meta: TableMetadata | null } = { meta: null };
    // Pulls up to batchSize records from the parser as COPY text in slices. The database
    // driver sends each slice as it comes, so a server loads one slice while the next is parsed.
    const batchText = (id: number | null) =>
      async function* (): AsyncGenerator<string> {
        let slice = '';
        for (let taken = 0; taken < batchSize; taken++) {
          const next = stream.next();
          if (next.done) {
            parsed.meta = next.value;
            break;
          }
          const record = next.value;
          stats.add(record.region, record.period, record.flag);
          lastLine = record.line;
          if (id === null) continue;
          slice += repository.observationCopyLine(id, record);
          if (slice.length >= COPY_SLICE) {
            yield slice;
            slice = '';
          }
        }
        if (slice) yield slice;
      };
    while (parsed.meta === null) {
      const id = datasetId;
      if (id === null) {
        for await (const _ of batchText(null)());
      } else {
        await db.write((tx) => repository.copyObservations(tx, batchText(id)()));
      }
      progress();
    }
    const meta = parsed.meta;
    if (stats.rows === 0) {
      throw new AppError('import.empty', {
        message: `${source.fileName}: no observations`,
        userMessage: `${source.fileName}: Die Datei enthält keine Datenzeilen (${importer.label}).`,
        details: { file: source.fileName },
      });
    }

    let unknownRegions: string[] = [];
    let replacedDatasets: number[] = [];
    if (datasetId !== null) {
      const id = datasetId;
      ({ unknownRegions, replacedDatasets } = await db.write(async (tx) => {
        const coverage = stats.coverage();
        await repository.insertCoverage(tx, id, coverage);
        const unknown = await registerUnknownRegions(tx, stats.regionKeys(), meta.regionNames);
        await repository.upsertVocabulary(tx, meta.tableCode, meta.measures, meta.dimensions);
        await repository.completeDataset(tx, id, meta, { rows: stats.rows, flagCounts: stats.flags });
        const replaced = await repository.supersedeSameVintage(tx, id, meta.tableCode, meta.vintage);
        return { unknownRegions: unknown, replacedDatasets: replaced };
      }));
    }
    // Fresh planner statistics after a large load; PGlite has no autovacuum to do it later.
    if (datasetId !== null && stats.rows >= ANALYZE_THRESHOLD) await repository.analyzeObservations(db);
    options.onProgress?.({ fraction: 1, rows: stats.rows });
    return {
      file: source.fileName,
      status: options.dryRun ? 'dry-run' : 'imported',
      datasetId,
      format: importer.format,
      formatLabel: importer.label,
      table: meta.tableCode,
      title: meta.title,
      vintage: meta.vintage,
      rows: stats.rows,
      regions: stats.regionCount(),
      periods: stats.periodList(),
      measures: meta.measures.length,
      markers: stats.flags,
      unknownRegions,
      replacedDatasets,
      notes: meta.notes,
      durationMs: performance.now() - started,
    };
  } catch (error) {
    if (datasetId !== null) await repository.deleteDataset(db, datasetId).catch(() => undefined);
    throw withFileName(source.fileName, error);
  }
}

async function openFile(source: ImportSource) {
  try {
    return await openWithDetectedImporter(IMPORTERS, source);
  } catch (error) {
    throw withFileName(source.fileName, error);
  }
}

/** Turns a parser's complaint into the product's error, naming the file. */
export function withFileName(fileName: string, error: unknown): unknown {
  if (error instanceof ImportFormatError) {
    return new AppError('import.format', {
      message: `${fileName}: ${error.message}`,
      userMessage: `${fileName}: ${error.message}`,
      details: {
        file: fileName,
        line: error.line,
        column: error.column,
        expected: error.expected,
        found: error.found,
      },
      cause: error,
    });
  }
  if (error instanceof AppError && !error.userMessage.startsWith(fileName)) {
    return new AppError(error.code, {
      message: `${fileName}: ${error.message}`,
      userMessage: `${fileName}: ${error.userMessage}`,
      details: { file: fileName, ...error.details },
      cause: error,
    });
  }
  return error;
}

/** Rows after which an import refreshes the planner's statistics. */
const ANALYZE_THRESHOLD = 20_000;

/** Characters of COPY text handed to the driver at a time. */
const COPY_SLICE = 1 << 16;

function countLines(bytes: Uint8Array): number {
  let count = 0;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let index = buffer.indexOf(10); index !== -1; index = buffer.indexOf(10, index + 1)) count++;
  return count;
}

class LoadStats {
  rows = 0;
  flags: Record<string, number> = {};
  private readonly pairs = new Map<string, Set<string>>();

  add(region: string, period: string, flag: string | null): void {
    this.rows++;
    if (flag !== null) this.flags[flag] = (this.flags[flag] ?? 0) + 1;
    let periods = this.pairs.get(region);
    if (!periods) {
      periods = new Set();
      this.pairs.set(region, periods);
    }
    periods.add(period);
  }

  coverage(): { regions: string[]; periods: string[] } {
    const regions: string[] = [];
    const periods: string[] = [];
    for (const [region, set] of this.pairs) {
      for (const period of set) {
        regions.push(region);
        periods.push(period);
      }
    }
    return { regions, periods };
  }

  regionKeys(): string[] {
    return [...this.pairs.keys()];
  }

  regionCount(): number {
    return this.pairs.size;
  }

  periodList(): string[] {
    const all = new Set<string>();
    for (const set of this.pairs.values()) for (const period of set) all.add(period);
    return [...all].sort();
  }
}
