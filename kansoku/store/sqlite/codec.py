"""How typed keys and scopes are kept in SQLite: JSON text, one canonical spelling each.

Keys are compared in SQL (``key = ?``, ``key IN …``), so a value must always be written
the same way: compact separators, UTF-8 kept as is. Migration 005 writes this very form
for keys stored before (tests/store/test_sqlite.py checks they agree).
"""

from __future__ import annotations

import json
from typing import Any

from kansoku.store.records import (
    DenialScope,
    DocumentScope,
    EventKey,
    FindingScope,
    SeriesKey,
    SeriesScope,
)


def dump(value: Any) -> str:
    """The canonical JSON text of ``value``."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def event_key_text(key: EventKey) -> str:
    return dump(list(key))


def event_key(text: str) -> EventKey:
    return EventKey(*json.loads(text))


def _series_parts(key: SeriesKey) -> list[str]:
    """A key without a measure is stored as three parts, as keys were before measures."""
    parts = [key.kind, key.unit, key.subject]
    return [*parts, key.measure] if key.measure else parts


def series_text(key: SeriesKey) -> str:
    return dump(_series_parts(key))


def series_key(text: str | None) -> SeriesKey | None:
    """The series a figure belongs to; None (stored NULL) for a figure of no series."""
    return None if text is None else SeriesKey(*json.loads(text))


def scope_text(scope: FindingScope) -> str:
    if isinstance(scope, SeriesScope):
        return dump({"series": _series_parts(scope.series)})
    if isinstance(scope, DenialScope):
        return dump({"denial": scope.state})
    return dump({"doc": scope.doc_id})


def scope(text: str) -> FindingScope:
    value = json.loads(text)
    if "series" in value:
        return SeriesScope(SeriesKey(*value["series"]))
    if "denial" in value:
        return DenialScope(value["denial"])
    return DocumentScope(value["doc"])


# Membership in a list of ids passed as one parameter (see ``ids``).
IN_IDS = "IN (SELECT value FROM json_each(?))"


def ids(values: Any) -> str:
    """A list of ids as one parameter (``IN_IDS``): any number of them, no SQL variable
    limit."""
    return json.dumps(list(values))
