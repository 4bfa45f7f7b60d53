import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasChromium,
  launchBrowser,
  type OpenBrowser,
  type RunningServer,
  seriousViolations,
  signInAs,
  startServer,
} from './browser.ts';

// axe-core on each page once its data has arrived: no serious or critical WCAG 2.1 AA violation.
describe.skipIf(!hasChromium)('accessibility (axe-core)', () => {
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

  it.each([
    ['/regionen/03359', '.card-value'],
    ['/indikatoren', '.catalogue-item'],
    ['/indikatoren/leavers_without_hsa_rate?region=03359', '.chart svg'],
    ['/daten', 'h1'],
  ])('%s', async (path, ready) => {
    const page = await browser.context.newPage();
    await page.goto(server.url + path);
    await page.locator(ready).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('/daten with the import form (signed in as an editor)', async () => {
    const page = await browser.context.newPage();
    await signInAs(page, server, 'editor');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${server.url}/daten`);
    await page.getByLabel('Datei', { exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
