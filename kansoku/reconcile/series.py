"""Figures → series, and the findings of a series (figure_series, conflicting_figures).

Figures form a series when they measure one quantity: kind, measure (killed, wounded),
whose, and to whom (containers North Korea → Russia, not the other way).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from kansoku.knowledge import Knowledge
from kansoku.reconcile.parties import name_of, side_of, stable_id
from kansoku.store.records import FigureReport, Finding, SeriesKey, reading_order

# How far a reported number may stand from the truth and still be "that number".
_SPREAD = {"exact": (0.95, 1.05), "about": (0.8, 1.25), "at_least": (1.0, float("inf")),
           "at_most": (0.0, 1.0), "up_to": (0.0, 1.0), "several": (1.0, 10.0)}  # fmt: skip


def series_keys(reports: Sequence[FigureReport], k: Knowledge) -> dict[str, SeriesKey | None]:
    """Each figure's series: kind, measure, unit and whose, the figures that may measure
    one quantity (split further by where they go, see ``_by_recipient``); tonnes of oil
    are not barrels of it. ``reports`` are whole documents' figures: a count of carriers
    told with what they made (2 ships made 5 round trips) describes that count, the fleet
    of that operation, and is no quantity of its own."""
    made = set(k.categories.made_by.values())
    makers_at = {
        (f.doc_id, f.start) for f in reports if f.kind in k.categories.made_by
    }  # sentences counting something carriers made
    # A vague count (thousands of troops) in a document that also gives the count as a
    # number only rounds one of its numbers: no point of its own.
    exact = {(f.doc_id, f.kind) for f in reports if f.qualifier != "several"}
    return {
        f.id: None
        if (f.kind in made and (f.doc_id, f.start) in makers_at)
        or (f.qualifier == "several" and (f.doc_id, f.kind) in exact)
        else _series_key(f, k)
        for f in reports
    }


def _series_key(report: FigureReport, k: Knowledge) -> SeriesKey | None:
    """The series of one figure taken alone (see ``series_keys``)."""
    subject = side_of(report.subject, k)
    if subject is None:
        return None  # whose it is decides what it measures: no owner, no series
    return SeriesKey(report.kind, report.unit, subject, report.measure)


def _destination(recipient: str | None, k: Knowledge) -> str | None:
    """Where a figure's things go, as series tell them apart: the state, or the place
    inside it when the figure names one (see the categories' ``placed`` kinds)."""
    entity = k.gazetteer.entities.get(recipient or "")
    if entity is not None and entity.kind == "place":
        return entity.id
    return side_of(recipient, k)


def _by_recipient(
    figures: Sequence[FigureReport], k: Knowledge
) -> dict[str | None, list[FigureReport]]:
    """Containers North Korea → Russia are not the same quantity as Russia → North Korea,
    nor troops sent to a front as those sent to the country. A figure that does not say
    where it goes joins the state the others go to, when they go to only one (to it or
    to places in it); otherwise it stands with the undirected ones."""
    states = {side_of(f.recipient, k) for f in figures if f.recipient}
    groups: dict[str | None, list[FigureReport]] = defaultdict(list)
    for f in figures:
        to = _destination(f.recipient, k) if f.recipient else None
        groups[to if to else (next(iter(states)) if len(states) == 1 else None)].append(f)
    return groups


def _interval(figure: FigureReport) -> tuple[float, float]:
    low, high = _SPREAD.get(figure.qualifier, _SPREAD["exact"])
    top = figure.value_max or figure.value
    return figure.value * low, top * high


# "Several" counts by their order of magnitude, as a person says them.
_SEVERAL = {10: "dozens", 100: "hundreds", 1000: "thousands", 10_000: "tens of thousands",
            100_000: "hundreds of thousands", 1_000_000: "millions",
            10_000_000: "tens of millions"}  # fmt: skip


def _number(figure: FigureReport) -> str:
    """The value as a summary shows it: ~11,000, ≥300, 10,000–12,000, tens of thousands."""
    if figure.qualifier == "several" and figure.value in _SEVERAL:
        return _SEVERAL[int(figure.value)]
    value = f"{figure.value:,.0f}"
    if figure.value_max:
        value += f"–{figure.value_max:,.0f}"
    prefix = {"about": "~", "at_least": "≥", "at_most": "≤", "up_to": "≤", "several": "several "}
    return prefix.get(figure.qualifier, "") + value


def _when(figure: FigureReport) -> str:
    return figure.as_of or figure.doc_published or "undated"


def series_findings(key: SeriesKey, figures: Sequence[FigureReport], k: Knowledge) -> list[Finding]:
    """The findings of one series: per destination, figure_series and conflicting_figures."""
    found = []
    for recipient, group in sorted(_by_recipient(figures, k).items(), key=lambda kv: str(kv[0])):
        found += _series_findings(key, recipient, group, k)
    return found


_CLAIMS = ("asserted", "reported", "estimated")


def _conflict(a: FigureReport, b: FigureReport) -> bool:
    """Two values of one measure, from different sources, told for the same time, whose
    ranges (after their qualifiers: over 10,000 and about 11,000 agree) do not meet."""
    if a.measure != b.measure or a.source == b.source or a.value == b.value:
        return False
    if a.status not in _CLAIMS or b.status not in _CLAIMS:
        return False  # an expected number does not contradict a counted one
    if a.as_of_basis != "text" or b.as_of_basis != "text":
        return False  # a report's date says when it was told, not when it was true
    if (a.as_of or "")[:7] != (b.as_of or "")[:7]:
        return False
    (a_low, a_high), (b_low, b_high) = _interval(a), _interval(b)
    return a_high < b_low or b_high < a_low


def _reports(figures: list[FigureReport]) -> list[FigureReport]:
    """One figure per report: a text telling its number twice (the lead, then the body,
    crediting it once) reports it once, as its credited telling when there is one."""
    kept: dict[tuple[object, ...], FigureReport] = {}
    for f in sorted(figures, key=lambda f: (_when(f), reading_order(f))):
        told = (f.doc_id, f.value, f.value_max)
        if told not in kept or (f.source and not kept[told].source):
            kept[told] = f
    return sorted(kept.values(), key=lambda f: (_when(f), reading_order(f)))


def _series_findings(
    key: SeriesKey, recipient: str | None, figures: list[FigureReport], k: Knowledge
) -> list[Finding]:
    """figure_series for a quantity reported more than once; conflicting_figures for two
    values of it that cannot both hold."""
    ordered = _reports(figures)
    if len({(f.doc_id, f.source, (f.as_of or "")[:7]) for f in ordered}) < 2:
        # One telling (a text, its source, its date) is no quantity reported twice: 3,000
        # there now and 12,000 to come, told in one breath, are not a rise over time.
        return []
    label = (
        f"{name_of(key.subject, k)} {key.kind}"
        + (f" ({key.measure})" if key.measure else "")
        + (f" to {name_of(recipient, k)}" if recipient else "")
    )

    def point(f: FigureReport) -> str:
        return f"{_number(f)} ({name_of(f.source, k)}, {_when(f)})"

    # Only dated reports have an order; the undated are listed apart, not placed in time.
    dated = " → ".join(point(f) for f in ordered if _when(f) != "undated")
    undated = "; ".join(
        f"{_number(f)} ({name_of(f.source, k)})" for f in ordered if _when(f) == "undated"
    )
    found = [
        Finding(
            id="x-" + stable_id("figure_series", key.render(), recipient),
            kind="figure_series",
            summary=f"{label}: "
            + "; ".join(filter(None, [dated, undated and f"undated: {undated}"])),
            figure_ids=tuple(f.id for f in ordered),
            event_ids=(),
            doc_ids=tuple(sorted({f.doc_id for f in ordered})),
        )
    ]
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if _conflict(a, b):
                found.append(
                    Finding(
                        id="x-" + stable_id("conflicting_figures", a.id, b.id),
                        kind="conflicting_figures",
                        summary=(
                            f"{label}, {(a.as_of or '')[:7]}: {point(a)} and {point(b)} cannot "
                            f"both hold ({a.qualifier} vs {b.qualifier})"
                        ),
                        figure_ids=(a.id, b.id),
                        event_ids=(),
                        doc_ids=tuple(sorted({a.doc_id, b.doc_id})),
                    )
                )
    return found
