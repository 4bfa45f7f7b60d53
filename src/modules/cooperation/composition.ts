/**
 * Expected compositions by topic: the actor groups a body on that topic should include, after
 * the cooperation patterns of regional education management (docs/STAKEHOLDERS.md). A network
 * starts from a template and its editors adjust it. Pure.
 */
import type { ExpectedGroup } from './gaps.ts';

export interface CompositionTemplate {
  id: string;
  label: string;
  groups: readonly ExpectedGroup[];
}

const one = (...groups: string[]): ExpectedGroup[] =>
  groups.map((actorGroup) => ({ actorGroup, minCount: 1 }));

export const COMPOSITION_TEMPLATES: readonly CompositionTemplate[] = [
  {
    // Transition school → work: Kreis, school authority, SGB II/III/VIII bodies, chambers and
    // guilds, vocational and general schools, employers.
    id: 'uebergang_schule_beruf',
    label: 'Übergang Schule–Beruf',
    groups: one(
      'kreisverwaltung',
      'rlsb',
      'agentur',
      'jobcenter',
      'jugendamt',
      'ihk',
      'hwk',
      'kreishandwerkerschaft',
      'bbs',
      'schule_ober',
      'arbeitgeberverband',
    ),
  },
  {
    id: 'lenkungskreis',
    label: 'Lenkungskreis Bildungsregion',
    groups: one('kreisverwaltung', 'rlsb', 'jugendamt', 'agentur', 'ihk', 'hwk', 'bbs', 'politik'),
  },
  {
    id: 'jugendberufsagentur',
    label: 'Jugendberufsagentur',
    groups: one('agentur', 'jobcenter', 'jugendamt', 'bbs'),
  },
  {
    id: 'fachkraeftebuendnis',
    label: 'Fachkräftebündnis',
    groups: one(
      'kreisverwaltung',
      'agentur',
      'jobcenter',
      'ihk',
      'hwk',
      'gewerkschaft',
      'arbeitgeberverband',
    ),
  },
  {
    id: 'fruehkindliche_bildung',
    label: 'Frühkindliche Bildung / Übergang Kita–Grundschule',
    groups: [
      ...one('jugendamt', 'gemeinde', 'schule_grund', 'elternvertretung'),
      { actorGroup: 'kita_traeger', minCount: 2 },
    ],
  },
];

export function compositionTemplate(id: string): CompositionTemplate | undefined {
  return COMPOSITION_TEMPLATES.find((t) => t.id === id);
}
