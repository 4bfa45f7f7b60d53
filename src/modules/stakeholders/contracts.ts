import { z } from 'zod';
import { ACTOR_GROUPS, EDGE_KINDS, ORGANISATION_RELATION_KINDS, PERSON_ROLE_KINDS } from './vocabulary.ts';

/** Request and response schemas of the stakeholder register (they also generate the OpenAPI document). */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum im Format JJJJ-MM-TT');
const optionalText = z.string().trim().max(2000).nullable().optional();

export const ActorGroup = z.enum(ACTOR_GROUPS).describe('Akteursgruppe (Vokabular in docs/STAKEHOLDERS.md)');

export const IdParams = z.object({ id: z.string().min(1).max(100) });

export const OrganisationInput = z.object({
  name: z.string().trim().min(2).max(300),
  shortName: optionalText,
  actorGroup: ActorGroup,
  legalForm: optionalText,
  parentId: z.string().nullable().optional(),
  schoolNumber: z
    .string()
    .trim()
    .regex(/^\d{5,6}$/, 'Schulnummer: 5 oder 6 Ziffern')
    .nullable()
    .optional(),
  municipalityAgs: z
    .string()
    .trim()
    .regex(/^\d{8}$/, 'AGS der Gemeinde: 8 Ziffern')
    .nullable()
    .optional(),
  street: optionalText,
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, 'Postleitzahl: 5 Ziffern')
    .nullable()
    .optional(),
  city: optionalText,
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  website: optionalText,
  notes: optionalText,
});

export const Organisation = z
  .object({
    id: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    actorGroup: z.string(),
    legalForm: z.string().nullable(),
    parentId: z.string().nullable(),
    schoolNumber: z.string().nullable(),
    municipalityAgs: z.string().nullable(),
    municipalityName: z.string().nullable(),
    street: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    website: z.string().nullable(),
    notes: z.string().nullable(),
    demo: z.boolean().describe('Demodatensatz (erfundene oder öffentlich belegte Beispieldaten)'),
  })
  .meta({ id: 'Organisation' });

export const OrganisationQuery = z.object({
  q: z.string().trim().max(200).optional(),
  actorGroup: ActorGroup.optional(),
  region: z
    .string()
    .regex(/^\d{2,8}$/)
    .optional()
    .describe('AGS-Präfix, z. B. 03353 für alle Gemeinden im Landkreis Harburg'),
});

export const OrganisationList = z.object({ items: z.array(Organisation) }).meta({ id: 'OrganisationList' });

export const PersonRole = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  kind: z.enum(PERSON_ROLE_KINDS),
  role: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
});

export const PersonInput = z.object({
  givenName: z.string().trim().min(1).max(200),
  familyName: z.string().trim().min(1).max(200),
  title: optionalText,
  email: z.email('E-Mail-Adresse ungültig').nullable().optional(),
  phone: optionalText,
  consent: z.boolean().describe('Einwilligung zur Speicherung liegt vor'),
  consentDate: isoDate.nullable().optional(),
  purpose: z.string().trim().min(3).max(500).describe('Zweck der Speicherung'),
  organisationId: z.string().optional().describe('Organisation, an der die Person tätig ist'),
  role: optionalText.describe('Funktion an der Organisation'),
  kind: z.enum(PERSON_ROLE_KINDS).optional(),
});

export const Person = z
  .object({
    id: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    title: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    consent: z.boolean(),
    consentDate: z.string().nullable(),
    purpose: z.string(),
    demo: z.boolean(),
    roles: z.array(PersonRole),
  })
  .meta({ id: 'Person' });

export const PersonList = z.object({ items: z.array(Person) }).meta({ id: 'PersonList' });

export const PersonRoleInput = z.object({
  organisationId: z.string(),
  kind: z.enum(PERSON_ROLE_KINDS),
  role: optionalText,
  validFrom: isoDate.nullable().optional(),
  validTo: isoDate.nullable().optional(),
});

export const RelationInput = z.object({
  sourceId: z.string(),
  targetId: z.string(),
  kind: z.enum(ORGANISATION_RELATION_KINDS),
  validFrom: isoDate.nullable().optional(),
  validTo: isoDate.nullable().optional(),
  note: optionalText,
});

export const Relation = z
  .object({
    id: z.string(),
    sourceId: z.string(),
    sourceName: z.string(),
    targetId: z.string(),
    targetName: z.string(),
    kind: z.enum(ORGANISATION_RELATION_KINDS),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'Relation' });

export const RelationList = z.object({ items: z.array(Relation) }).meta({ id: 'RelationList' });

const score = z.number().int().min(1).max(5);

export const AssessmentInput = z.object({
  organisationId: z.string(),
  topic: z.string().trim().min(2).max(200),
  assessedOn: isoDate,
  author: z
    .string()
    .trim()
    .min(2)
    .max(200)
    .optional()
    .describe('ohne Anmeldung Pflicht; sonst die angemeldete Person'),
  influence: score,
  interest: score,
  power: score,
  legitimacy: score,
  urgency: score,
  attitude: z.number().int().min(-2).max(2),
  reason: optionalText,
});

export const Assessment = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    actorGroup: z.string(),
    topic: z.string(),
    assessedOn: z.string(),
    author: z.string(),
    influence: z.number(),
    interest: z.number(),
    power: z.number(),
    legitimacy: z.number(),
    urgency: z.number(),
    attitude: z.number(),
    reason: z.string().nullable(),
    quadrant: z.enum(['key_players', 'keep_satisfied', 'keep_informed', 'monitor']),
    salience: z.string(),
  })
  .meta({ id: 'Assessment' });

export const AssessmentQuery = z.object({
  organisationId: z.string().optional(),
  topic: z.string().optional(),
  latest: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: je Organisation und Thema nur die jüngste Einschätzung (für das Raster)'),
});

export const AssessmentList = z.object({ items: z.array(Assessment) }).meta({ id: 'AssessmentList' });

export const OrganisationDetail = z
  .object({
    organisation: Organisation,
    relations: z.array(Relation),
    assessments: z.array(Assessment),
    persons: z
      .array(PersonRole)
      .nullable()
      .describe('Kontaktpersonen; null ohne Berechtigung stakeholders:personal'),
    memberships: z.array(
      z.object({
        networkId: z.string(),
        networkName: z.string(),
        position: z.string().nullable(),
        joinedOn: z.string().nullable(),
        leftOn: z.string().nullable(),
      }),
    ),
    agreements: z.array(z.object({ id: z.string(), title: z.string(), signedOn: z.string().nullable() })),
  })
  .meta({ id: 'OrganisationDetail' });

export const GraphQuery = z.object({
  actorGroup: z
    .union([ActorGroup, z.array(ActorGroup)])
    .optional()
    .describe('nur Organisationen dieser Akteursgruppe(n); mehrfach angebbar'),
  network: z.string().optional().describe('nur die Mitglieder dieses Netzwerks'),
  from: isoDate.optional().describe('Beginn des Zeitfensters'),
  to: isoDate.optional().describe('Ende des Zeitfensters'),
  kind: z
    .union([z.enum(EDGE_KINDS), z.array(z.enum(EDGE_KINDS))])
    .optional()
    .describe('nur Kanten dieser Herkunft(en)'),
});

const Brokerage = z.object({
  coordinator: z.number(),
  itinerant: z.number(),
  gatekeeperRepresentative: z.number(),
  liaison: z.number(),
  total: z.number(),
});

export const Graph = z
  .object({
    nodes: z.array(z.object({ id: z.string(), name: z.string(), actorGroup: z.string(), demo: z.boolean() })),
    edges: z.array(
      z.object({
        source: z.string(),
        target: z.string(),
        kind: z.enum(EDGE_KINDS),
        label: z.string().describe('Herkunft der Kante: Beziehung, Netzwerk, Vereinbarung oder Sitzung'),
      }),
    ),
    metrics: z
      .record(z.string(), z.object({ degree: z.number(), betweenness: z.number(), brokerage: Brokerage }))
      .describe('je Knoten: Grad und Betweenness (nicht normiert, ungerichtet, Brandes)'),
    density: z.number(),
    edgeCount: z.number().describe('Kanten des einfachen Graphen (Mehrfachkanten zusammengefasst)'),
    coverage: z.array(
      z.object({
        group: z.string(),
        organisations: z.number(),
        connected: z.number(),
        internalTies: z.number(),
        externalTies: z.number(),
      }),
    ),
  })
  .meta({ id: 'StakeholderGraph' });

export const Vocabulary = z
  .object({
    actorGroups: z.array(z.object({ code: z.string(), label: z.string() })),
    relationKinds: z.array(z.string()),
    edgeKinds: z.array(z.string()),
  })
  .meta({ id: 'StakeholderVocabulary' });

export const ImportLine = z.object({
  line: z.number().describe('Zeile in der Datei (1 = Kopfzeile)'),
  status: z.enum(['new', 'duplicate', 'error']),
  name: z.string().nullable(),
  errors: z.array(z.string()),
  duplicateOf: z
    .object({
      id: z.string(),
      name: z.string(),
      reason: z.enum(['official_id', 'name_municipality', 'in_file']),
    })
    .nullable(),
  organisation: OrganisationInput.nullable(),
});

export const ImportResult = z
  .object({
    fileName: z.string(),
    committed: z.boolean(),
    lines: z.array(ImportLine),
    summary: z.object({ new: z.number(), duplicate: z.number(), error: z.number(), created: z.number() }),
  })
  .meta({ id: 'OrganisationImportResult' });

export const ImportQuery = z.object({
  commit: z
    .enum(['true', 'false'])
    .optional()
    .describe('false (Vorgabe): nur Vorschau; true: neue Zeilen anlegen, wenn keine Zeile fehlerhaft ist'),
});
