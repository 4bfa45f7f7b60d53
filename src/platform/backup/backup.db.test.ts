import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import { classicTableCsv, STADE_HARBURG_ROWS } from '../../../test/fixtures.ts';
import { ensureReferenceData } from '../../modules/regions/index.ts';
import { importFile } from '../../modules/statistics/import-service.ts';
import { createUser } from '../auth/service.ts';
import { runAs } from '../context.ts';
import type { Database } from '../db/database.ts';
import { backup, restore } from './backup.ts';

let source: TestDatabase;
let target: TestDatabase;
const dir = mkdtempSync(path.join(os.tmpdir(), 'bildungsregion-backup-'));

/** Every table's rows as sorted text: equal fingerprints mean equal content. */
async function fingerprint(db: Database): Promise<Record<string, string>> {
  const tables = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const result: Record<string, string> = {};
  for (const { table_name } of tables.rows) {
    const rows = await db.query<{ n: number; digest: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM "${table_name}" t`,
    );
    result[table_name] = `${rows.rows[0]?.n}:${rows.rows[0]?.digest ?? ''}`;
  }
  return result;
}

beforeAll(async () => {
  source = await createTestDatabase();
  target = await createTestDatabase();
  await runAs({ actorId: null, actor: 'test', correlationId: 'backup-test' }, async () => {
    await ensureReferenceData(source);
    await importFile(source, {
      fileName: 'schulen.csv',
      bytes: classicTableCsv({ table: '99951-01-01-4', rows: STADE_HARBURG_ROWS }),
    });
    await createUser(source, { email: 'admin@example.org', role: 'admin', password: 'ein-langes-Passwort' });
    // Text that the COPY format must escape: tabs, line breaks, backslashes, quotes, umlauts, null.
    await source.write(async (tx) => {
      await tx.query(`INSERT INTO custom_indicators (id, definition) VALUES ($1, $2)`, [
        'schwierig',
        JSON.stringify({ note: 'Tab\there\nneue Zeile \\ Backslash "Zitat" Größe', empty: null }),
      ]);
      await tx.query(
        `INSERT INTO indicator_targets (indicator_id, region_key, target_value, target_year, direction, note)
         VALUES ('schwierig', '03359', 1.5e-7, 2030, 'at_most', E'\\\\.'), ('schwierig', '03353', -0, 2031, 'at_least', NULL)`,
      );
      await tx.query(
        `INSERT INTO peer_groups (region_key, peer_keys) VALUES ('03359', ARRAY['03353', '03356'])`,
      );
    });
  });
});

afterAll(async () => {
  await source?.close();
  await target?.close();
});

describe('backup and restore', () => {
  it('restores into a fresh database with every table equal', async () => {
    const file = path.join(dir, 'full.backup.gz');
    const written = await backup(source, file);
    expect(written.rows).toBeGreaterThan(1000);
    const header = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8').split('\n')[0] as string);
    expect(header).toMatchObject({ format: 'bildungsregion-backup', version: 1, database: source.kind });
    expect(header.migrations).toContain('0004_accounts');

    const restored = await restore(target, file);
    expect(restored.rows).toBe(written.rows);
    const [before, after] = [await fingerprint(source), await fingerprint(target)];
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after).toEqual(before);
    expect(before.audit_log).not.toMatch(/^0:/);

    // Sequences continue after the restored rows; the restored account signs in with its password.
    const next = await target.write((tx) =>
      tx.query<{ id: number }>(
        `INSERT INTO indicator_targets (indicator_id, region_key, target_value, target_year, direction)
         VALUES ('schwierig', '03359', 1, 2032, 'at_most') RETURNING id`,
      ),
    );
    const max = await source.query<{ max: number }>('SELECT max(id) AS max FROM indicator_targets');
    expect(next.rows[0]?.id).toBe((max.rows[0]?.max ?? 0) + 1);
  });

  it('replaces what the target held, and a second restore gives the same content', async () => {
    const file = path.join(dir, 'again.backup.gz');
    await backup(source, file);
    await restore(target, file);
    expect(await fingerprint(target)).toEqual(await fingerprint(source));
  });

  it('refuses a file that is not a backup and leaves the database as it was', async () => {
    const before = await fingerprint(target);
    const bogus = path.join(dir, 'bogus.gz');
    writeFileSync(bogus, 'kein gzip');
    await expect(restore(target, bogus)).rejects.toMatchObject({
      userMessage: expect.stringMatching(/bogus\.gz: keine gültige Sicherung/),
    });
    const truncated = path.join(dir, 'truncated.gz');
    const full = gunzipSync(readFileSync(path.join(dir, 'full.backup.gz'))).toString('utf8');
    const { gzipSync } = await import('node:zlib');
    writeFileSync(truncated, gzipSync(full.slice(0, Math.floor(full.length / 2))));
    await expect(restore(target, truncated)).rejects.toMatchObject({
      userMessage: expect.stringMatching(/keine gültige Sicherung .*(abgeschnitten|Zeile)/),
    });
    expect(await fingerprint(target)).toEqual(before);
  });

  it('keeps the audit log append-only outside a restore', async () => {
    await expect(target.write((tx) => tx.query('DELETE FROM audit_log'))).rejects.toThrow(/append-only/);
    await expect(target.write((tx) => tx.query('UPDATE audit_log SET actor = $1', ['x']))).rejects.toThrow(
      /append-only/,
    );
    await expect(target.write((tx) => tx.query('TRUNCATE audit_log'))).rejects.toThrow(/append-only/);
  });
});
