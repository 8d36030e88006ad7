-- Whether a document has anything of the tracked topic's profile (export: on_topic), and
-- whether it names every party of the topic's core (a Russia–North Korea story): facts of
-- documents off the topic are not extracted, and findings are drawn only from core ones.
-- Documents stored before this version are taken as both, so their findings stay.
ALTER TABLE documents ADD COLUMN on_topic INTEGER NOT NULL DEFAULT 1;
ALTER TABLE documents ADD COLUMN core INTEGER NOT NULL DEFAULT 1;
