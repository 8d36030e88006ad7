-- PostgreSQL form of sqlite/migrations/010: the extractor version that made each event
-- report and figure, and the one that last read each document (NULL: unknown).
ALTER TABLE events ADD COLUMN extractor INTEGER;
ALTER TABLE figures ADD COLUMN extractor INTEGER;
ALTER TABLE documents ADD COLUMN extractor INTEGER;
CREATE INDEX documents_extractor ON documents (extractor);
