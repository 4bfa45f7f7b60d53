import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newToken } from './service.ts';

/**
 * The command line hands work to the running server when that server holds the embedded
 * database. It proves it runs on this machine as the server's owner with a token the server
 * writes at every start into the data directory, readable only by the owner (0600). The token
 * acts as a system administrator and changes with every server start.
 */
const FILE_NAME = 'service-token';

export function serviceTokenFile(dataDir: string): string {
  return path.join(dataDir, FILE_NAME);
}

export function createServiceToken(dataDir: string): { token: string; remove: () => void } {
  mkdirSync(dataDir, { recursive: true });
  const file = serviceTokenFile(dataDir);
  const token = newToken();
  rmSync(file, { force: true });
  writeFileSync(file, token, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { token, remove: () => rmSync(file, { force: true }) };
}

export function readServiceToken(dataDir: string): string | null {
  try {
    return readFileSync(serviceTokenFile(dataDir), 'utf8').trim() || null;
  } catch {
    return null;
  }
}
