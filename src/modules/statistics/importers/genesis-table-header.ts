/**
 * Title lines and column headers of a classic GENESIS table CSV (see genesis-table-csv.ts for the
 * file layout). Code scheme (labels.ts has GES / NAT / WZ08 / ALTX):
 * - A row containing a known variable name (Geschlecht, Nationalität, Altersgruppen, …) is a
 *   variable-name row and the row below holds the attributes → dimension. Cells recognisable as
 *   sex, nationality or age group become GES / NAT / ALTX wherever they stand; "Insgesamt" is a
 *   total (omitted). The remaining header texts, top to bottom, form the measure label ("A – B");
 *   a measure named only in a title line (`Bevölkerungsstand (Anzahl)`) is put in front when the
 *   header does not already start with it.
 * - Measure code: each label part slugged and cut to ≤ 40 characters at a word boundary, joined
 *   by `__` (`absolvierende_abgehende__ohne_hauptschulabschluss`). Where two different
 *   measures would share a code, the longer slug, then the unit, then a 6-digit hash decide.
 */
import {
  attributeCode,
  DIMENSION_LABELS,
  dimensionForVariable,
  isConnectorLabel,
  isKnownVariableName,
  isTotalLabel,
  normaliseLabel,
  periodCode,
  recogniseAttribute,
  SECTOR,
  sectorCode,
  shortHash,
  shortSlug,
  slug,
} from './labels.ts';
import type { DimensionInfo, MeasureInfo } from './types.ts';

/** What the title lines say: table code, the remaining title text, a measure with unit, a Stichtag. */
export interface TitleInfo {
  tableCode: string;
  lines: string[];
  /** `Absolvierende/Abgehende (Anzahl)` → measure and unit. */
  measure: string | null;
  unit: string | null;
  /** `Stichtag: 30.06.2020` for tables without a time column. */
  period: string | null;
}

/** A value column: its measure code, the dims its header fixes, and a period from a header row. */
export interface ValueColumn {
  index: number;
  measure: string;
  dims: Record<string, string>;
  period: string | null;
}

/** Measures, dimensions and attributes met while reading, in order, for the table's metadata. */
export class Vocabulary {
  readonly measures = new Map<string, MeasureInfo>();
  private readonly dimensions = new Map<string, { label: string; attributes: Map<string, string> }>();

  dimension(code: string, label: string): void {
    if (!this.dimensions.has(code)) this.dimensions.set(code, { label, attributes: new Map() });
  }

  attribute(dimension: string, code: string, label: string): void {
    this.dimension(dimension, DIMENSION_LABELS[dimension] ?? dimension);
    const attributes = this.dimensions.get(dimension)!.attributes;
    if (!attributes.has(code)) attributes.set(code, label.trim());
  }

  dimensionList(): DimensionInfo[] {
    return [...this.dimensions]
      .filter(([, info]) => info.attributes.size > 0)
      .map(([code, info]) => ({
        code,
        label: info.label,
        attributes: [...info.attributes].map(([attribute, label]) => ({ code: attribute, label })),
      }));
  }
}

const TITLE_WITH_UNIT = /^(.*\S)\s*\(([^()]+)\)\s*$/;
const REFERENCE_DATE = /^Stichtag:?\s*(\d{1,2}\.\d{1,2}\.\d{4})\b/i;
const REFERENCE_YEAR = /^(?:Berichtsjahr|Jahr|Schuljahr):?\s*(\d{4}(?:\/\d{2,4})?)\s*$/i;

/** Files one title line: a reference date or year, `<measure> (<unit>)`, or plain title text. */
export function readTitleLine(text: string, title: TitleInfo): void {
  const date = REFERENCE_DATE.exec(text) ?? REFERENCE_YEAR.exec(text);
  if (date) {
    const [day, month, year] = date[1]!.split('.');
    title.period =
      year !== undefined
        ? `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`
        : periodCode(date[1]!);
    return;
  }
  const withUnit = TITLE_WITH_UNIT.exec(text);
  if (withUnit && title.measure === null && isUnit(withUnit[2]!)) {
    title.measure = withUnit[1]!;
    title.unit = withUnit[2]!.trim();
    return;
  }
  title.lines.push(text);
}

const UNIT =
  /^(?:anzahl|prozent|%|‰|promille|index|punkte|personen|fälle|betten|plätze|jahre|monate|tage|stunden|std\.|ha|km²|km2|qkm|m²|m2|m³|qm|t|kg|kwh|mwh|gwh|(?:(?:1\s?000|tsd\.?|tausend|mill\.?|mio\.?|mrd\.?)\s*)?(?:eur|euro|t|kg|ha|m³|kwh|mwh|personen|einwohner|stück)?)(?:\s+je\s+.+)?$/i;

export function isUnit(text: string): boolean {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed !== '' && UNIT.test(trimmed);
}

interface ColumnDraft {
  index: number;
  parts: string[];
  dims: Record<string, string>;
  unit: string | null;
  period: string | null;
}

/** The value columns right of `labelCount`, with measure codes and dims from the header rows above. */
export function analyseColumnHeaders(
  headerRows: string[][],
  labelCount: number,
  width: number,
  title: TitleInfo,
  vocabulary: Vocabulary,
): ValueColumn[] {
  const rows = headerRows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ''));
  const indices: number[] = [];
  for (let index = labelCount; index < width; index++) {
    if (rows.length === 0 || rows.some((row) => row[index] !== '')) indices.push(index);
  }
  const filled = (row: string[]) => indices.filter((index) => row[index] !== '');

  let units: string[] | null = null;
  const last = rows.at(-1);
  if (last && filled(last).length > 0 && filled(last).every((index) => isUnit(last[index]!))) {
    units = last;
    rows.pop();
  }
  let periods: string[] | null = null;
  const periodRow = rows.findIndex(
    (row) => filled(row).length > 0 && filled(row).every((index) => periodCode(row[index]!) !== null),
  );
  if (periodRow >= 0) {
    periods = rows[periodRow]!;
    rows.splice(periodRow, 1);
  }
  const variableRow = rows.map((row) => filled(row).some((index) => isKnownVariableName(row[index]!)));
  const sectorRow = rows.map(
    (row) =>
      filled(row).some((index) => sectorCode(row[index]!) !== null) &&
      filled(row).every((index) => isTotalLabel(row[index]!) || sectorCode(row[index]!) !== null),
  );

  const drafts: ColumnDraft[] = indices.map((index) => {
    const parts: string[] = [];
    const dims: Record<string, string> = {};
    const setDim = (dimension: string, label: string, code: string, attributeLabel: string): boolean => {
      if (dims[dimension] !== undefined) return false;
      dims[dimension] = code;
      vocabulary.dimension(dimension, label);
      vocabulary.attribute(dimension, code, attributeLabel);
      return true;
    };
    for (let r = 0; r < rows.length; r++) {
      const text = rows[r]![index]!;
      if (text === '') continue;
      const below = rows[r + 1]?.[index] ?? '';
      if (variableRow[r] && below !== '') {
        r++;
        if (isConnectorLabel(text)) {
          if (!isTotalLabel(below)) parts.push(below);
          continue;
        }
        const dimension = dimensionForVariable(text);
        const code = attributeCode(dimension.code, below);
        if (code !== null && !setDim(dimension.code, dimension.label, code, below)) parts.push(below);
        continue;
      }
      if (isTotalLabel(text)) continue;
      const recognised = recogniseAttribute(text);
      if (
        recognised &&
        setDim(recognised.dimension, DIMENSION_LABELS[recognised.dimension]!, recognised.code, text)
      ) {
        continue;
      }
      const sector = sectorRow[r] ? sectorCode(text) : null;
      if (sector && setDim(SECTOR, DIMENSION_LABELS[SECTOR]!, sector, text)) continue;
      parts.push(text);
    }
    if (title.measure !== null && (parts.length === 0 || !startsWithLabel(parts[0]!, title.measure))) {
      parts.unshift(title.measure);
    }
    if (parts.length === 0) parts.push(title.lines[0] ?? title.tableCode);
    return {
      index,
      parts,
      dims,
      unit: (units?.[index] ?? '') || title.unit,
      period: periods?.[index] ? periodCode(periods[index]!) : null,
    };
  });

  const codes = uniqueCodes(
    drafts.map((draft) => {
      const label = draft.parts.join(' – ');
      const short = draft.parts.map((part) => shortSlug(part, 40)).join('__');
      const identity = `${label}\u0000${draft.unit ?? ''}`;
      return {
        identity,
        candidates: [
          short,
          shortSlug(label, 80),
          `${shortSlug(label, 80)}_${slug(draft.unit ?? 'ohne_einheit')}`,
          `${short}_${shortHash(identity)}`,
        ],
      };
    }),
  );

  // Two columns with identical headers must still stay apart.
  const seen = new Set<string>();
  return drafts.map((draft, position) => {
    let code = codes[position]!;
    let label = draft.parts.join(' – ');
    const key = `${code}\u0000${canonical(draft.dims)}\u0000${draft.period ?? ''}`;
    if (seen.has(key)) {
      code = `${code}_s${draft.index + 1}`;
      label = `${label} (Spalte ${draft.index + 1})`;
    }
    seen.add(key);
    if (!vocabulary.measures.has(code)) vocabulary.measures.set(code, { code, label, unit: draft.unit });
    return { index: draft.index, measure: code, dims: draft.dims, period: draft.period };
  });
}

function startsWithLabel(text: string, prefix: string): boolean {
  return normaliseLabel(text).startsWith(normaliseLabel(prefix));
}

function canonical(dims: Record<string, string>): string {
  return Object.keys(dims)
    .sort()
    .map((key) => `${key}=${dims[key]}`)
    .join('&');
}

/**
 * Picks for every item the first candidate code that no item with a different identity uses;
 * the last candidate carries a hash and is unique in practice.
 */
export function uniqueCodes(items: readonly { identity: string; candidates: readonly string[] }[]): string[] {
  const level = items.map(() => 0);
  for (let round = 0; round < 8; round++) {
    const owners = new Map<string, Set<string>>();
    items.forEach((item, index) => {
      const code = item.candidates[level[index]!]!;
      const set = owners.get(code) ?? new Set<string>();
      set.add(item.identity);
      owners.set(code, set);
    });
    let changed = false;
    items.forEach((item, index) => {
      const code = item.candidates[level[index]!]!;
      if (owners.get(code)!.size > 1 && level[index]! < item.candidates.length - 1) {
        level[index]!++;
        changed = true;
      }
    });
    if (!changed) break;
  }
  return items.map((item, index) => item.candidates[level[index]!]!);
}
