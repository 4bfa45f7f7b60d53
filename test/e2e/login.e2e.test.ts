import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  E2E_PASSWORD,
  hasChromium,
  launchBrowser,
  type OpenBrowser,
  type RunningServer,
  seriousViolations,
  startServer,
  watchErrors,
} from './browser.ts';

// Sign-in page, the administration pages and the content security policy in real Chromium.
describe.skipIf(!hasChromium)('sign-in and administration in Chromium', () => {
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

  it('explains how to create the first admin while no account exists', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/anmelden`);
    await page.getByRole('heading', { name: 'Noch kein Konto vorhanden' }).waitFor();
    expect(await page.locator('pre code').textContent()).toMatch(
      /bildungsregion user add --email ADRESSE --role admin --password-stdin/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs the web client under the CSP (no inline script): a wrong password is refused, the right one signs in', async () => {
    const email = await addUser(server, 'admin');
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(`${server.url}/anmelden?weiter=/verwaltung/protokoll`);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill('falsches-Passwort-123');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Anmeldung fehlgeschlagen: E-Mail-Adresse oder Passwort ist falsch.');
    await page.getByLabel('Passwort').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    // Back where the person wanted to go: the audit log, which shows the failed attempt.
    await page.getByRole('heading', { name: 'Verwaltung' }).waitFor();
    await page.locator('table.audit tbody tr').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/verwaltung/protokoll');
    const text = (await page.locator('table.audit').textContent()) ?? '';
    expect(text).toContain('Anmeldung fehlgeschlagen');
    expect(text).toContain(email);
    await page.getByLabel('Vorgang').selectOption('login');
    await page.getByRole('button', { name: 'Filtern' }).click();
    await expect
      .poll(async () =>
        (await page.locator('table.audit tbody tr td:nth-child(3)').allTextContents()).join('|'),
      )
      .toMatch(/^Anmeldung(\|Anmeldung)*$/);
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors.filter((error) => !/401|Failed to load resource/.test(error))).toEqual([]);
    await page.close();
  });

  it('lets the admin add and disable an account; the change appears in the audit log', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/verwaltung/konten`);
    await page.locator('table.users tbody tr').first().waitFor();
    await page.getByLabel('E-Mail-Adresse').fill('neu@example.org');
    await page.getByLabel('Rolle', { exact: true }).selectOption('viewer');
    await page.getByLabel('Erstes Passwort (mindestens 12 Zeichen)').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.getByText('Konto neu@example.org angelegt.').waitFor();
    await page.getByRole('button', { name: 'neu@example.org sperren' }).click();
    await page.getByText('Konto neu@example.org geändert.').waitFor();
    expect(await page.locator('table.users tr', { hasText: 'neu@example.org' }).textContent()).toContain(
      'gesperrt',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${server.url}/verwaltung/protokoll`);
    await page.locator('table.audit tbody tr').first().waitFor();
    const first = page.locator('table.audit tbody tr').first();
    expect(await first.textContent()).toContain('geändert');
    expect(await first.textContent()).toContain('disabled_at');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('signs out; the administration then asks to sign in', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/verwaltung/konten`);
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.waitForURL(`${server.url}/anmelden`);
    await page.getByRole('link', { name: 'Anmelden' }).waitFor();
    await page.goto(`${server.url}/verwaltung/konten`);
    await page.getByText('Für diesen Bereich ist eine Anmeldung nötig.').waitFor();
    await page.close();
  });
});
