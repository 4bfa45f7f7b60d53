import path from 'node:path';
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

// Screenshots for review when SCREENSHOT_DIR is set (e.g. SCREENSHOT_DIR=/tmp/shots).
const shotDir = process.env.SCREENSHOT_DIR;

describe.skipIf(!hasChromium)('stakeholders and cooperation in the browser', () => {
  let server: RunningServer;
  let browser: OpenBrowser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // The register, networks and agreements are internal: every page below is seen by an editor
    // (the session cookie is shared by all pages of the browser context).
    const page = await browser.context.newPage();
    await signInAs(page, server, 'editor');
    await page.close();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an anonymous visitor of /akteure is asked to sign in (the API answers 401)', async () => {
    // A browser of its own: the shared context already holds the editor's session.
    const anonymous = await launchBrowser();
    try {
      const page = await anonymous.context.newPage();
      const status = page.waitForResponse((response) => response.url().includes('/api/v1/organisations'));
      await page.goto(`${server.url}/akteure`);
      expect((await status).status()).toBe(401);
      const hint = page.getByRole('alert');
      await hint.getByText('nur für angemeldete').waitFor();
      expect(await hint.getByRole('link', { name: 'Anmelden' }).getAttribute('href')).toBe(
        '/anmelden?weiter=%2Fakteure',
      );
      expect(await page.locator('.stakeholder-map svg').count()).toBe(0);
    } finally {
      await anonymous.close();
    }
  }, 60_000);

  it('creates a network, adds members, shows the gap analysis and the network in the graph', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/netzwerke`);
    await page.getByRole('link', { name: 'Arbeitsgruppe Übergang Schule/Beruf' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Netzwerk Berufsorientierung Stade');
    await page.locator('select[name="kind"]').selectOption('netzwerk');
    await page.locator('select[name="template"]').selectOption('jugendberufsagentur');
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Netzwerk Berufsorientierung Stade' }).waitFor();
    await expect
      .poll(() => page.locator('.gap-missing').textContent())
      .toBe('Es fehlen: Agentur für Arbeit, Berufsbildende Schulen, Jobcenter, Jugendamt.');

    for (const [id, name] of [
      ['demo-aa-stade', 'Agentur für Arbeit Stade'],
      ['demo-jc-stade', 'Jobcenter Landkreis Stade'],
    ]) {
      await page.locator('select[name="organisationId"]').selectOption(id as string);
      await page.getByRole('button', { name: 'Hinzufügen' }).first().click();
      await page.getByRole('row', { name: new RegExp(name as string) }).waitFor();
    }
    await expect
      .poll(() => page.locator('.gap-missing').textContent())
      .toBe('Es fehlen: Berufsbildende Schulen, Jugendamt.');
    if (shotDir) await page.screenshot({ path: path.join(shotDir, 'netzwerk.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Netzwerkanalyse' }).click();
    await page.locator('.graph-chart svg').waitFor();
    await page.getByText('2 Organisationen, 1 Verbindungen').waitFor();
    const rows = page.locator('section[aria-labelledby="measures"] tbody tr');
    expect(await rows.count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('the Harburg agreement lists its six signatories and the working group, which names its gaps', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/vereinbarungen`);
    await page.getByRole('link', { name: /Kooperationsvereinbarung Arbeitsgruppe Übergang/ }).click();
    await page.locator('ol.signatories li').first().waitFor();
    expect(await page.locator('ol.signatories li').count()).toBe(6);
    await expect.poll(() => page.getByRole('note').first().textContent()).toContain('Beispieldaten');
    if (shotDir) await page.screenshot({ path: path.join(shotDir, 'vereinbarung.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Arbeitsgruppe Übergang Schule/Beruf' }).click();
    await page.locator('.gap-missing').waitFor();
    expect(await page.locator('.gap-missing').textContent()).toBe(
      'Es fehlen: Arbeitgeberverbände, Berufsbildende Schulen, Jobcenter, Jugendamt, Oberschule.',
    );
    await page.close();
  }, 60_000);

  it.each([
    ['akteure', '/akteure', '.stakeholder-map svg'],
    ['akteur', '/akteure/demo-ihk-lueneburg-wolfsburg', '.grid-chart svg'],
    ['netzwerkanalyse', '/akteure/netzwerkanalyse', '.graph-chart svg'],
    ['netzwerke', '/netzwerke', 'table'],
    ['vereinbarungen', '/vereinbarungen', 'table'],
  ])(
    '%s: no serious accessibility violation, no console error',
    async (name, url, ready) => {
      const page = await browser.context.newPage();
      const errors = watchErrors(page);
      await page.goto(server.url + url);
      await page.locator(ready).first().waitFor();
      await page.waitForLoadState('networkidle');
      if (shotDir) await page.screenshot({ path: path.join(shotDir, `${name}.png`), fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
    60_000,
  );
});
