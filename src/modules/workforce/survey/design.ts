/** What a company demand survey (Betriebsbefragung) asks, and what an answer looks like. Pure. */

/** Sections of the WZ 2008 with the codes the statistics store uses for sectors (WZ08-…). */
export const SECTORS: readonly { code: string; label: string }[] = [
  { code: 'WZ08-A', label: 'Land- und Forstwirtschaft, Fischerei' },
  { code: 'WZ08-B', label: 'Bergbau und Gewinnung von Steinen und Erden' },
  { code: 'WZ08-C', label: 'Verarbeitendes Gewerbe' },
  { code: 'WZ08-D', label: 'Energieversorgung' },
  { code: 'WZ08-E', label: 'Wasserversorgung, Abwasser- und Abfallentsorgung' },
  { code: 'WZ08-F', label: 'Baugewerbe' },
  { code: 'WZ08-G', label: 'Handel; Instandhaltung und Reparatur von Kraftfahrzeugen' },
  { code: 'WZ08-H', label: 'Verkehr und Lagerei' },
  { code: 'WZ08-I', label: 'Gastgewerbe' },
  { code: 'WZ08-J', label: 'Information und Kommunikation' },
  { code: 'WZ08-K', label: 'Finanz- und Versicherungsdienstleistungen' },
  { code: 'WZ08-L', label: 'Grundstücks- und Wohnungswesen' },
  { code: 'WZ08-M', label: 'Freiberufliche, wissenschaftliche und technische Dienstleistungen' },
  { code: 'WZ08-N', label: 'Sonstige wirtschaftliche Dienstleistungen' },
  { code: 'WZ08-O', label: 'Öffentliche Verwaltung, Verteidigung; Sozialversicherung' },
  { code: 'WZ08-P', label: 'Erziehung und Unterricht' },
  { code: 'WZ08-Q', label: 'Gesundheits- und Sozialwesen' },
  { code: 'WZ08-R', label: 'Kunst, Unterhaltung und Erholung' },
  { code: 'WZ08-S', label: 'Sonstige Dienstleistungen' },
  { code: 'WZ08-T', label: 'Private Haushalte' },
  { code: 'WZ08-U', label: 'Exterritoriale Organisationen' },
];

export const SECTOR_CODES = SECTORS.map((sector) => sector.code) as [string, ...string[]];

export interface Occupation {
  /** KldB 2010 code, 2 to 5 digits (Berufsbereich … Berufsgattung). */
  kldb: string;
  name: string;
}

export interface Blocks {
  trainingPlaces: boolean;
  qualificationNeeds: boolean;
  hydrogen: boolean;
  lateralEntry: boolean;
}

export const LATERAL_ENTRY = ['yes', 'partly', 'no'] as const;
export type LateralEntry = (typeof LATERAL_ENTRY)[number];
export const HYDROGEN = ['yes', 'planned', 'no'] as const;
export type Hydrogen = (typeof HYDROGEN)[number];

export interface Answers {
  hires: { kldb: string; year: number; count: number }[];
  trainingPlaces: number | null;
  qualificationNeeds: string;
  hydrogen: Hydrogen | null;
  hydrogenNeeds: string;
  lateralEntry: LateralEntry | null;
}

export interface Response {
  sector: string;
  employees: number | null;
  answers: Answers;
}

/** Problems of an answer against the survey's design, in German; empty when it fits. */
export function answerProblems(
  design: { occupations: Occupation[]; hireYears: number[]; blocks: Blocks },
  response: Response,
): string[] {
  const problems: string[] = [];
  if (!SECTOR_CODES.includes(response.sector))
    problems.push(`Unbekannter Wirtschaftsabschnitt „${response.sector}“.`);
  const seen = new Set<string>();
  for (const hire of response.answers.hires) {
    if (!design.occupations.some((occupation) => occupation.kldb === hire.kldb))
      problems.push(`Der Beruf ${hire.kldb} gehört nicht zu dieser Befragung.`);
    if (!design.hireYears.includes(hire.year))
      problems.push(`Das Jahr ${hire.year} wird in dieser Befragung nicht erfragt.`);
    const key = `${hire.kldb}|${hire.year}`;
    if (seen.has(key)) problems.push(`Beruf ${hire.kldb}, Jahr ${hire.year} ist doppelt angegeben.`);
    seen.add(key);
  }
  if (!design.blocks.trainingPlaces && response.answers.trainingPlaces !== null)
    problems.push('Ausbildungsplätze werden in dieser Befragung nicht erfragt.');
  return problems;
}
