-- The categories of every event word in a report's sentence (JSON list), stored by
-- extraction: what a denial is about, read by reconciliation without re-reading text.
-- Reports stored before this version have none: their denials link to nothing until the
-- documents are ingested again.
ALTER TABLE events ADD COLUMN spoken_of TEXT NOT NULL DEFAULT '[]';
