/**
 * Test support: official files parsed with the product's own importers into an in-memory
 * `FormulaDataSource`, so that catalogue formulas can be evaluated without a database.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openWithDetectedImporter } from '../../statistics/importers/detect.ts';
import { IMPORTERS } from '../../statistics/importers/index.ts';
import type { ObservationRecord, TableMetadata } from '../../statistics/importers/types.ts';
import type { FormulaDataSource, ObservationCell } from '../formula/index.ts';

/** Measures and dimension attributes a table offers, merged over all its imported files. */
export interface TableCodes {
  measures: Set<string>;
  dimensions: Map<string, Set<string>>;
  periods: Set<string>;
}

const key = (table: string, measure: string, region: string, period: string) =>
  `${table}\u0000${measure}\u0000${region}\u0000${period}`;

export class MemoryFormulaSource implements FormulaDataSource {
  private readonly byKey = new Map<string, ObservationCell[]>();
  /** Dims of the cells under each key, to find a duplicate without scanning (a booklet has 17 000 per key). */
  private readonly dimsByKey = new Map<string, Set<string>>();
  readonly tables = new Map<string, TableCodes>();

  /** Adds one cell; a second cell with the same table, measure, region, period and dims is an error. */
  addCell(
    table: string,
    record: Pick<ObservationRecord, 'region' | 'period' | 'measure' | 'dims' | 'value' | 'flag'>,
  ) {
    const cellKey = key(table, record.measure, record.region, record.period);
    let cells = this.byKey.get(cellKey);
    let seen = this.dimsByKey.get(cellKey);
    if (!cells || !seen) {
      cells = [];
      seen = new Set();
      this.byKey.set(cellKey, cells);
      this.dimsByKey.set(cellKey, seen);
    }
    const dims = JSON.stringify(Object.entries(record.dims).sort());
    if (seen.has(dims)) throw new Error(`doppelte Beobachtung ${cellKey.replaceAll('\u0000', ' ')} ${dims}`);
    seen.add(dims);
    cells.push({ dims: record.dims, value: record.value, flag: record.flag });
    this.codesOf(table).periods.add(record.period);
  }

  addMetadata(metadata: Pick<TableMetadata, 'tableCode' | 'measures' | 'dimensions'>) {
    const codes = this.codesOf(metadata.tableCode);
    for (const measure of metadata.measures) codes.measures.add(measure.code);
    for (const dimension of metadata.dimensions) {
      let attributes = codes.dimensions.get(dimension.code);
      if (!attributes) {
        attributes = new Set();
        codes.dimensions.set(dimension.code, attributes);
      }
      for (const attribute of dimension.attributes) attributes.add(attribute.code);
    }
  }

  cells(table: string, measure: string, region: string, period: string): readonly ObservationCell[] | null {
    return this.byKey.get(key(table, measure, region, period)) ?? null;
  }

  private codesOf(table: string): TableCodes {
    let codes = this.tables.get(table);
    if (!codes) {
      codes = { measures: new Set(), dimensions: new Map(), periods: new Set() };
      this.tables.set(table, codes);
    }
    return codes;
  }
}

/**
 * Imports the files with the detected importer. Only the given regions are kept (metadata always
 * in full); files of the same table are merged, as the product's store does.
 */
export async function importFiles(
  files: readonly string[],
  regions: ReadonlySet<string> | null = null,
): Promise<MemoryFormulaSource> {
  const source = new MemoryFormulaSource();
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const { stream } = await openWithDetectedImporter(IMPORTERS, { fileName: path.basename(file), bytes });
    // The table code comes with the metadata at the end of the stream.
    const records: ObservationRecord[] = [];
    let step = stream.next();
    while (!step.done) {
      if (regions === null || regions.has(step.value.region)) records.push(step.value);
      step = stream.next();
    }
    const metadata = step.value;
    source.addMetadata(metadata);
    for (const record of records) source.addCell(metadata.tableCode, record);
  }
  return source;
}
