import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import ExcelJS from 'exceljs';
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

// Population pyramid, theme dashboards, XLSX download, change since start and the embed page in Chromium.
describe.skipIf(!hasChromium)('monitoring pages in Chromium', () => {
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

  const api = async <T>(path: string): Promise<T> => (await fetch(server.url + path)).json() as Promise<T>;
  const axe = async (page: Page) => {
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
  };

  it('Kreisprofil: the pyramid’s table equals the API, cards carry trend lines', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/regionen/03359`);
    await page.locator('.pyramid svg').first().waitFor();
    const { structure } = await api<{
      structure: { pyramids: { groups: { male: { value: number } }[] }[]; ageGroups: { label: string }[] };
    }>('/api/v1/regions/03359/population-structure');
    await page.getByText('Zahlen als Tabelle').click();
    const rows = page.locator('details table tbody tr');
    expect(await rows.count()).toBe(structure.ageGroups.length);
    const firstRow = await rows.first().locator('td').first().textContent();
    expect(firstRow).toBe(
      new Intl.NumberFormat('de-DE').format(structure.pyramids[0]?.groups[0]?.male.value ?? -1),
    );
    expect(await page.locator('.card .sparkline').count()).toBeGreaterThan(2);
    await axe(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('theme dashboards: every theme has its page, reachable from the navigation by keyboard', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/regionen/03359`);
    await page.locator('.card-value').first().waitFor();
    await page.getByRole('link', { name: 'Themen', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Rahmenbedingungen' }).waitFor();
    const themes = page.locator('.theme-nav a');
    expect(await themes.allTextContents()).toEqual([
      'Rahmenbedingungen',
      'Frühkindliche Bildung',
      'Allgemeinbildende Schulen',
      'Berufliche Bildung',
      'Arbeitsmarkt und Fachkräfte',
      'Weiterbildung',
    ]);
    await page.locator('.pyramid svg').waitFor();
    await axe(page);

    await page.getByRole('link', { name: 'Arbeitsmarkt und Fachkräfte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arbeitsmarkt und Fachkräfte' }).waitFor();
    await page.locator('.tile .chart svg').first().waitFor();
    const tile = page.locator('.tile', {
      hasText: 'Arbeitslosenquote bezogen auf alle zivilen Erwerbspersonen',
    });
    const values = await api<{ series: { role: string; values: { value: number | null }[] }[] }>(
      '/api/v1/indicators/unemployment_rate/values?region=03359&compare=land,bund',
    );
    const latest = values.series.find((s) => s.role === 'region')?.values.at(-1)?.value ?? -1;
    expect(await tile.locator('.card-value').textContent()).toContain(
      `${new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(latest)}\u00a0%`,
    );
    await axe(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('indicator page: XLSX with the series and the Kreise; change since start; embed code and page', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/indikatoren/unemployment_rate?region=03359`);
    await page.locator('.chart svg').first().waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /^XLSX/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('unemployment_rate_03359.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path()) as string)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Verlauf');
    const values = await api<{
      series: { region: string; values: { period: string; value: number | null }[] }[];
    }>('/api/v1/indicators/unemployment_rate/values?region=03359&compare=land,bund,neighbours,peers');
    const header = ((sheet?.getRow(4).values ?? []) as unknown[]).slice(1);
    const stadeRow = sheet?.getSheetValues().find((row) => Array.isArray(row) && row[1] === '03359') as
      | unknown[]
      | undefined;
    const stade = values.series.find((s) => s.region === '03359');
    for (const point of stade?.values ?? []) {
      const column = header.indexOf(point.period) + 1;
      expect(column).toBeGreaterThan(0);
      expect(stadeRow?.[column]).toBe(point.value);
    }
    expect(workbook.getWorksheet('Kreise')?.rowCount).toBeGreaterThan(45);

    await page.getByLabel('Veränderung seit Beginn (%)').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('measure')).toBe('relative');
    await page.getByText(/Jede Linie zeigt die Veränderung/).waitFor();
    const firstCell = page.locator('table.values tr.own td').first();
    expect(await firstCell.textContent()).toBe('0,0\u00a0%');
    await axe(page);

    await page.getByText('Einbetten', { exact: true }).click();
    const code = await page.getByLabel('HTML-Code').inputValue();
    const src = /src="([^"]+)"/.exec(code)?.[1] ?? '';
    expect(src).toBe(
      `${server.url}/einbetten/indikatoren/unemployment_rate?region=03359&amp;compare=land%2Cbund`.replace(
        '&amp;',
        '&amp;',
      ),
    );
    const embed = await browser.context.newPage();
    const embedErrors = watchErrors(embed);
    await embed.goto(src.replace(/&amp;/g, '&'));
    await embed.locator('.chart svg').first().waitFor();
    expect(await embed.locator('header, nav').count()).toBe(0);
    expect(await embed.getByRole('heading', { level: 1 }).textContent()).toContain('Arbeitslosenquote');
    await axe(embed);
    // Another site (another origin: its own little server) frames it with the copied code.
    const site = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(`<!doctype html><html lang="de"><title>Landkreis</title><main>${code}</main></html>`);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const address = site.address();
    const host = await browser.context.newPage();
    try {
      await host.goto(`http://localhost:${typeof address === 'object' && address ? address.port : 0}/`);
      await host.frameLocator('iframe').locator('.chart svg').first().waitFor();
    } finally {
      await host.close();
      site.close();
    }
    expect([...errors, ...embedErrors]).toEqual([]);
    await embed.close();
    await page.close();
  });
});
