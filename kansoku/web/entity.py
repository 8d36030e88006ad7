"""An entity's page: names in every language, mentions, events, figures, the treaties it
is party to; for a treaty, its life cycle as reported (signed, ratified by each party, in
force), each step dated and sourced, from the acts extraction tied to it (``treaty``)."""

from __future__ import annotations

from collections import Counter

from kansoku.export import JSON, ref_json
from kansoku.facts import events_by_page
from kansoku.ledger import entity_ref
from kansoku.store import StoreReader
from kansoku.store.records import EventFilter, FigureFilter, StoredEntity, StoredEvent
from kansoku.web.views import (
    PAGE,
    Context,
    NotFound,
    coverage,
    event_item,
    figure_item,
    paging,
    take_page,
    with_params,
)


def entity_page(store: StoreReader, ctx: Context, entity_id: str, page: int = 0) -> JSON:
    """The entity's page; ``page`` pages its mentions (its events page on the timeline)."""
    entity = store.entity(entity_id)
    if entity is None:
        raise NotFound(f"no entity {entity_id}")
    events_filter = EventFilter(actor=entity_id)
    as_actor, more_events = take_page(store.events(events_filter, limit=PAGE + 1))
    figures_of, more_figures = take_page(
        store.figures(FigureFilter(actor=entity_id), limit=PAGE + 1)
    )
    mentions = entity.mentions[page * PAGE : (page + 1) * PAGE]
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
                "href": f"/documents/{m.doc_id}?hl={m.start}-{m.end}#hl",
            }
            for m in mentions
        ],
        "mention_count": len(entity.mentions),
        "mentions_paging": paging(
            page,
            len(mentions),
            len(entity.mentions) > (page + 1) * PAGE,
            lambda p: with_params(f"/entities/{entity_id}", page=p) + "#mentions",
        ),
        "events": [event_item(ctx, e) for e in as_actor],
        # A page of each, saying how many there are and where the rest are listed.
        "events_cut": _cut(
            len(as_actor),
            store.count_events(events_filter) if more_events else len(as_actor),
            with_params("/timeline", actor=entity_id),
        ),
        "figures": [figure_item(ctx, f) for f in figures_of],
        "figures_more": more_figures,
        "life_cycle": treaty_steps(store, ctx, entity_id) if entity.ref.kind == "treaty" else [],
        "articles": cited_articles(store, ctx, entity) if entity.ref.kind == "treaty" else [],
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


# Mentions of a treaty read for the articles they cite: a page's worth of documents each
# time the page is drawn, however often the treaty is named.
CITING_MENTIONS = 400


def cited_articles(store: StoreReader, ctx: Context, treaty: StoredEntity) -> list[JSON]:
    """The treaty's articles the texts cite ("Article 4", in each language's form) in a
    sentence that names the treaty, each with those sentences, the most cited first."""
    quotes: dict[str, dict[tuple[str, int], JSON]] = {}
    read: dict[str, tuple[str, str, list[tuple[int, int]]]] = {}
    for mention in treaty.mentions[:CITING_MENTIONS]:
        if mention.doc_id not in read:
            read[mention.doc_id] = _sentences(store, ctx, mention.doc_id)
        text, lang, spans = read[mention.doc_id]
        for start, end in spans:
            if not start <= mention.start < end:
                continue
            for number in ctx.knowledge.language(lang).cited_articles(text[start:end]):
                quotes.setdefault(number, {})[(mention.doc_id, start)] = {
                    "doc_id": mention.doc_id, "start": start, "end": end,
                    "quote": text[start:end], "href": f"/documents/{mention.doc_id}#at-{start}",
                }  # fmt: skip
    cited = [
        {"article": number, "documents": len({d for d, _ in told}), "quotes": list(told.values())}
        for number, told in quotes.items()
    ]
    return sorted(cited, key=lambda a: (-a["documents"], a["article"]))


def _sentences(
    store: StoreReader, ctx: Context, doc_id: str
) -> tuple[str, str, list[tuple[int, int]]]:
    """A document's text, language and sentence spans."""
    doc = store.document(doc_id)
    if doc is None:
        return "", "", []
    lang = doc.language or ""
    spans = [(s.start, s.end) for s in ctx.knowledge.language(lang).split_sentences(doc.text)]
    return doc.text, lang, spans


def _cut(shown: int, total: int, rest: str) -> JSON:
    """How much of a list a page shows: ``shown`` of ``total``, the rest at ``rest``."""
    return {"shown": shown, "total": total, "more": total > shown, "href": rest}


# The order of a treaty's steps; a mode not listed comes after them.
STEPS = ("negotiate", "treaty", "ratify", "in_force", "invoke")


def treaty_steps(store: StoreReader, ctx: Context, treaty_id: str) -> list[JSON]:
    """One step per (mode, state for a ratification): its dates (the best supported first,
    ``step_dates``), sources and evidence."""
    steps: dict[tuple[str, str | None], JSON] = {}
    told: dict[tuple[str, str | None], list[tuple[str, str]]] = {}
    for event in events_by_page(store, EventFilter()):
        if event.treaty is None or event.treaty.id != treaty_id or event.mode is None:
            continue
        by = _party(ctx, event)
        key = (event.mode, by["id"] if by else None)
        step = steps.setdefault(key, _step(ctx, event.mode, by))
        step["events"].append(event.id)
        step["sources"] = sorted({*step["sources"], *_sources(ctx, event)})
        step["evidence"] += [
            {"doc_id": e.doc_id, "start": e.start, "end": e.end, "quote": e.quote,
             "status": e.status, "href": f"/documents/{e.doc_id}#at-{e.start}"}
            for e in event.evidence
        ]  # fmt: skip
        if date := event.date.start:
            # A sentence supports its event's date when its own date agrees with it: one
            # that joined with no date of its own, or only its page's, says nothing of when.
            told.setdefault(key, []).extend(
                (date, e.doc_id) for e in event.evidence if e.date and _agree(e.date, date)
            )
    for key, step in steps.items():
        step["dates"] = step_dates(told.get(key, []))
    order = {mode: i for i, mode in enumerate(STEPS)}
    return sorted(
        steps.values(),
        key=lambda s: (order.get(s["mode"], len(STEPS)), (s["by"] or {}).get("id", "")),
    )


def _agree(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def step_dates(told: list[tuple[str, str]]) -> list[JSON]:
    """The dates a step is told at, from (date, document) pairs, best supported first: by
    the documents that give it or a coarser date it falls in (a page saying June supports
    19 June, not another June), then the more precise (a day over its month). A sentence
    count would let one page repeating itself, or a month read in the wrong year, outrank
    the day many pages give."""
    pages: dict[str, set[str]] = {}
    for date, doc_id in told:
        pages.setdefault(date, set()).add(doc_id)
    support = {
        date: set().union(*(docs for other, docs in pages.items() if date.startswith(other)))
        for date in pages
    }
    sentences = Counter(date for date, _ in told)
    ranked = sorted(pages, key=lambda d: (-len(support[d]), -len(d), d))
    return [{"date": d, "reports": sentences[d], "documents": len(support[d])} for d in ranked]


def _party(ctx: Context, event: StoredEvent) -> JSON | None:
    """The state whose own act the step is, for a directed act (each party ratifies its
    own, categories.yaml directed_modes): the Duma's or Kim Jong Un's ratification is
    Russia's or North Korea's."""
    if event.actor is None or ctx.knowledge.categories.symmetric(event.type, event.mode):
        return None
    state = ctx.knowledge.gazetteer.state_or_self(event.actor.id)
    return ref_json(entity_ref(state, ctx.knowledge)) or ref_json(event.actor)


def _step(ctx: Context, mode: str, by: JSON | None) -> JSON:
    return {
        "mode": mode,
        "step": {lang: ctx.ui.table(lang).get(f"treaty_{mode}", mode) for lang in ctx.ui.languages},
        "by": by,
        "events": [], "dates": [], "sources": [], "evidence": [],
    }  # fmt: skip


def _sources(ctx: Context, event: StoredEvent) -> list[str]:
    gaz = ctx.knowledge.gazetteer
    ids = {event.source.id if event.source else None, *(e.source for e in event.evidence)}
    return [gaz.entities[i].name_en if i in gaz.entities else i for i in ids if i]
