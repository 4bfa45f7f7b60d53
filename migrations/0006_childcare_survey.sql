-- Kita and Ganztag staff forecast: saved scenarios per region. `params` holds the parameter
-- values that differ from or confirm the defaults (see docs/CHILDCARE-FORECAST.md).
CREATE TABLE childcare_scenarios (
  id serial PRIMARY KEY,
  region_key text NOT NULL REFERENCES regions (key),
  label text NOT NULL,
  horizon_year integer NOT NULL,
  -- Year of the base population's reference date; null = the latest imported.
  base_year integer,
  params jsonb NOT NULL,
  note text NOT NULL DEFAULT '',
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_key, label)
);

-- Company demand survey (Betriebsbefragung): the design, personal invitations (token stored
-- as SHA-256 only) and one response per invitation.
CREATE TABLE surveys (
  id serial PRIMARY KEY,
  region_key text NOT NULL REFERENCES regions (key),
  title text NOT NULL,
  survey_year integer NOT NULL,
  intro text NOT NULL DEFAULT '',
  occupations jsonb NOT NULL,
  hire_years integer[] NOT NULL,
  blocks jsonb NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  dataset_id integer REFERENCES datasets (id) ON DELETE SET NULL,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE survey_invitations (
  id serial PRIMARY KEY,
  survey_id integer NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  company_name text NOT NULL,
  contact_email text,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  opened_at timestamptz,
  submitted_at timestamptz
);
CREATE INDEX survey_invitations_survey ON survey_invitations (survey_id);

CREATE TABLE survey_responses (
  invitation_id integer PRIMARY KEY REFERENCES survey_invitations (id) ON DELETE CASCADE,
  survey_id integer NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  sector text NOT NULL,
  employees integer,
  answers jsonb NOT NULL,
  submitted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX survey_responses_survey ON survey_responses (survey_id);
