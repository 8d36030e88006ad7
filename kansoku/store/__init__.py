"""Storage: the one interface the pipeline, export and queries use.

``open_store(url)`` picks the implementation from the URL: a file path (or
``sqlite:///path``) opens the embedded SQLite store. The interface is deliberately narrow
so that a PostgreSQL store can implement it without the pipeline changing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

from kansoku.model import Document

DEFAULT_DB = "kansoku.db"


class StoreError(Exception):
    """The store cannot be opened or used (wrong version, not a kansoku database…)."""


class Store(Protocol):
    def find_document(self, source: str, content_sha256: str) -> str | None:
        """Id of the document already stored from ``source`` with this content, if any."""

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
