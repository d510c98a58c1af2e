-- Accounts, sessions, the synced records, the team change feed, idempotency,
-- field history and the audit log. Ids are text: UUIDs made by the server
-- (teams, users) or by the devices (records, devices).

CREATE TABLE teams (
  id text PRIMARY KEY,
  name text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL
);

CREATE TABLE users (
  id text PRIMARY KEY,
  username text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('specialist', 'supervisor', 'admin')),
  -- scrypt$N$r$p$salt$hash: the parameters travel with the hash.
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL,
  disabled_at timestamptz
);

CREATE TABLE memberships (
  team_id text NOT NULL REFERENCES teams (id),
  user_id text NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (team_id, user_id)
);
CREATE INDEX memberships_user ON memberships (user_id);

-- A device is one install of the app for one user; revoking it ends its
-- sessions and refuses its logins (a lost phone).
CREATE TABLE devices (
  user_id text NOT NULL REFERENCES users (id),
  device_id text NOT NULL,
  name text,
  first_seen_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  revoked_at timestamptz,
  PRIMARY KEY (user_id, device_id)
);

-- Only the SHA-256 of a token is kept: a copy of the table logs no one in.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL,
  device_id text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  FOREIGN KEY (user_id, device_id) REFERENCES devices (user_id, device_id)
);
CREATE INDEX sessions_device ON sessions (user_id, device_id);

-- Failed logins per username and address, shared by every server instance.
CREATE TABLE login_failures (
  key text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX login_failures_key_at ON login_failures (key, at);

-- The current state of every synced record: values and, per field, the
-- clock stamp that set it (the merge reads only the stamps).
CREATE TABLE records (
  table_name text NOT NULL,
  id text NOT NULL,
  team_id text NOT NULL REFERENCES teams (id),
  field_values jsonb NOT NULL,
  field_clocks jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (table_name, id)
);
CREATE INDEX records_team ON records (team_id);

-- Numbers each team's changes. See store/pushStore.ts for why a row lock
-- and not a sequence.
CREATE TABLE team_counters (
  team_id text PRIMARY KEY REFERENCES teams (id),
  last_seq bigint NOT NULL DEFAULT 0
);

-- The change feed devices pull, gap-free per team.
CREATE TABLE changes (
  team_id text NOT NULL REFERENCES teams (id),
  seq bigint NOT NULL,
  table_name text NOT NULL,
  record_id text NOT NULL,
  op text NOT NULL CHECK (op IN ('put', 'delete')),
  fields jsonb NOT NULL,
  hlc text NOT NULL,
  device_id text NOT NULL,
  user_id text NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (team_id, seq)
);

-- Each mutation is applied once: a retried batch finds its numbers here.
-- The stamp and record are kept to tell a true retry from a reused number.
CREATE TABLE applied_mutations (
  user_id text NOT NULL,
  device_id text NOT NULL,
  mutation_number bigint NOT NULL,
  table_name text NOT NULL,
  record_id text NOT NULL,
  hlc text NOT NULL,
  team_id text NOT NULL,
  seq bigint,
  applied_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, device_id, mutation_number)
);

-- Append-only: every value that was overwritten ('overwritten') or arrived
-- older than the stored one ('lost'), so nothing anyone typed is gone.
CREATE TABLE field_history (
  id bigserial PRIMARY KEY,
  team_id text NOT NULL,
  table_name text NOT NULL,
  record_id text NOT NULL,
  field text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('overwritten', 'lost')),
  value jsonb,
  value_hlc text NOT NULL,
  winner_hlc text NOT NULL,
  user_id text NOT NULL,
  device_id text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX field_history_record ON field_history (table_name, record_id);

-- Who read or wrote what, and when.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  user_id text,
  device_id text,
  action text NOT NULL,
  team_id text,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_user_at ON audit_log (user_id, at);
