-- Indicators. The standard catalogue lives in code; editors add their own indicators here
-- (same fields as the catalogue, formula in the formula language, see docs/FORMULAS.md).
CREATE TABLE custom_indicators (
  id text PRIMARY KEY,
  definition jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Target values of an indicator for a region: reach `target_value` by `target_year`, in the
-- given direction. The status (reached / on track / off track) is computed from the series.
CREATE TABLE indicator_targets (
  id serial PRIMARY KEY,
  indicator_id text NOT NULL,
  region_key text NOT NULL REFERENCES regions (key),
  target_value double precision NOT NULL,
  target_year integer NOT NULL,
  direction text NOT NULL CHECK (direction IN ('at_least', 'at_most')),
  note text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX indicator_targets_lookup ON indicator_targets (indicator_id, region_key);

-- A region's own choice of comparison Kreise (otherwise Kreise of the same type and similar size).
CREATE TABLE peer_groups (
  region_key text PRIMARY KEY REFERENCES regions (key),
  peer_keys text[] NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Indicator queries filter observations by dataset and measure.
CREATE INDEX observations_dataset_measure ON observations (dataset_id, measure);
