/**
 * Replacement and expansion demand against new supply (stock–flow model, workforce-projection.md
 * section A), pure. Runs per segment (occupation group or economic sector) for the horizons
 * given (5 and 10 years by default); supply is computed for the whole area and shared out to
 * the segments by their share of employment.
 */

export interface AgeBands {
  under25: number;
  from25to54: number;
  from55to64: number;
  from65: number;
}

export interface Segment {
  key: string;
  label: string;
  /** Insured employees today (E0). */
  employees: number;
  /** Employees by age band; shares are applied to `employees` so the bands may come from another year or area. */
  age: AgeBands;
  /** Where the age structure comes from: the segment's own figures or a proxy (e.g. Germany). */
  ageSource: 'own' | 'proxy';
}

export interface SupplyBase {
  /** Leavers of general schools per year (21111). */
  schoolLeaversPerYear: number | null;
  /** Leavers of vocational schools per year (21121). */
  vocationalGraduatesPerYear: number | null;
}

export interface ReplacementParams {
  /** Share of today's 55–64-year-olds who leave for retirement within 5 years. */
  retire55to64Within5: number;
  /** … within 10 years. */
  retire55to64Within10: number;
  /** Share of today's 65+ employees who leave within either horizon. */
  retire65plus: number;
  /** Annual non-retirement exit rate of employees under 55 (mortality, disability, emigration). */
  otherExitRate: number;
  /** Annual employment growth (expansion scenario; negative = shrinking). */
  growthRate: number;
  /** Which young-people supply counts: general-school leavers or vocational-school leavers (never both). */
  supplyBasis: 'school' | 'vocational';
  /** Share of the leavers who enter the local labour market within the horizon. */
  entryRate: number;
  /** University graduates returning to the area per year. */
  graduatesReturningPerYear: number;
  /** Net in-migration of 18–64-year-olds per year. */
  netMigrationPerYear: number;
  /** Share of migrants who are economically active. */
  migrantActivityRate: number;
  /** Share of active migrants in insured employment. */
  migrantInsuredShare: number;
  /** Activated reserves per year (more hours, return to work, recognised qualifications), persons. */
  activationPerYear: number;
  /** Commuter conversion: insured employees at workplace ÷ at residence. */
  commuterFactor: number;
}

export const DEFAULT_PARAMS: ReplacementParams = {
  retire55to64Within5: 0.5,
  retire55to64Within10: 0.95,
  retire65plus: 1,
  otherExitRate: 0.004,
  growthRate: 0.0,
  supplyBasis: 'school',
  entryRate: 0.55,
  graduatesReturningPerYear: 0,
  netMigrationPerYear: 0,
  migrantActivityRate: 0.75,
  migrantInsuredShare: 0.8,
  activationPerYear: 0,
  commuterFactor: 1,
};

/** Limits for validation: [min, max]. */
export const PARAM_LIMITS: Record<Exclude<keyof ReplacementParams, 'supplyBasis'>, [number, number]> = {
  retire55to64Within5: [0, 1],
  retire55to64Within10: [0, 1],
  retire65plus: [0, 1],
  otherExitRate: [0, 0.2],
  growthRate: [-0.1, 0.1],
  entryRate: [0, 1],
  graduatesReturningPerYear: [0, 1_000_000],
  netMigrationPerYear: [-1_000_000, 1_000_000],
  migrantActivityRate: [0, 1],
  migrantInsuredShare: [0, 1],
  activationPerYear: [0, 1_000_000],
  commuterFactor: [0.1, 5],
};

export interface SupplyComponents {
  young: number;
  graduates: number;
  migration: number;
  activation: number;
  residence: number;
  workplace: number;
}

export interface SegmentResult {
  key: string;
  label: string;
  employees: number;
  ageSource: 'own' | 'proxy';
  share55plus: number;
  horizon: number;
  retirement: number;
  otherExits: number;
  expansion: number;
  newDemand: number;
  supply: number;
  gap: number;
  /** Gap as share of new demand (null when there is no new demand). */
  gapShare: number | null;
}

export interface HorizonResult {
  horizon: number;
  supply: SupplyComponents;
  segments: SegmentResult[];
  total: Omit<SegmentResult, 'key' | 'label' | 'ageSource'> & { key: 'total'; label: string };
}

function ageTotal(age: AgeBands): number {
  return age.under25 + age.from25to54 + age.from55to64 + age.from65;
}

/** Supply over the horizon for the whole area (persons at workplace). */
export function supplyFor(base: SupplyBase, params: ReplacementParams, horizon: number): SupplyComponents {
  const perYear =
    params.supplyBasis === 'school'
      ? (base.schoolLeaversPerYear ?? 0)
      : (base.vocationalGraduatesPerYear ?? 0);
  const young = perYear * horizon * params.entryRate;
  const graduates = params.graduatesReturningPerYear * horizon;
  const migration =
    params.netMigrationPerYear * params.migrantActivityRate * params.migrantInsuredShare * horizon;
  const activation = params.activationPerYear * horizon;
  const residence = young + graduates + migration + activation;
  return { young, graduates, migration, activation, residence, workplace: residence * params.commuterFactor };
}

/** Demand components of one segment over the horizon. */
export function demandFor(segment: Segment, params: ReplacementParams, horizon: number) {
  const total = ageTotal(segment.age);
  const share = (count: number) => (total > 0 ? count / total : 0);
  const e0 = segment.employees;
  const older = e0 * share(segment.age.from55to64);
  const oldest = e0 * share(segment.age.from65);
  const younger = e0 * share(segment.age.under25 + segment.age.from25to54);
  const retireOlder = horizon <= 5 ? params.retire55to64Within5 : params.retire55to64Within10;
  const retirement = older * retireOlder + oldest * params.retire65plus;
  const otherExits = younger * (1 - (1 - params.otherExitRate) ** horizon);
  const expansion = e0 * ((1 + params.growthRate) ** horizon - 1);
  return {
    retirement,
    otherExits,
    expansion,
    newDemand: retirement + otherExits + expansion,
    share55plus: share(segment.age.from55to64 + segment.age.from65),
  };
}

export function project(
  segments: Segment[],
  base: SupplyBase,
  params: ReplacementParams,
  horizons: number[] = [5, 10],
): HorizonResult[] {
  const employees = segments.reduce((sum, segment) => sum + segment.employees, 0);
  return horizons.map((horizon) => {
    const supply = supplyFor(base, params, horizon);
    const results = segments.map((segment): SegmentResult => {
      const demand = demandFor(segment, params, horizon);
      const segmentSupply = employees > 0 ? (supply.workplace * segment.employees) / employees : 0;
      const gap = demand.newDemand - segmentSupply;
      return {
        key: segment.key,
        label: segment.label,
        employees: segment.employees,
        ageSource: segment.ageSource,
        share55plus: demand.share55plus,
        horizon,
        retirement: demand.retirement,
        otherExits: demand.otherExits,
        expansion: demand.expansion,
        newDemand: demand.newDemand,
        supply: segmentSupply,
        gap,
        gapShare: demand.newDemand > 0 ? gap / demand.newDemand : null,
      };
    });
    const sum = (pick: (result: SegmentResult) => number) => results.reduce((acc, r) => acc + pick(r), 0);
    const newDemand = sum((r) => r.newDemand);
    const older = sum((r) => r.employees * r.share55plus);
    const gap = newDemand - supply.workplace;
    return {
      horizon,
      supply,
      segments: results,
      total: {
        key: 'total',
        label: 'Insgesamt',
        employees,
        share55plus: employees > 0 ? older / employees : 0,
        horizon,
        retirement: sum((r) => r.retirement),
        otherExits: sum((r) => r.otherExits),
        expansion: sum((r) => r.expansion),
        newDemand,
        supply: supply.workplace,
        gap,
        gapShare: newDemand > 0 ? gap / newDemand : null,
      },
    };
  });
}

/** Explanations of the parameters, shown next to the inputs on the page and in the API. */
export const PARAM_HELP: Record<keyof ReplacementParams, { label: string; help: string; unit: string }> = {
  retire55to64Within5: {
    label: 'Austritte 55–64 Jahre in 5 Jahren',
    help: 'Anteil der heute 55- bis 64-Jährigen, der innerhalb von 5 Jahren in Rente geht (Annahme; Regelaltersgrenze steigt auf 67).',
    unit: 'Anteil',
  },
  retire55to64Within10: {
    label: 'Austritte 55–64 Jahre in 10 Jahren',
    help: 'Anteil der heute 55- bis 64-Jährigen, der innerhalb von 10 Jahren ausscheidet (Annahme 0,90–1,00).',
    unit: 'Anteil',
  },
  retire65plus: {
    label: 'Austritte ab 65 Jahren',
    help: 'Anteil der heute mindestens 65-Jährigen, der im Zeitraum ausscheidet (Annahme 1,0).',
    unit: 'Anteil',
  },
  otherExitRate: {
    label: 'Sonstige Abgänge unter 55 Jahren je Jahr',
    help: 'Abgänge aus Tod, Erwerbsminderung und Fortzug (0,3–0,6 % je Jahr); keine Wechsel innerhalb des Kreises.',
    unit: 'Anteil je Jahr',
  },
  growthRate: {
    label: 'Beschäftigungswachstum je Jahr (Erweiterungsszenario)',
    help: 'Jährliche Veränderung der Beschäftigung, −0,5 % bis +1,0 %; aus dem Kreistrend oder dem QuBe-Pfad des Landes ableiten.',
    unit: 'Anteil je Jahr',
  },
  supplyBasis: {
    label: 'Nachwuchs aus',
    help: 'Abgänge allgemeinbildender Schulen (21111) oder beruflicher Schulen (21121) – nie beide addieren, sonst wird derselbe Jahrgang doppelt gezählt.',
    unit: '',
  },
  entryRate: {
    label: 'Eintrittsquote in den örtlichen Arbeitsmarkt',
    help: 'Anteil der Abgängerinnen und Abgänger, der innerhalb des Zeitraums im Kreis eine Beschäftigung aufnimmt (Annahme 0,45–0,65).',
    unit: 'Anteil',
  },
  graduatesReturningPerYear: {
    label: 'Hochschulabsolventen (Rückkehr) je Jahr',
    help: 'Absolventinnen und Absolventen, die jährlich in den Kreis zurückkehren oder zuziehen.',
    unit: 'Personen je Jahr',
  },
  netMigrationPerYear: {
    label: 'Wanderungssaldo 18–64 Jahre je Jahr',
    help: 'Zuzüge minus Fortzüge im erwerbsfähigen Alter; aus der Wanderungsstatistik übernehmen.',
    unit: 'Personen je Jahr',
  },
  migrantActivityRate: {
    label: 'Erwerbsbeteiligung der Zugewanderten',
    help: 'Anteil der Zugewanderten, der erwerbstätig wird (Annahme 0,60–0,75).',
    unit: 'Anteil',
  },
  migrantInsuredShare: {
    label: 'Anteil sozialversicherungspflichtig',
    help: 'Anteil der Erwerbstätigen in sozialversicherungspflichtiger Beschäftigung (Annahme 0,8).',
    unit: 'Anteil',
  },
  activationPerYear: {
    label: 'Aktivierte Reserven je Jahr',
    help: 'Zusätzliche Personen aus Stundenaufstockung, Rückkehr, Älteren, Arbeitslosen, Anerkennung ausländischer Abschlüsse.',
    unit: 'Personen je Jahr',
  },
  commuterFactor: {
    label: 'Pendlerfaktor (Arbeitsort ÷ Wohnort)',
    help: 'Sozialversicherungspflichtig Beschäftigte am Arbeitsort geteilt durch die am Wohnort; unter 1 in Auspendlerkreisen wie Stade und Harburg.',
    unit: 'Faktor',
  },
};
