-- Connect sessions expire and are used once (issue 9, item 3). A connection's session gets an
-- expiry time and the time it was used; an OAuth hand-off remembers the session it started under,
-- so a callback cannot complete through a session that was used or replaced meanwhile.
ALTER TABLE connections ADD COLUMN session_expires_at TEXT;
ALTER TABLE connections ADD COLUMN session_used_at TEXT;
ALTER TABLE oauth_handoffs ADD COLUMN session_hash TEXT;
-- Links made before this migration: 15 minutes from their creation; those of ACTIVE connections are used.
UPDATE connections
   SET session_expires_at = to_char((created_at::timestamptz + interval '15 minutes') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
UPDATE connections SET session_used_at = updated_at WHERE status = 'ACTIVE';
