"""The reader part of the SQLite store: documents, entities, events, figures, findings.

Lists are read in two steps: the selected rows first (filtered, ordered, paged in SQL),
then what hangs off them (evidence, dropped spans, sections, entity references) for those
rows only, a chunk at a time, so a page of ten events never reads the evidence of ten
thousand.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from kansoku.store.records import (
    DroppedSpan,
    EntityMention,
    EntityRef,
    EventDate,
    EventEvidence,
    EventFilter,
    EventOutline,
    Evidence,
    FigureFilter,
    FigureOutline,
    Finding,
    SeriesKey,
    StoredDocument,
    StoredEntity,
    StoredEvent,
    StoredFigure,
    StoredSection,
)
from kansoku.store.sqlite import codec
from kansoku.store.sqlite.searching import SQLiteSearch

_CHUNK = 500  # rows whose evidence, sections… are read in one query
_IN = codec.IN_IDS

# Filters on what the reports of a fact say, over the table aliased ``e``: a merged event
# is in a language when one of its reports' documents is, and credited to a source when
# it or one of its reports is; a figure is one report, in its document's language.
_EVENT_LANGUAGE = """EXISTS (SELECT 1 FROM events r JOIN documents rd ON rd.id = r.doc_id
                            WHERE r.cluster = e.id AND rd.language = ?)"""
_EVENT_SOURCE = """(e.source = ? OR EXISTS (SELECT 1 FROM events r
                                           WHERE r.cluster = e.id AND r.source = ?))"""
_EVENT_DOCUMENT = "EXISTS (SELECT 1 FROM events r WHERE r.cluster = e.id AND r.doc_id = ?)"
_EVENT_PARTY = f"""(e.actor {_IN} OR e.target {_IN} OR e.location {_IN} OR e.source {_IN})"""
_FIGURE_LANGUAGE = "EXISTS (SELECT 1 FROM documents rd WHERE rd.id = e.doc_id AND rd.language = ?)"


class SQLiteReader(SQLiteSearch):
    conn: sqlite3.Connection

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads that all see one state of the file, whatever an ingest writes meanwhile."""
        self.conn.execute("BEGIN")
        try:
            yield
        finally:
            self.conn.execute("COMMIT")

    # -- documents ------------------------------------------------------------------------

    def document(self, doc_id: str) -> StoredDocument | None:
        return next(self._documents("WHERE id = ?", [doc_id], None, 0), None)

    def documents(self, limit: int | None = None, offset: int = 0) -> Iterator[StoredDocument]:
        return self._documents("", [], limit, offset)

    def _documents(
        self, where: str, params: list[Any], limit: int | None, offset: int
    ) -> Iterator[StoredDocument]:
        rows = self.conn.execute(
            f"SELECT * FROM documents {where} ORDER BY rowid LIMIT ? OFFSET ?",
            [*params, _limit(limit), offset],
        )
        for chunk in _chunks(rows):
            ids = codec.ids(row["id"] for row in chunk)
            dropped: dict[str, list[DroppedSpan]] = {}
            for row in self.conn.execute(
                f"SELECT doc_id, text, reason FROM dropped WHERE doc_id {_IN} ORDER BY doc_id, seq",
                (ids,),
            ):
                dropped.setdefault(row["doc_id"], []).append(
                    DroppedSpan(row["text"], row["reason"])
                )
            sections: dict[str, list[StoredSection]] = {}
            for row in self.conn.execute(
                f"""SELECT doc_id, start, "end", published, outlet, url, off_topic, title
                    FROM sections WHERE doc_id {_IN} ORDER BY doc_id, seq""",
                (ids,),
            ):
                sections.setdefault(row["doc_id"], []).append(_section(row))
            for row in chunk:
                doc_id = row["id"]
                yield _document(row, dropped.get(doc_id, []), sections.get(doc_id, []))

    # -- entities -------------------------------------------------------------------------

    def entities(self) -> Iterator[StoredEntity]:
        mentions: dict[str, list[EntityMention]] = {}
        for row in self.conn.execute(
            'SELECT entity_id, doc_id, start, "end", text FROM mentions ORDER BY rowid'
        ):
            mentions.setdefault(row["entity_id"], []).append(
                EntityMention(row["doc_id"], row["start"], row["end"], row["text"])
            )
        for row in self.conn.execute("SELECT * FROM entities ORDER BY id"):
            if row["id"] in mentions:
                names = {lang: tuple(n) for lang, n in json.loads(row["names"]).items()}
                yield StoredEntity(_ref(row), names, tuple(mentions[row["id"]]))

    def entity(self, entity_id: str) -> StoredEntity | None:
        row = self.conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        found = self.conn.execute(
            'SELECT doc_id, start, "end", text FROM mentions WHERE entity_id = ? ORDER BY rowid',
            (entity_id,),
        ).fetchall()
        if row is None or not found:
            return None
        names = {lang: tuple(n) for lang, n in json.loads(row["names"]).items()}
        mentions = tuple(EntityMention(m["doc_id"], m["start"], m["end"], m["text"]) for m in found)
        return StoredEntity(_ref(row), names, mentions)

    def _refs(self, rows: Iterable[sqlite3.Row], columns: Sequence[str]) -> dict[str, EntityRef]:
        """References of the entities ``columns`` of ``rows`` name."""
        wanted = {row[c] for row in rows for c in columns if row[c] is not None}
        found = self.conn.execute(f"SELECT * FROM entities WHERE id {_IN}", (codec.ids(wanted),))
        return {row["id"]: _ref(row) for row in found}

    # -- events ---------------------------------------------------------------------------

    def event(self, event_id: str) -> StoredEvent | None:
        return next(self._events("WHERE e.id = ?", [event_id], None, 0), None)

    def events(
        self, where: EventFilter | None = None, limit: int | None = None, offset: int = 0
    ) -> Iterator[StoredEvent]:
        clause, params = _event_filters(where or EventFilter())
        return self._events(clause, params, limit, offset)

    def event_outlines(
        self, where: EventFilter | None = None, limit: int | None = None, offset: int = 0
    ) -> Iterator[EventOutline]:
        clause, params = _event_filters(where or EventFilter())
        # The reports are counted on the events_cluster index, never read.
        rows = self.conn.execute(
            f"""SELECT e.*, (SELECT count(*) FROM events r WHERE r.cluster = e.id) AS reports
                FROM clusters e {clause} ORDER BY e.date_start, e.id LIMIT ? OFFSET ?""",
            [*params, _limit(limit), offset],
        )
        for chunk in _chunks(rows):
            refs = self._refs(chunk, ("actor", "target", "location", "source", "treaty"))
            for row in chunk:
                yield EventOutline(
                    id=row["id"], type=row["type"], mode=row["mode"],
                    actor=refs.get(row["actor"]), target=refs.get(row["target"]),
                    date=EventDate(row["date_start"], row["date_end"], row["date_basis"]),
                    location=refs.get(row["location"]), status=row["status"],
                    source=refs.get(row["source"]), confidence=row["confidence"],
                    reports=row["reports"], item=row["item"], treaty=refs.get(row["treaty"]),
                )  # fmt: skip

    def count_events(self, where: EventFilter | None = None) -> int:
        clause, params = _event_filters(where or EventFilter())
        row = self.conn.execute(f"SELECT count(*) FROM clusters e {clause}", params).fetchone()
        return int(row[0])

    def _events(
        self, where: str, params: list[Any], limit: int | None, offset: int
    ) -> Iterator[StoredEvent]:
        rows = self.conn.execute(
            f"SELECT e.* FROM clusters e {where} ORDER BY e.date_start, e.id LIMIT ? OFFSET ?",
            [*params, _limit(limit), offset],
        )
        for chunk in _chunks(rows):
            refs = self._refs(chunk, ("actor", "target", "location", "source", "treaty"))
            evidence = self._event_evidence(row["id"] for row in chunk)
            for row in chunk:
                told = evidence.get(row["id"], [])
                yield StoredEvent(
                    id=row["id"], type=row["type"], mode=row["mode"],
                    actor=refs.get(row["actor"]), target=refs.get(row["target"]),
                    date=EventDate(row["date_start"], row["date_end"], row["date_basis"]),
                    location=refs.get(row["location"]), status=row["status"],
                    source=refs.get(row["source"]), evidence=tuple(told),
                    confidence=row["confidence"], item=row["item"],
                    treaty=refs.get(row["treaty"]), extractor=_oldest(told),
                )  # fmt: skip

    def _event_evidence(self, cluster_ids: Iterable[str]) -> dict[str, list[EventEvidence]]:
        """Each merged event's reports, by document then position in it."""
        evidence: dict[str, list[EventEvidence]] = {}
        rows = self.conn.execute(
            f"""SELECT e.cluster, e.doc_id, e.start, e."end", e.status, e.source, e.date_start,
                       e.extractor, substr(d.text, e.start + 1, e."end" - e.start) AS quote
                FROM events e JOIN documents d ON d.id = e.doc_id
                WHERE e.cluster {_IN} ORDER BY e.doc_id, e.start, e.id""",
            (codec.ids(cluster_ids),),
        )
        for row in rows:
            evidence.setdefault(row["cluster"], []).append(
                EventEvidence(
                    doc_id=row["doc_id"],
                    start=row["start"],
                    end=row["end"],
                    quote=row["quote"],
                    status=row["status"],
                    source=row["source"],
                    date=row["date_start"],
                    extractor=row["extractor"],
                )
            )
        return evidence

    # -- figures --------------------------------------------------------------------------

    def figure(self, figure_id: str) -> StoredFigure | None:
        return next(self._figures("WHERE e.id = ?", [figure_id], None, 0), None)

    def figures(
        self, where: FigureFilter | None = None, limit: int | None = None, offset: int = 0
    ) -> Iterator[StoredFigure]:
        clause, params = _figure_filters(where or FigureFilter())
        return self._figures(clause, params, limit, offset)

    def figure_outlines(self, where: FigureFilter | None = None) -> Iterator[FigureOutline]:
        clause, params = _figure_filters(where or FigureFilter())
        # Only columns of figures_kind_date: a kind's figures are read from the index alone.
        rows = self.conn.execute(
            f"""SELECT e.id, e.kind, e.unit, e.measure, e.subject, e.recipient, e.source,
                       e.series, e.as_of, e.status
                FROM figures e {clause} ORDER BY e.as_of, e.rowid""",
            params,
        )
        keys: dict[str | None, SeriesKey | None] = {}  # a kind has a few series: decoded once
        for row in rows:
            if (text := row[7]) not in keys:
                keys[text] = codec.series_key(text)
            # By position, in the SELECT's order: named lookups cost more than the rest.
            yield FigureOutline(
                row[0], row[1], row[2], row[3], row[4], row[5], row[6], keys[text], row[8], row[9]
            )

    def _figures(
        self, where: str, params: list[Any], limit: int | None, offset: int
    ) -> Iterator[StoredFigure]:
        rows = self.conn.execute(
            f"""SELECT e.*, substr(d.text, e.start + 1, e."end" - e.start) AS quote,
                       r.cluster AS event_cluster
                FROM figures e JOIN documents d ON d.id = e.doc_id
                LEFT JOIN events r ON r.id = e.event {where}
                ORDER BY e.as_of, e.rowid LIMIT ? OFFSET ?""",
            [*params, _limit(limit), offset],
        )
        for chunk in _chunks(rows):
            refs = self._refs(chunk, ("subject", "source", "recipient"))
            for row in chunk:
                yield StoredFigure(
                    id=row["id"], kind=row["kind"], value=row["value"],
                    value_max=row["value_max"], qualifier=row["qualifier"], unit=row["unit"],
                    subject=refs.get(row["subject"]), as_of=row["as_of"], status=row["status"],
                    source=refs.get(row["source"]),
                    evidence=(Evidence(row["doc_id"], row["start"], row["end"], row["quote"]),),
                    quantity=row["quantity"], measure=row["measure"],
                    recipient=refs.get(row["recipient"]), series=codec.series_key(row["series"]),
                    event_id=row["event_cluster"], extractor=row["extractor"],
                )  # fmt: skip

    # -- findings -------------------------------------------------------------------------

    def findings(
        self, kind: str | None = None, limit: int | None = None, offset: int = 0
    ) -> Iterator[Finding]:
        where = "WHERE kind = ?" if kind else ""
        rows = self.conn.execute(
            f"SELECT * FROM findings {where} ORDER BY kind, id LIMIT ? OFFSET ?",
            [*([kind] if kind else []), _limit(limit), offset],
        )
        for row in rows:
            yield Finding(
                id=row["id"], kind=row["kind"], summary=row["summary"],
                figure_ids=tuple(json.loads(row["figure_ids"])),
                event_ids=tuple(json.loads(row["event_ids"])),
                doc_ids=tuple(json.loads(row["doc_ids"])),
                spans=tuple((d, start, end) for d, start, end in json.loads(row["spans"])),
            )  # fmt: skip


def _oldest(evidence: Sequence[EventEvidence]) -> int | None:
    """The oldest extractor version among a merged event's reports; None when one has
    none (made before versions were recorded)."""
    versions = [e.extractor for e in evidence]
    if not versions or None in versions:
        return None
    return min(v for v in versions if v is not None)


def _limit(limit: int | None) -> int:
    """SQLite's LIMIT: -1 is no limit."""
    return -1 if limit is None else max(0, limit)


def _chunks(rows: sqlite3.Cursor) -> Iterator[list[sqlite3.Row]]:
    """The selected rows a chunk at a time: a whole export never sits in memory at once."""
    while chunk := rows.fetchmany(_CHUNK):
        yield chunk


def _event_filters(where: EventFilter) -> tuple[str, list[Any]]:
    """WHERE clause over merged events (table ``clusters`` aliased ``e``)."""
    told: list[tuple[str, list[Any]]] = []
    if where.language:
        told.append((_EVENT_LANGUAGE, [where.language]))
    if where.source:
        told.append((_EVENT_SOURCE, [where.source, where.source]))
    if where.doc_id:
        told.append((_EVENT_DOCUMENT, [where.doc_id]))
    if where.undated:
        told.append(("e.date_start IS NULL", []))
    for group in where.parties:
        ids = codec.ids(group)
        told.append((_EVENT_PARTY, [ids, ids, ids, ids]))
    if where.modes:
        told.append((f"e.mode {_IN}", [codec.ids(where.modes)]))
    return _fact_filters(
        {"type": where.type, "status": where.status}, "actor", "date_start", where, told
    )


def _figure_filters(where: FigureFilter) -> tuple[str, list[Any]]:
    """WHERE clause over figures (aliased ``e``)."""
    told = [(_FIGURE_LANGUAGE, [where.language])] if where.language else []
    return _fact_filters(
        {"kind": where.kind, "status": where.status, "source": where.source,
         "doc_id": where.doc_id},
        "subject", "as_of", where, told,
    )  # fmt: skip


def _fact_filters(
    equal: dict[str, str | None],
    whose: str,
    date_column: str,
    where: EventFilter | FigureFilter,
    told: list[tuple[str, list[Any]]],
) -> tuple[str, list[Any]]:
    """WHERE clause over the table aliased ``e``: columns equal to values, ``whose`` the
    actor or any entity of the actor's country, ``date_column`` within since/until, and
    the ``told`` clauses (this module's SQL, with their values as parameters)."""
    clauses: list[str] = [clause for clause, _ in told]
    params: list[Any] = [value for _, values in told for value in values]
    for column, value in equal.items():  # column names come from the callers, not data
        if value:
            clauses.append(f"e.{column} = ?")
            params.append(value)
    if where.actor:
        clauses.append(
            f"(e.{whose} = ? OR e.{whose} IN (SELECT id FROM entities WHERE country = ?))"
        )
        params += [where.actor, where.actor]
    if where.since:
        clauses.append(f"e.{date_column} >= ?")
        params.append(where.since)
    if where.until:
        # "2024-10" must include 2024-10-31: compare on the prefix of the same length.
        clauses.append(f"substr(e.{date_column}, 1, length(?)) <= ?")
        params += [where.until, where.until]
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _ref(row: sqlite3.Row) -> EntityRef:
    return EntityRef(row["id"], row["name_en"], row["kind"], row["country"], row["wikidata"])


def _section(row: sqlite3.Row) -> StoredSection:
    return StoredSection(
        start=row["start"], end=row["end"], published=row["published"], outlet=row["outlet"],
        url=row["url"], off_topic=bool(row["off_topic"]), title=row["title"],
    )  # fmt: skip


def _document(
    row: sqlite3.Row, dropped: list[DroppedSpan], sections: list[StoredSection]
) -> StoredDocument:
    return StoredDocument(
        id=row["id"], source=row["source"], source_id=row["source_id"],
        language=row["language"], title=row["title"], published=row["published"],
        published_not_before=row["published_not_before"], kind=row["kind"], text=row["text"],
        dropped=tuple(dropped), sections=tuple(sections), duplicate_of=row["duplicate_of"],
        url=row["url"], site_name=row["site_name"], raw_sha256=row["raw_sha256"],
        content_sha256=row["content_sha256"], ingested_at=row["ingested_at"],
        on_topic=bool(row["on_topic"]),
    )  # fmt: skip
