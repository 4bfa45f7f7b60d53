// Screenshots of the main pages: node --import tsx test/e2e/screenshots.ts [outDir] [--docs]
// --docs: first screen only (small PNGs for docs/screenshots); otherwise whole pages.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { addUser, E2E_PASSWORD, launchBrowser, startServer, watchErrors } from './browser.ts';

const docs = process.argv.includes('--docs');
const outDir = path.resolve(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '/tmp/shots');
mkdirSync(outDir, { recursive: true });
const server = await startServer();
const opened = await launchBrowser().catch(async (error: unknown) => {
  await server.stop();
  throw error;
});
try {
  const page = await opened.context.newPage();
  const errors = watchErrors(page);
  // The catalogue is long: its first screen says enough.
  const shots: [string, string, string, boolean][] = [
    ['kreisprofil', '/regionen/03359', '.card-value', true],
    ['indikatoren', '/indikatoren', '.catalogue-item', false],
    ['indikator', '/indikatoren/leavers_without_hsa_rate?region=03359', '.chart svg', true],
    ['thema', '/themen/allgemeinbildende-schulen?region=03359', '.tile .card-value', true],
    ['thema-rahmen', '/themen/rahmenbedingungen?region=03359', '.pyramid svg', true],
    [
      'indikator-relativ',
      '/indikatoren/unemployment_rate?region=03359&measure=relative&compare=land,bund,neighbour',
      '.chart svg',
      true,
    ],
    ['einbetten', '/einbetten/indikatoren/leavers_without_hsa_rate?region=03359', '.chart svg', true],
    ['indikator-en', '/indikatoren/unemployment_rate?region=03353', '.chart svg', true],
  ];
  for (const [name, url, ready, fullPage] of shots) {
    if (name.endsWith('-en')) await page.evaluate("localStorage.setItem('bildungsregion.language', 'en')");
    await page.goto(server.url + url);
    await page.locator(ready).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: fullPage && !docs });
    console.log(path.join(outDir, `${name}.png`));
  }
  // Sign-in page, then the audit log after a few changes (German).
  await page.evaluate("localStorage.setItem('bildungsregion.language', 'de')");
  const email = await addUser(server, 'admin');
  await page.goto(`${server.url}/anmelden`);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.screenshot({ path: path.join(outDir, 'anmelden.png') });
  console.log(path.join(outDir, 'anmelden.png'));
  await page.getByLabel('Passwort').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.locator('.session').getByText('Angemeldet als').waitFor();
  await page.goto(`${server.url}/verwaltung/konten`);
  await page.locator('table.users tbody tr').first().waitFor();
  await page.getByLabel('E-Mail-Adresse').fill('jonas.beispiel@landkreis-stade.de');
  await page.getByLabel('Rolle', { exact: true }).selectOption('editor');
  await page.getByLabel('Erstes Passwort (mindestens 12 Zeichen)').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Konto anlegen' }).click();
  await page.getByText('angelegt.').waitFor();
  await page.screenshot({ path: path.join(outDir, 'konten.png'), fullPage: !docs });
  console.log(path.join(outDir, 'konten.png'));
  await page.goto(`${server.url}/verwaltung/protokoll`);
  await page.locator('table.audit tbody tr').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(outDir, 'protokoll.png'), fullPage: !docs });
  console.log(path.join(outDir, 'protokoll.png'));
  // The office's working areas, signed in.
  const areas: [string, string][] = [
    ['akteure', '/akteure'],
    ['netzwerkanalyse', '/akteure/netzwerkanalyse'],
    ['netzwerke', '/netzwerke'],
    ['vereinbarungen', '/vereinbarungen'],
    ['fachkraefte-engpaesse', '/fachkraefte/engpaesse?region=03359'],
    ['fachkraefte-wasserstoff', '/fachkraefte/wasserstoff?region=03359'],
    ['kita-ganztag', '/fachkraefte/kita-ganztag?region=03359'],
    ['befragungen', '/fachkraefte/befragungen?region=03359'],
  ];
  for (const [name, url] of areas) {
    await page.goto(server.url + url);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: !docs });
    console.log(path.join(outDir, `${name}.png`));
  }
  if (errors.length) console.error('Konsolenfehler:', errors);
} finally {
  await opened.close();
  await server.stop();
}
