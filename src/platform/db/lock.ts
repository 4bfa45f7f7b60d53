import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.ts';

/**
 * PGlite does not lock its folder: a second process opens it without complaint and its writes
 * are lost. So the product locks the data directory itself with a lock file holding the owner's
 * pid and, for a server, its URL (the command line hands work to that server instead).
 */
export interface LockOwner {
  pid: number;
  role: 'server' | 'cli';
  url?: string;
  since: string;
}

export interface DataDirLock {
  readonly file: string;
  setUrl(url: string): void;
  release(): void;
}

const LOCK_NAME = 'bildungsregion.lock';

export function lockFile(dataDir: string): string {
  return path.join(dataDir, LOCK_NAME);
}

export function readLockOwner(dataDir: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(lockFile(dataDir), 'utf8')) as LockOwner;
    return isAlive(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

export function acquireDataDirLock(dataDir: string, role: LockOwner['role']): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = lockFile(dataDir);
  let owner: LockOwner = { pid: process.pid, role, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(owner), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const current = readLockOwner(dataDir);
        if (!current || current.pid === process.pid) rmSync(file, { force: true });
      };
      process.once('exit', release);
      return {
        file,
        setUrl(url) {
          owner = { ...owner, url };
          writeFileSync(file, JSON.stringify(owner));
        },
        release,
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLockOwner(dataDir);
      if (holder) throw lockedError(dataDir, holder);
      // The previous owner died without cleaning up: the lock is stale.
      rmSync(file, { force: true });
    }
  }
  throw new AppError('database.locked', {
    message: `could not lock ${dataDir}`,
    userMessage: `Das Datenverzeichnis ${dataDir} konnte nicht gesperrt werden.`,
  });
}

export function lockedError(dataDir: string, holder: LockOwner): AppError {
  const who =
    holder.role === 'server'
      ? `vom laufenden Server (PID ${holder.pid}${holder.url ? `, ${holder.url}` : ''})`
      : `von einem anderen Befehl (PID ${holder.pid})`;
  return new AppError('database.locked', {
    message: `data directory ${dataDir} is locked by pid ${holder.pid}`,
    userMessage: `Das Datenverzeichnis ${dataDir} wird ${who} verwendet. Die eingebettete Datenbank kann nur von einem Prozess geöffnet werden: beenden Sie den anderen Prozess, oder verwenden Sie einen PostgreSQL-Server über DATABASE_URL.`,
    details: { pid: holder.pid, role: holder.role, url: holder.url },
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
