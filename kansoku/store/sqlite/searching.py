"""Full-text search and counts, the part of the SQLite reader that summarises."""

from __future__ import annotations

import sqlite3
from typing import Any

from kansoku.store.records import SearchHit, Stats

_MIN_TRIGRAM = 3  # FTS5's trigram tokenizer matches nothing for shorter terms


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
            where.append("id IN (SELECT doc_id FROM documents_fts WHERE documents_fts MATCH ?)")
            params.append(match)
        for term in terms:
            if len(term) < _MIN_TRIGRAM:
                where.append(
                    "(instr(lower(text), lower(?)) > 0 OR instr(lower(coalesce(title, '')), lower(?)) > 0)"
                )
                params += [term, term]
        sql = (
            "SELECT id, source, source_id, title, published, published_not_before, language, "
            "duplicate_of, text FROM documents WHERE " + " AND ".join(where) +
            " ORDER BY coalesce(published, published_not_before) DESC, rowid LIMIT ?"
        )  # fmt: skip
        return [
            SearchHit(
                id=r["id"],
                source=r["source"],
                source_id=r["source_id"],
                title=r["title"],
                published=r["published"] or r["published_not_before"],
                language=r["language"],
                duplicate_of=r["duplicate_of"],
                snippet=_snippet(r["text"], terms),
            )
            for r in self.conn.execute(sql, [*params, limit])
        ]

    def stats(self) -> Stats:
        def count(sql: str) -> int:
            return int(self.conn.execute(sql).fetchone()[0])

        def grouped(sql: str) -> dict[str, int]:
            return {row[0] or "?": row[1] for row in self.conn.execute(sql)}

        first, last = self.conn.execute(
            "SELECT min(coalesce(published, published_not_before)), "
            "max(coalesce(published, published_not_before)) FROM documents"
        ).fetchone()
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
            # A copy's sentences are its original's: counted once.
            fact_sentences=count(
                "SELECT count(*) FROM (SELECT doc_id, start FROM events UNION "
                "SELECT doc_id, start FROM figures) JOIN documents d ON d.id = doc_id "
                "WHERE d.duplicate_of IS NULL"
            ),
            unread_sentences=count(
                "SELECT count(*) FROM notes n JOIN documents d ON d.id = n.doc_id "
                "WHERE n.kind = 'unread' AND d.duplicate_of IS NULL"
            ),
        )


def _snippet(text: str, terms: list[str], width: int = 40) -> str:
    lowered = text.lower()
    positions = [p for p in (lowered.find(t.lower()) for t in terms) if p >= 0]
    at = min(positions) if positions else 0
    start, end = max(0, at - width), min(len(text), at + width * 2)
    body = text[start:end].replace("\n", " ")
    return ("…" if start else "") + body + ("…" if end < len(text) else "")
