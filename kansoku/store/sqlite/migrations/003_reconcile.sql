-- Reconciliation: event reports grouped into events, figures into series, and findings.
ALTER TABLE documents ADD COLUMN reconciled INTEGER NOT NULL DEFAULT 0;  -- 1 once reconciled
ALTER TABLE events ADD COLUMN key TEXT;      -- what must agree for two reports to merge
ALTER TABLE events ADD COLUMN cluster TEXT;  -- the merged event this report is evidence of
ALTER TABLE figures ADD COLUMN measure TEXT;
ALTER TABLE figures ADD COLUMN recipient TEXT REFERENCES entities (id);
ALTER TABLE figures ADD COLUMN as_of_basis TEXT;  -- "text" or "published"
ALTER TABLE figures ADD COLUMN series TEXT;  -- the series key (kind|unit|whose)
CREATE INDEX events_key ON events (key);
CREATE INDEX events_cluster ON events (cluster);
CREATE INDEX figures_series ON figures (series);

CREATE TABLE clusters (
    id         TEXT PRIMARY KEY,
    key        TEXT NOT NULL,
    type       TEXT NOT NULL,
    mode       TEXT,
    actor      TEXT REFERENCES entities (id),
    target     TEXT REFERENCES entities (id),
    location   TEXT REFERENCES entities (id),
    date_start TEXT,
    date_end   TEXT,
    date_basis TEXT,
    status     TEXT NOT NULL,
    source     TEXT REFERENCES entities (id),
    confidence REAL NOT NULL
);
CREATE INDEX clusters_key ON clusters (key);

CREATE TABLE notes (
    doc_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    kind    TEXT NOT NULL,
    summary TEXT NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    PRIMARY KEY (doc_id, seq)
);

CREATE TABLE findings (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    scope      TEXT NOT NULL,  -- what it was computed from: recomputed when that changes
    summary    TEXT NOT NULL,
    figure_ids TEXT NOT NULL DEFAULT '[]',
    event_ids  TEXT NOT NULL DEFAULT '[]',
    doc_ids    TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX findings_scope ON findings (scope);
