-- PostgreSQL form of sqlite/migrations/004: the categories of every event word in a
-- report's sentence (JSON list).
ALTER TABLE events ADD COLUMN spoken_of TEXT NOT NULL DEFAULT '[]';
