/**
 * A company demand survey end to end against the real database: design, personal links (stored
 * hashed), answers through the public token routes, progress, suppressed results, XLSX, and the
 * result stored as a dataset in the statistics store.
 */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../test/auth.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/db.ts';
import { buildApp } from '../../../platform/http/app.ts';
import { ensureReferenceData } from '../../regions/index.ts';
import { hashToken } from './tokens.ts';

let db: TestDatabase;
let app: FastifyInstance;
/** The office designs and runs the survey as an editor and reads it as a viewer; companies answer without an account. */
let editor: SignedIn;
let viewer: SignedIn;

beforeAll(async () => {
  db = await createTestDatabase();
  await ensureReferenceData(db);
  app = await buildApp({ db, config: { uploadLimit: 1024 * 1024, homeRegion: '03359' } });
  editor = await signIn(app, db, 'editor');
  viewer = await signIn(app, db, 'viewer');
}, 60_000);

afterAll(async () => {
  await app?.close();
  await db?.close();
});

const design = {
  region: '03359',
  title: 'Fachkräftebedarf der Betriebe',
  surveyYear: 2026,
  intro: 'Bitte schätzen Sie Ihren Bedarf.',
  occupations: [
    { kldb: '26112', name: 'Mechatronik' },
    { kldb: '25212', name: 'Kraftfahrzeugtechnik' },
  ],
  hireYears: [2027, 2026],
};

const answer = (sector: string, hires: [string, number, number][], extra: Record<string, unknown> = {}) => ({
  sector,
  employees: 50,
  answers: {
    hires: hires.map(([kldb, year, count]) => ({ kldb, year, count })),
    trainingPlaces: 2,
    qualificationNeeds: '',
    hydrogen: 'no',
    hydrogenNeeds: '',
    lateralEntry: 'yes',
    ...extra,
  },
});

describe('company demand survey', () => {
  let surveyId: number;
  let tokens: string[] = [];

  it('creates a survey and issues personal links that are stored only as hashes', async () => {
    const created = await app.inject({
      headers: editor.headers,
      method: 'POST',
      url: '/api/v1/workforce/surveys',
      payload: design,
    });
    expect(created.statusCode).toBe(201);
    surveyId = created.json().id;
    // The survey records the account that created it.
    const creator = await db.query<{ same: boolean }>(
      'SELECT u.id = s.created_by AS same FROM surveys s LEFT JOIN users u ON u.email = $2 WHERE s.id = $1',
      [surveyId, editor.email],
    );
    expect(creator.rows[0]).toMatchObject({ same: true });
    expect(created.json()).toMatchObject({
      status: 'draft',
      hireYears: [2026, 2027],
      region: { key: '03359' },
    });
    const edited = await app.inject({
      headers: editor.headers,
      method: 'PUT',
      url: `/api/v1/workforce/surveys/${surveyId}`,
      payload: {
        ...design,
        blocks: { trainingPlaces: true, qualificationNeeds: true, hydrogen: true, lateralEntry: false },
      },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().blocks.lateralEntry).toBe(false);
    const duplicateOccupation = await app.inject({
      headers: editor.headers,
      method: 'POST',
      url: '/api/v1/workforce/surveys',
      payload: { ...design, occupations: [design.occupations[0], design.occupations[0]] },
    });
    expect(duplicateOccupation.statusCode).toBe(400);

    const invited = await app.inject({
      headers: editor.headers,
      method: 'POST',
      url: `/api/v1/workforce/surveys/${surveyId}/invitations`,
      payload: {
        companies: [
          { name: 'Werft Nord GmbH', email: 'personal@werft.example' },
          { name: 'Autohaus Elbe' },
          { name: 'Elektro Stade KG' },
          { name: 'Pflegedienst Altes Land' },
        ],
      },
    });
    expect(invited.statusCode).toBe(201);
    const items = invited.json().items as { token: string; path: string }[];
    tokens = items.map((item) => item.token);
    expect(items[0]!.path).toBe(`/befragung/${tokens[0]}`);
    expect(new Set(tokens).size).toBe(4);
    const stored = await db.query<{ token_hash: string }>(
      'SELECT token_hash FROM survey_invitations WHERE survey_id = $1 ORDER BY id',
      [surveyId],
    );
    expect(stored.rows.map((row) => row.token_hash)).toEqual(tokens.map(hashToken));
    const dump = await db.query<{ t: string }>('SELECT row_to_json(i)::text AS t FROM survey_invitations i');
    for (const token of tokens) expect(dump.rows.some((row) => row.t.includes(token))).toBe(false);
  });

  it('keeps the office routes to accounts: 401 without a session, 403 for a viewer who writes', async () => {
    const anonymous = await app.inject({ method: 'GET', url: `/api/v1/workforce/surveys/${surveyId}` });
    expect(anonymous.statusCode).toBe(401);
    const anonymousCreate = await app.inject({
      method: 'POST',
      url: '/api/v1/workforce/surveys',
      payload: design,
    });
    expect(anonymousCreate.statusCode).toBe(401);
    const viewerOpen = await app.inject({
      headers: viewer.headers,
      method: 'POST',
      url: `/api/v1/workforce/surveys/${surveyId}/status`,
      payload: { status: 'open' },
    });
    expect(viewerOpen.statusCode).toBe(403);
    const viewerInvite = await app.inject({
      headers: viewer.headers,
      method: 'POST',
      url: `/api/v1/workforce/surveys/${surveyId}/invitations`,
      payload: { companies: [{ name: 'Nur lesen GmbH' }] },
    });
    expect(viewerInvite.statusCode).toBe(403);
    // The company's own link needs no account.
    const publicView = await app.inject({ method: 'GET', url: `/api/v1/public/surveys/${tokens[0]}` });
    expect(publicView.statusCode).toBe(200);
  });

  it('refuses answers before the survey is open and for unknown links', async () => {
    const early = await app.inject({
      method: 'PUT',
      url: `/api/v1/public/surveys/${tokens[0]}/response`,
      payload: answer('WZ08-C', [['26112', 2026, 3]]),
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/noch nicht geöffnet/);
    const unknown = await app.inject({ method: 'GET', url: `/api/v1/public/surveys/${'x'.repeat(32)}` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toMatch(/ungültig/);
  });

  it('lets companies answer through their links and shows progress', async () => {
    const opened = await app.inject({
      headers: editor.headers,
      method: 'POST',
      url: `/api/v1/workforce/surveys/${surveyId}/status`,
      payload: { status: 'open' },
    });
    expect(opened.json().status).toBe('open');

    const view = await app.inject({ method: 'GET', url: `/api/v1/public/surveys/${tokens[0]}` });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ companyName: 'Werft Nord GmbH', status: 'open', response: null });

    const wrongOccupation = await app.inject({
      method: 'PUT',
      url: `/api/v1/public/surveys/${tokens[0]}/response`,
      payload: answer('WZ08-C', [['99999', 2026, 3]]),
    });
    expect(wrongOccupation.statusCode).toBe(400);
    expect(wrongOccupation.json().error.message).toMatch(/99999 gehört nicht zu dieser Befragung/);

    const answers = [
      answer(
        'WZ08-C',
        [
          ['26112', 2026, 3],
          ['25212', 2026, 1],
        ],
        { qualificationNeeds: 'Schweißen', hydrogen: 'planned' },
      ),
      answer('WZ08-C', [['26112', 2026, 2]], { qualificationNeeds: 'Elektrolyse-Technik' }),
      answer('WZ08-C', [
        ['26112', 2026, 0],
        ['26112', 2027, 4],
      ]),
    ];
    for (const [index, body] of answers.entries()) {
      const response = await app.inject({
        method: 'PUT',
        url: `/api/v1/public/surveys/${tokens[index]}/response`,
        payload: body,
      });
      expect(response.statusCode).toBe(204);
    }
    // An answer can be changed while the survey is open; it stays one answer.
    const changed = await app.inject({
      method: 'PUT',
      url: `/api/v1/public/surveys/${tokens[1]}/response`,
      payload: answers[1],
    });
    expect(changed.statusCode).toBe(204);
    const again = await app.inject({ method: 'GET', url: `/api/v1/public/surveys/${tokens[1]}` });
    expect(again.json().response.answers.hires).toEqual([{ kldb: '26112', year: 2026, count: 2 }]);

    const survey = await app.inject({
      headers: viewer.headers,
      method: 'GET',
      url: `/api/v1/workforce/surveys/${surveyId}`,
    });
    expect(survey.json().progress).toEqual({ invited: 4, opened: 2, submitted: 3 });
    const invitations = await app.inject({
      headers: viewer.headers,
      method: 'GET',
      url: `/api/v1/workforce/surveys/${surveyId}/invitations`,
    });
    expect(
      invitations.json().items.filter((i: { submittedAt: string | null }) => i.submittedAt),
    ).toHaveLength(3);
  });

  it('aggregates with suppression: fewer than 3 answers are hidden, never 0', async () => {
    const response = await app.inject({
      headers: viewer.headers,
      method: 'GET',
      url: `/api/v1/workforce/surveys/${surveyId}/results`,
    });
    expect(response.statusCode).toBe(200);
    const results = response.json();
    const cell = (kldb: string, year: number) =>
      results.occupations.find((r: { kldb: string; year: number }) => r.kldb === kldb && r.year === year);
    expect(cell('26112', 2026)).toMatchObject({ companies: 3, hires: { value: 5, suppressed: false } });
    expect(cell('26112', 2027)).toMatchObject({ companies: null, hires: { value: null, suppressed: true } });
    expect(cell('25212', 2026).hires).toEqual({ value: null, suppressed: true });
    expect(cell('25212', 2027).hires).toEqual({ value: null, suppressed: true });
    expect(results.sectors).toHaveLength(1);
    expect(results.sectors[0]).toMatchObject({ sector: 'WZ08-C', companies: 3, hires: { value: 10 } });
    expect(results.total).toMatchObject({
      companies: 3,
      trainingPlaces: { value: 6 },
      hydrogenRelevant: { value: 1 },
      // The lateral-entry question was switched off before the survey opened: its answers are not kept.
      lateralEntryOpen: { value: null, suppressed: true },
    });
    expect(results.qualificationNeeds).toEqual(['Elektrolyse-Technik', 'Schweißen']);
  });

  it('exports the suppressed result to XLSX', async () => {
    const response = await app.inject({
      headers: viewer.headers,
      method: 'GET',
      url: `/api/v1/workforce/surveys/${surveyId}/results.xlsx`,
    });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Berufe')!;
    const rows = sheet
      .getRows(4, sheet.rowCount - 3)!
      .map((row) => [1, 2, 3, 4, 5].map((c) => row.getCell(c).value));
    expect(rows).toContainEqual(['26112', 'Mechatronik', 2026, 3, 5]);
    expect(rows).toContainEqual(['26112', 'Mechatronik', 2027, '.', '.']);
    expect(rows.some((row) => row[4] === 0)).toBe(false);
  });

  it('stores the result as a dataset of the statistics store with the survey as source', async () => {
    const published = await app.inject({
      headers: editor.headers,
      method: 'POST',
      url: `/api/v1/workforce/surveys/${surveyId}/publish`,
    });
    expect(published.statusCode).toBe(200);
    const { datasetId, table, source } = published.json();
    expect(source).toBe('Betriebsbefragung Stade 2026');
    expect(table).toBe(`BETRIEBSBEFRAGUNG-03359-2026-${surveyId}`);

    const dataset = await app.inject({ method: 'GET', url: `/api/v1/datasets/${datasetId}` });
    expect(dataset.statusCode).toBe(200);
    expect(JSON.stringify(dataset.json())).toContain('Betriebsbefragung Stade 2026');

    const observations = await app.inject({
      method: 'GET',
      url: `/api/v1/observations?table=${table}&measure=EINST&region=03359&limit=100`,
    });
    const items = observations.json().items as {
      period: string;
      dims: Record<string, string>;
      value: number | null;
      flag: string | null;
    }[];
    const find = (kldb: string, period: string) =>
      items.find((o) => o.dims.KLDB2010 === kldb && o.period === period);
    expect(find('26112', '2026')).toMatchObject({ value: 5, flag: null });
    expect(find('26112', '2027')).toMatchObject({ value: null, flag: '.' });
    expect(find('25212', '2026')).toMatchObject({ value: null, flag: '.' });
    const survey = await app.inject({
      headers: viewer.headers,
      method: 'GET',
      url: `/api/v1/workforce/surveys/${surveyId}`,
    });
    expect(survey.json().datasetId).toBe(datasetId);

    // An indicator over the survey: expected Mechatronik hires; suppressed years stay markers.
    const indicator = await app.inject({
      headers: editor.headers,
      method: 'POST',
      url: '/api/v1/indicators',
      payload: {
        id: 'survey_mechatronics_hires',
        theme: 'H',
        nameDe: 'Erwartete Einstellungen Mechatronik (Betriebsbefragung)',
        nameEn: 'Expected mechatronics hires (company survey)',
        definitionDe: 'Summe der erwarteten Einstellungen im Beruf 26112 laut Betriebsbefragung.',
        formula: `{${table}:EINST | KLDB2010=26112}`,
        unit: 'Personen',
        decimals: 0,
        polarity: 'neutral',
        disaggregations: [],
        sources: [{ system: 'other', table, title: source, verification: 'verified' }],
        regionalLevels: ['K'],
        periodicity: 'je Befragung',
        verification: 'verified',
      },
    });
    expect(indicator.statusCode, indicator.body).toBe(201);
    const values = await app.inject({
      method: 'GET',
      url: '/api/v1/indicators/survey_mechatronics_hires/values?region=03359',
    });
    expect(values.statusCode, values.body).toBe(200);
    expect(values.json().series[0].values).toEqual([
      { period: '2026', value: 5, flag: null },
      { period: '2027', value: null, flag: '.' },
    ]);
  });

  it('refuses changes to the questions once answers exist, and answers once closed', async () => {
    const edit = await app.inject({
      headers: editor.headers,
      method: 'PUT',
      url: `/api/v1/workforce/surveys/${surveyId}`,
      payload: design,
    });
    expect(edit.statusCode).toBe(409);
    await app.inject({
      headers: editor.headers,
      method: 'POST',
      url: `/api/v1/workforce/surveys/${surveyId}/status`,
      payload: { status: 'closed' },
    });
    const late = await app.inject({
      method: 'PUT',
      url: `/api/v1/public/surveys/${tokens[3]}/response`,
      payload: answer('WZ08-Q', []),
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/abgeschlossen/);
  });

  it('renews a link: the old one stops working', async () => {
    const invitations = await app.inject({
      headers: viewer.headers,
      method: 'GET',
      url: `/api/v1/workforce/surveys/${surveyId}/invitations`,
    });
    const pflege = invitations
      .json()
      .items.find((i: { companyName: string }) => i.companyName === 'Pflegedienst Altes Land');
    const renewed = await app.inject({
      headers: editor.headers,
      method: 'POST',
      url: `/api/v1/workforce/surveys/${surveyId}/invitations/${pflege.id}/renew`,
    });
    expect(renewed.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: `/api/v1/public/surveys/${tokens[3]}` })).statusCode).toBe(
      404,
    );
    const fresh = await app.inject({ method: 'GET', url: `/api/v1/public/surveys/${renewed.json().token}` });
    expect(fresh.json().companyName).toBe('Pflegedienst Altes Land');
  });
});

describe('OpenAPI document', () => {
  it('lists the forecast and survey routes under the tag Fachkräfte', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<{
      tags: { name: string }[];
      paths: Record<string, Record<string, { tags?: string[] }>>;
    }>();
    expect(document.tags.map((tag) => tag.name)).toContain('Fachkräfte');
    const paths = [
      '/api/v1/workforce/childcare/parameters',
      '/api/v1/workforce/childcare/forecast',
      '/api/v1/workforce/childcare/forecast/export',
      '/api/v1/workforce/childcare/scenarios',
      '/api/v1/workforce/childcare/scenarios/{id}',
      '/api/v1/workforce/childcare/scenarios/compare',
      '/api/v1/workforce/childcare/scenarios/export',
      '/api/v1/workforce/surveys',
      '/api/v1/workforce/surveys/{id}',
      '/api/v1/workforce/surveys/{id}/status',
      '/api/v1/workforce/surveys/{id}/invitations',
      '/api/v1/workforce/surveys/{id}/invitations/{invitationId}/renew',
      '/api/v1/workforce/surveys/{id}/results',
      '/api/v1/workforce/surveys/{id}/results.xlsx',
      '/api/v1/workforce/surveys/{id}/publish',
      '/api/v1/public/surveys/{token}',
      '/api/v1/public/surveys/{token}/response',
    ];
    for (const path of paths) {
      expect(document.paths[path], path).toBeDefined();
      for (const operation of Object.values(document.paths[path]!))
        expect(operation.tags).toEqual(['Fachkräfte']);
    }
  });
});
