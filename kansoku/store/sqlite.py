"""The embedded store: one SQLite file, WAL mode, foreign keys on, versioned schema.

Schema changes are SQL files in ``migrations/`` named ``NNN_what.sql``; the file's
``PRAGMA user_version`` says how many have been applied. Opening a file applies the
missing ones; a file from a newer kansoku is refused rather than half-understood.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from kansoku.model import Document
from kansoku.store import StoreError

_MIGRATIONS = Path(str(resources.files("kansoku.store") / "migrations"))
_MIN_TRIGRAM = 3  # FTS5's trigram tokenizer matches nothing for shorter terms


def migrations() -> list[tuple[int, Path]]:
    found = []
    for path in sorted(_MIGRATIONS.glob("*.sql")):
        match = re.match(r"(\d+)_", path.name)
        if match:
            found.append((int(match.group(1)), path))
    return found


def schema_version() -> int:
    return max(v for v, _ in migrations())


class SQLiteStore:
    def __init__(self, path: str) -> None:
        self.path = path
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a usable kansoku database ({exc})") from exc

    def _migrate(self) -> None:
        current = self.conn.execute("PRAGMA user_version").fetchone()[0]
        latest = schema_version()
        if current > latest:
            raise StoreError(
                f"{self.path} uses schema version {current}, written by a newer kansoku; "
                f"this kansoku knows up to version {latest}: upgrade kansoku to open it"
            )
        for version, path in migrations():
            if version <= current:
                continue
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _statements(path.read_text(encoding="utf-8")):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {version:d}")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self.conn.close()

    # -- writing --------------------------------------------------------------------------

    def find_document(self, source: str, content_sha256: str) -> str | None:
        row = self.conn.execute(
            "SELECT id FROM documents WHERE source = ? AND content_sha256 = ?",
            (source, content_sha256),
        ).fetchone()
        return row["id"] if row else None

    def find_raw(self, source: str, raw_sha256: str) -> str | None:
        row = self.conn.execute(
            "SELECT id FROM documents WHERE source = ? AND raw_sha256 = ?", (source, raw_sha256)
        ).fetchone()
        return row["id"] if row else None

    def find_same_content(self, content_sha256: str) -> str | None:
        row = self.conn.execute(
            "SELECT id FROM documents WHERE content_sha256 = ? ORDER BY rowid LIMIT 1",
            (content_sha256,),
        ).fetchone()
        return row["id"] if row else None

    def add_document(self, doc: Document) -> None:
        """One transaction: a crash leaves the whole document or none of it."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                """INSERT INTO documents (id, source, source_id, url, site_name, language,
                       title, published, published_not_before, kind, text, raw_sha256,
                       content_sha256, minhash, duplicate_of, ingested_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    doc.id, doc.source, doc.source_id, doc.url, doc.site_name, doc.language,
                    doc.title, doc.published, doc.published_not_before, doc.kind, doc.text,
                    doc.raw_sha256, doc.content_sha256, doc.minhash, doc.duplicate_of,
                    datetime.now(UTC).isoformat(timespec="seconds"),
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
            conn.execute(
                "INSERT INTO documents_fts (doc_id, title, text) VALUES (?, ?, ?)",
                (doc.id, doc.title or "", doc.text),
            )
            self._add_facts(doc)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _add_facts(self, doc: Document) -> None:
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
                   spoken_of)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (e.id, doc.id, e.type, e.mode, e.actor, e.target, e.location, e.date_start,
                 e.date_end, e.date_basis, e.status, e.source, e.confidence, e.trigger,
                 e.start, e.end, json.dumps(list(e.spoken_of)))
                for e in doc.events
            ],
        )  # fmt: skip
        conn.executemany(
            """INSERT INTO figures (id, doc_id, kind, value, value_max, qualifier, unit, subject,
                   as_of, status, source, quantity, start, "end", measure, recipient, as_of_basis)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (f.id, doc.id, f.kind, f.value, f.value_max, f.qualifier, f.unit, f.subject,
                 f.as_of, f.status, f.source, f.quantity, f.start, f.end, f.measure, f.recipient,
                 f.as_of_basis)
                for f in doc.figures
            ],
        )  # fmt: skip
        conn.executemany(
            """INSERT INTO notes (doc_id, seq, kind, summary, start, "end")
               VALUES (?, ?, ?, ?, ?, ?)""",
            [(doc.id, i, n.kind, n.summary, n.start, n.end) for i, n in enumerate(doc.notes)],
        )

    # -- reading --------------------------------------------------------------------------

    def minhashes(self) -> Iterator[tuple[str, bytes | None]]:
        for row in self.conn.execute("SELECT id, minhash FROM documents ORDER BY rowid"):
            yield row["id"], row["minhash"]

    def documents(self) -> Iterator[dict[str, Any]]:
        dropped: dict[str, list[dict]] = {}
        for row in self.conn.execute(
            "SELECT doc_id, text, reason FROM dropped ORDER BY doc_id, seq"
        ):
            dropped.setdefault(row["doc_id"], []).append(
                {"text": row["text"], "reason": row["reason"]}
            )
        sections: dict[str, list[dict]] = {}
        for row in self.conn.execute(
            """SELECT doc_id, start, "end", published, outlet, url, off_topic, title
               FROM sections ORDER BY doc_id, seq"""
        ):
            sections.setdefault(row["doc_id"], []).append(
                {
                    "start": row["start"],
                    "end": row["end"],
                    "published": row["published"],
                    "outlet": row["outlet"],
                    "url": row["url"],
                    "off_topic": bool(row["off_topic"]),
                    "title": row["title"],
                }
            )
        for row in self.conn.execute("SELECT * FROM documents ORDER BY rowid"):
            yield {
                "id": row["id"],
                "source": row["source"],
                "source_id": row["source_id"],
                "language": row["language"],
                "title": row["title"],
                "published": row["published"],
                "published_not_before": row["published_not_before"],
                "kind": row["kind"],
                "text": row["text"],
                "dropped": dropped.get(row["id"], []),
                "sections": sections.get(row["id"], []),
                "duplicate_of": row["duplicate_of"],
                "url": row["url"],
                "site_name": row["site_name"],
                "raw_sha256": row["raw_sha256"],
                "content_sha256": row["content_sha256"],
                "ingested_at": row["ingested_at"],
            }

    def _refs(self) -> dict[str, dict[str, Any]]:
        refs = {}
        for row in self.conn.execute("SELECT id, name_en, kind, country, wikidata FROM entities"):
            ref = {"id": row["id"], "name_en": row["name_en"], "kind": row["kind"],
                   "country": row["country"]}  # fmt: skip
            if row["wikidata"]:
                ref["wikidata"] = row["wikidata"]
            refs[row["id"]] = ref
        return refs

    def entities(self) -> Iterator[dict[str, Any]]:
        mentions: dict[str, list[dict]] = {}
        for row in self.conn.execute(
            'SELECT entity_id, doc_id, start, "end", text FROM mentions ORDER BY rowid'
        ):
            mentions.setdefault(row["entity_id"], []).append(
                {"doc_id": row["doc_id"], "start": row["start"], "end": row["end"],
                 "text": row["text"]}
            )  # fmt: skip
        refs = self._refs()
        for row in self.conn.execute("SELECT id, names FROM entities ORDER BY id"):
            if row["id"] in mentions:
                yield {**refs[row["id"]], "names": json.loads(row["names"]),
                       "mentions": mentions[row["id"]]}  # fmt: skip

    def events(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Merged events, each with every report of it as evidence."""
        refs = self._refs()
        where, params = _fact_filters(filters, date_column="date_start")
        evidence: dict[str, list[dict]] = {}
        for row in self.conn.execute(
            """SELECT e.*, d.text AS doc_text FROM events e JOIN documents d ON d.id = e.doc_id
               WHERE e.cluster IS NOT NULL ORDER BY e.doc_id, e.start, e.id"""
        ):
            item = _evidence(row)
            item.update(status=row["status"], source=row["source"], date=row["date_start"])
            evidence.setdefault(row["cluster"], []).append(item)
        sql = f"SELECT e.* FROM clusters e{where} ORDER BY e.date_start, e.id"
        for row in self.conn.execute(sql, params):
            yield {
                "id": row["id"], "type": row["type"], "mode": row["mode"],
                "actor": refs.get(row["actor"]), "target": refs.get(row["target"]),
                "date": {"start": row["date_start"], "end": row["date_end"],
                         "basis": row["date_basis"]},
                "location": refs.get(row["location"]),
                "status": row["status"], "source": refs.get(row["source"]),
                "evidence": evidence.get(row["id"], []),
                "confidence": row["confidence"],
            }  # fmt: skip

    def figures(self, **filters: Any) -> Iterator[dict[str, Any]]:
        refs = self._refs()
        where, params = _fact_filters(filters, date_column="as_of")
        sql = (
            "SELECT e.*, d.text AS doc_text FROM figures e JOIN documents d ON d.id = e.doc_id"
            f"{where} ORDER BY e.as_of, e.rowid"
        )
        for row in self.conn.execute(sql, params):
            value = row["value"]
            yield {
                "id": row["id"], "kind": row["kind"],
                "value": int(value) if float(value).is_integer() else value,
                "value_max": row["value_max"], "qualifier": row["qualifier"],
                "unit": row["unit"], "subject": refs.get(row["subject"]),
                "as_of": row["as_of"], "status": row["status"],
                "source": refs.get(row["source"]), "evidence": [_evidence(row)],
                "quantity": row["quantity"], "measure": row["measure"],
                "recipient": refs.get(row["recipient"]), "series": row["series"],
            }  # fmt: skip

    # -- reconciliation -------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads that all see one state of the file, whatever an ingest writes meanwhile."""
        self.conn.execute("BEGIN")
        try:
            yield
        finally:
            self.conn.execute("COMMIT")

    def clear_reconciliation(self) -> None:
        self.conn.execute("DELETE FROM clusters")
        self.conn.execute("DELETE FROM findings")
        self.conn.execute("UPDATE events SET key = NULL, cluster = NULL")
        self.conn.execute("UPDATE figures SET series = NULL")

    def event_reports(
        self,
        doc_ids: list[str] | None = None,
        key: str | None = None,
        clusters: list[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Events as extracted, one per sentence that tells them."""
        where, params = _membership("e.doc_id", doc_ids)
        if key is not None:
            where.append("e.key = ?")
            params.append(key)
        if clusters is not None:
            more, more_params = _membership("e.cluster", clusters)
            where += more
            params += more_params
        sql = (
            'SELECT e.*, substr(d.text, e.start + 1, e."end" - e.start) AS quote '
            "FROM events e JOIN documents d ON d.id = e.doc_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY e.id"
        )
        return [dict(row) for row in self.conn.execute(sql, params)]

    def set_event_keys(self, keys: dict[str, str]) -> None:
        self.conn.executemany(
            "UPDATE events SET key = ? WHERE id = ?", [(k, i) for i, k in keys.items()]
        )

    def replace_clusters(self, key: str, merged: list[dict[str, Any]]) -> None:
        self.conn.execute("DELETE FROM clusters WHERE key = ?", (key,))
        columns = ("id", "key", "type", "mode", "actor", "target", "location", "date_start",
                   "date_end", "date_basis", "status", "source", "confidence")  # fmt: skip
        self.conn.executemany(
            f"INSERT INTO clusters ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [tuple(m[c] for c in columns) for m in merged],
        )
        self.conn.executemany(
            "UPDATE events SET cluster = ? WHERE id = ?",
            [(m["id"], member) for m in merged for member in m["members"]],
        )

    def clusters(self, entity_ids: list[str] | None = None) -> list[dict[str, Any]]:
        """Merged events whose actor, target or source is one of ``entity_ids`` (all: None)."""
        if entity_ids is None:
            rows = self.conn.execute("SELECT * FROM clusters ORDER BY id")
        else:
            ids = "(SELECT value FROM json_each(?))"
            rows = self.conn.execute(
                f"SELECT * FROM clusters WHERE actor IN {ids} OR target IN {ids} OR source IN {ids}"
                " ORDER BY id",
                [json.dumps(entity_ids)] * 3,
            )
        return [dict(row) for row in rows]

    def figure_reports(
        self, doc_ids: list[str] | None = None, series: str | None = None
    ) -> list[dict[str, Any]]:
        where, params = _membership("f.doc_id", doc_ids)
        if series is not None:
            where.append("f.series = ?")
            params.append(series)
        sql = (
            "SELECT f.*, coalesce(d.published, d.published_not_before) AS doc_published "
            "FROM figures f JOIN documents d ON d.id = f.doc_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY f.id"
        )
        return [dict(row) for row in self.conn.execute(sql, params)]

    def set_series_keys(self, keys: dict[str, str | None]) -> None:
        self.conn.executemany(
            "UPDATE figures SET series = ? WHERE id = ?", [(k, i) for i, k in keys.items()]
        )

    def replace_findings(self, scope: str, findings: list[dict[str, Any]]) -> None:
        self.conn.execute("DELETE FROM findings WHERE scope = ?", (scope,))
        self.conn.executemany(
            """INSERT INTO findings (id, kind, scope, summary, figure_ids, event_ids,
                   doc_ids) VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [
                (f["id"], f["kind"], scope, f["summary"], json.dumps(f["figure_ids"]),
                 json.dumps(f["event_ids"]), json.dumps(f["doc_ids"]))
                for f in findings
            ],
        )  # fmt: skip

    def document_meta(self, doc_ids: list[str] | None = None) -> list[dict[str, Any]]:
        where, params = _membership("d.id", doc_ids)
        sql = (
            "SELECT d.id, d.source, d.title, d.duplicate_of, o.source AS duplicate_of_source "
            "FROM documents d LEFT JOIN documents o ON o.id = d.duplicate_of"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY d.id"
        )
        return [dict(row) for row in self.conn.execute(sql, params)]

    def notes(self, doc_id: str) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            'SELECT kind, summary, start, "end" FROM notes WHERE doc_id = ? ORDER BY seq',
            (doc_id,),
        )
        return [dict(row) for row in rows]

    def unreconciled(self) -> list[str]:
        """Documents stored but not reconciled (a batch interrupted before its end)."""
        rows = self.conn.execute("SELECT id FROM documents WHERE reconciled = 0 ORDER BY id")
        return [row["id"] for row in rows]

    def mark_reconciled(self, doc_ids: list[str] | None) -> None:
        where, params = _membership("id", doc_ids)
        sql = "UPDATE documents SET reconciled = 1" + (" WHERE " + where[0] if where else "")
        self.conn.execute(sql, params)

    def count_findings(self) -> int:
        return self.conn.execute("SELECT count(*) FROM findings").fetchone()[0]

    def findings(self, kind: str | None = None) -> Iterator[dict[str, Any]]:
        sql = "SELECT * FROM findings" + (" WHERE kind = ?" if kind else "") + " ORDER BY kind, id"
        for row in self.conn.execute(sql, [kind] if kind else []):
            yield {
                "id": row["id"], "kind": row["kind"], "summary": row["summary"],
                "figure_ids": json.loads(row["figure_ids"]),
                "event_ids": json.loads(row["event_ids"]),
                "doc_ids": json.loads(row["doc_ids"]),
            }  # fmt: skip

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        terms = [t for t in query.split() if t]
        if not terms:
            return []
        where, params = [], []
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
        rows = self.conn.execute(sql, [*params, limit]).fetchall()
        return [
            {
                "id": r["id"],
                "source": r["source"],
                "source_id": r["source_id"],
                "title": r["title"],
                "published": r["published"] or r["published_not_before"],
                "language": r["language"],
                "duplicate_of": r["duplicate_of"],
                "snippet": _snippet(r["text"], terms),
            }
            for r in rows
        ]

    def stats(self) -> dict[str, Any]:
        one = self.conn.execute
        by_lang = {
            r[0] or "?": r[1]
            for r in one(
                "SELECT language, count(*) FROM documents GROUP BY language ORDER BY 2 DESC"
            )
        }
        by_reason = {
            r[0]: r[1]
            for r in one("SELECT reason, count(*) FROM dropped GROUP BY reason ORDER BY 2 DESC")
        }
        dates = one(
            "SELECT min(coalesce(published, published_not_before)), "
            "max(coalesce(published, published_not_before)) FROM documents"
        ).fetchone()
        return {
            "database": self.path,
            "schema_version": one("PRAGMA user_version").fetchone()[0],
            "documents": one("SELECT count(*) FROM documents").fetchone()[0],
            "aggregators": one(
                "SELECT count(*) FROM documents WHERE kind = 'aggregator'"
            ).fetchone()[0],
            "sections": one("SELECT count(*) FROM sections").fetchone()[0],
            "duplicates": one(
                "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"
            ).fetchone()[0],
            "characters": one("SELECT coalesce(sum(length(text)), 0) FROM documents").fetchone()[0],
            "events": one("SELECT count(*) FROM clusters").fetchone()[0],
            "event_reports": one("SELECT count(*) FROM events").fetchone()[0],
            "figures": one("SELECT count(*) FROM figures").fetchone()[0],
            "entities": one("SELECT count(DISTINCT entity_id) FROM mentions").fetchone()[0],
            "findings": one("SELECT count(*) FROM findings").fetchone()[0],
            "languages": by_lang,
            "dropped": by_reason,
            "dates": {"first": dates[0], "last": dates[1]},
        }


def _statements(script: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement knows where they end)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip() and not current.strip().startswith("--"):
        statements.append(current.strip())
    return statements


def _membership(column: str, values: list[str] | None) -> tuple[list[str], list[Any]]:
    """``column IN values`` as one parameter: any number of ids, no SQL variable limit."""
    if values is None:
        return [], []
    return [f"{column} IN (SELECT value FROM json_each(?))"], [json.dumps(list(values))]


def _evidence(row: sqlite3.Row) -> dict[str, Any]:
    return {"doc_id": row["doc_id"], "start": row["start"], "end": row["end"],
            "quote": row["doc_text"][row["start"] : row["end"]]}  # fmt: skip


def _fact_filters(filters: dict[str, Any], date_column: str) -> tuple[str, list[Any]]:
    """WHERE clause for events/figures: actor, type, status, kind, since, until."""
    where, params = [], []
    for key, column in (("type", "type"), ("status", "status"), ("kind", "kind")):
        if filters.get(key):
            where.append(f"e.{column} = ?")
            params.append(filters[key])
    if filters.get("actor"):
        column = "actor" if date_column == "date_start" else "subject"
        where.append(
            f"(e.{column} = ? OR e.{column} IN (SELECT id FROM entities WHERE country = ?))"
        )
        params += [filters["actor"], filters["actor"]]
    if filters.get("since"):
        where.append(f"e.{date_column} >= ?")
        params.append(filters["since"])
    if filters.get("until"):
        # "2024-10" must include 2024-10-31: compare on the prefix of the same length.
        where.append(f"substr(e.{date_column}, 1, length(?)) <= ?")
        params += [filters["until"], filters["until"]]
    return (" WHERE " + " AND ".join(where)) if where else "", params


def _snippet(text: str, terms: list[str], width: int = 40) -> str:
    lowered = text.lower()
    positions = [p for p in (lowered.find(t.lower()) for t in terms) if p >= 0]
    at = min(positions) if positions else 0
    start, end = max(0, at - width), min(len(text), at + width * 2)
    body = text[start:end].replace("\n", " ")
    return ("…" if start else "") + body + ("…" if end < len(text) else "")
