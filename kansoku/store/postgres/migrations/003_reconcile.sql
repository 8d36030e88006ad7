-- PostgreSQL form of sqlite/migrations/003: keys, merged events, notes and findings.
ALTER TABLE documents ADD COLUMN reconciled INTEGER NOT NULL DEFAULT 0;  -- 1 once reconciled
ALTER TABLE events ADD COLUMN key TEXT COLLATE "C";
ALTER TABLE events ADD COLUMN cluster TEXT COLLATE "C";
ALTER TABLE figures ADD COLUMN measure TEXT COLLATE "C";
ALTER TABLE figures ADD COLUMN recipient TEXT COLLATE "C" REFERENCES entities (id);
ALTER TABLE figures ADD COLUMN as_of_basis TEXT COLLATE "C";
ALTER TABLE figures ADD COLUMN series TEXT COLLATE "C";
CREATE INDEX events_key ON events (key);
CREATE INDEX events_cluster ON events (cluster);
CREATE INDEX figures_series ON figures (series);
CREATE INDEX documents_unreconciled ON documents (id) WHERE reconciled = 0;

CREATE TABLE clusters (
    id         TEXT COLLATE "C" PRIMARY KEY,
    key        TEXT COLLATE "C" NOT NULL,
    type       TEXT COLLATE "C" NOT NULL,
    mode       TEXT COLLATE "C",
    actor      TEXT COLLATE "C" REFERENCES entities (id),
    target     TEXT COLLATE "C" REFERENCES entities (id),
    location   TEXT COLLATE "C" REFERENCES entities (id),
    date_start TEXT COLLATE "C",
    date_end   TEXT COLLATE "C",
    date_basis TEXT COLLATE "C",
    status     TEXT COLLATE "C" NOT NULL,
    source     TEXT COLLATE "C" REFERENCES entities (id),
    confidence double precision NOT NULL
);
CREATE INDEX clusters_key ON clusters (key);

CREATE TABLE notes (
    doc_id  TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    kind    TEXT COLLATE "C" NOT NULL,
    summary TEXT NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    PRIMARY KEY (doc_id, seq)
);

CREATE TABLE findings (
    id         TEXT COLLATE "C" PRIMARY KEY,
    kind       TEXT COLLATE "C" NOT NULL,
    scope      TEXT COLLATE "C" NOT NULL,
    summary    TEXT NOT NULL,
    figure_ids TEXT NOT NULL DEFAULT '[]',
    event_ids  TEXT NOT NULL DEFAULT '[]',
    doc_ids    TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX findings_scope ON findings (scope);
