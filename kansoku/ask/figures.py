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
from kansoku.ask.records import AnswerLine, Disagreement, Page, Understood
from kansoku.ask.words import AskRules
from kansoku.knowledge import Knowledge
from kansoku.store import StoreReader
from kansoku.store.records import EntityRef, FigureFilter, FigureOutline, StoredFigure


def side(ref: EntityRef | None, knowledge: Knowledge) -> str | None:
    """The state a fact's entity stands for; an entity of no state stands for itself."""
    if ref is None:
        return None
    return knowledge.gazetteer.state_or_self(ref.id)


def entity_side(entity_id: str, knowledge: Knowledge) -> str:
    """The state an entity (by id) stands for, or itself."""
    return knowledge.gazetteer.state_or_self(entity_id)


def asked_figures(store: StoreReader, u: Understood, knowledge: Knowledge) -> list[FigureOutline]:
    """The figures of the kinds asked for, whose and where to as the question says, of
    the measure it asks (else the plain count, when there is one): outlines, as there
    may be thousands."""
    found = [
        f for kind in u.kinds
        for f in store.figure_outlines(FigureFilter(kind=kind, since=u.since, until=u.until))
    ]  # fmt: skip
    found = _owned(found, u, knowledge)
    if u.unit and any(f.unit == u.unit for f in found):  # barrels of oil, not tonnes
        found = [f for f in found if f.unit == u.unit]
    if u.measure:
        measured = [f for f in found if u.measure in (f.measure or "").split("+")]
        return measured or found
    plain = [f for f in found if f.measure is None]
    return plain or found


def _owned(
    figures: list[FigureOutline], u: Understood, knowledge: Knowledge
) -> list[FigureOutline]:
    """Figures owned by the state the question counts for (the actor of its verb, the
    state in the name holding the kind's word, else the first state it names) and going
    to one it names, if anywhere; failing that, counts going to that state (what Russia
    received is what others sent it). A person or agency named but not as the owner is
    who says so: only their figures."""
    named = [e for e in u.entities if e.match == "state" or e.id in u.owners]
    sources = {e.id for e in u.entities if e.match == "exact" and e.id not in u.owners}
    if sources:
        figures = [f for f in figures if f.source in sources]
    if not named:
        return figures
    owners = {entity_side(o, knowledge) for o in u.owners} or {entity_side(named[0].id, knowledge)}
    others = {entity_side(e.id, knowledge) for e in named} - owners

    sides: dict[str | None, str | None] = {None: None}  # thousands of figures, few ids

    def of(entity_id: str | None) -> str | None:
        if entity_id not in sides:
            sides[entity_id] = entity_side(entity_id, knowledge) if entity_id else None
        return sides[entity_id]

    def goes_to(f: FigureOutline, states: set[str]) -> bool:
        return f.recipient is None or not states or of(f.recipient) in states

    kept = [f for f in figures if of(f.subject) in owners and goes_to(f, others)]
    if kept:
        return kept
    return [
        f for f in figures
        if f.recipient and of(f.recipient) in owners
        and (not others or of(f.subject) in others)
    ]  # fmt: skip


def series_name(figure: StoredFigure | FigureOutline) -> str:
    """The series a figure belongs to (a figure of no series is a series of its own)."""
    return figure.series.render() if figure.series else f"{figure.kind}|{figure.unit}|{figure.id}"


def ordered_series(figures: list[FigureOutline], u: Understood) -> list[list[FigureOutline]]:
    """Figures grouped by series, the series with a figure going to a place the question
    names first, then the most reported; within a series the most recent first (as-of
    date, undated last): the order in which an answer's pages cite them."""
    groups: dict[str, list[FigureOutline]] = defaultdict(list)
    for f in sorted(figures, key=lambda f: f.as_of or "", reverse=True):  # undated last
        groups[series_name(f)].append(f)
    places = {e.id for e in u.entities if e.kind == "place"}

    def rank(group: list[FigureOutline]) -> tuple[int, int, str]:
        to_place = any(f.recipient in places for f in group)
        return (0 if to_place else 1, -len(group), series_name(group[0]))

    return sorted(groups.values(), key=rank)


def _page(
    store: StoreReader, series: list[list[FigureOutline]], rules: AskRules, page: Page
) -> list[list[StoredFigure]]:
    """The page's figures read whole, series by series, each series by as-of date
    (undated last), as a reader follows them."""
    limit = rules.max_figures if page.limit is None else page.limit
    chosen = [f for group in series for f in group][page.offset : page.offset + limit]
    wanted = {f.id for f in chosen}
    groups: list[list[StoredFigure]] = []
    for group in series:  # a page holds a few: one read each
        whole = [w for f in group if f.id in wanted and (w := store.figure(f.id))]
        if whole:
            groups.append(sorted(whole, key=lambda f: (f.as_of is None, f.as_of or "", f.id)))
    return groups


def figure_answer(
    store: StoreReader,
    u: Understood,
    knowledge: Knowledge,
    rules: AskRules,
    citer: Citer,
    page: Page,
) -> tuple[list[AnswerLine], list[Disagreement], str | None, int]:
    """Lines, disagreements, a one-line summary and how many figures answer in all, for a
    how-many question: the page's figures are cited (the best series' most recent first),
    the others counted; disagreements are among the cited ones."""
    outlines = asked_figures(store, u, knowledge)
    series = _page(store, ordered_series(outlines, u), rules, page)
    lines = [line for group in series for f in group if (line := figure_line(f, citer))]
    disagreements = [d for group in series for d in differences(group, lines, rules, citer)]
    disagreements += stored_findings(store, [line.fact_id for line in lines], [], rules)
    if not lines:
        return [], [], None, len(outlines)
    told = {line.fact_id: line for line in lines}
    heads = [
        f"{group[0].kind}" + (f" ({group[0].measure})" if group[0].measure else "")
        + f" of {group[0].subject.name_en if group[0].subject else 'no one named'}: "
        + ", ".join(_point(told[f.id]) for f in group if f.id in told)
        for group in series
    ]  # fmt: skip
    summary = "; ".join(heads)
    if len(outlines) > len(lines):  # the rest are a page away (ask's limit and offset)
        summary += f" ({len(lines)} of {len(outlines)} reports cited)"
    return lines, disagreements, summary, len(outlines)


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
