import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasChromium,
  launchBrowser,
  type OpenBrowser,
  type RunningServer,
  seriousViolations,
  startServer,
  watchErrors,
} from './browser.ts';

// The indicator page's tabs (Verlauf, Karte, Tabelle, Quellen), CSV download and permalink in real Chromium.
describe.skipIf(!hasChromium)('indicator page tabs in Chromium', () => {
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

  const axe = async (page: Page) => {
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
  };
  const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

  it('Karte, Tabelle, CSV, permalink and Quellen; no serious axe finding on any tab', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/indikatoren/leavers_without_hsa_rate?region=03359`);
    await page.locator('.chart svg').first().waitFor();
    expect(await tab(page, 'Verlauf').getAttribute('aria-selected')).toBe('true');
    await axe(page);

    // Arrow keys move between tabs and select them.
    await tab(page, 'Verlauf').focus();
    await page.keyboard.press('ArrowRight');
    expect(await tab(page, 'Karte').getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Karte');
    await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe('karte');
    await page.locator('.map svg path').first().waitFor();
    expect(await page.locator('.map svg path').count()).toBeGreaterThan(40);
    const legend = page.locator('.map-legend');
    expect(await legend.isVisible()).toBe(true);
    expect(await legend.textContent()).toContain('grau schraffiert');
    expect(await page.locator('.attribution').textContent()).toContain('BKG');
    await axe(page);

    // The map as SVG (the renderer's output) and as PNG.
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^SVG/ }).click(),
    ]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    expect(await readFile((await svg.path()) as string, 'utf8')).toContain('<path');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^PNG/ }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await readFile((await png.path()) as string);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);

    await tab(page, 'Tabelle').click();
    const stade = page.locator('.district-table tr[data-region="03359"]');
    await stade.waitFor();
    expect(await stade.locator('td.num').textContent()).toBe('9,0\u00a0%');
    const firstKey = () => page.locator('.district-table tbody tr').first().getAttribute('data-region');
    const byName = await firstKey();
    const valueHeader = page.locator('.district-table th', { hasText: 'Wert' });
    expect(await valueHeader.getAttribute('aria-sort')).toBe('none');
    await valueHeader.getByRole('button').click();
    expect(await valueHeader.getAttribute('aria-sort')).toBe('descending');
    const byValue = await firstKey();
    expect(byValue).not.toBe(byName);
    await valueHeader.getByRole('button').click();
    expect(await valueHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await firstKey()).not.toBe(byValue);
    await axe(page);

    // CSV of the Kreise for the chosen period.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile((await download.path()) as string, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('03359;Stade');
    expect(csv).toContain('9,0');
    expect(csv).toContain('Quelle:');

    // The URL is the permalink: a reload shows the same tab.
    const permalink = page.url();
    expect(new URL(permalink).searchParams.get('tab')).toBe('tabelle');
    await page.goto(permalink);
    await page.locator('.district-table tr[data-region="03359"]').waitFor();
    expect(await tab(page, 'Tabelle').getAttribute('aria-selected')).toBe('true');

    await tab(page, 'Quellen').click();
    await page.locator('#markers-heading').waitFor();
    await axe(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a click on a Kreis in the map makes it the region, the view stays', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/indikatoren/leavers_without_hsa_rate?region=03359&tab=karte`);
    await page.locator('.map svg path').first().waitFor();
    await page.waitForLoadState('networkidle');
    const map = await page.locator('.map').boundingBox();
    if (!map) throw new Error('Karte ohne Größe');
    // On a busy machine the map may still be laying itself out at the first click: click until it answers.
    await expect
      .poll(async () => {
        await page.mouse.click(map.x + map.width * 0.5, map.y + map.height * 0.6);
        return new URL(page.url()).searchParams.get('region');
      })
      .toMatch(/^03(?!359)\d{3}$/);
    expect(new URL(page.url()).searchParams.get('tab')).toBe('karte');
    await page.locator('.map svg path').first().waitFor();
    await page.close();
  });
});
