-- Extracted facts: entities and their mentions, events and figures, each tied to a
-- sentence of a document (start/end are offsets into documents.text).
CREATE TABLE entities (
    id       TEXT PRIMARY KEY,
    kind     TEXT NOT NULL,
    name_en  TEXT NOT NULL,
    country  TEXT,
    wikidata TEXT,
    names    TEXT NOT NULL DEFAULT '{}'  -- JSON: {"ja": [...], "en": [...]}
);

CREATE TABLE mentions (
    doc_id    TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL,
    entity_id TEXT NOT NULL REFERENCES entities (id),
    PRIMARY KEY (doc_id, start, entity_id)
);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE events (
    id          TEXT PRIMARY KEY,
    doc_id      TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    type        TEXT NOT NULL,
    mode        TEXT,
    actor       TEXT REFERENCES entities (id),
    target      TEXT REFERENCES entities (id),
    location    TEXT REFERENCES entities (id),
    date_start  TEXT,
    date_end    TEXT,
    date_basis  TEXT,
    status      TEXT NOT NULL,
    source      TEXT REFERENCES entities (id),
    confidence  REAL NOT NULL,
    trigger     TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL
);
CREATE INDEX events_doc ON events (doc_id);

CREATE TABLE figures (
    id        TEXT PRIMARY KEY,
    doc_id    TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    kind      TEXT NOT NULL,
    value     REAL NOT NULL,
    value_max REAL,
    qualifier TEXT NOT NULL,
    unit      TEXT NOT NULL,
    subject   TEXT REFERENCES entities (id),
    as_of     TEXT,
    status    TEXT NOT NULL,
    source    TEXT REFERENCES entities (id),
    quantity  TEXT NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL
);
CREATE INDEX figures_doc ON figures (doc_id);
