import {
  percent,
  populationOfAgeGroups,
  ref,
  SRC_BA_OCCUPATIONS,
  SRC_LEAVERS,
  SRC_POP_AGE_GROUPS,
  SRC_POP_SINGLE_YEARS,
  SRC_POP_TOTAL,
  SRC_VOCATIONAL_LEAVERS,
  svbOccupations,
} from './formula-parts.ts';
import type { IndicatorDefinition } from './types.ts';

/** E – Berufliche Bildung. */
export const THEME_E: readonly IndicatorDefinition[] = [
  {
    id: 'vocational_pupils_by_type',
    theme: 'E',
    nameDe: 'Schülerinnen und Schüler an berufsbildenden Schulen nach Schulform',
    nameEn: 'Pupils at vocational schools by school type',
    definitionDe:
      'Zahl der Schülerinnen und Schüler an berufsbildenden Schulen im Kreis nach Schulform (Berufsschule, Berufsfachschule, Berufseinstiegsschule, Fachoberschule, Berufliches Gymnasium, Fachschule).',
    definitionEn:
      'Number of pupils at vocational schools in the district by school type: part-time vocational school (Berufsschule), full-time vocational school (Berufsfachschule), pre-vocational school (Berufseinstiegsschule), upper secondary technical school (Fachoberschule), vocational academic secondary school (Berufliches Gymnasium) and technical college (Fachschule).',
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
    definitionEn:
      'New entrants to the transition sector as a percentage of all new entrants to dual vocational training, the school-based vocational training system and the transition sector.',
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
    definitionEn:
      'Number of graduates and leavers of vocational schools in the school year who obtained a general-education certificate: lower secondary school leaving certificate (Hauptschulabschluss), intermediate school leaving certificate (Mittlerer Abschluss), entrance qualification for universities of applied sciences (Fachhochschulreife) or higher-education entrance qualification (Hochschulreife).',
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
    definitionEn:
      'Number of apprenticeship contracts newly concluded between 1 October of the previous year and 30 September.',
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
    definitionEn:
      'Supply of apprenticeship places (new contracts + unfilled places) per 100 persons seeking a place (new contracts + unplaced applicants + applicants with an alternative who still wish to be placed), as at 30 September.',
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
    definitionEn:
      'Apprenticeship places still unfilled on 30 September as a percentage of all apprenticeship places registered with the Federal Employment Agency (BA).',
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
    definitionEn:
      'Applicants for apprenticeship places still unplaced on 30 September as a percentage of all such applicants registered with the Federal Employment Agency (BA).',
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
    definitionEn:
      'Apprentices by place of work per 100 employees subject to social insurance by place of work.',
    formula: percent(svbOccupations('PERSGR=AZUBI'), svbOccupations()),
    unit: 'je 100',
    decimals: 1,
    polarity: 'higher_is_better',
    disaggregations: ['occupation', 'sex', 'nationality'],
    sources: [SRC_BA_OCCUPATIONS],
    regionalLevels: ['K'],
    periodicity: 'jährlich, Stichtag 30.06. (vierteljährlich)',
    verification: 'verified',
    notes:
      'Aus Tabelle I des Tabellenhefts: Spalte „darunter: Auszubildende / Insgesamt“ (PERSGR=AZUBI) je 100 SvB der Spalte „Insgesamt“; die Auszubildenden sind in den SvB enthalten. Aufgliederung nach Beruf (KLDB=<Code> in Zähler und Nenner) und Geschlecht (PERSGR=AZUBI, GES=GESW je GES=GESW); nach Nationalität weist das Heft Auszubildende nicht aus. In shared/data liegt nur die Deutschland-Ausgabe 31.12.2019; Kreiswerte brauchen die Kreis-Ausgaben.',
  },
  {
    id: 'training_establishment_share',
    theme: 'E',
    nameDe: 'Ausbildungsbetriebsquote',
    nameEn: 'Share of establishments that train',
    definitionDe:
      'Anteil der Betriebe mit Auszubildenden an allen Betrieben mit sozialversicherungspflichtig Beschäftigten in Prozent.',
    definitionEn:
      'Establishments with apprentices as a percentage of all establishments with employees subject to social insurance.',
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
    definitionEn:
      'Apprenticeship contracts terminated prematurely as a percentage of contracts started, calculated with the BIBB layer model (Schichtenmodell; sum over the starting cohorts).',
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
];

/** F – Hochschulen. */
export const THEME_F: readonly IndicatorDefinition[] = [
  {
    id: 'students_total',
    theme: 'F',
    nameDe: 'Studierende an Hochschulen im Kreis',
    nameEn: 'Students at higher-education institutions located in the district',
    definitionDe: 'Studierende an Hochschulen mit Sitz im Kreis im Wintersemester.',
    definitionEn: 'Students at higher-education institutions located in the district in the winter semester.',
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
    definitionEn:
      'Final examinations passed at higher-education institutions located in the district in the examination year.',
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
    definitionEn:
      'Persons qualified for higher education (entrance qualification for universities of applied sciences or higher-education entrance qualification, obtained at general-education or vocational schools) as a percentage of the population of the same age, calculated with the sum-of-age-specific-rates method (Quotensummenverfahren).',
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
];

/** G – Weiterbildung. */
export const THEME_G: readonly IndicatorDefinition[] = [
  {
    id: 'vhs_teaching_hours_per_1000',
    theme: 'G',
    nameDe: 'VHS-Unterrichtsstunden je 1.000 Einwohner',
    nameEn: 'Adult-education-centre teaching hours per 1,000 inhabitants',
    definitionDe: 'Unterrichtsstunden der Volkshochschulen im Kreis je 1.000 Einwohner.',
    definitionEn:
      'Teaching hours of the adult-education centres (Volkshochschulen) in the district per 1,000 inhabitants.',
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
    definitionEn:
      'Entries into publicly funded vocational further training (Förderung der beruflichen Weiterbildung, SGB II and SGB III) per 1,000 persons in the labour force.',
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
    definitionEn:
      'Persons receiving funding under the Upgrading Training Assistance Act (AFBG, Aufstiegs-BAföG) per 1,000 inhabitants aged 25 to under 45.',
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
    notes: `Der Nenner (25 bis unter 45 Jahre) steht in 12411-0018: ${populationOfAgeGroups(['ALT025B30', 'ALT030B35', 'ALT035B40', 'ALT040B45'])}; es fehlt der Zähler.`,
  },
];
