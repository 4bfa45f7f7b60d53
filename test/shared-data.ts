import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The official files in ../shared/data are not part of the repository. Tests that read them
 * call `sharedData(...)`; where the folder is absent they are skipped with this reason.
 */
export const SHARED_DATA_DIR = path.resolve(import.meta.dirname, '..', '..', 'shared', 'data');
export const hasSharedData = existsSync(SHARED_DATA_DIR);
export const SHARED_DATA_SKIP_REASON = `../shared/data fehlt (${SHARED_DATA_DIR}): Tests mit amtlichen Originaldateien werden übersprungen`;

export function sharedData(...segments: string[]): string {
  return path.join(SHARED_DATA_DIR, ...segments);
}
