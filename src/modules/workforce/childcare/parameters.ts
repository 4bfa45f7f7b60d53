/**
 * The parameters of the Kita and Ganztag staff forecast with their defaults and where each default
 * comes from (source and vintage). Pure data: the page shows it, scenarios override values.
 */

export const PARAMETER_KEYS = [
  'birthChangePct',
  'cohortChangePct',
  'careRateAge0',
  'careRateAge1',
  'careRateAge2',
  'careRate3to5',
  'hoursU3',
  'hoursUe3',
  'ratioU3',
  'ratioUe3',
  'leadSharePct',
  'ftePerPerson',
  'staffPersons',
  'staffShare50to54',
  'staffShare55to59',
  'staffShare60plus',
  'retirementAge',
  'exitRatePct',
  'graduatesPerYear',
  'entrySharePct',
  'lateralEntrantsPerYear',
  'ganztagTakeUpEntitledPct',
  'ganztagTakeUpOtherPct',
  'ganztagExistingSharePct',
  'ganztagPlacesPerFte',
] as const;

export type ParameterKey = (typeof PARAMETER_KEYS)[number];

/** A value per parameter; `staffPersons` may be null (= derived from the base year's demand). */
export type ForecastParameters = { [K in ParameterKey]: K extends 'staffPersons' ? number | null : number };

export type ParameterGroup = 'population' | 'kita' | 'staff' | 'ganztag';

export interface ParameterDefinition {
  key: ParameterKey;
  group: ParameterGroup;
  unit:
    | '%'
    | 'h/Woche'
    | 'Kinder je VZÄ'
    | 'VZÄ je Person'
    | 'Personen'
    | 'Personen/Jahr'
    | 'Jahre'
    | 'Plätze je VZÄ';
  min: number;
  max: number;
  defaultValue: number | null;
  /** Where the default comes from, with vintage; "Annahme" says it is an assumption to replace. */
  source: string;
  /** Whether the default is a published figure or an assumption. */
  kind: 'published' | 'derived' | 'assumption';
}

export const PARAMETERS: readonly ParameterDefinition[] = [
  {
    key: 'birthChangePct',
    group: 'population',
    unit: '%',
    min: -20,
    max: 20,
    defaultValue: 0,
    source:
      'Annahme: Geburten bleiben auf dem Stand des Basisjahres (Drittel der unter 3-Jährigen, 12411-0018). Durch die regionalisierte Bevölkerungsvorausberechnung des LSN ersetzen, wenn importiert.',
    kind: 'assumption',
  },
  {
    key: 'cohortChangePct',
    group: 'population',
    unit: '%',
    min: -20,
    max: 20,
    defaultValue: 0,
    source: 'Annahme: geschlossene Jahrgänge (kein Wanderungssaldo, keine Sterbefälle im Kindesalter).',
    kind: 'assumption',
  },
  {
    key: 'careRateAge0',
    group: 'kita',
    unit: '%',
    min: 0,
    max: 100,
    defaultValue: 2,
    source: 'Destatis, Betreuungsquote Kinder unter 1 Jahr, Deutschland, Stichtag 01.03.2018 (2,0 %).',
    kind: 'published',
  },
  {
    key: 'careRateAge1',
    group: 'kita',
    unit: '%',
    min: 0,
    max: 100,
    defaultValue: 36.3,
    source: 'Destatis, Betreuungsquote Kinder von 1 Jahr, Deutschland, Stichtag 01.03.2018 (36,3 %).',
    kind: 'published',
  },
  {
    key: 'careRateAge2',
    group: 'kita',
    unit: '%',
    min: 0,
    max: 100,
    defaultValue: 62.9,
    source: 'Destatis, Betreuungsquote Kinder von 2 Jahren, Deutschland, Stichtag 01.03.2018 (62,9 %).',
    kind: 'published',
  },
  {
    key: 'careRate3to5',
    group: 'kita',
    unit: '%',
    min: 0,
    max: 100,
    defaultValue: 95,
    source:
      'Annahme (Spanne 92–97 %): Rechtsanspruch ab 3 Jahren seit 1996, nahezu vollständige Inanspruchnahme.',
    kind: 'assumption',
  },
  {
    key: 'hoursU3',
    group: 'kita',
    unit: 'h/Woche',
    min: 1,
    max: 60,
    defaultValue: 35,
    source:
      'Annahme (übliche Spanne 30–45 Stunden gebuchte Betreuungszeit); örtliche Verteilung aus der Kita-Statistik einsetzen.',
    kind: 'assumption',
  },
  {
    key: 'hoursUe3',
    group: 'kita',
    unit: 'h/Woche',
    min: 1,
    max: 60,
    defaultValue: 35,
    source:
      'Annahme (übliche Spanne 30–45 Stunden gebuchte Betreuungszeit); örtliche Verteilung aus der Kita-Statistik einsetzen.',
    kind: 'assumption',
  },
  {
    key: 'ratioU3',
    group: 'kita',
    unit: 'Kinder je VZÄ',
    min: 1,
    max: 20,
    defaultValue: 4.1,
    source:
      'Bertelsmann Stiftung, Ländermonitor Frühkindliche Bildungssysteme: Personalschlüssel Krippe Niedersachsen 1 : 4,1 (Mitte der 2010er Jahre, berichtet von der NWZ). Empfehlung der Bertelsmann Stiftung: 1 : 3.',
    kind: 'published',
  },
  {
    key: 'ratioUe3',
    group: 'kita',
    unit: 'Kinder je VZÄ',
    min: 1,
    max: 30,
    defaultValue: 8.6,
    source:
      'Bertelsmann Stiftung, Ländermonitor Frühkindliche Bildungssysteme: Personalschlüssel Kindergarten Niedersachsen 1 : 8,6 (Mitte der 2010er Jahre, berichtet von der NWZ). Empfehlung: 1 : 7,5; NKiTaG-Mindeststandard ≈ 1 : 12,5.',
    kind: 'published',
  },
  {
    key: 'leadSharePct',
    group: 'kita',
    unit: '%',
    min: 0,
    max: 50,
    defaultValue: 6,
    source: 'Annahme (Spanne 5–10 %): Leitungszeit zusätzlich zum pädagogischen Personal.',
    kind: 'assumption',
  },
  {
    key: 'ftePerPerson',
    group: 'staff',
    unit: 'VZÄ je Person',
    min: 0.1,
    max: 1,
    defaultValue: 0.75,
    source:
      'Annahme (Spanne 0,70–0,80): hohe Teilzeitquote in niedersächsischen Kitas (taz, ältere Daten: mehr als 3 von 4 Beschäftigten in Teilzeit).',
    kind: 'assumption',
  },
  {
    key: 'staffPersons',
    group: 'staff',
    unit: 'Personen',
    min: 0,
    max: 1_000_000,
    defaultValue: null,
    source:
      'Abgeleitet, solange keine Kita-Statistik (22541, tätige Personen) importiert ist: Bestand = Bedarf des Basisjahres ÷ VZÄ je Person. Bitte durch den örtlichen Personalbestand ersetzen.',
    kind: 'derived',
  },
  {
    key: 'staffShare50to54',
    group: 'staff',
    unit: '%',
    min: 0,
    max: 100,
    defaultValue: 12,
    source:
      'Annahme: Altersaufbau des Kita-Personals; durch Zahlen der Träger oder eine Sonderauswertung des LSN ersetzen.',
    kind: 'assumption',
  },
  {
    key: 'staffShare55to59',
    group: 'staff',
    unit: '%',
    min: 0,
    max: 100,
    defaultValue: 11,
    source:
      'Annahme (Rechenbeispiel der Methodenbeschreibung, 11 % im Alter 55–59); durch örtliche Zahlen ersetzen.',
    kind: 'assumption',
  },
  {
    key: 'staffShare60plus',
    group: 'staff',
    unit: '%',
    min: 0,
    max: 100,
    defaultValue: 10,
    source:
      'Annahme (Rechenbeispiel der Methodenbeschreibung, 10 % im Alter 60+); durch örtliche Zahlen ersetzen.',
    kind: 'assumption',
  },
  {
    key: 'retirementAge',
    group: 'staff',
    unit: 'Jahre',
    min: 60,
    max: 70,
    defaultValue: 65,
    source: 'Annahme: durchschnittliches Austrittsalter (Regelaltersgrenze steigt nach SGB VI auf 67 Jahre).',
    kind: 'assumption',
  },
  {
    key: 'exitRatePct',
    group: 'staff',
    unit: '%',
    min: 0,
    max: 30,
    defaultValue: 3,
    source:
      'Annahme (Spanne 2–4 % je Jahr): sonstige Abgänge netto (Berufswechsel, Umzug, Erwerbsunterbrechung).',
    kind: 'assumption',
  },
  {
    key: 'graduatesPerYear',
    group: 'staff',
    unit: 'Personen/Jahr',
    min: 0,
    max: 100_000,
    defaultValue: 120,
    source:
      'Annahme (Rechenbeispiel für einen Kreis mit rund 200.000 Einwohnern): Absolventinnen und Absolventen der Fachschulen Sozialpädagogik und Sozialassistenz je Jahr; durch die Zahlen der örtlichen BBS ersetzen.',
    kind: 'assumption',
  },
  {
    key: 'entrySharePct',
    group: 'staff',
    unit: '%',
    min: 0,
    max: 100,
    defaultValue: 70,
    source:
      'Annahme: Anteil der Absolventinnen und Absolventen, die in örtlichen Kitas oder im Ganztag beginnen.',
    kind: 'assumption',
  },
  {
    key: 'lateralEntrantsPerYear',
    group: 'staff',
    unit: 'Personen/Jahr',
    min: 0,
    max: 100_000,
    defaultValue: 0,
    source:
      'Annahme: Quereinsteigerinnen und Quereinsteiger sowie anerkannte ausländische Fachkräfte (vorsichtig 0).',
    kind: 'assumption',
  },
  {
    key: 'ganztagTakeUpEntitledPct',
    group: 'ganztag',
    unit: '%',
    min: 0,
    max: 100,
    defaultValue: 75,
    source:
      'Annahme (Spanne 65–85 % in Westdeutschland): Inanspruchnahme, sobald der Rechtsanspruch (§ 24 Abs. 4 SGB VIII, GaFöG) gilt.',
    kind: 'assumption',
  },
  {
    key: 'ganztagTakeUpOtherPct',
    group: 'ganztag',
    unit: '%',
    min: 0,
    max: 100,
    defaultValue: 45,
    source:
      'Annahme: heutige örtliche Ganztagsquote der Jahrgänge ohne Rechtsanspruch; durch örtliche Daten ersetzen.',
    kind: 'assumption',
  },
  {
    key: 'ganztagExistingSharePct',
    group: 'ganztag',
    unit: '%',
    min: 0,
    max: 100,
    defaultValue: 45,
    source:
      'Annahme: vorhandene Plätze (Hort, offene/gebundene Ganztagsschule), die den Anspruch erfüllen, in % der Grundschulkinder des Basisjahres.',
    kind: 'assumption',
  },
  {
    key: 'ganztagPlacesPerFte',
    group: 'ganztag',
    unit: 'Plätze je VZÄ',
    min: 1,
    max: 100,
    defaultValue: 17.1,
    source:
      'Abgeleitet aus DJI/TU Dortmund (Rauschenbach u. a. 2021, „Plätze. Personal. Finanzen“ Teil 2): 600.000 zusätzliche Plätze ÷ 35.000 VZÄ ≈ 17,1.',
    kind: 'derived',
  },
];

export function defaultParameters(): ForecastParameters {
  const result = {} as Record<ParameterKey, number | null>;
  for (const definition of PARAMETERS) result[definition.key] = definition.defaultValue;
  return result as ForecastParameters;
}

/** Preset of the Bertelsmann recommended ratios (1 : 3 Krippe, 1 : 7,5 Kindergarten). */
export const RECOMMENDED_RATIOS = { ratioU3: 3, ratioUe3: 7.5 } as const;
