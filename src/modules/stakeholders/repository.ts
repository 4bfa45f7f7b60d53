import type { Queryable } from '../../platform/db/database.ts';

/** All SQL of the stakeholder register. */

export interface OrganisationRow {
  id: string;
  name: string;
  shortName: string | null;
  actorGroup: string;
  legalForm: string | null;
  parentId: string | null;
  schoolNumber: string | null;
  municipalityAgs: string | null;
  municipalityName: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  website: string | null;
  notes: string | null;
  demo: boolean;
}

export interface OrganisationValues {
  name: string;
  shortName?: string | null | undefined;
  actorGroup: string;
  legalForm?: string | null | undefined;
  parentId?: string | null | undefined;
  schoolNumber?: string | null | undefined;
  municipalityAgs?: string | null | undefined;
  street?: string | null | undefined;
  postalCode?: string | null | undefined;
  city?: string | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  website?: string | null | undefined;
  notes?: string | null | undefined;
}

const ORGANISATION_COLUMNS = `o.id, o.name, o.short_name AS "shortName", o.actor_group AS "actorGroup",
  o.legal_form AS "legalForm", o.parent_id AS "parentId", o.school_number AS "schoolNumber",
  o.municipality_ags AS "municipalityAgs", r.name AS "municipalityName", o.street,
  o.postal_code AS "postalCode", o.city, o.latitude, o.longitude, o.website, o.notes, o.demo`;

export async function listOrganisations(
  db: Queryable,
  filter: { q?: string | undefined; actorGroup?: string | undefined; region?: string | undefined },
): Promise<OrganisationRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.q) {
    params.push(`%${filter.q.toLowerCase()}%`);
    where.push(
      `(lower(o.name) LIKE $${params.length} OR lower(coalesce(o.short_name, '')) LIKE $${params.length} OR lower(coalesce(o.city, '')) LIKE $${params.length})`,
    );
  }
  if (filter.actorGroup) {
    params.push(filter.actorGroup);
    where.push(`o.actor_group = $${params.length}`);
  }
  if (filter.region) {
    params.push(`${filter.region}%`);
    where.push(`o.municipality_ags LIKE $${params.length}`);
  }
  const result = await db.query<OrganisationRow>(
    `SELECT ${ORGANISATION_COLUMNS} FROM organisations o LEFT JOIN regions r ON r.key = o.municipality_ags
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY o.name, o.id`,
    params,
  );
  return result.rows;
}

export async function getOrganisation(db: Queryable, id: string): Promise<OrganisationRow | null> {
  const result = await db.query<OrganisationRow>(
    `SELECT ${ORGANISATION_COLUMNS} FROM organisations o LEFT JOIN regions r ON r.key = o.municipality_ags WHERE o.id = $1`,
    [id],
  );
  return result.rows[0] ?? null;
}

const VALUE_COLUMNS = [
  'name',
  'short_name',
  'actor_group',
  'legal_form',
  'parent_id',
  'school_number',
  'municipality_ags',
  'street',
  'postal_code',
  'city',
  'latitude',
  'longitude',
  'website',
  'notes',
] as const;

function organisationParams(values: OrganisationValues): unknown[] {
  return [
    values.name,
    values.shortName ?? null,
    values.actorGroup,
    values.legalForm ?? null,
    values.parentId ?? null,
    values.schoolNumber ?? null,
    values.municipalityAgs ?? null,
    values.street ?? null,
    values.postalCode ?? null,
    values.city ?? null,
    values.latitude ?? null,
    values.longitude ?? null,
    values.website ?? null,
    values.notes ?? null,
  ];
}

export async function insertOrganisation(
  db: Queryable,
  id: string,
  values: OrganisationValues,
  demo = false,
): Promise<void> {
  const placeholders = VALUE_COLUMNS.map((_, i) => `$${i + 2}`).join(', ');
  await db.query(
    `INSERT INTO organisations (id, ${VALUE_COLUMNS.join(', ')}, demo) VALUES ($1, ${placeholders}, $${VALUE_COLUMNS.length + 2})`,
    [id, ...organisationParams(values), demo],
  );
}

export async function updateOrganisation(
  db: Queryable,
  id: string,
  values: OrganisationValues,
): Promise<boolean> {
  const sets = VALUE_COLUMNS.map((column, i) => `${column} = $${i + 2}`).join(', ');
  const result = await db.query(`UPDATE organisations SET ${sets}, updated_at = now() WHERE id = $1`, [
    id,
    ...organisationParams(values),
  ]);
  return result.rowCount > 0;
}

export async function deleteOrganisation(db: Queryable, id: string): Promise<boolean> {
  const result = await db.query('DELETE FROM organisations WHERE id = $1', [id]);
  return result.rowCount > 0;
}

/** Candidates for duplicate detection: every organisation's official id, name and municipality. */
export async function duplicateKeys(db: Queryable): Promise<
  {
    id: string;
    name: string;
    schoolNumber: string | null;
    municipalityAgs: string | null;
    city: string | null;
  }[]
> {
  const result = await db.query<{
    id: string;
    name: string;
    schoolNumber: string | null;
    municipalityAgs: string | null;
    city: string | null;
  }>(
    'SELECT id, name, school_number AS "schoolNumber", municipality_ags AS "municipalityAgs", city FROM organisations',
  );
  return result.rows;
}

// ---- persons ---------------------------------------------------------------------------------

export interface PersonRow {
  id: string;
  givenName: string;
  familyName: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  consent: boolean;
  consentDate: string | null;
  purpose: string;
  demo: boolean;
}

export interface PersonRoleRow {
  id: string;
  personId: string;
  personName: string;
  organisationId: string;
  organisationName: string;
  kind: 'works_at' | 'represents';
  role: string | null;
  validFrom: string | null;
  validTo: string | null;
}

const PERSON_COLUMNS = `id, given_name AS "givenName", family_name AS "familyName", title, email, phone, consent,
  to_char(consent_date, 'YYYY-MM-DD') AS "consentDate", purpose, demo`;

export async function listPersons(db: Queryable): Promise<PersonRow[]> {
  const result = await db.query<PersonRow>(
    `SELECT ${PERSON_COLUMNS} FROM persons ORDER BY family_name, given_name, id`,
  );
  return result.rows;
}

export async function getPerson(db: Queryable, id: string): Promise<PersonRow | null> {
  const result = await db.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM persons WHERE id = $1`, [id]);
  return result.rows[0] ?? null;
}

export async function insertPerson(
  db: Queryable,
  id: string,
  p: {
    givenName: string;
    familyName: string;
    title?: string | null | undefined;
    email?: string | null | undefined;
    phone?: string | null | undefined;
    consent: boolean;
    consentDate?: string | null | undefined;
    purpose: string;
  },
  demo = false,
): Promise<void> {
  await db.query(
    `INSERT INTO persons (id, given_name, family_name, title, email, phone, consent, consent_date, purpose, demo)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      id,
      p.givenName,
      p.familyName,
      p.title ?? null,
      p.email ?? null,
      p.phone ?? null,
      p.consent,
      p.consentDate ?? null,
      p.purpose,
      demo,
    ],
  );
}

export async function deletePerson(db: Queryable, id: string): Promise<boolean> {
  const result = await db.query('DELETE FROM persons WHERE id = $1', [id]);
  return result.rowCount > 0;
}

const ROLE_SELECT = `SELECT pr.id, pr.person_id AS "personId", p.given_name || ' ' || p.family_name AS "personName",
  pr.organisation_id AS "organisationId", o.name AS "organisationName", pr.kind, pr.role,
  to_char(pr.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(pr.valid_to, 'YYYY-MM-DD') AS "validTo"
  FROM person_roles pr JOIN persons p ON p.id = pr.person_id JOIN organisations o ON o.id = pr.organisation_id`;

export async function rolesOfPersons(db: Queryable, personIds: readonly string[]): Promise<PersonRoleRow[]> {
  if (personIds.length === 0) return [];
  const result = await db.query<PersonRoleRow>(
    `${ROLE_SELECT} WHERE pr.person_id = ANY($1::text[]) ORDER BY o.name`,
    [personIds],
  );
  return result.rows;
}

export async function rolesAtOrganisation(db: Queryable, organisationId: string): Promise<PersonRoleRow[]> {
  const result = await db.query<PersonRoleRow>(
    `${ROLE_SELECT} WHERE pr.organisation_id = $1 ORDER BY p.family_name, p.given_name`,
    [organisationId],
  );
  return result.rows;
}

export async function insertPersonRole(
  db: Queryable,
  id: string,
  r: {
    personId: string;
    organisationId: string;
    kind: string;
    role?: string | null | undefined;
    validFrom?: string | null | undefined;
    validTo?: string | null | undefined;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO person_roles (id, person_id, organisation_id, kind, role, valid_from, valid_to)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [id, r.personId, r.organisationId, r.kind, r.role ?? null, r.validFrom ?? null, r.validTo ?? null],
  );
}

// ---- relations -------------------------------------------------------------------------------

export interface RelationRow {
  id: string;
  sourceId: string;
  sourceName: string;
  targetId: string;
  targetName: string;
  kind: 'cooperation_partner' | 'member_of' | 'operator_of' | 'training_partnership';
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
}

const RELATION_SELECT = `SELECT rel.id, rel.source_id AS "sourceId", s.name AS "sourceName", rel.target_id AS "targetId",
  t.name AS "targetName", rel.kind, to_char(rel.valid_from, 'YYYY-MM-DD') AS "validFrom",
  to_char(rel.valid_to, 'YYYY-MM-DD') AS "validTo", rel.note
  FROM organisation_relations rel JOIN organisations s ON s.id = rel.source_id JOIN organisations t ON t.id = rel.target_id`;

export async function listRelations(db: Queryable, organisationId?: string): Promise<RelationRow[]> {
  const result = organisationId
    ? await db.query<RelationRow>(
        `${RELATION_SELECT} WHERE rel.source_id = $1 OR rel.target_id = $1 ORDER BY rel.valid_from NULLS FIRST, rel.id`,
        [organisationId],
      )
    : await db.query<RelationRow>(`${RELATION_SELECT} ORDER BY s.name, t.name, rel.id`);
  return result.rows;
}

export async function getRelation(db: Queryable, id: string): Promise<RelationRow | null> {
  const result = await db.query<RelationRow>(`${RELATION_SELECT} WHERE rel.id = $1`, [id]);
  return result.rows[0] ?? null;
}

export async function insertRelation(
  db: Queryable,
  id: string,
  r: {
    sourceId: string;
    targetId: string;
    kind: string;
    validFrom?: string | null | undefined;
    validTo?: string | null | undefined;
    note?: string | null | undefined;
  },
  demo = false,
): Promise<void> {
  await db.query(
    `INSERT INTO organisation_relations (id, source_id, target_id, kind, valid_from, valid_to, note, demo)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, r.sourceId, r.targetId, r.kind, r.validFrom ?? null, r.validTo ?? null, r.note ?? null, demo],
  );
}

export async function deleteRelation(db: Queryable, id: string): Promise<boolean> {
  const result = await db.query('DELETE FROM organisation_relations WHERE id = $1', [id]);
  return result.rowCount > 0;
}

// ---- assessments -----------------------------------------------------------------------------

export interface AssessmentRow {
  id: string;
  organisationId: string;
  organisationName: string;
  actorGroup: string;
  topic: string;
  assessedOn: string;
  author: string;
  influence: number;
  interest: number;
  power: number;
  legitimacy: number;
  urgency: number;
  attitude: number;
  reason: string | null;
}

export async function listAssessments(
  db: Queryable,
  filter: { organisationId?: string | undefined; topic?: string | undefined; latest?: boolean },
): Promise<AssessmentRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.organisationId) {
    params.push(filter.organisationId);
    where.push(`a.organisation_id = $${params.length}`);
  }
  if (filter.topic) {
    params.push(filter.topic);
    where.push(`a.topic = $${params.length}`);
  }
  const select = `SELECT a.id, a.organisation_id AS "organisationId", o.name AS "organisationName",
    o.actor_group AS "actorGroup", a.topic, to_char(a.assessed_on, 'YYYY-MM-DD') AS "assessedOn", a.author,
    a.influence::int AS influence, a.interest::int AS interest, a.power::int AS power,
    a.legitimacy::int AS legitimacy, a.urgency::int AS urgency, a.attitude::int AS attitude, a.reason,
    a.assessed_on AS sort_date, a.created_at
    FROM assessments a JOIN organisations o ON o.id = a.organisation_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  const sql = filter.latest
    ? `SELECT DISTINCT ON ("organisationId", topic) * FROM (${select}) x
       ORDER BY "organisationId", topic, sort_date DESC, created_at DESC, id`
    : `${select} ORDER BY a.assessed_on, a.created_at, a.id`;
  const result = await db.query<AssessmentRow & { sort_date?: unknown; created_at?: unknown }>(sql, params);
  return result.rows.map(({ sort_date: _s, created_at: _c, ...row }) => row);
}

export async function insertAssessment(
  db: Queryable,
  id: string,
  a: {
    organisationId: string;
    topic: string;
    assessedOn: string;
    author: string;
    influence: number;
    interest: number;
    power: number;
    legitimacy: number;
    urgency: number;
    attitude: number;
    reason?: string | null | undefined;
  },
  demo = false,
): Promise<void> {
  await db.query(
    `INSERT INTO assessments (id, organisation_id, topic, assessed_on, author, influence, interest, power,
       legitimacy, urgency, attitude, reason, demo)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      id,
      a.organisationId,
      a.topic,
      a.assessedOn,
      a.author,
      a.influence,
      a.interest,
      a.power,
      a.legitimacy,
      a.urgency,
      a.attitude,
      a.reason ?? null,
      demo,
    ],
  );
}

// ---- graph -----------------------------------------------------------------------------------

export interface GraphNodeRow {
  id: string;
  name: string;
  actorGroup: string;
  demo: boolean;
}

export async function graphNodes(db: Queryable): Promise<GraphNodeRow[]> {
  const result = await db.query<GraphNodeRow>(
    'SELECT id, name, actor_group AS "actorGroup", demo FROM organisations ORDER BY name, id',
  );
  return result.rows;
}

/** Relations between organisations that overlap the window [from, to] (open ends allowed). */
export async function relationTies(
  db: Queryable,
  window: { from: string | null; to: string | null },
): Promise<{ source: string; target: string; label: string }[]> {
  const result = await db.query<{ source: string; target: string; label: string }>(
    `SELECT source_id AS source, target_id AS target, kind AS label FROM organisation_relations
     WHERE ($1::date IS NULL OR valid_to IS NULL OR valid_to >= $1::date)
       AND ($2::date IS NULL OR valid_from IS NULL OR valid_from <= $2::date)
     ORDER BY id`,
    [window.from, window.to],
  );
  return result.rows;
}
