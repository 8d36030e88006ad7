"""What moves, in any language: the words that name the items of transfers and
deployments (troops, shells, oil…) and where they stand in a text. Each language's
``items.yaml`` fills it with its own words; which phrase of a sentence is the object an
event word moves is the language's own reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

_SPACING = re.compile(r"[\s\-]+")


def _key(form: str) -> str:
    """One spelling of a form whatever its case and spacing (air-defense, Air defense)."""
    return _SPACING.sub(" ", form.strip().lower())


@dataclass(frozen=True)
class ItemWords:
    """The words a language names items with: a form → its item id, or None for a word
    that holds an item's word but names no item (軍事 holds 軍 and is not troops)."""

    pattern: re.Pattern[str] | None
    ids: dict[str, str | None]

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """The items named in ``text[start:end]``, in text order, as (start, end, item):
        at each place the longest word wins (弾道ミサイル is no shell; artillery shells are
        shells, not artillery)."""
        if self.pattern is None:
            return []
        stop = len(text) if end is None else end
        found = []
        for m in self.pattern.finditer(text, start, stop):
            item = self.ids.get(_key(m.group()))
            if item is not None:
                found.append((m.start(), m.end(), item))
        return found

    def last(self, text: str, start: int = 0, end: int | None = None) -> str | None:
        """The item named nearest the end of ``text[start:end]``: in a phrase whose head
        comes last, the head's (ミサイル技術 is technology)."""
        found = self.find(text, start, end)
        return found[-1][2] if found else None


def item_words(
    words: Mapping[str, Iterable[str]], none: Iterable[str] = (), whole_words: bool = False
) -> ItemWords:
    """Item words from ``{item: [forms]}`` and the forms that name none; ``whole_words``:
    a form matches only between non-letters (Latin script: oil is not in "foil")."""
    ids: dict[str, str | None] = {_key(f): None for f in none}
    for item, forms in words.items():
        for form in forms:
            ids.setdefault(_key(form), str(item))
    if not ids:
        return ItemWords(None, {})
    alternatives = [
        r"[\s\-]+".join(re.escape(part) for part in form.split(" "))
        for form in sorted(ids, key=len, reverse=True)
    ]
    body = "|".join(alternatives)
    if whole_words:
        body = rf"(?<![A-Za-z])(?:{body})(?![A-Za-z])"
    return ItemWords(re.compile(body, re.IGNORECASE), ids)


def load_item_words(data: dict[str, Any], whole_words: bool = False) -> ItemWords:
    """A language's ``items.yaml`` (``items: {id: [forms]}``, ``none: [forms]``), as written."""
    return item_words(
        {str(k): [str(f) for f in v or ()] for k, v in (data.get("items") or {}).items()},
        [str(f) for f in data.get("none") or ()],
        whole_words,
    )
