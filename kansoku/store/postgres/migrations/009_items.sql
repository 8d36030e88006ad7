-- PostgreSQL form of sqlite/migrations/009: what moves, the treaty acted on, the report
-- a figure quantifies.
ALTER TABLE events ADD COLUMN item TEXT COLLATE "C";
ALTER TABLE events ADD COLUMN treaty TEXT COLLATE "C" REFERENCES entities (id);
ALTER TABLE clusters ADD COLUMN item TEXT COLLATE "C";
ALTER TABLE clusters ADD COLUMN treaty TEXT COLLATE "C" REFERENCES entities (id);
ALTER TABLE figures ADD COLUMN event TEXT COLLATE "C" REFERENCES events (id);
CREATE INDEX figures_event ON figures (event);
