"""What each event category means for reasoning about it (``data/categories.yaml``).

Extraction and reconciliation ask a :class:`Categories` object (is this category
symmetric? hostile? does it stand alone?) instead of comparing category names, so a
profile can add or change categories without touching code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Category:
    name: str
    symmetric: bool = False
    directed_modes: frozenset[str] = frozenset()
    symmetric_modes: frozenset[str] = frozenset()
    hostile: bool = False
    armed: bool = False  # done by armed forces: never by a person
    accusation: bool = False  # a charge against the target, which its denial answers
    moves_things: bool = False
    implied_target: tuple[str, ...] = ()
    judgement_modes: frozenset[str] = frozenset()  # events only with their target named
    on_ally_soil: str | None = None
    # Troops sent onto the other side's soil of the tracked conflict go to fight there.
    at_the_front: str | None = None
    stands_alone: bool = False
    stands_alone_modes: frozenset[str] = frozenset()
    denial_modes: frozenset[str] = frozenset()
    deniable: bool = False
    # Occurs again and again (strikes, launches, threats): the same teller telling one
    # with no date on two pages is not thereby telling one occurrence.
    recurs: bool = False


@dataclass(frozen=True)
class FigureEvent:
    """An event a count is evidence of by itself (casualties → combat against their side)."""

    category: str
    mode: str | None


@dataclass(frozen=True)
class Items:
    """What transfers and deployments move (an event's item): the ids, the items modes
    are or guess, what counts count, and which items take in others."""

    order: tuple[str, ...] = ()  # every item, in the order categories.yaml lists them
    by_mode: dict[str, str] = field(default_factory=dict)  # a dispatch of troops: troops
    guessed: dict[str, str] = field(default_factory=dict)  # a supply naming nothing: weapons
    counted: dict[str, tuple[str, ...]] = field(default_factory=dict)  # count kind → items
    narrower: dict[str, frozenset[str]] = field(default_factory=dict)  # weapons → shells…

    def of_count(self, kind: str, measure: str | None) -> str | None:
        """The item a count is of by itself: its measure when that is one of the items its
        kind counts (troops counted as workers), else the first of them."""
        counted = self.counted.get(kind, ())
        return measure if measure in counted else next(iter(counted), None)

    def common(self, named: Sequence[str]) -> str | None:
        """One item for items named together (sappers and builders): the one of them
        that takes in the others, else the narrowest item that takes in them all
        (shells and rockets: munitions, not weapons), else the first of them in the
        list of items."""
        if len(set(named)) <= 1:
            return next(iter(named), None)
        wider = [
            item for item in self.order
            if all(n == item or n in self.narrower.get(item, ()) for n in named)
        ]  # fmt: skip
        if wider:  # the one the most others that take them all take in
            return max(wider, key=lambda w: sum(w in self.narrower.get(o, ()) for o in wider))
        return min(named, key=lambda n: self.order.index(n) if n in self.order else len(self.order))

    def agree(self, a: str | None, b: str | None) -> bool:
        """Two reports' items can be one transfer's: either names none, they are the same,
        or one takes in the other (weapons and shells; not shells and missiles)."""
        if a is None or b is None or a == b:
            return True
        return b in self.narrower.get(a, ()) or a in self.narrower.get(b, ())


@dataclass(frozen=True)
class Categories:
    by_name: dict[str, Category]
    cargo_modes: frozenset[str] = frozenset()
    # Modes of acts that carry what may be another's (a shipment, ships plying a route):
    # the state whose cargo it is sends it, not the carrier.
    carried_modes: frozenset[str] = frozenset()
    treaty_modes: frozenset[str] = frozenset()
    figure_events: dict[str, FigureEvent] = field(default_factory=dict)
    smallest_counts: dict[str, float] = field(default_factory=dict)
    made_by: dict[str, str] = field(default_factory=dict)  # count kind → whose counts own it
    never_sent: frozenset[str] = frozenset()  # count kinds that go nowhere
    placed: frozenset[str] = frozenset()  # count kinds kept apart by the place they go to
    items: Items = field(default_factory=Items)  # what transfers and deployments move

    def get(self, name: str) -> Category:
        """The category's behaviour; a name the data does not list behaves as a plain
        interaction (two parties, no special reasoning)."""
        return self.by_name.get(name) or Category(name)

    def symmetric(self, name: str, mode: str | None) -> bool:
        """Whether the parties' order leaves the occurrence the same (a meeting, not a visit)."""
        category = self.get(name)
        if mode in category.symmetric_modes:
            return True
        return category.symmetric and mode not in category.directed_modes

    def sends(self, name: str, mode: str | None) -> bool:
        """Things go from the actor to the target (a shipment, a deployment)."""
        return self.get(name).moves_things and not self.symmetric(name, mode)

    def shuttles(self, name: str, mode: str | None) -> bool:
        """Things go back and forth between the parties (ships plying a route): no way of
        their own."""
        return self.get(name).moves_things and self.symmetric(name, mode)

    def stands_alone(self, name: str, mode: str | None) -> bool:
        category = self.get(name)
        return category.stands_alone or mode in category.stands_alone_modes

    def answers_unnamed(self, name: str, mode: str | None) -> bool:
        """A reaction that may name no one: whom it answers is found around it."""
        category = self.get(name)
        return (
            "answered" in category.implied_target
            and mode not in category.judgement_modes
            and not self.stands_alone(name, mode)
        )

    def is_denial(self, name: str, mode: str | None) -> bool:
        return mode in self.get(name).denial_modes

    def deniable(self) -> frozenset[str]:
        return frozenset(c.name for c in self.by_name.values() if c.deniable)


def load_categories(data: dict[str, Any]) -> Categories:
    by_name = {}
    for name, spec in (data.get("categories") or {}).items():
        spec = spec or {}
        by_name[name] = Category(
            name=name,
            symmetric=bool(spec.get("symmetric")),
            directed_modes=frozenset(spec.get("directed_modes") or ()),
            symmetric_modes=frozenset(spec.get("symmetric_modes") or ()),
            hostile=bool(spec.get("hostile")),
            armed=bool(spec.get("armed")),
            accusation=bool(spec.get("accusation")),
            moves_things=bool(spec.get("moves_things")),
            implied_target=tuple(spec.get("implied_target") or ()),
            judgement_modes=frozenset(spec.get("judgement_modes") or ()),
            on_ally_soil=spec.get("on_ally_soil"),
            at_the_front=spec.get("at_the_front"),
            stands_alone=bool(spec.get("stands_alone")),
            stands_alone_modes=frozenset(spec.get("stands_alone_modes") or ()),
            denial_modes=frozenset(spec.get("denial_modes") or ()),
            deniable=bool(spec.get("deniable")),
            recurs=bool(spec.get("recurs")),
        )
    figure_events = {
        kind: FigureEvent(category=spec["category"], mode=spec.get("mode"))
        for kind, spec in (data.get("figure_events") or {}).items()
    }
    return Categories(
        by_name=by_name,
        cargo_modes=frozenset(data.get("cargo_modes") or ()),
        carried_modes=frozenset(data.get("carried_modes") or ()),
        treaty_modes=frozenset(data.get("treaty_modes") or ()),
        figure_events=figure_events,
        smallest_counts={str(k): float(v) for k, v in (data.get("smallest_counts") or {}).items()},
        made_by=dict(data.get("made_by") or {}),
        never_sent=frozenset(data.get("never_sent") or ()),
        placed=frozenset(data.get("placed") or ()),
        items=_load_items(data),
    )


def _load_items(data: dict[str, Any]) -> Items:
    ids = set(data.get("items") or ())
    tables = {
        name: dict(data.get(name) or {})
        for name in ("item_modes", "guessed_items", "counted_items", "broader_items")
    }
    named = set(tables["item_modes"].values()) | set(tables["guessed_items"].values())
    named |= {i for group in ("counted_items", "broader_items") for v in tables[group].values()
              for i in v} | set(tables["broader_items"])  # fmt: skip
    if named - ids:
        raise ValueError(f"categories.yaml names items it does not list: {sorted(named - ids)}")
    return Items(
        order=tuple(data.get("items") or ()),
        by_mode=tables["item_modes"],
        guessed=tables["guessed_items"],
        counted={k: tuple(v) for k, v in tables["counted_items"].items()},
        narrower={k: frozenset(v) for k, v in tables["broader_items"].items()},
    )
