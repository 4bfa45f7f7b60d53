-- Accounts, sessions, the audit log and consent records (docs/SECURITY.md).

-- People who sign in. A password hash (argon2id) for local accounts; an OIDC subject for
-- accounts that come through single sign-on. `version` guards edits (optimistic concurrency).
CREATE TABLE users (
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  email text NOT NULL,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'editor', 'partner', 'viewer')),
  password_hash text,
  oidc_subject text UNIQUE,
  organisation_id text,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX users_email ON users (lower(email));

-- Server-side sessions: the cookie holds a random token, the table only its SHA-256 hash.
-- Any app node can check a session (stateless nodes).
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Failed sign-ins for throttling, per account and per client address (kept 24 hours).
CREATE TABLE login_failures (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  ip text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_email ON login_failures (lower(email), at);
CREATE INDEX login_failures_ip ON login_failures (ip, at);

-- Consent of a person to a purpose (e.g. photos at an event, newsletter), with its source.
CREATE TABLE consents (
  id serial PRIMARY KEY,
  subject_id text NOT NULL,
  purpose text NOT NULL,
  granted_at timestamptz NOT NULL DEFAULT now(),
  withdrawn_at timestamptz,
  source text NOT NULL,
  recorded_by text
);
CREATE INDEX consents_subject ON consents (subject_id, purpose);

-- Append-only record of every change: who (user id and e-mail, or a system actor), when,
-- which row of which table, and the row before and after as JSON.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor_id text,
  actor text NOT NULL,
  correlation_id text,
  table_name text NOT NULL,
  row_key text,
  operation text NOT NULL,
  before jsonb,
  after jsonb
);
CREATE INDEX audit_log_at ON audit_log (at DESC);
CREATE INDEX audit_log_table ON audit_log (table_name, row_key);
CREATE INDEX audit_log_actor ON audit_log (actor_id);

-- The generic audit trigger. Arguments: the key column (default id) and a comma-separated list
-- of columns never written to the log (e.g. password_hash). The actor comes from the settings
-- bildungsregion.actor_id / .actor / .correlation_id that every write transaction sets.
-- A restore (bildungsregion.restore = on) loads old rows without logging them again.
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  key_column text := coalesce(TG_ARGV[0], 'id');
  hidden text[] := CASE WHEN coalesce(TG_ARGV[1], '') = '' THEN ARRAY[]::text[] ELSE string_to_array(TG_ARGV[1], ',') END;
  old_row jsonb;
  new_row jsonb;
BEGIN
  IF current_setting('bildungsregion.restore', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    old_row := to_jsonb(OLD) - hidden;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    new_row := to_jsonb(NEW) - hidden;
  END IF;
  IF TG_OP = 'UPDATE' AND old_row = new_row THEN
    RETURN NULL;
  END IF;
  INSERT INTO audit_log (actor_id, actor, correlation_id, table_name, row_key, operation, before, after)
  VALUES (
    nullif(current_setting('bildungsregion.actor_id', true), ''),
    coalesce(nullif(current_setting('bildungsregion.actor', true), ''), 'system'),
    nullif(current_setting('bildungsregion.correlation_id', true), ''),
    TG_TABLE_NAME,
    coalesce(new_row ->> key_column, old_row ->> key_column),
    lower(TG_OP),
    old_row,
    new_row
  );
  RETURN NULL;
END
$$;

-- One line per table in later migrations: SELECT audit_enable('my_table');
-- or with another key column and hidden columns: SELECT audit_enable('people', 'person_id', 'birth_date');
CREATE FUNCTION audit_enable(target regclass, key_column text DEFAULT 'id', hidden text DEFAULT '') RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION audit_row(%L, %L)',
    target, key_column, hidden
  );
END
$$;

-- The log is append-only: updates, deletes and truncation are refused (except inside a restore,
-- which replaces the whole database with a backup's content).
CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('bildungsregion.restore', true) = 'on' THEN
    IF TG_OP = 'DELETE' THEN
      RETURN OLD;
    END IF;
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP;
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_guard();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_guard();

SELECT audit_enable('users', 'id', 'password_hash');
SELECT audit_enable('consents');
SELECT audit_enable('datasets');
SELECT audit_enable('custom_indicators');
SELECT audit_enable('indicator_targets');
SELECT audit_enable('peer_groups', 'region_key');
