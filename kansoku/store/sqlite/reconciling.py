"""The reconcile part of the SQLite store: reports in, keys, merged events and findings out.

Sets of ids and keys go to SQL as one JSON parameter (``IN (SELECT value FROM
json_each(?))``), so a batch of any size is one query.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any

from kansoku.store.records import (
    DocumentMeta,
    EventKey,
    EventReport,
    FigureReport,
    Finding,
    FindingScope,
    MergedEvent,
    SeriesKey,
    StoredNote,
)
from kansoku.store.sqlite import codec
from kansoku.store.sqlite.transactions import write_transaction

_IN = codec.IN_IDS
_CLUSTER_COLUMNS = ("id", "key", "type", "mode", "actor", "target", "location", "date_start",
                    "date_end", "date_basis", "status", "source", "confidence", "item",
                    "treaty")  # fmt: skip


class SQLiteReconcile:
    conn: sqlite3.Connection
    path: str

    def transaction(self) -> AbstractContextManager[None]:
        return write_transaction(self.conn, self.path)

    def clear_reconciliation(self) -> None:
        self.conn.execute("DELETE FROM clusters")
        self.conn.execute("DELETE FROM findings")
        self.conn.execute("UPDATE events SET key = NULL, cluster = NULL")
        self.conn.execute("UPDATE figures SET series = NULL")

    # -- events ---------------------------------------------------------------------------

    def event_reports(
        self,
        doc_ids: Sequence[str] | None = None,
        keys: Collection[EventKey] | None = None,
        clusters: Collection[str] | None = None,
    ) -> list[EventReport]:
        where, params = _where(
            ("e.doc_id", doc_ids),
            ("e.key", None if keys is None else [codec.event_key_text(k) for k in keys]),
            ("e.cluster", clusters),
        )
        rows = self.conn.execute(
            "SELECT e.*, d.duplicate_of AS doc_duplicate_of, d.core AS doc_core, "
            "d.content_sha256 AS doc_sha256 "
            f"FROM events e JOIN documents d ON d.id = e.doc_id {where} ORDER BY e.id",
            params,
        )
        return [
            EventReport(
                id=r["id"],
                doc_id=r["doc_id"],
                type=r["type"],
                mode=r["mode"],
                actor=r["actor"],
                target=r["target"],
                location=r["location"],
                date_start=r["date_start"],
                date_end=r["date_end"],
                date_basis=r["date_basis"],
                status=r["status"],
                source=r["source"],
                confidence=r["confidence"],
                start=r["start"],
                end=r["end"],
                spoken_of=tuple(json.loads(r["spoken_of"])),
                key=None if r["key"] is None else codec.event_key(r["key"]),
                cluster=r["cluster"],
                doc_duplicate_of=r["doc_duplicate_of"],
                doc_core=bool(r["doc_core"]),
                item=r["item"],
                treaty=r["treaty"],
                doc_sha256=r["doc_sha256"],
                extractor=r["extractor"],
            )
            for r in rows
        ]

    def set_event_keys(self, keys: Mapping[str, EventKey]) -> None:
        self.conn.executemany(
            "UPDATE events SET key = ? WHERE id = ?",
            [(codec.event_key_text(key), report_id) for report_id, key in keys.items()],
        )

    def replace_clusters(self, keys: Collection[EventKey], merged: Sequence[MergedEvent]) -> None:
        self.conn.execute(
            f"DELETE FROM clusters WHERE key {_IN}",
            (codec.ids(codec.event_key_text(k) for k in keys),),
        )
        columns = ", ".join(_CLUSTER_COLUMNS)
        self.conn.executemany(
            f"INSERT INTO clusters ({columns}) VALUES ({', '.join('?' * len(_CLUSTER_COLUMNS))})",
            [
                (m.id, codec.event_key_text(m.key), m.type, m.mode, m.actor, m.target,
                 m.location, m.date_start, m.date_end, m.date_basis, m.status, m.source,
                 m.confidence, m.item, m.treaty)
                for m in merged
            ],
        )  # fmt: skip
        self.conn.executemany(
            "UPDATE events SET cluster = ? WHERE id = ?",
            [(m.id, member) for m in merged for member in m.members],
        )

    def clusters(self, entity_ids: Collection[str] | None = None) -> list[MergedEvent]:
        where, params = "", []
        if entity_ids is not None:
            where = f"WHERE c.actor {_IN} OR c.target {_IN} OR c.source {_IN}"
            params = [codec.ids(entity_ids)] * 3
        rows = self.conn.execute(
            "SELECT c.*, (SELECT json_group_array(e.id) FROM events e WHERE e.cluster = c.id)"
            f" AS members FROM clusters c {where} ORDER BY c.id",
            params,
        )
        return [
            MergedEvent(
                id=r["id"],
                key=codec.event_key(r["key"]),
                type=r["type"],
                mode=r["mode"],
                actor=r["actor"],
                target=r["target"],
                location=r["location"],
                date_start=r["date_start"],
                date_end=r["date_end"],
                date_basis=r["date_basis"],
                status=r["status"],
                source=r["source"],
                confidence=r["confidence"],
                members=tuple(sorted(json.loads(r["members"]))),
                item=r["item"],
                treaty=r["treaty"],
            )
            for r in rows
        ]

    # -- figures --------------------------------------------------------------------------

    def figure_reports(
        self,
        doc_ids: Sequence[str] | None = None,
        series: Collection[SeriesKey] | None = None,
    ) -> list[FigureReport]:
        where, params = _where(
            ("f.doc_id", doc_ids),
            ("f.series", None if series is None else [codec.series_text(s) for s in series]),
        )
        rows = self.conn.execute(
            "SELECT f.*, coalesce(d.published, d.published_not_before) AS doc_published, "
            "d.core AS doc_core, d.content_sha256 AS doc_sha256 "
            f"FROM figures f JOIN documents d ON d.id = f.doc_id {where} ORDER BY f.id",
            params,
        )
        return [
            FigureReport(
                id=r["id"],
                doc_id=r["doc_id"],
                start=r["start"],
                end=r["end"],
                kind=r["kind"],
                value=r["value"],
                value_max=r["value_max"],
                qualifier=r["qualifier"],
                unit=r["unit"],
                subject=r["subject"],
                as_of=r["as_of"],
                as_of_basis=r["as_of_basis"],
                status=r["status"],
                source=r["source"],
                measure=r["measure"],
                recipient=r["recipient"],
                doc_published=r["doc_published"],
                series=codec.series_key(r["series"]),
                doc_core=bool(r["doc_core"]),
                event=r["event"],
                doc_sha256=r["doc_sha256"],
            )
            for r in rows
        ]

    def set_series_keys(self, keys: Mapping[str, SeriesKey | None]) -> None:
        self.conn.executemany(
            "UPDATE figures SET series = ? WHERE id = ?",
            [
                (None if key is None else codec.series_text(key), figure_id)
                for figure_id, key in keys.items()
            ],
        )

    # -- findings and what they are made from ---------------------------------------------

    def replace_findings(self, found: Mapping[FindingScope, Sequence[Finding]]) -> None:
        scopes = {scope: codec.scope_text(scope) for scope in found}
        self.conn.execute(f"DELETE FROM findings WHERE scope {_IN}", (codec.ids(scopes.values()),))
        self.conn.executemany(
            """INSERT INTO findings (id, kind, scope, summary, figure_ids, event_ids,
                   doc_ids, spans) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (f.id, f.kind, scopes[scope], f.summary, json.dumps(list(f.figure_ids)),
                 json.dumps(list(f.event_ids)), json.dumps(list(f.doc_ids)),
                 json.dumps([list(span) for span in f.spans]))
                for scope, findings in found.items()
                for f in findings
            ],
        )  # fmt: skip

    def document_meta(self, doc_ids: Sequence[str] | None = None) -> list[DocumentMeta]:
        where, params = _where(("d.id", doc_ids))
        rows = self.conn.execute(
            "SELECT d.id, d.source, d.title, d.duplicate_of, o.source AS duplicate_of_source, "
            "d.core "
            f"FROM documents d LEFT JOIN documents o ON o.id = d.duplicate_of {where} ORDER BY d.id",
            params,
        )
        return [
            DocumentMeta(
                r["id"],
                r["source"],
                r["title"],
                r["duplicate_of"],
                r["duplicate_of_source"],
                bool(r["core"]),
            )
            for r in rows
        ]

    def notes(self, doc_ids: Sequence[str] | None = None) -> list[StoredNote]:
        where, params = _where(("doc_id", doc_ids))
        rows = self.conn.execute(
            f'SELECT doc_id, kind, summary, start, "end" FROM notes {where} ORDER BY doc_id, seq',
            params,
        )
        return [
            StoredNote(r["doc_id"], r["kind"], r["summary"], r["start"], r["end"]) for r in rows
        ]

    def unreconciled(self) -> list[str]:
        rows = self.conn.execute("SELECT id FROM documents WHERE reconciled = 0 ORDER BY id")
        return [row["id"] for row in rows]

    def mark_reconciled(self, doc_ids: Sequence[str] | None) -> None:
        where, params = _where(("id", doc_ids))
        self.conn.execute(f"UPDATE documents SET reconciled = 1 {where}", params)

    def count_findings(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM findings").fetchone()[0])


def _where(*members: tuple[str, Collection[str] | None]) -> tuple[str, list[Any]]:
    """``column IN values`` for each pair whose values are given (None: any value)."""
    clauses, params = [], []
    for column, values in members:  # column names are the callers' constants, never data
        if values is not None:
            clauses.append(f"{column} {_IN}")
            params.append(codec.ids(values))
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params
