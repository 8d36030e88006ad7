"""Storage: the one interface the pipeline, export and queries use.

``open_store(url)`` picks the implementation from the URL: a file path (or
``sqlite:///path``) opens the embedded SQLite store. The interface is deliberately narrow
so that a PostgreSQL store can implement it without the pipeline changing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any, Protocol

from kansoku.model import Document

DEFAULT_DB = "kansoku.db"


class StoreError(Exception):
    """The store cannot be opened or used (wrong version, not a kansoku database…)."""


class Store(Protocol):
    def find_document(self, source: str, content_sha256: str) -> str | None:
        """Id of the document already stored from ``source`` with this content, if any."""

    def find_raw(self, source: str, raw_sha256: str) -> str | None:
        """Id of the document already stored from these very bytes of ``source``, if any."""

    def find_same_content(self, content_sha256: str) -> str | None:
        """Id of the earliest stored document with exactly this cleaned text, if any."""

    def add_document(self, doc: Document) -> None:
        """Store a document and everything attached to it, all or nothing."""

    def minhashes(self) -> Iterator[tuple[str, bytes | None]]:
        """(id, MinHash signature) of every stored document, oldest first."""

    def documents(self) -> Iterator[dict[str, Any]]:
        """Every document as an export-contract dict, in ingestion order."""

    def entities(self) -> Iterator[dict[str, Any]]:
        """Every mentioned entity: reference, names and mentions (export contract)."""

    def events(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Events as export-contract dicts; filters: actor, type, status, since, until."""

    def figures(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Figures as export-contract dicts; filters: actor (whose), kind, status, since, until."""

    def findings(self, kind: str | None = None) -> Iterator[dict[str, Any]]:
        """Findings (export contract), optionally of one kind."""

    # Reconciliation reads the extracted reports and writes what it derives from them;
    # see kansoku/reconcile.py for what each method is used for.
    def transaction(self) -> AbstractContextManager[None]: ...
    def snapshot(self) -> AbstractContextManager[None]: ...
    def clear_reconciliation(self) -> None: ...
    def event_reports(self, doc_ids=None, key=None, clusters=None) -> list[dict[str, Any]]: ...
    def set_event_keys(self, keys: dict[str, str]) -> None: ...
    def replace_clusters(self, key: str, merged: list[dict[str, Any]]) -> None: ...
    def clusters(self, entity_ids: list[str] | None = None) -> list[dict[str, Any]]: ...
    def figure_reports(self, doc_ids=None, series=None) -> list[dict[str, Any]]: ...
    def set_series_keys(self, keys: dict[str, str | None]) -> None: ...
    def replace_findings(self, scope: str, findings: list[dict[str, Any]]) -> None: ...
    def document_meta(self, doc_ids=None) -> list[dict[str, Any]]: ...
    def notes(self, doc_id: str) -> list[dict[str, Any]]: ...
    def unreconciled(self) -> list[str]: ...
    def mark_reconciled(self, doc_ids: list[str] | None) -> None: ...
    def count_findings(self) -> int: ...

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Documents whose title or cleaned text contain every term of ``query``."""

    def stats(self) -> dict[str, Any]:
        """Counts for a summary."""

    def close(self) -> None: ...


def open_store(url: str | None = None) -> Store:
    url = url or DEFAULT_DB
    if url.startswith(("postgresql://", "postgres://")):
        raise StoreError("PostgreSQL storage is not available in this version; use a SQLite path")
    from kansoku.store.sqlite import SQLiteStore

    return SQLiteStore(url.removeprefix("sqlite:///"))
