"""Mentions → canonical entities.

Every alias in the gazetteer is found in one Aho-Corasick pass over the cleaned text.
People the gazetteer does not know are found by their title (カービー報道官, ライダー報道官)
and become entities with a romanised id, so they can still be filtered and counted.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from kansoku.knowledge import Gazetteer
from kansoku.model import Entity, Mention

# A katakana name (foreign people are written so in Japanese news) followed by a title.
_KATAKANA_NAME = r"(?P<name>[ァ-ヴー]{2,}(?:・[ァ-ヴー]{2,})*)"


@cache
def _romaniser():
    import pykakasi

    return pykakasi.kakasi()


def romanise(katakana: str) -> str:
    parts = [item["hepburn"] for item in _romaniser().convert(katakana.replace("・", " "))]
    return " ".join(p.strip().title() for p in " ".join(parts).split())


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def link(text: str, gaz: Gazetteer) -> tuple[list[Mention], list[Entity]]:
    """Mentions of known entities, plus people found by title (and their new entities)."""
    mentions = []
    for s, e, entity_id in gaz.find(text):
        entity = gaz.entities[entity_id]
        mentions.append(Mention(s, e, text[s:e], entity_id, entity.kind))
        # 北朝鮮兵, 韓国大統領府: the form also names the state the entity belongs to.
        state = gaz.entities.get(entity.country or "")
        if state is not None and state.id != entity_id:
            form = text[s:e]
            aliases = [a for _, names in state.names for a in names]
            prefix = max(
                (a for a in aliases if form.startswith(a) and a != form), key=len, default=""
            )
            if prefix:
                mentions.append(Mention(s, s + len(prefix), prefix, state.id, "country"))
    covered = [(m.start, m.end) for m in mentions]
    new: dict[str, Entity] = {}
    titled_name = re.compile(_KATAKANA_NAME + f"(?P<title>{'|'.join(gaz.titles)})")
    for match in titled_name.finditer(text):
        start, end = match.span("name")
        if any(s < end and start < e for s, e in covered):
            continue
        name = romanise(match["name"])
        entity_id = slug(name)
        if not entity_id or entity_id in gaz.entities:
            continue
        new.setdefault(entity_id, Entity(id=entity_id, kind="person", name_en=name,
                                         names=(("ja", (match["name"],)),)))  # fmt: skip
        mentions.append(Mention(start, end, match["name"], entity_id, "person"))
    mentions += _short_names(text, mentions, gaz)
    mentions += _both_of(text, mentions, gaz)
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions, list(new.values())


# After a full name, news writes the family name and a title: 申源湜国防相 … 申氏は.
def _short_names(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Family name + title for people named in full earlier in the text (kanji names of
    three or four characters: the first is the family name)."""
    found = []
    first_seen: dict[str, tuple[int, str]] = {}
    for m in mentions:
        if m.kind == "person" and 3 <= len(m.text) <= 4 and _all_kanji(m.text):
            first_seen.setdefault(m.text[0], (m.end, m.entity_id))
    taken = {(m.start, m.end) for m in mentions}
    for family, (after, entity_id) in first_seen.items():
        for match in re.finditer(rf"{re.escape(family)}(?:{'|'.join(gaz.titles)})", text[after:]):
            start = after + match.start()
            if not any(s <= start < e for s, e in taken):
                found.append(
                    Mention(start, after + match.end(), match.group(), entity_id, "person")
                )
    return found


def _all_kanji(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)


# 両国 / 両首脳: the two states or leaders the text has named most before the word.
_BOTH = {"両国": "country", "両首脳": "person", "両国首脳": "person", "両政府": "country"}


def _both_of(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    found = []
    for match in re.finditer("|".join(sorted(_BOTH, key=len, reverse=True)), text):
        kind = _BOTH[match.group()]
        before = [m for m in mentions if m.end <= match.start() and m.kind == kind]
        # The pair the text has been about: most named so far, the latest on a tie.
        counts = Counter(m.entity_id for m in before)
        last = {m.entity_id: m.start for m in before}
        pair = sorted(counts, key=lambda e: (-counts[e], -last[e]))[:2]
        if len(pair) == 2:
            found += [Mention(match.start(), match.end(), match.group(), e, kind) for e in pair]
    return found
