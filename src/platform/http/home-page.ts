import { getRegion } from '../../modules/regions/repository.ts';
import { statistics } from '../../modules/statistics/index.ts';
import type { Database } from '../db/database.ts';

/**
 * The start page until the web client arrives: what is stored, from which source and of which
 * vintage, for the configured home region. Server-rendered, no script, readable without CSS.
 */
export async function homePage(db: Database, homeRegion: string): Promise<string> {
  const [region, datasets] = await Promise.all([getRegion(db, homeRegion), statistics.listDatasets(db)]);
  const number = new Intl.NumberFormat('de-DE');
  const date = (iso: string | null) => (iso ? iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1') : '–');
  const rows = datasets
    .map(
      (d) => `<tr>
        <td><code>${escapeHtml(d.table_code)}</code></td>
        <td>${escapeHtml(d.title)}</td>
        <td>${escapeHtml(d.publisher)}</td>
        <td>${date(d.vintage)}</td>
        <td class="num">${number.format(d.row_count)}</td>
        <td class="num">${number.format(d.region_count)}</td>
        <td>${escapeHtml(d.periods.length > 3 ? `${date(d.periods[0]!)} – ${date(d.periods.at(-1)!)}` : d.periods.map(date).join(', '))}</td>
        <td><a href="/api/v1/observations?dataset=${d.id}&amp;region=${encodeURIComponent(homeRegion)}">Werte</a></td>
      </tr>`,
    )
    .join('');
  const regionCard = region
    ? `<section aria-labelledby="region">
        <h2 id="region">${escapeHtml(region.name)} <small>(${escapeHtml(region.type_label ?? '')}, AGS ${escapeHtml(region.key)})</small></h2>
        <dl>
          <dt>Bevölkerung</dt><dd>${region.population === null ? '–' : number.format(region.population)} <small>(Stand ${date(region.population_date)})</small></dd>
          <dt>Fläche</dt><dd>${region.area_km2 === null ? '–' : `${region.area_km2.toLocaleString('de-DE', { maximumFractionDigits: 2 })} km²`}</dd>
        </dl>
        <p><small>Quelle: Gemeindeverzeichnis (GV-ISys), © Statistisches Bundesamt (Destatis)</small></p>
      </section>`
    : '';
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bildungsregion – Datenbestand</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1f24; line-height: 1.5; }
  h1 { font-size: 1.6rem; margin-bottom: .25rem; }
  table { border-collapse: collapse; width: 100%; font-size: .92rem; }
  th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid #d0d7de; vertical-align: top; }
  th { background: #f3f5f7; }
  td.num { text-align: right; font-variant-numeric: tabular-nums; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
  dt { font-weight: 600; }
  a { color: #0b5cad; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  footer { margin-top: 2rem; font-size: .85rem; color: #57606a; }
</style>
</head>
<body>
<header>
  <h1>Bildungsregion</h1>
  <p>Datenbasiertes kommunales Bildungsmanagement – Datenbestand der amtlichen Statistik.</p>
  <nav><a href="/api/v1/docs">API-Dokumentation</a> · <a href="/api/v1/openapi.json">OpenAPI</a> · <a href="/api/v1/regions/${encodeURIComponent(homeRegion)}">Region (JSON)</a></nav>
</header>
<main>
${regionCard}
<section aria-labelledby="datasets">
  <h2 id="datasets">Gespeicherte Tabellen (${number.format(datasets.length)})</h2>
  ${
    datasets.length === 0
      ? '<p>Noch keine Tabellen importiert. Importieren Sie Dateien mit <code>npx bildungsregion import DATEI</code>.</p>'
      : `<table>
    <caption class="visually-hidden">Importierte Tabellen mit Quelle, Stand und Umfang</caption>
    <thead><tr><th scope="col">Tabelle</th><th scope="col">Titel</th><th scope="col">Herausgeber</th><th scope="col">Stand</th><th scope="col">Werte</th><th scope="col">Regionen</th><th scope="col">Zeiträume</th><th scope="col">Daten</th></tr></thead>
    <tbody>${rows}</tbody>
  </table>`
  }
</section>
</main>
<footer>Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0), soweit bei der Tabelle nicht anders angegeben. Quellen und Stand je Tabelle siehe oben.</footer>
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
