/**
 * Every text the interface shows, in German (default) and English. Pure: no React, no DOM,
 * so it is tested without a browser. Placeholders look like {name}.
 */

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const de = {
  'app.title': 'Bildungsregion',
  'app.tagline': 'Bildungsmonitoring für Kreise',
  'app.skip': 'Zum Inhalt springen',
  'app.loading': 'Wird geladen …',
  'app.error': 'Die Daten konnten nicht geladen werden: {message}',
  'app.notFound': 'Diese Seite gibt es nicht.',
  'app.footer':
    'Daten: Statistische Ämter des Bundes und der Länder, Bundesagentur für Arbeit, © GeoBasis-DE / BKG. Datenlizenz Deutschland – Namensnennung – Version 2.0.',
  'nav.label': 'Hauptnavigation',
  'nav.region': 'Region',
  'nav.indicators': 'Indikatoren',
  'nav.data': 'Daten',
  'lang.switch': 'English',
  'lang.switchLabel': 'Switch to English',
  'picker.label': 'Region suchen',
  'picker.placeholder': 'Kreis oder AGS, z. B. Stade',
  'picker.results': '{count} Treffer',
  'picker.none': 'Kein Kreis gefunden',
  'region.ags': 'AGS {key}',
  'region.land': 'Land',
  'region.type': 'Art',
  'region.population': 'Einwohnerinnen und Einwohner',
  'region.area': 'Fläche',
  'region.density': 'Bevölkerungsdichte (je km²)',
  'region.asOf': 'Stand {date}',
  'region.source':
    'Quelle: Gemeindeverzeichnis (GV-ISys), © Statistisches Bundesamt (Destatis), Datenlizenz Deutschland – Namensnennung – Version 2.0',
  'region.map': 'Lage im Land',
  'region.mapLabel': 'Karte der Kreise in {land}; {name} ist hervorgehoben.',
  'region.neighbours': 'Nachbarkreise',
  'region.noNeighbours': 'Keine Nachbarn bekannt.',
  'region.keyFigures': 'Kennzahlen',
  'region.keyFiguresIntro':
    'Alle Indikatoren, für die Daten importiert sind, mit dem letzten verfügbaren Jahr.',
  'region.notFound': 'Region {key} nicht gefunden.',
  'card.land': 'Land',
  'card.bund': 'Deutschland',
  'card.noData': 'Für diese Region liegen keine Werte vor.',
  'card.more': 'Zum Indikator',
  'card.missingComparison': 'fehlt',
  'card.newer': '{period}: {marker}',
  'catalogue.title': 'Indikatoren',
  'catalogue.intro': 'Der Katalog des kommunalen Bildungsmonitorings mit der Datenlage dieser Installation.',
  'catalogue.search': 'Suchen',
  'catalogue.searchPlaceholder': 'Name, Kennung oder Tabelle',
  'catalogue.theme': 'Themenfeld',
  'catalogue.allThemes': 'Alle Themenfelder',
  'catalogue.count': '{count} von {total} Indikatoren',
  'catalogue.empty': 'Kein Indikator passt zur Suche.',
  'status.computable': 'berechenbar',
  'status.partial': 'Tabellen fehlen',
  'status.not_imported': 'Tabellen fehlen',
  'status.no_formula': 'noch ohne Berechnung',
  'status.missingTables': 'Fehlt: {tables}',
  'status.withoutCode': 'Tabelle ohne Kennung',
  'indicator.region': 'Region',
  'indicator.compare': 'Vergleich',
  'indicator.compareLand': 'Land',
  'indicator.compareBund': 'Deutschland',
  'indicator.compareNeighbours': 'Nachbarkreise',
  'indicator.comparePeers': 'Vergleichskreise',
  'indicator.chart': 'Verlauf',
  'indicator.chartLabel':
    '{name}: Verlauf für {region} und Vergleichsregionen. Die Werte stehen in der Tabelle darunter.',
  'indicator.table': 'Tabelle',
  'indicator.period': 'Zeitraum',
  'indicator.unit': 'Einheit: {unit}',
  'indicator.sources': 'Quellen',
  'indicator.sourceTable': 'Tabelle',
  'indicator.publisher': 'Herausgeber',
  'indicator.vintage': 'Stand',
  'indicator.licence': 'Lizenz',
  'indicator.noSources': 'Noch keine Tabelle importiert.',
  'indicator.markers': 'Zeichenerklärung',
  'indicator.definition': 'Definition',
  'indicator.rank': 'Rang {rank} von {of} Kreisen mit Wert ({period})',
  'indicator.noValues': 'Für {region} liegen keine Werte vor.',
  'indicator.missingTables': 'Es fehlen Tabellen: {tables}',
  'indicator.theme': 'Themenfeld {theme}',
  'data.title': 'Daten',
  'data.soon':
    'Die Übersicht der Datensätze und der Import im Browser folgen. Bis dahin: Kommandozeile „npx bildungsregion import DATEI“ oder die API unter /api/v1/docs.',
  'flag..': 'geheim',
  'flag.x': 'gesperrt',
  'flag./': 'nicht sicher genug',
  'flag....': 'fällt später an',
  'flag.*': 'anonymisiert',
  'flag.-': 'nichts vorhanden',
  'flag.0': 'weniger als die Hälfte von 1',
  'flag.()': 'Aussagewert eingeschränkt',
  'flag.p': 'vorläufig',
  'flag.r': 'berichtigt',
  'flag.s': 'geschätzt',
  'flag.e': 'endgültig',
  'flag.missing': 'keine Daten',
  'flag.div0': 'Division durch null',
  'flagLong..': 'Zahlenwert unbekannt oder geheim zu halten',
  'flagLong.x': 'Tabellenfach gesperrt, weil Aussage nicht sinnvoll',
  'flagLong./': 'keine Angabe, da Zahlenwert nicht sicher genug',
  'flagLong....': 'Angabe fällt später an',
  'flagLong.*': 'anonymisiert (Statistik der Bundesagentur für Arbeit)',
  'flagLong.-': 'nichts vorhanden / genau null',
  'flagLong.0': 'weniger als die Hälfte von 1 in der letzten besetzten Stelle, jedoch mehr als nichts',
  'flagLong.()': 'Aussagewert eingeschränkt',
  'flagLong.p': 'vorläufige Zahl',
  'flagLong.r': 'berichtigte Zahl',
  'flagLong.s': 'geschätzte Zahl',
  'flagLong.e': 'endgültige Zahl',
  'flagLong.missing': 'keine Daten importiert oder nicht erhoben',
  'flagLong.div0': 'Nenner ist null, kein Wert berechenbar',
} as const;

export type MessageKey = keyof typeof de;

const en: Record<MessageKey, string> = {
  'app.title': 'Bildungsregion',
  'app.tagline': 'Education monitoring for districts',
  'app.skip': 'Skip to content',
  'app.loading': 'Loading …',
  'app.error': 'The data could not be loaded: {message}',
  'app.notFound': 'This page does not exist.',
  'app.footer':
    'Data: Statistical Offices of the Federation and the Länder, Federal Employment Agency, © GeoBasis-DE / BKG. Data licence Germany – attribution – version 2.0.',
  'nav.label': 'Main navigation',
  'nav.region': 'Region',
  'nav.indicators': 'Indicators',
  'nav.data': 'Data',
  'lang.switch': 'Deutsch',
  'lang.switchLabel': 'Auf Deutsch umschalten',
  'picker.label': 'Find a region',
  'picker.placeholder': 'District or key, e.g. Stade',
  'picker.results': '{count} results',
  'picker.none': 'No district found',
  'region.ags': 'Key {key}',
  'region.land': 'State',
  'region.type': 'Type',
  'region.population': 'Population',
  'region.area': 'Area',
  'region.density': 'Population density (per km²)',
  'region.asOf': 'as of {date}',
  'region.source':
    'Source: Gemeindeverzeichnis (GV-ISys), © Federal Statistical Office (Destatis), Data licence Germany – attribution – version 2.0',
  'region.map': 'Location in the state',
  'region.mapLabel': 'Map of the districts of {land}; {name} is highlighted.',
  'region.neighbours': 'Neighbouring districts',
  'region.noNeighbours': 'No neighbours known.',
  'region.keyFigures': 'Key figures',
  'region.keyFiguresIntro': 'All indicators with imported data, for the latest available year.',
  'region.notFound': 'Region {key} not found.',
  'card.land': 'State',
  'card.bund': 'Germany',
  'card.noData': 'No values for this region.',
  'card.more': 'Open indicator',
  'card.missingComparison': 'missing',
  'card.newer': '{period}: {marker}',
  'catalogue.title': 'Indicators',
  'catalogue.intro':
    'The catalogue of local education monitoring with the data situation of this installation.',
  'catalogue.search': 'Search',
  'catalogue.searchPlaceholder': 'Name, id or table',
  'catalogue.theme': 'Theme',
  'catalogue.allThemes': 'All themes',
  'catalogue.count': '{count} of {total} indicators',
  'catalogue.empty': 'No indicator matches the search.',
  'status.computable': 'computable',
  'status.partial': 'tables missing',
  'status.not_imported': 'tables missing',
  'status.no_formula': 'not yet computed',
  'status.missingTables': 'Missing: {tables}',
  'status.withoutCode': 'table without code',
  'indicator.region': 'Region',
  'indicator.compare': 'Compare with',
  'indicator.compareLand': 'State',
  'indicator.compareBund': 'Germany',
  'indicator.compareNeighbours': 'Neighbouring districts',
  'indicator.comparePeers': 'Peer districts',
  'indicator.chart': 'Over time',
  'indicator.chartLabel':
    '{name}: time series for {region} and comparison regions. The values are in the table below.',
  'indicator.table': 'Table',
  'indicator.period': 'Period',
  'indicator.unit': 'Unit: {unit}',
  'indicator.sources': 'Sources',
  'indicator.sourceTable': 'Table',
  'indicator.publisher': 'Publisher',
  'indicator.vintage': 'As of',
  'indicator.licence': 'Licence',
  'indicator.noSources': 'No table imported yet.',
  'indicator.markers': 'Markers',
  'indicator.definition': 'Definition',
  'indicator.rank': 'Rank {rank} of {of} districts with a value ({period})',
  'indicator.noValues': 'No values for {region}.',
  'indicator.missingTables': 'Tables missing: {tables}',
  'indicator.theme': 'Theme {theme}',
  'data.title': 'Data',
  'data.soon':
    'The list of datasets and importing in the browser will follow. Until then: the command line "npx bildungsregion import FILE" or the API at /api/v1/docs.',
  'flag..': 'confidential',
  'flag.x': 'blocked',
  'flag./': 'not reliable enough',
  'flag....': 'available later',
  'flag.*': 'anonymised',
  'flag.-': 'nil',
  'flag.0': 'less than half of 1',
  'flag.()': 'limited validity',
  'flag.p': 'provisional',
  'flag.r': 'revised',
  'flag.s': 'estimated',
  'flag.e': 'final',
  'flag.missing': 'no data',
  'flag.div0': 'division by zero',
  'flagLong..': 'value unknown or to be kept confidential',
  'flagLong.x': 'cell blocked because a statement would not be meaningful',
  'flagLong./': 'no figure, value not reliable enough',
  'flagLong....': 'figure will be available later',
  'flagLong.*': 'anonymised (statistics of the Federal Employment Agency)',
  'flagLong.-': 'nil / exactly zero',
  'flagLong.0': 'less than half of 1 in the last digit shown, but more than nothing',
  'flagLong.()': 'limited validity',
  'flagLong.p': 'provisional figure',
  'flagLong.r': 'revised figure',
  'flagLong.s': 'estimated figure',
  'flagLong.e': 'final figure',
  'flagLong.missing': 'no data imported or not collected',
  'flagLong.div0': 'denominator is zero, no value can be computed',
};

const dictionaries: Record<Language, Record<MessageKey, string>> = { de, en };

/** Markers the interface explains, in the order of the official Zeichenerklärung. */
export const MARKERS = [
  '-',
  '0',
  '.',
  '...',
  '/',
  'x',
  '()',
  '*',
  'p',
  'r',
  's',
  'e',
  'missing',
  'div0',
] as const;

/** Markers the indicator engine adds; they never appear in a source table, so no symbol is shown. */
export const ENGINE_MARKERS: readonly string[] = ['missing', 'div0'];

export type Params = Record<string, string | number>;

export function translate(language: Language, key: MessageKey, params?: Params): string {
  const text = dictionaries[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Short label of a marker ("geheim"); an unknown marker is shown as itself. */
export function markerLabel(language: Language, flag: string): string {
  const key = `flag.${flag}`;
  return key in de ? translate(language, key as MessageKey) : flag;
}

export function markerDescription(language: Language, flag: string): string {
  const key = `flagLong.${flag}`;
  return key in de ? translate(language, key as MessageKey) : flag;
}

/** For tests: both dictionaries must have the same keys and placeholders. */
export function dictionaryKeys(language: Language): string[] {
  return Object.keys(dictionaries[language]);
}
