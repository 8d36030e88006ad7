-- PostgreSQL form of sqlite/migrations/006: on-topic and core flags of a document.
ALTER TABLE documents ADD COLUMN on_topic INTEGER NOT NULL DEFAULT 1;
ALTER TABLE documents ADD COLUMN core INTEGER NOT NULL DEFAULT 1;
