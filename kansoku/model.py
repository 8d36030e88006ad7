"""The objects that flow through kansoku: plain dataclasses, no behaviour beyond small helpers.

A Document is created by ``read``, filled in by ``clean``, ``langid`` and ``fingerprint``,
and written by a ``store``. Offsets (sections, later mentions and evidence) always point
into ``Document.text``, the cleaned text, so any fact can be highlighted in its sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Why a span of the page was removed (export contract, documents.jsonl `dropped`).
DROP_REASONS = (
    "navigation",
    "advert",
    "share",
    "comments",
    "credit",
    "off_topic",
    "boilerplate",
)


@dataclass
class Dropped:
    text: str
    reason: str


@dataclass
class Section:
    """A part of an aggregator page that summarises another outlet's article."""

    start: int
    end: int
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    off_topic: bool = False
    title: str | None = None


@dataclass
class Document:
    source: str  # the path or URL exactly as ingested (plus #line / #record for containers)
    raw_sha256: str  # hash of the original bytes
    source_id: str | None = None  # the caller's own id (JSONL `id`)
    url: str | None = None  # canonical URL when known
    site_name: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date at the precision the source supports
    published_not_before: str | None = None
    language: str | None = None
    # Input to cleaning: the page's candidate text, one block per line, and the blocks the
    # HTML extractor already judged to be outside the main text.
    body: str = ""
    outside_main: list[str] = field(default_factory=list)
    # Output of cleaning.
    kind: str = "article"
    text: str = ""
    # Set when analysed: any of the topic's actors or terms and every party of one of the
    # topic's read_pages_naming groups named (else no facts are drawn), and every core
    # party named (else no findings are).
    on_topic: bool = True
    core: bool = True
    # The extractor version that read it (kansoku.extract.EXTRACTOR_VERSION; None: not read).
    extractor: int | None = None
    dropped: list[Dropped] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    # Output of fingerprinting and duplicate detection.
    content_sha256: str = ""
    minhash: bytes | None = None
    duplicate_of: str | None = None
    id: str = ""
    # Output of extraction (offsets into ``text``).
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)  # every entity the facts refer to
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    # How it was read (a page too large for main-text detection, a cut character…): told
    # once, in the one warning line its storing gives, not as lines of their own.
    read_notes: list[str] = field(default_factory=list)

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    def mentions_in(self, sentence: Sentence) -> list[Mention]:
        """The mentions inside ``sentence``, with offsets into the sentence."""
        return [
            Mention(m.start - sentence.start, m.end - sentence.start, m.text, m.entity_id, m.kind)
            for m in self.mentions
            if sentence.start <= m.start and m.end <= sentence.end
        ]

    def reference_date(self, sentence: Sentence) -> str | None:
        """The date a sentence was written on: its section's, else the page's, else the
        earliest the page can be from. Relative dates count from it."""
        return self.publication_date(sentence) or self.published_not_before

    def publication_date(self, sentence: Sentence) -> str | None:
        """The date a sentence was published on (its section's, else the page's), None
        when the page never says: the earliest it can be from is no date of publishing."""
        if sentence.section is not None and self.sections[sentence.section].published:
            return self.sections[sentence.section].published
        return self.published


# Bases of a date that is only the page's: its publication ("published", shown as
# "reported on"), or, for a page that never says, the earliest it can be from.
PAGE_DATE_BASES = ("published", "not_before")
# The statuses of an act the text tells as done (by its own voice or someone's), not as a
# plan, a prospect or a thing denied.
TOLD_AS_DONE = ("asserted", "reported")


@dataclass
class ReadError:
    """An input item that could not be turned into a Document; the batch goes on."""

    item: str
    reason: str

    def __str__(self) -> str:
        return f"error: {self.item}: {self.reason}"


@dataclass(frozen=True)
class Entity:
    """A canonical actor, place or thing (export contract: entity reference)."""

    id: str
    kind: str
    name_en: str
    country: str | None = None
    wikidata: str | None = None
    stands_for: str | None = None  # a capital acting as its government
    parties: tuple[str, ...] = ()  # a treaty's states
    names: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (language, aliases) pairs


@dataclass
class Mention:
    start: int  # offsets into Document.text
    end: int
    text: str
    entity_id: str
    kind: str | None = None  # the entity's kind, for choosing among mentions in a phrase


@dataclass
class Sentence:
    start: int
    end: int
    section: int | None = None  # index into Document.sections
    paragraph: int = 0  # paragraphs are counted by the line breaks before the sentence


@dataclass
class Event:
    type: str
    mode: str | None
    actor: str | None  # entity ids
    target: str | None
    start: int  # the evidence span (the sentence), offsets into Document.text
    end: int
    trigger: str
    location: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    # "text": the sentence dates it; "context": its paragraph's lead does; "published":
    # only the report's date bounds it.
    date_basis: str | None = None
    status: str = "asserted"
    source: str | None = None
    confidence: float = 0.5
    # The categories of the event words a denial in the sentence can speak of.
    spoken_of: tuple[str, ...] = ()
    # The text credits it to someone, named or not (said, reported, according to…).
    credited: bool = field(default=False, compare=False)
    id: str = ""
    # What a transfer or deployment moves (troops, shells, oil…: data/categories.yaml's
    # items), None for an event that moves nothing or names nothing it moves.
    item: str | None = None
    # The treaty an act on a treaty (signing, ratification, entry into force) is about.
    treaty: str | None = None


@dataclass
class Figure:
    kind: str
    value: float
    unit: str
    start: int  # the evidence span (the sentence)
    end: int
    quantity: str  # the number as written
    value_max: float | None = None
    qualifier: str = "exact"
    subject: str | None = None
    as_of: str | None = None
    as_of_basis: str | None = None  # "text" when the sentence dates it, else "published"
    status: str = "asserted"
    source: str | None = None
    measure: str | None = None  # killed / wounded / engineers…, within a kind
    recipient: str | None = None  # where it goes (containers PRK → RUS), a state
    credited: bool = field(default=False, compare=False)  # as for events
    id: str = ""
    # The event report of its sentence this count quantifies (a troop count, the
    # dispatch): stored as that report's id once facts are named.
    event: Event | None = field(default=None, compare=False, repr=False)


@dataclass
class Note:
    """Something a text says about itself that does not add up (a finding's raw material)."""

    kind: str  # date_inconsistency, or unread (a sentence the rules could not read)
    summary: str
    start: int
    end: int
