/**
 * Fachkräfte pages in Chromium: the Kita/Ganztag forecast for Stade from the demo data, and a
 * company survey from invitation (personal link) to the aggregated, suppressed result; axe-core
 * on every page. Screenshots go to SHOTS_DIR when set. The office works signed in as an editor;
 * the companies answer in a separate browser that never signed in.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
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

let server: RunningServer;
let browser: OpenBrowser;
/** A second browser with its own fresh profile: no session cookie, as at a company. */
let companyBrowser: OpenBrowser;
const shots = process.env.SHOTS_DIR;

async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

describe.skipIf(!hasChromium)('Fachkräfte in the browser', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    companyBrowser = await launchBrowser();
    const page = await browser.context.newPage();
    await signInAs(page, server, 'editor');
    await page.close();
  }, 180_000);

  afterAll(async () => {
    await companyBrowser?.close();
    await browser?.close();
    await server?.stop();
  });

  it('computes the Kita/Ganztag forecast for Stade and saves and compares scenarios', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/fachkraefte/kita-ganztag?region=03359`);
    await page.getByRole('heading', { level: 1, name: 'Kita- und Ganztag-Personalprognose' }).waitFor();
    await page.locator('.chart svg').first().waitFor();
    await expect(page.getByText('Quelle: Tabelle 12411-0018')).toBeTruthy();
    const rows = page.locator('table.values tbody tr');
    expect(await rows.count()).toBe(16);
    // 2020, Kita FTE with the defaults: 1,112.7 (see forecast.db.test.ts for the hand computation).
    await expect(rows.first().locator('td').nth(2).textContent()).resolves.toBe('1.112,7');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'kita-ganztag');

    await page.getByLabel('Personal im Basisjahr').fill('1500');
    await page.getByRole('button', { name: 'Berechnen' }).click();
    await page.getByLabel('Name des Szenarios').fill('Status quo');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByText('Szenario „Status quo“ gespeichert.').waitFor();
    await page.getByRole('button', { name: 'Empfohlene Schlüssel (1 : 3 / 1 : 7,5) eintragen' }).click();
    await page.getByLabel('Name des Szenarios').fill('Empfohlen');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByText('Szenario „Empfohlen“ gespeichert.').waitFor();
    await page.getByRole('checkbox', { name: /Status quo/ }).check();
    await page.getByRole('checkbox', { name: /Empfohlen/ }).check();
    await page.getByRole('button', { name: 'Ausgewählte vergleichen' }).click();
    const compare = page.locator('table.compare');
    await compare.waitFor();
    await expect(compare.locator('thead th').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Empfohlen', 'Status quo']),
    );
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'kita-ganztag-vergleich');

    // An earlier reference date of the age table as the base.
    await page.getByLabel('Basis (Stichtag der Bevölkerung)').selectOption({ label: '31.12.2018' });
    await page.getByRole('button', { name: 'Berechnen' }).click();
    await page.getByText('Stichtag 31.12.2018').waitFor();
    await expect(rows.first().locator('th').textContent()).resolves.toMatch(/^2018/);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('runs a company survey from invitation to the aggregated, suppressed result', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/fachkraefte/befragungen?region=03359`);
    await page.getByRole('heading', { level: 1, name: 'Betriebsbefragungen' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Titel').fill('Fachkräftebedarf 2026');
    await page.getByLabel('Erhebungsjahr').fill('2026');
    await page.getByLabel('Berufe (KldB 2010)').fill('26112 Mechatronik\n25212 Kraftfahrzeugtechnik');
    await page.getByLabel('Jahre der erwarteten Einstellungen (durch Komma getrennt)').fill('2026, 2027');
    await page.getByRole('button', { name: 'Befragung anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fachkräftebedarf 2026' }).waitFor();
    await page.getByRole('button', { name: 'Befragung öffnen' }).click();
    await page.getByText('Die Befragung ist jetzt: offen.').waitFor();
    await page
      .getByLabel('Betriebe', { exact: true })
      .fill('Werft Nord GmbH; personal@werft.example\nAutohaus Elbe\nElektro Stade KG');
    await page.getByRole('button', { name: 'Persönliche Links erzeugen' }).click();
    const links = page.locator('a.link-box');
    await links.first().waitFor();
    const urls = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    expect(urls).toHaveLength(3);
    for (const url of urls) expect(url).toMatch(/^\/befragung\/[A-Za-z0-9_-]{32}$/);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'befragung-einladen');

    // Each company opens its personal link in a browser without an account and answers.
    const anonymous = await companyBrowser.context.newPage();
    const internal = await anonymous.request.get(`${server.url}/api/v1/workforce/surveys`);
    expect(internal.status()).toBe(401);
    await anonymous.close();
    const answers = [
      { sector: 'Verarbeitendes Gewerbe', mech2026: '3', kfz2026: '1' },
      { sector: 'Verarbeitendes Gewerbe', mech2026: '2', kfz2026: '' },
      { sector: 'Baugewerbe', mech2026: '0', kfz2026: '' },
    ];
    for (const [index, url] of urls.entries()) {
      const company = await companyBrowser.context.newPage();
      const companyErrors = watchErrors(company);
      await company.goto(server.url + url);
      await company.getByText('Persönliche Einladung für').waitFor();
      if (index === 0) {
        expect(await seriousViolations(company)).toEqual([]);
        await shot(company, 'befragung-antwort');
      }
      await company.getByLabel('Wirtschaftsabschnitt').selectOption({ label: answers[index]!.sector });
      await company.getByLabel('Einstellungen Mechatronik im Jahr 2026').fill(answers[index]!.mech2026);
      if (answers[index]!.kfz2026)
        await company
          .getByLabel('Einstellungen Kraftfahrzeugtechnik im Jahr 2026')
          .fill(answers[index]!.kfz2026);
      await company.getByLabel('Geplante Ausbildungsplätze im nächsten Ausbildungsjahr').fill('1');
      await company.getByRole('radio', { name: 'In einzelnen Bereichen' }).check();
      await company.getByRole('button', { name: 'Antwort absenden' }).click();
      await company.getByText('Vielen Dank! Ihre Antwort ist gespeichert.').waitFor();
      expect(companyErrors).toEqual([]);
      await company.close();
    }

    await page.reload();
    await page.getByText('3 eingeladen, 3 geöffnet, 3 beantwortet.').waitFor();
    const occupations = page.getByTestId('results-occupations');
    const cells = async (name: string, year: string) => {
      const row = occupations
        .locator('tr', { has: page.getByRole('rowheader', { name }) })
        .filter({ hasText: year });
      return row.locator('td.num').allTextContents();
    };
    expect(await cells('Mechatronik', '2026')).toEqual(['3', '5']);
    // Only one company named Kfz hires: hidden behind the marker, never 0.
    expect(await cells('Kraftfahrzeugtechnik', '2026')).toEqual(['•', '•']);
    const sectors = page.getByTestId('results-sectors');
    await expect(
      sectors.locator('tr', { hasText: 'Baugewerbe' }).locator('td').first().textContent(),
    ).resolves.toBe('•');
    await expect(
      sectors.locator('tr', { hasText: 'Insgesamt' }).locator('td').allTextContents(),
    ).resolves.toEqual(['3', '6', '3', '3', '•']);
    await page.getByRole('button', { name: 'Als Datensatz für Indikatoren speichern' }).click();
    await page.getByText('Als Datensatz „Betriebsbefragung Stade 2026“').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'befragung-ergebnis');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
