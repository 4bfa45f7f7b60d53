import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasChromium,
  launchBrowser,
  type OpenBrowser,
  type RunningServer,
  startServer,
  watchErrors,
} from './browser.ts';

// The web client in real Chromium against the real server on a fresh database with demo data.
describe.skipIf(!hasChromium)('web client in Chromium', () => {
  let server: RunningServer;
  let browser: OpenBrowser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url + path);
    return { page, errors };
  }

  it('/ redirects to the home region; the Kreisprofil shows Stade, a map and key figures', async () => {
    const { page, errors } = await open('/');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/regionen/03359');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Stade');
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await expect.poll(() => page.title()).toBe('Stade – Bildungsregion');
    await page.locator('.map svg path').first().waitFor();
    await page.locator('.card-value').first().waitFor();
    expect(await page.getByRole('link', { name: 'Cuxhaven' }).count()).toBe(1);
    // German number format for the population from the reference data.
    expect(await page.locator('.facts').textContent()).toContain('211.467');
    await page.waitForLoadState('networkidle');
    // A click on another Kreis in the map opens its profile.
    const map = await page.locator('.map').boundingBox();
    if (!map) throw new Error('Karte ohne Größe');
    await page.mouse.click(map.x + map.width * 0.5, map.y + map.height * 0.6);
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/regionen\/03(?!359)\d{3}$/);
    await page.locator('.map svg path').first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the catalogue lists all 60 indicators and filters by theme', async () => {
    const { page, errors } = await open('/indikatoren');
    await page.locator('.catalogue-item').first().waitFor();
    expect(await page.locator('.catalogue-item').count()).toBe(60);
    expect(await page.locator('.badge-ok').count()).toBeGreaterThan(0);
    await page.getByLabel('Themenfeld').selectOption('D');
    const themes = await page.locator('.catalogue-item .theme-badge').allTextContents();
    expect(themes.length).toBeGreaterThan(0);
    expect(new Set(themes)).toEqual(new Set(['D']));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the indicator page shows a chart and a table with the API value', async () => {
    const path = '/indikatoren/leavers_without_hsa_rate?region=03359';
    const api = (await fetch(
      `${server.url}/api/v1/indicators/leavers_without_hsa_rate/values?region=03359`,
    ).then((response) => response.json())) as {
      series: { role: string; values: { period: string; value: number | null }[] }[];
    };
    const latest = api.series.find((s) => s.role === 'region')?.values.at(-1);
    expect(latest?.value).toBeTypeOf('number');
    const expected = `${(latest?.value ?? 0).toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
    expect(expected).toBe('9,0 %');

    const { page, errors } = await open(path);
    await page.locator('.chart svg').first().waitFor();
    // The time axis spans whole years around the one period (no stray labels like 1200).
    await expect.poll(() => page.locator('.chart svg text').allTextContents()).toContain('2023');
    expect(await page.locator('.chart svg text').allTextContents()).not.toContain('1200');
    const cells = await page.locator('tr[data-region="03359"] td').allTextContents();
    expect(cells.at(-1)?.replace(/\u00a0/g, ' ')).toBe(expected);
    // Sources sit on their own tab.
    await page.getByRole('tab', { name: 'Quellen' }).click();
    const sources = await page.locator('.sources').textContent();
    expect(sources).toContain('21111-02-06-4');
    expect(sources).toMatch(/Datenlizenz Deutschland/);
    await page.getByRole('tab', { name: 'Verlauf' }).click();
    // Toggling a comparison changes the table.
    const before = await page.locator('table.values tbody tr').count();
    await page.getByLabel('Nachbarkreise').check();
    await expect.poll(() => page.locator('table.values tbody tr').count()).toBeGreaterThan(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works with the keyboard alone: skip link, navigation, region picker', async () => {
    const { page, errors } = await open('/regionen/03359');
    await page.locator('h1').waitFor();
    const focused = async () =>
      page.evaluate(
        'document.activeElement ? (document.activeElement.textContent || document.activeElement.getAttribute("placeholder") || document.activeElement.tagName) : ""',
      );
    const visited: string[] = [];
    // Skip link, brand, eight sections of the navigation, the region picker.
    for (let i = 0; i < 14; i += 1) {
      await page.keyboard.press('Tab');
      visited.push(String(await focused()));
    }
    expect(visited[0]).toBe('Zum Inhalt springen');
    expect(visited).toContain('Indikatoren');
    expect(visited).toContain('Fachkräfte');
    expect(visited).toContain('Akteure');
    expect(visited).toContain('Daten');
    expect(visited.some((text) => text.startsWith('Kreis oder AGS'))).toBe(true);

    // Type into the picker and open the first hit with Enter.
    await page.getByLabel('Region suchen').focus();
    await page.keyboard.type('Harburg');
    await page.locator('.picker-list a').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/regionen/03353');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Harburg');

    // Navigation by keyboard: focus the Indikatoren link and press Enter.
    await page.getByRole('link', { name: 'Indikatoren', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.catalogue-item').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/indikatoren');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches to English and back', async () => {
    const { page, errors } = await open('/indikatoren');
    await page.locator('.catalogue-item').first().waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Indicators');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Auf Deutsch umschalten' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Indikatoren');
    expect(errors).toEqual([]);
    await page.close();
  });
});

if (!hasChromium) {
  console.warn('Browser-Tests übersprungen: /usr/bin/chromium fehlt (apt-get install -y chromium).');
}
