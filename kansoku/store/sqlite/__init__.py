"""The embedded store: one SQLite file, WAL mode, foreign keys on, versioned schema.

The store is assembled from its parts, one module each: ``writing`` (what ingestion
stores), ``reading`` and ``searching`` (what queries and the export read),
``reconciling`` (what reconciliation reads and writes); ``schema`` opens and migrates the
file and ``codec`` spells typed keys as stored JSON.
"""

from __future__ import annotations

import sqlite3

from kansoku.store import StoreError
from kansoku.store.sqlite.reading import SQLiteReader
from kansoku.store.sqlite.reconciling import SQLiteReconcile
from kansoku.store.sqlite.schema import _statements, migrate, migrations, schema_version
from kansoku.store.sqlite.writing import SQLiteWriter

__all__ = ["SQLiteStore", "_statements", "migrations", "schema_version"]


class SQLiteStore(SQLiteWriter, SQLiteReader, SQLiteReconcile):
    """A kansoku store in the SQLite file at ``path`` (created and migrated as needed)."""

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            # Autocommit: the store opens its own transactions (add_document, transaction,
            # snapshot, each migration) and nothing else is left half-done.
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA journal_mode = WAL")
            migrate(self.conn, path)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a usable kansoku database ({exc})") from exc

    def close(self) -> None:
        self.conn.close()
