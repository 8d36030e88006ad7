"""The flow over a batch: read → clean → identify language → fingerprint → sentences,
mentions, the language's reading and extraction → store → reconcile.

Stages never call each other; this module passes each Document from one to the next and
decides what happens to duplicates. Every item either lands whole in the store or is
reported as an error, and the batch goes on.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from kansoku.clean import clean
from kansoku.extract import extract
from kansoku.fingerprint import NearDuplicateIndex, fingerprint
from kansoku.knowledge import Knowledge, default_knowledge
from kansoku.langid import identify
from kansoku.link import link
from kansoku.model import Document, Entity, Event, Figure, ReadError
from kansoku.read import read_sources
from kansoku.reconcile import reconcile
from kansoku.store import Store


@dataclass
class IngestReport:
    stored: list[str] = field(default_factory=list)  # ids of new documents
    unchanged: list[str] = field(default_factory=list)  # already stored: nothing to do
    duplicates: list[str] = field(default_factory=list)  # stored, marked duplicate_of
    errors: list[ReadError] = field(default_factory=list)

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
    doc.language = identify(doc.text) or doc.language
    return fingerprint(doc)


def analyse(doc: Document, knowledge: Knowledge, parse_all: bool = False) -> Document:
    """Sentences, entity mentions, and the events and figures the language can read.

    ``parse_all`` asks the language's analyser to read every sentence, not only those
    that can carry a fact (the benchmark measures what that shortcut costs in recall).
    """
    language = knowledge.language(doc.language)
    doc.sentences = language.split_sentences(doc.text)
    _place_sentences(doc)
    doc.mentions, found = link(doc.text, language, knowledge.gazetteer)
    states = {knowledge.gazetteer.state_of(m.entity_id) for m in doc.mentions}
    doc.on_topic = knowledge.topic.hits(doc.text) > 0
    doc.core = knowledge.topic.is_core({s for s in states if s})
    if doc.on_topic:  # a page with nothing of the topic is kept and searchable, no more
        extract(doc, language.read(doc, parse_all), knowledge)
    _name_facts(doc)
    doc.entities = _referenced(doc, {**knowledge.gazetteer.entities, **{e.id: e for e in found}})
    return doc


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
        return process(doc, knowledge)
    except Exception as exc:  # one bad document must not stop the batch
        return ReadError(doc.source, f"{type(exc).__name__}: {exc}")


# A pool worker's knowledge, received once when the worker starts (not with every task).
_worker_knowledge: list[Knowledge] = []


def _start_worker(knowledge: Knowledge) -> None:
    _worker_knowledge.append(knowledge)


def _process_in_worker(doc: Document) -> Document | ReadError:
    return _safe_process(doc, _worker_knowledge[0])


def _processed(
    items: Iterable[Document | ReadError], knowledge: Knowledge, workers: int
) -> Iterator[Document | ReadError]:
    """Items in input order, documents processed here or in a pool of ``workers`` processes.

    Each worker receives the knowledge once and loads a language's analyser once. At most
    two documents per worker are in flight, so a large batch never sits in memory whole.
    """
    if workers <= 1:
        for item in items:
            yield item if isinstance(item, ReadError) else _safe_process(item, knowledge)
        return
    with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(knowledge,)) as pool:
        pending: deque[ReadError | Future[Document | ReadError]] = deque()
        for item in items:
            pending.append(
                item if isinstance(item, ReadError) else pool.submit(_process_in_worker, item)
            )
            while len(pending) > 2 * workers:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())


def _result(entry: ReadError | Future[Document | ReadError]) -> Document | ReadError:
    return entry if isinstance(entry, ReadError) else entry.result()


def ingest(
    sources: Iterable[str],
    store: Store,
    on_item: Callable[[Document | ReadError], None] | None = None,
    workers: int = 1,
    knowledge: Knowledge | None = None,
) -> IngestReport:
    """Read every source into ``store``; ``on_item`` is told of each item (for progress).
    ``knowledge`` defaults to the bundled data files."""
    knowledge = knowledge or default_knowledge()
    report = IngestReport()
    index = NearDuplicateIndex()
    for doc_id, signature in store.minhashes():
        index.add(doc_id, signature)

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

    read = read_sources(sources, knowledge.calendar)
    for item in _processed(unseen(read), knowledge, workers):
        if isinstance(item, ReadError):
            report.errors.append(item)
        else:
            try:
                _store_one(item, store, index, report)
            except Exception as exc:  # a document the store refuses is one failed item
                report.errors.append(ReadError(item.source, f"{type(exc).__name__}: {exc}"))
        if on_item is not None:
            on_item(item)
    # Documents a broken batch stored but never reconciled are taken along.
    pending = sorted(set(report.stored) | set(store.unreconciled()))
    if pending:
        reconcile(store, knowledge, pending)
    return report


def _store_one(
    doc: Document, store: Store, index: NearDuplicateIndex, report: IngestReport
) -> None:
    existing = store.find_document(doc.source, doc.content_sha256)
    if existing:
        report.unchanged.append(existing)
        return
    doc.duplicate_of = store.find_same_content(doc.content_sha256) or index.nearest(doc.minhash)
    store.add_document(doc)
    index.add(doc.id, doc.minhash)
    report.stored.append(doc.id)
    if doc.duplicate_of:
        report.duplicates.append(doc.id)
