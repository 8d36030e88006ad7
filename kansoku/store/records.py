"""What a store hands back: frozen, typed records, the same whatever the database.

No store returns its rows or dicts of its column names; it returns these. The reader's
records (documents, entities, events, figures, findings, search hits, stats) carry what
the export contract needs, and ``kansoku.export`` alone turns them into the contract's
JSON. The reconciliation records (reports, merged events, document meta, notes) are what
``kansoku.reconcile`` reads and writes.

Keys are typed values: an :class:`EventKey` says what must agree for two reports to tell
one occurrence, a :class:`SeriesKey` what must agree for two figures to measure one
quantity, and a finding's scope says what it was computed from. None means "none", never
a "None" string.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import NamedTuple

# -- keys -------------------------------------------------------------------------------


class EventKey(NamedTuple):
    """What two event reports must share to be reports of one occurrence.

    ``side_a``/``side_b`` are the states (or stateless entities) on each side, in a fixed
    order for symmetric categories; ``modality`` is ``claimed`` (asserted or reported),
    ``possible``, ``planned`` or ``denied``; ``claimant`` is the state credited with a
    claim (None for the other modalities or when the text asserts it).
    """

    category: str
    mode: str | None
    side_a: str | None
    side_b: str | None
    modality: str
    claimant: str | None


class SeriesKey(NamedTuple):
    """The figures that may measure one quantity: one kind and measure (the dead are not
    the wounded), in one unit, of one owner."""

    kind: str
    unit: str
    subject: str
    measure: str | None = None  # keys stored before measures were part of them have none

    def render(self) -> str:
        """The form the export shows (``troops|persons|PRK``, ``casualties|persons|PRK|
        killed``): a label, never parsed."""
        label = f"{self.kind}|{self.unit}|{self.subject}"
        return f"{label}|{self.measure}" if self.measure else label


@dataclass(frozen=True)
class SeriesScope:
    """Findings computed from one series (figure_series, conflicting_figures)."""

    series: SeriesKey


@dataclass(frozen=True)
class DenialScope:
    """Findings computed from the denials of one state (assertion_vs_denial)."""

    state: str


@dataclass(frozen=True)
class DocumentScope:
    """Findings computed from one document (date_inconsistency, duplicate_report)."""

    doc_id: str


# Distinct classes, not tuples: a denial scope "RUS" must never equal a document scope "RUS".
FindingScope = SeriesScope | DenialScope | DocumentScope


# -- what the reader returns --------------------------------------------------------------


@dataclass(frozen=True)
class EntityRef:
    """An entity as facts refer to it (export contract: entity reference)."""

    id: str
    name_en: str
    kind: str
    country: str | None
    wikidata: str | None = None


@dataclass(frozen=True)
class EntityMention:
    doc_id: str
    start: int  # offsets into the document's text
    end: int
    text: str


@dataclass(frozen=True)
class StoredEntity:
    """An entity some document mentions: its reference, its names and every mention."""

    ref: EntityRef
    names: Mapping[str, tuple[str, ...]]  # language → names, in the order stored
    mentions: tuple[EntityMention, ...]


@dataclass(frozen=True)
class DroppedSpan:
    text: str
    reason: str


@dataclass(frozen=True)
class StoredSection:
    """A part of an aggregator page (offsets into the document's text)."""

    start: int
    end: int
    published: str | None
    outlet: str | None
    url: str | None
    off_topic: bool
    title: str | None


@dataclass(frozen=True)
class StoredDocument:
    id: str
    source: str
    source_id: str | None
    language: str | None
    title: str | None
    published: str | None
    published_not_before: str | None
    kind: str
    text: str
    dropped: tuple[DroppedSpan, ...]
    sections: tuple[StoredSection, ...]
    duplicate_of: str | None
    url: str | None
    site_name: str | None
    raw_sha256: str
    content_sha256: str
    ingested_at: str
    on_topic: bool = True  # anything of the tracked topic's profile


@dataclass(frozen=True)
class Evidence:
    """A sentence that tells a fact: offsets into a document's text and its wording."""

    doc_id: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class EventEvidence(Evidence):
    """One report of a merged event, with what that report itself says."""

    status: str
    source: str | None  # entity id the report credits
    date: str | None  # the report's own date_start
    extractor: int | None = None  # EXTRACTOR_VERSION that made it (None: older, unknown)


@dataclass(frozen=True)
class EventDate:
    start: str | None
    end: str | None
    basis: str | None  # "text", "context", "published", "not_before" or None


@dataclass(frozen=True)
class StoredEvent:
    """A merged event with every report of it as evidence."""

    id: str
    type: str
    mode: str | None
    actor: EntityRef | None
    target: EntityRef | None
    date: EventDate
    location: EntityRef | None
    status: str
    source: EntityRef | None
    evidence: tuple[EventEvidence, ...]
    confidence: float
    item: str | None = None  # what a transfer or deployment moves (troops, shells…)
    treaty: EntityRef | None = None  # the treaty an act on a treaty is about
    # The oldest extractor version among its reports (None: one was made by an unknown one).
    extractor: int | None = None


@dataclass(frozen=True)
class EventOutline:
    """A merged event without its reports, and how many there are: what a chart draws
    of it (reading every report's sentence for 2,000 marks would cost seconds)."""

    id: str
    type: str
    mode: str | None
    actor: EntityRef | None
    target: EntityRef | None
    date: EventDate
    location: EntityRef | None
    status: str
    source: EntityRef | None
    confidence: float
    reports: int  # how many reports tell it
    item: str | None = None
    treaty: EntityRef | None = None


@dataclass(frozen=True)
class StoredFigure:
    id: str
    kind: str
    value: float
    value_max: float | None
    qualifier: str
    unit: str
    subject: EntityRef | None
    as_of: str | None
    status: str
    source: EntityRef | None
    evidence: tuple[Evidence, ...]
    quantity: str  # the number as written
    measure: str | None
    recipient: EntityRef | None
    series: SeriesKey | None
    event_id: str | None = None  # the merged event it quantifies
    extractor: int | None = None  # EXTRACTOR_VERSION that made it (None: older, unknown)


class FigureOutline(NamedTuple):
    """A figure without its sentence or entity names: what choosing among thousands of
    reports of one kind needs (``Store.figure_outlines``); the chosen few are read whole.
    A named tuple: thousands are made per question, a frozen dataclass costs ~5× more."""

    id: str
    kind: str
    unit: str
    measure: str | None
    subject: str | None  # entity ids
    recipient: str | None
    source: str | None
    series: SeriesKey | None
    as_of: str | None
    status: str


Span = tuple[str, int, int]  # a document and offsets into its text


@dataclass(frozen=True)
class Finding:
    """Something reconciliation found across facts; a store keeps it under its scope."""

    id: str
    kind: str
    summary: str
    figure_ids: tuple[str, ...]
    event_ids: tuple[str, ...]
    doc_ids: tuple[str, ...]
    # Sentences it is about beyond its facts: the sentence whose dates do not add up.
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class SearchHit:
    id: str
    source: str
    source_id: str | None
    title: str | None
    published: str | None  # the page's date, else the earliest it can be from
    language: str | None
    duplicate_of: str | None
    snippet: str  # the text around the first term found


@dataclass(frozen=True)
class Stats:
    database: str  # where the store lives (a file path for SQLite)
    schema_version: int
    documents: int
    aggregators: int
    sections: int
    duplicates: int
    characters: int
    events: int  # merged events
    event_reports: int
    figures: int
    entities: int  # entities mentioned at least once
    findings: int
    languages: Mapping[str, int]  # language ("?" when unknown) → documents, most first
    dropped: Mapping[str, int]  # reason → dropped spans, most first
    first_date: str | None
    last_date: str | None
    # Coverage: sentences that gave at least one event or figure, and sentences that name a
    # tracked party beside an event word or a number yet gave none (to read by hand).
    fact_sentences: int = 0
    unread_sentences: int = 0
    # Who the reports credit: source entity → event reports, most first (the first
    # ``CREDITED_SHOWN``), so a reader sees at once whose word the record rests on.
    sources: Mapping[str, int] = field(default_factory=dict)


CREDITED_SHOWN = 12


@dataclass(frozen=True)
class EventFilter:
    """Which events to read; None leaves a criterion out.

    ``actor`` matches the event's actor or any actor whose country it is (PRK matches
    kim-jong-un); ``since``/``until`` compare with the event's date at the precision given
    (until 2024-10 includes 2024-10-31). ``language`` keeps an event at least one of whose
    reports comes from a document in that language (``ja``, ``en``, ``ko``); ``source``
    (an entity id, no country widening) one the event credits to it or one of whose
    reports does: a merged event keeps one source, but every report that tells it counts.
    """

    actor: str | None = None
    type: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    language: str | None = None
    source: str | None = None
    doc_id: str | None = None  # told in this document (one of its reports is)
    undated: bool = False  # only the events whose date the text does not give
    # Each group: the event's actor, target, location or source is one of its entity ids
    # (a question naming North Korea and Russia: one group of each state's entities).
    parties: tuple[tuple[str, ...], ...] = ()
    modes: tuple[str, ...] = ()  # the event's mode is one of these (empty: any mode)


@dataclass(frozen=True)
class FigureFilter:
    """Which figures to read, as :class:`EventFilter` does; ``actor`` matches whose figure
    it is (the subject) and the dates are the figure's as-of date; ``language`` is its
    document's and ``source`` the entity id it is credited to."""

    actor: str | None = None
    kind: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    language: str | None = None
    source: str | None = None
    doc_id: str | None = None  # told in this document


# -- what reconciliation reads and writes -------------------------------------------------


@dataclass(frozen=True)
class EventReport:
    """An event as extracted from one sentence, before merging."""

    id: str
    doc_id: str
    type: str
    mode: str | None
    actor: str | None  # entity ids
    target: str | None
    location: str | None
    date_start: str | None
    date_end: str | None
    date_basis: str | None
    status: str
    source: str | None
    confidence: float
    start: int  # the sentence, offsets into the document's text
    end: int
    spoken_of: tuple[str, ...] = ()  # categories of every event word in the sentence
    key: EventKey | None = None  # set by reconciliation
    cluster: str | None = None  # the merged event it is evidence of
    doc_duplicate_of: str | None = None  # the document's original, when it is a copy
    doc_core: bool = True  # its document is about the topic's core (findings come from these)
    item: str | None = None  # what it moves (troops, shells…)
    treaty: str | None = None  # the treaty an act on a treaty is about
    doc_sha256: str = ""  # its document's content: merging follows it, never where it was read
    # The extraction that made it (EXTRACTOR_VERSION); None: stored before versions were
    # kept, by an extraction that did not always read what moves.
    extractor: int | None = None


@dataclass(frozen=True)
class MergedEvent:
    """Reports of one occurrence merged into one event (a cluster)."""

    id: str
    key: EventKey
    type: str
    mode: str | None
    actor: str | None
    target: str | None
    location: str | None
    date_start: str | None
    date_end: str | None
    date_basis: str | None
    status: str
    source: str | None
    confidence: float
    members: tuple[str, ...]  # ids of its reports, sorted
    item: str | None = None  # the item most of its reports name
    treaty: str | None = None  # the treaty most of its reports name


@dataclass(frozen=True)
class FigureReport:
    """A figure as extracted, with the date its document was published."""

    id: str
    doc_id: str
    start: int  # its sentence in the document's text
    end: int
    kind: str
    value: float
    value_max: float | None
    qualifier: str
    unit: str
    subject: str | None
    as_of: str | None
    as_of_basis: str | None
    status: str
    source: str | None
    measure: str | None
    recipient: str | None
    doc_published: str | None = None
    series: SeriesKey | None = None
    doc_core: bool = True  # its document is about the topic's core (findings come from these)
    event: str | None = None  # the event report it quantifies
    doc_sha256: str = ""  # its document's content, as for EventReport


# Fields that name other records by id: ids hash the path a document was read from.
_POINTING = frozenset({"id", "doc_id", "key", "cluster", "series", "doc_duplicate_of", "event"})


def reading_order(report: EventReport | FigureReport) -> tuple[object, ...]:
    """The order reports are merged in: by their document's content and their sentence in
    it, then by what they say (a sentence can tell two facts), never by id, which hashes
    the path a document was read from; so the same articles read from another folder or
    in another order merge the same. Only identical reports of identical texts tie."""
    told = tuple(
        (value is None, str(value))  # what a report names before what it leaves out
        for value in (getattr(report, f.name) for f in fields(report) if f.name not in _POINTING)
    )
    return (report.doc_sha256, report.start, report.end, told, report.id)


@dataclass(frozen=True)
class DocumentMeta:
    """What findings about a document need to know of it."""

    id: str
    source: str
    title: str | None
    duplicate_of: str | None
    duplicate_of_source: str | None
    core: bool = True  # about the topic's core: only such documents give findings


@dataclass(frozen=True)
class StoredNote:
    """Something a text says about itself that does not add up."""

    doc_id: str
    kind: str
    summary: str
    start: int
    end: int
