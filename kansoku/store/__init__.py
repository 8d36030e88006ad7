"""Storage: the one interface the pipeline, export, queries and reconciliation use.

``open_store(url)`` picks the implementation from the URL: a file path (or
``sqlite:///path``) opens the embedded SQLite store, a ``postgresql://`` URL the
PostgreSQL one (``kansoku.store.postgres``: the same queries through a dialect adapter).
The interface comes in three parts, so each user depends on what it uses and both stores
implement it without the pipeline changing:

- :class:`StoreWriter`: what ``ingest`` needs to store documents (and skip known ones);
- :class:`StoreReader`: documents, entities, events, figures, findings, search, stats;
- :class:`ReconcileStore`: the extracted reports reconciliation reads and what it writes.

Every method takes and returns typed values (``kansoku.store.records``), never rows or
dicts of column names, so the implementations can be tested against one contract
(``tests/store/test_contract.py``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Protocol

from kansoku.model import Document
from kansoku.store.records import (
    DocumentMeta,
    EventFilter,
    EventKey,
    EventOutline,
    EventReport,
    FigureFilter,
    FigureOutline,
    FigureReport,
    Finding,
    FindingScope,
    MergedEvent,
    SearchHit,
    SeriesKey,
    Stats,
    StoredDocument,
    StoredEntity,
    StoredEvent,
    StoredFigure,
    StoredNote,
)

DEFAULT_DB = "kansoku.db"


class StoreError(Exception):
    """The store cannot be opened or used (wrong version, not a kansoku database…)."""


class StoreWriter(Protocol):
    """What ingestion needs: find what is already stored, store a processed document."""

    def find_document(self, source: str, content_sha256: str) -> str | None:
        """Id of the document already stored from ``source`` with this cleaned text, if any."""
        ...

    def find_raw(self, source: str, raw_sha256: str) -> str | None:
        """Id of the document already stored from these very bytes of ``source``, if any."""
        ...

    def find_same_content(self, content_sha256: str) -> str | None:
        """Id of the earliest stored document with exactly this cleaned text, if any."""
        ...

    def add_document(self, doc: Document) -> None:
        """Store a processed document with its dropped spans, sections, entities, mentions,
        event and figure reports and notes, all or nothing: if any part fails, nothing of
        it is stored and the error is raised. The document is left unreconciled."""
        ...

    def minhashes(self, after: str | None = None) -> Iterator[tuple[str, bytes | None]]:
        """(id, MinHash signature) of every stored document, oldest first; with ``after``
        (a stored document's id), only of those stored after it: what another process
        stored since a caller last looked."""
        ...

    def extracted_before(self, version: int) -> list[str]:
        """Ids of the stored documents last read for facts by an extractor older than
        ``version`` (kansoku.extract.EXTRACTOR_VERSION), or by one that recorded no
        version, or that hold such a fact; in storing order."""
        ...

    def replace_facts(self, doc: Document) -> None:
        """Replace the mentions, entities, event and figure reports and notes of the stored
        document ``doc.id`` (and its on-topic flags) by those of ``doc``, processed again
        from its stored text, all or nothing; the document is left unreconciled, and its
        text, sections and fingerprints are kept. Raises KeyError when no document has
        that id."""
        ...


class NoteReader(Protocol):
    """The notes extraction left on documents: read by reconciliation and by the views."""

    def notes(self, doc_ids: Sequence[str] | None = None) -> list[StoredNote]:
        """The notes of these documents (None: all), by document then as extracted: date
        inconsistencies, and the sentences that name a tracked party beside an event word or a
        number but yielded no fact (``unread``, what coverage counts)."""
        ...


class StoreReader(NoteReader, Protocol):
    """What queries and the export read. Lists come in a stable order, so paging with
    ``limit``/``offset`` (``limit`` None: no limit) never skips or repeats a row."""

    def document(self, doc_id: str) -> StoredDocument | None:
        """The document with this id, or None."""
        ...

    def documents(self, limit: int | None = None, offset: int = 0) -> Iterator[StoredDocument]:
        """Documents in ingestion order, each with its dropped spans and sections."""
        ...

    def event(self, event_id: str) -> StoredEvent | None:
        """The merged event with this id, with every report of it as evidence, or None."""
        ...

    def events(
        self, where: EventFilter | None = None, limit: int | None = None, offset: int = 0
    ) -> Iterator[StoredEvent]:
        """Merged events matching ``where``, by date (undated first) then id. Each carries
        its reports as evidence (by document, then position), quotes taken from the
        documents' text."""
        ...

    def event_outlines(
        self, where: EventFilter | None = None, limit: int | None = None, offset: int = 0
    ) -> Iterator[EventOutline]:
        """The events ``events`` gives, in its order, without their reports: each with
        how many reports tell it (what a chart draws)."""
        ...

    def count_events(self, where: EventFilter | None = None) -> int:
        """How many merged events match ``where``."""
        ...

    def figure(self, figure_id: str) -> StoredFigure | None:
        """The figure with this id, or None."""
        ...

    def figures(
        self, where: FigureFilter | None = None, limit: int | None = None, offset: int = 0
    ) -> Iterator[StoredFigure]:
        """Figures matching ``where``, by as-of date (undated first), then as stored."""
        ...

    def figure_outlines(self, where: FigureFilter | None = None) -> Iterator[FigureOutline]:
        """The figures ``figures`` gives, in its order, as outlines: no sentence, entities
        by id."""
        ...

    def findings(
        self, kind: str | None = None, limit: int | None = None, offset: int = 0
    ) -> Iterator[Finding]:
        """Findings (of one kind, or all), by kind then id."""
        ...

    def entity(self, entity_id: str) -> StoredEntity | None:
        """The entity with this id, with its names and mentions, if it is mentioned."""
        ...

    def entities(self) -> Iterator[StoredEntity]:
        """Every entity mentioned at least once, by id, with its names and mentions in the
        order they were stored."""
        ...

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Documents whose title or cleaned text contain every whitespace-separated term of
        ``query`` (case-insensitive, terms of any length, the text taken as words to find,
        never as query syntax), newest first."""
        ...

    def stats(self) -> Stats:
        """Counts of what the store holds."""
        ...

    def snapshot(self) -> AbstractContextManager[None]:
        """Within it, every read sees one state of the store, whatever is written
        meanwhile (the export's files agree with each other)."""
        ...


class ReconcileStore(NoteReader, Protocol):
    """What reconciliation reads (the reports as extracted) and writes (keys, merged
    events, series, findings). Every method takes whole batches: one call per step of a
    reconciliation, not one per key."""

    def transaction(self) -> AbstractContextManager[None]:
        """Within it, writes are all kept (on a normal exit) or all undone (on an error),
        and no other process writes to the store: what is read within it is still true
        when it ends. ``add_document`` inside it joins it."""
        ...

    def clear_reconciliation(self) -> None:
        """Forget every key, merged event, series and finding (before a rebuild)."""
        ...

    def event_reports(
        self,
        doc_ids: Sequence[str] | None = None,
        keys: Collection[EventKey] | None = None,
        clusters: Collection[str] | None = None,
    ) -> list[EventReport]:
        """Event reports of these documents, with these keys and in these merged events
        (each criterion None: any), by id."""
        ...

    def set_event_keys(self, keys: Mapping[str, EventKey]) -> None:
        """Give each report (by id) its key."""
        ...

    def replace_clusters(self, keys: Collection[EventKey], merged: Sequence[MergedEvent]) -> None:
        """Replace the merged events of ``keys`` by ``merged`` and point each member report
        at the merged event it belongs to."""
        ...

    def clusters(self, entity_ids: Collection[str] | None = None) -> list[MergedEvent]:
        """Merged events whose actor, target or source is one of ``entity_ids`` (None: all),
        by id, with their members."""
        ...

    def figure_reports(
        self,
        doc_ids: Sequence[str] | None = None,
        series: Collection[SeriesKey] | None = None,
    ) -> list[FigureReport]:
        """Figures of these documents and in these series (each None: any), by id."""
        ...

    def set_series_keys(self, keys: Mapping[str, SeriesKey | None]) -> None:
        """Give each figure (by id) its series, or none."""
        ...

    def replace_findings(self, found: Mapping[FindingScope, Sequence[Finding]]) -> None:
        """For each scope, replace the findings kept under it by the ones given (an empty
        list removes them)."""
        ...

    def document_meta(self, doc_ids: Sequence[str] | None = None) -> list[DocumentMeta]:
        """These documents (None: all), by id, with the source of the one each copies."""
        ...

    def unreconciled(self) -> list[str]:
        """Ids of documents stored but not reconciled (a batch interrupted before its end)."""
        ...

    def mark_reconciled(self, doc_ids: Sequence[str] | None) -> None:
        """Mark these documents (None: all) as reconciled."""
        ...

    def count_findings(self) -> int:
        """How many findings the store holds."""
        ...


class Store(StoreWriter, StoreReader, ReconcileStore, Protocol):
    """A whole store: the three parts, and ``close``."""

    def close(self) -> None:
        """Release the connection; the store is unusable afterwards."""
        ...


def open_store(url: str | None = None) -> Store:
    """The store at ``url``: a SQLite file path or ``sqlite:///path`` (default
    ``kansoku.db``), or a PostgreSQL database, ``postgresql://user@host/db`` (or
    ``postgres://…``). Raises :class:`StoreError` when it cannot be opened."""
    url = url or DEFAULT_DB
    if is_postgres(url):
        from kansoku.store.postgres import PostgresStore

        return PostgresStore(url)
    from kansoku.store.sqlite import SQLiteStore

    return SQLiteStore(url.removeprefix("sqlite:///"))


def is_postgres(url: str) -> bool:
    """Whether ``url`` names a PostgreSQL database rather than a SQLite file."""
    return url.startswith(("postgresql://", "postgres://"))
