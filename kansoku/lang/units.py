"""What a counted number measures, in any language: kinds by counter and noun, the
measures within a kind, currencies. Each language's ``units.yaml`` fills it with its own
words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class KindSpec:
    counters: frozenset[str]
    unit: str | dict[str, str]  # one unit, or one per counter (tonnes are not barrels)
    nouns: tuple[str, ...]

    def unit_for(self, counter: str | None) -> str:
        return self.unit.get(counter or "", "") if isinstance(self.unit, dict) else self.unit


@dataclass(frozen=True)
class Units:
    """What a counted number measures: kinds by counter and noun, measures, currencies."""

    kinds: dict[str, KindSpec]
    measures: dict[str, str]  # noun → what it counts within its kind
    measure_sets: dict[frozenset[str], str]  # measures named together → the one they make
    outcomes: dict[str, tuple[str, str]]  # verb after the counted people → (kind, measure)
    moved_by: dict[str, str]  # verb after a bare count → the kind it moves
    currencies: dict[str, str]
    money_kind: str
    estimate_words: tuple[str, ...]
    limit_words: tuple[str, ...]
    place_words: tuple[str, ...]
    count_fillers: frozenset[str] = frozenset()  # words between a noun and its count (수, 규모)


def load_units(data: dict[str, Any]) -> Units:
    return Units(
        kinds={
            kind: KindSpec(frozenset(spec["counters"]), spec["unit"], tuple(spec["nouns"]))
            for kind, spec in data["kinds"].items()
        },
        measures=dict(data.get("measures") or {}),
        measure_sets={frozenset(v): k for k, v in (data.get("measure_sets") or {}).items()},
        outcomes={verb: (kind, measure) for verb, (kind, measure) in data["outcomes"].items()},
        moved_by=dict(data["moved_by"]),
        currencies=dict(data["currencies"]),
        money_kind=str(data.get("money_kind", "money")),
        estimate_words=tuple(data.get("estimate_words") or ()),
        limit_words=tuple(data["limit_words"]),
        place_words=tuple(data.get("place_words") or ()),
        count_fillers=frozenset(data.get("count_fillers") or ()),
    )
