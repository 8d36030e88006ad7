"""Canonical entities and every written form of them (``data/gazetteer.yaml``).

The gazetteer knows entities, their aliases in every language, and which state each
one acts for. It finds every alias in a text in one Aho-Corasick pass (pyahocorasick);
which of those hits are real mentions (a word boundary, a particle after a name) is for
the text's language to say, so the gazetteer holds no language's rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, overload

from kansoku.model import Entity


@dataclass(frozen=True)
class AliasHit:
    """An alias found in a text: offsets, the form as listed, the entities it names."""

    start: int
    end: int
    form: str
    entity_ids: tuple[str, ...]


class Gazetteer:
    def __init__(self, data: dict[str, Any]) -> None:
        import ahocorasick

        self.entities: dict[str, Entity] = {}
        self._automaton = ahocorasick.Automaton()
        forms: dict[str, tuple[str, ...]] = {}
        self._coordinates: dict[str, tuple[float, float]] = {}
        for item in data.get("entities", []):
            aliases = item.get("aliases") or {}
            entity = Entity(
                id=str(item["id"]),
                kind=item["kind"],
                name_en=item["name_en"],
                country=item.get("country"),
                wikidata=item.get("wikidata"),
                stands_for=item.get("stands_for"),
                parties=tuple(item.get("parties") or ()),
                names=tuple((lang, tuple(map(str, names))) for lang, names in aliases.items()),
            )
            self.entities[entity.id] = entity
            point = item.get("coordinates") or item.get("capital")
            if point:
                self._coordinates[entity.id] = (float(point[0]), float(point[1]))
            for names in aliases.values():
                for name in names:
                    forms[str(name)] = (entity.id,)
        for group in data.get("groups", []):
            forms[str(group["alias"])] = tuple(group["ids"])
        self._forms = forms
        for form, ids in forms.items():
            self._automaton.add_word(form, (form, ids))
        self._automaton.make_automaton()

    def named(self, form: str | None) -> str | None:
        """The one entity a written form names exactly (KBS, Yonhap), if any."""
        ids = self._forms.get(form or "", ())
        return ids[0] if len(ids) == 1 else None

    def state_of(self, entity_id: str | None) -> str | None:
        """The state an entity is or acts for: Kim Jong Un → PRK, Pyongyang → PRK, the NIS
        → KOR; None for entities of no state (the UN) and unknown ids."""
        entity = self.entities.get(entity_id or "")
        if entity is None:
            return None
        if entity.kind == "country":
            return entity.id
        return entity.stands_for or entity.country

    @overload
    def state_or_self(self, entity_id: str) -> str: ...
    @overload
    def state_or_self(self, entity_id: None) -> None: ...
    @overload
    def state_or_self(self, entity_id: str | None) -> str | None: ...
    def state_or_self(self, entity_id: str | None) -> str | None:
        """The state an entity acts for, or the entity itself when it has none (the UN):
        what two facts must share to be about the same party."""
        return self.state_of(entity_id) or entity_id

    def acting_party(self, entity_id: str) -> str:
        """Who acts when a text names ``entity_id`` as acting: a capital stands for its
        government; anything else for itself."""
        entity = self.entities.get(entity_id)
        return entity.stands_for if entity is not None and entity.stands_for else entity_id

    def kind_of(self, entity_id: str | None) -> str | None:
        entity = self.entities.get(entity_id or "")
        return entity.kind if entity is not None else None

    def coordinates_of(self, entity_id: str | None) -> tuple[float, float] | None:
        """(lat, lon) to draw an entity at on a map: a place's own coordinates, a country's
        capital. None for every other kind: a person, an agency or a weapon is not a place,
        and drawing it at its state's capital would put what it does where it did not
        happen (a caller who means the state asks for ``state_of(id)``)."""
        entity = self.entities.get(entity_id or "")
        if entity is None or entity.kind not in ("place", "country"):
            return None
        return self._coordinates.get(entity.id)

    def aliases_of(self, entity_id: str) -> list[str]:
        entity = self.entities.get(entity_id)
        return [a for _, names in entity.names for a in names] if entity is not None else []

    def alias_hits(self, text: str) -> list[AliasHit]:
        """Every alias occurring in ``text``, overlapping ones included."""
        hits = []
        for end_index, (form, ids) in self._automaton.iter(text):
            hits.append(AliasHit(end_index - len(form) + 1, end_index + 1, form, ids))
        return hits


def longest_leftmost(hits: list[AliasHit]) -> list[tuple[int, int, str]]:
    """(start, end, entity id) of the hits that do not overlap a longer or earlier one:
    a longer form shields the shorter ones inside it (the Pentagon's name contains the
    United States' one)."""
    ordered = sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))
    found: list[tuple[int, int, str]] = []
    covered_to = -1
    for hit in ordered:
        if hit.start >= covered_to:
            found += [(hit.start, hit.end, entity_id) for entity_id in hit.entity_ids]
            covered_to = hit.end
    return found
