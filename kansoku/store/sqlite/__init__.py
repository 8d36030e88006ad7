"""The embedded store: one SQLite file, WAL mode, foreign keys on, versioned schema.

The store is assembled from its parts, one module each: ``writing`` (what ingestion
stores), ``reading`` and ``searching`` (what queries and the export read),
``reconciling`` (what reconciliation reads and writes); ``schema`` opens and migrates the
file, ``transactions`` makes writers take turns and says the file's errors plainly, and
``codec`` spells typed keys as stored JSON.
"""

from __future__ import annotations

import sqlite3

from kansoku.store import StoreError
from kansoku.store.sqlite.reading import SQLiteReader
from kansoku.store.sqlite.reconciling import SQLiteReconcile
from kansoku.store.sqlite.reprocessing import SQLiteReprocess
from kansoku.store.sqlite.schema import _statements, migrate, migrations, schema_version
from kansoku.store.sqlite.transactions import BUSY_TIMEOUT, patiently, store_error
from kansoku.store.sqlite.writing import SQLiteWriter

__all__ = ["SQLiteStore", "_statements", "migrations", "schema_version"]


class SQLiteStore(SQLiteWriter, SQLiteReader, SQLiteReconcile, SQLiteReprocess):
    """A kansoku store in the SQLite file at ``path`` (created and migrated as needed).

    Any number of processes may open the same file: readers never wait, writers take
    turns (``transactions``), and a process killed at any moment leaves every document
    whole or absent (each is one transaction; WAL replays only committed ones)."""

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            # Autocommit: the store opens its own transactions (add_document, transaction,
            # snapshot, each migration) and nothing else is left half-done.
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            # Turning a new file to WAL wants it alone, and SQLite's busy handler does not
            # wait for that: another process creating the same file would fail us.
            mode = patiently(lambda: self.conn.execute("PRAGMA journal_mode = WAL"), path)
            # In WAL mode NORMAL syncs at checkpoints, not at each commit: a process killed
            # at any moment still leaves every committed document whole (the WAL holds it),
            # and only a power cut or an OS crash can undo the last commits, never damage
            # the file; the next ingest of the same sources stores them again. FULL cost
            # an fsync per document: 6.7 ms a commit here against 0.02 ms, about a third
            # of the time of a document with nothing of the topic.
            if str(mode.fetchone()[0]).lower() == "wal":  # a file system without WAL keeps FULL
                self.conn.execute("PRAGMA synchronous = NORMAL")
            migrate(self.conn, path)
        except sqlite3.DatabaseError as exc:
            raise (
                store_error(exc, path)
                or StoreError(f"{path}: not a usable kansoku database ({exc})")
            ) from exc

    def close(self) -> None:
        self.conn.close()
