import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, TEST_PASSWORD } from '../../../test/auth.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import type { Role } from '../../platform/auth/permissions.ts';
import { createUser } from '../../platform/auth/service.ts';
import { buildApp } from '../../platform/http/app.ts';
import { ensureReferenceData } from '../regions/index.ts';
import { ensureStakeholderDemo } from './index.ts';
import { createAssessment } from './service.ts';

let db: TestDatabase;
let app: FastifyInstance;

const sessions = new Map<string, Record<string, string>>();

/**
 * Headers of a user signed in through the real login: `role`, for a partner optionally with the
 * organisation the account belongs to (set when the account is created). One account per role
 * and organisation, signed in on first use. `null`: anonymous, no headers.
 */
async function as(role: Role | null, organisationId: string | null = null): Promise<Record<string, string>> {
  if (!role) return {};
  const key = `${role}:${organisationId ?? ''}`;
  let headers = sessions.get(key);
  if (!headers) {
    headers = organisationId
      ? await signInWithOrganisation(role, organisationId)
      : (await signIn(app, db, role)).headers;
    sessions.set(key, headers);
  }
  return headers;
}

/** Like signIn (test/auth.ts), for an account that belongs to an organisation (createUser's organisationId). */
async function signInWithOrganisation(role: Role, organisationId: string): Promise<Record<string, string>> {
  const email = `${role}-${organisationId}@example.org`;
  await createUser(db, { email, role, password: TEST_PASSWORD, organisationId });
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: TEST_PASSWORD },
  });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.json().user.organisationId).toBe(organisationId);
  const cookie = String(response.headers['set-cookie']).split(';')[0] as string;
  return { cookie, 'x-csrf-token': response.json().csrfToken };
}

beforeAll(async () => {
  db = await createTestDatabase();
  await ensureReferenceData(db);
  expect(await ensureStakeholderDemo(db)).toEqual({ loaded: true, organisations: 21 });
  app = await buildApp({ db, config: { uploadLimit: 1024 * 1024, homeRegion: '03353' } });
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('demo data', () => {
  it('is loaded once', async () => {
    expect(await ensureStakeholderDemo(db)).toEqual({ loaded: false, organisations: 0 });
  });

  it('is internal: anonymous requests get 401', async () => {
    for (const url of [
      '/api/v1/agreements',
      '/api/v1/networks',
      '/api/v1/organisations',
      '/api/v1/stakeholders/graph',
      '/api/v1/meetings/demo-ag-uebergang-harburg-2024-05-14',
    ]) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(401);
      expect(response.json().error.message).toBe('Bitte melden Sie sich an.');
    }
  });

  it('lists the Harburg agreement with its six signatories and the working group it founded', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/agreements',
      headers: await as('viewer'),
    });
    expect(response.statusCode).toBe(200);
    const harburg = response.json().items.find((a: { id: string }) => a.id === 'demo-kv-harburg-uebergang');
    expect(harburg.signatories.map((s: { organisationName: string }) => s.organisationName).sort()).toEqual(
      [
        'Agentur für Arbeit Lüneburg-Uelzen',
        'Handwerkskammer Braunschweig-Lüneburg-Stade',
        'IHK Lüneburg-Wolfsburg',
        'Kreishandwerkerschaft (Landkreis Harburg)',
        'Landkreis Harburg',
        'Regionales Landesamt für Schule und Bildung Lüneburg',
      ].sort(),
    );
    expect(harburg.foundedNetwork).toEqual({
      id: 'demo-ag-uebergang-harburg',
      name: 'Arbeitsgruppe Übergang Schule/Beruf',
    });
    expect(harburg.demo).toBe(true);

    const one = await app.inject({
      method: 'GET',
      url: '/api/v1/agreements/demo-kv-harburg-uebergang',
      headers: await as('viewer'),
    });
    expect(one.statusCode).toBe(200);
    expect(one.json().signatories).toHaveLength(6);
    expect(one.json().signatories[0].personName).toBeNull();
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/agreements/nope', headers: await as('viewer') }))
        .statusCode,
    ).toBe(404);
  });

  it('the working group lacks the actor groups its expected composition names but no signatory covers', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/networks/demo-ag-uebergang-harburg/gaps',
      headers: await as('viewer'),
    });
    expect(response.statusCode).toBe(200);
    const gaps = response.json();
    expect(gaps.missing.sort()).toEqual([
      'arbeitgeberverband',
      'bbs',
      'jobcenter',
      'jugendamt',
      'schule_ober',
    ]);
    expect(gaps.underRepresented).toEqual([]);
    expect(gaps.coverage).toBeCloseTo(6 / 11, 10);
    const detail = (
      await app.inject({
        method: 'GET',
        url: '/api/v1/networks/demo-ag-uebergang-harburg',
        headers: await as('viewer'),
      })
    ).json();
    expect(detail.foundedBy.map((a: { id: string }) => a.id)).toEqual(['demo-kv-harburg-uebergang']);
    expect(detail.members).toHaveLength(6);
    expect(detail.meetings).toHaveLength(1);
  });
});

/** All shortest paths by enumeration: BFS distances, then every path that descends them. */
function bruteForceBetweenness(
  ids: string[],
  edges: { source: string; target: string }[],
): Record<string, number> {
  const neighbours = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const { source, target } of edges) {
    if (source === target) continue;
    neighbours.get(source)?.add(target);
    neighbours.get(target)?.add(source);
  }
  const distanceFrom = (s: string) => {
    const dist = new Map([[s, 0]]);
    let frontier = [s];
    while (frontier.length) {
      const next: string[] = [];
      for (const v of frontier)
        for (const w of neighbours.get(v) ?? [])
          if (!dist.has(w)) {
            dist.set(w, (dist.get(v) as number) + 1);
            next.push(w);
          }
      frontier = next;
    }
    return dist;
  };
  const result: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
  for (let i = 0; i < ids.length; i++) {
    const s = ids[i] as string;
    const toS = distanceFrom(s);
    for (let j = i + 1; j < ids.length; j++) {
      const t = ids[j] as string;
      if (!toS.has(t)) continue;
      const fromT = distanceFrom(t);
      const total = toS.get(t) as number;
      const paths: string[][] = [];
      const walk = (path: string[]) => {
        const last = path[path.length - 1] as string;
        if (last === t) {
          paths.push(path);
          return;
        }
        for (const w of neighbours.get(last) ?? [])
          if (toS.get(w) === path.length && (fromT.get(w) as number) === total - path.length)
            walk([...path, w]);
      };
      walk([s]);
      for (const path of paths)
        for (const v of path.slice(1, -1)) result[v] = (result[v] as number) + 1 / paths.length;
    }
  }
  return result;
}

describe('GET /stakeholders/graph', () => {
  it('returns nodes, edges and metrics equal to an independent computation on the same graph', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/stakeholders/graph',
      headers: await as('viewer'),
    });
    expect(response.statusCode).toBe(200);
    const graph = response.json();
    expect(graph.nodes).toHaveLength(21);
    expect(new Set(graph.edges.map((e: { kind: string }) => e.kind))).toEqual(
      new Set(['relation', 'membership', 'agreement', 'meeting']),
    );
    const ids = graph.nodes.map((n: { id: string }) => n.id);
    const expected = bruteForceBetweenness(ids, graph.edges);
    const degree = (id: string) =>
      new Set(
        graph.edges
          .filter((e: { source: string; target: string }) => e.source === id || e.target === id)
          .map((e: { source: string; target: string }) => (e.source === id ? e.target : e.source)),
      ).size;
    for (const id of ids) {
      expect(graph.metrics[id].betweenness, id).toBeCloseTo(expected[id] as number, 9);
      expect(graph.metrics[id].degree, id).toBe(degree(id));
    }
    // The Landkreis bridges its BBS and the working group: a real broker in the demo.
    expect(graph.metrics['demo-lk-harburg'].betweenness).toBeGreaterThan(0);
    const pairs = new Set(
      graph.edges.map((e: { source: string; target: string }) => `${e.source}|${e.target}`),
    );
    const n = ids.length;
    expect(graph.edgeCount).toBe(pairs.size);
    expect(graph.density).toBeCloseTo(pairs.size / ((n * (n - 1)) / 2), 12);
  });

  it('filters by actor group, network, time and edge kind', async () => {
    const byGroup = (
      await app.inject({
        method: 'GET',
        url: '/api/v1/stakeholders/graph?actorGroup=bbs&actorGroup=kreisverwaltung',
        headers: await as('viewer'),
      })
    ).json();
    expect(new Set(byGroup.nodes.map((n: { actorGroup: string }) => n.actorGroup))).toEqual(
      new Set(['bbs', 'kreisverwaltung']),
    );
    const byNetwork = (
      await app.inject({
        method: 'GET',
        url: '/api/v1/stakeholders/graph?network=demo-jba-stade',
        headers: await as('viewer'),
      })
    ).json();
    expect(byNetwork.nodes.map((n: { id: string }) => n.id).sort()).toEqual([
      'demo-aa-stade',
      'demo-jc-stade',
      'demo-lk-stade',
    ]);
    expect(byNetwork.density).toBe(1);
    const ended = (r: { source: string; target: string; kind: string }) =>
      r.kind === 'relation' &&
      [r.source, r.target].sort().join('|') === ['demo-aa-stade', 'demo-obs-harsefeld'].sort().join('|');
    const in2021 = (
      await app.inject({
        method: 'GET',
        url: '/api/v1/stakeholders/graph?from=2021-01-01&to=2021-12-31',
        headers: await as('viewer'),
      })
    ).json();
    expect(in2021.edges.some(ended)).toBe(true);
    const in2024 = (
      await app.inject({
        method: 'GET',
        url: '/api/v1/stakeholders/graph?from=2024-01-01',
        headers: await as('viewer'),
      })
    ).json();
    expect(in2024.edges.some(ended)).toBe(false);
    const meetingsOnly = (
      await app.inject({
        method: 'GET',
        url: '/api/v1/stakeholders/graph?kind=meeting',
        headers: await as('viewer'),
      })
    ).json();
    expect(meetingsOnly.edges.every((e: { kind: string }) => e.kind === 'meeting')).toBe(true);
    expect(meetingsOnly.edges).toHaveLength(10); // five organisations attended the demo meeting: C(5,2)
    const bad = await app.inject({
      method: 'GET',
      url: '/api/v1/stakeholders/graph?from=2024-01-01&to=2023-01-01',
      headers: await as('viewer'),
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('networks: create, members, gaps, partner scoping', () => {
  let networkId: string;
  it('an editor creates a network from a template and adds members; the gap analysis follows', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/networks',
      headers: await as('editor'),
      payload: { name: 'JBA Harburg (Test)', kind: 'jugendberufsagentur', template: 'jugendberufsagentur' },
    });
    expect(created.statusCode).toBe(201);
    networkId = created.json().id;
    let gaps = (
      await app.inject({
        method: 'GET',
        url: `/api/v1/networks/${networkId}/gaps`,
        headers: await as('viewer'),
      })
    ).json();
    expect(gaps.missing.sort()).toEqual(['agentur', 'bbs', 'jobcenter', 'jugendamt']);
    for (const organisationId of ['demo-jc-harburg', 'demo-aa-lueneburg-uelzen']) {
      const added = await app.inject({
        method: 'POST',
        url: `/api/v1/networks/${networkId}/members`,
        headers: await as('editor'),
        payload: { organisationId, joinedOn: '2025-01-01' },
      });
      expect(added.statusCode).toBe(201);
    }
    gaps = (
      await app.inject({
        method: 'GET',
        url: `/api/v1/networks/${networkId}/gaps`,
        headers: await as('viewer'),
      })
    ).json();
    expect(gaps.missing.sort()).toEqual(['bbs', 'jugendamt']);
    const put = await app.inject({
      method: 'PUT',
      url: `/api/v1/networks/${networkId}/expected`,
      headers: await as('editor'),
      payload: { groups: [{ actorGroup: 'agentur', minCount: 2 }] },
    });
    expect(put.statusCode).toBe(204);
    gaps = (
      await app.inject({
        method: 'GET',
        url: `/api/v1/networks/${networkId}/gaps`,
        headers: await as('viewer'),
      })
    ).json();
    expect(gaps).toMatchObject({ missing: [], underRepresented: ['agentur'], additional: ['jobcenter'] });
  });

  it('refuses unknown organisations and writes by viewers and partners', async () => {
    const unknown = await app.inject({
      method: 'POST',
      url: `/api/v1/networks/${networkId}/members`,
      headers: await as('editor'),
      payload: { organisationId: 'no-such-org' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('Unbekannte Organisation');
    for (const role of ['viewer', 'partner'] as const) {
      const refused = await app.inject({
        method: 'POST',
        url: '/api/v1/networks',
        headers: await as(role, 'demo-jc-harburg'),
        payload: { name: 'Nicht erlaubt', kind: 'netzwerk' },
      });
      expect(refused.statusCode, role).toBe(403);
    }
  });

  it('a partner sees only networks its organisation belongs to', async () => {
    const list = (
      await app.inject({
        method: 'GET',
        url: '/api/v1/networks',
        headers: await as('partner', 'demo-jc-harburg'),
      })
    ).json();
    expect(list.items.map((n: { id: string }) => n.id)).toEqual([networkId]);
    const other = await app.inject({
      method: 'GET',
      url: '/api/v1/networks/demo-ag-uebergang-harburg',
      headers: await as('partner', 'demo-jc-harburg'),
    });
    expect(other.statusCode).toBe(404);
    const member = await app.inject({
      method: 'GET',
      url: '/api/v1/networks/demo-ag-uebergang-harburg',
      headers: await as('partner', 'demo-ihk-lueneburg-wolfsburg'),
    });
    expect(member.statusCode).toBe(200);
    const none = (
      await app.inject({ method: 'GET', url: '/api/v1/networks', headers: await as('partner') })
    ).json();
    expect(none.items).toEqual([]);
    const editor = (
      await app.inject({ method: 'GET', url: '/api/v1/networks', headers: await as('editor') })
    ).json();
    expect(editor.items.length).toBe(3);
  });

  it('records a meeting with attendance, decisions and tasks; co-attendance becomes a graph edge', async () => {
    const created = await app.inject({
      method: 'POST',
      url: `/api/v1/networks/${networkId}/meetings`,
      headers: await as('editor'),
      payload: {
        heldOn: '2025-03-03',
        title: 'Auftakt',
        attendance: [{ organisationId: 'demo-jc-harburg' }, { organisationId: 'demo-bbs-buchholz' }],
        decisions: ['Fallkonferenz monatlich'],
        tasks: [{ title: 'Datenschutzkonzept', ownerOrganisationId: 'demo-jc-harburg', dueOn: '2025-04-01' }],
      },
    });
    expect(created.statusCode).toBe(201);
    const meeting = (
      await app.inject({
        method: 'GET',
        url: `/api/v1/meetings/${created.json().id}`,
        headers: await as('viewer'),
      })
    ).json();
    expect(meeting.attendance.map((a: { organisationName: string }) => a.organisationName)).toEqual([
      'Berufsbildende Schulen Buchholz in der Nordheide',
      'Jobcenter Landkreis Harburg',
    ]);
    expect(meeting.tasks[0]).toMatchObject({
      title: 'Datenschutzkonzept',
      status: 'open',
      dueOn: '2025-04-01',
    });
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/v1/meetings/${created.json().id}/tasks/${meeting.tasks[0].id}`,
      headers: await as('editor'),
      payload: { status: 'done' },
    });
    expect(patched.statusCode).toBe(204);
    const graph = (
      await app.inject({
        method: 'GET',
        url: '/api/v1/stakeholders/graph?kind=meeting&from=2025-01-01',
        headers: await as('viewer'),
      })
    ).json();
    expect(graph.edges).toEqual([
      {
        source: 'demo-bbs-buchholz',
        target: 'demo-jc-harburg',
        kind: 'meeting',
        label: 'Auftakt (03.03.2025)',
      },
    ]);
  });
});

describe('persons: personal data only for editors and admins', () => {
  const person = {
    givenName: 'Erika',
    familyName: 'Beispiel',
    email: 'erika@example.org',
    consent: true,
    consentDate: '2025-01-10',
    purpose: 'Ansprechperson Arbeitsgruppe',
    organisationId: 'demo-jc-harburg',
    role: 'Teamleitung U25',
  };
  it('anonymous gets 401', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/persons' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/v1/persons', payload: person })).statusCode).toBe(
      401,
    );
  });

  it.each([
    { who: 'viewer', role: 'viewer', organisationId: null },
    { who: 'partner', role: 'partner', organisationId: 'demo-jc-harburg' },
  ] as const)('$who gets 403', async ({ role, organisationId }) => {
    const headers = await as(role, organisationId);
    expect((await app.inject({ method: 'GET', url: '/api/v1/persons', headers })).statusCode).toBe(403);
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/persons', headers, payload: person })).statusCode,
    ).toBe(403);
  });

  it('an editor stores a person with consent and purpose; the organisation shows it only to editors', async () => {
    const refused = await app.inject({
      method: 'POST',
      url: '/api/v1/persons',
      headers: await as('editor'),
      payload: { ...person, consent: false },
    });
    expect(refused.statusCode).toBe(400);
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/persons',
      headers: await as('editor'),
      payload: person,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().roles[0]).toMatchObject({
      organisationName: 'Jobcenter Landkreis Harburg',
      role: 'Teamleitung U25',
    });
    const forEditor = (
      await app.inject({
        method: 'GET',
        url: '/api/v1/organisations/demo-jc-harburg',
        headers: await as('admin'),
      })
    ).json();
    expect(forEditor.persons.map((p: { personName: string }) => p.personName)).toEqual(['Erika Beispiel']);
    const forViewer = (
      await app.inject({
        method: 'GET',
        url: '/api/v1/organisations/demo-jc-harburg',
        headers: await as('viewer'),
      })
    ).json();
    expect(forViewer.persons).toBeNull();
  });
});

describe('register: organisations, relations, assessments', () => {
  it('validates the municipality key against the regions and the school number for duplicates', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: await as('editor'),
      payload: { name: 'Grundschule X', actorGroup: 'schule_grund', municipalityAgs: '03353999' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('03353999');
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: await as('editor'),
      payload: {
        name: 'Grundschule Jesteburg (Test)',
        actorGroup: 'schule_grund',
        municipalityAgs: '03353020',
        schoolNumber: '77777',
        latitude: 53.31,
        longitude: 9.95,
      },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ municipalityName: 'Jesteburg', demo: false });
    const clash = await app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: await as('editor'),
      payload: { name: 'Andere Schule', actorGroup: 'schule_grund', schoolNumber: '77777' },
    });
    expect(clash.statusCode).toBe(409);
    const inHarburg = (
      await app.inject({
        method: 'GET',
        url: '/api/v1/organisations?region=03353&actorGroup=schule_grund',
        headers: await as('viewer'),
      })
    ).json();
    expect(inHarburg.items.map((o: { name: string }) => o.name)).toEqual(['Grundschule Jesteburg (Test)']);
  });

  it('keeps typed, dated relations and assessments over time with quadrant and salience', async () => {
    const relation = await app.inject({
      method: 'POST',
      url: '/api/v1/relations',
      headers: await as('editor'),
      payload: {
        sourceId: 'demo-bbs-buchholz',
        targetId: 'demo-betrieb-seevetal',
        kind: 'training_partnership',
        validFrom: '2025-08-01',
      },
    });
    expect(relation.statusCode).toBe(201);
    expect(relation.json()).toMatchObject({
      sourceName: 'Berufsbildende Schulen Buchholz in der Nordheide',
      kind: 'training_partnership',
    });
    const selfLoop = await app.inject({
      method: 'POST',
      url: '/api/v1/relations',
      headers: await as('editor'),
      payload: { sourceId: 'demo-bbs-buchholz', targetId: 'demo-bbs-buchholz', kind: 'cooperation_partner' },
    });
    expect(selfLoop.statusCode).toBe(400);
    const withoutAuthor = {
      organisationId: 'demo-khs-harburg',
      topic: 'Übergang Schule–Beruf',
      assessedOn: '2025-02-01',
      influence: 3,
      interest: 4,
      power: 4,
      legitimacy: 3,
      urgency: 2,
      attitude: 1,
    };
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/v1/assessments',
      payload: withoutAuthor,
    });
    expect(anonymous.statusCode).toBe(401);
    // Over HTTP the author is always the signed-in user; without a user (service called
    // directly) an author must be named.
    await expect(createAssessment(db, null, withoutAuthor)).rejects.toMatchObject({
      code: 'validation',
      userMessage: expect.stringContaining('Wer hat eingeschätzt?'),
    });
    const assessed = await app.inject({
      method: 'POST',
      url: '/api/v1/assessments',
      headers: await as('editor'),
      payload: {
        organisationId: 'demo-khs-harburg',
        topic: 'Übergang Schule–Beruf',
        assessedOn: '2025-02-01',
        influence: 3,
        interest: 4,
        power: 4,
        legitimacy: 3,
        urgency: 2,
        attitude: 1,
        reason: 'Mehr Engagement',
      },
    });
    expect(assessed.statusCode).toBe(201);
    const me = (
      await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: await as('editor') })
    ).json();
    expect(me.user.role).toBe('editor');
    expect(assessed.json()).toMatchObject({
      author: me.user.displayName,
      quadrant: 'key_players',
      salience: 'dominant',
    });
    const history = (
      await app.inject({
        method: 'GET',
        url: '/api/v1/assessments?organisationId=demo-khs-harburg',
        headers: await as('viewer'),
      })
    ).json();
    expect(history.items.map((a: { assessedOn: string }) => a.assessedOn)).toEqual([
      '2024-03-01',
      '2025-02-01',
    ]);
    const latest = (
      await app.inject({ method: 'GET', url: '/api/v1/assessments?latest=true', headers: await as('viewer') })
    ).json();
    const ihk = latest.items.filter(
      (a: { organisationId: string }) => a.organisationId === 'demo-ihk-lueneburg-wolfsburg',
    );
    expect(ihk.map((a: { assessedOn: string }) => a.assessedOn)).toEqual(['2024-03-01']);
  });
});

describe('import of organisations', () => {
  const upload = async (fileName: string, content: string, commit: boolean) => {
    const boundary = '----test';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n--${boundary}--\r\n`;
    return app.inject({
      method: 'POST',
      url: `/api/v1/organisations/import?commit=${commit}`,
      headers: { ...(await as('editor')), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
  };
  const csv = [
    'Name;Akteursgruppe;Schulnummer;AGS;PLZ;Ort',
    'Grundschule Handeloh (Import);Grundschule;88881;03353015;21256;Handeloh',
    'Berufsbildende Schulen Winsen (Luhe);bbs;;03353040;21423;Winsen (Luhe)',
    'Grundschule Otter (Import);schule_grund;88882;03353027;21259;Otter',
  ].join('\n');

  it('previews with duplicates, then creates only the new lines; a second run finds them all', async () => {
    const preview = await upload('schulen.csv', csv, false);
    expect(preview.statusCode).toBe(200);
    expect(preview.json().summary).toEqual({ new: 2, duplicate: 1, error: 0, created: 0 });
    expect(preview.json().lines[1].duplicateOf).toMatchObject({
      id: 'demo-bbs-winsen',
      reason: 'name_municipality',
    });
    const committed = await upload('schulen.csv', csv, true);
    expect(committed.json()).toMatchObject({ committed: true, summary: { created: 2 } });
    const again = await upload('schulen.csv', csv, true);
    expect(again.json().summary).toEqual({ new: 0, duplicate: 3, error: 0, created: 0 });
  });

  it('creates nothing when a line is wrong and names line and column', async () => {
    const bad = await upload(
      'fehler.csv',
      `${csv.split('\n')[0]}\nNeue Schule;Grundschule;12;03353015;;\n`,
      true,
    );
    expect(bad.json().committed).toBe(false);
    expect(bad.json().lines[0].errors).toEqual([
      'Zeile 2, Spalte „Schulnummer“: „12“ ist keine Schulnummer (5 oder 6 Ziffern).',
    ]);
    const header = await upload('leer.csv', 'Titel;Ort\n', false);
    expect(header.statusCode).toBe(400);
    expect(header.json().error.message).toContain('leer.csv, Zeile 1');
  });

  it('reads the first sheet of an XLSX workbook the same way', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Schulen');
    sheet.addRow(['Schulname', 'Schulform', 'Schulnr.', 'Gemeindeschlüssel', 'Breitengrad', 'Längengrad']);
    sheet.addRow(['Oberschule Hollenstedt (Import)', 'Oberschule', 88883, '03353019', 53.367, 9.715]);
    sheet.addRow(['Oberschule Tostedt (Beispiel)', 'schule_ober', null, '03353035', null, null]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const boundary = '----xlsx';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="schulen.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/organisations/import',
      headers: { ...(await as('editor')), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result.lines.map((l: { status: string }) => l.status)).toEqual(['new', 'duplicate']);
    expect(result.lines[0].organisation).toMatchObject({
      actorGroup: 'schule_ober',
      schoolNumber: '88883',
      municipalityAgs: '03353019',
      latitude: 53.367,
      longitude: 9.715,
    });
    expect(result.lines[1].duplicateOf).toMatchObject({
      id: 'demo-obs-tostedt',
      reason: 'name_municipality',
    });
  });

  it('exports the register in the import layout', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/organisations/export.csv?region=03359',
      headers: await as('viewer'),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.body).toContain(
      'Landkreis Stade;LK Stade;kreisverwaltung;;03359038;;21682;Stade;53,6013;9,476;',
    );
    expect(response.body).not.toContain('Harburg');
  });
});

describe('every write requires stakeholders:write or cooperation:write', () => {
  const writes: [string, string][] = [
    ['POST', '/api/v1/organisations'],
    ['PUT', '/api/v1/organisations/demo-lk-harburg'],
    ['DELETE', '/api/v1/organisations/demo-lk-harburg'],
    ['POST', '/api/v1/organisations/import'],
    ['POST', '/api/v1/relations'],
    ['DELETE', '/api/v1/relations/demo-rel-1'],
    ['POST', '/api/v1/assessments'],
    ['POST', '/api/v1/networks'],
    ['PUT', '/api/v1/networks/demo-jba-stade/expected'],
    ['POST', '/api/v1/networks/demo-jba-stade/members'],
    ['PATCH', '/api/v1/networks/demo-jba-stade/members/demo-jba-stade-m1'],
    ['DELETE', '/api/v1/networks/demo-jba-stade/members/demo-jba-stade-m1'],
    ['POST', '/api/v1/networks/demo-jba-stade/documents'],
    ['POST', '/api/v1/networks/demo-jba-stade/meetings'],
    [
      'PATCH',
      '/api/v1/meetings/demo-ag-uebergang-harburg-2024-05-14/tasks/demo-ag-uebergang-harburg-2024-05-14-t1',
    ],
    ['POST', '/api/v1/agreements'],
  ];
  it.each(writes)('%s %s: anonymous gets 401, viewer and partner get 403', async (method, url) => {
    const anonymous = await app.inject({ method: method as 'POST', url, payload: {} });
    expect(anonymous.statusCode).toBe(401);
    for (const headers of [await as('viewer'), await as('partner', 'demo-lk-stade')]) {
      const response = await app.inject({ method: method as 'POST', url, headers, payload: {} });
      expect(response.statusCode).toBe(403);
    }
  });
});

describe('OpenAPI', () => {
  it('documents the stakeholder and cooperation endpoints', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/openapi.json',
      headers: await as('viewer'),
    });
    expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
    const doc = response.json();
    for (const path of [
      '/api/v1/organisations',
      '/api/v1/persons',
      '/api/v1/relations',
      '/api/v1/assessments',
      '/api/v1/networks',
      '/api/v1/networks/{id}/meetings',
      '/api/v1/agreements',
      '/api/v1/agreements/{id}',
      '/api/v1/stakeholders/graph',
    ])
      expect(doc.paths[path], path).toBeDefined();
  });
});
