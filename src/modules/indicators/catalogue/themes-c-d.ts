import {
  GRADE_7,
  LEAVERS_TOTAL,
  leavers,
  percent,
  populationOfAgeGroups,
  pupils,
  SRC_KJH_STATISTICS,
  SRC_LEAVERS,
  SRC_POP_AGE_GROUPS,
  SRC_PUPILS,
  SRC_VOCATIONAL_LEAVERS,
} from './formula-parts.ts';
import type { IndicatorDefinition } from './types.ts';

/** C – Frühkindliche Bildung. */
export const THEME_C: readonly IndicatorDefinition[] = [
  {
    id: 'childcare_rate_under_3',
    theme: 'C',
    nameDe: 'Betreuungsquote der unter 3-Jährigen',
    nameEn: 'Childcare participation rate, children under 3',
    definitionDe:
      'Kinder unter 3 Jahren in Kindertageseinrichtungen oder öffentlich geförderter Kindertagespflege je 100 Kinder dieses Alters, Stichtag 01.03.',
    definitionEn:
      'Children under 3 in day-care centres or publicly funded childminding per 100 children of that age, reference date 1 March.',
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
    definitionEn:
      'Children aged 3 to under 6 in day-care centres or childminding per 100 children of that age, reference date 1 March.',
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
    notes: `Der Nenner steht in 12411-0018 (${populationOfAgeGroups(['ALT003B06'])}, Stichtag 31.12. des Vorjahres); es fehlt der Zähler.`,
  },
  {
    id: 'fullday_care_share',
    theme: 'C',
    nameDe: 'Ganztagsbetreuungsquote (vertraglich > 7 Stunden täglich)',
    nameEn: 'Share of children in full-day care (> 7 h/day)',
    definitionDe:
      'Anteil der betreuten Kinder mit einer vertraglich vereinbarten Betreuungszeit von mehr als 7 Stunden täglich an allen betreuten Kindern in Prozent.',
    definitionEn:
      'Children in care with a contractually agreed care time of more than 7 hours per day, as a percentage of all children in care.',
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
    definitionEn: 'Children under 3 in childminding as a percentage of all children under 3 in care.',
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
    definitionEn: 'Approved places in day-care centres per 100 children under 6.',
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
    notes: `Der Nenner (unter 6 Jahre) steht in 12411-0018: ${populationOfAgeGroups(['ALT000B03', 'ALT003B06'])}; es fehlt der Zähler.`,
  },
  {
    id: 'children_per_pedagogical_staff',
    theme: 'C',
    nameDe: 'Kinder je pädagogisch tätiger Person (Näherung an den Personalschlüssel)',
    nameEn: 'Children per pedagogical staff member (proxy for staffing ratio)',
    definitionDe:
      'Betreute Kinder in Kindertageseinrichtungen je pädagogisch tätiger Person (Vollzeitäquivalent) als Näherung an den Personalschlüssel.',
    definitionEn:
      'Children in care in day-care centres per pedagogical staff member (full-time equivalent), as an approximation of the staff-to-child ratio (Personalschlüssel).',
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
    definitionEn:
      'Pedagogical staff aged 55 and over as a percentage of all pedagogical staff in day-care centres.',
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
    definitionEn:
      'Children in day-care centres whose family mainly speaks a language other than German, as a percentage of all children in day-care centres.',
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
];

/** D – Allgemeinbildende Schulen. */
export const THEME_D: readonly IndicatorDefinition[] = [
  {
    id: 'pupils_general_schools',
    theme: 'D',
    nameDe: 'Schülerinnen und Schüler an allgemeinbildenden Schulen',
    nameEn: 'Pupils at general-education schools',
    definitionDe:
      'Zahl der Schülerinnen und Schüler an allgemeinbildenden Schulen im Kreis (Schulort) zu Beginn des Schuljahres.',
    definitionEn:
      'Number of pupils at general-education schools in the district (by school location) at the start of the school year.',
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
    definitionEn:
      'Pupils in grade 7 attending a Gymnasium (academic secondary school) as a percentage of all pupils in grade 7.',
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
    definitionEn:
      'Pupils without German citizenship as a percentage of all pupils at general-education schools.',
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
    definitionEn:
      'Pupils at special-needs schools (Förderschulen) as a percentage of all pupils at general-education schools.',
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
    definitionEn:
      'Leavers from general-education schools without a lower secondary school leaving certificate (Hauptschulabschluss), as a percentage of all graduates and leavers of the same school year.',
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
    definitionEn:
      'Graduates of general-education schools with a lower secondary school leaving certificate (Hauptschulabschluss, Erster Schulabschluss), as a percentage of all graduates and leavers of the same school year.',
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
    definitionEn:
      'Graduates of general-education schools with an intermediate school leaving certificate (Mittlerer Abschluss), as a percentage of all graduates and leavers of the same school year.',
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
    definitionEn:
      'Graduates of general-education schools with the general higher-education entrance qualification (allgemeine Hochschulreife), as a percentage of all graduates and leavers of the same school year.',
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
    definitionEn:
      'Primary-school children in an all-day programme of their school or in an after-school care centre (Hort), as a percentage of all primary-school children.',
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
];
