import type { Queryable } from '../../../platform/db/database.ts';
import type { Answers, Blocks, Occupation } from './design.ts';

/** All SQL of the company demand survey. */

export interface SurveyRow {
  id: number;
  region_key: string;
  region_name: string;
  title: string;
  survey_year: number;
  intro: string;
  occupations: Occupation[];
  hire_years: number[];
  blocks: Blocks;
  status: 'draft' | 'open' | 'closed';
  dataset_id: number | null;
  created_at: string;
  invited: number;
  opened: number;
  submitted: number;
}

const SURVEY_COLUMNS = `s.id, s.region_key, r.name AS region_name, s.title, s.survey_year, s.intro, s.occupations, s.hire_years,
  s.blocks, s.status, s.dataset_id,
  to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
  (SELECT count(*)::int FROM survey_invitations i WHERE i.survey_id = s.id) AS invited,
  (SELECT count(*)::int FROM survey_invitations i WHERE i.survey_id = s.id AND i.opened_at IS NOT NULL) AS opened,
  (SELECT count(*)::int FROM survey_invitations i WHERE i.survey_id = s.id AND i.submitted_at IS NOT NULL) AS submitted`;

export async function listSurveys(db: Queryable, regionKey: string): Promise<SurveyRow[]> {
  const result = await db.query<SurveyRow>(
    `SELECT ${SURVEY_COLUMNS} FROM surveys s JOIN regions r ON r.key = s.region_key
     WHERE s.region_key = $1 ORDER BY s.survey_year DESC, s.id DESC`,
    [regionKey],
  );
  return result.rows;
}

export async function getSurvey(db: Queryable, id: number): Promise<SurveyRow | null> {
  const result = await db.query<SurveyRow>(
    `SELECT ${SURVEY_COLUMNS} FROM surveys s JOIN regions r ON r.key = s.region_key WHERE s.id = $1`,
    [id],
  );
  return result.rows[0] ?? null;
}

export interface SurveyInput {
  regionKey: string;
  title: string;
  surveyYear: number;
  intro: string;
  occupations: Occupation[];
  hireYears: number[];
  blocks: Blocks;
}

export async function insertSurvey(
  db: Queryable,
  input: SurveyInput,
  createdBy: string | null,
): Promise<number> {
  const result = await db.query<{ id: number }>(
    `INSERT INTO surveys (region_key, title, survey_year, intro, occupations, hire_years, blocks, created_by)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6::int[], $7::jsonb, $8) RETURNING id`,
    [
      input.regionKey,
      input.title,
      input.surveyYear,
      input.intro,
      JSON.stringify(input.occupations),
      input.hireYears,
      JSON.stringify(input.blocks),
      createdBy,
    ],
  );
  return result.rows[0]!.id;
}

export async function updateSurvey(db: Queryable, id: number, input: Omit<SurveyInput, 'regionKey'>) {
  await db.query(
    `UPDATE surveys SET title = $2, survey_year = $3, intro = $4, occupations = $5::jsonb, hire_years = $6::int[],
       blocks = $7::jsonb, updated_at = now() WHERE id = $1`,
    [
      id,
      input.title,
      input.surveyYear,
      input.intro,
      JSON.stringify(input.occupations),
      input.hireYears,
      JSON.stringify(input.blocks),
    ],
  );
}

export async function setStatus(db: Queryable, id: number, status: SurveyRow['status']) {
  await db.query('UPDATE surveys SET status = $2, updated_at = now() WHERE id = $1', [id, status]);
}

export async function setDataset(db: Queryable, id: number, datasetId: number) {
  await db.query('UPDATE surveys SET dataset_id = $2, updated_at = now() WHERE id = $1', [id, datasetId]);
}

export async function countResponses(db: Queryable, surveyId: number): Promise<number> {
  const result = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1',
    [surveyId],
  );
  return result.rows[0]?.n ?? 0;
}

export interface InvitationRow {
  id: number;
  survey_id: number;
  company_name: string;
  contact_email: string | null;
  created_at: string;
  opened_at: string | null;
  submitted_at: string | null;
}

const INVITATION_COLUMNS = `id, survey_id, company_name, contact_email,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
  to_char(opened_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS opened_at,
  to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS submitted_at`;

export async function listInvitations(db: Queryable, surveyId: number): Promise<InvitationRow[]> {
  const result = await db.query<InvitationRow>(
    `SELECT ${INVITATION_COLUMNS} FROM survey_invitations WHERE survey_id = $1 ORDER BY company_name, id`,
    [surveyId],
  );
  return result.rows;
}

export async function insertInvitation(
  db: Queryable,
  surveyId: number,
  invitation: { companyName: string; contactEmail: string | null; tokenHash: string },
): Promise<InvitationRow> {
  const result = await db.query<InvitationRow>(
    `INSERT INTO survey_invitations (survey_id, company_name, contact_email, token_hash) VALUES ($1, $2, $3, $4)
     RETURNING ${INVITATION_COLUMNS}`,
    [surveyId, invitation.companyName, invitation.contactEmail, invitation.tokenHash],
  );
  return result.rows[0]!;
}

export async function replaceToken(db: Queryable, surveyId: number, invitationId: number, tokenHash: string) {
  const result = await db.query<InvitationRow>(
    `UPDATE survey_invitations SET token_hash = $3 WHERE survey_id = $1 AND id = $2 RETURNING ${INVITATION_COLUMNS}`,
    [surveyId, invitationId, tokenHash],
  );
  return result.rows[0] ?? null;
}

export async function invitationByTokenHash(db: Queryable, tokenHash: string) {
  const result = await db.query<InvitationRow>(
    `SELECT ${INVITATION_COLUMNS} FROM survey_invitations WHERE token_hash = $1`,
    [tokenHash],
  );
  return result.rows[0] ?? null;
}

export async function markOpened(db: Queryable, invitationId: number) {
  await db.query('UPDATE survey_invitations SET opened_at = now() WHERE id = $1 AND opened_at IS NULL', [
    invitationId,
  ]);
}

export interface ResponseRow {
  invitation_id: number;
  sector: string;
  employees: number | null;
  answers: Answers;
}

export async function getResponse(db: Queryable, invitationId: number): Promise<ResponseRow | null> {
  const result = await db.query<ResponseRow>(
    'SELECT invitation_id, sector, employees, answers FROM survey_responses WHERE invitation_id = $1',
    [invitationId],
  );
  return result.rows[0] ?? null;
}

export async function upsertResponse(
  db: Queryable,
  surveyId: number,
  invitationId: number,
  response: { sector: string; employees: number | null; answers: Answers },
) {
  await db.query(
    `INSERT INTO survey_responses (invitation_id, survey_id, sector, employees, answers) VALUES ($1, $2, $3, $4, $5::jsonb)
     ON CONFLICT (invitation_id) DO UPDATE SET sector = EXCLUDED.sector, employees = EXCLUDED.employees,
       answers = EXCLUDED.answers, submitted_at = now()`,
    [invitationId, surveyId, response.sector, response.employees, JSON.stringify(response.answers)],
  );
  await db.query('UPDATE survey_invitations SET submitted_at = now() WHERE id = $1', [invitationId]);
}

export async function listResponses(db: Queryable, surveyId: number): Promise<ResponseRow[]> {
  const result = await db.query<ResponseRow>(
    'SELECT invitation_id, sector, employees, answers FROM survey_responses WHERE survey_id = $1 ORDER BY invitation_id',
    [surveyId],
  );
  return result.rows;
}
