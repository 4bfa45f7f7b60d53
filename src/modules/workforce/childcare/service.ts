import type { Database, Queryable } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors.ts';
import { chooseBasePopulation } from './base-population.ts';
import { defaultParameters, type ForecastParameters, PARAMETERS, type ParameterKey } from './parameters.ts';
import { type ForecastYear, runForecast } from './projection.ts';
import * as repository from './repository.ts';

export type ParameterOverrides = Partial<Record<ParameterKey, number | null>>;

export interface ForecastRequest {
  region: string;
  horizonYear: number;
  baseYear?: number;
  params: ParameterOverrides;
}

export function mergeParameters(overrides: ParameterOverrides): ForecastParameters {
  const merged = defaultParameters() as Record<ParameterKey, number | null>;
  for (const definition of PARAMETERS) {
    const value = overrides[definition.key];
    if (value === undefined) continue;
    if (value === null && definition.key !== 'staffPersons') continue;
    merged[definition.key] = value;
  }
  return merged as ForecastParameters;
}

export async function forecast(db: Queryable, request: ForecastRequest) {
  const name = await repository.regionName(db, request.region);
  if (!name) {
    throw new AppError('not_found', {
      message: `region ${request.region} not found`,
      userMessage: `Die Region ${request.region} ist nicht bekannt.`,
    });
  }
  const choice = chooseBasePopulation(await repository.ageObservations(db, request.region), request.baseYear);
  if (!choice.ok) {
    const wanted = request.baseYear ? ` für das Basisjahr ${request.baseYear}` : '';
    throw new AppError('validation', {
      message: `no base population for ${request.region}: ${choice.reason}`,
      userMessage:
        choice.reason === 'blocked'
          ? `Die Altersgruppen für ${name}${wanted} sind gesperrt oder unbekannt (${choice.detail}); es wird nicht mit 0 gerechnet.`
          : `Für ${name}${wanted} ist keine Bevölkerung nach Altersgruppen (unter 3, 3 bis unter 6, 6 bis unter 10 Jahre) importiert. Bitte z. B. die Tabelle 12411-0018 oder 12411-02-03-4 importieren.`,
      details: { region: request.region, availablePeriods: choice.periods },
    });
  }
  if (request.horizonYear < choice.base.year) {
    throw new AppError('validation', {
      message: `horizon ${request.horizonYear} before base ${choice.base.year}`,
      userMessage: `Das Zieljahr ${request.horizonYear} liegt vor dem Basisjahr ${choice.base.year}.`,
    });
  }
  const params = mergeParameters(request.params);
  const result = runForecast(choice.base, request.horizonYear, params);
  return {
    region: { key: request.region, name },
    base: { ...choice.base, source: choice.source, availablePeriods: choice.periods },
    horizonYear: request.horizonYear,
    staffPersonsDerived: result.staffPersonsDerived,
    parameters: PARAMETERS.map((definition) => ({
      ...definition,
      value: params[definition.key],
      isDefault: params[definition.key] === definition.defaultValue,
    })),
    years: result.years,
  };
}

export type ForecastView = Awaited<ReturnType<typeof forecast>>;

function presentScenario(row: repository.ScenarioRow) {
  return {
    id: row.id,
    region: row.region_key,
    label: row.label,
    horizonYear: row.horizon_year,
    baseYear: row.base_year,
    params: row.params as ParameterOverrides,
    note: row.note,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type ScenarioView = ReturnType<typeof presentScenario>;

export interface ScenarioInput {
  region: string;
  label: string;
  horizonYear: number;
  baseYear?: number | undefined;
  params: ParameterOverrides;
  note: string;
}

function scenarioRequest(input: ScenarioInput): ForecastRequest {
  return {
    region: input.region,
    horizonYear: input.horizonYear,
    ...(input.baseYear === undefined ? {} : { baseYear: input.baseYear }),
    params: input.params,
  };
}

export async function listScenarios(db: Queryable, region: string) {
  return (await repository.listScenarios(db, region)).map(presentScenario);
}

async function scenarioOrThrow(db: Queryable, id: number) {
  const [row] = await repository.getScenarios(db, [id]);
  if (!row) {
    throw new AppError('not_found', {
      message: `scenario ${id} not found`,
      userMessage: `Das Szenario ${id} ist nicht vorhanden.`,
    });
  }
  return row;
}

function labelConflict(label: string) {
  return new AppError('conflict', {
    message: `scenario label ${label} taken`,
    userMessage: `Ein Szenario mit dem Namen „${label}“ gibt es für diese Region schon.`,
  });
}

export async function createScenario(db: Database, input: ScenarioInput, createdBy: string | null) {
  // Run once, so that a scenario that cannot be computed (no data) is not saved.
  await forecast(db, scenarioRequest(input));
  return db.write(async (tx) => {
    if (await repository.labelTaken(tx, input.region, input.label)) throw labelConflict(input.label);
    const id = await repository.insertScenario(tx, {
      regionKey: input.region,
      label: input.label,
      horizonYear: input.horizonYear,
      baseYear: input.baseYear ?? null,
      params: input.params,
      note: input.note,
      createdBy,
    });
    return presentScenario((await repository.getScenarios(tx, [id]))[0]!);
  });
}

export async function updateScenario(db: Database, id: number, input: ScenarioInput) {
  const existing = await scenarioOrThrow(db, id);
  if (existing.region_key !== input.region) {
    throw new AppError('validation', {
      message: 'scenario region cannot change',
      userMessage: 'Ein Szenario gehört zu seiner Region; für eine andere Region bitte ein neues anlegen.',
    });
  }
  await forecast(db, scenarioRequest(input));
  return db.write(async (tx) => {
    if (await repository.labelTaken(tx, input.region, input.label, id)) throw labelConflict(input.label);
    await repository.updateScenario(tx, id, { ...input, baseYear: input.baseYear ?? null });
    return presentScenario((await repository.getScenarios(tx, [id]))[0]!);
  });
}

export async function deleteScenario(db: Database, id: number) {
  const deleted = await db.write((tx) => repository.deleteScenario(tx, id));
  if (!deleted) await scenarioOrThrow(db, id);
}

export async function compareScenarios(db: Queryable, ids: number[]) {
  const rows = await repository.getScenarios(db, ids);
  const missing = ids.filter((id) => !rows.some((row) => row.id === id));
  if (missing.length > 0) {
    throw new AppError('not_found', {
      message: `scenarios ${missing.join(',')} not found`,
      userMessage: `Szenario nicht vorhanden: ${missing.join(', ')}.`,
    });
  }
  const ordered = ids.map((id) => rows.find((row) => row.id === id)!);
  const items = [];
  for (const row of ordered) {
    const scenario = presentScenario(row);
    items.push({
      scenario,
      forecast: await forecast(db, {
        region: row.region_key,
        horizonYear: row.horizon_year,
        ...(row.base_year === null ? {} : { baseYear: row.base_year }),
        params: scenario.params,
      }),
    });
  }
  return { items };
}

export type { ForecastYear };
