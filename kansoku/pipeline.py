"""The flow over a batch: read → clean → identify language → fingerprint → sentences,
mentions, the language's reading and extraction → store → reconcile.

Stages never call each other; this module passes each Document from one to the next and
decides what happens to duplicates. Every item either lands whole in the store or is
reported as an error, and the batch goes on.

A long text is stored whole and searchable, but only its first ``MAX_PARSED_CHARS`` are
read for languages, near-duplicates, mentions and facts (one warning says so): what the
language readers and MinHash cost grows faster than the text (a 10 MB line once took a
single ingest to 11.6 GB; 1 MB of on-topic English took two minutes to read).
"""

from __future__ import annotations

import copy
import hashlib
import logging
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kansoku.clean import MAX_CLEANED_CHARS, clean, names_topic
from kansoku.engines import Engine, EngineError, LocalEngine
from kansoku.extract import EXTRACTOR_VERSION, extract
from kansoku.fingerprint import NearDuplicateIndex, fingerprint
from kansoku.knowledge import Knowledge, default_knowledge
from kansoku.lang import Language
from kansoku.langid import identify, language_stretches
from kansoku.link import link
from kansoku.model import Document, Entity, Event, Figure, Mention, ReadError, Sentence
from kansoku.read import ReadWarning, read_sources
from kansoku.reading import SentenceChoice, SentenceReading
from kansoku.reconcile import reconcile
from kansoku.store import Store, StoreError

if TYPE_CHECKING:
    from kansoku.fetch import Fetcher

# Characters of cleaned text read for facts: ten long articles. Measured worst case
# (every sentence on topic): 50,000 Japanese characters take 16 s and 0.9 GB to read.
MAX_PARSED_CHARS = 50_000
log = logging.getLogger(__name__)
Item = Document | ReadError | ReadWarning
_WORD = re.compile(r"[^\W\d_]")  # a letter of any script
_BLANKED = re.compile(r"[^\n]")


@dataclass
class IngestReport:
    stored: list[str] = field(default_factory=list)  # ids of new documents
    unchanged: list[str] = field(default_factory=list)  # already stored: nothing to do
    duplicates: list[str] = field(default_factory=list)  # stored, marked duplicate_of
    errors: list[ReadError] = field(default_factory=list)
    warnings: list[ReadWarning] = field(default_factory=list)  # stored, with a loss told
    # The store took no more writes (disk full, lock not had…): the items after the one
    # that failed were never read, and a caller keeping track of sources must not count
    # them as done.
    stopped: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


def process(doc: Document, knowledge: Knowledge) -> Document:
    """The per-document stages, independent of any store: a pure function of the
    document and the knowledge."""
    return analyse(prepare(doc, knowledge), knowledge)


def prepare(doc: Document, knowledge: Knowledge) -> Document:
    """Clean, identify the language, fingerprint: everything before the language's own
    analysis."""
    # The caller's language hint can only guide cleaning; the text decides after it.
    clean(doc, knowledge)
    whole = doc.text
    with _parsed_part(doc):
        doc.language = identify(doc.text) or doc.language
        fingerprint(doc)  # near-duplicates by the part read
    if whole is not doc.text or len(whole) > MAX_PARSED_CHARS:
        # Exact copies and the id by the whole text, as fingerprint makes them.
        doc.content_sha256 = hashlib.sha256(whole.encode("utf-8")).hexdigest()
        identity = f"{doc.source}\0{doc.content_sha256}".encode()
        doc.id = "d-" + hashlib.sha256(identity).hexdigest()[:16]
    return doc


@contextmanager
def _parsed_part(doc: Document) -> Iterator[None]:
    """Within it, ``doc.text`` is the part read for facts: the first MAX_PARSED_CHARS,
    cut at a line end when one is near. Offsets into it are offsets into the whole."""
    whole = doc.text
    if len(whole) > MAX_PARSED_CHARS:
        end = whole.rfind("\n", MAX_PARSED_CHARS - 10_000, MAX_PARSED_CHARS)
        doc.text = whole[: end if end > 0 else MAX_PARSED_CHARS]
    try:
        yield
    finally:
        doc.text = whole


def stored_notes(doc: Document, knowledge: Knowledge) -> list[str]:
    """What a stored document's reader should know: it was read only in part, or in a
    language kansoku has no reader for."""
    notes, size = [], []
    if len(doc.text) > MAX_PARSED_CHARS:
        size.append(
            f"{len(doc.text):,} characters of text: all stored and searchable, but facts were "
            f"read only from the first {MAX_PARSED_CHARS:,}"
        )
    if len(doc.body) > MAX_CLEANED_CHARS:
        size.append(f"page furniture removed only from its first {MAX_CLEANED_CHARS:,} characters")
    if size:
        notes.append("; ".join(size))
    if doc.language and doc.language not in knowledge.languages:
        notes.append(
            f"in a language kansoku does not read ({doc.language}): stored and searchable, "
            "no facts drawn"
        )
    return notes


def analyse(doc: Document, knowledge: Knowledge, parse_all: bool = False) -> Document:
    """Sentences, entity mentions, and the events and figures the language can read.

    ``parse_all`` asks the language's analyser to read every sentence, not only those
    that can carry a fact (the benchmark measures what that shortcut costs in recall).
    """
    with _parsed_part(doc):
        parts = _language_parts(doc, knowledge)
        doc.sentences = sorted((s for p in parts for s in p.sentences), key=lambda s: s.start)
        _place_sentences(doc)
        home = knowledge.home_state(doc.url)
        found = [e for p in parts for e in p.link(knowledge, home)]
        doc.mentions = sorted(
            (m for p in parts for m in p.mentions), key=lambda m: (m.start, -m.end)
        )
        named = (knowledge.gazetteer.state_of(m.entity_id) for m in doc.mentions)
        states = {s for s in named if s}
        # Only a page naming a party the topic is about is parsed (data/topic.yaml says
        # why): the rest, most of a real feed, is kept and searchable.
        topic = knowledge.topic
        doc.on_topic = names_topic(topic, doc.text) and topic.worth_reading(states)
        doc.core = topic.is_core(states)
        doc.extractor = EXTRACTOR_VERSION  # what read it, facts or none
        if doc.on_topic:  # a page with nothing of the topic is kept and searchable, no more
            only = None if doc.core else _naming_a_party(doc, knowledge)
            extract(doc, _read(doc, parts, parse_all, only), knowledge)
    _name_facts(doc)
    doc.entities = _referenced(doc, {**knowledge.gazetteer.entities, **{e.id: e for e in found}})
    return doc


@dataclass
class _LanguagePart:
    """One language's share of a document: its stretches of text, read by its reader.

    ``text`` is the document's text with every other stretch blanked out (line breaks
    kept), so that offsets, sentences and paragraphs are the document's own.
    """

    language: Language
    text: str
    sentences: list[Sentence]
    mentions: list[Mention] = field(default_factory=list)

    def link(self, knowledge: Knowledge, home: str | None) -> list[Entity]:
        self.mentions, found = link(self.text, self.language, knowledge.gazetteer, home)
        return found


def _language_parts(doc: Document, knowledge: Knowledge) -> list[_LanguagePart]:
    """The document by language: one part for a page in one language; a page that mixes
    languages (a Japanese blog reposting an English wire paragraph) has each stretch read
    in its own language."""
    stretches = language_stretches(doc.text, doc.language, knowledge.languages)
    if len(stretches) == 1:
        language = knowledge.language(doc.language)
        return [_LanguagePart(language, doc.text, language.split_sentences(doc.text))]
    blank = _BLANKED.sub(" ", doc.text)
    parts = []
    for code in dict.fromkeys(s.language for s in stretches):
        pieces, position = [], 0
        for stretch in (s for s in stretches if s.language == code):
            pieces += [blank[position : stretch.start], doc.text[stretch.start : stretch.end]]
            position = stretch.end
        text = "".join([*pieces, blank[position:]])
        language = knowledge.language(code)
        parts.append(_LanguagePart(language, text, language.split_sentences(text)))
    return parts


def _naming_a_party(doc: Document, knowledge: Knowledge) -> SentenceChoice | None:
    """On a page read for the topic that does not name every core party (North Korea's
    soldiers in Ukraine, Russia unnamed), the sentences naming one of the parties the
    topic reads pages for (directly or through their people, agencies and places; an
    outlet credited, TASS reported, names no one acting): the rest of such a page never
    reaches a parser. None: every sentence (a profile that reads every page)."""
    parties = knowledge.topic.tracked_parties
    if not parties:
        return None
    state_of = knowledge.gazetteer.state_of
    begins = [s.start for s in doc.sentences]  # sorted, as bisect needs
    starts = set()
    for mention in doc.mentions:
        at = bisect_right(begins, mention.start) - 1
        if (
            at >= 0
            and mention.start < doc.sentences[at].end
            and mention.kind != "outlet"
            and state_of(mention.entity_id) in parties
        ):
            starts.add(begins[at])
    return lambda sentence: sentence.start in starts


def _read(
    doc: Document, parts: list[_LanguagePart], parse_all: bool, only: SentenceChoice | None
) -> list[SentenceReading]:
    """Each part read by its language, the readings numbered by the whole document's
    sentences; a sentence ``only`` leaves out gives no event word and no count, whether
    its language parsed it or not."""
    if len(parts) == 1:
        readings = parts[0].language.read(doc, parse_all, only)
    else:
        number = {id(s): i for i, s in enumerate(doc.sentences)}
        readings = []
        for part in parts:
            view = copy.copy(doc)
            view.text, view.sentences, view.mentions = part.text, part.sentences, part.mentions
            for reading in part.language.read(view, parse_all, only):
                reading.index = number[id(part.sentences[reading.index])]
                readings.append(reading)
        readings.sort(key=lambda r: r.index)
    if only is not None:
        for reading in readings:
            if not only(doc.sentences[reading.index]):
                reading.triggers, reading.quantities = [], []
    return readings


def _place_sentences(doc: Document) -> None:
    """Each sentence's section, and its paragraph (counted by line breaks)."""
    paragraph, previous_end = 0, 0
    for sentence in doc.sentences:
        paragraph += "\n" in doc.text[previous_end : sentence.start]
        previous_end = sentence.end
        sentence.paragraph = paragraph
        sentence.section = next(
            (i for i, s in enumerate(doc.sections) if s.start <= sentence.start < s.end), None
        )


def _referenced(doc: Document, known: dict[str, Entity]) -> list[Entity]:
    """Every entity a mention or a fact points at: the store keeps their references."""
    ids = {m.entity_id for m in doc.mentions}
    for event in doc.events:
        ids |= {
            e for e in (event.actor, event.target, event.location, event.source, event.treaty) if e
        }
    for figure in doc.figures:
        ids |= {e for e in (figure.subject, figure.source, figure.recipient) if e}
    return [known[i] for i in sorted(ids) if i in known]


def _fact_key(fact: Event | Figure) -> tuple[object, ...]:
    if isinstance(fact, Event):
        return (fact.type, fact.mode, fact.actor, fact.target, fact.status, fact.source,
                fact.date_start, fact.trigger)  # fmt: skip
    return (fact.kind, fact.value, fact.value_max, fact.qualifier, fact.subject, fact.status,
            fact.source, fact.quantity)  # fmt: skip


def _name_facts(doc: Document) -> None:
    """Stable ids: the same fact in the same document always gets the same id."""
    groups: list[tuple[str, list[Event] | list[Figure]]] = [("e-", doc.events), ("f-", doc.figures)]
    for prefix, group in groups:
        facts: list[Event | Figure] = list(group)
        for n, fact in enumerate(facts):
            key = f"{doc.id}|{fact.start}|{n}|{_fact_key(fact)}".encode()
            fact.id = prefix + hashlib.sha256(key).hexdigest()[:16]


def _safe_process(doc: Document, knowledge: Knowledge) -> Document | ReadError:
    try:
        done = process(doc, knowledge)
    except Exception as exc:  # one bad document must not stop the batch
        log.debug("processing %s failed", doc.source, exc_info=True)
        return ReadError(doc.source, f"unexpected error: {type(exc).__name__}: {exc}")
    if not done.text.strip():
        kept = sorted({d.reason for d in done.dropped})
        why = f" (all of it {', '.join(kept)})" if kept else ""
        return ReadError(doc.source, f"no text left after cleaning{why}: nothing to store")
    if not _WORD.search(done.text):
        return ReadError(doc.source, "no words in the text, only numbers and signs: not stored")
    return done


def _processed(
    items: Iterable[Document | ReadError], knowledge: Knowledge, engine: Engine | int
) -> Iterator[Document | ReadError]:
    """Items in input order, each Document processed by ``engine`` (a number: that many
    local processes); see ``kansoku.engines``."""
    if isinstance(engine, int):
        engine = LocalEngine(engine)
    return engine.map(_safe_process, items, knowledge)


def ingest(
    sources: Iterable[str],
    store: Store,
    on_item: Callable[[Item], None] | None = None,
    workers: int = 1,
    knowledge: Knowledge | None = None,
    fetcher: Fetcher | None = None,
    engine: Engine | None = None,
) -> IngestReport:
    """Read every source into ``store``; ``on_item`` is told of each item (for progress),
    of each error and of each warning. ``knowledge`` defaults to the bundled data files;
    ``fetcher`` (its time and size limits) to one made for the batch. ``engine`` runs the
    per-document stages (``kansoku.engines``: ``LocalEngine``, ``DaskEngine``); by default
    this process, or a pool of ``workers`` processes. This process alone stores."""
    knowledge = knowledge or default_knowledge()
    report = IngestReport()
    known = _Known()
    known.catch_up(store)

    def unseen(items: Iterable[Document | ReadError]) -> Iterator[Document | ReadError]:
        # The same bytes from the same source were stored before: nothing to redo (a
        # re-run over a folder costs one hash per file, not a parse).
        for item in items:
            if isinstance(item, Document):
                existing = store.find_raw(item.source, item.raw_sha256)
                if existing:
                    report.unchanged.append(existing)
                    if on_item is not None:
                        on_item(item)
                    continue
            yield item

    read = read_sources(sources, knowledge.calendar, fetcher)
    try:
        for item in _processed(unseen(read), knowledge, engine or workers):
            if _take(item, store, known, report, knowledge, on_item):
                return report  # the store takes no more writes
    except EngineError:  # the engine could not start, or went away: what it stored counts
        _reconcile_stored(store, knowledge, report, on_item)
        raise
    _reconcile_stored(store, knowledge, report, on_item)
    return report


def _take(
    item: Item,
    store: Store,
    known: _Known,
    report: IngestReport,
    knowledge: Knowledge,
    on_item: Callable[[Item], None] | None,
) -> bool:
    """Stores (or records) one item the engine gave back; True when the store failed and
    the ingest must stop."""
    if isinstance(item, ReadError):
        report.errors.append(item)
    elif isinstance(item, ReadWarning):
        report.warnings.append(item)
    else:
        try:
            _store_one(item, store, known, report)
        except StoreError as exc:  # the file takes no more writes (disk full, read-only…)
            _fail(report, ReadError(item.source, f"{exc} (ingest stopped here)"), on_item)
            report.stopped = True
            return True  # what it stored stays unreconciled: the next run takes it along
        except Exception as exc:  # a document the store refuses is one failed item
            log.debug("storing %s failed", item.source, exc_info=True)
            # told as the error it became, so the caller names it
            item = ReadError(item.source, f"not stored: {type(exc).__name__}: {exc}")
            report.errors.append(item)
    if on_item is not None:
        on_item(item)
    if isinstance(item, Document):  # stored: anything its reader should know, in one line
        notes = [*item.read_notes, *stored_notes(item, knowledge)]
        if notes:
            _warn(report, ReadWarning(item.source, "; ".join(notes)), on_item)
    return False


def _reconcile_stored(
    store: Store, knowledge: Knowledge, report: IngestReport, on_item: Callable[[Item], None] | None
) -> None:
    # Documents a broken batch stored but never reconciled are taken along.
    pending = sorted(set(report.stored) | set(store.unreconciled()))
    if pending:
        try:
            reconcile(store, knowledge, pending)
        except StoreError as exc:  # undone whole: the next run reconciles these documents
            _fail(report, ReadError("reconciliation", str(exc)), on_item)


def _fail(report: IngestReport, error: ReadError, on_item: Callable[[Item], None] | None) -> None:
    report.errors.append(error)
    if on_item is not None:
        on_item(error)


def _warn(
    report: IngestReport, warning: ReadWarning, on_item: Callable[[Item], None] | None
) -> None:
    report.warnings.append(warning)
    if on_item is not None:
        on_item(warning)


@dataclass
class _Known:
    """The near-duplicate index of the stored documents, brought up to date before each
    document is stored: another ingest may be writing to the same file."""

    index: NearDuplicateIndex = field(default_factory=NearDuplicateIndex)
    last: str | None = None  # the newest stored document indexed

    def catch_up(self, store: Store) -> None:
        for doc_id, signature in store.minhashes(after=self.last):
            self.index.add(doc_id, signature)
            self.last = doc_id


def _store_one(doc: Document, store: Store, known: _Known, report: IngestReport) -> None:
    # Checked and stored in one write transaction: another ingest on the same file cannot
    # store this document, or the original it copies, between the check and the write.
    with store.transaction():
        existing = store.find_document(doc.source, doc.content_sha256)
        if existing:
            report.unchanged.append(existing)
            return
        known.catch_up(store)
        original = store.find_same_content(doc.content_sha256)
        doc.duplicate_of = original or known.index.nearest(doc.minhash)
        store.add_document(doc)
    report.stored.append(doc.id)
    if doc.duplicate_of:
        report.duplicates.append(doc.id)
