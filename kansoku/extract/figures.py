"""Figures from a sentence's quantity readings: whose, as of when, who says so.

A count belongs to a state: the owner the number's own phrase names (its agency or
army counts for the state), else the sentence's other counts of its kind, else the actor
of the sentence's deployment or supply. What moves goes to that event's target.
"""

from __future__ import annotations

from kansoku.knowledge import Knowledge
from kansoku.model import Event, Figure
from kansoku.reading import SentenceReading

# Entities whose counts are a state's: the state itself, its agencies and armed forces.
_OWNER_KINDS = ("country", "organization", "agency")


def _owner(owners: tuple[str, ...], knowledge: Knowledge) -> str | None:
    gaz = knowledge.gazetteer
    for entity_id in owners:
        state = gaz.state_of(entity_id)
        if gaz.kind_of(entity_id) in _OWNER_KINDS and state:
            return state
    return None


def sentence_figures(
    reading: SentenceReading, reference: str | None, knowledge: Knowledge
) -> list[Figure]:
    """The figures of one read sentence (offsets into it; the caller places them)."""
    calendar = [d for d in reading.dates if d.calendar]
    figures = []
    for item in reading.quantities:
        q = item.quantity
        as_of, basis = None, None
        if calendar:
            as_of = min(calendar, key=lambda d: abs(d.start - q.start)).value
            basis = "text"
        elif reference:
            as_of, basis = reference[:7], "published"
        figures.append(
            Figure(
                kind=item.kind,
                value=q.value,
                unit=item.unit,
                start=0,
                end=0,
                quantity=q.text,
                value_max=q.value_max,
                qualifier=q.qualifier,
                subject=_owner(item.owners, knowledge),
                as_of=as_of,
                as_of_basis=basis,
                status=item.claim.status,
                source=item.claim.source,
                measure=item.measure,
                credited=item.claim.credited,
            )
        )
    return figures


def fill_owners(figures: list[Figure], events: list[Event], knowledge: Knowledge) -> None:
    """A count with no owner in its phrase belongs with the sentence's other counts of the
    same kind, else with the actor of the sentence's deployment or supply (its state:
    a minister's troops are his country's)."""
    movers = [e for e in events if knowledge.categories.get(e.type).moves_things]
    actor = knowledge.gazetteer.state_of(movers[0].actor) if movers else None
    for figure in figures:
        if figure.subject is None:
            figure.subject = (
                next((f.subject for f in figures if f.kind == figure.kind and f.subject), None)
                or actor
            )


def fill_recipients(figures: list[Figure], events: list[Event], knowledge: Knowledge) -> None:
    """Where counted things go: the target of the sentence's supply or deployment by the
    figure's owner (containers PRK → RUS is not the same quantity as RUS → PRK)."""
    gaz = knowledge.gazetteer
    for figure in figures:
        for event in events:
            if knowledge.categories.get(event.type).moves_things and (
                gaz.state_of(event.actor) == figure.subject
            ):
                figure.recipient = gaz.state_of(event.target)
                break


def figure_events(figures: list[Figure], names: list[str], knowledge: Knowledge) -> list[Event]:
    """Counts that are evidence of an event by themselves (the categories' figure_events):
    dead and wounded among one side are combat against it by the other side of the
    tracked conflict — the one the sentence names (``names``: the states it names), else
    its first. The state crediting the figure is its reporter, not a belligerent."""
    for figure in figures:
        implied = knowledge.categories.figure_events.get(figure.kind)
        if implied is None or figure.subject is None:
            continue
        opponents = knowledge.topic.opponents(figure.subject)
        others = [s for s in names if s in opponents] or list(opponents[:1])
        if others:
            status = figure.status if figure.status != "estimated" else "reported"
            return [
                Event(type=implied.category, mode=implied.mode, actor=others[0],
                      target=figure.subject, start=0, end=0, trigger=figure.quantity,
                      date_start=figure.as_of, date_basis=figure.as_of_basis, status=status,
                      source=figure.source, confidence=0.4, credited=figure.credited)
            ]  # fmt: skip
    return []
