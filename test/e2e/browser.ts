import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's chromium; a browser is never downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunningServer {
  url: string;
  /** The server's data folder (holds the command line's service token). */
  dataDir: string;
  stop: () => Promise<void>;
}

export const E2E_PASSWORD = 'ein-sehr-langes-Passwort';

/**
 * Creates an account through the running server as this machine's command line does (service
 * token from the data folder); returns its e-mail address.
 */
export async function addUser(server: RunningServer, role: string): Promise<string> {
  const token = readFileSync(path.join(server.dataDir, 'service-token'), 'utf8').trim();
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  const response = await fetch(`${server.url}/api/v1/users`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email, role, password: E2E_PASSWORD, displayName: `Test ${role}` }),
  });
  if (response.status !== 201) throw new Error(`Konto nicht angelegt: ${await response.text()}`);
  return email;
}

/** Signs in through the login page (/anmelden) and waits until the header names the person. */
export async function signInAs(page: Page, server: RunningServer, role: string): Promise<string> {
  const email = await addUser(server, role);
  await page.goto(`${server.url}/anmelden`);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.locator('.session').getByText(`Angemeldet als Test ${role}`).waitFor();
  return email;
}

/**
 * The real server as a separate process on a fresh data folder (demo data load on first start,
 * ~10 s).
 */
export async function startServer(): Promise<RunningServer> {
  // Same step as `npm start`: build the client when web/dist is missing or stale (CI after npm ci).
  const build = spawnSync(process.execPath, ['web/build-if-stale.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('Weboberfläche konnte nicht gebaut werden');
  // A port taken between asking for it and binding it (other test processes) gets a second try.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startServerOnce(await freePort());
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('EADDRINUSE')) throw error;
    }
  }
}

/** A port the system has just handed out as free. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('kein Port')),
      );
    });
  });
}

async function startServerOnce(port: number): Promise<RunningServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bildungsregion-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`Server beendet (${child.exitCode}): ${stderr}`);
    }
    const ok = await fetch(`${url}/api/v1/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`Server nicht bereit: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    dataDir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface OpenBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

export async function launchBrowser(): Promise<OpenBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'bildungsregion-chromium-'));
  // A fresh profile per run: nothing cached or stored from an earlier run.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Collects console errors and failed page scripts, so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core in the page; returns the serious and critical violations (WCAG 2.1 A/AA rules). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, not as a <script> tag: the page's content security
  // policy allows no inline script, and it must stay as strict under test as in production.
  const alreadyLoaded = await page.evaluate("typeof window.axe !== 'undefined'");
  if (!alreadyLoaded) {
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  }
  const result = (await page.evaluate(
    "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })",
  )) as { violations: AxeViolation[] };
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} – ${violation.nodes
          .slice(0, 3)
          .map((node) => JSON.stringify(node.target))
          .join(', ')}`,
    );
}
