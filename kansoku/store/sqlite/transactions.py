"""Write transactions that wait their turn, and the store's errors said plainly.

Several processes may use one file at once (two ``kansoku ingest`` runs and a ``kansoku
serve`` reading): WAL lets readers go on while one writer writes, and every write takes
the write lock first (``BEGIN IMMEDIATE``), so a transaction never fails halfway for
want of it. Waiting for the lock is SQLite's busy handler (``BUSY_TIMEOUT`` per
statement); some waits it does not cover (a journal-mode change while another process
creates the file, a lock held longer than the timeout), so starting a write is retried
until ``LOCK_WAIT`` has passed, and only then does the caller hear of it, as a
:class:`StoreError` saying that another process holds the file.

Errors that mean the file cannot take writes at all (disk full, read-only, I/O error,
damaged file) become a :class:`StoreError` with what to do about it: the batch stops
there and what was committed before stays intact.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import TypeVar

from kansoku.store import StoreError

BUSY_TIMEOUT = 30.0  # seconds SQLite's busy handler waits on each statement
LOCK_WAIT = 600.0  # seconds in all a write waits for another process to let go
_RETRY_PAUSE = 0.05  # between attempts, once SQLite's own waiting has given up

# Primary result codes (sqlite3.h): the extended code's low byte.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN = 5, 6, 8, 10, 11, 13, 14

T = TypeVar("T")


def primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_busy(exc: sqlite3.Error) -> bool:
    """Another connection holds a lock this one needs (it is worth waiting for)."""
    return primary_code(exc) in (_BUSY, _LOCKED) or "database is locked" in str(exc)


def store_error(exc: sqlite3.Error, path: str) -> StoreError | None:
    """The error as the user should read it, when it means the file cannot be written
    (None for errors about one document's data, which fail that document only)."""
    code = primary_code(exc)
    if code == _FULL:
        return StoreError(
            f"{path}: the disk is full ({exc}): the document being written was not stored, "
            "what was stored before is intact; free some space and run the same command again"
        )
    if code == _READONLY:
        return StoreError(
            f"{path}: the database is read-only ({exc}): kansoku must be able to write the "
            "file, and its -wal and -shm files beside it"
        )
    if code == _CANTOPEN:
        return StoreError(
            f"{path}: cannot open the database or its -wal/-shm files ({exc}): check that "
            "the folder exists and can be written"
        )
    if code in (_IOERR, _CORRUPT):
        return StoreError(
            f"{path}: the database file cannot be read or written ({exc}); "
            f"`sqlite3 {path} 'PRAGMA integrity_check'` tells whether it is damaged"
        )
    if is_busy(exc):
        return StoreError(
            f"{path}: another process has been writing to the database for over "
            f"{LOCK_WAIT:.0f} s ({exc}); nothing was written: run the command again once "
            "it has finished"
        )
    return None


def patiently(action: Callable[[], T], path: str) -> T:
    """Run ``action`` (which takes a lock), retrying while another process holds it,
    for up to ``LOCK_WAIT`` seconds in all."""
    deadline = time.monotonic() + LOCK_WAIT
    while True:
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(_RETRY_PAUSE)


@contextmanager
def write_transaction(conn: sqlite3.Connection, path: str) -> Iterator[None]:
    """All the writes within, or none of them; the file's errors said plainly.

    Inside a transaction already (the pipeline checks and stores a document in one),
    the block is a savepoint: its failure undoes its own writes, and the outer
    transaction decides the rest."""
    try:
        if conn.in_transaction:
            with _savepoint(conn):
                yield
            return
        patiently(lambda: conn.execute("BEGIN IMMEDIATE"), path)
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            rollback(conn)
            raise
    except sqlite3.Error as exc:
        error = store_error(exc, path)
        if error is None:  # about this data (a constraint): the caller's to handle
            raise
        raise error from exc


@contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("SAVEPOINT part")
    try:
        yield
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled the whole transaction back
            conn.execute("ROLLBACK TO part")
            conn.execute("RELEASE part")
        raise
    conn.execute("RELEASE part")


def rollback(conn: sqlite3.Connection) -> None:
    """Undo the open transaction, if SQLite has not already: after a full disk or an I/O
    error it rolls back by itself, and a second ROLLBACK would hide the real error."""
    if conn.in_transaction:
        # The error being raised says more than this one (on PostgreSQL's connection a
        # failed ROLLBACK is a StoreError or psycopg's error, not sqlite3's).
        with suppress(Exception):
            conn.execute("ROLLBACK")
