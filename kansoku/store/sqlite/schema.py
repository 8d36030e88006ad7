"""The versioned schema of a SQLite store and the migrations that build it.

Schema changes live in ``migrations/`` as ``NNN_what.sql`` (statements) or
``NNN_what.py`` (a ``migrate(conn)`` function, for changes SQL cannot express, such as
rewriting stored values). The file's ``PRAGMA user_version`` says how many have been
applied. Opening a file applies the missing ones, each in its own transaction; a file
from a newer kansoku is refused rather than half-understood.

The PostgreSQL store runs the same code over its own folder of migrations (one per
version here, in its dialect) through its dialect adapter (``kansoku.store.postgres``).
"""

from __future__ import annotations

import importlib.util
import re
import sqlite3
from importlib import resources
from pathlib import Path

from kansoku.store import StoreError
from kansoku.store.sqlite.transactions import write_transaction

_MIGRATIONS = Path(str(resources.files("kansoku.store.sqlite") / "migrations"))
_KINDS = (".sql", ".py")


def migrations(folder: Path = _MIGRATIONS) -> list[tuple[int, Path]]:
    """(version, file) of every migration in ``folder``, in the order they apply."""
    found: dict[int, Path] = {}
    for path in sorted(folder.iterdir()):
        match = re.match(r"(\d+)_", path.name)
        if match is None or path.suffix not in _KINDS:
            continue
        version = int(match.group(1))
        if version in found:
            raise StoreError(f"two migrations to version {version}: {found[version]}, {path}")
        found[version] = path
    return sorted(found.items())


def schema_version(folder: Path = _MIGRATIONS) -> int:
    """The version a store of this kansoku is at once migrated."""
    return max(v for v, _ in migrations(folder))


def migrate(conn: sqlite3.Connection, where: str, folder: Path = _MIGRATIONS) -> None:
    """Bring the database of ``conn`` (at ``where``) to :func:`schema_version`."""
    latest = schema_version(folder)
    if _version(conn, where, latest) >= latest:
        return  # nothing to do: readers never take the write lock
    for version, path in migrations(folder):
        with write_transaction(conn, where):
            # Read again under the write lock: another process opening the same new file
            # may have applied this migration while we waited for it.
            if _version(conn, where, latest) >= version:
                continue
            _apply(conn, path)
            conn.execute(f"PRAGMA user_version = {version:d}")


def _version(conn: sqlite3.Connection, where: str, latest: int) -> int:
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if current > latest:
        raise StoreError(
            f"{where} uses schema version {current}, written by a newer kansoku; "
            f"this kansoku knows up to version {latest}: upgrade kansoku to open it"
        )
    return current


def _apply(conn: sqlite3.Connection, path: Path) -> None:
    if path.suffix == ".sql":
        for statement in _statements(path.read_text(encoding="utf-8")):
            conn.execute(statement)
        return
    spec = importlib.util.spec_from_file_location(f"kansoku_migration_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise StoreError(f"cannot load migration {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    try:
        module.migrate(conn)
    except (ValueError, KeyError) as exc:  # data the migration cannot convert
        raise StoreError(f"migration {path.name} failed, nothing changed: {exc}") from exc


def _statements(script: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement knows where they end)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip() and not current.strip().startswith("--"):
        statements.append(current.strip())
    return statements
