"""The PostgreSQL store: the SQLite store's code, spoken to a PostgreSQL database.

``open_store("postgresql://user@host/db")`` (or ``postgres://…``) gives a
:class:`PostgresStore`. It is the SQLite store's writer, reader, reconcile and reprocess
parts, unchanged, over a :class:`~kansoku.store.postgres.dialect.PgConnection` that
translates each of their statements (``dialect``): one set of queries for both backends,
so they cannot drift apart. What PostgreSQL does its own way is overridden here:

- the schema: ``migrations/`` holds one file per version of ``sqlite/migrations`` (same
  numbers), applied by the SQLite store's own migration runner; the version is kept in
  the ``kansoku_schema`` table, where SQLite has ``PRAGMA user_version``;
- search (``searching``): pg_trgm GIN indexes, and the stored one- and two-character
  substrings for short terms;
- transactions: ``dialect`` turns the SQLite store's ``BEGIN IMMEDIATE`` into a
  transaction-level advisory lock, so writers take turns as they do on a SQLite file:
  two ingests at once never meet a serialisation error, and a killed one's transaction is
  rolled back by the server, its lock released.
"""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path
from typing import cast
from urllib.parse import urlsplit, urlunsplit

import psycopg

from kansoku.store import StoreError
from kansoku.store.postgres.dialect import WRITE_LOCK, PgConnection, rows, store_error
from kansoku.store.postgres.searching import PostgresSearch
from kansoku.store.sqlite.reading import SQLiteReader
from kansoku.store.sqlite.reconciling import SQLiteReconcile
from kansoku.store.sqlite.reprocessing import SQLiteReprocess
from kansoku.store.sqlite.schema import migrate, migrations
from kansoku.store.sqlite.writing import SQLiteWriter

__all__ = ["MIGRATIONS", "PostgresStore", "redacted", "schema_version"]

MIGRATIONS = Path(str(resources.files("kansoku.store.postgres") / "migrations"))
CONNECT_TIMEOUT = 30  # seconds to reach the server


def schema_version() -> int:
    """The version a PostgreSQL store of this kansoku is at once migrated (the SQLite
    store's: every version has its file in both folders)."""
    return max(v for v, _ in migrations(MIGRATIONS))


def redacted(url: str) -> str:
    """``url`` without its password, as it may be shown in messages and stats."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


class PostgresStore(PostgresSearch, SQLiteWriter, SQLiteReader, SQLiteReconcile, SQLiteReprocess):
    """A kansoku store in the PostgreSQL database at ``url`` (created and migrated as
    needed: the database itself must exist, and the user may create tables and the
    trusted pg_trgm extension in it)."""

    def __init__(self, url: str) -> None:
        self.path = redacted(url)
        try:
            raw = psycopg.connect(
                url, autocommit=True, row_factory=rows, connect_timeout=CONNECT_TIMEOUT,
                application_name="kansoku",
            )  # fmt: skip
        except psycopg.Error as exc:
            raise StoreError(f"{self.path}: cannot connect to PostgreSQL ({exc})") from exc
        self.pg = PgConnection(raw, self.path)
        # The shared mixins use execute/executemany/in_transaction only, which the
        # adapter provides with SQLite's meaning.
        self.conn = cast(sqlite3.Connection, self.pg)
        try:
            self._bookkeeping()
            migrate(self.conn, self.path, MIGRATIONS)
        except psycopg.Error as exc:
            self.pg.close()
            error = store_error(exc, self.path)
            raise error or StoreError(f"{self.path}: cannot set up the store ({exc})") from exc
        except BaseException:
            self.pg.close()
            raise

    def _bookkeeping(self) -> None:
        """The table keeping the schema version (PRAGMA user_version on SQLite), made once
        under the write lock: processes opening a new database at once take turns."""
        if self.pg.native("SELECT to_regclass('kansoku_schema')").fetchone()[0] is not None:
            return
        with self.pg.raw.transaction():
            self.pg.native("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            self.pg.native("CREATE TABLE IF NOT EXISTS kansoku_schema (version integer NOT NULL)")
            self.pg.native(
                "INSERT INTO kansoku_schema (version) SELECT 0 "
                "WHERE NOT EXISTS (SELECT 1 FROM kansoku_schema)"
            )

    def close(self) -> None:
        self.pg.close()
