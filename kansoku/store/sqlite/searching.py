"""Full-text search and counts, the part of the SQLite reader that summarises.

Two full-text indexes serve search, both kept with the documents (``writing``):

- ``documents_fts`` (FTS5, trigram tokenizer) finds terms of three characters or more;
- ``documents_grams`` (FTS5, contentless, rowid = the document's rowid) holds every
  distinct one- and two-character substring of the lowercased title and text, spelt as
  ASCII tokens (:func:`grams`), and finds the short terms Japanese is full of (words of
  one or two kanji) without reading every document. A term is in it exactly when it is a
  substring of the lowercased title or text, so no match needs checking afterwards.

A short term whose lowercase is longer than two characters (a few non-ASCII capitals)
is found by a substring scan, as every short term was before schema version 11.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from operator import add
from typing import Any

from kansoku.store.records import CREDITED_SHOWN, SearchHit, Stats

_MIN_TRIGRAM = 3  # FTS5's trigram tokenizer matches nothing for shorter terms
_MAX_GRAM = 2  # documents_grams holds substrings of one and two characters


class _Tokens(dict[str, str]):
    """Each character's token, made once."""

    def __missing__(self, char: str) -> str:
        token = self[char] = f"x{ord(char):x}"
        return token


_TOKENS = _Tokens()
_RUN = re.compile(r"\S+")  # what str.split() returns: \s is str.isspace()


def gram_token(gram: str) -> str:
    """A substring as a token of ``documents_grams``: each character's code point in hex
    after an ``x`` (U+671D U+9BAE → ``x671dx9bae``), so no tokenizer rule can split or fold it."""
    return "".join(map(_TOKENS.__getitem__, gram))


def grams(title: str | None, text: str) -> str:
    """The ``documents_grams`` entry of a document: its distinct one- and two-character
    substrings, lowercased, title and text apart (no gram spans the two), as tokens.
    Substrings with whitespace are left out: a search term never contains any."""
    found: set[str] = set()
    for part in (title or "", text):
        # Runs found one at a time: a list of every word of a 50 MB page took 500 MB.
        for run in _RUN.finditer(part.lower()):
            tokens = list(map(_TOKENS.__getitem__, run.group()))
            found.update(tokens)
            found.update(map(add, tokens, tokens[1:]))
    return " ".join(found)


class SQLiteSearch:
    conn: sqlite3.Connection
    path: str

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        terms = [t for t in query.split() if t]
        if not terms:
            return []
        where: list[str] = []
        params: list[Any] = []
        long_terms = [t for t in terms if len(t) >= _MIN_TRIGRAM]
        if long_terms:
            # Each term a quoted phrase: user text is never parsed as FTS5 syntax.
            match = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
            where.append("rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)")
            params.append(match)
        short = [t for t in terms if len(t) < _MIN_TRIGRAM]
        indexed = list(dict.fromkeys(t.lower() for t in short if len(t.lower()) <= _MAX_GRAM))
        if indexed:
            # Tokens are [0-9a-fx]+: quoted, they are plain terms whatever FTS5's syntax.
            match = " AND ".join('"' + gram_token(t) + '"' for t in indexed)
            where.append(
                "rowid IN (SELECT rowid FROM documents_grams WHERE documents_grams MATCH ?)"
            )
            params.append(match)
        for term in short:
            if len(term.lower()) > _MAX_GRAM:  # its lowercase outgrew the grams: scan
                where.append(
                    "(instr(lower(text), lower(?)) > 0 "
                    "OR instr(lower(coalesce(title, '')), lower(?)) > 0)"
                )
                params += [term, term]
        # The newest ``limit`` matches found by walking the date index newest first,
        # stopping at the page (a frequent term matches tens of thousands of documents:
        # never sorted, never read); only their texts are read.
        order = "coalesce(published, published_not_before) DESC, rowid"
        sql = (
            "SELECT id, source, source_id, title, published, published_not_before, language, "
            "duplicate_of, text FROM documents WHERE rowid IN (SELECT rowid FROM documents "
            "INDEXED BY documents_date WHERE " + " AND ".join(where) +
            f" ORDER BY {order} LIMIT ?) ORDER BY {order}"
        )  # fmt: skip
        return [search_hit(r, terms) for r in self.conn.execute(sql, [*params, limit])]

    def stats(self) -> Stats:
        """The counts, computed again only when the file has changed since the last time
        (every dashboard page shows some; counting 100,000 documents' characters takes a
        tenth of a second). Within a transaction they are always computed afresh."""
        if self.conn.in_transaction:
            return self._count()
        # Read before counting: counts at least as new as the version they are kept under.
        version = (int(self.conn.execute("PRAGMA data_version").fetchone()[0]),
                   self.conn.total_changes)  # fmt: skip
        cached: tuple[tuple[int, int], Stats] | None = getattr(self, "_stats_cache", None)
        if cached is None or cached[0] != version:
            cached = (version, self._count())
            self._stats_cache = cached
        stats = cached[1]
        return replace(
            stats,
            languages=dict(stats.languages),
            dropped=dict(stats.dropped),
            sources=dict(stats.sources),
        )

    def _count(self) -> Stats:
        def count(sql: str) -> int:
            return int(self.conn.execute(sql).fetchone()[0])

        def grouped(sql: str) -> dict[str, int]:
            return {row[0] or "?": row[1] for row in self.conn.execute(sql)}

        # Each end of the date index on its own (min and max together would scan it).
        first, last = self.conn.execute(
            "SELECT (SELECT min(coalesce(published, published_not_before)) FROM documents), "
            "(SELECT max(coalesce(published, published_not_before)) FROM documents)"
        ).fetchone()
        originals = "doc_id NOT IN (SELECT id FROM documents WHERE duplicate_of IS NOT NULL)"
        return Stats(
            database=self.path,
            schema_version=count("PRAGMA user_version"),
            documents=count("SELECT count(*) FROM documents"),
            aggregators=count("SELECT count(*) FROM documents WHERE kind = 'aggregator'"),
            sections=count("SELECT count(*) FROM sections"),
            duplicates=count("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"),
            characters=count("SELECT coalesce(sum(length(text)), 0) FROM documents"),
            events=count("SELECT count(*) FROM clusters"),
            event_reports=count("SELECT count(*) FROM events"),
            figures=count("SELECT count(*) FROM figures"),
            entities=count("SELECT count(DISTINCT entity_id) FROM mentions"),
            findings=count("SELECT count(*) FROM findings"),
            languages=grouped(
                "SELECT language, count(*) FROM documents GROUP BY language ORDER BY 2 DESC"
            ),
            dropped=grouped("SELECT reason, count(*) FROM dropped GROUP BY reason ORDER BY 2 DESC"),
            first_date=first,
            last_date=last,
            # A copy's sentences are its original's: counted once. Both sides in
            # (doc_id, start) order, so the union merges two index scans.
            fact_sentences=count(
                "SELECT count(*) FROM (SELECT doc_id, start FROM events UNION "
                "SELECT doc_id, start FROM figures ORDER BY 1, 2) WHERE " + originals
            ),
            unread_sentences=count(
                "SELECT count(*) FROM notes WHERE kind = 'unread' AND " + originals
            ),
            sources=grouped(
                "SELECT source, count(*) FROM events WHERE source IS NOT NULL "
                f"GROUP BY source ORDER BY 2 DESC, 1 LIMIT {CREDITED_SHOWN}"
            ),
        )


def search_hit(row: Any, terms: list[str]) -> SearchHit:
    """The hit a row of the search query's columns makes (either backend's row)."""
    return SearchHit(
        id=row["id"],
        source=row["source"],
        source_id=row["source_id"],
        title=row["title"],
        published=row["published"] or row["published_not_before"],
        language=row["language"],
        duplicate_of=row["duplicate_of"],
        snippet=_snippet(row["text"], terms),
    )


def _snippet(text: str, terms: list[str], width: int = 40) -> str:
    lowered = text.lower()
    positions = [p for p in (lowered.find(t.lower()) for t in terms) if p >= 0]
    at = min(positions) if positions else 0
    start, end = max(0, at - width), min(len(text), at + width * 2)
    body = text[start:end].replace("\n", " ")
    return ("…" if start else "") + body + ("…" if end < len(text) else "")
