-- Connections get an optional name (issue 13, item 3): a label the key holder sets with
-- POST or PATCH /connections/{id}; null for every connection made before.
ALTER TABLE connections ADD COLUMN name TEXT;
