import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

// The Fachkräfte area in Chromium on the demo data: each page accessible (axe-core), the
// bottleneck table with the recomputation, a parameter change, an edit of the hydrogen list.
// The area is internal: the browser signs in as an editor first (the session cookie is shared by
// every page of the context).
describe.skipIf(!hasChromium)('Fachkräfte pages', () => {
  let server: RunningServer;
  let browser: OpenBrowser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const page = await browser.context.newPage();
    await signInAs(page, server, 'editor');
    await page.close();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each([
    ['/fachkraefte', '.card h2 a'],
    ['/fachkraefte/engpaesse', 'table.values tbody tr'],
    ['/fachkraefte/ersatzbedarf', 'table.values tbody tr'],
    ['/fachkraefte/wasserstoff', 'table.values tbody tr'],
  ])(
    '%s has no serious accessibility violation',
    async (path, ready) => {
      const page = await browser.context.newPage();
      const errors = watchErrors(page);
      await page.goto(server.url + path);
      await page.locator(ready).first().waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
    90_000,
  );

  it('shows the Germany recomputation next to the published BA result and the Kreis proxy label', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/fachkraefte/engpaesse`);
    await page.locator('table.values tbody tr').first().waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.locator('.note').allTextContents())
      .toEqual(
        expect.arrayContaining([expect.stringMatching(/Niedersachsen \/ Bremen \(03_04\) als Näherung/)]),
      );
    await page.getByLabel('Gebiet').selectOption('DG');
    await page.getByText(/Bei 2\.075 von 2\.075 Berufen stimmt/).waitFor({ timeout: 60_000 });
    await page.getByLabel('Beruf suchen').fill('52122');
    const row = page.locator('table.values tbody tr').first();
    await expect
      .poll(() => row.textContent())
      .toMatch(/Berufskraftfahrer.*2,50.*2,50.*Engpassberuf.*Engpassberuf/);
    await page.close();
  }, 120_000);

  it('recomputes replacement demand when a parameter changes', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/fachkraefte/ersatzbedarf`);
    const summary = page.locator('section p').first();
    await summary.waitFor({ timeout: 60_000 });
    const before = await summary.textContent();
    await page.getByLabel(/Beschäftigungswachstum/).fill('0,01');
    await page.getByRole('button', { name: 'Berechnen' }).click();
    await expect.poll(() => summary.textContent()).not.toBe(before);
    expect(await page.getByRole('heading', { name: 'In 10 Jahren' }).count()).toBe(1);
    await page.close();
  }, 120_000);

  it('adds an occupation to the hydrogen list through the form', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/fachkraefte/wasserstoff`);
    await page.locator('table.values tbody tr').first().waitFor({ timeout: 60_000 });
    await page.getByLabel('KldB-Berufsgattung (5-stellig)').fill('26302');
    await page.getByLabel('Begründung').fill('Leistungselektronik und Netzanschluss von Elektrolyseuren.');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Gespeichert: 26302').waitFor();
    await page.locator('table.values tbody tr', { hasText: '26302' }).waitFor();
    await page.close();
  }, 120_000);
});
