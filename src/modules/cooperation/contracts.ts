import { z } from 'zod';

/** Request and response schemas of networks, meetings and agreements (OpenAPI from the same schemas). */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum im Format JJJJ-MM-TT');
const optionalText = z.string().trim().max(5000).nullable().optional();

export const NETWORK_KINDS = [
  'arbeitsgruppe',
  'lenkungskreis',
  'bildungskonferenz',
  'netzwerk',
  'jugendberufsagentur',
  'fachkraeftebuendnis',
  'bildungsregion',
] as const;

export const AGREEMENT_KINDS = [
  'kooperationsvereinbarung',
  'kooperationsvertrag',
  'gruendungsvereinbarung',
  'rahmenvereinbarung',
  'letter_of_intent',
] as const;

export const TASK_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;

export const IdParams = z.object({ id: z.string().min(1).max(100) });
export const MemberParams = z.object({
  id: z.string().min(1).max(100),
  memberId: z.string().min(1).max(100),
});
export const TaskParams = z.object({ id: z.string().min(1).max(100), taskId: z.string().min(1).max(100) });

export const ExpectedGroup = z.object({
  actorGroup: z.string().min(2).max(60),
  minCount: z.number().int().min(1).max(100),
});

export const NetworkInput = z.object({
  name: z.string().trim().min(2).max(300),
  kind: z.enum(NETWORK_KINDS),
  topic: optionalText,
  description: optionalText,
  parentId: z.string().nullable().optional(),
  foundedOn: isoDate.nullable().optional(),
  template: z
    .string()
    .optional()
    .describe('Vorlage der erwarteten Zusammensetzung (GET /networks/templates)'),
  expected: z.array(ExpectedGroup).optional().describe('erwartete Zusammensetzung; überschreibt die Vorlage'),
});

export const Network = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    topic: z.string().nullable(),
    description: z.string().nullable(),
    parentId: z.string().nullable(),
    foundedOn: z.string().nullable(),
    demo: z.boolean(),
    memberCount: z.number(),
    missingGroups: z.number().describe('Zahl der fehlenden oder unterbesetzten Akteursgruppen'),
  })
  .meta({ id: 'Network' });

export const NetworkList = z.object({ items: z.array(Network) }).meta({ id: 'NetworkList' });

export const Member = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  actorGroup: z.string(),
  personId: z.string().nullable().describe('nur mit Berechtigung stakeholders:personal'),
  personName: z.string().nullable().describe('nur mit Berechtigung stakeholders:personal'),
  position: z.string().nullable(),
  joinedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  active: z.boolean(),
});

export const MemberInput = z.object({
  organisationId: z.string(),
  personId: z.string().nullable().optional(),
  position: optionalText,
  joinedOn: isoDate.nullable().optional(),
  leftOn: isoDate.nullable().optional(),
});

export const MemberPatch = z.object({ leftOn: isoDate.nullable(), position: optionalText });

export const Gaps = z
  .object({
    groups: z.array(
      z.object({
        actorGroup: z.string(),
        expected: z.number(),
        actual: z.number(),
        status: z.enum(['missing', 'under_represented', 'covered']),
      }),
    ),
    missing: z.array(z.string()),
    underRepresented: z.array(z.string()),
    additional: z.array(z.string()),
    coverage: z.number().nullable(),
  })
  .meta({ id: 'NetworkGaps' });

export const MeetingSummary = z.object({
  id: z.string(),
  networkId: z.string(),
  heldOn: z.string(),
  title: z.string(),
  attendingOrganisations: z.number(),
  openTasks: z.number(),
});

export const DocumentInput = z.object({
  title: z.string().trim().min(2).max(300),
  url: z.url('Adresse (URL) ungültig').nullable().optional(),
});

export const Document = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  addedOn: z.string(),
});

export const AgreementSummary = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  signedOn: z.string().nullable(),
});

export const NetworkDetail = z
  .object({
    network: Network,
    members: z.array(Member),
    expected: z.array(ExpectedGroup),
    gaps: Gaps,
    meetings: z.array(MeetingSummary),
    documents: z.array(Document),
    foundedBy: z.array(AgreementSummary).describe('Vereinbarungen, die dieses Gremium begründen'),
  })
  .meta({ id: 'NetworkDetail' });

export const ExpectedInput = z.object({ groups: z.array(ExpectedGroup) });

export const Templates = z
  .object({ items: z.array(z.object({ id: z.string(), label: z.string(), groups: z.array(ExpectedGroup) })) })
  .meta({ id: 'CompositionTemplates' });

export const Task = z.object({
  id: z.string(),
  title: z.string(),
  ownerOrganisationId: z.string().nullable(),
  ownerOrganisationName: z.string().nullable(),
  ownerPersonId: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(TASK_STATUSES),
});

export const MeetingInput = z.object({
  heldOn: isoDate,
  title: z.string().trim().min(2).max(300),
  agenda: optionalText,
  minutes: optionalText,
  attendance: z
    .array(z.object({ organisationId: z.string(), personId: z.string().nullable().optional() }))
    .default([]),
  decisions: z.array(z.string().trim().min(2).max(2000)).default([]),
  tasks: z
    .array(
      z.object({
        title: z.string().trim().min(2).max(500),
        ownerOrganisationId: z.string().nullable().optional(),
        ownerPersonId: z.string().nullable().optional(),
        dueOn: isoDate.nullable().optional(),
        status: z.enum(TASK_STATUSES).default('open'),
      }),
    )
    .default([]),
});

export const Meeting = z
  .object({
    id: z.string(),
    networkId: z.string(),
    networkName: z.string(),
    heldOn: z.string(),
    title: z.string(),
    agenda: z.string().nullable(),
    minutes: z.string().nullable(),
    attendance: z.array(
      z.object({
        organisationId: z.string(),
        organisationName: z.string(),
        personId: z.string().nullable(),
        personName: z.string().nullable(),
      }),
    ),
    decisions: z.array(z.object({ id: z.string(), text: z.string() })),
    tasks: z.array(Task),
  })
  .meta({ id: 'Meeting' });

export const MeetingList = z.object({ items: z.array(MeetingSummary) }).meta({ id: 'MeetingList' });

export const TaskPatch = z.object({ status: z.enum(TASK_STATUSES) });

export const Signatory = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  actorGroup: z.string(),
  personId: z.string().nullable(),
  personName: z.string().nullable().describe('nur mit Berechtigung stakeholders:personal'),
});

export const Agreement = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.string(),
    signedOn: z.string().nullable(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    renewal: z.string().nullable(),
    goals: z.array(z.string()),
    legalBasis: z.string().nullable(),
    foundedNetwork: z.object({ id: z.string(), name: z.string() }).nullable(),
    documentUrl: z.string().nullable(),
    source: z.string().nullable(),
    demo: z.boolean(),
    signatories: z.array(Signatory),
  })
  .meta({ id: 'Agreement' });

export const AgreementList = z.object({ items: z.array(Agreement) }).meta({ id: 'AgreementList' });

export const AgreementInput = z.object({
  title: z.string().trim().min(2).max(300),
  kind: z.enum(AGREEMENT_KINDS),
  signedOn: isoDate.nullable().optional(),
  validFrom: isoDate.nullable().optional(),
  validTo: isoDate.nullable().optional(),
  renewal: optionalText,
  goals: z.array(z.string().trim().min(2).max(1000)).default([]),
  legalBasis: optionalText,
  foundedNetworkId: z.string().nullable().optional(),
  documentUrl: z.url().nullable().optional(),
  signatories: z
    .array(z.object({ organisationId: z.string(), personId: z.string().nullable().optional() }))
    .min(1, 'Mindestens eine unterzeichnende Organisation'),
});
