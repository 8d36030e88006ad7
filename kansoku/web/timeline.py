"""The timeline view: the chart draws every event of the window, up to ``MARKS`` (a page
of the list would leave most of it empty), as outlines without their sentences, saying
how many match when more do, the list below pages through them, and undated events
are listed apart, never placed on a made-up date. Zoom and pan are links that change the
window, so the page works with scripts off."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from kansoku.export import JSON
from kansoku.store import StoreReader
from kansoku.store.records import EventFilter, EventOutline, Stats, StoredEvent
from kansoku.web.svg import parse_period
from kansoku.web.views import (
    PAGE,
    STATUSES,
    Context,
    coverage,
    event_item,
    lines,
    paging,
    with_params,
)

# Events one chart draws at most (the page says how many more match: zoom or filter for
# them). More marks than this are unreadable in one chart and cost more than the 50 ms a
# page may take at 100,000 documents: each is a row and a line in every language.
MARKS = 500
OUTLIERS = 0.1  # at most this share of the oldest dates may open a zoom-out away
GAP = timedelta(days=365 * 2)  # a gap this long before them makes them outliers


def valid_date(value: str | None) -> str | None:
    """An ISO date of any precision as given, or None when it is not one."""
    return value if value and parse_period(value) else None


def first_day(iso: str) -> date:
    period = parse_period(iso)
    if period is None:
        raise ValueError(f"not an ISO date: {iso!r}")
    return period.start


def last_day(iso: str) -> date:
    period = parse_period(iso)
    if period is None:
        raise ValueError(f"not an ISO date: {iso!r}")
    return period.end - timedelta(days=1)


@dataclass(frozen=True)
class TimelineQuery:
    """The timeline's filters and window, as the page's query string gives them (dates
    that are not ISO dates are dropped before they get here)."""

    actor: str | None = None
    category: str | None = None
    status: str | None = None
    language: str | None = None
    source: str | None = None
    since: str | None = None
    until: str | None = None
    page: int = 0

    def events(self, undated: bool = False) -> EventFilter:
        return EventFilter(
            actor=self.actor, type=self.category, status=self.status,
            language=self.language, source=self.source,
            # Without a window every dated event counts; undated ones are listed apart.
            since=None if undated else self.since or "0000",
            until=None if undated else self.until, undated=undated,
        )  # fmt: skip

    def link(self, **changes: Any) -> str:
        names = {"language": "lang"}  # the query string's name for it
        values = {names.get(k, k): v for k, v in {**self.__dict__, **changes}.items()}
        return with_params("/timeline", **values)


def timeline(store: StoreReader, ctx: Context, query: TimelineQuery) -> JSON:
    where = query.events()
    listed = list(store.events(where, limit=PAGE + 1, offset=query.page * PAGE))
    # The chart needs no sentence: outlines, whose reports are counted, not read.
    drawn = list(store.event_outlines(where, limit=MARKS + 1))
    matching = len(drawn) if len(drawn) <= MARKS else store.count_events(where)
    drawn = drawn[:MARKS]
    stats = store.stats()
    undated, undated_paging = _undated(store, query)
    periods = [(start, e.date.end) for e in drawn if (start := e.date.start)]
    starts = [start for start, _ in periods]
    until = query.until or max((e.date.end or e.date.start or "" for e in drawn), default=None)
    since = query.since or default_since(starts)
    return {
        "view": "timeline",
        "filters": {k: v for k, v in query.__dict__.items() if k != "page"},
        # More than MARKS match: the chart draws the earliest; zoom or filter for the rest.
        "window": {
            "since": since,
            "until": until,
            "outside": before_window(periods, since),
            "drawn": len(drawn),
            "matching": matching,
        },
        "navigation": _navigation(query, since, until, min(starts, default=None)),
        "marks": [_mark(ctx, e) for e in drawn],
        "events": [event_item(ctx, e) for e in listed[:PAGE]],
        "undated": [event_item(ctx, e) for e in undated],
        "undated_paging": undated_paging,
        "paging": paging(
            query.page, len(listed[:PAGE]), len(listed) > PAGE, lambda p: query.link(page=p)
        ),
        "options": _options(stats, ctx),
        "coverage": coverage(stats),
    }


def _undated(store: StoreReader, query: TimelineQuery) -> tuple[list[StoredEvent], JSON]:
    """The page of undated events the query's page asks for, with how many there are:
    they page with the dated list (one ``page`` parameter keeps every link of the page
    simple), and a window of dates leaves them out, as they have no date to fall in."""

    def link(page: int) -> str:
        return query.link(page=page) + "#undated"

    if query.since or query.until:
        return [], {"page": query.page, "size": PAGE, "shown": 0, "more": False, "total": 0,
                    "previous": None, "next": None, "first": 0, "last": 0}  # fmt: skip
    where = query.events(undated=True)
    listed = list(store.events(where, limit=PAGE + 1, offset=query.page * PAGE))
    more = len(listed) > PAGE
    total = store.count_events(where) if more or query.page else len(listed)
    shown = listed[:PAGE]
    return shown, {
        **paging(query.page, len(shown), more, link),
        "total": total,
        "first": query.page * PAGE + 1 if shown else 0,
        "last": query.page * PAGE + len(shown) if shown else 0,
    }


def _mark(ctx: Context, event: EventOutline) -> JSON:
    """What the chart needs of an event (the list carries the rest)."""
    return {
        "id": event.id, "type": event.type, "status": event.status, "reports": event.reports,
        "date": {"start": event.date.start, "end": event.date.end},
        "line": lines(ctx, event), "href": f"/events/{event.id}",
    }  # fmt: skip


def default_since(starts: list[str]) -> str | None:
    """Where an unzoomed timeline starts: the earliest date, unless a few old events (a
    treaty of 1961 recalled in 2024) lie years before the rest and would squeeze it into a
    sliver; then after that gap, the old ones a zoom-out away."""
    dated = sorted(starts)
    most = max(1, int(len(dated) * OUTLIERS))
    for i in range(1, min(most, len(dated) - 1) + 1):
        if first_day(dated[i]) - last_day(dated[i - 1]) > GAP:
            return dated[i]
    return dated[0] if dated else None


def before_window(dates: list[tuple[str, str | None]], since: str | None) -> int:
    """How many of the (start, end) dates end before the window opens (the chart leaves
    them out)."""
    if not since:
        return 0
    opens = first_day(since)
    return sum(1 for start, end in dates if last_day(end or start) < opens)


def _navigation(
    query: TimelineQuery, since: str | None, until: str | None, earliest: str | None
) -> JSON:
    """Links that zoom and pan the window; a step past the calendar's ends is left out."""
    if not (since and until):
        return {}
    start, end = first_day(since), last_day(until)
    span = max((end - start).days, 2)
    middle = start + timedelta(days=span // 2)
    steps: dict[str, Callable[[], tuple[date, date]]] = {
        "zoom_in": lambda: (middle - timedelta(days=span // 4), middle + timedelta(days=span // 4)),
        "zoom_out": lambda: (start - timedelta(days=span // 2), end + timedelta(days=span // 2)),
        "earlier": lambda: (start - timedelta(days=span // 2), end - timedelta(days=span // 2)),
        "later": lambda: (start + timedelta(days=span // 2), end + timedelta(days=span // 2)),
    }
    links: JSON = {}
    for name, step in steps.items():
        try:
            a, b = step()
        except OverflowError:
            continue
        links[name] = query.link(since=a.isoformat(), until=b.isoformat(), page=0)
    links["all"] = query.link(since=earliest, until=None, page=0)
    return links


def _options(stats: Stats, ctx: Context) -> JSON:
    gaz = ctx.knowledge.gazetteer
    return {
        "categories": sorted(ctx.knowledge.categories.by_name),
        "statuses": list(STATUSES),
        "languages": [lang for lang in stats.languages if lang != "?"],
        "actors": [
            {"id": e.id, "name_en": e.name_en}
            for e in sorted(gaz.entities.values(), key=lambda e: e.name_en)
            if e.kind in ("country", "organization")
        ],
    }
