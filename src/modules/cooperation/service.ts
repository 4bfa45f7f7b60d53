import { randomUUID } from 'node:crypto';
import type { SessionUser } from '../../platform/auth/permissions.ts';
import type { Database, Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { maySeePersonalData } from '../stakeholders/policy.ts';
import { COMPOSITION_TEMPLATES, compositionTemplate } from './composition.ts';
import { type ExpectedGroup, gapAnalysis, isActiveOn } from './gaps.ts';
import * as repo from './repository.ts';
import { networkVisibleTo, partnerOrganisation } from './scope.ts';

/** Use cases of networks, meetings, documents and agreements. */

const today = () => new Date().toISOString().slice(0, 10);

function notFound(what: string, id: string): AppError {
  return new AppError('not_found', {
    message: `${what} ${id} not found`,
    userMessage: `${what} „${id}“ gibt es nicht.`,
  });
}

function invalid(userMessage: string, details?: Record<string, unknown>): AppError {
  return new AppError('validation', { message: userMessage, userMessage, ...(details ? { details } : {}) });
}

async function assertOrganisations(db: Queryable, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  const found = await repo.organisationsExist(db, unique);
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length) throw invalid(`Unbekannte Organisation: ${missing.join(', ')}`, { missing });
}

async function assertPersons(
  db: Queryable,
  user: SessionUser | null,
  ids: readonly (string | null | undefined)[],
) {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  if (unique.length === 0) return;
  if (!maySeePersonalData(user)) {
    throw new AppError('forbidden', {
      message: 'person reference requires stakeholders:personal',
      userMessage:
        'Personen zuordnen dürfen nur angemeldete Redaktion und Administration (personenbezogene Daten).',
    });
  }
  const found = await repo.personsExist(db, unique);
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length) throw invalid(`Unbekannte Person: ${missing.join(', ')}`, { missing });
}

function presentMember(member: repo.MemberRow, personal: boolean, day: string) {
  return {
    id: member.id,
    organisationId: member.organisationId,
    organisationName: member.organisationName,
    actorGroup: member.actorGroup,
    personId: personal ? member.personId : null,
    personName: personal ? member.personName : null,
    position: member.position,
    joinedOn: member.joinedOn,
    leftOn: member.leftOn,
    active: isActiveOn(member.joinedOn, member.leftOn, day),
  };
}

function gapsOf(expected: readonly ExpectedGroup[], members: readonly repo.MemberRow[], day: string) {
  return gapAnalysis(
    expected,
    members.map((m) => ({
      organisationId: m.organisationId,
      actorGroup: m.actorGroup,
      active: isActiveOn(m.joinedOn, m.leftOn, day),
    })),
  );
}

export async function listNetworks(db: Database, user: SessionUser | null) {
  const scope = partnerOrganisation(user);
  if (scope === 'none') return [];
  const networks = await repo.listNetworks(db, scope);
  const ids = networks.map((n) => n.id);
  const [allMembers, allExpected] = await Promise.all([repo.members(db, ids), repo.expectedGroups(db, ids)]);
  const day = today();
  return networks.map((network) => {
    const own = allMembers.filter((m) => m.networkId === network.id);
    const gaps = gapsOf(
      allExpected.filter((e) => e.networkId === network.id),
      own,
      day,
    );
    return {
      ...network,
      memberCount: new Set(
        own.filter((m) => isActiveOn(m.joinedOn, m.leftOn, day)).map((m) => m.organisationId),
      ).size,
      missingGroups: gaps.missing.length + gaps.underRepresented.length,
    };
  });
}

async function visibleNetwork(db: Queryable, user: SessionUser | null, id: string) {
  const network = await repo.getNetwork(db, id);
  if (!network) throw notFound('Netzwerk', id);
  if (user?.role === 'partner') {
    const day = today();
    const memberIds = (await repo.members(db, [id]))
      .filter((m) => isActiveOn(m.joinedOn, m.leftOn, day))
      .map((m) => m.organisationId);
    // A partner learns nothing about networks it does not belong to, not even that they exist.
    if (!networkVisibleTo(user, memberIds)) throw notFound('Netzwerk', id);
  }
  return network;
}

export async function networkDetail(db: Database, user: SessionUser | null, id: string) {
  const network = await visibleNetwork(db, user, id);
  const [members, expected, meetings, docs, founding] = await Promise.all([
    repo.members(db, [id]),
    repo.expectedGroups(db, [id]),
    repo.meetingSummaries(db, id),
    repo.documents(db, id),
    repo.listAgreements(db, { foundedNetworkId: id }),
  ]);
  const day = today();
  const personal = maySeePersonalData(user);
  const expectedGroups = expected.map(({ actorGroup, minCount }) => ({ actorGroup, minCount }));
  const gaps = gapsOf(expectedGroups, members, day);
  const active = members.filter((m) => isActiveOn(m.joinedOn, m.leftOn, day));
  return {
    network: {
      ...network,
      memberCount: new Set(active.map((m) => m.organisationId)).size,
      missingGroups: gaps.missing.length + gaps.underRepresented.length,
    },
    members: members.map((m) => presentMember(m, personal, day)),
    expected: expectedGroups,
    gaps,
    meetings,
    documents: docs,
    foundedBy: founding.map((a) => ({ id: a.id, title: a.title, kind: a.kind, signedOn: a.signedOn })),
  };
}

export async function networkGaps(db: Database, user: SessionUser | null, id: string) {
  return (await networkDetail(db, user, id)).gaps;
}

export function templates() {
  return COMPOSITION_TEMPLATES.map((t) => ({ id: t.id, label: t.label, groups: [...t.groups] }));
}

export async function createNetwork(
  db: Database,
  input: {
    name: string;
    kind: string;
    topic?: string | null | undefined;
    description?: string | null | undefined;
    parentId?: string | null | undefined;
    foundedOn?: string | null | undefined;
    template?: string | undefined;
    expected?: ExpectedGroup[] | undefined;
  },
): Promise<string> {
  let expected = input.expected;
  if (!expected && input.template) {
    const template = compositionTemplate(input.template);
    if (!template) throw invalid(`Unbekannte Vorlage „${input.template}“.`);
    expected = [...template.groups];
  }
  const id = randomUUID();
  await db.write(async (tx) => {
    if (input.parentId && !(await repo.getNetwork(tx, input.parentId)))
      throw notFound('Netzwerk', input.parentId);
    await repo.insertNetwork(tx, id, input);
    await repo.replaceExpectedGroups(tx, id, dedupe(expected ?? []));
  });
  return id;
}

function dedupe(groups: readonly ExpectedGroup[]): ExpectedGroup[] {
  const byGroup = new Map<string, number>();
  for (const g of groups) byGroup.set(g.actorGroup, Math.max(byGroup.get(g.actorGroup) ?? 0, g.minCount));
  return [...byGroup].map(([actorGroup, minCount]) => ({ actorGroup, minCount }));
}

export async function setExpected(db: Database, id: string, groups: ExpectedGroup[]): Promise<void> {
  await db.write(async (tx) => {
    if (!(await repo.getNetwork(tx, id))) throw notFound('Netzwerk', id);
    await repo.replaceExpectedGroups(tx, id, dedupe(groups));
  });
}

export async function addMember(
  db: Database,
  user: SessionUser | null,
  networkId: string,
  input: {
    organisationId: string;
    personId?: string | null | undefined;
    position?: string | null | undefined;
    joinedOn?: string | null | undefined;
    leftOn?: string | null | undefined;
  },
): Promise<string> {
  if (input.joinedOn && input.leftOn && input.leftOn < input.joinedOn)
    throw invalid('Austritt liegt vor dem Eintritt.');
  const id = randomUUID();
  await db.write(async (tx) => {
    if (!(await repo.getNetwork(tx, networkId))) throw notFound('Netzwerk', networkId);
    await assertOrganisations(tx, [input.organisationId]);
    await assertPersons(tx, user, [input.personId]);
    await repo.insertMember(tx, id, { networkId, ...input });
  });
  return id;
}

export async function updateMember(
  db: Database,
  networkId: string,
  memberId: string,
  patch: { leftOn: string | null; position?: string | null | undefined },
): Promise<void> {
  const updated = await db.write((tx) => repo.updateMember(tx, networkId, memberId, patch));
  if (!updated) throw notFound('Mitgliedschaft', memberId);
}

export async function removeMember(db: Database, networkId: string, memberId: string): Promise<void> {
  const deleted = await db.write((tx) => repo.deleteMember(tx, networkId, memberId));
  if (!deleted) throw notFound('Mitgliedschaft', memberId);
}

export async function addDocument(
  db: Database,
  networkId: string,
  doc: { title: string; url?: string | null | undefined },
): Promise<string> {
  const id = randomUUID();
  await db.write(async (tx) => {
    if (!(await repo.getNetwork(tx, networkId))) throw notFound('Netzwerk', networkId);
    await repo.insertDocument(tx, id, networkId, doc);
  });
  return id;
}

// ---- meetings --------------------------------------------------------------------------------

export async function meetings(db: Database, user: SessionUser | null, networkId: string) {
  await visibleNetwork(db, user, networkId);
  return repo.meetingSummaries(db, networkId);
}

export async function meeting(db: Database, user: SessionUser | null, id: string) {
  const row = await repo.getMeeting(db, id);
  if (!row) throw notFound('Sitzung', id);
  await visibleNetwork(db, user, row.networkId);
  const personal = maySeePersonalData(user);
  const [attendance, decisions, tasks] = await Promise.all([
    repo.meetingAttendance(db, id),
    repo.meetingDecisions(db, id),
    repo.meetingTasks(db, id),
  ]);
  return {
    ...row,
    attendance: attendance.map((a) => ({
      ...a,
      personId: personal ? a.personId : null,
      personName: personal ? a.personName : null,
    })),
    decisions,
    tasks: tasks.map((t) => ({ ...t, ownerPersonId: personal ? t.ownerPersonId : null })),
  };
}

export interface MeetingValues {
  heldOn: string;
  title: string;
  agenda?: string | null | undefined;
  minutes?: string | null | undefined;
  attendance: { organisationId: string; personId?: string | null | undefined }[];
  decisions: string[];
  tasks: {
    title: string;
    ownerOrganisationId?: string | null | undefined;
    ownerPersonId?: string | null | undefined;
    dueOn?: string | null | undefined;
    status: string;
  }[];
}

export async function createMeeting(
  db: Database,
  user: SessionUser | null,
  networkId: string,
  input: MeetingValues,
  demo = false,
): Promise<string> {
  const id = demo ? `${networkId}-${input.heldOn}` : randomUUID();
  await db.write(async (tx) => {
    if (!(await repo.getNetwork(tx, networkId))) throw notFound('Netzwerk', networkId);
    await assertOrganisations(tx, [
      ...input.attendance.map((a) => a.organisationId),
      ...input.tasks.flatMap((t) => (t.ownerOrganisationId ? [t.ownerOrganisationId] : [])),
    ]);
    if (!demo)
      await assertPersons(tx, user, [
        ...input.attendance.map((a) => a.personId),
        ...input.tasks.map((t) => t.ownerPersonId),
      ]);
    await repo.insertMeeting(tx, id, { networkId, ...input }, demo);
    const seen = new Set<string>();
    const attendance = input.attendance.filter((a) => {
      const key = `${a.organisationId}|${a.personId ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    await repo.insertAttendance(
      tx,
      id,
      attendance.map((a, i) => ({
        id: `${id}-a${i + 1}`,
        organisationId: a.organisationId,
        personId: a.personId ?? null,
      })),
    );
    for (const [i, text] of input.decisions.entries())
      await repo.insertDecision(tx, `${id}-d${i + 1}`, id, text);
    for (const [i, task] of input.tasks.entries()) await repo.insertTask(tx, `${id}-t${i + 1}`, id, task);
  });
  return id;
}

export async function setTaskStatus(
  db: Database,
  meetingId: string,
  taskId: string,
  status: string,
): Promise<void> {
  const updated = await db.write((tx) => repo.updateTaskStatus(tx, meetingId, taskId, status));
  if (!updated) throw notFound('Aufgabe', taskId);
}

// ---- agreements ------------------------------------------------------------------------------

async function presentAgreements(db: Queryable, user: SessionUser | null, rows: repo.AgreementRow[]) {
  const personal = maySeePersonalData(user);
  const signers = await repo.signatories(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    kind: row.kind,
    signedOn: row.signedOn,
    validFrom: row.validFrom,
    validTo: row.validTo,
    renewal: row.renewal,
    goals: row.goals,
    legalBasis: row.legalBasis,
    foundedNetwork:
      row.foundedNetworkId && row.foundedNetworkName
        ? { id: row.foundedNetworkId, name: row.foundedNetworkName }
        : null,
    documentUrl: row.documentUrl,
    source: row.source,
    demo: row.demo,
    signatories: signers
      .filter((s) => s.agreementId === row.id)
      .map(({ agreementId: _a, ...s }) => ({
        ...s,
        personId: personal ? s.personId : null,
        personName: personal ? s.personName : null,
      })),
  }));
}

export async function listAgreements(db: Database, user: SessionUser | null) {
  return presentAgreements(db, user, await repo.listAgreements(db, {}));
}

export async function agreement(db: Database, user: SessionUser | null, id: string) {
  const rows = await repo.listAgreements(db, { ids: [id] });
  if (rows.length === 0) throw notFound('Vereinbarung', id);
  const [result] = await presentAgreements(db, user, rows);
  return result as NonNullable<typeof result>;
}

export interface AgreementValues {
  title: string;
  kind: string;
  signedOn?: string | null | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
  renewal?: string | null | undefined;
  goals: string[];
  legalBasis?: string | null | undefined;
  foundedNetworkId?: string | null | undefined;
  documentUrl?: string | null | undefined;
  source?: string | null | undefined;
  signatories: { organisationId: string; personId?: string | null | undefined }[];
}

export async function createAgreement(
  db: Database,
  user: SessionUser | null,
  input: AgreementValues,
  options: { id?: string; demo?: boolean } = {},
): Promise<string> {
  if (input.validFrom && input.validTo && input.validTo < input.validFrom)
    throw invalid('Das Ende der Laufzeit liegt vor ihrem Beginn.');
  const orgIds = input.signatories.map((s) => s.organisationId);
  if (new Set(orgIds).size !== orgIds.length)
    throw invalid('Eine Organisation ist doppelt als Unterzeichnerin genannt.');
  const id = options.id ?? randomUUID();
  await db.write(async (tx) => {
    await assertOrganisations(tx, orgIds);
    if (!options.demo)
      await assertPersons(
        tx,
        user,
        input.signatories.map((s) => s.personId),
      );
    if (input.foundedNetworkId && !(await repo.getNetwork(tx, input.foundedNetworkId)))
      throw notFound('Netzwerk', input.foundedNetworkId);
    await repo.insertAgreement(tx, id, input, options.demo ?? false);
    await repo.insertSignatories(
      tx,
      id,
      input.signatories.map((s) => ({ organisationId: s.organisationId, personId: s.personId ?? null })),
    );
  });
  return id;
}

// ---- for the stakeholder register ------------------------------------------------------------

export type { Tie } from './repository.ts';

/** Ties between organisations from shared memberships, co-signed agreements and co-attended meetings. */
export async function cooperationTies(db: Queryable, window: { from: string | null; to: string | null }) {
  const [membership, agreements, meetingsAttended] = await Promise.all([
    repo.membershipTies(db, window, null),
    repo.agreementTies(db, window),
    repo.meetingTies(db, window, null),
  ]);
  return { membership, agreement: agreements, meeting: meetingsAttended };
}

export const networkMemberIds = repo.networkMemberIds;
export const membershipsOfOrganisation = repo.membershipsOfOrganisation;
export const agreementsOfOrganisation = repo.agreementsOfOrganisation;
