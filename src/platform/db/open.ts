import type { Config } from '../config.ts';
import type { Database } from './database.ts';
import { acquireDataDirLock, type DataDirLock, type LockOwner } from './lock.ts';
import { migrate } from './migrate.ts';
import { PGliteDatabase } from './pglite.ts';
import { PostgresDatabase } from './postgres.ts';

export interface OpenedDatabase {
  db: Database;
  lock: DataDirLock | null;
  close(): Promise<void>;
}

/** Opens the configured database (PGlite in DATA_DIR unless DATABASE_URL is set) and migrates it. */
export async function openDatabase(config: Config, role: LockOwner['role']): Promise<OpenedDatabase> {
  let lock: DataDirLock | null = null;
  let db: Database;
  if (config.databaseUrl) {
    db = new PostgresDatabase(config.databaseUrl);
  } else {
    lock = acquireDataDirLock(config.dataDir, role);
    try {
      db = await PGliteDatabase.open(`${config.dataDir}/pglite`);
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    lock?.release();
    throw error;
  }
  let closed = false;
  return {
    db,
    lock,
    async close() {
      if (closed) return;
      closed = true;
      await db.close();
      lock?.release();
    },
  };
}
