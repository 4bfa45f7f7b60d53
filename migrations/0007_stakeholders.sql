-- Stakeholders (Akteure) and cooperation structures: the register of organisations and contact
-- persons, typed and dated relations, assessments over time, networks and working groups with
-- members, expected composition, meetings and documents, and cooperation agreements.
-- Rows with demo = true come from the shipped demo file (demo/stakeholders.demo.json).

CREATE TABLE organisations (
  id text PRIMARY KEY,
  name text NOT NULL,
  short_name text,
  -- code of the actor group vocabulary (docs/STAKEHOLDERS.md), e.g. kreisverwaltung, agentur, ihk
  actor_group text NOT NULL,
  legal_form text,
  parent_id text REFERENCES organisations (id) ON DELETE SET NULL,
  -- official identifiers where they exist
  school_number text,
  municipality_ags text,
  street text,
  postal_code text,
  city text,
  latitude double precision,
  longitude double precision,
  website text,
  notes text,
  demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (latitude IS NULL OR (latitude BETWEEN -90 AND 90)),
  CHECK (longitude IS NULL OR (longitude BETWEEN -180 AND 180))
);
CREATE UNIQUE INDEX organisations_school_number ON organisations (school_number) WHERE school_number IS NOT NULL;
CREATE INDEX organisations_group ON organisations (actor_group);

-- Contact persons: personal data, stored only with a purpose and consent (src/modules/stakeholders/privacy.ts).
CREATE TABLE persons (
  id text PRIMARY KEY,
  given_name text NOT NULL,
  family_name text NOT NULL,
  title text,
  email text,
  phone text,
  consent boolean NOT NULL DEFAULT false,
  consent_date date,
  purpose text NOT NULL,
  demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Person ↔ organisation: works at, represents; with the role (function) held there.
CREATE TABLE person_roles (
  id text PRIMARY KEY,
  person_id text NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
  organisation_id text NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('works_at', 'represents')),
  role text,
  valid_from date,
  valid_to date
);
CREATE INDEX person_roles_person ON person_roles (person_id);
CREATE INDEX person_roles_organisation ON person_roles (organisation_id);

-- Organisation ↔ organisation, typed and dated.
CREATE TABLE organisation_relations (
  id text PRIMARY KEY,
  source_id text NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  target_id text NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('cooperation_partner', 'member_of', 'operator_of', 'training_partnership')),
  valid_from date,
  valid_to date,
  note text,
  demo boolean NOT NULL DEFAULT false,
  CHECK (source_id <> target_id)
);
CREATE INDEX organisation_relations_source ON organisation_relations (source_id);
CREATE INDEX organisation_relations_target ON organisation_relations (target_id);

-- Assessments over time (power/interest grid, salience model, attitude) per organisation and topic.
CREATE TABLE assessments (
  id text PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  topic text NOT NULL,
  assessed_on date NOT NULL,
  author text NOT NULL,
  influence smallint NOT NULL CHECK (influence BETWEEN 1 AND 5),
  interest smallint NOT NULL CHECK (interest BETWEEN 1 AND 5),
  power smallint NOT NULL CHECK (power BETWEEN 1 AND 5),
  legitimacy smallint NOT NULL CHECK (legitimacy BETWEEN 1 AND 5),
  urgency smallint NOT NULL CHECK (urgency BETWEEN 1 AND 5),
  attitude smallint NOT NULL CHECK (attitude BETWEEN -2 AND 2),
  reason text,
  demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessments_organisation ON assessments (organisation_id, assessed_on);

-- Networks, working groups, steering groups, conferences.
CREATE TABLE networks (
  id text PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL,
  topic text,
  description text,
  parent_id text REFERENCES networks (id) ON DELETE SET NULL,
  founded_on date,
  demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Expected composition: how many member organisations of an actor group the network should have.
CREATE TABLE network_expected_groups (
  network_id text NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  actor_group text NOT NULL,
  min_count integer NOT NULL DEFAULT 1 CHECK (min_count >= 1),
  PRIMARY KEY (network_id, actor_group)
);

CREATE TABLE network_members (
  id text PRIMARY KEY,
  network_id text NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  organisation_id text NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  -- representative person (personal data)
  person_id text REFERENCES persons (id) ON DELETE SET NULL,
  position text,
  joined_on date,
  left_on date
);
CREATE INDEX network_members_network ON network_members (network_id);
CREATE INDEX network_members_organisation ON network_members (organisation_id);

CREATE TABLE meetings (
  id text PRIMARY KEY,
  network_id text NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  held_on date NOT NULL,
  title text NOT NULL,
  agenda text,
  minutes text,
  demo boolean NOT NULL DEFAULT false
);
CREATE INDEX meetings_network ON meetings (network_id, held_on);

CREATE TABLE meeting_attendance (
  id text PRIMARY KEY,
  meeting_id text NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  organisation_id text NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  person_id text REFERENCES persons (id) ON DELETE SET NULL
);
CREATE INDEX meeting_attendance_meeting ON meeting_attendance (meeting_id);

CREATE TABLE meeting_decisions (
  id text PRIMARY KEY,
  meeting_id text NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  text text NOT NULL
);

CREATE TABLE meeting_tasks (
  id text PRIMARY KEY,
  meeting_id text NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  title text NOT NULL,
  owner_organisation_id text REFERENCES organisations (id) ON DELETE SET NULL,
  owner_person_id text REFERENCES persons (id) ON DELETE SET NULL,
  due_on date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'cancelled'))
);

CREATE TABLE network_documents (
  id text PRIMARY KEY,
  network_id text NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  title text NOT NULL,
  url text,
  added_on date NOT NULL DEFAULT CURRENT_DATE
);

CREATE TABLE agreements (
  id text PRIMARY KEY,
  title text NOT NULL,
  kind text NOT NULL,
  signed_on date,
  valid_from date,
  valid_to date,
  renewal text,
  goals jsonb NOT NULL DEFAULT '[]'::jsonb,
  legal_basis text,
  founded_network_id text REFERENCES networks (id) ON DELETE SET NULL,
  document_url text,
  source text,
  demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE agreement_signatories (
  agreement_id text NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
  organisation_id text NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
  -- signing person (personal data)
  person_id text REFERENCES persons (id) ON DELETE SET NULL,
  PRIMARY KEY (agreement_id, organisation_id)
);
CREATE INDEX agreement_signatories_organisation ON agreement_signatories (organisation_id);
