-- What a transfer or deployment moves (item: troops, shells, oil…), the treaty an act on a
-- treaty is about (treaty), each stored on the report and on the merged event; and the
-- event report a figure quantifies (figures.event: the export names the merged event
-- that report belongs to). Reports stored before this version have none of them: ingest
-- their documents again into a fresh store to have them.
ALTER TABLE events ADD COLUMN item TEXT;
ALTER TABLE events ADD COLUMN treaty TEXT REFERENCES entities (id);
ALTER TABLE clusters ADD COLUMN item TEXT;
ALTER TABLE clusters ADD COLUMN treaty TEXT REFERENCES entities (id);
ALTER TABLE figures ADD COLUMN event TEXT REFERENCES events (id);
CREATE INDEX figures_event ON figures (event);
