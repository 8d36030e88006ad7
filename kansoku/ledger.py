"""The exchange ledger: what flows between two states, how much, since when, by whom told.

Derived from the store after extraction and reconciliation: every merged event of a
category that moves things from one party to the other (``categories.yaml``:
``moves_things``, not symmetric) and has an ``item`` becomes evidence of one row per
(from, to, item); the figures that quantify those events (``event_id``) are its amounts.
A row keeps every status its reports have, so one resting only on ``possible`` or
``denied`` reports says so rather than passing for an established flow.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from kansoku.export import JSON, plain_number, ref_json
from kansoku.facts import events_by_page, publication
from kansoku.knowledge import Knowledge
from kansoku.store import StoreReader
from kansoku.store.records import EntityRef, EventFilter, StoredEvent, StoredFigure

UNCONFIRMED = frozenset({"possible", "denied", "planned"})
NOT_DONE = frozenset({"denied", "planned"})  # amounts not sent: a plan, a denied number


@dataclass(frozen=True)
class LedgerAmount:
    """One reported amount of a row's item, as the figure gives it."""

    figure_id: str
    value: float
    value_max: float | None
    qualifier: str
    unit: str
    quantity: str  # as written
    date: str | None
    source: EntityRef | None
    status: str


@dataclass(frozen=True)
class LedgerEvidence:
    event_id: str
    doc_id: str
    start: int
    end: int
    quote: str
    status: str
    published: str | None  # when the document telling it was published
    source: str  # who says so in this sentence: the one it credits, else the page's outlet
    date: str | None = None  # the report's own date of the act
    headline: bool = False  # the page's title, or a question: no statement of the fact


@dataclass
class LedgerRow:
    """What one state is reported to send another, of one item."""

    giver: EntityRef
    receiver: EntityRef
    item: str
    events: list[str] = field(default_factory=list)
    amounts: list[LedgerAmount] = field(default_factory=list)
    evidence: list[LedgerEvidence] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)  # who says so: the credited, else outlets
    period: tuple[str | None, str | None] = (None, None)  # the events' dates

    @property
    def statuses(self) -> list[str]:
        return sorted({e.status for e in self.evidence})

    @property
    def unconfirmed(self) -> bool:
        """Only possible, planned or denied reports support it."""
        return bool(self.evidence) and set(self.statuses) <= UNCONFIRMED

    @property
    def reported(self) -> tuple[str | None, str | None]:
        dates = sorted(e.published for e in self.evidence if e.published)
        return (dates[0], dates[-1]) if dates else (None, None)


def transfers(store: StoreReader, knowledge: Knowledge) -> Iterator[StoredEvent]:
    """Every merged event that moves an item from one party to another, read in pages."""
    categories = knowledge.categories
    for event in events_by_page(store, EventFilter()):
        if event.item and categories.sends(event.type, event.mode):
            yield event


def ledger(
    store: StoreReader, knowledge: Knowledge, between: tuple[str, str] | None = None
) -> list[LedgerRow]:
    """The rows between two states (default: the topic's core pair), both directions,
    each direction by number of reports."""
    pair = set(between or sorted(knowledge.topic.core_parties))
    document = cache(store.document)
    rows: dict[tuple[str, str, str], LedgerRow] = {}
    for event in transfers(store, knowledge):
        giver, receiver = _state(event.actor, knowledge), _state(event.target, knowledge)
        if not event.item or giver is None or receiver is None or {giver.id, receiver.id} != pair:
            continue
        key = (giver.id, receiver.id, event.item)
        row = rows.setdefault(key, LedgerRow(giver, receiver, event.item))
        row.events.append(event.id)
        for e in event.evidence:
            doc = document(e.doc_id)
            where = publication(doc, e.start, knowledge.outlets) if doc else None
            # Who says so: the one the sentence credits, else the page that asserts it
            # (its outlet, or the page itself when unknown).
            credited = e.source or _id(event.source)
            teller = (
                _name(credited, knowledge) if credited
                else (where.outlet if where else None) or f"page {e.doc_id}"
            )  # fmt: skip
            row.sources.add(teller)
            row.evidence.append(
                LedgerEvidence(event.id, e.doc_id, e.start, e.end, e.quote, e.status,
                               where.date if where else None, teller, e.date,
                               _headline(e.quote, where.title if where else None))
            )  # fmt: skip
        row.period = _widened(row.period, event.date.start, event.date.end or event.date.start)
    _add_amounts(rows.values(), _figures_by_event(store), knowledge)
    return sorted(rows.values(), key=lambda r: (r.giver.id, -len(r.evidence), r.item))


def _headline(quote: str, title: str | None) -> bool:
    """A title (or the part of one a sentence is) or a question: it asks or announces
    what the story tells, and the story's own sentence is the better witness."""
    said = unicodedata.normalize("NFKC", quote).strip()
    heading = unicodedata.normalize("NFKC", title or "").strip()
    return said.endswith("?") or (bool(heading) and (said in heading or said.startswith(heading)))


def _id(ref: EntityRef | None) -> str | None:
    return ref.id if ref else None


def _name(entity_id: str, knowledge: Knowledge) -> str:
    entity = knowledge.gazetteer.entities.get(entity_id)
    return entity.name_en if entity else entity_id


def _state(ref: EntityRef | None, knowledge: Knowledge) -> EntityRef | None:
    """The state an actor acts for (Kim Jong Un, the Korean People's Army → North Korea)."""
    return entity_ref(knowledge.gazetteer.state_of(ref.id) if ref else None, knowledge)


def entity_ref(entity_id: str | None, knowledge: Knowledge) -> EntityRef | None:
    """The reference of a gazetteer entity, as the store gives one."""
    entity = knowledge.gazetteer.entities.get(entity_id or "")
    if entity is None:
        return None
    return EntityRef(entity.id, entity.name_en, entity.kind, entity.country, entity.wikidata)


def _widened(
    period: tuple[str | None, str | None], start: str | None, end: str | None
) -> tuple[str | None, str | None]:
    first = min(d for d in (period[0], start) if d) if (period[0] or start) else None
    last = max(d for d in (period[1], end) if d) if (period[1] or end) else None
    return first, last


def _figures_by_event(store: StoreReader) -> dict[str, list[StoredFigure]]:
    found: defaultdict[str, list[StoredFigure]] = defaultdict(list)
    for figure in store.figures():
        if figure.event_id:
            found[figure.event_id].append(figure)
    return found


def _add_amounts(
    rows: Iterable[LedgerRow], figures: dict[str, list[StoredFigure]], knowledge: Knowledge
) -> None:
    """Each row's amounts: the figures of its events that count its item or one it takes
    in (sappers in a troops row; not the containers in a shells row: so many containers
    are no number of shells)."""
    items = knowledge.categories.items
    for row in rows:
        fits = {row.item} | items.narrower.get(row.item, frozenset())
        for event_id in row.events:
            row.amounts += [
                LedgerAmount(f.id, f.value, f.value_max, f.qualifier, f.unit, f.quantity,
                             f.as_of, f.source, f.status)
                for f in figures.get(event_id, [])
                if items.of_count(f.kind, f.measure) in fits
            ]  # fmt: skip
        row.amounts.sort(key=lambda a: (a.date or "", a.figure_id))


def row_json(row: LedgerRow) -> JSON:
    """A row as ``kansoku ledger --json`` and the dashboard give it (issue #12's shape)."""
    first, last = row.reported
    return {
        "from": ref_json(row.giver), "to": ref_json(row.receiver), "item": row.item,
        "amounts": [
            {"value": plain_number(a.value),
             "value_max": plain_number(a.value_max) if a.value_max is not None else None,
             "qualifier": a.qualifier, "unit": a.unit, "quantity": a.quantity, "date": a.date,
             "source": ref_json(a.source), "status": a.status, "figure_id": a.figure_id}
            for a in row.amounts
        ],
        "latest": _latest(row.amounts),
        "range": _range([a for a in row.amounts if a.status not in NOT_DONE]),
        "first_reported": first, "last_reported": last,
        "sources": sorted(row.sources), "statuses": row.statuses,
        "evidence": [
            {"event_id": e.event_id, "doc_id": e.doc_id, "start": e.start, "end": e.end,
             "quote": e.quote, "status": e.status, "published": e.published,
             "source": e.source, "date": e.date, "headline": e.headline}
            for e in row.evidence
        ],
        "period": {"start": row.period[0], "end": row.period[1]},
        "events": row.events, "unconfirmed": row.unconfirmed,
    }  # fmt: skip


def _latest(amounts: list[LedgerAmount]) -> str | None:
    """The last amount reported as done (a plan or a denied number is no amount sent,
    though the row lists it), the latest by date, an undated one only when none is dated."""
    done = [a for a in amounts if a.status not in NOT_DONE]
    if not done:
        return None
    amount = done[-1]  # amounts are in date order, undated first
    return f"{amount.quantity} ({amount.date or 'undated'})"


def _range(amounts: list[LedgerAmount]) -> JSON | None:
    """The smallest and largest amounts reported, in one unit (the most reported one):
    amounts in different units (tons, barrels) are not comparable."""
    if not amounts:
        return None
    units = [a.unit for a in amounts]
    unit = max(set(units), key=units.count)
    values = [v for a in amounts if a.unit == unit for v in (a.value, a.value_max) if v is not None]
    return {"min": plain_number(min(values)), "max": plain_number(max(values)), "unit": unit}
