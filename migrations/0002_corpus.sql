-- The stored corpus: past reports, their paragraphs, and an LSH index of paragraph units
-- (sentences and whole paragraphs; see src/corpus/units.ts). Written only by
-- src/corpus/store.ts, always in one D1 batch (a transaction) per report.

-- One row per stored report; id is ReportDocument.id (hash of the normalized text), so
-- adding the same report again updates this row instead of adding a second one.
CREATE TABLE IF NOT EXISTS corpus_reports (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  department TEXT,
  year INTEGER,
  file_name TEXT,
  format TEXT NOT NULL,
  added_at TEXT NOT NULL,        -- ISO 8601 UTC, kept when the report is added again
  updated_at TEXT NOT NULL,
  char_count INTEGER NOT NULL,   -- length of the normalized text
  paragraph_count INTEGER NOT NULL,
  unit_count INTEGER NOT NULL    -- indexed units (sentences and paragraphs)
);
CREATE INDEX IF NOT EXISTS corpus_reports_added ON corpus_reports (added_at);

-- Paragraph blocks of a stored report, with their text (what a match quotes) and place.
CREATE TABLE IF NOT EXISTS corpus_paragraphs (
  report_id TEXT NOT NULL REFERENCES corpus_reports (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,          -- 0-based among the report's paragraphs
  block_id TEXT NOT NULL,        -- Block.id in the report's ReportDocument
  span_start INTEGER NOT NULL,   -- offsets into the report's normalized text
  span_end INTEGER NOT NULL,
  page INTEGER,
  path TEXT NOT NULL,            -- JSON array of enclosing section titles
  text TEXT NOT NULL,
  PRIMARY KEY (report_id, idx)
);

-- Where each unit occurs: unit = 52-bit hash of the unit's masked matching text. Identical
-- units of different reports share an id (set phrases, copies), so the band rows below are
-- stored once per distinct unit, and document frequency is a COUNT(DISTINCT report_id) on
-- this table's primary key. dept = hash of the report's department (of its id when it has
-- none: it then counts as a department of its own), copied here so that counting
-- departments needs no join.
CREATE TABLE IF NOT EXISTS corpus_occurrences (
  unit INTEGER NOT NULL,
  report_id TEXT NOT NULL REFERENCES corpus_reports (id) ON DELETE CASCADE,
  para_idx INTEGER NOT NULL,
  dept INTEGER NOT NULL,
  PRIMARY KEY (unit, report_id, para_idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS corpus_occurrences_report ON corpus_occurrences (report_id);

-- LSH: one row per (band key, distinct unit); candidate lookup is a search on the primary
-- key. band = band number × 2^48 + 48 bits of the band's hash (src/corpus/units.ts
-- bandKeyInts: the hashing of bandKeys in src/similarity/lsh.ts, as a safe integer).
-- No index on unit: a removal recomputes the removed report's units from its stored
-- paragraph text and deletes the rows of units no other report contains.
CREATE TABLE IF NOT EXISTS corpus_bands (
  band INTEGER NOT NULL,
  unit INTEGER NOT NULL,
  PRIMARY KEY (band, unit)
) WITHOUT ROWID;

-- Which unit splitting and MinHash/LSH parameters built the index (CORPUS_INDEX.version in
-- src/corpus/units.ts); the store refuses to read or write an index built otherwise.
INSERT OR REPLACE INTO meta (key, value) VALUES ('corpus_index', 'units-v2:minhash24:k5:b8r3:int48');
