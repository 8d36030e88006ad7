"""An entity's page: names in every language, mentions, events, figures, the treaties it
is party to; for a treaty, its life cycle as reported (signed, ratified by each party, in
force), each step dated and sourced, from the acts extraction tied to it (``treaty``)."""

from __future__ import annotations

from collections import Counter

from kansoku.export import JSON, ref_json
from kansoku.facts import events_by_page
from kansoku.ledger import entity_ref
from kansoku.store import StoreReader
from kansoku.store.records import EventFilter, FigureFilter, StoredEvent
from kansoku.web.views import (
    PAGE,
    Context,
    NotFound,
    coverage,
    event_item,
    figure_item,
    take_page,
)


def entity_page(store: StoreReader, ctx: Context, entity_id: str) -> JSON:
    entity = store.entity(entity_id)
    if entity is None:
        raise NotFound(f"no entity {entity_id}")
    as_actor, _ = take_page(store.events(EventFilter(actor=entity_id), limit=PAGE + 1))
    figures_of, _ = take_page(store.figures(FigureFilter(actor=entity_id), limit=PAGE + 1))
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
            for m in entity.mentions[:PAGE]
        ],
        "mention_count": len(entity.mentions),
        "events": [event_item(ctx, e) for e in as_actor],
        "figures": [figure_item(ctx, f) for f in figures_of],
        "life_cycle": treaty_steps(store, ctx, entity_id) if entity.ref.kind == "treaty" else [],
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


# The order of a treaty's steps; a mode not listed comes after them.
STEPS = ("negotiate", "treaty", "ratify", "in_force", "invoke")


def treaty_steps(store: StoreReader, ctx: Context, treaty_id: str) -> list[JSON]:
    """One step per (mode, state for a ratification): its dates (the most reported first,
    each with how many sentences give it), sources and evidence."""
    steps: dict[tuple[str, str | None], JSON] = {}
    dated: dict[tuple[str, str | None], Counter[str]] = {}
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
        if event.date.start:
            dated.setdefault(key, Counter())[event.date.start] += len(event.evidence)
    for key, step in steps.items():
        counts = dated.get(key, Counter())
        ranked = sorted(counts, key=lambda d: (-counts[d], -len(d), d))
        step["dates"] = [{"date": d, "reports": counts[d]} for d in ranked]
    order = {mode: i for i, mode in enumerate(STEPS)}
    return sorted(
        steps.values(),
        key=lambda s: (order.get(s["mode"], len(STEPS)), (s["by"] or {}).get("id", "")),
    )


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
