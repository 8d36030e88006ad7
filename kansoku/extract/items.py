"""What moves, and what a count quantifies: each transfer's or deployment's item, each
figure's event, the same in every language.

The language read what an event word's phrases name as moving (``TriggerReading.items``);
here the domain decides (``data/categories.yaml``): only an event of a category that moves
things has an item; one whose phrases name none takes the item its mode is (a dispatch
moves troops), else what a count of its sentence that no other of its events claims
counts (the containers of a shipment), else the item its mode guesses (a supply that
names nothing: weapons). A count quantifies the event of its sentence that moves what it
counts (a troop count, the dispatch), told with the same modality, or the event it is by
itself evidence of (dead and wounded: the combat).
"""

from __future__ import annotations

from collections.abc import Sequence

from kansoku.knowledge import Knowledge
from kansoku.model import Event, Figure
from kansoku.reading import TriggerReading

# Statuses that tell something as having happened (the rest: possible, planned, denied).
_CLAIMED = frozenset({"asserted", "reported", "estimated"})


def read_item(
    trigger: TriggerReading,
    category: str,
    mode: str | None,
    target: str | None,
    knowledge: Knowledge,
) -> str | None:
    """The item of an event of ``category`` and ``mode`` aimed at ``target`` told by
    ``trigger``: the one its phrase names (of items named together, the one that takes in
    the others: sappers and builders are troops), else the item its mode is; None for an
    event that moves nothing. The object of a word whose object is not what it moves
    (categories.yaml: cargo_modes) names no item when it is whom the event is aimed at
    (supported the Russian army: the army is no cargo)."""
    if not knowledge.categories.get(category).moves_things:
        return None
    items = knowledge.categories.items
    party = knowledge.gazetteer.acting_party
    aimed_at = trigger.entry.mode not in knowledge.categories.cargo_modes and target in {
        party(o) for o in trigger.args.objects
    }
    named = None if aimed_at else items.common([i for i in trigger.items if i in items.order])
    return named or items.by_mode.get(mode or "")


def _moves(event: Event, knowledge: Knowledge) -> bool:
    return knowledge.categories.get(event.type).moves_things


def _counts(event: Event, figure: Figure, knowledge: Knowledge) -> bool:
    """The count can be of what the event moves."""
    return event.item in knowledge.categories.items.counted.get(figure.kind, ())


def counted_items(events: Sequence[Event], figures: Sequence[Figure], knowledge: Knowledge) -> None:
    """An event that moves things and names nothing it moves takes what a count of its
    sentence counts — one of its actor's, or no one's yet, that no event of the sentence
    moves already — else the item its mode guesses."""
    items = knowledge.categories.items
    gaz = knowledge.gazetteer
    claimed = {id(f) for f in figures for e in events if e.item and _counts(e, f, knowledge)}
    for event in events:
        if event.item is not None or not _moves(event, knowledge):
            continue
        state = gaz.state_of(event.actor)
        count = next(
            (f for f in figures
             if id(f) not in claimed and items.of_count(f.kind, f.measure)
             and f.subject in (None, state)),
            None,
        )  # fmt: skip
        if count is not None:
            event.item = items.of_count(count.kind, count.measure)
            claimed.add(id(count))
        else:
            event.item = items.guessed.get(event.mode or "")


def _modality(status: str) -> str:
    return "claimed" if status in _CLAIMED else status


def link_figures(
    figures: Sequence[Figure], events: Sequence[Event], made: Sequence[Event], knowledge: Knowledge
) -> None:
    """Each count of the sentence quantifies an event of it: the one a count of its kind
    made (casualties: the combat against their side), else the first one that moves what
    it counts (the item it is by itself first: a count of workers, their dispatch, before
    a dispatch of troops), told with the same modality — or, when no such event is there,
    one told otherwise that no other count quantifies (6,000 sappers, whose dispatch was
    decided: planned)."""
    for figure in figures:
        implied = knowledge.categories.figure_events.get(figure.kind)
        evidence = [
            e for e in made
            if implied and (e.type, e.mode, e.target) == (implied.category, implied.mode,
                                                          figure.subject)
        ]  # fmt: skip
        figure.event = next(iter(evidence), None) or _mover(figure, events, knowledge, True)
    quantified = {id(f.event) for f in figures if f.event is not None}
    for figure in figures:
        if figure.event is None:
            figure.event = _mover(figure, events, knowledge, False, quantified)


def _mover(
    figure: Figure,
    events: Sequence[Event],
    knowledge: Knowledge,
    same: bool,
    quantified: set[int] | None = None,
) -> Event | None:
    """The event a count quantifies among those that move what it counts: told with the
    same modality (``same``), else told otherwise and not quantified yet."""
    modality = _modality(figure.status)
    movers = [
        e for e in events
        if _moves(e, knowledge) and _counts(e, figure, knowledge)
        and (_modality(e.status) == modality) == same and id(e) not in (quantified or ())
    ]  # fmt: skip
    own = knowledge.categories.items.of_count(figure.kind, figure.measure)
    return next((e for e in movers if e.item == own), next(iter(movers), None))
