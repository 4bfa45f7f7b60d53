import type { IndicatorDefinition, IndicatorSource } from './types.ts';

/**
 * The 60 standard indicators of /work/shared/domain/indicators.md (ids, order and themes as there).
 *
 * Formulas use the codes the product's importers produce for the official files in shared/data
 * (checked by importing them): official GENESIS codes where the file carries them (`BEVSTD`, `ERW032`,
 * `GES`/`GESW`, `NAT`/`NATA`, `WZ08-…`), otherwise the slugs of ADR 0004 built from the column headers of
 * the classic table CSV. A slug changes when the publisher changes a label; the notes name the fragile ones.
 */

// ---------------------------------------------------------------------------------------------------------
// Formula building blocks

function ref(table: string, measure: string, filter?: string): string {
  return filter ? `{${table}:${measure} | ${filter}}` : `{${table}:${measure}}`;
}

/** `a / b * 100`; `/` already yields `div0` instead of infinity (docs/FORMULAS.md). */
function percent(numerator: string, denominator: string): string {
  return `${numerator} / ${denominator} * 100`;
}

// 21111-02-06-4 Absolvierende/Abgehende allgemeinbildender Schulen (classic table CSV, slugs of ADR 0004)
const LEAVERS = '21111-02-06-4';
const leavers = (measure: string) => ref(LEAVERS, measure);
const LEAVERS_TOTAL = leavers('absolvierende_abgehende');

// 21111-01-03-4 Schulen, Schülerinnen und Schüler nach Schularten. The school type is a row feature without a
// header in the file, so the importer names the dimension `merkmal_1`.
const PUPILS = '21111-01-03-4';
const pupils = (filter?: string) => ref(PUPILS, 'schuelerinnen_und_schueler', filter);
const GRADE_7 = 'klassenstufe_jahrgangsstufe=7_klassenstufe';

// 12411-0018 Bevölkerung: Kreise, Stichtag, Geschlecht, Altersgruppen (GENESIS-Online). The 17 age groups are
// measures, sex is the only dimension and the file has no totals, so every group is summed over GES=*.
const POP_AGE = '12411-0018';
const AGE_0_19 = [
  'unter_3_jahre',
  '3_bis_unter_6_jahre',
  '6_bis_unter_10_jahre',
  '10_bis_unter_15_jahre',
  '15_bis_unter_18_jahre',
  '18_bis_unter_20_jahre',
];
const AGE_20_64 = [
  '20_bis_unter_25_jahre',
  '25_bis_unter_30_jahre',
  '30_bis_unter_35_jahre',
  '35_bis_unter_40_jahre',
  '40_bis_unter_45_jahre',
  '45_bis_unter_50_jahre',
  '50_bis_unter_55_jahre',
  '55_bis_unter_60_jahre',
  '60_bis_unter_65_jahre',
];
const AGE_65_PLUS = ['65_bis_unter_75_jahre', '75_jahre_und_mehr'];
const populationOfAgeGroups = (groups: readonly string[]) =>
  `sum(${groups.map((group) => ref(POP_AGE, `bevoelkerungsstand__${group}`, 'GES=*')).join(', ')})`;
const POP_0_19 = populationOfAgeGroups(AGE_0_19);
const POP_20_64 = populationOfAgeGroups(AGE_20_64);
const POP_65_PLUS = populationOfAgeGroups(AGE_65_PLUS);
const POP_AGE_TOTAL = populationOfAgeGroups([...AGE_0_19, ...AGE_20_64, ...AGE_65_PLUS]);

// 12411-01-01-4 Bevölkerungsstand (flat/ffcsv with official codes)
const POP_TOTAL = ref('12411-01-01-4', 'BEVSTD');

// 13211-02-05-4 Arbeitslose und Arbeitslosenquoten (classic table CSV, slugs; the rates are published)
const UNEMPLOYMENT = '13211-02-05-4';

// 13111-0002 SvB am Arbeitsort nach Berufsabschluss (GENESIS-Online flat CSV, official codes, Deutschland only).
// The file has no "Insgesamt" of BERAB2; "Ohne Angabe" (OA) is left out of the denominator.
const SVB_QUALIFICATION = '13111-0002';
const svbByQualification = (attributes: string) =>
  ref(SVB_QUALIFICATION, 'ERW065', `BERAB2 in (${attributes})`);
const SVB_KNOWN_QUALIFICATION = svbByQualification('BERAB-X-01, BERAB-ANK-01, BERAB-AKD-01');

// 13111-07-05-4 SvB am Arbeitsort nach Wirtschaftszweigen (classic table CSV; sectors mapped to WZ08 codes)
const SVB_SECTORS_TABLE = '13111-07-05-4';
const SVB_SECTOR_MEASURE = 'sozialversicherungspfl_beschaeftigte';

/**
 * Share of employees (workplace) in one WZ 2008 sector of 13111-07-05-4, in %: the `sector`
 * disaggregation of `svb_workplace_total`. `sector` is an attribute code of the importer's `WZ08`
 * dimension, e.g. `WZ08-C` (Verarbeitendes Gewerbe), `WZ08-B-F`, `WZ08-G-U`, `WZ08-O-Q`.
 */
export function svbSectorShareFormula(sector: string): string {
  return percent(
    ref(SVB_SECTORS_TABLE, SVB_SECTOR_MEASURE, `WZ08=${sector}`),
    ref(SVB_SECTORS_TABLE, SVB_SECTOR_MEASURE),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Sources used by several indicators

const SRC_POP_TOTAL: IndicatorSource = {
  system: 'regionalstatistik',
  table: '12411-01-01-4',
  title: 'Bevölkerung nach Geschlecht, Stichtag 31.12., Kreise',
  verification: 'verified',
  note: 'Am besten als Flat-Datei (ffcsv) mit allen Stichtagen laden: Messgröße BEVSTD, Merkmal GES.',
};
const SRC_POP_AGE_GROUPS: IndicatorSource = {
  system: 'genesis-online',
  table: '12411-0018',
  title: 'Bevölkerung: Kreise, Stichtag, Geschlecht, Altersgruppen (Fortschreibung des Bevölkerungsstandes)',
  verification: 'verified',
  note: '17 Altersgruppen × Geschlecht, ohne Summenspalten; die vorliegende Datei reicht von 31.12.2015 bis 31.12.2020 (Basis Zensus 2011).',
};
const SRC_POP_AGE_GROUPS_RS: IndicatorSource = {
  system: 'regionalstatistik',
  table: '12411-02-03-4',
  title: 'Bevölkerung nach Geschlecht und Altersgruppen (17), Stichtag 31.12., Kreise',
  verification: 'verified',
  note: 'Gleiche Altersgruppen wie 12411-0018; die Messgrößencodes nach dem Import prüfen, bevor die Formel umgestellt wird.',
};
const SRC_POP_SINGLE_YEARS: IndicatorSource = {
  system: 'regionalstatistik',
  table: '12411-04-02-4',
  title: 'Bevölkerung nach Geschlecht und Altersjahren, Stichtag 31.12., Kreise',
  verification: 'secondary',
};
const SRC_LEAVERS: IndicatorSource = {
  system: 'regionalstatistik',
  table: LEAVERS,
  title:
    'Absolvierende/Abgehende allgemeinbildender Schulen nach Geschlecht und Abschlussarten, Schuljahr, Kreise',
  verification: 'verified',
  note: 'CSV: https://www.regionalstatistik.de/genesisws/downloader/00/tables/21111-02-06-4_00.csv',
};
const SRC_VOCATIONAL_LEAVERS: IndicatorSource = {
  system: 'regionalstatistik',
  table: '21121-02-02-4',
  title: 'Absolvierende/Abgehende beruflicher Schulen nach Geschlecht und Abschlussarten, Schuljahr, Kreise',
  verification: 'verified',
  note: 'CSV: https://www.regionalstatistik.de/genesisws/downloader/00/tables/21121-02-02-4_00.csv',
};
const SRC_PUPILS: IndicatorSource = {
  system: 'regionalstatistik',
  table: PUPILS,
  title: 'Schulen, Schülerinnen und Schüler nach Schularten, Stichtag Schuljahresbeginn, Kreise',
  verification: 'verified',
};
const SRC_UNEMPLOYMENT: IndicatorSource = {
  system: 'regionalstatistik',
  table: UNEMPLOYMENT,
  title:
    'Arbeitslose nach ausgewählten Personengruppen sowie Arbeitslosenquoten, Jahresdurchschnitt, Kreise (Daten der Bundesagentur für Arbeit)',
  verification: 'verified',
};
const SRC_SVB_QUALIFICATION_DE: IndicatorSource = {
  system: 'genesis-online',
  table: SVB_QUALIFICATION,
  title:
    'Sozialversicherungspflichtig Beschäftigte am Arbeitsort nach Berufsabschluss und Geschlecht, Deutschland',
  verification: 'verified',
  note: 'Nur Deutschland (Vergleichswert); Stichtage vierteljährlich.',
};
const SRC_SVB_QUALIFICATION_K: IndicatorSource = {
  system: 'regionalstatistik',
  table: '13111-11-04-4',
  title:
    'Sozialversicherungspflichtig Beschäftigte am Arbeitsort nach Berufsabschluss, Stichtag 30.06., Kreise',
  verification: 'secondary',
  note: 'Für Kreiswerte herunterladen (am besten als Flat-Datei); danach die Formel auf diese Tabelle umstellen und die Codes des Merkmals Berufsabschluss prüfen.',
};
const SRC_KJH_STATISTICS: IndicatorSource = {
  system: 'regionalstatistik',
  table: null,
  title:
    'Kinder- und Jugendhilfestatistik: Kinder und tätige Personen in Tageseinrichtungen (Reihe 22541/22543)',
  verification: 'guess',
  note: 'Kreistabelle mit diesem Merkmal noch nicht gefunden; ggf. Sonderauswertung beim LSN anfragen.',
};

// ---------------------------------------------------------------------------------------------------------
// The catalogue

export const STANDARD_INDICATORS: readonly IndicatorDefinition[] = [
  // A – Rahmenbedingungen ---------------------------------------------------------------------------------
  {
    id: 'population_total',
    theme: 'A',
    nameDe: 'Bevölkerung insgesamt',
    nameEn: 'Total population',
    definitionDe:
      'Einwohnerinnen und Einwohner mit Hauptwohnsitz laut Fortschreibung des Bevölkerungsstandes am 31.12.',
    formula: POP_TOTAL,
    unit: 'Personen',
    decimals: 0,
    polarity: 'neutral',
    disaggregations: ['sex', 'nationality', 'age_group'],
    sources: [
      SRC_POP_TOTAL,
      {
        system: 'regionalstatistik',
        table: '12411-01-01-5',
        title: 'Bevölkerung nach Geschlecht, Stichtag 31.12., Gemeinden',
        verification: 'secondary',
      },
      {
        system: 'genesis-online',
        table: '12411-0015',
        title: 'Bevölkerung: Kreise, Stichtag',
        verification: 'secondary',
      },
      SRC_POP_AGE_GROUPS,
    ],
    regionalLevels: ['K', 'G'],
    periodicity: 'jährlich, Stichtag 31.12.',
    verification: 'verified',
    notes:
      'Die Datei in shared/data enthält nur den Stichtag 31.12.2024. Für frühere Jahre liefert 12411-0018 dieselbe Größe als Summe der Altersgruppen (bis 31.12.2020). Brüche durch die Zensus-Neuberechnungen 2011 und 2022 beachten.',
  },
  {
    id: 'population_change_rate',
    theme: 'A',
    nameDe: 'Bevölkerungsentwicklung',
    nameEn: 'Population change rate',
    definitionDe:
      'Veränderung der Bevölkerung gegenüber dem Stichtag ein Jahr zuvor in Prozent: (Bevölkerung im Jahr t − Bevölkerung im Jahr t−1) ÷ Bevölkerung im Jahr t−1 × 100.',
    formula: `(${POP_AGE_TOTAL} - lag(${POP_AGE_TOTAL}, 1)) / lag(${POP_AGE_TOTAL}, 1) * 100`,
    unit: '%',
    decimals: 1,
    polarity: 'neutral',
    disaggregations: ['age_group'],
    sources: [SRC_POP_AGE_GROUPS, SRC_POP_TOTAL],
    regionalLevels: ['K', 'G'],
    periodicity: 'jährlich, Stichtag 31.12. (Abstand 1 Jahr; 5 Jahre als Variante)',
    verification: 'verified',
    notes:
      'Die Formel summiert die 17 Altersgruppen × Geschlecht von 12411-0018, weil nur diese Datei eine Zeitreihe hat (31.12.2015–31.12.2020). Liegt 12411-01-01-4 als Zeitreihe vor, lautet sie ({12411-01-01-4:BEVSTD} - lag({12411-01-01-4:BEVSTD}, 1)) / lag({12411-01-01-4:BEVSTD}, 1) * 100. Für die 5-Jahres-Entwicklung lag(…, 5) verwenden. Brüche durch Zensus-Neuberechnungen (2011, 2022) kennzeichnen.',
  },
  {
    id: 'youth_dependency_ratio',
    theme: 'A',
    nameDe: 'Jugendquotient',
    nameEn: 'Youth dependency ratio',
    definitionDe: 'Personen unter 20 Jahren je 100 Personen von 20 bis unter 65 Jahren, Stichtag 31.12.',
    formula: `${POP_0_19} / ${POP_20_64} * 100`,
    unit: 'je 100',
    decimals: 1,
    polarity: 'neutral',
    disaggregations: ['sex'],
    sources: [SRC_POP_AGE_GROUPS, SRC_POP_AGE_GROUPS_RS, SRC_POP_SINGLE_YEARS],
    regionalLevels: ['K', 'G'],
    periodicity: 'jährlich, Stichtag 31.12.',
    verification: 'verified',
    notes:
      'Altersgrenzen nach den Gruppen von 12411-0018: 0 bis unter 20 = „unter 3 Jahre“ bis „18 bis unter 20 Jahre“, 20 bis unter 65 = „20 bis unter 25 Jahre“ bis „60 bis unter 65 Jahre“. Die Tabelle hat keine Summen; jede Gruppe wird über beide Geschlechter (GES=*) summiert. Andere Abgrenzungen (0–17 / 18–64) brauchen Einzelaltersjahre (12411-04-02-4).',
  },
  {
    id: 'old_age_dependency_ratio',
    theme: 'A',
    nameDe: 'Altenquotient',
    nameEn: 'Old-age dependency ratio',
    definitionDe: 'Personen ab 65 Jahren je 100 Personen von 20 bis unter 65 Jahren, Stichtag 31.12.',
    formula: `${POP_65_PLUS} / ${POP_20_64} * 100`,
    unit: 'je 100',
    decimals: 1,
    polarity: 'neutral',
    disaggregations: ['sex'],
    sources: [SRC_POP_AGE_GROUPS, SRC_POP_AGE_GROUPS_RS],
    regionalLevels: ['K', 'G'],
    periodicity: 'jährlich, Stichtag 31.12.',
    verification: 'verified',
    notes:
      'Altersgrenzen nach den Gruppen von 12411-0018: 65 und älter = „65 bis unter 75 Jahre“ + „75 Jahre und mehr“, 20 bis unter 65 = „20 bis unter 25 Jahre“ bis „60 bis unter 65 Jahre“. Die Tabelle hat keine Summen; jede Gruppe wird über beide Geschlechter (GES=*) summiert.',
  },
  {
    id: 'mean_age',
    theme: 'A',
    nameDe: 'Durchschnittsalter der Bevölkerung',
    nameEn: 'Mean age of the population',
    definitionDe:
      'Arithmetisches Mittel des Alters der Bevölkerung am 31.12., wie von der amtlichen Statistik veröffentlicht.',
    formula: null,
    unit: 'Jahre',
    decimals: 1,
    polarity: 'neutral',
    disaggregations: ['sex'],
    sources: [
      {
        system: 'regionalstatistik',
        table: '12411-07-01-4',
        title: 'Durchschnittsalter der Bevölkerung, Stichtag 31.12., Kreise',
        verification: 'secondary',
      },
      {
        system: 'regionalstatistik',
        table: '12411-10-01-4',
        title: 'Medianalter der Bevölkerung, Stichtag 31.12., Kreise',
        verification: 'secondary',
      },
      SRC_POP_SINGLE_YEARS,
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag 31.12.',
    verification: 'secondary',
    notes:
      'Keine Formel: Die Altersgruppen von 12411-0018 sind zu grob (offene Gruppe „75 und mehr“). Den veröffentlichten Wert laden oder aus Einzelaltersjahren berechnen.',
  },
  {
    id: 'foreign_nationals_share',
    theme: 'A',
    nameDe: 'Ausländeranteil',
    nameEn: 'Share of foreign nationals',
    definitionDe:
      'Anteil der Personen ohne deutsche Staatsangehörigkeit an der Bevölkerung in Prozent, Stichtag 31.12.',
    formula: percent(ref('12521-0040', 'auslaender'), POP_TOTAL),
    unit: '%',
    decimals: 1,
    polarity: 'neutral',
    disaggregations: ['sex', 'age_group'],
    sources: [
      {
        system: 'genesis-online',
        table: '12521-0040',
        title: 'Ausländer: Kreise, Stichtag, Geschlecht (Ausländerstatistik)',
        verification: 'verified',
        note: 'Vorliegende Datei: Stichtag 31.12.2022.',
      },
      SRC_POP_TOTAL,
      {
        system: 'regionalstatistik',
        table: '12411-03-03-4',
        title: 'Bevölkerung nach Geschlecht, Nationalität und Altersgruppen, Stichtag 31.12., Kreise',
        verification: 'secondary',
        note: 'Zähler und Nenner aus derselben Fortschreibung; vorzuziehen, sobald verfügbar.',
      },
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag 31.12.',
    verification: 'verified',
    notes:
      'Zähler (12521-0040, Stichtag 31.12.2022) und Nenner (12411-01-01-4, in shared/data nur 31.12.2024) haben noch keinen gemeinsamen Stichtag; das Ergebnis ist daher „missing“, bis 12411-01-01-4 mit Stichtag 31.12.2022 (oder 12521-0040 mit 31.12.2024) importiert ist. Die Ausländerstatistik (Ausländerzentralregister) weicht von der Fortschreibung ab; mit 12411-03-03-4 stammen beide Größen aus derselben Quelle. Staatsangehörigkeit ist nicht Migrationshintergrund/Einwanderungsgeschichte.',
  },
  {
    id: 'net_migration_rate',
    theme: 'A',
    nameDe: 'Wanderungssaldo je 1.000 Einwohner',
    nameEn: 'Net migration per 1,000 inhabitants',
    definitionDe:
      'Zuzüge minus Fortzüge über die Kreisgrenze je 1.000 Einwohner (Durchschnittsbevölkerung des Jahres).',
    formula: null,
    unit: 'je 1.000',
    decimals: 1,
    polarity: 'neutral',
    disaggregations: ['age_group', 'nationality', 'sex'],
    sources: [
      {
        system: 'regionalstatistik',
        table: '12711-01-03-4',
        title: 'Zu- und Fortzüge über Kreisgrenzen, Kreise',
        verification: 'secondary',
      },
      {
        system: 'other',
        table: null,
        title: 'Kreiswanderungsmatrix der Statistischen Ämter (statistikportal.de), für Herkunft und Ziel',
        verification: 'guess',
      },
      SRC_POP_TOTAL,
    ],
    regionalLevels: ['K', 'G'],
    periodicity: 'jährlich',
    verification: 'secondary',
    notes:
      'Der altersspezifische Saldo der 18- bis 24- und 25- bis 29-Jährigen ist das wichtigste Signal für Bildungswanderung.',
  },
  {
    id: 'birth_rate',
    theme: 'A',
    nameDe: 'Lebendgeborene je 1.000 Einwohner',
    nameEn: 'Live births per 1,000 inhabitants',
    definitionDe: 'Lebendgeborene eines Jahres je 1.000 Einwohner (Durchschnittsbevölkerung des Jahres).',
    formula: null,
    unit: 'je 1.000',
    decimals: 1,
    polarity: 'neutral',
    disaggregations: [],
    sources: [
      {
        system: 'regionalstatistik',
        table: '12612-01-01-4',
        title: 'Lebendgeborene, Kreise',
        verification: 'secondary',
      },
      {
        system: 'regionalstatistik',
        table: '12613-01-01-4',
        title: 'Gestorbene, Kreise',
        verification: 'secondary',
      },
      SRC_POP_TOTAL,
    ],
    regionalLevels: ['K', 'G'],
    periodicity: 'jährlich',
    verification: 'secondary',
    notes: 'Geburten sind die wichtigste Eingangsgröße für den Kita-Bedarf (siehe workforce-projection.md).',
  },
  {
    id: 'gdp_per_employed',
    theme: 'A',
    nameDe: 'Bruttoinlandsprodukt je Erwerbstätigen',
    nameEn: 'GDP per person in employment',
    definitionDe: 'Nominales Bruttoinlandsprodukt geteilt durch die Zahl der Erwerbstätigen am Arbeitsort.',
    formula: null,
    unit: 'EUR',
    decimals: 0,
    polarity: 'higher_is_better',
    disaggregations: [],
    sources: [
      {
        system: 'regionalstatistik',
        table: '82111-01-05-4',
        title:
          'Bruttoinlandsprodukt und Bruttowertschöpfung nach Wirtschaftsbereichen, Kreise (VGR der Länder)',
        verification: 'verified',
      },
      {
        system: 'regionalstatistik',
        table: '13312-01-05-4',
        title: 'Erwerbstätige am Arbeitsort, Kreise (Erwerbstätigenrechnung)',
        verification: 'secondary',
      },
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich, rund 2 Jahre Verzug (VGR der Länder)',
    verification: 'verified',
  },
  {
    id: 'disposable_income_per_capita',
    theme: 'A',
    nameDe: 'Verfügbares Einkommen der privaten Haushalte je Einwohner',
    nameEn: 'Disposable household income per inhabitant',
    definitionDe:
      'Verfügbares Einkommen der privaten Haushalte (einschließlich privater Organisationen ohne Erwerbszweck) je Einwohner, wie von der VGR der Länder veröffentlicht.',
    formula: ref('82411-01-03-4', 'verfueg_einkommen_der_priv_haushalte'),
    unit: 'EUR',
    decimals: 0,
    polarity: 'higher_is_better',
    disaggregations: [],
    sources: [
      {
        system: 'regionalstatistik',
        table: '82411-01-03-4',
        title: 'Verfügbares Einkommen der privaten Haushalte, Jahressumme, Kreise (VGR der Länder)',
        verification: 'verified',
      },
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich, rund 2 Jahre Verzug (VGR der Länder)',
    verification: 'verified',
    notes:
      'Die Formel nimmt den veröffentlichten Wert je Einwohner (Spalte „verfüg. Einkommen der priv. Haushalte je Einwohner“, EUR). Der Code ist ein auf 40 Zeichen gekürzter Slug ohne „je Einwohner“: Ändert der Herausgeber die Beschriftung, ändert sich der Code.',
  },
  {
    id: 'sgb2_rate_under_15',
    theme: 'A',
    nameDe: 'SGB-II-Quote der unter 15-Jährigen (Kinderarmutsindikator)',
    nameEn: 'Share of children under 15 living in SGB II benefit households',
    definitionDe:
      'Nicht erwerbsfähige Leistungsberechtigte unter 15 Jahren nach dem SGB II je 100 Einwohner unter 15 Jahren.',
    formula: null,
    unit: '%',
    decimals: 1,
    polarity: 'lower_is_better',
    disaggregations: [],
    sources: [
      {
        system: 'ba',
        table: null,
        title: 'Statistik der Grundsicherung für Arbeitsuchende (SGB II), Kreis- und Gemeindetabellen',
        verification: 'guess',
        note: 'Datenprodukt belegt, genaue Tabelle nicht.',
      },
      {
        system: 'regionalstatistik',
        table: '22811-02-02-4',
        title: 'Bedarfsgemeinschaften und Personen in Bedarfsgemeinschaften (SGB II), Kreise',
        verification: 'secondary',
      },
      SRC_POP_AGE_GROUPS,
    ],
    regionalLevels: ['K', 'G'],
    periodicity: 'monatlich (einheitlich Juni- oder Dezemberwerte verwenden)',
    verification: 'guess',
    notes:
      'Der Nenner (unter 15 Jahre) ergibt sich aus 12411-0018: „unter 3 Jahre“ bis „10 bis unter 15 Jahre“; es fehlt der Zähler.',
  },

  // B – Grundinformationen zur Bildung -------------------------------------------------------------------
  {
    id: 'svb_academic_share',
    theme: 'B',
    nameDe: 'Akademikeranteil der sozialversicherungspflichtig Beschäftigten (Arbeitsort)',
    nameEn: 'Share of employees with an academic degree (workplace)',
    definitionDe:
      'Anteil der sozialversicherungspflichtig Beschäftigten am Arbeitsort mit akademischem Berufsabschluss an allen Beschäftigten mit bekanntem Berufsabschluss in Prozent.',
    formula: percent(svbByQualification('BERAB-AKD-01'), SVB_KNOWN_QUALIFICATION),
    unit: '%',
    decimals: 1,
    polarity: 'higher_is_better',
    disaggregations: ['sex'],
    sources: [
      SRC_SVB_QUALIFICATION_DE,
      SRC_SVB_QUALIFICATION_K,
      {
        system: 'regionalstatistik',
        table: '13111-12-03-4',
        title: 'Sozialversicherungspflichtig Beschäftigte am Wohnort nach Berufsabschluss, Kreise',
        verification: 'secondary',
        note: 'Wohnortvariante.',
      },
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag 30.06.',
    verification: 'verified',
    notes:
      'Die Formel liefert nur den Deutschlandwert (13111-0002 hat keine Kreise). Für Kreise 13111-11-04-4 laden und die Formel darauf umstellen. „Ausbildung unbekannt“ (OA) steht nicht im Nenner; ihren Anteil getrennt ausweisen.',
  },
  {
    id: 'svb_without_vocational_qualification_share',
    theme: 'B',
    nameDe: 'Anteil Beschäftigter ohne beruflichen Abschluss',
    nameEn: 'Share of employees without a vocational qualification',
    definitionDe:
      'Anteil der sozialversicherungspflichtig Beschäftigten am Arbeitsort ohne beruflichen Ausbildungsabschluss an allen Beschäftigten mit bekanntem Berufsabschluss in Prozent.',
    formula: percent(svbByQualification('BERAB-X-01'), SVB_KNOWN_QUALIFICATION),
    unit: '%',
    decimals: 1,
    polarity: 'lower_is_better',
    disaggregations: ['sex'],
    sources: [SRC_SVB_QUALIFICATION_DE, SRC_SVB_QUALIFICATION_K],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag 30.06.',
    verification: 'verified',
    notes:
      'Die Formel liefert nur den Deutschlandwert (13111-0002 hat keine Kreise). Für Kreise 13111-11-04-4 laden und die Formel darauf umstellen. „Ausbildung unbekannt“ (OA) steht nicht im Nenner.',
  },
  {
    id: 'pop_25_64_without_qualification_share',
    theme: 'B',
    nameDe: 'Bevölkerung 25–64 ohne beruflichen Abschluss',
    nameEn: 'Population aged 25–64 without a vocational or academic qualification',
    definitionDe:
      'Anteil der 25- bis 64-Jährigen, deren höchster Abschluss höchstens ISCED 2 entspricht (kein beruflicher oder akademischer Abschluss), in Prozent.',
    formula: null,
    unit: '%',
    decimals: 1,
    polarity: 'lower_is_better',
    disaggregations: ['sex'],
    sources: [
      {
        system: 'zensus',
        table: '2000S-3070',
        title: 'Zensus 2022: Personen ab 15 Jahren nach ISCED, Geschlecht und höchstem Schulabschluss',
        verification: 'secondary',
      },
    ],
    regionalLevels: ['K', 'G'],
    periodicity: 'nur Zensusjahre (2011, 2022)',
    verification: 'secondary',
    notes: 'Auf Kreisebene nicht jährlich verfügbar.',
  },
  {
    id: 'education_participation_16_18',
    theme: 'B',
    nameDe: 'Bildungsbeteiligungsquote der 16- bis unter 19-Jährigen',
    nameEn: 'Education participation rate of 16–18-year-olds',
    definitionDe:
      'Schülerinnen und Schüler im Alter von 16 bis unter 19 Jahren an allgemeinbildenden und beruflichen Schulen je 100 Einwohner dieses Alters.',
    formula: null,
    unit: '%',
    decimals: 1,
    polarity: 'higher_is_better',
    disaggregations: [],
    sources: [
      {
        system: 'other',
        table: null,
        title: 'Schulstatistik des Landesamts (LSN): Schülerinnen und Schüler nach Alter, Kreise',
        verification: 'guess',
      },
      SRC_POP_SINGLE_YEARS,
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich',
    verification: 'guess',
    notes:
      'Schulort ist nicht Wohnort: In Kreisen mit Schulzentren kann die Quote über 100 % liegen. 12411-0018 reicht nicht (Gruppen 15–18 und 18–20).',
  },

  // C – Frühkindliche Bildung ----------------------------------------------------------------------------
  {
    id: 'childcare_rate_under_3',
    theme: 'C',
    nameDe: 'Betreuungsquote der unter 3-Jährigen',
    nameEn: 'Childcare participation rate, children under 3',
    definitionDe:
      'Kinder unter 3 Jahren in Kindertageseinrichtungen oder öffentlich geförderter Kindertagespflege je 100 Kinder dieses Alters, Stichtag 01.03.',
    formula: null,
    unit: '%',
    decimals: 1,
    polarity: 'higher_is_better',
    disaggregations: ['age_year_0_1_2', 'care_type'],
    sources: [
      {
        system: 'regionalstatistik',
        table: '22543-03-01-4',
        title:
          'Betreute Kinder unter 3 Jahren und Betreuungsquoten nach Art der Kindertagesbetreuung, Stichtag 01.03., Kreise',
        verification: 'secondary',
        note: 'Evtl. mit Zusatz „-B“ (22543-03-01-4-B); Inhaltscodes KIND36 = Betreuungsquote, KINTE5 = Art der Betreuung.',
      },
      SRC_POP_AGE_GROUPS,
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag 01.03.',
    verification: 'secondary',
    notes:
      'Die U3-Quote aus Anzahlen berechnen, nie als Mittel der drei Einzeljahresquoten. Vergleichswerte 2023: Deutschland 36,4 %, Niedersachsen 34,9 %.',
  },
  {
    id: 'childcare_rate_3_to_5',
    theme: 'C',
    nameDe: 'Betreuungsquote der 3- bis unter 6-Jährigen',
    nameEn: 'Childcare participation rate, children aged 3–5',
    definitionDe:
      'Kinder von 3 bis unter 6 Jahren in Kindertageseinrichtungen oder Kindertagespflege je 100 Kinder dieses Alters, Stichtag 01.03.',
    formula: null,
    unit: '%',
    decimals: 1,
    polarity: 'higher_is_better',
    disaggregations: ['care_type'],
    sources: [
      {
        system: 'regionalstatistik',
        table: null,
        title: 'Kindertagesbetreuung (Reihe 22543): betreute Kinder von 3 bis unter 6 Jahren, Kreise',
        verification: 'guess',
        note: 'Tabellencode nicht verifiziert.',
      },
      SRC_POP_AGE_GROUPS,
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag 01.03.',
    verification: 'guess',
    notes:
      'Der Nenner steht in 12411-0018 („3 bis unter 6 Jahre“, Stichtag 31.12. des Vorjahres); es fehlt der Zähler.',
  },
  {
    id: 'fullday_care_share',
    theme: 'C',
    nameDe: 'Ganztagsbetreuungsquote (vertraglich > 7 Stunden täglich)',
    nameEn: 'Share of children in full-day care (> 7 h/day)',
    definitionDe:
      'Anteil der betreuten Kinder mit einer vertraglich vereinbarten Betreuungszeit von mehr als 7 Stunden täglich an allen betreuten Kindern in Prozent.',
    formula: null,
    unit: '%',
    decimals: 1,
    polarity: 'neutral',
    disaggregations: ['age_group'],
    sources: [
      {
        system: 'regionalstatistik',
        table: null,
        title: 'Kindertagesbetreuung (Reihe 22543) nach Betreuungsumfang, Kreise',
        verification: 'guess',
      },
      {
        system: 'other',
        table: null,
        title: 'statistikportal.de „Kindertagesbetreuung regional“ (Karten auf Kreisebene)',
        verification: 'verified',
        note: 'Belegt, dass die Größe auf Kreisebene veröffentlicht wird.',
      },
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag 01.03.',
    verification: 'guess',
  },
  {
    id: 'tagespflege_share_u3',
    theme: 'C',
    nameDe: 'Anteil Kindertagespflege an der U3-Betreuung',
    nameEn: 'Share of under-3s in childminding',
    definitionDe:
      'Anteil der Kinder unter 3 Jahren in Kindertagespflege an allen betreuten Kindern unter 3 Jahren in Prozent.',
    formula: null,
    unit: '%',
    decimals: 1,
    polarity: 'neutral',
    disaggregations: [],
    sources: [
      {
        system: 'regionalstatistik',
        table: '22543-03-01-4',
        title: 'Betreute Kinder unter 3 Jahren nach Art der Kindertagesbetreuung, Stichtag 01.03., Kreise',
        verification: 'secondary',
      },
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag 01.03.',
    verification: 'secondary',
  },
  {
    id: 'kita_places_per_child',
    theme: 'C',
    nameDe: 'Genehmigte Plätze je Kind in der Altersgruppe',
    nameEn: 'Approved Kita places per child of the relevant age',
    definitionDe: 'Genehmigte Plätze in Kindertageseinrichtungen je 100 Kinder unter 6 Jahren.',
    formula: null,
    unit: 'je 100',
    decimals: 1,
    polarity: 'higher_is_better',
    disaggregations: [],
    sources: [
      {
        system: 'regionalstatistik',
        table: '22541-01-01-4',
        title: 'Kindertageseinrichtungen, genehmigte Plätze, tätige Personen, Stichtag 01.03., Kreise',
        verification: 'secondary',
      },
      SRC_POP_AGE_GROUPS,
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag 01.03.',
    verification: 'secondary',
    notes: 'Der Nenner (unter 6 Jahre) steht in 12411-0018; es fehlt der Zähler.',
  },
  {
    id: 'children_per_pedagogical_staff',
    theme: 'C',
    nameDe: 'Kinder je pädagogisch tätiger Person (Näherung an den Personalschlüssel)',
    nameEn: 'Children per pedagogical staff member (proxy for staffing ratio)',
    definitionDe:
      'Betreute Kinder in Kindertageseinrichtungen je pädagogisch tätiger Person (Vollzeitäquivalent) als Näherung an den Personalschlüssel.',
    formula: null,
    unit: 'Anzahl',
    decimals: 1,
    polarity: 'lower_is_better',
    disaggregations: [],
    sources: [
      {
        system: 'regionalstatistik',
        table: '22541-01-01-4',
        title: 'Kindertageseinrichtungen, genehmigte Plätze, tätige Personen, Stichtag 01.03., Kreise',
        verification: 'secondary',
        note: 'Nur Köpfe, keine Vollzeitäquivalente.',
      },
      {
        system: 'other',
        table: null,
        title:
          'Bertelsmann Stiftung, Ländermonitor Frühkindliche Bildungssysteme (echter Personalschlüssel, nur Länder)',
        verification: 'secondary',
      },
    ],
    regionalLevels: ['K', 'L'],
    periodicity: 'jährlich, Stichtag 01.03.',
    verification: 'secondary',
    notes:
      'Ein echter Personalschlüssel (Ganztagsinanspruchnahme- und Vollzeitäquivalente nach Gruppenform) braucht auf Kreisebene FDZ-Mikrodaten oder eine Sonderauswertung des LSN.',
  },
  {
    id: 'kita_staff_aged_55_plus_share',
    theme: 'C',
    nameDe: 'Anteil des pädagogischen Kita-Personals ab 55 Jahren',
    nameEn: 'Share of Kita pedagogical staff aged 55+',
    definitionDe:
      'Anteil der pädagogisch tätigen Personen ab 55 Jahren am gesamten pädagogischen Personal in Kindertageseinrichtungen in Prozent.',
    formula: null,
    unit: '%',
    decimals: 1,
    polarity: 'lower_is_better',
    disaggregations: [],
    sources: [SRC_KJH_STATISTICS],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag 01.03.',
    verification: 'guess',
    notes: 'Risikoindikator für den Ersatzbedarf (siehe workforce-projection.md).',
  },
  {
    id: 'kita_non_german_family_language_share',
    theme: 'C',
    nameDe: 'Anteil Kinder mit vorrangig nicht-deutscher Familiensprache in Kitas',
    nameEn: 'Share of Kita children who mainly speak a language other than German at home',
    definitionDe:
      'Anteil der Kinder in Kindertageseinrichtungen, in deren Familie vorrangig nicht Deutsch gesprochen wird, an allen Kindern in Kindertageseinrichtungen in Prozent.',
    formula: null,
    unit: '%',
    decimals: 1,
    polarity: 'neutral',
    disaggregations: [],
    sources: [SRC_KJH_STATISTICS],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag 01.03.',
    verification: 'guess',
    notes:
      'Das Merkmal wird in der Kinder- und Jugendhilfestatistik erhoben; die Kreistabelle ist noch offen.',
  },

  // D – Allgemeinbildende Schulen ------------------------------------------------------------------------
  {
    id: 'pupils_general_schools',
    theme: 'D',
    nameDe: 'Schülerinnen und Schüler an allgemeinbildenden Schulen',
    nameEn: 'Pupils at general-education schools',
    definitionDe:
      'Zahl der Schülerinnen und Schüler an allgemeinbildenden Schulen im Kreis (Schulort) zu Beginn des Schuljahres.',
    formula: pupils(),
    unit: 'Personen',
    decimals: 0,
    polarity: 'neutral',
    disaggregations: ['school_type', 'sex', 'nationality'],
    sources: [SRC_PUPILS],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag Schuljahresbeginn',
    verification: 'verified',
    notes:
      'Die Schulart heißt im Import „merkmal_1“, weil die Spalte in der Datei keine Überschrift hat (z. B. merkmal_1=gymnasien); die Zeile „Insgesamt“ ist die Summe.',
  },
  {
    id: 'gymnasium_share_grade_7',
    theme: 'D',
    nameDe: 'Gymnasialquote in Klassenstufe 7',
    nameEn: 'Share of grade-7 pupils attending a Gymnasium',
    definitionDe:
      'Anteil der Schülerinnen und Schüler der 7. Klassenstufe, die ein Gymnasium besuchen, an allen Schülerinnen und Schülern der 7. Klassenstufe in Prozent.',
    formula: percent(pupils(`merkmal_1=gymnasien, ${GRADE_7}`), pupils(GRADE_7)),
    unit: '%',
    decimals: 1,
    polarity: 'neutral',
    disaggregations: [],
    sources: [SRC_PUPILS],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag Schuljahresbeginn',
    verification: 'verified',
    notes:
      'In Niedersachsen mit den Anteilen von IGS, KGS und Oberschule (Schularten mit mehreren Bildungsgängen) vergleichen; die Schulstruktur unterscheidet sich zwischen den Ländern. Codes „merkmal_1“ (Schulart, Spalte ohne Überschrift) und „klassenstufe_jahrgangsstufe=7_klassenstufe“ sind Slugs der Beschriftung.',
  },
  {
    id: 'foreign_pupils_share',
    theme: 'D',
    nameDe: 'Anteil ausländischer Schülerinnen und Schüler',
    nameEn: 'Share of pupils with foreign nationality',
    definitionDe:
      'Anteil der Schülerinnen und Schüler ohne deutsche Staatsangehörigkeit an allen Schülerinnen und Schülern allgemeinbildender Schulen in Prozent.',
    formula: percent(pupils('NAT=NATA'), pupils()),
    unit: '%',
    decimals: 1,
    polarity: 'neutral',
    disaggregations: ['school_type'],
    sources: [SRC_PUPILS],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag Schuljahresbeginn',
    verification: 'verified',
  },
  {
    id: 'special_school_share',
    theme: 'D',
    nameDe: 'Förderschulbesuchsquote',
    nameEn: 'Share of pupils attending special-needs schools (Förderschulen)',
    definitionDe:
      'Anteil der Schülerinnen und Schüler an Förderschulen an allen Schülerinnen und Schülern allgemeinbildender Schulen in Prozent.',
    formula: percent(pupils('merkmal_1=sonderschulen_foerderschulen'), pupils()),
    unit: '%',
    decimals: 1,
    polarity: 'neutral',
    disaggregations: ['sex', 'nationality'],
    sources: [SRC_PUPILS],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag Schuljahresbeginn',
    verification: 'verified',
    notes:
      'Mit Blick auf die Inklusionspolitik deuten: Kinder mit Förderbedarf an Regelschulen sind nicht enthalten. Schulart „Sonderschulen/Förderschulen“ = merkmal_1=sonderschulen_foerderschulen.',
  },
  {
    id: 'leavers_without_hsa_rate',
    theme: 'D',
    nameDe: 'Anteil der Abgänger ohne Hauptschulabschluss',
    nameEn: 'Share of school leavers without a lower-secondary certificate',
    definitionDe:
      'Anteil der Abgängerinnen und Abgänger allgemeinbildender Schulen ohne Hauptschulabschluss an allen Absolvierenden und Abgehenden desselben Schuljahres in Prozent.',
    formula: percent(leavers('absolvierende_abgehende__ohne_hauptschulabschluss'), LEAVERS_TOTAL),
    unit: '%',
    decimals: 1,
    polarity: 'lower_is_better',
    disaggregations: ['sex', 'nationality'],
    sources: [SRC_LEAVERS],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Schuljahr (Jahr, in dem es endet)',
    verification: 'verified',
    notes:
      'Nenner: alle Absolvierenden/Abgehenden desselben Jahres (Variante a; nicht mit der Quote an der Altersgruppe mischen). Schulort, nicht Wohnort. Enthält Abgänge von Förderschulen (Förderschulabschluss zählt als ohne Hauptschulabschluss); viele holen den Abschluss an berufsbildenden Schulen nach – zusammen mit vocational_leavers_catch_up lesen.',
  },
  {
    id: 'leavers_with_hsa_rate',
    theme: 'D',
    nameDe: 'Anteil der Absolventen mit Hauptschulabschluss',
    nameEn: 'Share of leavers with a Hauptschulabschluss',
    definitionDe:
      'Anteil der Absolvierenden allgemeinbildender Schulen mit Hauptschulabschluss (Erster Schulabschluss) an allen Absolvierenden und Abgehenden desselben Schuljahres in Prozent.',
    formula: percent(leavers('absolvierende_abgehende__mit_hauptschulabschluss'), LEAVERS_TOTAL),
    unit: '%',
    decimals: 1,
    polarity: 'neutral',
    disaggregations: ['sex'],
    sources: [SRC_LEAVERS],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Schuljahr (Jahr, in dem es endet)',
    verification: 'verified',
  },
  {
    id: 'leavers_with_msa_rate',
    theme: 'D',
    nameDe: 'Anteil der Absolventen mit mittlerem Abschluss',
    nameEn: 'Share of leavers with an intermediate certificate (Realschulabschluss/Sek-I)',
    definitionDe:
      'Anteil der Absolvierenden allgemeinbildender Schulen mit Mittlerem Abschluss an allen Absolvierenden und Abgehenden desselben Schuljahres in Prozent.',
    formula: percent(leavers('absolvierende_abgehende__mit_mittlerem_abschluss'), LEAVERS_TOTAL),
    unit: '%',
    decimals: 1,
    polarity: 'higher_is_better',
    disaggregations: ['sex'],
    sources: [SRC_LEAVERS],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Schuljahr (Jahr, in dem es endet)',
    verification: 'verified',
  },
  {
    id: 'leavers_with_abitur_rate',
    theme: 'D',
    nameDe: 'Anteil der Absolventen mit allgemeiner Hochschulreife',
    nameEn: 'Share of leavers with the Abitur',
    definitionDe:
      'Anteil der Absolvierenden allgemeinbildender Schulen mit allgemeiner Hochschulreife an allen Absolvierenden und Abgehenden desselben Schuljahres in Prozent.',
    formula: percent(leavers('absolvierende_abgehende__mit_allgemeiner_hochschulreife'), LEAVERS_TOTAL),
    unit: '%',
    decimals: 1,
    polarity: 'higher_is_better',
    disaggregations: ['sex'],
    sources: [SRC_LEAVERS, SRC_VOCATIONAL_LEAVERS],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Schuljahr (Jahr, in dem es endet)',
    verification: 'verified',
    notes:
      'Für eine Studienberechtigtenquote zusätzlich Fachhochschulreife und Hochschulreife der beruflichen Schulen (21121-02-02-4) berücksichtigen (siehe university_entrance_qualification_rate). Die Fachhochschulreife an allgemeinbildenden Schulen wird in Niedersachsen nicht erfasst (Zeichen „.“).',
  },
  {
    id: 'primary_fullday_coverage',
    theme: 'D',
    nameDe: 'Ganztagsquote im Primarbereich',
    nameEn: 'Share of primary-school children in a full-day offer (school or Hort)',
    definitionDe:
      'Anteil der Grundschulkinder in einem Ganztagsangebot der Schule oder im Hort an allen Grundschulkindern in Prozent.',
    formula: null,
    unit: '%',
    decimals: 1,
    polarity: 'higher_is_better',
    disaggregations: [],
    sources: [
      {
        system: 'other',
        table: null,
        title:
          'Ganztagsschüler im Primarbereich: Daten des Schulträgers bzw. des Regionalen Landesamts für Schule und Bildung (KMK nur Länder)',
        verification: 'guess',
      },
      {
        system: 'regionalstatistik',
        table: null,
        title:
          'Kinder- und Jugendhilfestatistik: Kinder im Hort bzw. Schulkinder der Klassen 1–4 (seit 1.7.2022, § 98 Nr. 1a SGB VIII)',
        verification: 'guess',
        note: 'Tabellencode noch unbekannt.',
      },
    ],
    regionalLevels: ['K', 'G'],
    periodicity: 'jährlich',
    verification: 'guess',
    notes: 'Wird für das Monitoring nach dem Ganztagsförderungsgesetz (GaFöG) gebraucht.',
  },

  // E – Berufliche Bildung -------------------------------------------------------------------------------
  {
    id: 'vocational_pupils_by_type',
    theme: 'E',
    nameDe: 'Schülerinnen und Schüler an berufsbildenden Schulen nach Schulform',
    nameEn: 'Pupils at vocational schools by school type',
    definitionDe:
      'Zahl der Schülerinnen und Schüler an berufsbildenden Schulen im Kreis nach Schulform (Berufsschule, Berufsfachschule, Berufseinstiegsschule, Fachoberschule, Berufliches Gymnasium, Fachschule).',
    formula: null,
    unit: 'Personen',
    decimals: 0,
    polarity: 'neutral',
    disaggregations: ['school_type', 'sex', 'nationality'],
    sources: [
      {
        system: 'regionalstatistik',
        table: null,
        title: 'Statistik der beruflichen Schulen (21121): Schülerinnen und Schüler nach Schularten, Kreise',
        verification: 'guess',
        note: 'Code wie 21121-01-0x-4 nicht verifiziert.',
      },
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Schuljahr',
    verification: 'guess',
  },
  {
    id: 'transition_sector_share',
    theme: 'E',
    nameDe: 'Anteil Neuzugänge im Übergangsbereich',
    nameEn: 'Share of new entrants in the transition sector',
    definitionDe:
      'Anteil der Neuzugänge in den Übergangsbereich an allen Neuzugängen in duale Ausbildung, Schulberufssystem und Übergangsbereich in Prozent.',
    formula: null,
    unit: '%',
    decimals: 1,
    polarity: 'lower_is_better',
    disaggregations: [],
    sources: [
      {
        system: 'regionalstatistik',
        table: null,
        title: 'Statistik der beruflichen Schulen (21121): Neuzugänge nach Schularten, Kreise',
        verification: 'guess',
        note: 'Näherung über Berufseinstiegsschule/BVJ, BEK und nicht qualifizierende Berufsfachschulen.',
      },
      {
        system: 'other',
        table: null,
        title: 'Integrierte Ausbildungsberichterstattung (iABE), nur Länder',
        verification: 'guess',
      },
    ],
    regionalLevels: ['K', 'L'],
    periodicity: 'jährlich',
    verification: 'guess',
    notes: 'Auf Kreisebene nur als Näherung.',
  },
  {
    id: 'vocational_leavers_catch_up',
    theme: 'E',
    nameDe: 'An berufsbildenden Schulen nachgeholte allgemeinbildende Abschlüsse',
    nameEn: 'General-education certificates earned at vocational schools',
    definitionDe:
      'Zahl der Absolvierenden und Abgehenden beruflicher Schulen mit einem allgemeinbildenden Abschluss (Hauptschulabschluss, Mittlerer Abschluss, Fachhochschulreife, Hochschulreife) im Schuljahr.',
    formula: ref('21121-02-02-4', 'absolvierende_abgehende'),
    unit: 'Personen',
    decimals: 0,
    polarity: 'higher_is_better',
    disaggregations: ['qualification', 'sex'],
    sources: [SRC_VOCATIONAL_LEAVERS],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Schuljahr (Jahr, in dem es endet)',
    verification: 'verified',
    notes:
      'Die Tabelle zählt nur Abschlüsse, „davon mit“ gliedert die Summe: absolvierende_abgehende__mit_hauptschulabschluss, __mit_mittlerem_abschluss, __fachhochschulreife, __allg_hochschulreife_einschl_fachge (Aufgliederung nach Abschluss). Der nachrichtlich ausgewiesene schulische Teil der Fachhochschulreife (nachrichtl_zus_erw_schul_teil_d) ist nicht enthalten.',
  },
  {
    id: 'new_training_contracts',
    theme: 'E',
    nameDe: 'Neu abgeschlossene Ausbildungsverträge',
    nameEn: 'New apprenticeship contracts',
    definitionDe:
      'Zahl der vom 1. Oktober des Vorjahres bis zum 30. September neu abgeschlossenen Ausbildungsverträge.',
    formula: null,
    unit: 'Anzahl',
    decimals: 0,
    polarity: 'higher_is_better',
    disaggregations: ['training_sector', 'sex'],
    sources: [
      {
        system: 'bibb',
        table: null,
        title: 'BIBB-Erhebung über neu abgeschlossene Ausbildungsverträge zum 30.09.',
        verification: 'verified',
        note: 'Regionale Einheit ist der Agenturbezirk, nicht der Kreis.',
      },
      {
        system: 'destatis',
        table: null,
        title: 'Berufsbildungsstatistik (21211), Stichtag 31.12., Kreistabellen',
        verification: 'guess',
        note: 'Tabellencode für Kreise nicht verifiziert.',
      },
    ],
    regionalLevels: ['AAB', 'L'],
    periodicity: 'jährlich, Berichtsjahr 01.10.–30.09.',
    verification: 'verified',
    notes:
      'Zuständigkeitsbereiche: Industrie und Handel, Handwerk, Öffentlicher Dienst, Landwirtschaft, Freie Berufe, Hauswirtschaft.',
  },
  {
    id: 'training_market_anr_extended',
    theme: 'E',
    nameDe: 'Erweiterte Angebots-Nachfrage-Relation (eANR)',
    nameEn: 'Extended supply–demand ratio for apprenticeship places',
    definitionDe:
      'Ausbildungsplatzangebot (neue Verträge + unbesetzte Stellen) je 100 Nachfragende (neue Verträge + unversorgte Bewerber + Bewerber mit Alternative und weiterem Vermittlungswunsch) zum 30.09.',
    formula: null,
    unit: 'je 100',
    decimals: 1,
    polarity: 'higher_is_better',
    disaggregations: [],
    sources: [
      {
        system: 'bibb',
        table: null,
        title:
          'Ausbildungsstellenangebot, -nachfrage und ANR nach Arbeitsagenturbezirken und Ländern (bibb.de/de/5472.php)',
        verification: 'verified',
      },
      {
        system: 'ba',
        table: null,
        title: 'Ausbildungsmarktstatistik der BA (Bestände zum 30.09.)',
        verification: 'verified',
      },
    ],
    regionalLevels: ['AAB', 'L'],
    periodicity: 'jährlich, Berichtsjahr 01.10.–30.09.',
    verification: 'verified',
    notes:
      'Aus Sicht der Jugendlichen ist ein hoher Wert gut; für Betriebe bedeutet über 100 Besetzungsprobleme. Das BIBB rundet Absolutwerte auf Vielfache von 3. Der Agenturbezirk Stade umfasst auch Rotenburg (Wümme); Harburg gehört zum Bezirk Lüneburg-Uelzen (mit Lüneburg, Uelzen, Lüchow-Dannenberg).',
  },
  {
    id: 'unfilled_training_places_share',
    theme: 'E',
    nameDe: 'Anteil unbesetzter Berufsausbildungsstellen',
    nameEn: 'Share of registered apprenticeship places still unfilled on 30 Sept',
    definitionDe:
      'Anteil der am 30.09. noch unbesetzten an allen bei der BA gemeldeten Berufsausbildungsstellen in Prozent.',
    formula: null,
    unit: '%',
    decimals: 1,
    polarity: 'lower_is_better',
    disaggregations: ['occupation'],
    sources: [
      {
        system: 'ba',
        table: null,
        title:
          'Ausbildungsmarktstatistik der BA (Schnittstelle API-BB: Land, Kreis, Agentur für Arbeit, Arbeitsmarktregion)',
        verification: 'verified',
        note: 'Kein Tabellencode: gemeldete und unbesetzte Berufsausbildungsstellen zum 30.09. über statistik.arbeitsagentur.de oder die Schnittstelle API-BB abrufen.',
      },
    ],
    regionalLevels: ['K', 'AAB'],
    periodicity: 'jährlich, Stichtag 30.09. (monatlich März–September)',
    verification: 'verified',
  },
  {
    id: 'unplaced_applicants_share',
    theme: 'E',
    nameDe: 'Anteil unversorgter Bewerberinnen und Bewerber',
    nameEn: 'Share of registered applicants without a place on 30 Sept',
    definitionDe:
      'Anteil der am 30.09. unversorgten an allen bei der BA gemeldeten Bewerberinnen und Bewerbern für Berufsausbildungsstellen in Prozent.',
    formula: null,
    unit: '%',
    decimals: 1,
    polarity: 'lower_is_better',
    disaggregations: ['school_qualification', 'sex', 'nationality'],
    sources: [
      {
        system: 'ba',
        table: null,
        title: 'Ausbildungsmarktstatistik der BA: Bewerberinnen und Bewerber für Berufsausbildungsstellen',
        verification: 'verified',
        note: 'Kein Tabellencode: gemeldete und unversorgte Bewerberinnen und Bewerber zum 30.09. über statistik.arbeitsagentur.de oder die Schnittstelle API-BB abrufen.',
      },
    ],
    regionalLevels: ['K', 'AAB'],
    periodicity: 'jährlich, Stichtag 30.09.',
    verification: 'verified',
  },
  {
    id: 'apprentice_ratio',
    theme: 'E',
    nameDe: 'Ausbildungsquote (Auszubildende je 100 Beschäftigte)',
    nameEn: 'Apprentices per 100 employees',
    definitionDe:
      'Auszubildende am Arbeitsort je 100 sozialversicherungspflichtig Beschäftigte am Arbeitsort.',
    formula: null,
    unit: 'je 100',
    decimals: 1,
    polarity: 'higher_is_better',
    disaggregations: ['occupation', 'sex', 'nationality'],
    sources: [
      {
        system: 'ba',
        table: null,
        title:
          'Beschäftigungsstatistik der BA: Auszubildende am Arbeitsort (z. B. Tabellenheft „Beschäftigte nach Berufen“ je Kreis, bo-heft-<AGS>-0-<JJJJMM>)',
        verification: 'verified',
      },
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag 30.06. (vierteljährlich)',
    verification: 'verified',
    notes:
      'Das Tabellenheft enthält Auszubildende (PERSGR=AZUBI) und alle SvB. Der Import vergibt aber je Region und Stichtag einen eigenen Tabellencode (BA-BO-HEFT-<Region>-<JJJJ-MM>), auf den eine allgemeine Formel nicht verweisen kann; vorhanden ist nur die Deutschland-Ausgabe 12/2019.',
  },
  {
    id: 'training_establishment_share',
    theme: 'E',
    nameDe: 'Ausbildungsbetriebsquote',
    nameEn: 'Share of establishments that train',
    definitionDe:
      'Anteil der Betriebe mit Auszubildenden an allen Betrieben mit sozialversicherungspflichtig Beschäftigten in Prozent.',
    formula: null,
    unit: '%',
    decimals: 1,
    polarity: 'higher_is_better',
    disaggregations: [],
    sources: [
      {
        system: 'ba',
        table: null,
        title: 'Betriebsstatistik der BA (Betriebe mit Auszubildenden)',
        verification: 'guess',
        note: 'Verfügbarkeit auf Kreisebene nicht geprüft.',
      },
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich',
    verification: 'guess',
  },
  {
    id: 'contract_dissolution_rate',
    theme: 'E',
    nameDe: 'Vertragslösungsquote',
    nameEn: 'Apprenticeship contract dissolution rate',
    definitionDe:
      'Anteil vorzeitig gelöster Ausbildungsverträge an den begonnenen Verträgen nach dem Schichtenmodell des BIBB (Summe über die Beginnkohorten).',
    formula: null,
    unit: '%',
    decimals: 1,
    polarity: 'lower_is_better',
    disaggregations: [],
    sources: [
      {
        system: 'bibb',
        table: null,
        title: 'BIBB-Datenreport: Vertragslösungsquote (Länder)',
        verification: 'secondary',
      },
      {
        system: 'other',
        table: null,
        title: 'Kammern (IHK, HWK): gelöste Ausbildungsverträge im Kammerbezirk',
        verification: 'guess',
        note: 'Nur umsetzen, wenn die Kammern Daten liefern.',
      },
    ],
    regionalLevels: ['L'],
    periodicity: 'jährlich',
    verification: 'secondary',
    notes: 'Regional nur auf Ebene der Kammerbezirke.',
  },

  // F – Hochschulen --------------------------------------------------------------------------------------
  {
    id: 'students_total',
    theme: 'F',
    nameDe: 'Studierende an Hochschulen im Kreis',
    nameEn: 'Students at higher-education institutions located in the district',
    definitionDe: 'Studierende an Hochschulen mit Sitz im Kreis im Wintersemester.',
    formula: null,
    unit: 'Personen',
    decimals: 0,
    polarity: 'neutral',
    disaggregations: ['sex', 'nationality', 'subject_group'],
    sources: [
      {
        system: 'regionalstatistik',
        table: '21311-01-01-4',
        title: 'Studierende an Hochschulen nach Geschlecht und Nationalität, Wintersemester, Kreise',
        verification: 'secondary',
      },
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Wintersemester',
    verification: 'secondary',
    notes:
      'Gezählt am Sitz der Hochschule; viele Kreise haben 0 (echte Null, kein fehlender Wert). Private und duale Hochschulen (z. B. in Buxtehude) zählen, wenn staatlich anerkannt.',
  },
  {
    id: 'graduates_higher_education',
    theme: 'F',
    nameDe: 'Absolventinnen und Absolventen von Hochschulen',
    nameEn: 'Higher-education graduates',
    definitionDe: 'Bestandene Abschlussprüfungen an Hochschulen mit Sitz im Kreis im Prüfungsjahr.',
    formula: null,
    unit: 'Personen',
    decimals: 0,
    polarity: 'higher_is_better',
    disaggregations: [],
    sources: [
      {
        system: 'regionalstatistik',
        table: '21321-01-01-4',
        title: 'Prüfungen an Hochschulen, Kreise',
        verification: 'secondary',
      },
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Prüfungsjahr',
    verification: 'secondary',
  },
  {
    id: 'university_entrance_qualification_rate',
    theme: 'F',
    nameDe: 'Studienberechtigtenquote',
    nameEn: 'Rate of school leavers qualified for higher education',
    definitionDe:
      'Anteil der Studienberechtigten (Fachhochschulreife oder Hochschulreife an allgemeinbildenden und beruflichen Schulen) an der altersgleichen Bevölkerung, berechnet nach dem Quotensummenverfahren.',
    formula: null,
    unit: '%',
    decimals: 1,
    polarity: 'higher_is_better',
    disaggregations: [],
    sources: [
      SRC_POP_SINGLE_YEARS,
      {
        ...SRC_LEAVERS,
        note: 'Auf Kreisebene ohne Alter der Absolvierenden.',
      },
      SRC_VOCATIONAL_LEAVERS,
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Schuljahr',
    verification: 'secondary',
    notes:
      'Keine Formel: Das Quotensummenverfahren braucht Absolvierende nach Alter und die Bevölkerung nach Einzelaltersjahren; beides fehlt. Ersatzweise der Durchschnitt der 18- bis unter 21-Jährigen als Nenner (12411-04-02-4). In Niedersachsen ist die Fachhochschulreife an allgemeinbildenden Schulen nicht erfasst („.“).',
  },

  // G – Weiterbildung ------------------------------------------------------------------------------------
  {
    id: 'vhs_teaching_hours_per_1000',
    theme: 'G',
    nameDe: 'VHS-Unterrichtsstunden je 1.000 Einwohner',
    nameEn: 'Adult-education-centre teaching hours per 1,000 inhabitants',
    definitionDe: 'Unterrichtsstunden der Volkshochschulen im Kreis je 1.000 Einwohner.',
    formula: null,
    unit: 'je 1.000',
    decimals: 0,
    polarity: 'higher_is_better',
    disaggregations: [],
    sources: [
      {
        system: 'other',
        table: null,
        title: 'Volkshochschul-Statistik des Deutschen Instituts für Erwachsenenbildung (DIE), je VHS',
        verification: 'guess',
        note: 'Zugangsformat ungeklärt; VHS-Einzugsgebiete den Kreisen zuordnen.',
      },
      SRC_POP_TOTAL,
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich',
    verification: 'guess',
  },
  {
    id: 'fbw_entries_per_1000_labour_force',
    theme: 'G',
    nameDe: 'Eintritte in geförderte berufliche Weiterbildung (FbW) je 1.000 Erwerbspersonen',
    nameEn: 'Entries into publicly funded vocational further training per 1,000 labour-force members',
    definitionDe:
      'Eintritte in Maßnahmen der Förderung der beruflichen Weiterbildung (SGB II und III) je 1.000 Erwerbspersonen.',
    formula: null,
    unit: 'je 1.000',
    decimals: 1,
    polarity: 'higher_is_better',
    disaggregations: [],
    sources: [
      {
        system: 'ba',
        table: null,
        title: 'Förderstatistik der BA (Arbeitsmarktpolitische Instrumente), Kreise und Agenturbezirke',
        verification: 'guess',
        note: 'Datenprodukt belegt, Tabelle nicht.',
      },
    ],
    regionalLevels: ['K', 'AAB'],
    periodicity: 'monatlich / jährlich',
    verification: 'guess',
  },
  {
    id: 'aufstiegsbafoeg_recipients_per_1000',
    theme: 'G',
    nameDe: 'Geförderte nach dem Aufstiegsfortbildungsförderungsgesetz je 1.000 Einwohner 25–44',
    nameEn: 'Recipients of upgrading-training grants (Aufstiegs-BAföG) per 1,000 aged 25–44',
    definitionDe: 'Geförderte nach dem AFBG (Aufstiegs-BAföG) je 1.000 Einwohner von 25 bis unter 45 Jahren.',
    formula: null,
    unit: 'je 1.000',
    decimals: 1,
    polarity: 'higher_is_better',
    disaggregations: [],
    sources: [
      {
        system: 'destatis',
        table: null,
        title: 'Statistik nach dem Aufstiegsfortbildungsförderungsgesetz (21421)',
        verification: 'guess',
        note: 'Verfügbarkeit auf Kreisebene nicht geprüft.',
      },
      SRC_POP_AGE_GROUPS,
    ],
    regionalLevels: ['L', 'K'],
    periodicity: 'jährlich',
    verification: 'guess',
    notes: 'Der Nenner (25 bis unter 45 Jahre) steht in 12411-0018; es fehlt der Zähler.',
  },

  // H – Arbeitsmarkt und Fachkräfte ----------------------------------------------------------------------
  {
    id: 'unemployment_rate',
    theme: 'H',
    nameDe: 'Arbeitslosenquote bezogen auf alle zivilen Erwerbspersonen',
    nameEn: 'Registered unemployment rate (all civilian labour force)',
    definitionDe:
      'Registrierte Arbeitslose in Prozent aller zivilen Erwerbspersonen im Jahresdurchschnitt, wie von der Bundesagentur für Arbeit veröffentlicht.',
    formula: ref(UNEMPLOYMENT, 'arbeitslosenquote_bez_auf_alle_zivile'),
    unit: '%',
    decimals: 1,
    polarity: 'lower_is_better',
    disaggregations: ['sex', 'nationality', 'age_group'],
    sources: [
      SRC_UNEMPLOYMENT,
      {
        system: 'ba',
        table: null,
        title: 'Arbeitsmarktreport der BA (monatlich)',
        verification: 'verified',
      },
    ],
    regionalLevels: ['K', 'G'],
    periodicity: 'jährlich, Jahresdurchschnitt (monatlich bei der BA)',
    verification: 'verified',
    notes:
      'Veröffentlichte Quote, nicht selbst berechnet (die Erwerbspersonen stehen nicht in der Tabelle). Aufgliederung: GES=GESM / GES=GESW, NAT=NATA. Der Code ist ein auf 40 Zeichen gekürzter Slug der Spaltenüberschrift „Arbeitslosenquote bez. auf alle zivile Erwerbsp.“. Gemeinden: nur Arbeitslosenzahlen.',
  },
  {
    id: 'youth_unemployment_rate',
    theme: 'H',
    nameDe: 'Arbeitslosenquote der 15- bis unter 25-Jährigen',
    nameEn: 'Youth unemployment rate (15–24)',
    definitionDe:
      'Registrierte Arbeitslose von 15 bis unter 25 Jahren in Prozent aller zivilen Erwerbspersonen dieses Alters im Jahresdurchschnitt, wie von der Bundesagentur für Arbeit veröffentlicht.',
    formula: ref(UNEMPLOYMENT, 'arbeitslosenquote_bez_auf_alle_zivile__15_bis_unter_25_jahre'),
    unit: '%',
    decimals: 1,
    polarity: 'lower_is_better',
    disaggregations: [],
    sources: [SRC_UNEMPLOYMENT],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Jahresdurchschnitt',
    verification: 'verified',
    notes:
      'Veröffentlichte Quote. Der Code setzt sich aus dem gekürzten Slug „arbeitslosenquote_bez_auf_alle_zivile“ und der Altersgruppe zusammen.',
  },
  {
    id: 'svb_workplace_total',
    theme: 'H',
    nameDe: 'Sozialversicherungspflichtig Beschäftigte am Arbeitsort',
    nameEn: 'Employees subject to social insurance (workplace)',
    definitionDe: 'Zahl der sozialversicherungspflichtig Beschäftigten mit Arbeitsort im Kreis am 30.06.',
    formula: ref('13111-01-03-4', 'ERW032'),
    unit: 'Personen',
    decimals: 0,
    polarity: 'higher_is_better',
    disaggregations: [
      'sex',
      'nationality',
      'sector',
      'working_time',
      'qualification',
      'age_group',
      'occupation',
    ],
    sources: [
      {
        system: 'regionalstatistik',
        table: '13111-01-03-4',
        title:
          'Sozialversicherungspflichtig Beschäftigte am Arbeitsort nach Geschlecht und Nationalität, Stichtag 30.06., Kreise',
        verification: 'verified',
        note: 'Als Flat-Datei laden (Messgröße ERW032); die Schnittstelle liefert ohne Zeitangabe nur den letzten Stichtag.',
      },
      {
        system: 'regionalstatistik',
        table: SVB_SECTORS_TABLE,
        title:
          'Sozialversicherungspflichtig Beschäftigte am Arbeitsort nach Geschlecht, Nationalität und Wirtschaftszweigen (WZ 2008), Stichtag 30.06., Kreise',
        verification: 'verified',
        note: 'Für die Aufgliederung nach Wirtschaftszweigen (svbSectorShareFormula).',
      },
      {
        system: 'regionalstatistik',
        table: '13111-03-02-4',
        title: 'Sozialversicherungspflichtig Beschäftigte am Arbeitsort nach Arbeitszeit, Kreise',
        verification: 'secondary',
      },
      {
        system: 'ba',
        table: null,
        title: 'Beschäftigungsstatistik der BA (Alter, Beruf nach KldB 2010)',
        verification: 'verified',
      },
    ],
    regionalLevels: ['K', 'G'],
    periodicity: 'jährlich, Stichtag 30.06. (vierteljährlich bei der BA)',
    verification: 'verified',
    notes:
      'Die Abfrage vom März 2026 (Stichtag 30.06.2025) hat auf Kreisebene nur „-“ und „.“; verwertbare Kreiswerte liefert die Datei zum 30.06.2023. Ein Ergebnis mit Zeichen „-“ ist hier kein echter Nullwert. Anteile nach Wirtschaftszweigen: svbSectorShareFormula(„WZ08-…“) auf 13111-07-05-4.',
  },
  {
    id: 'employment_rate',
    theme: 'H',
    nameDe: 'Beschäftigungsquote (SvB am Wohnort je Einwohner 15 bis unter 65)',
    nameEn: 'Employment rate (insured employees at residence per inhabitant 15–64)',
    definitionDe:
      'Sozialversicherungspflichtig Beschäftigte am Wohnort von 15 bis unter 65 Jahren je 100 Einwohner dieses Alters.',
    formula: null,
    unit: '%',
    decimals: 1,
    polarity: 'higher_is_better',
    disaggregations: ['sex', 'nationality', 'age_group'],
    sources: [
      {
        system: 'regionalstatistik',
        table: '13111-02-02-4',
        title: 'Sozialversicherungspflichtig Beschäftigte am Wohnort, Stichtag 30.06., Kreise',
        verification: 'secondary',
      },
      SRC_POP_AGE_GROUPS_RS,
      {
        system: 'ba',
        table: null,
        title: 'Beschäftigungsquoten der BA (fertig berechnet)',
        verification: 'verified',
      },
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag 30.06.',
    verification: 'secondary',
    notes:
      'Der Nenner (15 bis unter 65 Jahre) steht in 12411-0018 („15 bis unter 18 Jahre“ bis „60 bis unter 65 Jahre“); es fehlen die Beschäftigten am Wohnort.',
  },
  {
    id: 'svb_aged_55_plus_share',
    theme: 'H',
    nameDe: 'Anteil der Beschäftigten ab 55 Jahren',
    nameEn: 'Share of insured employees aged 55+',
    definitionDe:
      'Anteil der sozialversicherungspflichtig Beschäftigten am Arbeitsort ab 55 Jahren an allen Beschäftigten am Arbeitsort in Prozent.',
    formula: null,
    unit: '%',
    decimals: 1,
    polarity: 'lower_is_better',
    disaggregations: ['occupation', 'sector', 'requirement_level'],
    sources: [
      {
        system: 'ba',
        table: null,
        title:
          'Beschäftigungsstatistik der BA nach Alter (z. B. Tabellenheft „Beschäftigte nach Berufen“ je Kreis)',
        verification: 'verified',
      },
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag 30.06. (vierteljährlich)',
    verification: 'verified',
    notes:
      'Risikoindikator für den Ersatzbedarf. Das Tabellenheft hat ALTER=55_bis_unter_65_jahre und 65_jahre_und_aelter, aber der Import vergibt je Region und Stichtag einen eigenen Tabellencode (BA-BO-HEFT-<Region>-<JJJJ-MM>).',
  },
  {
    id: 'part_time_share',
    theme: 'H',
    nameDe: 'Teilzeitquote der Beschäftigten',
    nameEn: 'Part-time share of insured employees',
    definitionDe:
      'Anteil der sozialversicherungspflichtig Beschäftigten in Teilzeit an allen Beschäftigten am Arbeitsort in Prozent.',
    formula: null,
    unit: '%',
    decimals: 1,
    polarity: 'neutral',
    disaggregations: ['sex'],
    sources: [
      {
        system: 'regionalstatistik',
        table: '13111-03-02-4',
        title:
          'Sozialversicherungspflichtig Beschäftigte am Arbeitsort nach Arbeitszeit und Geschlecht, Kreise',
        verification: 'secondary',
      },
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag 30.06.',
    verification: 'secondary',
  },
  {
    id: 'commuter_balance',
    theme: 'H',
    nameDe: 'Pendlersaldo',
    nameEn: 'Net commuter balance',
    definitionDe:
      'Einpendler minus Auspendler über die Kreisgrenze (gleichbedeutend: Beschäftigte am Arbeitsort minus Beschäftigte am Wohnort).',
    formula: null,
    unit: 'Personen',
    decimals: 0,
    polarity: 'neutral',
    disaggregations: ['sex', 'qualification', 'origin_destination'],
    sources: [
      {
        system: 'ba',
        table: null,
        title: 'Pendlerstatistik der BA, Kreise und Gemeinden, Stichtag 30.06.',
        verification: 'guess',
        note: 'Datenprodukt belegt, Tabelle nicht.',
      },
      {
        system: 'regionalstatistik',
        table: '13111-02-02-4',
        title: 'Sozialversicherungspflichtig Beschäftigte am Wohnort, Stichtag 30.06., Kreise',
        verification: 'secondary',
        note: 'Zusammen mit 13111-01-03-4 (Arbeitsort) ergibt sich der Saldo.',
      },
    ],
    regionalLevels: ['K', 'G'],
    periodicity: 'jährlich, Stichtag 30.06.',
    verification: 'guess',
    notes: 'Stade und Harburg liegen im Hamburger Pendlergürtel: deutlich negative Salden sind zu erwarten.',
  },
  {
    id: 'jobseeker_vacancy_ratio',
    theme: 'H',
    nameDe: 'Arbeitsuchenden-Stellen-Relation',
    nameEn: 'Job-seekers per 100 registered vacancies',
    definitionDe:
      'Arbeitsuchende je gemeldete Arbeitsstelle (ohne Arbeitnehmerüberlassung), wie in der Engpassanalyse der BA.',
    formula: null,
    unit: 'Anzahl',
    decimals: 1,
    polarity: 'neutral',
    disaggregations: ['occupation', 'requirement_level'],
    sources: [
      {
        system: 'ba',
        table: null,
        title: 'Arbeitsmarktstatistik der BA nach Berufen (Arbeitsuchende, gemeldete Arbeitsstellen)',
        verification: 'guess',
        note: 'Verfügbarkeit auf Kreisebene nicht geprüft.',
      },
      {
        system: 'ba',
        table: 'BA-ENGPASS-2025-DE',
        title: 'Fachkräfteengpassanalyse 2025, Deutschland (je Beruf und Anforderungsniveau)',
        verification: 'verified',
        note: 'Nur je Beruf, ohne Summe über alle Berufe.',
      },
    ],
    regionalLevels: ['K', 'AAB', 'L'],
    periodicity: 'jährlich, Jahresdurchschnitt',
    verification: 'guess',
    notes:
      'Einheit: Arbeitsuchende je Stelle (nicht je 100 Stellen, anders als der englische Name). Für die Engpassbetrachtung: niedriger Wert = angespannter Markt.',
  },
  {
    id: 'completed_vacancy_duration',
    theme: 'H',
    nameDe: 'Abgeschlossene Vakanzzeit (Median)',
    nameEn: 'Median completed vacancy duration',
    definitionDe:
      'Median der Tage vom gewünschten Besetzungstermin bis zur Abmeldung über die im Zeitraum abgemeldeten Arbeitsstellen.',
    formula: null,
    unit: 'Tage',
    decimals: 0,
    polarity: 'lower_is_better',
    disaggregations: ['occupation', 'requirement_level'],
    sources: [
      {
        system: 'ba',
        table: null,
        title: 'Statistik der gemeldeten Arbeitsstellen der BA (Sonderauswertung für Kreise)',
        verification: 'guess',
      },
      {
        system: 'ba',
        table: 'BA-ENGPASS-2025-DE',
        title: 'Fachkräfteengpassanalyse 2025, Deutschland (Vakanzzeit je Beruf)',
        verification: 'verified',
      },
    ],
    regionalLevels: ['AAB', 'L'],
    periodicity: 'jährlich',
    verification: 'guess',
    notes:
      'Die BA weist den Wert nur bei mindestens 60 abgeschlossenen Vakanzen je Jahr und Gruppe aus; Kreiswerte nur auf Anfrage.',
  },
  {
    id: 'median_wage_fulltime',
    theme: 'H',
    nameDe: 'Medianentgelt sozialversicherungspflichtig Vollzeitbeschäftigter (Kerngruppe)',
    nameEn: 'Median monthly gross wage of full-time core employees',
    definitionDe:
      'Median des monatlichen Bruttoarbeitsentgelts der sozialversicherungspflichtig Vollzeitbeschäftigten der Kerngruppe am 31.12.',
    formula: null,
    unit: 'EUR',
    decimals: 0,
    polarity: 'higher_is_better',
    disaggregations: ['sex', 'qualification', 'occupation', 'age_group'],
    sources: [
      {
        system: 'ba',
        table: null,
        title: 'Entgeltstatistik der BA, Stichtag 31.12.',
        verification: 'guess',
        note: 'Datenprodukt belegt, Kreistabelle nicht.',
      },
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag 31.12.',
    verification: 'guess',
    notes: 'Euro je Monat.',
  },
  {
    id: 'skilled_share_svb',
    theme: 'H',
    nameDe: 'Fachkraftquote (Anteil Beschäftigter mit anerkanntem Berufsabschluss)',
    nameEn: 'Share of employees with a recognised vocational qualification',
    definitionDe:
      'Anteil der sozialversicherungspflichtig Beschäftigten am Arbeitsort mit anerkanntem Berufsabschluss an allen Beschäftigten mit bekanntem Berufsabschluss in Prozent.',
    formula: percent(svbByQualification('BERAB-ANK-01'), SVB_KNOWN_QUALIFICATION),
    unit: '%',
    decimals: 1,
    polarity: 'higher_is_better',
    disaggregations: ['sex'],
    sources: [SRC_SVB_QUALIFICATION_DE, SRC_SVB_QUALIFICATION_K],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag 30.06.',
    verification: 'verified',
    notes:
      'Die Formel liefert nur den Deutschlandwert (13111-0002 hat keine Kreise). Für Kreise 13111-11-04-4 laden und die Formel darauf umstellen. „Ausbildung unbekannt“ (OA) steht nicht im Nenner.',
  },
  {
    id: 'shortage_occupations_employment_share',
    theme: 'H',
    nameDe: 'Anteil der Beschäftigten in Engpassberufen',
    nameEn: 'Share of employees working in shortage occupations',
    definitionDe:
      'Anteil der sozialversicherungspflichtig Beschäftigten am Arbeitsort in Engpassberufen der BA-Engpassanalyse an allen Beschäftigten in Prozent.',
    formula: null,
    unit: '%',
    decimals: 1,
    polarity: 'lower_is_better',
    disaggregations: [],
    sources: [
      {
        system: 'ba',
        table: null,
        title:
          'Beschäftigte nach Berufen (KldB 2010) je Kreis, Tabellenheft der BA (bo-heft-<AGS>-0-<JJJJMM>)',
        verification: 'secondary',
        note: 'Kreisausgabe noch nicht vorhanden.',
      },
      {
        system: 'ba',
        table: 'BA-ENGPASS-2025-LAENDER',
        title: 'Fachkräfteengpassanalyse 2025 nach Ländern (Niedersachsen / Bremen, Berufsgruppe)',
        verification: 'verified',
      },
      {
        system: 'ba',
        table: 'BA-ENGPASS-2025-DE',
        title: 'Fachkräfteengpassanalyse 2025, Deutschland (Berufsgattung)',
        verification: 'verified',
      },
    ],
    regionalLevels: ['K'],
    periodicity: 'jährlich',
    verification: 'secondary',
    notes:
      'Engpassliste (Durchschnittspunktzahl ≥ 2,0) mit den Beschäftigten des Kreises nach KldB verknüpfen (siehe engpassanalyse.md). Die Formelsprache kann nicht nach einer Bedingung über Berufe summieren; dafür braucht es eine eigene Berechnung.',
  },
];
