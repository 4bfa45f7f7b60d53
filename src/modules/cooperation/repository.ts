import type { Queryable } from '../../platform/db/database.ts';

/** All SQL of networks, meetings, documents and agreements. Organisation names come from the register's table. */

const d = (column: string, alias: string) => `to_char(${column}, 'YYYY-MM-DD') AS "${alias}"`;

export interface NetworkRow {
  id: string;
  name: string;
  kind: string;
  topic: string | null;
  description: string | null;
  parentId: string | null;
  foundedOn: string | null;
  demo: boolean;
}

const NETWORK_SELECT = `SELECT n.id, n.name, n.kind, n.topic, n.description, n.parent_id AS "parentId",
  ${d('n.founded_on', 'foundedOn')}, n.demo FROM networks n`;

export async function listNetworks(db: Queryable, memberOrganisation: string | null): Promise<NetworkRow[]> {
  if (memberOrganisation === null) {
    return (await db.query<NetworkRow>(`${NETWORK_SELECT} ORDER BY n.name, n.id`)).rows;
  }
  const result = await db.query<NetworkRow>(
    `${NETWORK_SELECT} WHERE EXISTS (SELECT 1 FROM network_members m WHERE m.network_id = n.id
       AND m.organisation_id = $1 AND (m.left_on IS NULL OR m.left_on > CURRENT_DATE))
     ORDER BY n.name, n.id`,
    [memberOrganisation],
  );
  return result.rows;
}

export async function getNetwork(db: Queryable, id: string): Promise<NetworkRow | null> {
  return (await db.query<NetworkRow>(`${NETWORK_SELECT} WHERE n.id = $1`, [id])).rows[0] ?? null;
}

export async function insertNetwork(
  db: Queryable,
  id: string,
  n: {
    name: string;
    kind: string;
    topic?: string | null | undefined;
    description?: string | null | undefined;
    parentId?: string | null | undefined;
    foundedOn?: string | null | undefined;
  },
  demo = false,
): Promise<void> {
  await db.query(
    `INSERT INTO networks (id, name, kind, topic, description, parent_id, founded_on, demo)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      id,
      n.name,
      n.kind,
      n.topic ?? null,
      n.description ?? null,
      n.parentId ?? null,
      n.foundedOn ?? null,
      demo,
    ],
  );
}

export async function replaceExpectedGroups(
  db: Queryable,
  networkId: string,
  groups: readonly { actorGroup: string; minCount: number }[],
): Promise<void> {
  await db.query('DELETE FROM network_expected_groups WHERE network_id = $1', [networkId]);
  if (groups.length === 0) return;
  await db.query(
    `INSERT INTO network_expected_groups (network_id, actor_group, min_count)
     SELECT $1, g, c FROM unnest($2::text[], $3::int[]) AS t(g, c)`,
    [networkId, groups.map((g) => g.actorGroup), groups.map((g) => g.minCount)],
  );
}

export async function expectedGroups(
  db: Queryable,
  networkIds: readonly string[],
): Promise<{ networkId: string; actorGroup: string; minCount: number }[]> {
  if (networkIds.length === 0) return [];
  const result = await db.query<{ networkId: string; actorGroup: string; minCount: number }>(
    `SELECT network_id AS "networkId", actor_group AS "actorGroup", min_count AS "minCount"
     FROM network_expected_groups WHERE network_id = ANY($1::text[]) ORDER BY network_id, actor_group`,
    [networkIds],
  );
  return result.rows;
}

export interface MemberRow {
  id: string;
  networkId: string;
  organisationId: string;
  organisationName: string;
  actorGroup: string;
  personId: string | null;
  personName: string | null;
  position: string | null;
  joinedOn: string | null;
  leftOn: string | null;
}

export async function members(db: Queryable, networkIds: readonly string[]): Promise<MemberRow[]> {
  if (networkIds.length === 0) return [];
  const result = await db.query<MemberRow>(
    `SELECT m.id, m.network_id AS "networkId", m.organisation_id AS "organisationId", o.name AS "organisationName",
       o.actor_group AS "actorGroup", m.person_id AS "personId",
       CASE WHEN p.id IS NULL THEN NULL ELSE p.given_name || ' ' || p.family_name END AS "personName",
       m.position, ${d('m.joined_on', 'joinedOn')}, ${d('m.left_on', 'leftOn')}
     FROM network_members m JOIN organisations o ON o.id = m.organisation_id
     LEFT JOIN persons p ON p.id = m.person_id
     WHERE m.network_id = ANY($1::text[]) ORDER BY o.name, m.id`,
    [networkIds],
  );
  return result.rows;
}

export async function insertMember(
  db: Queryable,
  id: string,
  m: {
    networkId: string;
    organisationId: string;
    personId?: string | null | undefined;
    position?: string | null | undefined;
    joinedOn?: string | null | undefined;
    leftOn?: string | null | undefined;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO network_members (id, network_id, organisation_id, person_id, position, joined_on, left_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      id,
      m.networkId,
      m.organisationId,
      m.personId ?? null,
      m.position ?? null,
      m.joinedOn ?? null,
      m.leftOn ?? null,
    ],
  );
}

export async function updateMember(
  db: Queryable,
  networkId: string,
  memberId: string,
  patch: { leftOn: string | null; position?: string | null | undefined },
): Promise<boolean> {
  const result = await db.query(
    `UPDATE network_members SET left_on = $3, position = coalesce($4, position) WHERE id = $2 AND network_id = $1`,
    [networkId, memberId, patch.leftOn, patch.position ?? null],
  );
  return result.rowCount > 0;
}

export async function deleteMember(db: Queryable, networkId: string, memberId: string): Promise<boolean> {
  const result = await db.query('DELETE FROM network_members WHERE id = $2 AND network_id = $1', [
    networkId,
    memberId,
  ]);
  return result.rowCount > 0;
}

export async function organisationsExist(db: Queryable, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const result = await db.query<{ id: string }>('SELECT id FROM organisations WHERE id = ANY($1::text[])', [
    ids,
  ]);
  return new Set(result.rows.map((r) => r.id));
}

export async function personsExist(db: Queryable, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const result = await db.query<{ id: string }>('SELECT id FROM persons WHERE id = ANY($1::text[])', [ids]);
  return new Set(result.rows.map((r) => r.id));
}

// ---- meetings --------------------------------------------------------------------------------

export interface MeetingSummaryRow {
  id: string;
  networkId: string;
  heldOn: string;
  title: string;
  attendingOrganisations: number;
  openTasks: number;
}

export async function meetingSummaries(db: Queryable, networkId: string): Promise<MeetingSummaryRow[]> {
  const result = await db.query<MeetingSummaryRow>(
    `SELECT mt.id, mt.network_id AS "networkId", ${d('mt.held_on', 'heldOn')}, mt.title,
       (SELECT count(DISTINCT organisation_id)::int FROM meeting_attendance a WHERE a.meeting_id = mt.id) AS "attendingOrganisations",
       (SELECT count(*)::int FROM meeting_tasks t WHERE t.meeting_id = mt.id AND t.status IN ('open', 'in_progress')) AS "openTasks"
     FROM meetings mt WHERE mt.network_id = $1 ORDER BY mt.held_on DESC, mt.id`,
    [networkId],
  );
  return result.rows;
}

export interface MeetingRow {
  id: string;
  networkId: string;
  networkName: string;
  heldOn: string;
  title: string;
  agenda: string | null;
  minutes: string | null;
}

export async function getMeeting(db: Queryable, id: string): Promise<MeetingRow | null> {
  const result = await db.query<MeetingRow>(
    `SELECT mt.id, mt.network_id AS "networkId", n.name AS "networkName", ${d('mt.held_on', 'heldOn')}, mt.title,
       mt.agenda, mt.minutes FROM meetings mt JOIN networks n ON n.id = mt.network_id WHERE mt.id = $1`,
    [id],
  );
  return result.rows[0] ?? null;
}

export async function meetingAttendance(db: Queryable, meetingId: string) {
  const result = await db.query<{
    organisationId: string;
    organisationName: string;
    personId: string | null;
    personName: string | null;
  }>(
    `SELECT a.organisation_id AS "organisationId", o.name AS "organisationName", a.person_id AS "personId",
       CASE WHEN p.id IS NULL THEN NULL ELSE p.given_name || ' ' || p.family_name END AS "personName"
     FROM meeting_attendance a JOIN organisations o ON o.id = a.organisation_id LEFT JOIN persons p ON p.id = a.person_id
     WHERE a.meeting_id = $1 ORDER BY o.name, a.id`,
    [meetingId],
  );
  return result.rows;
}

export async function meetingDecisions(db: Queryable, meetingId: string) {
  const result = await db.query<{ id: string; text: string }>(
    'SELECT id, text FROM meeting_decisions WHERE meeting_id = $1 ORDER BY id',
    [meetingId],
  );
  return result.rows;
}

export async function meetingTasks(db: Queryable, meetingId: string) {
  const result = await db.query<{
    id: string;
    title: string;
    ownerOrganisationId: string | null;
    ownerOrganisationName: string | null;
    ownerPersonId: string | null;
    dueOn: string | null;
    status: 'open' | 'in_progress' | 'done' | 'cancelled';
  }>(
    `SELECT t.id, t.title, t.owner_organisation_id AS "ownerOrganisationId", o.name AS "ownerOrganisationName",
       t.owner_person_id AS "ownerPersonId", ${d('t.due_on', 'dueOn')}, t.status
     FROM meeting_tasks t LEFT JOIN organisations o ON o.id = t.owner_organisation_id
     WHERE t.meeting_id = $1 ORDER BY t.due_on NULLS LAST, t.id`,
    [meetingId],
  );
  return result.rows;
}

export async function insertMeeting(
  db: Queryable,
  id: string,
  m: {
    networkId: string;
    heldOn: string;
    title: string;
    agenda?: string | null | undefined;
    minutes?: string | null | undefined;
  },
  demo = false,
): Promise<void> {
  await db.query(
    `INSERT INTO meetings (id, network_id, held_on, title, agenda, minutes, demo) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [id, m.networkId, m.heldOn, m.title, m.agenda ?? null, m.minutes ?? null, demo],
  );
}

export async function insertAttendance(
  db: Queryable,
  meetingId: string,
  rows: readonly { id: string; organisationId: string; personId: string | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `INSERT INTO meeting_attendance (id, meeting_id, organisation_id, person_id)
     SELECT i, $1, o, p FROM unnest($2::text[], $3::text[], $4::text[]) AS t(i, o, p)`,
    [meetingId, rows.map((r) => r.id), rows.map((r) => r.organisationId), rows.map((r) => r.personId)],
  );
}

export async function insertDecision(
  db: Queryable,
  id: string,
  meetingId: string,
  text: string,
): Promise<void> {
  await db.query('INSERT INTO meeting_decisions (id, meeting_id, text) VALUES ($1, $2, $3)', [
    id,
    meetingId,
    text,
  ]);
}

export async function insertTask(
  db: Queryable,
  id: string,
  meetingId: string,
  t: {
    title: string;
    ownerOrganisationId?: string | null | undefined;
    ownerPersonId?: string | null | undefined;
    dueOn?: string | null | undefined;
    status: string;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO meeting_tasks (id, meeting_id, title, owner_organisation_id, owner_person_id, due_on, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      id,
      meetingId,
      t.title,
      t.ownerOrganisationId ?? null,
      t.ownerPersonId ?? null,
      t.dueOn ?? null,
      t.status,
    ],
  );
}

export async function updateTaskStatus(
  db: Queryable,
  meetingId: string,
  taskId: string,
  status: string,
): Promise<boolean> {
  const result = await db.query('UPDATE meeting_tasks SET status = $3 WHERE id = $2 AND meeting_id = $1', [
    meetingId,
    taskId,
    status,
  ]);
  return result.rowCount > 0;
}

// ---- documents -------------------------------------------------------------------------------

export async function documents(db: Queryable, networkId: string) {
  const result = await db.query<{ id: string; title: string; url: string | null; addedOn: string }>(
    `SELECT id, title, url, ${d('added_on', 'addedOn')} FROM network_documents WHERE network_id = $1 ORDER BY added_on DESC, id`,
    [networkId],
  );
  return result.rows;
}

export async function insertDocument(
  db: Queryable,
  id: string,
  networkId: string,
  doc: { title: string; url?: string | null | undefined },
): Promise<void> {
  await db.query('INSERT INTO network_documents (id, network_id, title, url) VALUES ($1, $2, $3, $4)', [
    id,
    networkId,
    doc.title,
    doc.url ?? null,
  ]);
}

// ---- agreements ------------------------------------------------------------------------------

export interface AgreementRow {
  id: string;
  title: string;
  kind: string;
  signedOn: string | null;
  validFrom: string | null;
  validTo: string | null;
  renewal: string | null;
  goals: string[];
  legalBasis: string | null;
  foundedNetworkId: string | null;
  foundedNetworkName: string | null;
  documentUrl: string | null;
  source: string | null;
  demo: boolean;
}

const AGREEMENT_SELECT = `SELECT a.id, a.title, a.kind, ${d('a.signed_on', 'signedOn')}, ${d('a.valid_from', 'validFrom')},
  ${d('a.valid_to', 'validTo')}, a.renewal, a.goals, a.legal_basis AS "legalBasis",
  a.founded_network_id AS "foundedNetworkId", n.name AS "foundedNetworkName", a.document_url AS "documentUrl",
  a.source, a.demo FROM agreements a LEFT JOIN networks n ON n.id = a.founded_network_id`;

export async function listAgreements(
  db: Queryable,
  filter: { ids?: readonly string[]; foundedNetworkId?: string },
) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.ids) {
    params.push(filter.ids);
    where.push(`a.id = ANY($${params.length}::text[])`);
  }
  if (filter.foundedNetworkId) {
    params.push(filter.foundedNetworkId);
    where.push(`a.founded_network_id = $${params.length}`);
  }
  const result = await db.query<AgreementRow>(
    `${AGREEMENT_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.signed_on DESC NULLS LAST, a.title, a.id`,
    params,
  );
  return result.rows;
}

export async function signatories(db: Queryable, agreementIds: readonly string[]) {
  if (agreementIds.length === 0) return [];
  const result = await db.query<{
    agreementId: string;
    organisationId: string;
    organisationName: string;
    actorGroup: string;
    personId: string | null;
    personName: string | null;
  }>(
    `SELECT s.agreement_id AS "agreementId", s.organisation_id AS "organisationId", o.name AS "organisationName",
       o.actor_group AS "actorGroup", s.person_id AS "personId",
       CASE WHEN p.id IS NULL THEN NULL ELSE p.given_name || ' ' || p.family_name END AS "personName"
     FROM agreement_signatories s JOIN organisations o ON o.id = s.organisation_id LEFT JOIN persons p ON p.id = s.person_id
     WHERE s.agreement_id = ANY($1::text[]) ORDER BY o.name`,
    [agreementIds],
  );
  return result.rows;
}

export async function agreementsOfOrganisation(db: Queryable, organisationId: string) {
  const result = await db.query<{ id: string; title: string; signedOn: string | null }>(
    `SELECT a.id, a.title, ${d('a.signed_on', 'signedOn')} FROM agreements a
     JOIN agreement_signatories s ON s.agreement_id = a.id WHERE s.organisation_id = $1 ORDER BY a.signed_on DESC NULLS LAST`,
    [organisationId],
  );
  return result.rows;
}

export async function membershipsOfOrganisation(db: Queryable, organisationId: string) {
  const result = await db.query<{
    networkId: string;
    networkName: string;
    position: string | null;
    joinedOn: string | null;
    leftOn: string | null;
  }>(
    `SELECT n.id AS "networkId", n.name AS "networkName", m.position, ${d('m.joined_on', 'joinedOn')}, ${d('m.left_on', 'leftOn')}
     FROM network_members m JOIN networks n ON n.id = m.network_id WHERE m.organisation_id = $1 ORDER BY n.name`,
    [organisationId],
  );
  return result.rows;
}

export async function insertAgreement(
  db: Queryable,
  id: string,
  a: {
    title: string;
    kind: string;
    signedOn?: string | null | undefined;
    validFrom?: string | null | undefined;
    validTo?: string | null | undefined;
    renewal?: string | null | undefined;
    goals: readonly string[];
    legalBasis?: string | null | undefined;
    foundedNetworkId?: string | null | undefined;
    documentUrl?: string | null | undefined;
    source?: string | null | undefined;
  },
  demo = false,
): Promise<void> {
  await db.query(
    `INSERT INTO agreements (id, title, kind, signed_on, valid_from, valid_to, renewal, goals, legal_basis,
       founded_network_id, document_url, source, demo)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13)`,
    [
      id,
      a.title,
      a.kind,
      a.signedOn ?? null,
      a.validFrom ?? null,
      a.validTo ?? null,
      a.renewal ?? null,
      JSON.stringify(a.goals),
      a.legalBasis ?? null,
      a.foundedNetworkId ?? null,
      a.documentUrl ?? null,
      a.source ?? null,
      demo,
    ],
  );
}

export async function insertSignatories(
  db: Queryable,
  agreementId: string,
  rows: readonly { organisationId: string; personId: string | null }[],
): Promise<void> {
  await db.query(
    `INSERT INTO agreement_signatories (agreement_id, organisation_id, person_id)
     SELECT $1, o, p FROM unnest($2::text[], $3::text[]) AS t(o, p)`,
    [agreementId, rows.map((r) => r.organisationId), rows.map((r) => r.personId)],
  );
}

// ---- ties for the stakeholder graph ----------------------------------------------------------

export interface Tie {
  source: string;
  target: string;
  label: string;
}

/** Pairs of organisations that were members of the same network at the same time within the window. */
export async function membershipTies(
  db: Queryable,
  window: { from: string | null; to: string | null },
  networkId: string | null,
): Promise<Tie[]> {
  const result = await db.query<Tie>(
    `SELECT DISTINCT a.organisation_id AS source, b.organisation_id AS target, n.name AS label
     FROM network_members a JOIN network_members b ON a.network_id = b.network_id AND a.organisation_id < b.organisation_id
     JOIN networks n ON n.id = a.network_id
     WHERE ($3::text IS NULL OR a.network_id = $3::text)
       AND (a.left_on IS NULL OR b.joined_on IS NULL OR a.left_on > b.joined_on)
       AND (b.left_on IS NULL OR a.joined_on IS NULL OR b.left_on > a.joined_on)
       AND ($1::date IS NULL OR ((a.left_on IS NULL OR a.left_on > $1::date) AND (b.left_on IS NULL OR b.left_on > $1::date)))
       AND ($2::date IS NULL OR ((a.joined_on IS NULL OR a.joined_on <= $2::date) AND (b.joined_on IS NULL OR b.joined_on <= $2::date)))
     ORDER BY 1, 2, 3`,
    [window.from, window.to, networkId],
  );
  return result.rows;
}

/** Co-signatories of agreements in force within the window. */
export async function agreementTies(
  db: Queryable,
  window: { from: string | null; to: string | null },
): Promise<Tie[]> {
  const result = await db.query<Tie>(
    `SELECT a.organisation_id AS source, b.organisation_id AS target, ag.title AS label
     FROM agreement_signatories a JOIN agreement_signatories b
       ON a.agreement_id = b.agreement_id AND a.organisation_id < b.organisation_id
     JOIN agreements ag ON ag.id = a.agreement_id
     WHERE ($1::date IS NULL OR ag.valid_to IS NULL OR ag.valid_to >= $1::date)
       AND ($2::date IS NULL OR coalesce(ag.valid_from, ag.signed_on) IS NULL OR coalesce(ag.valid_from, ag.signed_on) <= $2::date)
     ORDER BY 1, 2, 3`,
    [window.from, window.to],
  );
  return result.rows;
}

/** Organisations that attended the same meeting within the window (optionally of one network). */
export async function meetingTies(
  db: Queryable,
  window: { from: string | null; to: string | null },
  networkId: string | null,
): Promise<Tie[]> {
  const result = await db.query<Tie>(
    `SELECT DISTINCT a.organisation_id AS source, b.organisation_id AS target,
       mt.title || ' (' || to_char(mt.held_on, 'DD.MM.YYYY') || ')' AS label
     FROM meeting_attendance a JOIN meeting_attendance b ON a.meeting_id = b.meeting_id AND a.organisation_id < b.organisation_id
     JOIN meetings mt ON mt.id = a.meeting_id
     WHERE ($1::date IS NULL OR mt.held_on >= $1::date) AND ($2::date IS NULL OR mt.held_on <= $2::date)
       AND ($3::text IS NULL OR mt.network_id = $3::text)
     ORDER BY 1, 2, 3`,
    [window.from, window.to, networkId],
  );
  return result.rows;
}

export async function networkMemberIds(db: Queryable, networkId: string): Promise<string[]> {
  const result = await db.query<{ id: string }>(
    'SELECT DISTINCT organisation_id AS id FROM network_members WHERE network_id = $1',
    [networkId],
  );
  return result.rows.map((r) => r.id);
}
