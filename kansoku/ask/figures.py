"""How-many questions → the figure series the store holds, each report a cited line.

The kind (and measure) asked for picks the figures; whose count it is and where it goes
narrow them to the entities the question names. Lines come series by series, each by its
as-of date (undated last). Reports of one series disagree when different sources give
values that cannot meet for nearby dates, or when one is a denial; the store's findings
about those figures (conflicting_figures…) are shown with them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from kansoku.ask.cite import Citer, figure_line
from kansoku.ask.records import AnswerLine, Disagreement, Understood
from kansoku.ask.words import AskRules
from kansoku.knowledge import Knowledge
from kansoku.store import StoreReader
from kansoku.store.records import EntityRef, FigureFilter, StoredFigure


def side(ref: EntityRef | None, knowledge: Knowledge) -> str | None:
    """The state a fact's entity stands for; an entity of no state stands for itself."""
    if ref is None:
        return None
    return knowledge.gazetteer.state_of(ref.id) or ref.id


def entity_side(entity_id: str, knowledge: Knowledge) -> str:
    return knowledge.gazetteer.state_of(entity_id) or entity_id


def asked_figures(store: StoreReader, u: Understood, knowledge: Knowledge) -> list[StoredFigure]:
    """The figures of the kinds asked for, whose and where to as the question says, of
    the measure it asks (else the plain count, when there is one)."""
    found = [
        f for kind in u.kinds
        for f in store.figures(FigureFilter(kind=kind, since=u.since, until=u.until))
    ]  # fmt: skip
    found = _owned(found, u, knowledge)
    if u.unit and any(f.unit == u.unit for f in found):  # barrels of oil, not tonnes
        found = [f for f in found if f.unit == u.unit]
    if u.measure:
        measured = [f for f in found if u.measure in (f.measure or "").split("+")]
        return measured or found
    plain = [f for f in found if f.measure is None]
    return plain or found


def _owned(figures: list[StoredFigure], u: Understood, knowledge: Knowledge) -> list[StoredFigure]:
    """Figures owned by the state the question counts for (the actor of its verb, the
    state in the name holding the kind's word, else the first state it names) and going
    to one it names, if anywhere; failing that, counts going to that state (what Russia
    received is what others sent it). A person or agency named but not as the owner is
    who says so: only their figures."""
    named = [e for e in u.entities if e.match == "state" or e.id in u.owners]
    sources = {e.id for e in u.entities if e.match == "exact" and e.id not in u.owners}
    if sources:
        figures = [f for f in figures if f.source and f.source.id in sources]
    if not named:
        return figures
    owners = {entity_side(o, knowledge) for o in u.owners} or {entity_side(named[0].id, knowledge)}
    others = {entity_side(e.id, knowledge) for e in named} - owners

    def goes_to(f: StoredFigure, states: set[str]) -> bool:
        return f.recipient is None or not states or side(f.recipient, knowledge) in states

    kept = [f for f in figures if side(f.subject, knowledge) in owners and goes_to(f, others)]
    if kept:
        return kept
    return [
        f for f in figures
        if f.recipient and side(f.recipient, knowledge) in owners
        and (not others or side(f.subject, knowledge) in others)
    ]  # fmt: skip


def series_name(figure: StoredFigure) -> str:
    """The series a figure belongs to (a figure of no series is a series of its own)."""
    return figure.series.render() if figure.series else f"{figure.kind}|{figure.unit}|{figure.id}"


def ordered_series(figures: list[StoredFigure], u: Understood) -> list[list[StoredFigure]]:
    """Figures grouped by series, the series with a figure going to a place the question
    names first, then the most reported; within a series by as-of date, undated last."""
    groups: dict[str, list[StoredFigure]] = defaultdict(list)
    for f in figures:
        groups[series_name(f)].append(f)
    places = {e.id for e in u.entities if e.kind == "place"}

    def rank(group: list[StoredFigure]) -> tuple[int, int, str]:
        to_place = any(f.recipient and f.recipient.id in places for f in group)
        return (0 if to_place else 1, -len(group), series_name(group[0]))

    return [
        sorted(group, key=lambda f: (f.as_of is None, f.as_of or "", f.id))
        for group in sorted(groups.values(), key=rank)
    ]


def figure_answer(
    store: StoreReader, u: Understood, knowledge: Knowledge, rules: AskRules, citer: Citer
) -> tuple[list[AnswerLine], list[Disagreement], str | None]:
    """Lines, disagreements and a one-line summary for a how-many question."""
    series = ordered_series(asked_figures(store, u, knowledge), u)
    lines = [line for group in series for f in group if (line := figure_line(f, citer))]
    disagreements = [d for group in series for d in differences(group, lines, rules, citer)]
    disagreements += stored_findings(store, [line.fact_id for line in lines], [], rules)
    if not lines:
        return [], [], None
    told = {line.fact_id: line for line in lines}
    heads = [
        f"{group[0].kind}" + (f" ({group[0].measure})" if group[0].measure else "")
        + f" of {group[0].subject.name_en if group[0].subject else 'no one named'}: "
        + ", ".join(_point(told[f.id]) for f in group if f.id in told)
        for group in series
    ]  # fmt: skip
    return lines, disagreements, "; ".join(heads)


def _point(line: AnswerLine) -> str:
    return f"{line.as_written} ({line.source or 'unattributed'}, {line.date or 'undated'})"


def _range(line: AnswerLine) -> tuple[float, float]:
    """The values a report allows: over 10,000 has no top, up to 5 million no bottom,
    hundreds of thousands runs to ten times its lower bound."""
    low = line.value or 0.0
    high = line.value_max or low
    if line.qualifier == "at_least":
        high = float("inf")
    elif line.qualifier in ("at_most", "up_to"):
        low = 0.0
    elif line.qualifier == "several":
        high = low * 10
    return low, high


def _months(a: str, b: str) -> int:
    """Months between two ISO dates (a year alone counts as its middle)."""

    def month(d: str) -> int:
        return int(d[:4]) * 12 + (int(d[5:7]) if len(d) >= 7 else 6)

    return abs(month(a) - month(b))


def differences(
    group: list[StoredFigure], lines: list[AnswerLine], rules: AskRules, citer: Citer
) -> Iterable[Disagreement]:
    """Reports of one series that disagree: a denial, or different values from different
    sources for dates at most ``rules.nearby_months`` apart (a report without an as-of
    date counts from its publication)."""
    by_id = {line.fact_id: line for line in lines}
    told = [by_id[f.id] for f in group if f.id in by_id]
    for line in told:
        if line.status == "denied":
            yield Disagreement(
                kind="denial",
                summary=f"{line.source or 'unattributed'} denies {line.as_written} {line.kind}",
                figure_ids=(line.fact_id,),
            )
    claims = [line for line in told if line.status in rules.claimed]
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            when_a, when_b = a.date or a.published, b.date or b.published
            if a.source_id == b.source_id or not when_a or not when_b:
                continue
            if _months(when_a, when_b) > rules.nearby_months:
                continue
            (a_low, a_high), (b_low, b_high) = _range(a), _range(b)
            if a_high < b_low or b_high < a_low:
                yield Disagreement(
                    kind="differing_values",
                    summary=f"{a.kind}: {_point(a)} and {_point(b)} differ",
                    figure_ids=(a.fact_id, b.fact_id),
                )


def stored_findings(
    store: StoreReader, figure_ids: list[str], event_ids: list[str], rules: AskRules
) -> list[Disagreement]:
    """The store's findings of disagreement that link any of these facts."""
    figures, events = set(figure_ids), set(event_ids)
    return [
        Disagreement(
            kind=f.kind, summary=f.summary, figure_ids=f.figure_ids, event_ids=f.event_ids,
            finding_id=f.id,
        )
        for f in store.findings()
        if f.kind in rules.disagreement_findings
        and (figures & set(f.figure_ids) or events & set(f.event_ids))
    ]  # fmt: skip
