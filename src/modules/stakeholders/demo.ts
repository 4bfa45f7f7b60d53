import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../../platform/db/database.ts';
import { type DemoCooperation, loadDemoCooperation } from '../cooperation/index.ts';
import * as repo from './repository.ts';

/** The shipped demo register (Stade and Harburg) with the Harburg agreement; every row carries demo = true. */
export const STAKEHOLDER_DEMO_FILE = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'demo',
  'stakeholders.demo.json',
);

interface DemoFile extends DemoCooperation {
  format: 'bildungsregion-stakeholders-demo';
  version: number;
  note: string;
  organisations: (repo.OrganisationValues & { id: string })[];
  relations: {
    id: string;
    sourceId: string;
    targetId: string;
    kind: string;
    validFrom?: string;
    validTo?: string;
    note?: string;
  }[];
  assessments: {
    id: string;
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
    reason: string | null;
  }[];
}

export function readDemoFile(file = STAKEHOLDER_DEMO_FILE): DemoFile {
  const data = JSON.parse(readFileSync(file, 'utf8')) as DemoFile;
  if (data.format !== 'bildungsregion-stakeholders-demo')
    throw new Error(`${file}: not a stakeholder demo file (format ${String(data.format)})`);
  return data;
}

/**
 * On first start, loads the demo register in one transaction. Runs once per database (a marker
 * in reference_data), and never into a register that already holds organisations.
 */
export async function ensureStakeholderDemo(
  db: Database,
  file = STAKEHOLDER_DEMO_FILE,
): Promise<{ loaded: boolean; organisations: number }> {
  return db.write(async (tx) => {
    const marker = await tx.query("SELECT 1 FROM reference_data WHERE name = 'stakeholders-demo'");
    const existing = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM organisations');
    if (marker.rows.length > 0 || (existing.rows[0]?.n ?? 0) > 0) return { loaded: false, organisations: 0 };
    const data = readDemoFile(file);
    // Parents first: an organisation may name another of the file as its parent.
    const withoutParent = data.organisations.map(({ parentId: _p, ...org }) => org);
    for (const org of withoutParent) await repo.insertOrganisation(tx, org.id, org, true);
    for (const org of data.organisations) if (org.parentId) await repo.updateOrganisation(tx, org.id, org);
    for (const relation of data.relations) await repo.insertRelation(tx, relation.id, relation, true);
    for (const assessment of data.assessments)
      await repo.insertAssessment(tx, assessment.id, assessment, true);
    await loadDemoCooperation(tx, data);
    await tx.query(
      `INSERT INTO reference_data (name, version, sources) VALUES ('stakeholders-demo', $1, $2::jsonb)
       ON CONFLICT (name) DO NOTHING`,
      [String(data.version), JSON.stringify({ file: path.basename(file), note: data.note })],
    );
    return { loaded: true, organisations: data.organisations.length };
  });
}
