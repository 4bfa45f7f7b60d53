#!/usr/bin/env node
// prestart: build the web client when web/dist is missing or older than its sources, so that
// `npm ci && npm start` works on a fresh clone; when up to date this costs a few milliseconds.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const web = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(web);
const built = path.join(web, 'dist', 'index.html');

/** Newest modification time of the files under the given paths. */
function newest(paths) {
  let latest = 0;
  for (const entry of paths) {
    if (!existsSync(entry)) continue;
    const stat = statSync(entry);
    if (stat.isDirectory()) {
      latest = Math.max(latest, newest(readdirSync(entry).map((name) => path.join(entry, name))));
    } else latest = Math.max(latest, stat.mtimeMs);
  }
  return latest;
}

const sources = [
  path.join(web, 'src'),
  path.join(web, 'index.html'),
  path.join(web, 'vite.config.ts'),
  path.join(root, 'package-lock.json'),
];
if (existsSync(built) && statSync(built).mtimeMs >= newest(sources)) process.exit(0);

const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
if (!existsSync(vite)) {
  // Without the build tools the API still runs; the client pages answer 503 with a hint.
  console.warn(
    'Weboberfläche nicht gebaut: vite fehlt (npm ci ausführen). Der Server startet ohne Oberfläche.',
  );
  process.exit(0);
}
console.log('Weboberfläche wird gebaut …');
// NODE_ENV from the caller (vitest sets "test") would give React's development build.
const result = spawnSync(process.execPath, [vite, 'build', web, '--logLevel', 'warn'], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, NODE_ENV: 'production' },
});
process.exit(result.status ?? 1);
