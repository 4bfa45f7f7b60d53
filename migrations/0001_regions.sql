-- Regions: the German regional hierarchy by AGS/ARS key, loaded from the shipped reference
-- file (Gemeindeverzeichnis, BKG boundaries) and extended by imports that meet unknown keys.
CREATE TABLE regions (
  key text PRIMARY KEY,
  level text NOT NULL,
  name text NOT NULL,
  type_label text,
  parent_key text,
  historical boolean NOT NULL DEFAULT false,
  -- true for keys first seen in an imported file and not in the reference data
  provisional boolean NOT NULL DEFAULT false,
  successor_key text,
  valid_to date,
  area_km2 double precision,
  population integer,
  population_date date,
  nuts3 text,
  longitude double precision,
  latitude double precision,
  urbanisation text
);
CREATE INDEX regions_parent ON regions (parent_key);
CREATE INDEX regions_level ON regions (level);

-- Simplified boundaries (GeoJSON geometry) of Kreise and Länder for maps.
CREATE TABLE region_geometries (
  key text PRIMARY KEY REFERENCES regions (key) ON DELETE CASCADE,
  geometry jsonb NOT NULL
);

-- Regions sharing a border (computed from the unsimplified BKG geometries).
CREATE TABLE region_neighbours (
  key text NOT NULL REFERENCES regions (key) ON DELETE CASCADE,
  neighbour_key text NOT NULL REFERENCES regions (key) ON DELETE CASCADE,
  PRIMARY KEY (key, neighbour_key)
);

-- Which version of the shipped reference data is loaded (reloaded when it changes).
CREATE TABLE reference_data (
  name text PRIMARY KEY,
  version text NOT NULL,
  sources jsonb NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
