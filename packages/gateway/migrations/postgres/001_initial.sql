-- Accounts, API keys, connections and OAuth hand-offs: the schema the store started with.
-- Databases made before migrations were files hold exactly this; they are recorded as 001.
CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  name TEXT,
  client_id TEXT NOT NULL,
  hash TEXT UNIQUE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX api_keys_account ON api_keys(account_id, created_at);
CREATE TABLE connections (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  app TEXT NOT NULL,
  method TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  metadata TEXT NOT NULL,
  credentials TEXT,
  session TEXT NOT NULL,
  session_hash TEXT NOT NULL UNIQUE,
  error TEXT
);
CREATE INDEX connections_lookup ON connections(account_id, app, status, created_at);
CREATE TABLE oauth_handoffs (
  state TEXT PRIMARY KEY,
  connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
  payload TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
