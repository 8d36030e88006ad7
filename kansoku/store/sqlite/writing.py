"""The writer part of the SQLite store: what ingestion needs."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime

from kansoku.model import Document, Event
from kansoku.store.sqlite.searching import grams
from kansoku.store.sqlite.transactions import write_transaction


class SQLiteWriter:
    conn: sqlite3.Connection
    path: str

    def find_document(self, source: str, content_sha256: str) -> str | None:
        row = self.conn.execute(
            "SELECT id FROM documents WHERE source = ? AND content_sha256 = ?",
            (source, content_sha256),
        ).fetchone()
        return str(row["id"]) if row else None

    def find_raw(self, source: str, raw_sha256: str) -> str | None:
        row = self.conn.execute(
            "SELECT id FROM documents WHERE source = ? AND raw_sha256 = ?", (source, raw_sha256)
        ).fetchone()
        return str(row["id"]) if row else None

    def find_same_content(self, content_sha256: str) -> str | None:
        row = self.conn.execute(
            "SELECT id FROM documents WHERE content_sha256 = ? ORDER BY rowid LIMIT 1",
            (content_sha256,),
        ).fetchone()
        return str(row["id"]) if row else None

    def minhashes(self, after: str | None = None) -> Iterator[tuple[str, bytes | None]]:
        # Documents are never deleted, so rowid order is storing order; an unknown
        # ``after`` gives every document rather than none (the index ignores repeats).
        rows = self.conn.execute(
            """SELECT id, minhash FROM documents
               WHERE rowid > coalesce((SELECT rowid FROM documents WHERE id = ?), 0)
               ORDER BY rowid""",
            (after,),
        )
        for row in rows:
            yield row["id"], row["minhash"]

    def add_document(self, doc: Document) -> None:
        """One transaction: a crash leaves the whole document or none of it."""
        with write_transaction(self.conn, self.path):
            self._add_page(doc)
            self._add_facts(doc)

    def _add_page(self, doc: Document) -> None:
        """The document row, its dropped spans, its sections and its full-text entry."""
        conn = self.conn
        conn.execute(
            """INSERT INTO documents (id, source, source_id, url, site_name, language,
                   title, published, published_not_before, kind, text, raw_sha256,
                   content_sha256, minhash, duplicate_of, ingested_at, on_topic, core)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                doc.id, doc.source, doc.source_id, doc.url, doc.site_name, doc.language,
                doc.title, doc.published, doc.published_not_before, doc.kind, doc.text,
                doc.raw_sha256, doc.content_sha256, doc.minhash, doc.duplicate_of,
                datetime.now(UTC).isoformat(timespec="seconds"), int(doc.on_topic),
                int(doc.core),
            ),
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO dropped (doc_id, seq, text, reason) VALUES (?, ?, ?, ?)",
            [(doc.id, i, d.text, d.reason) for i, d in enumerate(doc.dropped)],
        )
        conn.executemany(
            """INSERT INTO sections (doc_id, seq, start, "end", published, outlet, url,
                   off_topic, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (doc.id, i, s.start, s.end, s.published, s.outlet, s.url, int(s.off_topic),
                 s.title)
                for i, s in enumerate(doc.sections)
            ],
        )  # fmt: skip
        # Both full-text rows keyed by the document's rowid (searching.py joins on it).
        rowid = conn.execute("SELECT rowid FROM documents WHERE id = ?", (doc.id,)).fetchone()[0]
        conn.execute(
            "INSERT INTO documents_fts (rowid, doc_id, title, text) VALUES (?, ?, ?, ?)",
            (rowid, doc.id, doc.title or "", doc.text),
        )
        conn.execute(  # one- and two-character terms
            "INSERT INTO documents_grams (rowid, grams) VALUES (?, ?)",
            (rowid, grams(doc.title, doc.text)),
        )

    def _add_facts(self, doc: Document) -> None:
        """Entities (the latest gazetteer data wins), mentions, reports and notes."""
        conn = self.conn
        conn.executemany(
            """INSERT INTO entities (id, kind, name_en, country, wikidata, names)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name_en = excluded.name_en,
                   country = excluded.country, wikidata = excluded.wikidata,
                   names = excluded.names""",
            [
                (e.id, e.kind, e.name_en, e.country, e.wikidata,
                 json.dumps({lang: list(names) for lang, names in e.names}, ensure_ascii=False))
                for e in doc.entities
            ],
        )  # fmt: skip
        conn.executemany(
            """INSERT OR IGNORE INTO mentions (doc_id, start, "end", text, entity_id)
               VALUES (?, ?, ?, ?, ?)""",
            [(doc.id, m.start, m.end, m.text, m.entity_id) for m in doc.mentions],
        )
        conn.executemany(
            """INSERT INTO events (id, doc_id, type, mode, actor, target, location, date_start,
                   date_end, date_basis, status, source, confidence, trigger, start, "end",
                   spoken_of, item, treaty, extractor)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (e.id, doc.id, e.type, e.mode, e.actor, e.target, e.location, e.date_start,
                 e.date_end, e.date_basis, e.status, e.source, e.confidence, e.trigger,
                 e.start, e.end, json.dumps(list(e.spoken_of)), e.item, e.treaty,
                 doc.extractor)
                for e in doc.events
            ],
        )  # fmt: skip
        conn.executemany(
            """INSERT INTO figures (id, doc_id, kind, value, value_max, qualifier, unit, subject,
                   as_of, status, source, quantity, start, "end", measure, recipient, as_of_basis,
                   event, extractor)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (f.id, doc.id, f.kind, f.value, f.value_max, f.qualifier, f.unit, f.subject,
                 f.as_of, f.status, f.source, f.quantity, f.start, f.end, f.measure, f.recipient,
                 f.as_of_basis, _event_id(f.event, doc), doc.extractor)
                for f in doc.figures
            ],
        )  # fmt: skip
        conn.executemany(
            """INSERT INTO notes (doc_id, seq, kind, summary, start, "end")
               VALUES (?, ?, ?, ?, ?, ?)""",
            [(doc.id, i, n.kind, n.summary, n.start, n.end) for i, n in enumerate(doc.notes)],
        )
        # The extractor that read it, facts or none (store/sqlite/migrations/010).
        conn.execute("UPDATE documents SET extractor = ? WHERE id = ?", (doc.extractor, doc.id))


def _event_id(event: Event | None, doc: Document) -> str | None:
    """The stored id of the report a figure quantifies (one of its document's)."""
    if event is None or not any(event is e for e in doc.events):
        return None
    return event.id
