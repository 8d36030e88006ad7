-- The extractor version (kansoku.extract.EXTRACTOR_VERSION) that made each event report
-- and figure, and the one that last read each document for facts (a document may yield
-- none). Rows stored before this version have none (NULL): made by an older or unknown
-- extractor, which `kansoku reprocess` re-extracts.
ALTER TABLE events ADD COLUMN extractor INTEGER;
ALTER TABLE figures ADD COLUMN extractor INTEGER;
ALTER TABLE documents ADD COLUMN extractor INTEGER;
CREATE INDEX documents_extractor ON documents (extractor);
