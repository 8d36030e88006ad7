"""Search and counts that stay fast at 100,000 documents: an index of one- and
two-character substrings, the full-text rows keyed like their documents, and indexes for
the newest-first order and the store's counts.

1. ``documents_grams``: FTS5 matches nothing shorter than three characters in the
   trigram index ``documents_fts``, so up to version 10 such terms (Japanese words of one or two kanji)
   were found by a substring scan of every text (0.6–0.8 s at 100,000 documents).
   ``documents_grams`` is an FTS5 table (SQLite only) with no stored content
   (``content=''``: only the index), no positions (``detail=none``), its rowid the
   document's rowid. Its one column holds, for each document, every distinct one- and
   two-character substring of the lowercased title and of the lowercased text (none
   across the two, none with whitespace), each spelt as an ASCII token: the code point
   of each character in hex after an ``x`` (U+671D U+9BAE → ``x671dx9bae``), so FTS5's ``ascii``
   tokenizer neither splits nor folds it. A short term is then one token lookup. Other
   backends build the equivalent with their own index (PostgreSQL: pg_trgm does not
   index short terms either; a (document, gram) table or an array column with a GIN
   index serves the same lookups). A contentless FTS5 row cannot be deleted without its
   values: whoever deletes a document deletes its row here with the same grams
   (``INSERT INTO documents_grams (documents_grams, rowid, grams) VALUES ('delete', …)``).
2. ``documents_fts`` rows get their document's rowid (they had their own, in practice the
   same; rebuilt here when any differs), so a match is joined to its document by rowid
   rather than by reading each matching row's ``doc_id`` (200 ms for a term in 70,000
   documents).
3. Plain indexes (portable SQL): the date documents are listed by, newest first
   (``coalesce(published, published_not_before)``: search walks it and stops at the page
   it needs; the first and last dates are its ends), language and kind, duplicates (a
   partial index), and each fact's sentence (``doc_id, start``: counting the sentences
   that carry a fact merges two index scans).

This file is history: it keeps its own copy of the grams' spelling
(``kansoku.store.sqlite.searching.grams`` is the living one; a test checks they agree), so
a later change of it comes with its own migration.
"""

from __future__ import annotations

import sqlite3
from itertools import pairwise

_INDEXES = (
    "CREATE INDEX documents_date ON documents ((coalesce(published, published_not_before)))",
    "CREATE INDEX documents_language ON documents (language, kind)",
    "CREATE INDEX documents_duplicates ON documents (id) WHERE duplicate_of IS NOT NULL",
    "CREATE INDEX events_sentence ON events (doc_id, start)",
    "CREATE INDEX figures_sentence ON figures (doc_id, start)",
)


def _grams(title: str | None, text: str) -> str:
    found: set[str] = set()
    for part in (title or "", text):
        for run in part.lower().split():  # the runs between whitespace
            tokens = [f"x{ord(c):x}" for c in run]
            found.update(tokens)
            found.update(a + b for a, b in pairwise(tokens))
    return " ".join(sorted(found))


def _align_fts(conn: sqlite3.Connection) -> None:
    """Give every documents_fts row its document's rowid, when any has another."""
    misplaced = conn.execute(
        "SELECT count(*) FROM documents_fts f LEFT JOIN documents d ON d.rowid = f.rowid "
        "WHERE d.id IS NOT f.doc_id"
    ).fetchone()[0]
    if not misplaced:
        return
    conn.execute(
        "CREATE TEMP TABLE fts_moved AS SELECT d.rowid AS rowid, f.doc_id, f.title, f.text "
        "FROM documents_fts f JOIN documents d ON d.id = f.doc_id"
    )
    conn.execute("DELETE FROM documents_fts")
    conn.execute(
        "INSERT INTO documents_fts (rowid, doc_id, title, text) "
        "SELECT rowid, doc_id, title, text FROM fts_moved"
    )
    conn.execute("DROP TABLE fts_moved")


def migrate(conn: sqlite3.Connection) -> None:
    _align_fts(conn)
    for statement in _INDEXES:
        conn.execute(statement)
    conn.execute(
        "CREATE VIRTUAL TABLE documents_grams USING fts5 "
        "(grams, content = '', detail = none, columnsize = 0, tokenize = 'ascii')"
    )
    rows = conn.execute("SELECT rowid, title, text FROM documents ORDER BY rowid")
    while batch := rows.fetchmany(500):
        conn.executemany(
            "INSERT INTO documents_grams (rowid, grams) VALUES (?, ?)",
            [(rowid, _grams(title, text)) for rowid, title, text in batch],
        )
