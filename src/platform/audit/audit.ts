import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Queryable } from '../db/database.ts';

/**
 * Reading the audit log. Writing happens in the database: the trigger function audit_row()
 * (migration 0004) logs every insert, update and delete of each table enabled with
 * `SELECT audit_enable('table')`, with the actor every write transaction sets.
 */

export const AuditQuery = z.object({
  table: z.string().max(100).optional().describe('Tabelle, z. B. users'),
  actor: z.string().max(254).optional().describe('E-Mail-Adresse oder Teil davon'),
  operation: z.string().max(40).optional().describe('insert, update, delete, login, login_failed, logout …'),
  rowKey: z.string().max(200).optional().describe('Schlüssel des Datensatzes'),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type AuditFilter = z.infer<typeof AuditQuery>;

export const AuditEntry = z
  .object({
    id: z.number(),
    at: z.string(),
    actorId: z.string().nullable(),
    actor: z.string(),
    correlationId: z.string().nullable(),
    table: z.string(),
    rowKey: z.string().nullable(),
    operation: z.string(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditEntry' });

export const AuditPage = z.object({
  total: z.number(),
  items: z.array(AuditEntry),
  tables: z.array(z.string()).describe('Tabellen, die im Protokoll vorkommen (für Filter)'),
});

export async function queryAuditLog(db: Queryable, filter: AuditFilter): Promise<z.infer<typeof AuditPage>> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replace('?', `$${params.length}`));
  };
  if (filter.table) add('table_name = ?', filter.table);
  if (filter.actor) add(`actor ILIKE '%' || ? || '%'`, filter.actor);
  if (filter.operation) add('operation = ?', filter.operation);
  if (filter.rowKey) add('row_key = ?', filter.rowKey);
  if (filter.from) add('at >= ?::date', filter.from);
  if (filter.to) add(`at < ?::date + 1`, filter.to);
  const condition = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_log ${condition}`,
    params,
  );
  const rows = await db.query<{
    id: number;
    at: string;
    actor_id: string | null;
    actor: string;
    correlation_id: string | null;
    table_name: string;
    row_key: string | null;
    operation: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  }>(
    `SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, actor_id, actor,
            correlation_id, table_name, row_key, operation, before, after
     FROM audit_log ${condition} ORDER BY id DESC LIMIT ${filter.limit} OFFSET ${filter.offset}`,
    params,
  );
  const tables = await db.query<{ table_name: string }>(
    'SELECT DISTINCT table_name FROM audit_log ORDER BY table_name',
  );
  return {
    total: total.rows[0]?.n ?? 0,
    items: rows.rows.map((row) => ({
      id: Number(row.id),
      at: row.at,
      actorId: row.actor_id,
      actor: row.actor,
      correlationId: row.correlation_id,
      table: row.table_name,
      rowKey: row.row_key,
      operation: row.operation,
      before: row.before,
      after: row.after,
    })),
    tables: tables.rows.map((row) => row.table_name),
  };
}

export const auditRoutes: FastifyPluginAsyncZod<{ db: Queryable }> = async (app, { db }) => {
  app.get(
    '/audit-log',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['Konten'],
        summary: 'Änderungsprotokoll: wer hat wann was geändert (neueste zuerst, filterbar)',
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
    },
    async (request) => queryAuditLog(db, request.query),
  );
};
