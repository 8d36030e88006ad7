"""Moving a store's contents: between backends (``kansoku migrate``) and to and from one
portable file (``kansoku backup`` / ``kansoku restore``).

Both backends hold the same tables with the same columns at the same schema version
(``kansoku.store.postgres`` runs the SQLite store's queries), so a store is copied table
by table, row by row, with the column names the source has. Rows are read in storing
order (``rowid``) where readers list them in that order (documents, mentions, figures)
and by key elsewhere, and written in that order into an empty store, which then lists
everything as the source did: the export of the copy is the export of the original.
The search indexes are not copied but rebuilt by the target as its writer builds them.

A backup is gzip-compressed JSON Lines: a header (format, schema version, tables), then
one ``{"table": …, "row": {…}}`` line per row, bytes as ``{"$base64": …}``. It restores
into an empty store of the same schema version, of either backend.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kansoku.store import Store, StoreError
from kansoku.store.sqlite.searching import grams

FORMAT = "kansoku-backup"
FORMAT_VERSION = 1
_CHUNK = 500  # rows read and written at a time

# Every table of a store, parents before children (foreign keys hold as rows arrive), and
# the order its rows are stored in: storing order where the readers list by it.
TABLES: dict[str, str] = {
    "documents": "rowid",
    "dropped": "doc_id, seq",
    "sections": "doc_id, seq",
    "entities": "id",
    "mentions": "rowid",
    "events": "id",
    "clusters": "id",
    "notes": "doc_id, seq",
    "figures": "rowid",
    "findings": "id",
}

Row = dict[str, Any]


@dataclass
class Copied:
    """What a transfer moved: rows per table, and the schema version."""

    schema_version: int
    rows: dict[str, int] = field(default_factory=dict)


def _conn(store: Store) -> Any:
    """The store's connection: sqlite3's, or the PostgreSQL adapter that takes the same
    statements (both stores keep it as ``conn``)."""
    conn = getattr(store, "conn", None)
    if conn is None:
        raise StoreError(f"{type(store).__name__} cannot be copied: no SQL connection")
    return conn


def schema_version(store: Store) -> int:
    return int(_conn(store).execute("PRAGMA user_version").fetchone()[0])


def _columns(conn: Any, table: str) -> list[str]:
    """The table's columns, as the source has them (PostgreSQL's rowid is its storing
    order, which the target makes anew)."""
    cursor = conn.execute(f"SELECT * FROM {table} LIMIT 0")  # names are TABLES' constants
    return [d[0] for d in cursor.description if d[0] != "rowid"]


def rows(store: Store) -> Iterator[tuple[str, Row]]:
    """(table, row) of every row of the store, parents first, each table in storing order.
    Read within one snapshot of the store when the caller holds one."""
    conn = _conn(store)
    for table, order in TABLES.items():
        columns = _columns(conn, table)
        quoted = ", ".join(f'"{c}"' for c in columns)
        # Within the snapshot, PostgreSQL streams it too (dialect: server-side cursors).
        cursor = conn.execute(f"SELECT {quoted} FROM {table} ORDER BY {order}")
        try:
            while chunk := cursor.fetchmany(_CHUNK):
                for values in chunk:
                    yield table, dict(zip(columns, values, strict=True))
        finally:
            cursor.close()


def load(store: Store, source: Iterable[tuple[str, Row]], version: int) -> Copied:
    """Write ``source`` (rows as :func:`rows` gives them) into ``store``, which must be
    empty and at schema ``version``: all of it, or nothing (one transaction)."""
    found = schema_version(store)
    if found != version:
        raise StoreError(
            f"the rows are of schema version {version} and the target store of version "
            f"{found}: open both with the same kansoku (a store is migrated when opened)"
        )
    conn = _conn(store)
    copied = Copied(version)
    with store.transaction():
        if (
            conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            or conn.execute("SELECT count(*) FROM entities").fetchone()[0]
        ):
            raise StoreError("the target store is not empty: restore or migrate into a new one")
        batch: list[Row] = []
        table = ""
        for name, row in source:
            if name not in TABLES:
                raise StoreError(f"unknown table {name!r} in the rows to load")
            if batch and (name != table or len(batch) >= _CHUNK):
                _write(conn, table, batch)
                batch = []
            table = name
            batch.append(row)
            copied.rows[name] = copied.rows.get(name, 0) + 1
        if batch:
            _write(conn, table, batch)
    return copied


def _write(conn: Any, table: str, batch: list[Row]) -> None:
    # A backup is a file from anywhere: its column names must be the table's own, never
    # text spliced into SQL.
    known = set(_columns(conn, table))
    columns = list(batch[0])
    for row in batch:
        if set(row) != set(columns) or not known.issuperset(row):
            unknown = sorted(set(row) - known) or sorted(set(row) ^ set(columns))
            raise StoreError(f"table {table}: unexpected columns {unknown}; nothing restored")
    quoted = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    conn.executemany(
        f"INSERT INTO {table} ({quoted}) VALUES ({marks})",
        [tuple(row[c] for c in columns) for row in batch],
    )
    if table == "documents":
        _index(conn, batch)


def _index(conn: Any, documents: list[Row]) -> None:
    """The search entries of these documents, as the writer makes them (sqlite/writing.py:
    the trigram table, and the one- and two-character substrings)."""
    for doc in documents:
        rowid = conn.execute("SELECT rowid FROM documents WHERE id = ?", (doc["id"],)).fetchone()[0]
        conn.execute(
            "INSERT INTO documents_fts (rowid, doc_id, title, text) VALUES (?, ?, ?, ?)",
            (rowid, doc["id"], doc["title"] or "", doc["text"]),
        )
        conn.execute(
            "INSERT INTO documents_grams (rowid, grams) VALUES (?, ?)",
            (rowid, grams(doc["title"], doc["text"])),
        )


def transfer(source: Store, target: Store) -> Copied:
    """Copy everything ``source`` holds into the empty ``target`` (of either backend)."""
    with source.snapshot():
        return load(target, rows(source), schema_version(source))


# -- the portable file ----------------------------------------------------------------------


def _encode(value: Any) -> Any:
    if isinstance(value, bytes | memoryview):
        return {"$base64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        return base64.b64decode(value["$base64"])
    return value


def backup(store: Store, path: str | Path) -> Copied:
    """Write everything ``store`` holds to ``path`` (gzip-compressed JSON Lines), from one
    snapshot of it; the file appears whole or not at all."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    with store.snapshot():
        copied = Copied(schema_version(store))
        with gzip.open(partial, "wt", encoding="utf-8") as fh:
            header = {"format": FORMAT, "format_version": FORMAT_VERSION,
                      "schema_version": copied.schema_version, "tables": list(TABLES)}  # fmt: skip
            fh.write(json.dumps(header) + "\n")
            for table, row in rows(store):
                line = {"table": table, "row": {k: _encode(v) for k, v in row.items()}}
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
                copied.rows[table] = copied.rows.get(table, 0) + 1
        with partial.open("rb") as written:  # on disk before it takes the backup's name
            os.fsync(written.fileno())
    partial.replace(path)
    return copied


def restore(store: Store, path: str | Path) -> Copied:
    """Load the backup at ``path`` into the empty ``store`` (of either backend): all of it,
    or nothing when the file is damaged anywhere."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            version = _header(fh.readline(), path)
            return load(store, _lines(fh, path), version)
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as exc:  # not gzip, damaged…
        raise StoreError(
            f"{path}: not a readable kansoku backup ({exc}); nothing restored"
        ) from exc


def _header(line: str, path: str | Path) -> int:
    """The schema version the backup's header line names."""
    try:
        header = json.loads(line)
        if header["format"] != FORMAT:
            raise ValueError(f"format {header['format']!r}")
        if header["format_version"] != FORMAT_VERSION:
            raise ValueError(f"backup format version {header['format_version']} is unknown")
        return int(header["schema_version"])
    except (ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"{path}: not a kansoku backup ({exc})") from exc


def _lines(fh: Iterable[str], path: str | Path) -> Iterator[tuple[str, Row]]:
    for number, line in enumerate(fh, start=2):
        try:
            item = json.loads(line)
            yield item["table"], {k: _decode(v) for k, v in item["row"].items()}
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"{path}: line {number} is damaged ({exc}); nothing restored") from exc
