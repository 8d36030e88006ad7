"""The SQLite store's queries, spoken to PostgreSQL.

The store's SQL is written once, for SQLite (``kansoku.store.sqlite``). A
:class:`PgConnection` stands where the mixins expect a ``sqlite3.Connection``: its
``execute``/``executemany`` translate each statement (once: :func:`translate` is cached)
and return psycopg cursors whose rows read by position and by column name, as
``sqlite3.Row`` does. What differs between the two dialects, and only that, is here:

- placeholders: ``?`` and ``:name`` become ``%s`` and ``%(name)s`` (a literal ``%``
  doubles);
- ``INSERT OR IGNORE`` becomes ``INSERT … ON CONFLICT DO NOTHING``;
- SQLite's JSON helpers: ``json_each(?)`` (a list of ids as one parameter) becomes
  ``json_array_elements_text(?::json)``, ``json_group_array(x)`` a ``json_agg`` read as
  text, ``'[]'`` when there is nothing to aggregate, as in SQLite;
- ``instr`` is ``strpos``; ``LIMIT ?`` given -1 (no limit) is no limit; ``INDEXED BY``
  (a hint to SQLite's planner) goes;
- NULLs sort first ascending and last descending in SQLite, the other way round in
  PostgreSQL: every ORDER BY term says which, so both backends list rows alike;
- a subquery in FROM gets the alias PostgreSQL requires;
- ``PRAGMA user_version`` reads and sets the ``kansoku_schema`` table; ``PRAGMA
  data_version`` (has anyone committed since?) is a hash of the current snapshot;
- transactions: ``BEGIN IMMEDIATE`` (SQLite takes the write lock) takes a transaction-level
  advisory lock, so writers take turns exactly as on SQLite and none can fail on a
  serialisation conflict; a plain ``BEGIN`` (a read snapshot) is REPEATABLE READ.

Tables keep SQLite's ``rowid`` as an identity column where the store orders by it
(migrations/001), so the queries that use it are unchanged.
"""

from __future__ import annotations

import itertools
import os
import re
import weakref
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from functools import lru_cache
from typing import Any, ClassVar, NoReturn

import psycopg
from psycopg.pq import TransactionStatus

from kansoku.store import StoreError

# pg_advisory_xact_lock key of the store's write lock: one per database ("kansoku" in
# ASCII), so stores in other databases of one server never wait for each other.
WRITE_LOCK = 0x6B616E736F6B75
LOCK_WAIT = "600s"  # as long as a SQLite writer waits for another (sqlite/transactions.py)

# Statements the SQLite store's transaction code sends, as PostgreSQL statements.
_TRANSACTIONS: dict[str, tuple[str, ...]] = {
    "BEGIN IMMEDIATE": (
        "BEGIN",
        f"SET LOCAL lock_timeout = '{LOCK_WAIT}'",
        f"SELECT pg_advisory_xact_lock({WRITE_LOCK})",
    ),
    "BEGIN": ("BEGIN ISOLATION LEVEL REPEATABLE READ",),
}

# -- rows ------------------------------------------------------------------------------


class Row(tuple[Any, ...]):
    """A result row read by position or by column name (as ``sqlite3.Row``)."""

    __slots__ = ()
    _index: ClassVar[dict[str, int]] = {}

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


@lru_cache(maxsize=256)
def _row_class(names: tuple[str, ...]) -> type[Row]:
    return type("Row", (Row,), {"__slots__": (), "_index": {n: i for i, n in enumerate(names)}})


def rows(cursor: psycopg.Cursor[Any]) -> Callable[[Sequence[Any]], Any]:
    """psycopg row factory making :class:`Row` objects."""
    if cursor.description is None:
        return tuple
    return _row_class(tuple(column.name for column in cursor.description))


# -- translation ------------------------------------------------------------------------

# SQLite's data_version changes when another connection commits; a hash of the current
# snapshot (oldest running transaction, next id, those in progress) changes with every
# commit too (ours included, hence ``total_changes`` 0), and sometimes more often (commits
# to other databases of the server), which only costs a recount.
_DATA_VERSION = "SELECT hashtext(pg_current_snapshot()::text)"

# String literals, quoted identifiers and comments: kept as written, never rewritten.
_OPAQUE = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*")
_MASK = "\x00{}\x00"
_UNMASK = re.compile("\x00(\\d+)\x00")
_ORDER_BY = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)
_ORDER_ENDS = re.compile(r"\b(LIMIT|OFFSET|FETCH|UNION|EXCEPT|INTERSECT|WINDOW)\b", re.I)
_NULLS = re.compile(r"\bNULLS\s+(FIRST|LAST)\s*$", re.IGNORECASE)
_DESC = re.compile(r"\bDESC\s*$", re.IGNORECASE)
_DERIVED = re.compile(r"\b(?:FROM|JOIN)\s*\(\s*SELECT\b", re.IGNORECASE)
_WORD = re.compile(r"\s*([A-Za-z_]\w*)")
_NOT_ALIAS = {"JOIN", "LEFT", "RIGHT", "INNER", "OUTER", "CROSS", "FULL", "NATURAL", "ON",
              "WHERE", "GROUP", "ORDER", "LIMIT", "OFFSET", "UNION", "EXCEPT", "INTERSECT",
              "HAVING", "WINDOW", "USING"}  # fmt: skip


@lru_cache(maxsize=1024)
def translate(sql: str) -> str:
    """The PostgreSQL form of one SQLite statement of the store (see the module's doc)."""
    kept: list[str] = []

    def mask(match: re.Match[str]) -> str:
        kept.append(match.group(0))
        return _MASK.format(len(kept) - 1)

    code = _OPAQUE.sub(mask, sql.strip().rstrip(";"))
    code = re.sub(r"\bPRAGMA\s+user_version\s*=\s*(\d+)", r"UPDATE kansoku_schema SET version = \1", code, flags=re.I)  # fmt: skip
    code = re.sub(r"\bPRAGMA\s+user_version\b", "SELECT version FROM kansoku_schema", code, flags=re.I)  # fmt: skip
    code = re.sub(r"\bPRAGMA\s+data_version\b", _DATA_VERSION, code, flags=re.I)
    if re.match(r"\s*INSERT\s+OR\s+IGNORE\b", code, re.IGNORECASE):
        code = re.sub(r"^\s*INSERT\s+OR\s+IGNORE\b", "INSERT", code, flags=re.I)
        code += " ON CONFLICT DO NOTHING"
    code = _calls(code, "json_each", "json_array_elements_text(({})::json)")
    code = _calls(code, "json_group_array", "coalesce(json_agg({})::text, '[]')")
    code = re.sub(r"\binstr\s*\(", "strpos(", code, flags=re.IGNORECASE)
    code = re.sub(r"\s+INDEXED\s+BY\s+\w+", "", code, flags=re.IGNORECASE)  # SQLite's plan hint
    code = re.sub(r"\bLIMIT\s+\?", "LIMIT nullif(?, -1)", code, flags=re.IGNORECASE)
    code = _aliased(_nulls_as_sqlite(code))
    code = code.replace("%", "%%").replace("?", "%s")
    code = re.sub(r"(?<![:\w]):([A-Za-z_]\w*)", r"%(\1)s", code)
    return _UNMASK.sub(lambda m: kept[int(m.group(1))].replace("%", "%%"), code)


def _closing(code: str, start: int) -> int:
    """Index of the parenthesis closing the one open just before ``start`` (or len)."""
    depth = 1
    for i in range(start, len(code)):
        depth += {"(": 1, ")": -1}.get(code[i], 0)
        if depth == 0:
            return i
    return len(code)


def _calls(code: str, name: str, template: str) -> str:
    """Every call ``name(args)`` written as ``template`` with its arguments."""
    pattern = re.compile(rf"\b{name}\s*\(", re.IGNORECASE)
    while match := pattern.search(code):
        end = _closing(code, match.end())
        code = code[: match.start()] + template.format(code[match.end() : end]) + code[end + 1 :]
    return code


def _nulls_as_sqlite(code: str) -> str:
    """Each ORDER BY term sorts NULLs where SQLite does: first ascending, last descending."""
    out, at = [], 0
    for match in _ORDER_BY.finditer(code):
        if match.start() < at:
            continue
        end = _clause_end(code, match.end())
        terms = _split_top_level(code[match.end() : end])
        fixed = []
        for term in terms:
            body = term.rstrip()
            if body and not _NULLS.search(body):
                body += " NULLS LAST" if _DESC.search(body) else " NULLS FIRST"
            fixed.append(body + term[len(term.rstrip()) :])
        out += [code[at : match.end()], ",".join(fixed)]
        at = end
    return "".join(out) + code[at:]


def _clause_end(code: str, start: int) -> int:
    """Where an ORDER BY clause starting at ``start`` ends: a closing parenthesis of the
    enclosing query, a clause keyword at its own level, or the end."""
    depth = 0
    i = start
    while i < len(code):
        char = code[i]
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return i
            depth -= 1
        elif depth == 0 and (word := _ORDER_ENDS.match(code, i)) and _boundary(code, i):
            return word.start()
        i += 1
    return len(code)


def _boundary(code: str, i: int) -> bool:
    return i == 0 or not (code[i - 1].isalnum() or code[i - 1] == "_")


def _split_top_level(clause: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in clause:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def _aliased(code: str) -> str:
    """Give each subquery in FROM or JOIN without an alias one (PostgreSQL before 16
    requires it; SQLite does not)."""
    at, n = 0, 0
    while match := _DERIVED.search(code, at):
        opened = code.index("(", match.start())
        end = _closing(code, opened + 1)
        word = _WORD.match(code, end + 1)
        at = end + 1
        if word is None or word.group(1).upper() in _NOT_ALIAS:
            n += 1
            code = f"{code[: end + 1]} AS _derived{n}{code[end + 1 :]}"
    return code


# -- the connection ---------------------------------------------------------------------

# SQLSTATE classes meaning the database takes no more work from us (as SQLite's full,
# read-only and I/O errors do): the batch stops there with a plain message.
_FATAL_CLASSES = ("08", "53", "57", "58", "XX")
_READ_ONLY, _NO_PRIVILEGE, _LOCK_TIMEOUT = "25006", "42501", "55P03"


def store_error(exc: psycopg.Error, where: str) -> StoreError | None:
    """The error as the user should read it when it means the store cannot be written
    now (None for an error about one document's data, which fails that document only)."""
    state = exc.sqlstate or ""
    if state == _LOCK_TIMEOUT:
        return StoreError(
            f"{where}: another process has been writing to the database for over "
            f"{LOCK_WAIT} ({exc}); nothing was written: run the command again once it has "
            "finished"
        )
    if state in (_READ_ONLY, _NO_PRIVILEGE):
        return StoreError(f"{where}: the database cannot be written by this user ({exc})")
    if state[:2] == "53":
        return StoreError(
            f"{where}: the database server is out of disk or memory ({exc}): the document "
            "being written was not stored, what was stored before is intact"
        )
    lost = not state and isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError)
    if lost or state[:2] in _FATAL_CLASSES:
        return StoreError(f"{where}: the database connection failed ({exc})")
    return None


# Every open connection, for the fork hook below.
_OPEN: weakref.WeakSet[PgConnection] = weakref.WeakSet()


def _let_go_in_child() -> None:
    """In a forked child (the ingest's worker pool), point each inherited connection's
    socket at /dev/null. The child never uses the connection, but while it held the
    socket the server could not see the parent die: a ``kill -9`` of an ingest left its
    transaction open and the write lock held for as long as its workers lived. (The
    parent's own descriptor is untouched; anything the child's copy of the connection
    might still write goes to /dev/null, never into a reused descriptor.)"""
    for conn in list(_OPEN):
        with suppress(OSError, psycopg.Error):
            null = os.open(os.devnull, os.O_RDWR)
            os.dup2(null, conn.raw.fileno())
            os.close(null)


os.register_at_fork(after_in_child=_let_go_in_child)


class PgConnection:
    """A psycopg connection (autocommit: the store opens its own transactions) that takes
    the SQLite store's statements."""

    def __init__(self, raw: psycopg.Connection[Any], where: str) -> None:
        self.raw = raw
        self.where = where
        self.snapshot = False  # within a read snapshot (SQLite's plain BEGIN)
        self.cursors = itertools.count()
        _OPEN.add(self)

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status in (
            TransactionStatus.ACTIVE,
            TransactionStatus.INTRANS,
            TransactionStatus.INERROR,
        )

    # SQLite's count of this connection's changes, kept beside data_version by callers
    # that cache what they read: the snapshot hash already changes with our own commits.
    total_changes = 0

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        verb = " ".join(sql.split()).upper()
        try:
            if verb in _TRANSACTIONS:
                return self._begin(verb)
            if verb in ("COMMIT", "ROLLBACK", "END"):
                self.snapshot = False
            statement = translate(sql)
            if self.snapshot and verb.startswith("SELECT"):
                return self._streamed(statement, params)
            return self.raw.execute(statement, params)
        except psycopg.Error as exc:
            self._raise(exc)

    def _begin(self, verb: str) -> Any:
        """Open the transaction SQLite's ``verb`` opens; on failure (the write lock not had
        in time, the connection lost) none is left open, as when SQLite's BEGIN fails."""
        try:
            for statement in _TRANSACTIONS[verb]:
                cursor = self.raw.execute(statement)
        except BaseException:  # an interrupt while waiting for the lock included
            if self.in_transaction:
                with suppress(psycopg.Error):
                    self.raw.execute("ROLLBACK")
            raise
        self.snapshot = verb == "BEGIN"
        return cursor

    def _streamed(self, statement: str, params: Sequence[Any] | dict[str, Any]) -> Any:
        """A server-side cursor: rows come as the caller fetches them. psycopg's ordinary
        cursor fetches the whole result at once, and a snapshot is where the export reads
        every document (the readers fetch a chunk at a time, as from SQLite)."""
        cursor = self.raw.cursor(name=f"kansoku_{next(self.cursors)}")
        cursor.itersize = 500
        cursor.execute(statement, params)
        return cursor

    def native(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        """Run a statement written for PostgreSQL (``%s`` placeholders), untranslated."""
        try:
            return self.raw.execute(sql, params)
        except psycopg.Error as exc:
            self._raise(exc)

    def executemany(self, sql: str, params: Iterable[Sequence[Any]]) -> Any:
        batch = list(params)
        cursor = self.raw.cursor()
        if batch:
            try:
                cursor.executemany(translate(sql), batch)
            except psycopg.Error as exc:
                self._raise(exc)
        return cursor

    def _raise(self, exc: psycopg.Error) -> NoReturn:
        error = store_error(exc, self.where)
        if error is None:  # about this data (a constraint): the caller's to handle
            raise exc
        raise error from exc

    def close(self) -> None:
        _OPEN.discard(self)
        self.raw.close()
