/**
 * Controlled vocabularies of the stakeholder register (after the actor groups of regional
 * education management in Niedersachsen). Pure: shared by service, import and tests.
 */

export const ACTOR_GROUPS = [
  'kreisverwaltung',
  'gemeinde',
  'jugendamt',
  'rlsb',
  'kultusministerium',
  'schule_grund',
  'schule_ober',
  'schule_haupt',
  'schule_real',
  'schule_gymnasium',
  'schule_gesamt',
  'schule_foerder',
  'bbs',
  'kita_traeger',
  'jugendhilfe_frei',
  'agentur',
  'jobcenter',
  'jba',
  'ihk',
  'hwk',
  'kreishandwerkerschaft',
  'betrieb',
  'arbeitgeberverband',
  'gewerkschaft',
  'wirtschaftsfoerderung',
  'fachkraeftebuendnis',
  'hochschule',
  'weiterbildung',
  'elternvertretung',
  'schuelervertretung',
  'migrantenorganisation',
  'politik',
  'stiftung_netzwerk',
] as const;
export type ActorGroup = (typeof ACTOR_GROUPS)[number];

/** German labels, used by the import (a file may name the group by label) and exports. */
export const ACTOR_GROUP_LABELS: Record<ActorGroup, string> = {
  kreisverwaltung: 'Landkreis (Kreisverwaltung, Bildungsbüro)',
  gemeinde: 'Städte, Gemeinden, Samtgemeinden',
  jugendamt: 'Jugendamt',
  rlsb: 'Regionales Landesamt für Schule und Bildung',
  kultusministerium: 'Kultusministerium',
  schule_grund: 'Grundschule',
  schule_ober: 'Oberschule',
  schule_haupt: 'Hauptschule',
  schule_real: 'Realschule',
  schule_gymnasium: 'Gymnasium',
  schule_gesamt: 'Gesamtschule (IGS/KGS)',
  schule_foerder: 'Förderschule',
  bbs: 'Berufsbildende Schulen',
  kita_traeger: 'Kita-Träger',
  jugendhilfe_frei: 'Freie Träger der Jugendhilfe',
  agentur: 'Agentur für Arbeit',
  jobcenter: 'Jobcenter',
  jba: 'Jugendberufsagentur',
  ihk: 'Industrie- und Handelskammer',
  hwk: 'Handwerkskammer',
  kreishandwerkerschaft: 'Kreishandwerkerschaft, Innungen',
  betrieb: 'Ausbildungsbetriebe, Unternehmen',
  arbeitgeberverband: 'Arbeitgeberverbände',
  gewerkschaft: 'Gewerkschaften',
  wirtschaftsfoerderung: 'Wirtschaftsförderung',
  fachkraeftebuendnis: 'Regionales Fachkräftebündnis',
  hochschule: 'Hochschulen, Berufsakademien',
  weiterbildung: 'Weiterbildungsträger',
  elternvertretung: 'Elternvertretungen',
  schuelervertretung: 'Schülervertretungen',
  migrantenorganisation: 'Migrantenorganisationen',
  politik: 'Kreistag und Ausschüsse',
  stiftung_netzwerk: 'Stiftungen, Netzwerke',
};

export const SCHOOL_GROUPS: readonly ActorGroup[] = [
  'schule_grund',
  'schule_ober',
  'schule_haupt',
  'schule_real',
  'schule_gymnasium',
  'schule_gesamt',
  'schule_foerder',
  'bbs',
];

export const ORGANISATION_RELATION_KINDS = [
  'cooperation_partner',
  'member_of',
  'operator_of',
  'training_partnership',
] as const;
export type OrganisationRelationKind = (typeof ORGANISATION_RELATION_KINDS)[number];

export const PERSON_ROLE_KINDS = ['works_at', 'represents'] as const;

/** Edge kinds of the stakeholder graph: where a tie between two organisations comes from. */
export const EDGE_KINDS = ['relation', 'membership', 'agreement', 'meeting'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Finds an actor group by code or German label (case and spacing ignored). */
export function actorGroupFrom(text: string): ActorGroup | null {
  const wanted = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!wanted) return null;
  for (const group of ACTOR_GROUPS) {
    if (group === wanted) return group;
    if (ACTOR_GROUP_LABELS[group].toLowerCase() === wanted) return group;
  }
  return null;
}
