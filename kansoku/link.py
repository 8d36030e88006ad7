"""Mentions → canonical entities, in any language.

The text's language finds the mentions (which alias hits are words there, people found
by their title); this stage adds what follows from the gazetteer alone, the same in every
language:

- a form naming an entity of a state also names the state when it starts with one of
  the state's own aliases (North Korean troops: the army, and North Korea);
- a word for "the pair" (both countries, both leaders) names the two states or people
  the text has named most before it;
- an office written right after another state's name is that state's, not the
  gazetteer's office of the same short name (Taiwan's defence ministry written with the
  short name of South Korea's is still Taiwan's);
- a treaty's title names it in a text that names all its parties or no other state:
  other pairs of states sign treaties of the same title (Russia's with Iran);
- an office's short name written again after its full name (the British defence ministry
  …, the defence ministry …) is the office named in full, not the gazetteer's office of
  that short name.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from kansoku.gazetteer import Gazetteer
from kansoku.lang import Language
from kansoku.model import Entity, Mention


def link(
    text: str, language: Language, gaz: Gazetteer, home: str | None = None
) -> tuple[list[Mention], list[Entity]]:
    """Every mention in ``text`` and the entities found that the gazetteer does not know
    (``home``: the state whose press published it, when known)."""
    found = language.find_mentions(text, gaz, home)
    mentions = _own_state_first(text, list(found.mentions), gaz)
    for mention in list(mentions):
        state = _state_named_by(mention, gaz)
        if state is not None:
            mentions.append(state)
    mentions = _with_their_parties(mentions, gaz)
    mentions = _short_names_again(mentions, gaz)
    named = list(mentions)
    for start, end, kind in found.pairs:
        mentions += _pair(text, start, end, kind, named)
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions, found.new_entities


def _own_state_first(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        before = kept[-1] if kept else None
        if (
            before is not None
            and before.kind == "country"
            and m.kind != "country"
            and not text[before.end : m.start].strip()
            and "\n" not in text[before.end : m.start]  # not past a line's end
            and gaz.state_of(m.entity_id) not in (None, before.entity_id)
        ):
            continue
        kept.append(m)
    return kept


_OFFICES = ("agency", "organization")  # kinds of entity whose short name other states share


def _short_names_again(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A mention written as the tail of an earlier mention of another state's office is
    that office again (the British defence ministry said… the defence ministry added…:
    the British ministry both times, whichever state's the short name is alone)."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        full = next(
            (
                e for e in reversed(out)
                if e.kind == m.kind and m.kind in _OFFICES and len(e.text) > len(m.text)
                and e.text.endswith(m.text)
                and gaz.state_of(e.entity_id) != gaz.state_of(m.entity_id)
            ),
            None,
        )  # fmt: skip
        out.append(replace(m, entity_id=full.entity_id) if full is not None else m)
    return out


def _with_their_parties(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The mentions, less those of an entity with parties (a treaty) in a text that
    names another state but not all of its parties (directly or through its people,
    agencies and places; an outlet's state is not named by the outlet)."""
    states = {gaz.state_of(m.entity_id) for m in mentions if m.kind != "outlet"} - {None}
    kept = []
    for mention in mentions:
        entity = gaz.entities.get(mention.entity_id)
        parties = set(entity.parties) if entity is not None else set()
        if parties <= states or states <= parties:
            kept.append(mention)
    return kept


def _state_named_by(mention: Mention, gaz: Gazetteer) -> Mention | None:
    entity = gaz.entities.get(mention.entity_id)
    state = gaz.entities.get(entity.country or "") if entity is not None else None
    if state is None or state.id == mention.entity_id:
        return None
    form = mention.text
    prefix = max(
        (a for a in gaz.aliases_of(state.id) if form.startswith(a) and a != form),
        key=len,
        default="",
    )
    if not prefix:
        return None
    return Mention(mention.start, mention.start + len(prefix), prefix, state.id, "country")


def _pair(text: str, start: int, end: int, kind: str, mentions: list[Mention]) -> list[Mention]:
    """The pair the text has been about: the two entities of ``kind`` named most before
    ``start``, the latest first on a tie."""
    before = [m for m in mentions if m.end <= start and m.kind == kind]
    counts = Counter(m.entity_id for m in before)
    last = {m.entity_id: m.start for m in before}
    pair = sorted(counts, key=lambda e: (-counts[e], -last[e]))[:2]
    if len(pair) < 2:
        return []
    return [Mention(start, end, text[start:end], entity_id, kind) for entity_id in pair]
