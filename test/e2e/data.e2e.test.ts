import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classicTableCsv, STADE_HARBURG_ROWS } from '../fixtures.ts';
import {
  hasChromium,
  launchBrowser,
  type OpenBrowser,
  type RunningServer,
  seriousViolations,
  signInAs,
  startServer,
  watchErrors,
} from './browser.ts';

// The data area in real Chromium: datasets table, upload with progress, result, dry run and errors.
describe.skipIf(!hasChromium)('data area /daten in Chromium', () => {
  let server: RunningServer;
  let browser: OpenBrowser;
  const TABLE = '99931-01-01-4';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function datasets(): Promise<{ id: number; table: string; rows: number; licence: string }[]> {
    const body = (await fetch(`${server.url}/api/v1/datasets`).then((r) => r.json())) as {
      items: { id: number; table: string; rows: number; licence: string }[];
    };
    return body.items;
  }

  let signedIn = false;

  /** The data page as an editor (importing needs an account; the session cookie is shared). */
  async function open(): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    if (!signedIn) {
      await signInAs(page, server, 'editor');
      signedIn = true;
    }
    await page.goto(`${server.url}/daten`);
    await page.locator('table.datasets tbody tr').first().waitFor();
    return { page, errors };
  }

  /** Records every text of the status region and whether the progress bar was shown. */
  async function watchStatus(page: Page): Promise<void> {
    // A string, not a function: the test project is compiled without the DOM library.
    await page.evaluate(`(() => {
      window.statuses = [];
      window.progressSeen = false;
      const status = document.querySelector('.import-status');
      const progress = document.querySelector('.import-progress');
      if (!status || !progress) throw new Error('status region missing');
      new MutationObserver(() => {
        window.statuses.push(status.textContent ?? '');
        if (!progress.hasAttribute('hidden')) window.progressSeen = true;
      }).observe(status, { childList: true, subtree: true, characterData: true });
    })()`);
  }

  async function upload(page: Page, name: string, bytes: Uint8Array, dryRun: boolean): Promise<void> {
    await page.getByLabel('Datei', { exact: true }).setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(bytes),
    });
    await page.getByLabel('Nur prüfen (Probelauf)').setChecked(dryRun);
    await page.getByRole('button', { name: dryRun ? 'Prüfen' : 'Importieren' }).click();
  }

  it('without an account the datasets are listed and the import asks to sign in', async () => {
    // Runs first: nobody has signed in in this browser yet.
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/daten`);
    await page.locator('table.datasets tbody tr').first().waitFor();
    await page.getByText('Zum Importieren von Dateien melden Sie sich bitte an.').waitFor();
    expect(await page.getByLabel('Datei', { exact: true }).count()).toBe(0);
    const upload = await fetch(`${server.url}/api/v1/imports`, { method: 'POST' });
    expect(upload.status).toBe(401);
    await page.close();
  });

  it('lists the stored datasets in German formats, licence on expand', async () => {
    const { page, errors } = await open();
    expect(await page.locator('h1').textContent()).toBe('Daten');
    await expect.poll(() => page.title()).toBe('Daten – Bildungsregion');
    const stored = await datasets();
    expect(stored.length).toBeGreaterThan(0);
    expect(await page.locator('table.datasets tbody tr[data-table]').count()).toBe(stored.length);
    const first = stored[0];
    if (!first) throw new Error('no dataset');
    const row = page.locator(`table.datasets tbody tr[data-table="${first.table}"]`).first();
    expect(await row.textContent()).toContain(first.rows.toLocaleString('de-DE'));
    const button = row.getByRole('button', { name: `Anzeigen ${first.table}` });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    const licence = page.locator(`[id="${await button.getAttribute('aria-controls')}"] dd`).first();
    expect(await licence.isVisible()).toBe(false);
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await licence.isVisible()).toBe(true);
    expect(
      await row.getByRole('button', { name: `Ausblenden ${first.table}` }).getAttribute('aria-expanded'),
    ).toBe('true');
    expect(await licence.textContent()).toBe(first.licence);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a dry run checks the file and writes nothing', async () => {
    const before = await datasets();
    const { page, errors } = await open();
    await upload(page, 'probe.csv', classicTableCsv({ table: TABLE, rows: STADE_HARBURG_ROWS }), true);
    const result = page.locator('.import-result');
    await result.waitFor();
    expect(await result.locator('h3').textContent()).toBe('Probelauf: geprüft, nichts gespeichert');
    expect(await result.textContent()).toContain(TABLE);
    expect(await result.textContent()).toContain('13.03.2025');
    expect(await datasets()).toEqual(before);
    expect(await page.locator(`table.datasets tr[data-table="${TABLE}"]`).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('imports a GENESIS table with progress, shows the summary and the new dataset', async () => {
    const { page, errors } = await open();
    // Polls answer a little later, so the running state is visible long enough to check.
    await page.route('**/api/v1/imports/*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await watchStatus(page);
    await upload(page, 'abgaenger.csv', classicTableCsv({ table: TABLE, rows: STADE_HARBURG_ROWS }), false);
    const result = page.locator('.import-result');
    await result.waitFor();
    const seen = (await page.evaluate(
      '({ statuses: window.statuses, progressSeen: window.progressSeen })',
    )) as {
      statuses: string[];
      progressSeen: boolean;
    };
    expect(seen.progressSeen).toBe(true);
    expect(seen.statuses.some((text) => /^\d[\d.]* Werte gelesen$/.test(text))).toBe(true);
    expect(await result.locator('h3').textContent()).toBe('Importiert');
    const text = (await result.textContent()) ?? '';
    expect(text).toContain(TABLE);
    expect(text).toContain('13.03.2025');
    expect(text).toContain('2023');
    expect(text).toMatch(/„\.“ geheim: 1/);

    const stored = (await datasets()).find((dataset) => dataset.table === TABLE);
    if (!stored) throw new Error('dataset not stored');
    const row = page.locator(`table.datasets tr[data-table="${TABLE}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(stored.rows.toLocaleString('de-DE'));
    expect(await row.textContent()).toContain('13.03.2025');
    expect(await result.textContent()).toContain(stored.rows.toLocaleString('de-DE'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the importer's error with file, line and column in an alert, and writes nothing", async () => {
    const before = await datasets();
    const { page, errors } = await open();
    const text = new TextDecoder('windows-1252')
      .decode(classicTableCsv({ table: '99932-01-01-4', rows: STADE_HARBURG_ROWS }))
      .replace('2034', 'zwei');
    await upload(page, 'kaputt.csv', new TextEncoder().encode(text), false);
    const alert = page.getByRole('alert');
    await alert.locator('.import-error').waitFor();
    const message = (await alert.locator('.import-error').textContent()) ?? '';
    expect(message).toMatch(/^kaputt\.csv: Zeile 13, Spalte 4/);
    expect(message).toContain('Zeile');
    expect(await datasets()).toEqual(before);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('axe-core finds no serious or critical violation with a result shown and a row expanded', async () => {
    const { page } = await open();
    await upload(
      page,
      'probe.csv',
      classicTableCsv({ table: '99933-01-01-4', rows: STADE_HARBURG_ROWS }),
      true,
    );
    await page.locator('.import-result').waitFor();
    await page.locator('table.datasets .disclosure').first().click();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
