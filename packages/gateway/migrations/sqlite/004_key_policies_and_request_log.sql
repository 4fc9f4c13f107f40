-- Agents (issue 10): a policy per API key (JSON: apps, allow, deny, readOnly; null = no limits
-- beyond the account), and the request log: one row per REST or MCP call, never a body, a query
-- string or a secret. Rows older than the retention (SWITCHBOARD_LOG_RETENTION_DAYS) are purged.
ALTER TABLE api_keys ADD COLUMN policy TEXT;

CREATE TABLE request_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  request_id TEXT NOT NULL,
  account_id TEXT,
  key_id TEXT,
  connection_id TEXT,
  app TEXT,
  operation TEXT,
  surface TEXT NOT NULL,
  method TEXT NOT NULL,
  status INTEGER NOT NULL,
  ms REAL NOT NULL,
  upstream_ms REAL,
  bytes_in INTEGER,
  bytes_out INTEGER,
  error_code TEXT
);
CREATE INDEX request_log_account ON request_log (account_id, id);
CREATE INDEX request_log_at ON request_log (at);
