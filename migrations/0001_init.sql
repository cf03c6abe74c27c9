-- Stored reports (the corpus) are added by later migrations; this table
-- records that the store is reachable and which schema it has.
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', '1');
