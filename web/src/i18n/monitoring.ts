/** Texts of the monitoring pages added to the dictionaries in ../i18n.ts: dashboards, pyramid, downloads, embedding. */

export const de = {
  'app.signInRequired':
    'Diese Seite ist nur für angemeldete Nutzerinnen und Nutzer des Bildungsbüros sichtbar.',
  'nav.themes': 'Themen',
  'card.trend': 'Verlauf {from} bis {to}',
  'region.themeDashboard': 'Dashboard {theme}',
  'monitoring.xlsx': 'XLSX (Arbeitsmappe)',
  'monitoring.measure': 'Darstellung',
  'monitoring.absolute': 'Werte ({unit})',
  'monitoring.relative': 'Veränderung seit Beginn (%)',
  'monitoring.relativeNote':
    'Jede Linie zeigt die Veränderung gegenüber ihrem ersten Wert in Prozent; für {period} ist das 0 %.',
  'monitoring.relativeChartLabel':
    'Liniendiagramm: Veränderung von {name} in Prozent, {region} und Vergleiche',
  'monitoring.relativeCaption': '{name}: Veränderung gegenüber dem ersten Wert in Prozent',
  'monitoring.embed': 'Einbetten',
  'monitoring.embedIntro':
    'Mit diesem Code zeigt eine andere Website (z. B. die des Landkreises) das Diagramm mit Quellen und einem Link auf diese Seite.',
  'monitoring.embedCode': 'HTML-Code',
  'monitoring.embedCopy': 'Code kopieren',
  'monitoring.embedCopied': 'Code kopiert.',
  'monitoring.embedOpen': 'Vollständige Ansicht mit Karte, Tabelle und Downloads',
  'pyramid.heading': 'Bevölkerung nach Alter und Geschlecht',
  'pyramid.intro':
    'Stichtag {period}. Balken: Anteil an der Gesamtbevölkerung je Altersjahr in Prozent (Gruppen von 2 bis 10 Jahren werden so vergleichbar; „75 Jahre und mehr“ als 15 Jahre gerechnet); gestrichelt das Land.',
  'pyramid.aggregated': '{name} ist als Summe seiner Kreise berechnet.',
  'pyramid.missing':
    'Keine Bevölkerungstabelle nach Altersgruppen und Geschlecht importiert (z. B. 12411-0018 oder 12411-02-03-4).',
  'pyramid.label':
    'Bevölkerungspyramide {name}, {period}: Männer links, Frauen rechts, Anteile je Altersjahr in Prozent',
  'pyramid.caption': 'Bevölkerung {name} nach Altersgruppen und Geschlecht, {period}',
  'pyramid.tableToggle': 'Zahlen als Tabelle',
  'pyramid.age': 'Altersgruppe',
  'pyramid.male': 'Männer',
  'pyramid.female': 'Frauen',
  'pyramid.shareMale': 'Anteil Männer',
  'pyramid.shareFemale': 'Anteil Frauen',
  'pyramid.shareComparison': 'Anteil {name}',
  'pyramid.comparison': '{name}',
  'pyramid.source': 'Quelle: {publisher}, {title} ({table}), Stand {vintage}',
  'theme.others': 'Themen-Dashboards',
  'theme.summary': '{computable} von {total} Indikatoren mit Daten',
  'theme.nothingComputable': 'Für dieses Thema sind noch keine Indikatoren berechenbar.',
  'theme.waiting': 'Noch ohne Daten',
  'theme.waitingIntro': 'Diese Indikatoren werden berechnet, sobald die genannten Tabellen importiert sind:',
  'theme.intro.A':
    'Rahmenbedingungen: Bevölkerung und ihre Altersstruktur, Wanderungen, wirtschaftliche und soziale Lage – die Ausgangslage, vor der das Bildungswesen des Kreises arbeitet.',
  'theme.intro.C':
    'Frühkindliche Bildung: Betreuungsquoten, Plätze und Personal in Kindertageseinrichtungen und Kindertagespflege.',
  'theme.intro.D':
    'Allgemeinbildende Schulen: Schülerinnen und Schüler nach Schulart, Übergänge und Abschlüsse, Abgänge ohne Abschluss.',
  'theme.intro.E':
    'Berufliche Bildung und Übergang Schule–Beruf: Ausbildung, Übergangsbereich, berufliche Schulen und ihre Abschlüsse.',
  'theme.intro.H':
    'Arbeitsmarkt und Fachkräfte: Beschäftigung, Qualifikation, Arbeitslosigkeit und Engpässe am Arbeitsmarkt.',
  'theme.intro.G':
    'Weiterbildung: Teilnahme an beruflicher und allgemeiner Weiterbildung und ihre Förderung.',
} as const;

export const en: Record<keyof typeof de, string> = {
  'app.signInRequired': 'This page is visible only to signed-in users of the education office.',
  'nav.themes': 'Themes',
  'card.trend': 'Trend {from} to {to}',
  'region.themeDashboard': 'Dashboard {theme}',
  'monitoring.xlsx': 'XLSX (workbook)',
  'monitoring.measure': 'Show',
  'monitoring.absolute': 'Values ({unit})',
  'monitoring.relative': 'Change since start (%)',
  'monitoring.relativeNote':
    'Each line shows the change against its first value in per cent; {period} is 0 %.',
  'monitoring.relativeChartLabel': 'Line chart: change of {name} in per cent, {region} and comparisons',
  'monitoring.relativeCaption': '{name}: change against the first value in per cent',
  'monitoring.embed': 'Embed',
  'monitoring.embedIntro':
    'With this code another website (e.g. the district’s) shows the chart with its sources and a link to this page.',
  'monitoring.embedCode': 'HTML code',
  'monitoring.embedCopy': 'Copy code',
  'monitoring.embedCopied': 'Code copied.',
  'monitoring.embedOpen': 'Full view with map, table and downloads',
  'pyramid.heading': 'Population by age and sex',
  'pyramid.intro':
    'Reference date {period}. Bars: share of the total population per year of age in per cent (so that groups of 2 to 10 years compare; “75 and over” counted as 15 years); dashed: the state.',
  'pyramid.aggregated': '{name} is computed as the sum of its districts.',
  'pyramid.missing': 'No population table by age group and sex imported (e.g. 12411-0018 or 12411-02-03-4).',
  'pyramid.label':
    'Population pyramid {name}, {period}: men left, women right, shares per year of age in per cent',
  'pyramid.caption': 'Population {name} by age group and sex, {period}',
  'pyramid.tableToggle': 'Figures as a table',
  'pyramid.age': 'Age group',
  'pyramid.male': 'Men',
  'pyramid.female': 'Women',
  'pyramid.shareMale': 'Share of men',
  'pyramid.shareFemale': 'Share of women',
  'pyramid.shareComparison': 'Share {name}',
  'pyramid.comparison': '{name}',
  'pyramid.source': 'Source: {publisher}, {title} ({table}), as of {vintage}',
  'theme.others': 'Theme dashboards',
  'theme.summary': '{computable} of {total} indicators with data',
  'theme.nothingComputable': 'No indicator of this theme can be computed yet.',
  'theme.waiting': 'Not yet with data',
  'theme.waitingIntro': 'These indicators are computed as soon as the named tables are imported:',
  'theme.intro.A':
    'Framework conditions: population and its age structure, migration, the economic and social situation – the setting in which the district’s education system works.',
  'theme.intro.C':
    'Early childhood education: care rates, places and staff in day-care centres and childminding.',
  'theme.intro.D':
    'General-education schools: pupils by school type, transitions and certificates, leavers without a certificate.',
  'theme.intro.E':
    'Vocational education and the transition from school to work: training, the transition sector, vocational schools and their certificates.',
  'theme.intro.H':
    'Labour market and skilled workers: employment, qualifications, unemployment and labour shortages.',
  'theme.intro.G':
    'Continuing education: participation in vocational and general continuing education and its funding.',
};
