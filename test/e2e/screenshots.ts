// Screenshots of the main pages: node --import tsx test/e2e/screenshots.ts [outDir] [--docs]
// --docs: first screen only (small PNGs for docs/screenshots); otherwise whole pages.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, startServer, watchErrors } from './browser.ts';

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
  if (errors.length) console.error('Konsolenfehler:', errors);
} finally {
  await opened.close();
  await server.stop();
}
