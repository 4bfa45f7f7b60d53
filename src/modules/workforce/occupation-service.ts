import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Database, Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import {
  DEFAULT_OCCUPATIONS_FILE,
  decodeOccupationReference,
  LEVEL_NAMES,
  REQUIREMENT_LEVEL_NAMES,
} from './occupations-reference.ts';
import * as repository from './repository.ts';

const REFERENCE_NAME = 'occupations';

// ---------------------------------------------------------------- occupations reference

/** Loads the shipped occupations reference when missing or changed (compared by content hash). */
export async function ensureOccupationReference(
  db: Database,
  file: string = DEFAULT_OCCUPATIONS_FILE,
): Promise<{ loaded: boolean; occupations: number }> {
  const bytes = readFileSync(file);
  const version = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  if ((await repository.loadedReferenceVersion(db, REFERENCE_NAME)) === version)
    return { loaded: false, occupations: 0 };
  const reference = decodeOccupationReference(new Uint8Array(bytes));
  await db.write((tx) => repository.replaceOccupations(tx, reference, REFERENCE_NAME, version));
  return { loaded: true, occupations: reference.occupations.length };
}

function presentOccupation(row: repository.OccupationRow) {
  return {
    code: row.code,
    level: row.level,
    levelName: LEVEL_NAMES[row.level] ?? String(row.level),
    title: row.title,
    shortTitle: row.short_title,
    parentCode: row.parent_code,
    requirementLevel: row.requirement_level,
    requirementLevelName: row.requirement_level
      ? (REQUIREMENT_LEVEL_NAMES[row.requirement_level] ?? null)
      : null,
  };
}

export async function listOccupations(
  db: Queryable,
  filter: repository.OccupationFilter,
  page: { limit: number; offset: number },
) {
  const { total, rows } = await repository.listOccupations(db, filter, page);
  return { total, limit: page.limit, offset: page.offset, items: rows.map(presentOccupation) };
}

export async function getOccupation(db: Queryable, code: string) {
  const ancestors: string[] = [];
  for (let length = 1; length < code.length; length++) ancestors.push(code.slice(0, length));
  const found = await repository.occupationsByCode(db, [...ancestors, code]);
  const row = found.get(code);
  if (!row) {
    throw new AppError('not_found', {
      message: `occupation ${code} not found`,
      userMessage: `Die Berufsposition ${code} ist in der KldB 2010 (Fassung 2020) nicht vorhanden.`,
    });
  }
  const children = await repository.occupationChildren(db, code);
  const fiveDigit = code.length === 5 ? [code] : [];
  const isco = await repository.iscoFor(db, fiveDigit);
  return {
    ...presentOccupation(row),
    parents: ancestors
      .map((a) => found.get(a))
      .filter((p) => p !== undefined)
      .map(presentOccupation),
    children: children.map(presentOccupation),
    isco: isco.map((entry) => ({
      code: entry.isco_code,
      title: entry.isco_title,
      titleEn: entry.isco_title_en,
      unambiguous: entry.unambiguous,
      main: entry.rank === 1,
    })),
  };
}

export async function occupationSources(db: Queryable) {
  return repository.referenceSources(db, REFERENCE_NAME);
}
