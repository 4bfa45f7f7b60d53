import type { Database, Queryable } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { PERSONAL_DATA } from './declarations.ts';
import type { PersonalDataDeclaration } from './types.ts';

/**
 * Data subject rights across all modules, driven by the declarations: export (Art. 15, 20),
 * erasure (Art. 17), retention (Art. 5 Abs. 1 lit. e) and consent records (Art. 7).
 */

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function checked(declaration: PersonalDataDeclaration): PersonalDataDeclaration {
  const names = [
    declaration.table,
    declaration.subjectColumn,
    ...declaration.personalColumns,
    ...(declaration.retention ? [declaration.retention.column] : []),
    ...Object.keys(declaration.replacements ?? {}),
  ];
  for (const name of names) {
    if (!IDENTIFIER.test(name)) throw new Error(`personal data declaration: bad identifier ${name}`);
  }
  return declaration;
}

export interface PersonalDataExport {
  subject: string;
  exportedAt: string;
  records: {
    module: string;
    table: string;
    purpose: string;
    legalBasis: string;
    retention: string;
    rows: Record<string, unknown>[];
  }[];
}

function retentionText(declaration: PersonalDataDeclaration): string {
  return declaration.retention
    ? `${declaration.retention.days} Tage ab ${declaration.retention.column}`
    : 'solange für den Zweck erforderlich';
}

function subjectCondition(declaration: PersonalDataDeclaration): string {
  return `${declaration.subjectColumn}::text = $1${declaration.where ? ` AND (${declaration.where})` : ''}`;
}

/** Everything the product holds about `subject`, per table with purpose and legal basis. */
export async function exportPersonalData(
  db: Database,
  subject: string,
  declarations: readonly PersonalDataDeclaration[] = PERSONAL_DATA,
): Promise<PersonalDataExport> {
  return db.read(async (tx) => {
    const records: PersonalDataExport['records'] = [];
    for (const declaration of declarations.map(checked)) {
      const rows = await tx.query<Record<string, unknown>>(
        `SELECT ${declaration.personalColumns.join(', ')} FROM ${declaration.table} WHERE ${subjectCondition(declaration)}`,
        [subject],
      );
      if (rows.rows.length === 0) continue;
      records.push({
        module: declaration.module,
        table: declaration.table,
        purpose: declaration.purpose,
        legalBasis: declaration.legalBasis,
        retention: retentionText(declaration),
        rows: rows.rows,
      });
    }
    return { subject, exportedAt: new Date().toISOString(), records };
  });
}

export interface ErasureResult {
  subject: string;
  tables: { table: string; strategy: 'delete' | 'anonymise'; rows: number }[];
}

async function eraseRows(
  tx: Queryable,
  declaration: PersonalDataDeclaration,
  condition: string,
  params: unknown[],
): Promise<number> {
  if (declaration.erase === 'delete') {
    return (await tx.query(`DELETE FROM ${declaration.table} WHERE ${condition}`, params)).rowCount;
  }
  const assignments = declaration.personalColumns
    .map((column) => `${column} = ${declaration.replacements?.[column] ?? 'NULL'}`)
    .join(', ');
  return (await tx.query(`UPDATE ${declaration.table} SET ${assignments} WHERE ${condition}`, params))
    .rowCount;
}

/**
 * Erases or anonymises `subject` in every declared table, in one transaction: afterwards no
 * declared table holds the person, or nothing changed. The audit log records each change.
 */
export async function erasePersonalData(
  db: Database,
  subject: string,
  declarations: readonly PersonalDataDeclaration[] = PERSONAL_DATA,
): Promise<ErasureResult> {
  if (!subject.trim()) {
    throw new AppError('validation', { message: 'empty subject', userMessage: 'Keine Person angegeben.' });
  }
  return db.write(async (tx) => {
    const tables: ErasureResult['tables'] = [];
    for (const declaration of declarations.map(checked)) {
      const rows = await eraseRows(tx, declaration, subjectCondition(declaration), [subject]);
      if (rows > 0) tables.push({ table: declaration.table, strategy: declaration.erase, rows });
    }
    return { subject, tables };
  });
}

/** Applies every declared retention period; returns the rows erased per table. */
export async function applyRetention(
  db: Database,
  declarations: readonly PersonalDataDeclaration[] = PERSONAL_DATA,
): Promise<Record<string, number>> {
  return db.write(async (tx) => {
    const result: Record<string, number> = {};
    for (const declaration of declarations.map(checked)) {
      if (!declaration.retention) continue;
      const condition = `${declaration.retention.column} < now() - make_interval(days => $1)${declaration.where ? ` AND (${declaration.where})` : ''}`;
      result[declaration.table] = await eraseRows(tx, declaration, condition, [declaration.retention.days]);
    }
    return result;
  });
}

export interface Consent {
  id: number;
  subjectId: string;
  purpose: string;
  grantedAt: string;
  withdrawnAt: string | null;
  source: string;
  recordedBy: string | null;
}

const CONSENT_COLUMNS = `id, subject_id AS "subjectId", purpose,
  to_char(granted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "grantedAt",
  to_char(withdrawn_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "withdrawnAt",
  source, recorded_by AS "recordedBy"`;

/** Records a consent (purpose, date, source such as „Anmeldeformular Bildungskonferenz 2026“). */
export async function recordConsent(
  db: Database,
  input: {
    subjectId: string;
    purpose: string;
    source: string;
    grantedAt?: string;
    recordedBy?: string | null;
  },
): Promise<Consent> {
  return db.write(async (tx) => {
    const result = await tx.query<Consent>(
      `INSERT INTO consents (subject_id, purpose, source, granted_at, recorded_by)
       VALUES ($1, $2, $3, coalesce($4::timestamptz, now()), $5) RETURNING ${CONSENT_COLUMNS}`,
      [input.subjectId, input.purpose, input.source, input.grantedAt ?? null, input.recordedBy ?? null],
    );
    return result.rows[0] as Consent;
  });
}

export async function withdrawConsent(db: Database, id: number): Promise<Consent> {
  return db.write(async (tx) => {
    const result = await tx.query<Consent>(
      `UPDATE consents SET withdrawn_at = coalesce(withdrawn_at, now()) WHERE id = $1 RETURNING ${CONSENT_COLUMNS}`,
      [id],
    );
    const consent = result.rows[0];
    if (!consent) {
      throw new AppError('not_found', {
        message: `consent ${id}`,
        userMessage: `Einwilligung ${id} nicht gefunden.`,
      });
    }
    return consent;
  });
}

/** Whether `subject` currently consents to `purpose` (granted and not withdrawn). */
export async function hasConsent(db: Queryable, subjectId: string, purpose: string): Promise<boolean> {
  const result = await db.query(
    'SELECT 1 FROM consents WHERE subject_id = $1 AND purpose = $2 AND withdrawn_at IS NULL LIMIT 1',
    [subjectId, purpose],
  );
  return result.rows.length > 0;
}

export async function listConsents(db: Queryable, subjectId: string): Promise<Consent[]> {
  return (
    await db.query<Consent>(
      `SELECT ${CONSENT_COLUMNS} FROM consents WHERE subject_id = $1 ORDER BY granted_at, id`,
      [subjectId],
    )
  ).rows;
}
