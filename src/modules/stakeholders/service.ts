import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { SessionUser } from '../../platform/auth/permissions.ts';
import type { Database, Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import {
  agreementsOfOrganisation,
  cooperationTies,
  membershipsOfOrganisation,
  networkMemberIds,
} from '../cooperation/index.ts';
import { existingRegionKeys } from '../regions/index.ts';
import { quadrant, salienceClass } from './assessment.ts';
import { adjacency, brokerage, coverageByGroup, density, edgeCount, nodeMetrics } from './graph.ts';
import {
  checkImport,
  ImportHeaderError,
  type ImportLineResult,
  organisationsCsv,
  parseCsv,
} from './import.ts';
import { maySeePersonalData } from './policy.ts';
import * as repo from './repository.ts';
import {
  ACTOR_GROUP_LABELS,
  ACTOR_GROUPS,
  EDGE_KINDS,
  type EdgeKind,
  ORGANISATION_RELATION_KINDS,
} from './vocabulary.ts';

/** Use cases of the stakeholder register and its network analysis. */

function notFound(what: string, id: string): AppError {
  return new AppError('not_found', {
    message: `${what} ${id} not found`,
    userMessage: `${what} „${id}“ gibt es nicht.`,
  });
}

function invalid(userMessage: string, details?: Record<string, unknown>): AppError {
  return new AppError('validation', { message: userMessage, userMessage, ...(details ? { details } : {}) });
}

export function vocabulary() {
  return {
    actorGroups: ACTOR_GROUPS.map((code) => ({ code, label: ACTOR_GROUP_LABELS[code] })),
    relationKinds: [...ORGANISATION_RELATION_KINDS],
    edgeKinds: [...EDGE_KINDS],
  };
}

// ---- organisations ---------------------------------------------------------------------------

export const listOrganisations = repo.listOrganisations;

async function validateOrganisation(
  db: Queryable,
  values: repo.OrganisationValues,
  selfId?: string,
): Promise<void> {
  if (values.municipalityAgs) {
    const known = await existingRegionKeys(db, [values.municipalityAgs]);
    if (!known.has(values.municipalityAgs))
      throw invalid(
        `Die Gemeinde mit AGS ${values.municipalityAgs} ist in der Gebietsgliederung nicht bekannt.`,
      );
  }
  if ((values.latitude == null) !== (values.longitude == null))
    throw invalid('Breiten- und Längengrad nur zusammen angeben.');
  if (values.parentId) {
    if (values.parentId === selfId)
      throw invalid('Eine Organisation kann nicht ihre eigene übergeordnete sein.');
    if (!(await repo.getOrganisation(db, values.parentId))) throw notFound('Organisation', values.parentId);
  }
  if (values.schoolNumber) {
    const clash = (await repo.duplicateKeys(db)).find(
      (o) => o.schoolNumber === values.schoolNumber && o.id !== selfId,
    );
    if (clash)
      throw new AppError('conflict', {
        message: `school number ${values.schoolNumber} exists`,
        userMessage: `Die Schulnummer ${values.schoolNumber} gehört bereits zu „${clash.name}“.`,
        details: { duplicateOf: clash.id },
      });
  }
}

export async function createOrganisation(
  db: Database,
  values: repo.OrganisationValues,
): Promise<repo.OrganisationRow> {
  const id = randomUUID();
  await db.write(async (tx) => {
    await validateOrganisation(tx, values);
    await repo.insertOrganisation(tx, id, values);
  });
  return (await repo.getOrganisation(db, id)) as repo.OrganisationRow;
}

export async function updateOrganisation(
  db: Database,
  id: string,
  values: repo.OrganisationValues,
): Promise<repo.OrganisationRow> {
  await db.write(async (tx) => {
    if (!(await repo.getOrganisation(tx, id))) throw notFound('Organisation', id);
    await validateOrganisation(tx, values, id);
    await repo.updateOrganisation(tx, id, values);
  });
  return (await repo.getOrganisation(db, id)) as repo.OrganisationRow;
}

export async function deleteOrganisation(db: Database, id: string): Promise<void> {
  try {
    const deleted = await db.write((tx) => repo.deleteOrganisation(tx, id));
    if (!deleted) throw notFound('Organisation', id);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('conflict', {
      message: `organisation ${id} is still referenced`,
      userMessage:
        'Die Organisation hat eine Vereinbarung unterzeichnet und kann deshalb nicht gelöscht werden.',
      cause: error,
    });
  }
}

export async function organisationDetail(db: Database, user: SessionUser | null, id: string) {
  const organisation = await repo.getOrganisation(db, id);
  if (!organisation) throw notFound('Organisation', id);
  const personal = maySeePersonalData(user);
  const [relations, assessments, persons, memberships, agreements] = await Promise.all([
    repo.listRelations(db, id),
    listAssessments(db, { organisationId: id }),
    personal ? repo.rolesAtOrganisation(db, id) : Promise.resolve(null),
    membershipsOfOrganisation(db, id),
    agreementsOfOrganisation(db, id),
  ]);
  return { organisation, relations, assessments, persons, memberships, agreements };
}

// ---- persons ---------------------------------------------------------------------------------

async function withRoles(db: Queryable, persons: repo.PersonRow[]) {
  const roles = await repo.rolesOfPersons(
    db,
    persons.map((p) => p.id),
  );
  return persons.map((p) => ({ ...p, roles: roles.filter((r) => r.personId === p.id) }));
}

export async function listPersons(db: Database) {
  return withRoles(db, await repo.listPersons(db));
}

export async function person(db: Database, id: string) {
  const row = await repo.getPerson(db, id);
  if (!row) throw notFound('Person', id);
  return (await withRoles(db, [row]))[0] as NonNullable<Awaited<ReturnType<typeof withRoles>>[number]>;
}

export async function createPerson(
  db: Database,
  input: {
    givenName: string;
    familyName: string;
    title?: string | null | undefined;
    email?: string | null | undefined;
    phone?: string | null | undefined;
    consent: boolean;
    consentDate?: string | null | undefined;
    purpose: string;
    organisationId?: string | undefined;
    role?: string | null | undefined;
    kind?: 'works_at' | 'represents' | undefined;
  },
) {
  if (!input.consent)
    throw invalid('Kontaktpersonen werden nur mit Einwilligung gespeichert (DSGVO Art. 6 Abs. 1 lit. a).');
  const id = randomUUID();
  await db.write(async (tx) => {
    await repo.insertPerson(tx, id, input);
    if (input.organisationId) {
      if (!(await repo.getOrganisation(tx, input.organisationId)))
        throw notFound('Organisation', input.organisationId);
      await repo.insertPersonRole(tx, randomUUID(), {
        personId: id,
        organisationId: input.organisationId,
        kind: input.kind ?? 'works_at',
        role: input.role ?? null,
      });
    }
  });
  return person(db, id);
}

export async function addPersonRole(
  db: Database,
  personId: string,
  input: {
    organisationId: string;
    kind: string;
    role?: string | null | undefined;
    validFrom?: string | null | undefined;
    validTo?: string | null | undefined;
  },
) {
  await db.write(async (tx) => {
    if (!(await repo.getPerson(tx, personId))) throw notFound('Person', personId);
    if (!(await repo.getOrganisation(tx, input.organisationId)))
      throw notFound('Organisation', input.organisationId);
    await repo.insertPersonRole(tx, randomUUID(), { personId, ...input });
  });
  return person(db, personId);
}

export async function deletePerson(db: Database, id: string): Promise<void> {
  const deleted = await db.write((tx) => repo.deletePerson(tx, id));
  if (!deleted) throw notFound('Person', id);
}

// ---- relations -------------------------------------------------------------------------------

export const listRelations = (db: Database, organisationId?: string) =>
  repo.listRelations(db, organisationId);

export async function createRelation(
  db: Database,
  input: {
    sourceId: string;
    targetId: string;
    kind: string;
    validFrom?: string | null | undefined;
    validTo?: string | null | undefined;
    note?: string | null | undefined;
  },
) {
  if (input.sourceId === input.targetId)
    throw invalid('Eine Beziehung verbindet zwei verschiedene Organisationen.');
  if (input.validFrom && input.validTo && input.validTo < input.validFrom)
    throw invalid('Das Ende der Beziehung liegt vor ihrem Beginn.');
  const id = randomUUID();
  await db.write(async (tx) => {
    for (const orgId of [input.sourceId, input.targetId])
      if (!(await repo.getOrganisation(tx, orgId))) throw notFound('Organisation', orgId);
    await repo.insertRelation(tx, id, input);
  });
  return (await repo.getRelation(db, id)) as repo.RelationRow;
}

export async function deleteRelation(db: Database, id: string): Promise<void> {
  const deleted = await db.write((tx) => repo.deleteRelation(tx, id));
  if (!deleted) throw notFound('Beziehung', id);
}

// ---- assessments -----------------------------------------------------------------------------

export async function listAssessments(
  db: Queryable,
  filter: { organisationId?: string | undefined; topic?: string | undefined; latest?: boolean },
) {
  const rows = await repo.listAssessments(db, filter);
  return rows.map((row) => ({
    ...row,
    quadrant: quadrant(row.power, row.interest),
    salience: salienceClass(row.power, row.legitimacy, row.urgency),
  }));
}

export async function createAssessment(
  db: Database,
  user: SessionUser | null,
  input: {
    organisationId: string;
    topic: string;
    assessedOn: string;
    author?: string | undefined;
    influence: number;
    interest: number;
    power: number;
    legitimacy: number;
    urgency: number;
    attitude: number;
    reason?: string | null | undefined;
  },
) {
  const author = user?.displayName ?? input.author;
  if (!author) throw invalid('Wer hat eingeschätzt? Bitte die Verfasserin oder den Verfasser angeben.');
  const id = randomUUID();
  await db.write(async (tx) => {
    if (!(await repo.getOrganisation(tx, input.organisationId)))
      throw notFound('Organisation', input.organisationId);
    await repo.insertAssessment(tx, id, { ...input, author });
  });
  const [created] = (await listAssessments(db, { organisationId: input.organisationId })).filter(
    (a) => a.id === id,
  );
  return created as NonNullable<typeof created>;
}

// ---- network analysis ------------------------------------------------------------------------

export interface GraphFilter {
  actorGroups?: readonly string[];
  network?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  kinds?: readonly EdgeKind[];
}

const RELATION_LABELS: Record<string, string> = {
  cooperation_partner: 'Kooperationspartner',
  member_of: 'Mitglied von',
  operator_of: 'Träger von',
  training_partnership: 'Praktikums-/Ausbildungspartnerschaft',
};

export async function graph(db: Database, filter: GraphFilter) {
  if (filter.from && filter.to && filter.to < filter.from)
    throw invalid('Das Zeitfenster endet vor seinem Beginn.');
  const window = { from: filter.from ?? null, to: filter.to ?? null };
  return db.read(async (tx) => {
    let nodes = await repo.graphNodes(tx);
    if (filter.actorGroups?.length) {
      const wanted = new Set(filter.actorGroups);
      nodes = nodes.filter((n) => wanted.has(n.actorGroup));
    }
    if (filter.network) {
      const members = new Set(await networkMemberIds(tx, filter.network));
      nodes = nodes.filter((n) => members.has(n.id));
    }
    const ids = new Set(nodes.map((n) => n.id));
    const [relations, cooperation] = await Promise.all([
      repo.relationTies(tx, window),
      cooperationTies(tx, window),
    ]);
    const kinds = new Set<EdgeKind>(filter.kinds?.length ? filter.kinds : EDGE_KINDS);
    const raw: { source: string; target: string; kind: EdgeKind; label: string }[] = [
      ...relations.map((t) => ({
        ...t,
        kind: 'relation' as const,
        label: RELATION_LABELS[t.label] ?? t.label,
      })),
      ...cooperation.membership.map((t) => ({ ...t, kind: 'membership' as const })),
      ...cooperation.agreement.map((t) => ({ ...t, kind: 'agreement' as const })),
      ...cooperation.meeting.map((t) => ({ ...t, kind: 'meeting' as const })),
    ];
    // One edge per pair, kind and label; the pair written with the smaller id first.
    const seen = new Set<string>();
    const edges = [];
    for (const edge of raw) {
      if (!kinds.has(edge.kind) || !ids.has(edge.source) || !ids.has(edge.target)) continue;
      const [source, target] =
        edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
      const key = `${source}|${target}|${edge.kind}|${edge.label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({ source, target, kind: edge.kind, label: edge.label });
    }
    const groupOf = new Map(nodes.map((n) => [n.id, n.actorGroup]));
    const group = (id: string) => groupOf.get(id) ?? '';
    const adj = adjacency(
      nodes.map((n) => ({ id: n.id, group: n.actorGroup })),
      edges,
    );
    const base = nodeMetrics(adj);
    const roles = brokerage(adj, group);
    const metrics: Record<
      string,
      { degree: number; betweenness: number; brokerage: (typeof roles)[string] }
    > = {};
    for (const node of nodes) {
      metrics[node.id] = {
        degree: base[node.id]?.degree ?? 0,
        betweenness: base[node.id]?.betweenness ?? 0,
        brokerage: roles[node.id] as (typeof roles)[string],
      };
    }
    return {
      nodes: nodes.map((n) => ({ id: n.id, name: n.name, actorGroup: n.actorGroup, demo: n.demo })),
      edges,
      metrics,
      density: density(adj),
      edgeCount: edgeCount(adj),
      coverage: coverageByGroup(adj, group),
    };
  });
}

// ---- import and export -----------------------------------------------------------------------

async function readTable(fileName: string, bytes: Uint8Array): Promise<string[][]> {
  if (/\.xlsx$/i.test(fileName)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (error) {
      throw new AppError('import.format', {
        message: `${fileName}: not an xlsx`,
        userMessage: `${fileName}: Die Datei ist keine lesbare XLSX-Arbeitsmappe.`,
        cause: error,
      });
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) return [];
    const rows: string[][] = [];
    const width = sheet.columnCount;
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) {
        const value = row.getCell(c).value;
        cells.push(
          value === null || value === undefined
            ? ''
            : typeof value === 'object' && 'richText' in value
              ? value.richText.map((t) => t.text).join('')
              : typeof value === 'object' && 'result' in value
                ? String(value.result ?? '')
                : typeof value === 'object' && 'text' in value
                  ? String(value.text)
                  : typeof value === 'number'
                    ? String(value).replace('.', ',')
                    : String(value),
        );
      }
      rows.push(cells);
    }
    return rows;
  }
  if (!/\.(csv|txt)$/i.test(fileName))
    throw new AppError('import.format', {
      message: `${fileName}: unsupported type`,
      userMessage: `${fileName}: Erwartet wird eine CSV- oder XLSX-Datei.`,
    });
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return parseCsv(text);
}

/**
 * Checks a file of organisations; with `commit`, creates the new lines in one transaction —
 * only if no line has an error (duplicates are skipped and reported).
 */
export async function importOrganisations(
  db: Database,
  file: { fileName: string; bytes: Uint8Array },
  commit: boolean,
): Promise<{
  fileName: string;
  committed: boolean;
  lines: ImportLineResult[];
  summary: { new: number; duplicate: number; error: number; created: number };
}> {
  const rows = await readTable(file.fileName, file.bytes);
  const agsValues = [
    ...new Set(
      rows
        .flat()
        .filter((cell) => /^\d{8}$/.test(cell.trim()))
        .map((cell) => cell.trim()),
    ),
  ];
  return db.write(async (tx) => {
    const known = await existingRegionKeys(tx, agsValues);
    let lines: ImportLineResult[];
    try {
      lines = checkImport(rows, file.fileName, await repo.duplicateKeys(tx), known);
    } catch (error) {
      if (error instanceof ImportHeaderError)
        throw new AppError('import.format', { message: error.message, userMessage: error.message });
      throw error;
    }
    const count = (status: ImportLineResult['status']) => lines.filter((l) => l.status === status).length;
    const summary = { new: count('new'), duplicate: count('duplicate'), error: count('error'), created: 0 };
    if (commit && summary.error === 0) {
      for (const line of lines) {
        if (line.status !== 'new' || !line.organisation) continue;
        await repo.insertOrganisation(tx, randomUUID(), line.organisation);
        summary.created++;
      }
    }
    return { fileName: file.fileName, committed: commit && summary.error === 0, lines, summary };
  });
}

export async function exportOrganisations(
  db: Database,
  filter: Parameters<typeof repo.listOrganisations>[1],
) {
  return organisationsCsv(await repo.listOrganisations(db, filter));
}
