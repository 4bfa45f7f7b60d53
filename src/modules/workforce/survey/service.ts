import type { Database, Queryable } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors.ts';
import { importFile } from '../../statistics/import-service.ts';
import { aggregate, MIN_ANSWERS } from './aggregate.ts';
import { datasetSource, datasetTableCode, surveyDatasetCsv } from './dataset.ts';
import { answerProblems, type Response, SECTORS } from './design.ts';
import * as repository from './repository.ts';
import { hashToken, newToken, TOKEN_PATTERN } from './tokens.ts';

/** Short Kreis name for titles: "Stade, Landkreis" → "Stade". */
export function shortRegionName(name: string): string {
  return name.replace(/,\s*(Landkreis|Kreis|Stadt|kreisfreie Stadt|Region)$/i, '').trim();
}

function present(row: repository.SurveyRow) {
  return {
    id: row.id,
    region: { key: row.region_key, name: row.region_name },
    title: row.title,
    surveyYear: row.survey_year,
    intro: row.intro,
    occupations: row.occupations,
    hireYears: row.hire_years,
    blocks: row.blocks,
    status: row.status,
    datasetId: row.dataset_id,
    createdAt: row.created_at,
    progress: { invited: row.invited, opened: row.opened, submitted: row.submitted },
  };
}

function presentInvitation(row: repository.InvitationRow) {
  return {
    id: row.id,
    companyName: row.company_name,
    contactEmail: row.contact_email,
    createdAt: row.created_at,
    openedAt: row.opened_at,
    submittedAt: row.submitted_at,
  };
}

export interface SurveyInput {
  region: string;
  title: string;
  surveyYear: number;
  intro: string;
  occupations: { kldb: string; name: string }[];
  hireYears: number[];
  blocks: { trainingPlaces: boolean; qualificationNeeds: boolean; hydrogen: boolean; lateralEntry: boolean };
}

async function surveyOrThrow(db: Queryable, id: number) {
  const row = await repository.getSurvey(db, id);
  if (!row) {
    throw new AppError('not_found', {
      message: `survey ${id} not found`,
      userMessage: `Die Befragung ${id} ist nicht vorhanden.`,
    });
  }
  return row;
}

export async function listSurveys(db: Queryable, region: string) {
  return (await repository.listSurveys(db, region)).map(present);
}

export async function getSurvey(db: Queryable, id: number) {
  return present(await surveyOrThrow(db, id));
}

export async function createSurvey(db: Database, input: SurveyInput, createdBy: string | null) {
  const known = await db.query('SELECT 1 FROM regions WHERE key = $1', [input.region]);
  if (known.rows.length === 0) {
    throw new AppError('validation', {
      message: `unknown region ${input.region}`,
      userMessage: `Die Region ${input.region} ist nicht bekannt.`,
    });
  }
  const id = await db.write((tx) =>
    repository.insertSurvey(
      tx,
      { ...input, regionKey: input.region, hireYears: [...input.hireYears].sort() },
      createdBy,
    ),
  );
  return getSurvey(db, id);
}

export async function updateSurvey(db: Database, id: number, input: SurveyInput) {
  return db.write(async (tx) => {
    const row = await surveyOrThrow(tx, id);
    if (row.region_key !== input.region) {
      throw new AppError('validation', {
        message: 'survey region cannot change',
        userMessage: 'Eine Befragung gehört zu ihrer Region; für eine andere Region bitte eine neue anlegen.',
      });
    }
    if ((await repository.countResponses(tx, id)) > 0) {
      throw new AppError('conflict', {
        message: `survey ${id} has responses`,
        userMessage: 'Die Befragung hat schon Antworten; ihre Fragen können nicht mehr geändert werden.',
      });
    }
    await repository.updateSurvey(tx, id, { ...input, hireYears: [...input.hireYears].sort() });
    return present((await repository.getSurvey(tx, id))!);
  });
}

export async function setStatus(db: Database, id: number, status: repository.SurveyRow['status']) {
  return db.write(async (tx) => {
    await surveyOrThrow(tx, id);
    await repository.setStatus(tx, id, status);
    return present((await repository.getSurvey(tx, id))!);
  });
}

export async function listInvitations(db: Queryable, surveyId: number) {
  await surveyOrThrow(db, surveyId);
  return (await repository.listInvitations(db, surveyId)).map(presentInvitation);
}

const answerPath = (token: string) => `/befragung/${token}`;

/** Personal links for companies; the token is returned once and stored only as its hash. */
export async function invite(
  db: Database,
  surveyId: number,
  companies: { name: string; email?: string | null }[],
) {
  return db.write(async (tx) => {
    await surveyOrThrow(tx, surveyId);
    const items = [];
    for (const company of companies) {
      const token = newToken();
      const row = await repository.insertInvitation(tx, surveyId, {
        companyName: company.name,
        contactEmail: company.email ?? null,
        tokenHash: hashToken(token),
      });
      items.push({ ...presentInvitation(row), token, path: answerPath(token) });
    }
    return items;
  });
}

/** A new link for an invitation (e.g. the first was lost); the old link stops working. */
export async function renewInvitation(db: Database, surveyId: number, invitationId: number) {
  const token = newToken();
  const row = await db.write((tx) => repository.replaceToken(tx, surveyId, invitationId, hashToken(token)));
  if (!row) {
    throw new AppError('not_found', {
      message: `invitation ${invitationId} of survey ${surveyId} not found`,
      userMessage: 'Diese Einladung gibt es nicht.',
    });
  }
  return { ...presentInvitation(row), token, path: answerPath(token) };
}

const INVALID_LINK = () =>
  new AppError('not_found', {
    message: 'unknown survey token',
    userMessage:
      'Dieser Befragungslink ist ungültig oder wurde ersetzt. Bitte wenden Sie sich an das Bildungsbüro.',
  });

async function invitationForToken(db: Queryable, token: string) {
  if (!TOKEN_PATTERN.test(token)) throw INVALID_LINK();
  const invitation = await repository.invitationByTokenHash(db, hashToken(token));
  if (!invitation) throw INVALID_LINK();
  return invitation;
}

/** What a company sees behind its link (marks the invitation as opened). */
export async function publicSurvey(db: Database, token: string) {
  const invitation = await invitationForToken(db, token);
  const survey = await surveyOrThrow(db, invitation.survey_id);
  if (survey.status === 'open') await db.write((tx) => repository.markOpened(tx, invitation.id));
  const response = await repository.getResponse(db, invitation.id);
  return {
    title: survey.title,
    intro: survey.intro,
    regionName: survey.region_name,
    companyName: invitation.company_name,
    status: survey.status,
    occupations: survey.occupations,
    hireYears: survey.hire_years,
    blocks: survey.blocks,
    sectors: [...SECTORS],
    response: response
      ? { sector: response.sector, employees: response.employees, answers: response.answers }
      : null,
  };
}

export async function submitResponse(db: Database, token: string, response: Response) {
  const invitation = await invitationForToken(db, token);
  await db.write(async (tx) => {
    const survey = await surveyOrThrow(tx, invitation.survey_id);
    if (survey.status !== 'open') {
      throw new AppError('conflict', {
        message: `survey ${survey.id} is ${survey.status}`,
        userMessage:
          survey.status === 'closed'
            ? 'Die Befragung ist abgeschlossen; Antworten werden nicht mehr angenommen.'
            : 'Die Befragung ist noch nicht geöffnet.',
      });
    }
    const problems = answerProblems(
      { occupations: survey.occupations, hireYears: survey.hire_years, blocks: survey.blocks },
      response,
    );
    if (problems.length > 0) {
      throw new AppError('validation', {
        message: `invalid survey response: ${problems.join(' ')}`,
        userMessage: `Die Antwort passt nicht zur Befragung: ${problems.join(' ')}`,
        details: { problems },
      });
    }
    const answers = {
      ...response.answers,
      trainingPlaces: survey.blocks.trainingPlaces ? response.answers.trainingPlaces : null,
      qualificationNeeds: survey.blocks.qualificationNeeds ? response.answers.qualificationNeeds : '',
      hydrogen: survey.blocks.hydrogen ? response.answers.hydrogen : null,
      hydrogenNeeds: survey.blocks.hydrogen ? response.answers.hydrogenNeeds : '',
      lateralEntry: survey.blocks.lateralEntry ? response.answers.lateralEntry : null,
    };
    await repository.upsertResponse(tx, survey.id, invitation.id, { ...response, answers });
  });
}

export async function results(db: Queryable, surveyId: number) {
  const survey = await surveyOrThrow(db, surveyId);
  const responses = await repository.listResponses(db, surveyId);
  return {
    survey: present(survey),
    minAnswers: MIN_ANSWERS,
    ...aggregate(survey.occupations, survey.hire_years, responses),
  };
}

export type Results = Awaited<ReturnType<typeof results>>;

/** Stores the aggregated, suppressed result in the statistics store through the own-data import. */
export async function publish(db: Database, surveyId: number, today = new Date()) {
  const result = await results(db, surveyId);
  const { survey } = result;
  const meta = {
    surveyId,
    regionKey: survey.region.key,
    regionName: shortRegionName(survey.region.name),
    surveyYear: survey.surveyYear,
    title: survey.title,
    asOf: today.toISOString().slice(0, 10),
  };
  const csv = surveyDatasetCsv(meta, result);
  const summary = await importFile(db, {
    fileName: `${datasetTableCode(meta)}.csv`,
    bytes: new TextEncoder().encode(csv),
  });
  await db.write((tx) => repository.setDataset(tx, surveyId, summary.datasetId!));
  return {
    datasetId: summary.datasetId!,
    table: summary.table,
    source: datasetSource(meta),
    rows: summary.rows,
  };
}
