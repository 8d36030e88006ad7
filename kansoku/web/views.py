"""The dashboard's views: each builds one plain dict from the store, which the app renders
as HTML (a template) or returns as JSON. Nothing here knows about HTTP.

Facts keep the export contract's shape (``kansoku.export``) plus what a page needs: a
one-line rendering in each interface language and links. Lists are paged, so a large
store stays fast; the views that draw a whole picture (actors, map, series) read the
store in pages and keep only tallies or the marks they draw.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

from kansoku.ask import answer_json, ask
from kansoku.export import (
    JSON,
    event_json,
    figure_json,
    finding_json,
    ref_json,
    stats_json,
)
from kansoku.facts import finding_facts
from kansoku.knowledge import Knowledge
from kansoku.store import StoreReader
from kansoku.store.records import (
    EntityRef,
    EventFilter,
    FigureFilter,
    Finding,
    Stats,
    StoredEvent,
    StoredFigure,
)
from kansoku.web.interface import Interface, event_line, figure_line, name_in

PAGE = 50  # rows of a list page
NEWEST = 8  # rows of each list on the overview
STATUSES = ("asserted", "reported", "possible", "planned", "denied", "estimated")


class NotFound(LookupError):
    """The page asks for something the store does not hold."""


@dataclass(frozen=True)
class Context:
    """What every view needs besides the store: the knowledge (names in each language) and
    the interface's words."""

    knowledge: Knowledge
    ui: Interface


def coverage(stats: Stats) -> JSON:
    """How much was read: every view reports it, so an analyst knows where to read by hand."""
    return {
        "documents": stats.documents,
        "fact_sentences": stats.fact_sentences,
        "unread_sentences": stats.unread_sentences,
    }


def lines(ctx: Context, fact: StoredEvent | StoredFigure) -> dict[str, str]:
    """The fact told in one line in each interface language."""
    gaz = ctx.knowledge.gazetteer
    if isinstance(fact, StoredEvent):
        return {lang: event_line(fact, lang, ctx.ui, gaz) for lang in ctx.ui.languages}
    return {lang: figure_line(fact, lang, ctx.ui, gaz) for lang in ctx.ui.languages}


def _with_links(obj: JSON) -> JSON:
    for item in obj.get("evidence", []):
        item["href"] = f"/documents/{item['doc_id']}#at-{item['start']}"
    return obj


def event_item(ctx: Context, event: StoredEvent) -> JSON:
    obj = _with_links(event_json(event))
    obj.update(line=lines(ctx, event), href=f"/events/{event.id}")
    return obj


def figure_item(ctx: Context, figure: StoredFigure) -> JSON:
    obj = _with_links(figure_json(figure))
    obj.update(line=lines(ctx, figure), href=f"/figures/{figure.id}")
    return obj


def finding_item(store: StoreReader, finding: Finding) -> JSON:
    obj = finding_json(finding, finding_facts(store, finding))
    for fact in obj["facts"]:
        _with_links(fact)
        if fact["fact"] in ("event", "figure"):
            fact["href"] = f"/{fact['fact']}s/{fact['id']}"
    return obj


def document_item(doc: Any) -> JSON:
    """A document as a list shows it (no text)."""
    outlet = next((s.outlet for s in doc.sections if s.outlet), None) or doc.site_name
    return {
        "id": doc.id, "title": doc.title, "language": doc.language,
        "published": doc.published or doc.published_not_before, "outlet": outlet,
        "url": doc.url, "kind": doc.kind, "href": f"/documents/{doc.id}",
    }  # fmt: skip


def paging(page: int, shown: int, more: bool, link: Callable[[int], str]) -> JSON:
    """Where a list page stands, with links to its neighbours."""
    return {
        "page": page, "size": PAGE, "shown": shown, "more": more,
        "previous": link(page - 1) if page > 0 else None,
        "next": link(page + 1) if more else None,
    }  # fmt: skip


def _with_page(path: str, **params: Any) -> str:
    return path + "?" + urlencode({k: v for k, v in params.items() if v not in (None, 0)})


def _page(rows: Iterator[Any], page: int) -> tuple[list[Any], bool]:
    """One page of ``rows`` (asked for one row more than a page, to know if more follow)."""
    items = list(rows)
    return items[:PAGE], len(items) > PAGE


# -- the views -----------------------------------------------------------------------------


def overview(store: StoreReader, ctx: Context) -> JSON:
    stats = store.stats()
    newest = list(store.events(limit=NEWEST, offset=max(0, stats.events - NEWEST)))[::-1]
    return {
        "view": "overview",
        "stats": stats_json(stats),
        "coverage": coverage(stats),
        "languages": dict(stats.languages),
        "events": [event_item(ctx, e) for e in newest],
        "findings": [finding_item(store, f) for f in store.findings(limit=NEWEST)],
        "documents": [
            document_item(d)
            for d in store.documents(limit=NEWEST, offset=max(0, stats.documents - NEWEST))
        ][::-1],
    }


def event_page(store: StoreReader, ctx: Context, event_id: str) -> JSON:
    event = store.event(event_id)
    if event is None:
        raise NotFound(f"no event {event_id}")
    return {"view": "event", "event": event_item(ctx, event), "coverage": coverage(store.stats())}


def figure_page(store: StoreReader, ctx: Context, figure_id: str) -> JSON:
    figure = store.figure(figure_id)
    if figure is None:
        raise NotFound(f"no figure {figure_id}")
    return {
        "view": "figure",
        "figure": figure_item(ctx, figure),
        "coverage": coverage(store.stats()),
    }


def findings(store: StoreReader, ctx: Context, kind: str | None, page: int) -> JSON:
    found, more = _page(store.findings(kind, limit=PAGE + 1, offset=page * PAGE), page)
    return {
        "view": "findings",
        "filters": {"kind": kind},
        "findings": [finding_item(store, f) for f in found],
        "paging": paging(
            page, len(found), more, lambda p: _with_page("/findings", kind=kind, page=p)
        ),
        "coverage": coverage(store.stats()),
    }


def events_by_page(store: StoreReader, where: EventFilter) -> Iterable[StoredEvent]:
    """Every event matching ``where``, read a page at a time (for the tallies)."""
    offset = 0
    while True:
        chunk = list(store.events(where, limit=500, offset=offset))
        yield from chunk
        if len(chunk) < 500:
            return
        offset += 500


def actors(store: StoreReader, ctx: Context, where: EventFilter) -> JSON:
    """Who acts on whom: one edge per (actor, target, category), weighted by events."""
    edges: Counter[tuple[str, str, str]] = Counter()
    weight: Counter[str] = Counter()
    refs: dict[str, EntityRef] = {}
    for event in events_by_page(store, where):
        if event.actor is None or event.target is None:
            continue
        a, t = event.actor.id, event.target.id
        edges[(a, t, event.type)] += 1
        weight.update((a, t))
        refs[a], refs[t] = event.actor, event.target
    return {
        "view": "actors",
        "nodes": [
            {**(ref_json(refs[i]) or {}), "weight": w, "href": f"/entities/{i}",
             "names": names(ctx, refs[i])}
            for i, w in weight.most_common()
        ],
        "edges": [
            {"actor": a, "target": t, "category": c, "events": n,
             "href": f"/timeline?actor={a}&category={c}"}
            for (a, t, c), n in edges.most_common()
        ],
        "coverage": coverage(store.stats()),
    }  # fmt: skip


def names(ctx: Context, ref: EntityRef) -> dict[str, str | None]:
    """An entity's name in each interface language."""
    return {lang: name_in(ref, lang, ctx.knowledge.gazetteer) for lang in ctx.ui.languages}


def entity_page(store: StoreReader, ctx: Context, entity_id: str) -> JSON:
    entity = store.entity(entity_id)
    if entity is None:
        raise NotFound(f"no entity {entity_id}")
    as_actor, _ = _page(store.events(EventFilter(actor=entity_id), limit=PAGE + 1), 0)
    figures_of, _ = _page(store.figures(FigureFilter(actor=entity_id), limit=PAGE + 1), 0)
    gaz = ctx.knowledge.gazetteer
    treaties = [
        t for t in gaz.entities.values()
        if t.kind == "treaty" and (entity_id in t.parties or t.id == entity_id)
    ]  # fmt: skip
    return {
        "view": "entity",
        "entity": {**(ref_json(entity.ref) or {}), "names": dict(entity.names)},
        "mentions": [
            {
                "doc_id": m.doc_id,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "href": f"/documents/{m.doc_id}#at-{m.start}",
            }
            for m in entity.mentions[:PAGE]
        ],
        "mention_count": len(entity.mentions),
        "events": [event_item(ctx, e) for e in as_actor],
        "figures": [figure_item(ctx, f) for f in figures_of],
        "treaties": [
            {
                "id": t.id,
                "name_en": t.name_en,
                "parties": list(t.parties),
                "href": f"/entities/{t.id}",
            }
            for t in treaties
        ],
        "coverage": coverage(store.stats()),
    }


# -- timeline ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineQuery:
    """The timeline's filters and window, as the page's query string gives them."""

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
        return _with_page("/timeline", **values)


def timeline(store: StoreReader, ctx: Context, query: TimelineQuery) -> JSON:
    dated, more = _page(
        store.events(query.events(), limit=PAGE + 1, offset=query.page * PAGE), query.page
    )
    undated: list[StoredEvent] = []
    if not (query.since or query.until):
        undated, _ = _page(store.events(query.events(undated=True), limit=PAGE + 1), 0)
    until = query.until or max((_last(e) for e in dated), default=None)
    since = query.since or _default_since([e.date.start or "" for e in dated], until)
    return {
        "view": "timeline",
        "filters": {k: v for k, v in query.__dict__.items() if k != "page"},
        "window": {
            "since": since,
            "until": until,
            # events on this page the chart leaves out, a zoom-out away
            "outside": sum(1 for e in dated if since and (e.date.start or "") < since),
        },
        "navigation": _navigation(query, since, until) if since and until else {},
        "events": [event_item(ctx, e) for e in dated],
        "undated": [event_item(ctx, e) for e in undated],
        "paging": paging(query.page, len(dated), more, lambda p: query.link(page=p)),
        "options": _options(store, ctx),
        "coverage": coverage(store.stats()),
    }


RECENT_YEARS = 2  # the window an unzoomed timeline opens on, when the dates span far more


def _default_since(starts: list[str], until: str | None) -> str | None:
    """Where an unzoomed timeline starts: the earliest date, unless a few old events (a
    treaty of 2000 recalled in 2024) would squeeze the rest into a sliver; then the last
    few years, the older ones a zoom-out away."""
    dated = sorted(s for s in starts if s)
    if not dated or not until:
        return None
    recent = last_day(until) - timedelta(days=365 * RECENT_YEARS)
    if first_day(dated[0]) >= recent - timedelta(days=365 * RECENT_YEARS):
        return dated[0]
    return next((s for s in dated if first_day(s) >= recent), dated[0])


def _last(event: StoredEvent) -> str:
    return event.date.end or event.date.start or ""


def _navigation(query: TimelineQuery, since: str, until: str) -> JSON:
    """Links that zoom and pan the window (the page works with scripts off)."""
    start, end = first_day(since), last_day(until)
    span = max((end - start).days, 2)
    middle = start + timedelta(days=span // 2)

    def window(a: date, b: date) -> str:
        return query.link(since=a.isoformat(), until=b.isoformat(), page=0)

    return {
        "zoom_in": window(middle - timedelta(days=span // 4), middle + timedelta(days=span // 4)),
        "zoom_out": window(start - timedelta(days=span // 2), end + timedelta(days=span // 2)),
        "earlier": window(start - timedelta(days=span // 2), end - timedelta(days=span // 2)),
        "later": window(start + timedelta(days=span // 2), end + timedelta(days=span // 2)),
        "all": query.link(since=None, until=None, page=0),
    }


def first_day(iso: str) -> date:
    """The first day an ISO date of any precision (2024, 2024-10, 2024-10-03) covers."""
    year, month, day = ([*iso.split("-"), "1", "1"])[:3]
    return date(int(year), int(month), int(day))


def last_day(iso: str) -> date:
    """The last day an ISO date of any precision covers."""
    parts = iso.split("-")
    if len(parts) == 1:
        return date(int(parts[0]), 12, 31)
    if len(parts) == 2:
        year, month = int(parts[0]), int(parts[1])
        following = date(year + month // 12, month % 12 + 1, 1)
        return following - timedelta(days=1)
    return first_day(iso)


def _options(store: StoreReader, ctx: Context) -> JSON:
    gaz = ctx.knowledge.gazetteer
    return {
        "categories": sorted(ctx.knowledge.categories.by_name),
        "statuses": list(STATUSES),
        "languages": [lang for lang in store.stats().languages if lang != "?"],
        "actors": [
            {"id": e.id, "name_en": e.name_en}
            for e in sorted(gaz.entities.values(), key=lambda e: e.name_en)
            if e.kind in ("country", "organization")
        ],
    }


# -- figures -------------------------------------------------------------------------------

SERIES_FIGURES = 2000  # figures one figures page draws at most (filter by kind for more)


def figures(store: StoreReader, ctx: Context, kind: str | None) -> JSON:
    """Each series: its reports by date, one mark each, with who said it."""
    read = list(store.figures(FigureFilter(kind=kind), limit=SERIES_FIGURES + 1))
    series = group_series([figure_item(ctx, f) for f in read[:SERIES_FIGURES]])
    return {
        "view": "figures",
        "filters": {"kind": kind},
        "kinds": sorted({s["kind"] for s in series}),
        "series": series,
        "truncated": len(read) > SERIES_FIGURES,
        "coverage": coverage(store.stats()),
    }


def group_series(figure_items: Iterable[JSON]) -> list[JSON]:
    """Figures (as ``figure_item`` gives them) grouped by series, the longest first; a
    figure in no series stands alone."""
    series: dict[str, JSON] = {}
    for item in figure_items:
        key = item["series"] or f"single:{item['id']}"
        entry = series.setdefault(
            key,
            {"key": key, "kind": item["kind"], "unit": item["unit"], "measure": item["measure"],
             "subject": item["subject"], "figures": []},
        )  # fmt: skip
        entry["figures"].append(item)
    return sorted(series.values(), key=lambda s: (-len(s["figures"]), s["key"]))


# -- search --------------------------------------------------------------------------------


def search(store: StoreReader, ctx: Context, q: str, language: str | None) -> JSON:
    hits = [h for h in store.search(q, limit=PAGE) if q.strip() and language in (None, h.language)]
    terms = q.split()
    return {
        "view": "search",
        "query": q,
        "filters": {"language": language},
        "results": [
            {
                "doc_id": h.id,
                "title": h.title,
                "snippet": h.snippet,
                "language": h.language,
                "published": h.published,
                "href": f"/documents/{h.id}",
                "parts": marked(h.snippet, terms),
            }
            for h in hits
        ],
        "coverage": coverage(store.stats()),
    }


def marked(text: str, terms: list[str]) -> list[dict[str, Any]]:
    """``text`` cut into parts, each saying whether it is a match of one of ``terms``
    (case-insensitive), so a template can highlight matches without building markup."""
    lowered, spans = text.lower(), []
    for term in filter(None, (t.lower() for t in terms)):
        at = lowered.find(term)
        while at >= 0:
            spans.append((at, at + len(term)))
            at = lowered.find(term, at + len(term))
    parts, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        if start > pos:
            parts.append({"text": text[pos:start], "match": False})
        parts.append({"text": text[start:end], "match": True})
        pos = end
    if pos < len(text):
        parts.append({"text": text[pos:], "match": False})
    return parts


# -- cited answers -------------------------------------------------------------------------


# The language analysers (GiNZA, Kiwi) are not safe to share between threads, and the app
# answers requests from a pool: one question is read at a time.
_READING = threading.Lock()


def ask_view(store: StoreReader, ctx: Context, question: str) -> JSON:
    """The answer to a question, with what was understood of it (``kansoku.ask``)."""
    obj: JSON = {"view": "ask", "question": question}
    if question.strip():
        with _READING:
            answer = ask(store, question, ctx.knowledge)
        obj.update(answer_json(answer))
    obj["coverage"] = coverage(store.stats())
    return obj
