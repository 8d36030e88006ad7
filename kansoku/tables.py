"""The store as flat tables for spreadsheets, pandas and DuckDB (``kansoku.export`` writes
them as CSV or Parquet).

The JSON Lines export (``kansoku.export``) is the contract; these are flat views of the
same records, one typed row a fact. The events table takes ACLED's column names where
kansoku knows the same thing (event_date, time_precision, event_type, actor1, country,
source, source_scale, notes…), so an ACLED workflow can read it, and puts what ACLED has
no column for after them. A column's type comes from its row class, so the CSV header,
the Parquet schema and the manifest's column list are one list; both writers take the
same rows.
"""

from __future__ import annotations

import types
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from itertools import islice
from typing import Any, NamedTuple, Union, get_args, get_origin, get_type_hints

from kansoku.categories import Categories
from kansoku.knowledge import Knowledge
from kansoku.store import StoreReader
from kansoku.store.records import (
    EntityRef,
    EventDate,
    Evidence,
    Finding,
    SearchHit,
    StoredDocument,
    StoredEntity,
    StoredEvent,
    StoredFigure,
)

LIST_SEPARATOR = "; "  # between the items of a list in one cell, as ACLED joins sources

# -- rows -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventRow:
    """A merged event, ACLED's columns first (see docs/export.md for each rule)."""

    event_id: str
    event_date: str | None  # the start, ISO at the precision the text gives (2024-10)
    time_precision: int | None  # 1 a day, 2 a span of days, 3 a month or a year
    event_type: str  # PLOVER category
    sub_event_type: str | None  # its mode
    actor1: str | None
    assoc_actor_1: str | None  # the store records no associated actors: always empty
    actor2: str | None
    country: str | None  # ISO 3166-1 alpha-3 of where it took place, when known
    location: str | None
    source: str | None
    source_scale: str | None
    notes: str | None  # the sentence of the first report
    status: str
    evidence_count: int
    date_end: str | None
    date_basis: str | None
    actor1_id: str | None
    actor2_id: str | None
    location_id: str | None
    source_id: str | None
    outlets: tuple[str, ...]  # the outlets whose pages carry the reports
    confidence: float
    languages: tuple[str, ...]
    doc_ids: tuple[str, ...]
    urls: tuple[str, ...]
    item: str | None = None  # what a transfer or deployment moves (troops, shells…)
    treaty_id: str | None = None  # the treaty an act on a treaty is about


@dataclass(frozen=True)
class FigureRow:
    figure_id: str
    kind: str
    value: float
    value_max: float | None
    qualifier: str
    unit: str
    subject: str | None
    recipient: str | None
    measure: str | None
    as_of: str | None
    status: str
    source: str | None
    quantity: str  # as written
    series: str | None
    quote: str | None
    doc_id: str | None
    subject_id: str | None
    recipient_id: str | None
    source_id: str | None
    outlet: str | None
    language: str | None
    url: str | None
    event_id: str | None = None  # the merged event it quantifies


@dataclass(frozen=True)
class FindingRow:
    finding_id: str
    kind: str
    summary: str
    figure_ids: tuple[str, ...]
    event_ids: tuple[str, ...]
    doc_ids: tuple[str, ...]
    languages: tuple[str, ...]


@dataclass(frozen=True)
class EntityRow:
    """An entity with its names in the languages the gazetteer names entities in."""

    entity_id: str
    name_en: str
    kind: str
    country: str | None
    wikidata: str | None
    names_en: tuple[str, ...]
    names_ja: tuple[str, ...]
    names_ko: tuple[str, ...]
    names_ru: tuple[str, ...]
    mentions: int
    documents: int
    languages: tuple[str, ...]  # of the documents that mention it


@dataclass(frozen=True)
class DocumentRow:
    """A document without its text (documents.jsonl has it): what joins need."""

    doc_id: str
    source: str
    source_id: str | None
    url: str | None
    outlet: str | None
    language: str | None
    title: str | None
    published: str | None
    published_not_before: str | None
    kind: str
    duplicate_of: str | None
    on_topic: bool
    sections: int
    characters: int


@dataclass(frozen=True)
class SearchRow:
    doc_id: str
    published: str | None
    language: str | None
    title: str | None
    source: str
    source_id: str | None
    duplicate_of: str | None
    snippet: str


Row = EventRow | FigureRow | FindingRow | EntityRow | DocumentRow | SearchRow


# -- what rows need to know of the documents facts are told in ------------------------------


@dataclass(frozen=True)
class Stretch:
    """A part of a page with an outlet and address of its own: an aggregator's section."""

    start: int
    end: int
    outlet: str | None
    url: str | None


@dataclass(frozen=True)
class DocInfo:
    id: str
    language: str | None
    url: str | None
    site_name: str | None
    stretches: tuple[Stretch, ...]

    def origin(self, offset: int) -> tuple[str | None, str | None]:
        """(outlet as written, url) of the text at ``offset``: the section holding it on
        an aggregator page (its own article), else the page's."""
        for part in self.stretches:
            if part.start <= offset < part.end:
                return part.outlet, part.url or self.url
        return self.site_name, self.url


class Documents:
    """The documents rows refer to, each read from the store once (without its text)."""

    def __init__(self, store: StoreReader) -> None:
        self._store = store
        self._known: dict[str, DocInfo | None] = {}

    def remember(self, doc: StoredDocument) -> DocInfo:
        stretches = tuple(Stretch(s.start, s.end, s.outlet, s.url) for s in doc.sections)
        info = DocInfo(doc.id, doc.language, doc.url, doc.site_name, stretches)
        self._known[doc.id] = info
        return info

    def get(self, doc_id: str) -> DocInfo | None:
        if doc_id not in self._known:
            stored = self._store.document(doc_id)
            self._known[doc_id] = self.remember(stored) if stored else None
        return self._known[doc_id]

    def language(self, doc_id: str) -> str | None:
        info = self.get(doc_id)
        return info.language if info else None


class Outlet(NamedTuple):
    name: str  # the gazetteer's English name when it knows the outlet, else as written
    state: str | None  # its home state


def outlet_of(knowledge: Knowledge, written: str | None, url: str | None) -> Outlet | None:
    """The outlet of a page or section: by its address (outlets.yaml), else as written."""
    name = knowledge.outlets.for_url(url) or written
    if not name:
        return None
    gazetteer = knowledge.gazetteer
    # outlets.yaml says "The Korea Times" where the gazetteer knows "Korea Times".
    entity_id = gazetteer.named(name) or gazetteer.named(name.removeprefix("The "))
    entity = gazetteer.entities.get(entity_id or "")
    return Outlet(entity.name_en if entity else name, gazetteer.state_of(entity_id))


class Told(NamedTuple):
    """Where one report of a fact was read."""

    outlet: Outlet | None
    url: str | None
    language: str | None


def told(item: Evidence, docs: Documents, knowledge: Knowledge) -> Told:
    info = docs.get(item.doc_id)
    if info is None:
        return Told(None, None, None)
    written, url = info.origin(item.start)
    return Told(outlet_of(knowledge, written, url), url, info.language)


# -- row builders ---------------------------------------------------------------------------


def event_row(event: StoredEvent, docs: Documents, knowledge: Knowledge) -> EventRow:
    reports = [told(item, docs, knowledge) for item in event.evidence]
    outlets = _unique(r.outlet for r in reports if r.outlet)
    country = event_country(event, knowledge.categories)
    carriers = list(outlets)
    if event.source and event.source.kind == "outlet":  # KCNA said: KCNA's scale counts too
        carriers.append(Outlet(event.source.name_en, event.source.country))
    states: set[str | None] = {country} if country else {_state(event.actor), _state(event.target)}
    return EventRow(
        event_id=event.id, event_date=event.date.start, time_precision=time_precision(event.date),
        event_type=event.type, sub_event_type=event.mode, actor1=_name(event.actor),
        assoc_actor_1=None, actor2=_name(event.target), country=country,
        location=_name(event.location),
        source=_name(event.source) or LIST_SEPARATOR.join(o.name for o in outlets) or None,
        source_scale=source_scale(carriers, states),
        notes=event.evidence[0].quote if event.evidence else None, status=event.status,
        evidence_count=len(event.evidence), date_end=event.date.end,
        date_basis=event.date.basis, actor1_id=_id(event.actor), actor2_id=_id(event.target),
        location_id=_id(event.location), source_id=_id(event.source),
        outlets=tuple(o.name for o in outlets), confidence=event.confidence,
        languages=tuple(sorted({r.language for r in reports if r.language})),
        doc_ids=_unique(item.doc_id for item in event.evidence),
        urls=_unique(r.url for r in reports if r.url), item=event.item,
        treaty_id=_id(event.treaty),
    )  # fmt: skip


def time_precision(date: EventDate) -> int | None:
    """ACLED's time precision of the event date: 1 the day is known, 2 a span of days
    (8–13 October: ACLED's "week"), 3 only the month or the year (ACLED's 3 is "the
    month"; ACLED has no coarser code, so a year is 3 too; event_date keeps which).
    None when undated."""
    if not date.start:
        return None
    if len(date.start) >= len("2024-10-08"):
        return 2 if date.end and date.end != date.start else 1
    return 3


def event_country(event: StoredEvent, categories: Categories) -> str | None:
    """The state where the event took place (ISO alpha-3), as far as the record says."""
    if event.location:
        return _state(event.location)
    # What is sent (troops, shells, oil) is where it arrives: a deployment of North Korean
    # troops to Russia is an event in Russia, whoever sends them.
    if event.target and categories.sends(event.type, event.mode):
        return _state(event.target)
    # An act that stands alone and is aimed at no one (a launch, a denial) is done at home.
    if (
        event.target is None
        and categories.stands_alone(event.type, event.mode)
        and not categories.get(event.type).moves_things  # troops sent nowhere named
    ):
        return _state(event.actor)
    # A meeting or a clash with no place named may be on either party's soil: an empty
    # country is better than one where it did not happen.
    return None


# ACLED's scales in the order it joins them ("National-International").
SCALES = ("National", "International", "Other")


def source_scale(outlets: Sequence[Outlet], states: set[str | None]) -> str | None:
    """ACLED's source scale from the outlets that carried the reports (docs/export.md):
    National for an outlet of the state where the event took place (when that is not
    known, of a party to it), International for an outlet of another state, Other for one
    whose home state kansoku does not know; several joined in ACLED's way. None when no
    report came from a known outlet (a saved page without its address)."""
    found = set()
    for outlet in outlets:
        if outlet.state is None:
            found.add("Other")
        else:
            found.add("National" if outlet.state in states else "International")
    return "-".join(scale for scale in SCALES if scale in found) or None


def figure_row(figure: StoredFigure, docs: Documents, knowledge: Knowledge) -> FigureRow:
    item = figure.evidence[0] if figure.evidence else None
    where = told(item, docs, knowledge) if item else Told(None, None, None)
    outlet = where.outlet.name if where.outlet else None
    return FigureRow(
        figure_id=figure.id, kind=figure.kind, value=figure.value, value_max=figure.value_max,
        qualifier=figure.qualifier, unit=figure.unit, subject=_name(figure.subject),
        recipient=_name(figure.recipient), measure=figure.measure, as_of=figure.as_of,
        status=figure.status, source=_name(figure.source) or outlet, quantity=figure.quantity,
        series=figure.series.render() if figure.series else None,
        quote=item.quote if item else None, doc_id=item.doc_id if item else None,
        subject_id=_id(figure.subject), recipient_id=_id(figure.recipient),
        source_id=_id(figure.source), outlet=outlet, language=where.language, url=where.url,
        event_id=figure.event_id,
    )  # fmt: skip


def finding_row(finding: Finding, docs: Documents) -> FindingRow:
    return FindingRow(
        finding_id=finding.id, kind=finding.kind, summary=finding.summary,
        figure_ids=finding.figure_ids, event_ids=finding.event_ids, doc_ids=finding.doc_ids,
        languages=_languages(docs, finding.doc_ids),
    )  # fmt: skip


def entity_row(entity: StoredEntity, docs: Documents) -> EntityRow:
    ref, names = entity.ref, entity.names
    documents = _unique(m.doc_id for m in entity.mentions)
    return EntityRow(
        entity_id=ref.id, name_en=ref.name_en, kind=ref.kind, country=ref.country,
        wikidata=ref.wikidata, names_en=tuple(names.get("en", ())),
        names_ja=tuple(names.get("ja", ())), names_ko=tuple(names.get("ko", ())),
        names_ru=tuple(names.get("ru", ())), mentions=len(entity.mentions),
        documents=len(documents), languages=_languages(docs, documents),
    )  # fmt: skip


def document_row(doc: StoredDocument, knowledge: Knowledge) -> DocumentRow:
    outlet = outlet_of(knowledge, doc.site_name, doc.url)
    return DocumentRow(
        doc_id=doc.id, source=doc.source, source_id=doc.source_id, url=doc.url,
        outlet=outlet.name if outlet else None, language=doc.language, title=doc.title,
        published=doc.published, published_not_before=doc.published_not_before,
        kind=doc.kind, duplicate_of=doc.duplicate_of, on_topic=doc.on_topic,
        sections=len(doc.sections), characters=len(doc.text),
    )  # fmt: skip


def search_row(hit: SearchHit) -> SearchRow:
    return SearchRow(
        doc_id=hit.id, published=hit.published, language=hit.language, title=hit.title,
        source=hit.source, source_id=hit.source_id, duplicate_of=hit.duplicate_of,
        snippet=hit.snippet,
    )  # fmt: skip


def _name(ref: EntityRef | None) -> str | None:
    return ref.name_en if ref else None


def _id(ref: EntityRef | None) -> str | None:
    return ref.id if ref else None


def _state(ref: EntityRef | None) -> str | None:
    """The state an entity is or belongs to (a country is its own)."""
    if ref is None:
        return None
    return ref.country or (ref.id if ref.kind == "country" else None)


def _unique(items: Iterable[Any]) -> tuple[Any, ...]:
    """Each item once, in the order first seen."""
    return tuple(dict.fromkeys(items))


def _languages(docs: Documents, doc_ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({lang for d in doc_ids if (lang := docs.language(d))}))


# -- selections by language (the CLI's --lang) ----------------------------------------------


def entities_in(
    store: StoreReader, docs: Documents, language: str | None
) -> Iterator[StoredEntity]:
    """Entities with their mentions in documents of ``language`` (None: all), those with
    none left out."""
    for entity in store.entities():
        if language is None:
            yield entity
        elif mentions := tuple(m for m in entity.mentions if docs.language(m.doc_id) == language):
            yield replace(entity, mentions=mentions)


def findings_in(
    store: StoreReader,
    docs: Documents,
    kind: str | None,
    language: str | None,
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[Finding]:
    """Findings (of ``kind``) with at least one document in ``language``, paged after
    that selection."""
    if language is None:
        return store.findings(kind, limit, offset)
    found = (f for f in store.findings(kind) if language in _languages(docs, f.doc_ids))
    return islice(found, offset, None if limit is None else offset + max(0, limit))


def search_in(store: StoreReader, query: str, language: str | None, limit: int) -> list[SearchHit]:
    """Search hits in documents of ``language`` (None: any), up to ``limit``: the search is
    asked for more until enough of them are in that language or there are no more."""
    if language is None or limit <= 0:
        return store.search(query, limit=limit)
    asked = limit
    while True:
        hits = store.search(query, limit=asked)
        found = [hit for hit in hits if hit.language == language]
        if len(found) >= limit or len(hits) < asked:
            return found[:limit]
        asked *= 4


# -- tables ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # text, int, float, bool, list (of text)
    nullable: bool


@dataclass(frozen=True)
class Table:
    name: str  # the file's name without its extension
    row_type: type[Row]
    rows: Iterable[Row]


_KINDS: dict[Any, str] = {str: "text", int: "int", float: "float", bool: "bool", tuple: "list"}


def columns(row_type: type[Row]) -> tuple[Column, ...]:
    """The columns of a row class, in field order, typed by its annotations."""
    hints = get_type_hints(row_type)
    found = []
    for field in fields(row_type):
        hint, nullable = hints[field.name], False
        if get_origin(hint) in (Union, types.UnionType):
            args = [a for a in get_args(hint) if a is not type(None)]
            hint, nullable = args[0], len(args) < len(get_args(hint))
        found.append(Column(field.name, _KINDS[get_origin(hint) or hint], nullable))
    return tuple(found)


def export_tables(store: StoreReader, knowledge: Knowledge) -> list[Table]:
    """The tables a csv or parquet export writes, rows read as they are written."""
    docs = Documents(store)

    def documents() -> Iterator[DocumentRow]:
        for doc in store.documents():
            docs.remember(doc)  # the other tables look documents up: read each once
            yield document_row(doc, knowledge)

    return [
        Table("documents", DocumentRow, documents()),
        entities_table(store.entities(), docs),
        events_table(store.events(), docs, knowledge),
        figures_table(store.figures(), docs, knowledge),
        findings_table(store.findings(), docs),
    ]


def events_table(events: Iterable[StoredEvent], docs: Documents, knowledge: Knowledge) -> Table:
    return Table("events", EventRow, (event_row(e, docs, knowledge) for e in events))


def figures_table(figures: Iterable[StoredFigure], docs: Documents, knowledge: Knowledge) -> Table:
    return Table("figures", FigureRow, (figure_row(f, docs, knowledge) for f in figures))


def findings_table(findings: Iterable[Finding], docs: Documents) -> Table:
    return Table("findings", FindingRow, (finding_row(f, docs) for f in findings))


def entities_table(entities: Iterable[StoredEntity], docs: Documents) -> Table:
    return Table("entities", EntityRow, (entity_row(e, docs) for e in entities))


def search_table(hits: Iterable[SearchHit]) -> Table:
    return Table("search", SearchRow, (search_row(hit) for hit in hits))
