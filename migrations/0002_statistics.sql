-- Statistics store. A dataset is one imported file of an official table; its observations are
-- the table's values in long form. Several vintages ("Stand") of a table live side by side; for
-- every table, region and period the newest vintage is current (view current_coverage).
CREATE TABLE datasets (
  id serial PRIMARY KEY,
  source text NOT NULL,
  table_code text NOT NULL,
  title text NOT NULL,
  publisher text NOT NULL,
  licence text NOT NULL,
  vintage date,
  format text NOT NULL,
  file_name text NOT NULL,
  file_hash text NOT NULL UNIQUE,
  imported_at timestamptz NOT NULL DEFAULT now(),
  row_count integer NOT NULL DEFAULT 0,
  flag_counts jsonb NOT NULL DEFAULT '{}',
  notes jsonb NOT NULL DEFAULT '[]',
  -- false while the import's transaction is still loading rows
  complete boolean NOT NULL DEFAULT false
);
CREATE INDEX datasets_table ON datasets (table_code, vintage);

-- Measures and dimensions are described per table: the same code may mean different things
-- in different statistics. The newest import's labels win.
CREATE TABLE measures (
  table_code text NOT NULL,
  code text NOT NULL,
  label text NOT NULL,
  unit text,
  PRIMARY KEY (table_code, code)
);

CREATE TABLE dimensions (
  table_code text NOT NULL,
  code text NOT NULL,
  label text NOT NULL,
  PRIMARY KEY (table_code, code)
);

CREATE TABLE dimension_attributes (
  table_code text NOT NULL,
  dimension_code text NOT NULL,
  code text NOT NULL,
  label text NOT NULL,
  PRIMARY KEY (table_code, dimension_code, code)
);

-- One row per published value. dims holds dimension code -> attribute code (totals omitted);
-- value is null when the cell carries only a marker, which is kept in flag.
CREATE TABLE observations (
  dataset_id integer NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
  region_key text NOT NULL,
  period text NOT NULL,
  measure text NOT NULL,
  dims jsonb NOT NULL DEFAULT '{}',
  value double precision,
  flag text
);
CREATE INDEX observations_dataset_region ON observations (dataset_id, region_key, period);

-- Which regions and periods a dataset covers; small, and the basis of "current".
CREATE TABLE dataset_coverage (
  dataset_id integer NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
  region_key text NOT NULL,
  period text NOT NULL,
  PRIMARY KEY (dataset_id, region_key, period)
);

CREATE VIEW current_coverage AS
SELECT DISTINCT ON (d.table_code, c.region_key, c.period)
  d.table_code, c.region_key, c.period, c.dataset_id
FROM dataset_coverage c
JOIN datasets d ON d.id = c.dataset_id
WHERE d.complete
ORDER BY d.table_code, c.region_key, c.period, d.vintage DESC NULLS LAST, d.imported_at DESC, d.id DESC;

-- Import jobs started through the API (uploads), with progress for polling.
CREATE TABLE import_jobs (
  id text PRIMARY KEY,
  file_name text NOT NULL,
  dry_run boolean NOT NULL DEFAULT false,
  status text NOT NULL,
  progress double precision NOT NULL DEFAULT 0,
  rows_done integer NOT NULL DEFAULT 0,
  result jsonb,
  error jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
