-- Documents as cleaned by kansoku, with what was dropped and the sections of aggregator pages.
CREATE TABLE documents (
    id                   TEXT PRIMARY KEY,
    source               TEXT NOT NULL,
    source_id            TEXT,
    url                  TEXT,
    site_name            TEXT,
    language             TEXT,
    title                TEXT,
    published            TEXT,
    published_not_before TEXT,
    kind                 TEXT NOT NULL CHECK (kind IN ('article', 'aggregator')),
    text                 TEXT NOT NULL,
    raw_sha256           TEXT NOT NULL,
    content_sha256       TEXT NOT NULL,
    minhash              BLOB,
    duplicate_of         TEXT REFERENCES documents (id),
    ingested_at          TEXT NOT NULL,
    UNIQUE (source, content_sha256)
);
CREATE INDEX documents_content ON documents (content_sha256);
CREATE INDEX documents_raw ON documents (source, raw_sha256);

CREATE TABLE dropped (
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq    INTEGER NOT NULL,
    text   TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
);

CREATE TABLE sections (
    doc_id    TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    published TEXT,
    outlet    TEXT,
    url       TEXT,
    off_topic INTEGER NOT NULL DEFAULT 0,
    title     TEXT,
    PRIMARY KEY (doc_id, seq)
);

-- Trigram full-text index over title and cleaned text; terms under three characters
-- cannot match a trigram index, so search falls back to a substring scan for them.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    doc_id UNINDEXED, title, text, tokenize = 'trigram'
);
