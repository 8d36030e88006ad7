-- PostgreSQL form of sqlite/migrations/008: the sentences a finding is about. (SQLite's
-- migration also filled them in for date inconsistencies stored before; no PostgreSQL
-- store holds any from before this version.)
ALTER TABLE findings ADD COLUMN spans TEXT NOT NULL DEFAULT '[]';
