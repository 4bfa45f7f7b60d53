/**
 * Web client benchmark in its own process: the real server on a fresh data folder (demo data),
 * Debian's Chromium through playwright-core. For each page, cold loads (a new browser context per
 * load, so nothing is cached) measure the time from navigation start to the first chart's SVG in
 * the page and painted; the baseline, measured interleaved in the same run, is a cold load of the
 * same address with JavaScript switched off (navigation start → DOMContentLoaded: the browser,
 * the connection and the server's index.html, without the app). A separate load per page records
 * the JavaScript bodies: initial (requested before the load event) and up to the first chart,
 * each gzipped with zlib level 9. Progress goes to stderr; the last stdout line is the JSON result.
 *
 * Alone: `npm run bench -- web` (BENCH_WEB_LOADS=20 loads per page).
 */
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM, hasChromium, type RunningServer, startServer } from '../test/e2e/browser.ts';

const LOADS = Number(process.env.BENCH_WEB_LOADS ?? 20);
const WARMUP = 2;
const BUDGET_KB = 350;

export const WEB_PAGES = [
  { name: 'Kreisprofil', path: '/regionen/03359' },
  { name: 'Indikatorseite', path: '/indikatoren/leavers_without_hsa_rate?region=03359' },
] as const;

/** The first ECharts chart or map: ECharts' SVG renderer has drawn paths into it. */
const CHART = '.chart svg path, .map svg path';
/** The first chart of any kind, including the small hand-drawn SVG trend lines (sparklines). */
const ANY_CHART = `${CHART}, svg.sparkline path`;

/**
 * Runs in the page before its own scripts: notes when the first chart's SVG appears in the DOM
 * and when the frame after it has been painted (a timeout queued from the next animation frame
 * runs after that frame's paint). Times are performance.now(), i.e. since navigation start.
 */
const MARK_SCRIPT = `(() => {
  const marks = {};
  window.__firstChart = marks.chart = { dom: null, painted: null };
  window.__firstAnyChart = marks.any = { dom: null, painted: null };
  const selectors = { chart: ${JSON.stringify(CHART)}, any: ${JSON.stringify(ANY_CHART)} };
  const observer = new MutationObserver(() => {
    for (const [name, selector] of Object.entries(selectors)) {
      const mark = marks[name];
      if (mark.dom !== null || !document.querySelector(selector)) continue;
      mark.dom = performance.now();
      requestAnimationFrame(() => setTimeout(() => { mark.painted = performance.now(); }, 0));
    }
    if (marks.chart.dom !== null && marks.any.dom !== null) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** Timings of one load, read in the page (ms since navigation start). */
const READ_TIMINGS = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const mark = window.__firstChart;
  const before = performance.getEntriesByType('resource').filter((entry) => entry.responseEnd <= mark.dom);
  const api = before.filter((entry) => entry.name.includes('/api/')).map((entry) => entry.responseEnd);
  const scripts = before.filter((entry) => /.js$/.test(new URL(entry.name).pathname)).map((entry) => entry.responseEnd);
  return {
    domContentLoaded: nav.domContentLoadedEventEnd,
    load: nav.loadEventStart,
    firstContentfulPaint: paint ? paint.startTime : null,
    lastApi: api.length ? Math.max(...api) : null,
    lastScript: scripts.length ? Math.max(...scripts) : null,
    chartInDom: mark.dom,
    chartPainted: mark.painted,
    anyChartPainted: window.__firstAnyChart.painted,
  };
})()`;

const READ_SCRIPT_TIMINGS = `(() => ({
  load: performance.getEntriesByType('navigation')[0].loadEventStart,
  chart: window.__firstChart.dom,
  resources: performance.getEntriesByType('resource').map((e) => ({ url: e.name, start: e.startTime })),
}))()`;

interface LoadTimings {
  domContentLoaded: number;
  load: number;
  firstContentfulPaint: number | null;
  lastApi: number | null;
  lastScript: number | null;
  chartInDom: number;
  chartPainted: number;
  anyChartPainted: number;
}

export interface Chunk {
  file: string;
  bytes: number;
  gzip: number;
  initial: boolean;
  beforeChart: boolean;
}

export interface WebPageResult {
  page: string;
  path: string;
  loads: number;
  firstLoadMs: number;
  chartP50: number;
  chartP95: number;
  chartInDomP50: number;
  anyChartP50: number;
  loadP50: number;
  fcpP50: number | null;
  lastApiP50: number | null;
  lastScriptP50: number | null;
  baselineP50: number;
  baselineP95: number;
  ratioP50: number;
  initialGzip: number;
  initialBytes: number;
  toChartGzip: number;
  toChartBytes: number;
  chunks: Chunk[];
  indexHtmlScripts: string[];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Polls a condition in the page. Playwright's waitForFunction evaluates its predicate with eval, which
 * the product's content security policy (script-src 'self') refuses; evaluate goes through the
 * debugging protocol instead.
 */
async function waitUntil(page: Page, condition: string, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(condition))) {
    if (Date.now() > deadline) throw new Error(`Zeitüberschreitung: ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Cold load with the app: a new context (empty cache, no storage), the first chart painted. */
async function loadWithApp(browser: Browser, url: string): Promise<LoadTimings> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  try {
    await context.addInitScript({ content: MARK_SCRIPT });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url, { waitUntil: 'load' });
    await waitUntil(
      page,
      'window.__firstChart.painted !== null && window.__firstAnyChart.painted !== null',
    ).catch((error: unknown) => {
      throw new Error(
        `Kein Diagramm nach 30 s auf ${url}${errors.length ? `; Fehler in der Seite: ${errors.join(' | ')}` : ''}`,
        { cause: error },
      );
    });
    return (await page.evaluate(READ_TIMINGS)) as LoadTimings;
  } finally {
    await context.close();
  }
}

/** Baseline: the same address, JavaScript off, navigation start → DOMContentLoaded. */
async function loadBaseline(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: false,
  });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    // With JavaScript off, page.evaluate still runs (it is the automation's, not the page's).
    return (await page.evaluate(
      "performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd",
    )) as number;
  } finally {
    await context.close();
  }
}

/** One extra load that keeps every script body: sizes raw and gzip -9, initial vs. lazy. */
async function measureScripts(browser: Browser, url: string): Promise<Chunk[]> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript({ content: MARK_SCRIPT });
    const page = await context.newPage();
    const bodies = new Map<string, Promise<Buffer>>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.set(response.url(), response.body());
    });
    await page.goto(url, { waitUntil: 'load' });
    await waitUntil(page, 'window.__firstChart.painted !== null');
    const timing = (await page.evaluate(READ_SCRIPT_TIMINGS)) as {
      load: number;
      chart: number;
      resources: { url: string; start: number }[];
    };
    const starts = new Map(timing.resources.map((r) => [r.url, r.start]));
    const chunks: Chunk[] = [];
    for (const [scriptUrl, body] of bodies) {
      const bytes = await body;
      const start = starts.get(scriptUrl) ?? Number.POSITIVE_INFINITY;
      chunks.push({
        file: new URL(scriptUrl).pathname,
        bytes: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        initial: start < timing.load,
        beforeChart: start < timing.chart,
      });
    }
    return chunks.sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
  } finally {
    await context.close();
  }
}

/** The scripts index.html names itself (entry and modulepreload): the structural initial set. */
async function indexHtmlScripts(url: string): Promise<string[]> {
  const html = await (await fetch(url)).text();
  return [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!).sort();
}

async function main(): Promise<WebPageResult[]> {
  if (!hasChromium) throw new Error(`${CHROMIUM} fehlt: der Web-Benchmark braucht Debians Chromium.`);
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const cleanup = async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
  };
  const onSignal = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const started = Date.now();
    server = await startServer();
    console.error(`Server mit Demodaten bereit nach ${((Date.now() - started) / 1000).toFixed(1)} s`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const results: WebPageResult[] = [];
    for (const target of WEB_PAGES) {
      const url = server.url + target.path;
      // The first load after the start also fills the server's caches (indicator inputs, geometries).
      const warmup: LoadTimings[] = [];
      for (let i = 0; i < WARMUP; i++) warmup.push(await loadWithApp(browser, url));
      await loadBaseline(browser, url);
      const loads: LoadTimings[] = [];
      const baseline: number[] = [];
      // Interleaved, so that load from other processes falls on both alike.
      for (let i = 0; i < LOADS; i++) {
        baseline.push(await loadBaseline(browser, url));
        loads.push(await loadWithApp(browser, url));
      }
      const chunks = await measureScripts(browser, url);
      const sum = (list: Chunk[], key: 'bytes' | 'gzip') => list.reduce((total, c) => total + c[key], 0);
      const initial = chunks.filter((c) => c.initial);
      const toChart = chunks.filter((c) => c.beforeChart);
      const painted = loads.map((l) => l.chartPainted);
      /** Median of one timing over the loads that have it, in ms to one decimal. */
      const p50 = (key: keyof LoadTimings) => {
        const values = loads.map((l) => l[key]).filter((v): v is number => v !== null);
        return values.length ? round(percentile(values, 50)) : null;
      };
      const result: WebPageResult = {
        page: target.name,
        path: target.path,
        loads: LOADS,
        firstLoadMs: round(warmup[0]!.chartPainted),
        chartP50: round(percentile(painted, 50)),
        chartP95: round(percentile(painted, 95)),
        chartInDomP50: p50('chartInDom')!,
        anyChartP50: p50('anyChartPainted')!,
        loadP50: p50('load')!,
        fcpP50: p50('firstContentfulPaint'),
        lastApiP50: p50('lastApi'),
        lastScriptP50: p50('lastScript'),
        baselineP50: round(percentile(baseline, 50)),
        baselineP95: round(percentile(baseline, 95)),
        ratioP50: Math.round((percentile(painted, 50) / percentile(baseline, 50)) * 100) / 100,
        initialGzip: sum(initial, 'gzip'),
        initialBytes: sum(initial, 'bytes'),
        toChartGzip: sum(toChart, 'gzip'),
        toChartBytes: sum(toChart, 'bytes'),
        chunks,
        indexHtmlScripts: await indexHtmlScripts(url),
      };
      console.error(
        `${target.name}: Diagramm p50 ${result.chartP50} ms, Grundlinie p50 ${result.baselineP50} ms, JS anfangs ${(result.initialGzip / 1000).toFixed(1)} kB gzip`,
      );
      results.push(result);
    }
    return results;
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Table lines for run.ts (kB = 1000 bytes, as Vite prints them). */
export function webTable(results: WebPageResult[]): string[] {
  const ms = (value: number | null) => (value === null ? '–' : `${Math.round(value)} ms`);
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const lines = [
    'Seite           Diagramm p50/p95   Grundlinie p50/p95  Verhältnis  FCP     load    API fertig  JS fertig  jedes Diagr.  1. Aufruf',
  ];
  for (const r of results) {
    lines.push(
      `${r.page.padEnd(14)}  ${`${ms(r.chartP50)} / ${ms(r.chartP95)}`.padEnd(17)}  ${`${ms(r.baselineP50)} / ${ms(r.baselineP95)}`.padEnd(18)}  ${`${r.ratioP50.toFixed(1)} ×`.padStart(8)}    ${ms(r.fcpP50).padEnd(6)}  ${ms(r.loadP50).padEnd(6)}  ${ms(r.lastApiP50).padEnd(10)}  ${ms(r.lastScriptP50).padEnd(9)}  ${ms(r.anyChartP50).padEnd(12)}  ${ms(r.firstLoadMs)}`,
    );
  }
  lines.push('');
  lines.push(`JavaScript (gzip -9)  anfangs      bis zum 1. Diagramm   Budget anfangs ≤ ${BUDGET_KB} kB`);
  for (const r of results) {
    lines.push(
      `${r.page.padEnd(20)}  ${kb(r.initialGzip).padStart(9)}    ${kb(r.toChartGzip).padStart(9)}             ${r.initialGzip <= BUDGET_KB * 1000 ? 'eingehalten' : 'ÜBERSCHRITTEN'} (${Math.round((r.initialGzip / (BUDGET_KB * 1000)) * 100)} %)`,
    );
  }
  for (const r of results) {
    lines.push('');
    lines.push(`Skripte ${r.page} (roh / gzip -9):`);
    for (const c of r.chunks) {
      const when = c.initial
        ? 'anfangs'
        : c.beforeChart
          ? 'nachgeladen vor dem Diagramm'
          : 'nachgeladen danach';
      lines.push(`  ${c.file.padEnd(40)} ${kb(c.bytes).padStart(9)} / ${kb(c.gzip).padStart(8)}  ${when}`);
    }
    const initial = r.chunks
      .filter((c) => c.initial)
      .map((c) => c.file)
      .sort();
    if (JSON.stringify(initial) !== JSON.stringify(r.indexHtmlScripts)) {
      lines.push(`  Hinweis: index.html nennt ${r.indexHtmlScripts.join(', ')}`);
    }
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await main();
  console.log(JSON.stringify(results));
}
