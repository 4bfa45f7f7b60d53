import {
  percent,
  ref,
  SRC_BA_OCCUPATIONS,
  SRC_POP_AGE_GROUPS_RS,
  SRC_SVB_QUALIFICATION_DE,
  SRC_SVB_QUALIFICATION_K,
  SRC_UNEMPLOYMENT,
  SVB_KNOWN_QUALIFICATION,
  SVB_SECTORS_TABLE,
  svbByQualification,
  svbOccupations,
  UNEMPLOYMENT,
} from './formula-parts.ts';
import type { IndicatorDefinition } from './types.ts';

/** H – Arbeitsmarkt und Fachkräfte. */
export const THEME_H: readonly IndicatorDefinition[] = [
  {
    id: 'unemployment_rate',
    theme: 'H',
    nameDe: 'Arbeitslosenquote bezogen auf alle zivilen Erwerbspersonen',
    nameEn: 'Registered unemployment rate (all civilian labour force)',
    definitionDe:
      'Registrierte Arbeitslose in Prozent aller zivilen Erwerbspersonen im Jahresdurchschnitt, wie von der Bundesagentur für Arbeit veröffentlicht.',
    definitionEn:
      'Registered unemployed persons as a percentage of the total civilian labour force, annual average, as published by the Federal Employment Agency (Bundesagentur für Arbeit).',
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
      'Veröffentlichte Quote, nicht selbst berechnet (die Erwerbspersonen stehen nicht in der Tabelle). Aufgliederung: GES=GESM / GES=GESW, NAT=NATA, ALTX=ALT015B25. Der Code ist ein auf 40 Zeichen gekürzter Slug der Spaltenüberschrift „Arbeitslosenquote bez. auf alle zivile Erwerbsp.“. Gemeinden: nur Arbeitslosenzahlen.',
  },
  {
    id: 'youth_unemployment_rate',
    theme: 'H',
    nameDe: 'Arbeitslosenquote der 15- bis unter 25-Jährigen',
    nameEn: 'Youth unemployment rate (15–24)',
    definitionDe:
      'Registrierte Arbeitslose von 15 bis unter 25 Jahren in Prozent aller zivilen Erwerbspersonen dieses Alters im Jahresdurchschnitt, wie von der Bundesagentur für Arbeit veröffentlicht.',
    definitionEn:
      'Registered unemployed persons aged 15 to under 25 as a percentage of the total civilian labour force of that age, annual average, as published by the Federal Employment Agency (Bundesagentur für Arbeit).',
    formula: ref(UNEMPLOYMENT, 'arbeitslosenquote_bez_auf_alle_zivile', 'ALTX=ALT015B25'),
    unit: '%',
    decimals: 1,
    polarity: 'lower_is_better',
    disaggregations: [],
    sources: [SRC_UNEMPLOYMENT],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Jahresdurchschnitt',
    verification: 'verified',
    notes:
      'Veröffentlichte Quote: die Spalte „Arbeitslosenquote bez. auf alle zivile Erwerbsp. – 15 bis unter 25 Jahre“, also die Messgröße der allgemeinen Quote mit der Altersgruppe ALTX=ALT015B25 (ADR 0004). Quoten nie über ALTX summieren.',
  },
  {
    id: 'svb_workplace_total',
    theme: 'H',
    nameDe: 'Sozialversicherungspflichtig Beschäftigte am Arbeitsort',
    nameEn: 'Employees subject to social insurance (workplace)',
    definitionDe: 'Zahl der sozialversicherungspflichtig Beschäftigten mit Arbeitsort im Kreis am 30.06.',
    definitionEn:
      'Number of employees subject to social insurance whose place of work is in the district, on 30 June.',
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
    definitionEn:
      'Employees subject to social insurance by place of residence aged 15 to under 65 per 100 inhabitants of that age.',
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
      'Der Nenner (15 bis unter 65 Jahre) steht in 12411-0018 (ALTX = ALT015B18 „15 bis unter 18 Jahre“ bis ALT060B65 „60 bis unter 65 Jahre“); es fehlen die Beschäftigten am Wohnort.',
  },
  {
    id: 'svb_aged_55_plus_share',
    theme: 'H',
    nameDe: 'Anteil der Beschäftigten ab 55 Jahren',
    nameEn: 'Share of insured employees aged 55+',
    definitionDe:
      'Anteil der sozialversicherungspflichtig Beschäftigten am Arbeitsort ab 55 Jahren an allen Beschäftigten am Arbeitsort in Prozent.',
    definitionEn:
      'Employees subject to social insurance by place of work aged 55 and over, as a percentage of all such employees by place of work.',
    formula: percent(
      svbOccupations('ALTER in (55_bis_unter_65_jahre, 65_jahre_und_aelter)'),
      svbOccupations(),
    ),
    unit: '%',
    decimals: 1,
    polarity: 'lower_is_better',
    disaggregations: ['occupation', 'sector', 'requirement_level'],
    sources: [SRC_BA_OCCUPATIONS],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag 30.06. (vierteljährlich)',
    verification: 'verified',
    notes:
      'Risikoindikator für den Ersatzbedarf. Aus Tabelle I des Tabellenhefts: Altersgruppen „55 bis unter 65 Jahre“ und „65 Jahre und älter“ (ALTER=55_bis_unter_65_jahre, 65_jahre_und_aelter) je Spalte „Insgesamt“. „darunter bis zur Regelaltersgrenze“ (65_jahre_und_aelter_bis_zur_regelaltersgrenze) steckt in „65 Jahre und älter“ und wird nicht addiert, also nie ALTER=* verwenden. Aufgliederung nach Beruf: KLDB=<Code> in Zähler und Nenner; Wirtschaftszweig und Anforderungsniveau kreuzt das Heft nicht mit dem Alter. In shared/data liegt nur die Deutschland-Ausgabe 31.12.2019.',
  },
  {
    id: 'part_time_share',
    theme: 'H',
    nameDe: 'Teilzeitquote der Beschäftigten',
    nameEn: 'Part-time share of insured employees',
    definitionDe:
      'Anteil der sozialversicherungspflichtig Beschäftigten in Teilzeit an allen Beschäftigten am Arbeitsort in Prozent.',
    definitionEn:
      'Employees subject to social insurance working part time, as a percentage of all such employees by place of work.',
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
    definitionEn:
      'In-commuters minus out-commuters across the district boundary (equivalently: employees by place of work minus employees by place of residence).',
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
    definitionEn:
      'Job-seekers per registered vacancy (excluding temporary agency work), as in the shortage analysis (Engpassanalyse) of the Federal Employment Agency (BA).',
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
    definitionEn:
      'Median number of days from the desired filling date to deregistration, over all vacancies deregistered in the period.',
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
    definitionEn:
      'Median monthly gross earnings of full-time employees subject to social insurance in the core group (Kerngruppe), on 31 December.',
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
    definitionEn:
      'Employees subject to social insurance by place of work with a recognised vocational qualification, as a percentage of all such employees whose vocational qualification is known.',
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
    definitionEn:
      'Employees subject to social insurance by place of work in shortage occupations according to the shortage analysis of the Federal Employment Agency (BA), as a percentage of all such employees.',
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
