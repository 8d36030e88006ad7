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
    gaz = knowledge.gazetteer
    calendar = [d for d in reading.dates if d.calendar]
    figures = []
    for item in reading.quantities:
        q = item.quantity
        as_of, basis = None, None
        nearest = min(calendar, key=lambda d: abs(d.start - q.start)) if calendar else None
        if nearest is not None and not nearest.since:
            # A count over a period (from September to March) is its total by the end.
            as_of, basis = nearest.end_value or nearest.value, "text"
        elif reference:
            # Since last summer, …: the count stands as of the telling.
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
                source=gaz.acting_party(item.claim.source) if item.claim.source else None,
                # 12,000 more expected: a count to come is not one of those there now.
                measure=item.measure
                or ("planned" if item.claim.status == "planned" else None)
                or _moving(reading, item.kind, knowledge),
                credited=item.claim.credited,
            )
        )
    return figures


def _moving(reading: SentenceReading, kind: str, knowledge: Knowledge) -> str | None:
    """The measure the sentence's movement gives counts of what moves: troops heading to
    the front are those on their way, a quantity apart from those already there."""
    if kind in knowledge.categories.never_sent:
        return None
    return next((t.entry.measure for t in reading.triggers if t.entry.measure), None)


def fill_owners(
    figures: list[Figure], reading: SentenceReading, events: list[Event], knowledge: Knowledge
) -> None:
    """A count with no owner in its phrase belongs with the sentence's other counts of the
    same kind, else with the counts that make it (voyages are the ships'), else with the
    actor of the sentence's deployment or supply, told as an event or not (its state: a
    minister's troops are his country's), else with its clause's topic — unless the topic
    is who tells it (a ministry announcing that 10,000 troops were sent: its count, not
    its troops)."""
    gaz = knowledge.gazetteer
    movers = [e for e in events if knowledge.categories.sends(e.type, e.mode)]
    # A sending kept as no event (北朝鮮が兵士1万人を派遣した names nowhere it went).
    senders = [
        t.args.actors[0] for t in reading.triggers
        if t.args.actors and knowledge.categories.get(t.entry.category).moves_things
    ]  # fmt: skip
    actor = gaz.state_of(movers[0].actor if movers else senders[0] if senders else None)

    def owner_of(kind: str | None) -> str | None:
        return next((f.subject for f in figures if f.kind == kind and f.subject), None)

    for figure, item in zip(figures, reading.quantities, strict=True):
        if figure.subject is not None:
            continue
        topic = _owner((item.topic,), knowledge) if item.topic else None
        if topic is not None and topic == gaz.state_of(figure.source):
            topic = None
        maker = knowledge.categories.made_by.get(figure.kind)
        figure.subject = owner_of(figure.kind) or owner_of(maker) or actor or topic


def fill_recipients(
    figures: list[Figure], reading: SentenceReading, events: list[Event], knowledge: Knowledge
) -> None:
    """Where counted things go: the target of the sentence's supply or deployment by the
    figure's owner (containers PRK → RUS is not the same quantity as RUS → PRK), else
    the destination of a sending that names no sender (9,000 containers were sent to
    North Korea: they go there, and are not North Korea's)."""
    gaz = knowledge.gazetteer
    unsent = [
        gaz.state_of(t.args.targets[0]) for t in reading.triggers
        if t.args.targets and not t.args.actors
        and knowledge.categories.sends(t.entry.category, t.entry.mode)
    ]  # fmt: skip
    for figure in figures:
        if figure.kind in knowledge.categories.never_sent:
            continue
        sendings = [
            e
            for e in events
            if knowledge.categories.sends(e.type, e.mode)
            and gaz.state_of(e.actor) == figure.subject
        ]
        if sendings:
            figure.recipient = _destination(figure, sendings, knowledge)
        elif figure.recipient is None and unsent and unsent[0]:
            figure.recipient = unsent[0]
        if figure.subject is not None and figure.subject == figure.recipient:
            figure.subject = None  # what is sent to a state is not that state's


def _destination(figure: Figure, sendings: list[Event], knowledge: Knowledge) -> str | None:
    """The state the sentence's first sending goes to; for counts kept apart by place
    (troops sent to a front of the tracked war), the front any of them names there."""
    state = knowledge.gazetteer.state_of(sendings[0].target)
    if figure.kind in knowledge.categories.placed:
        for event in sendings:
            front = event.location in knowledge.topic.fronts
            if front and knowledge.gazetteer.state_of(event.location) == state:
                return event.location
    return state


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
