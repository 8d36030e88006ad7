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
from dataclasses import dataclass, field
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
from kansoku.facts import events_by_page, finding_facts, publication
from kansoku.knowledge import Knowledge
from kansoku.ledger import entity_ref, ledger, row_json
from kansoku.store import StoreReader
from kansoku.store.records import (
    EntityRef,
    EventFilter,
    EventOutline,
    FigureFilter,
    Finding,
    Stats,
    StoredDocument,
    StoredEvent,
    StoredFigure,
)
from kansoku.tables import search_in
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
    # The language analysers (GiNZA, Kiwi) are not safe to share between threads, and the
    # app answers requests from a pool: one question is read at a time.
    reading: threading.Lock = field(default_factory=threading.Lock)


def coverage(stats: Stats) -> JSON:
    """How much was read: every view reports it, so an analyst knows where to read by hand."""
    return {
        "documents": stats.documents,
        "fact_sentences": stats.fact_sentences,
        "unread_sentences": stats.unread_sentences,
    }


def lines(ctx: Context, fact: StoredEvent | EventOutline | StoredFigure) -> dict[str, str]:
    """The fact told in one line in each interface language."""
    gaz = ctx.knowledge.gazetteer
    if isinstance(fact, StoredEvent | EventOutline):
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


def document_item(doc: StoredDocument, ctx: Context) -> JSON:
    """A document as a list shows it (no text): the page's own outlet and date, not
    those of the articles an aggregator page quotes."""
    page = publication(doc, -1, ctx.knowledge.outlets)
    return {
        "id": doc.id, "title": doc.title, "language": doc.language, "published": page.date,
        "outlet": page.outlet, "url": doc.url, "kind": doc.kind, "href": f"/documents/{doc.id}",
    }  # fmt: skip


def paging(page: int, shown: int, more: bool, link: Callable[[int], str]) -> JSON:
    """Where a list page stands, with links to its neighbours."""
    return {
        "page": page, "size": PAGE, "shown": shown, "more": more,
        "previous": link(page - 1) if page > 0 else None,
        "next": link(page + 1) if more else None,
    }  # fmt: skip


def with_params(path: str, **params: Any) -> str:
    """``path`` with the given query parameters (those None or 0 left out)."""
    return path + "?" + urlencode({k: v for k, v in params.items() if v not in (None, 0)})


def take_page(rows: Iterator[Any]) -> tuple[list[Any], bool]:
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
        "sources": [_credited(ctx, source, reports) for source, reports in stats.sources.items()],
        "events": [event_item(ctx, e) for e in newest],
        "findings": [finding_item(store, f) for f in store.findings(limit=NEWEST)],
        "documents": [
            document_item(d, ctx)
            for d in store.documents(limit=NEWEST, offset=max(0, stats.documents - NEWEST))
        ][::-1],
    }


def _credited(ctx: Context, source_id: str, reports: int) -> JSON:
    """A credited source of the overview: its names, its reports, its events."""
    ref = entity_ref(source_id, ctx.knowledge)
    return {
        "id": source_id,
        "names": names(ctx, ref) if ref else dict.fromkeys(ctx.ui.languages, source_id),
        "reports": reports,
        "href": with_params("/timeline", source=source_id),
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
    found, more = take_page(store.findings(kind, limit=PAGE + 1, offset=page * PAGE))
    return {
        "view": "findings",
        "filters": {"kind": kind},
        "findings": [finding_item(store, f) for f in found],
        "paging": paging(
            page, len(found), more, lambda p: with_params("/findings", kind=kind, page=p)
        ),
        "coverage": coverage(store.stats()),
    }


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
    hits = search_in(store, q, language, PAGE) if q.strip() else []
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


# -- the exchange ledger ------------------------------------------------------------------


def ledger_view(store: StoreReader, ctx: Context, between: tuple[str, str] | None) -> JSON:
    """What the two states send each other (``kansoku.ledger``), each row with links."""
    pair = between or tuple(sorted(ctx.knowledge.topic.core_parties))
    rows = [row_json(r) for r in ledger(store, ctx.knowledge, between)]
    for row in rows:
        for ev in row["evidence"]:
            ev["href"] = f"/documents/{ev['doc_id']}#at-{ev['start']}"
        row["events_href"] = [f"/events/{e}" for e in row["events"]]
    return {
        "view": "ledger",
        "between": [ref_json(entity_ref(i, ctx.knowledge)) for i in pair],
        "rows": rows,
        "coverage": coverage(store.stats()),
    }


# -- cited answers -------------------------------------------------------------------------


ASKED = 20  # facts an answer page cites (the rest are counted, a page away)


def ask_view(store: StoreReader, ctx: Context, question: str, page: int = 0) -> JSON:
    """The answer to a question, with what was understood of it (``kansoku.ask``), its
    facts a page at a time."""
    question = question.strip()
    obj: JSON = {"question": question, "understood": None, "answered": False, "answer": [],
                 "disagreements": []}  # fmt: skip
    if question:
        with ctx.reading:
            answer = ask(store, question, ctx.knowledge, limit=ASKED, offset=page * ASKED)
        # The answer's own keys first, as `kansoku ask --json` gives them.
        obj = answer_json(answer, coverage(store.stats()))
        more = answer.matched > (page + 1) * ASKED

        def link(p: int) -> str:
            return with_params("/ask", q=question, page=p)

        obj["paging"] = {
            "page": page, "size": ASKED, "matched": answer.matched,
            "previous": link(page - 1) if page > 0 else None, "next": link(page + 1) if more else None,
        }  # fmt: skip
    obj["view"] = "ask"
    obj["coverage"] = coverage(store.stats())
    return obj
