"""Typed keys: event keys, series keys and finding scopes become JSON.

Up to version 4 they were pipe-joined text with "None" for a missing part
(``AID|troops|PRK|RUS|claimed|None``, ``troops|persons|PRK``, ``series:troops|persons|PRK``,
``denial:RUS``, ``doc:d-…``). From version 5 they are JSON: ``["AID","troops","PRK","RUS",
"claimed",null]``, ``["troops","persons","PRK"]``, ``{"series":[…]}``, ``{"denial":"RUS"}``,
``{"doc":"d-…"}``. Every stored value is converted, so merged events, series and findings
keep matching the keys reconciliation computes next. A value that does not parse stops the
migration (ValueError) and leaves the file as it was.

This file is history: it does not import today's key code, whose spelling may change later.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

_EVENT_KEY_PARTS = 6
_OPTIONAL = (1, 2, 3, 5)  # mode, side_a, side_b, claimant


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _event_key(old: str) -> list[str | None]:
    parts: list[str | None] = list(old.split("|"))
    if len(parts) != _EVENT_KEY_PARTS:
        raise ValueError(f"event key {old!r} does not have {_EVENT_KEY_PARTS} parts")
    for i in _OPTIONAL:
        if parts[i] in ("None", ""):
            parts[i] = None
    return parts


def _series_key(old: str) -> list[str]:
    parts = old.split("|")
    if len(parts) != 3:
        raise ValueError(f"series key {old!r} is not kind|unit|subject")
    return parts


def _scope(old: str) -> dict[str, Any]:
    kind, sep, rest = old.partition(":")
    if sep and kind == "series":
        return {"series": _series_key(rest)}
    if sep and kind == "denial":
        return {"denial": rest}
    if sep and kind == "doc":
        return {"doc": rest}
    raise ValueError(f"finding scope {old!r} is not series:, denial: or doc:")


def _convert(conn: sqlite3.Connection, table: str, column: str, new: Any) -> None:
    # Table and column names are this file's constants, never data.
    olds = [row[0] for row in conn.execute(f"SELECT DISTINCT {column} FROM {table}")]
    conn.executemany(
        f"UPDATE {table} SET {column} = ? WHERE {column} = ?",
        [(_dump(new(old)), old) for old in olds if old is not None],
    )


def migrate(conn: sqlite3.Connection) -> None:
    _convert(conn, "events", "key", _event_key)
    _convert(conn, "clusters", "key", _event_key)
    _convert(conn, "figures", "series", _series_key)
    _convert(conn, "findings", "scope", _scope)
