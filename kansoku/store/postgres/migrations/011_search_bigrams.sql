-- PostgreSQL form of sqlite/migrations/011: every distinct one- and two-character
-- substring of each document's lowercased title and text, as the shared writer spells
-- them (kansoku.store.sqlite.searching.grams: space-separated ASCII tokens), found by a
-- GIN index over the tokens: pg_trgm, like FTS5's trigrams, cannot find terms that short.
-- PostgreSQL stores came after version 10 and hold no document without its entry here
-- once migrated (each is written with its document), so nothing is filled in.
CREATE TABLE documents_grams (
    rowid bigint PRIMARY KEY REFERENCES documents (rowid) ON DELETE CASCADE,
    grams TEXT COLLATE "C" NOT NULL
);
CREATE INDEX documents_grams_tokens ON documents_grams USING gin (string_to_array(grams, ' '));

-- The indexes SQLite's 011 adds for listing by date and for the counts.
-- (newest first, undated last: the order search lists its hits in)
CREATE INDEX documents_date ON documents ((coalesce(published, published_not_before)) DESC NULLS LAST);
CREATE INDEX documents_language ON documents (language, kind);
CREATE INDEX documents_duplicates ON documents (id) WHERE duplicate_of IS NOT NULL;
CREATE INDEX events_sentence ON events (doc_id, start);
CREATE INDEX figures_sentence ON figures (doc_id, start);
