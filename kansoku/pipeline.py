"""The flow over a batch: read → clean → identify language → fingerprint → sentences,
mentions, parse and extraction (Japanese) → store → reconcile.

Stages never call each other; this module passes each Document from one to the next and
decides what happens to duplicates. Every item either lands whole in the store or is
reported as an error, and the batch goes on.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from kansoku import annotate, extract
from kansoku.clean import clean
from kansoku.fingerprint import NearDuplicateIndex, fingerprint
from kansoku.knowledge import gazetteer
from kansoku.langid import identify
from kansoku.link import link
from kansoku.model import Document, ReadError
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


def process(doc: Document) -> Document:
    """The per-document stages, independent of any store."""
    return analyse(prepare(doc))


def prepare(doc: Document) -> Document:
    """Clean, identify the language, fingerprint: everything before the language's own
    analysis."""
    # The caller's language hint can only guide cleaning; the text decides after it.
    clean(doc)
    doc.language = identify(doc.text) or doc.language
    return fingerprint(doc)


def analyse(doc: Document, parse_all: bool = False) -> Document:
    """Sentences, entity mentions, and (for Japanese) events and figures.

    Only sentences that can carry a fact go to the parser; ``parse_all`` parses every
    sentence instead (the benchmark measures what that shortcut costs in recall).
    """
    doc.sentences = annotate.split_sentences(doc.text)
    for sentence in doc.sentences:
        sentence.section = next(
            (i for i, s in enumerate(doc.sections) if s.start <= sentence.start < s.end), None
        )
    gaz = gazetteer()
    doc.mentions, found = link(doc.text, gaz)
    if doc.language == "ja":
        candidates = []
        for index, sentence in enumerate(doc.sentences):
            text = doc.text[sentence.start : sentence.end]
            if parse_all or extract.worth_parsing(text):
                candidates.append((index, text))
        parses = annotate.parse([text for _, text in candidates])
        extract.extract(doc, {index: p for (index, _), p in zip(candidates, parses, strict=True)})
    _name_facts(doc)
    doc.entities = _referenced(doc, {**gaz.entities, **{e.id: e for e in found}})
    return doc


_ENTITY_FIELDS = ("actor", "target", "location", "subject", "source", "recipient")


def _referenced(doc: Document, known: dict) -> list:
    """Every entity a mention or a fact points at: the store keeps their references."""
    ids = {m.entity_id for m in doc.mentions}
    for fact in [*doc.events, *doc.figures]:
        ids |= {getattr(fact, name, None) for name in _ENTITY_FIELDS}
    return [known[i] for i in sorted(ids - {None}) if i in known]


def _name_facts(doc: Document) -> None:
    """Stable ids: the same fact in the same document always gets the same id."""
    for prefix, facts in (("e-", doc.events), ("f-", doc.figures)):
        for n, fact in enumerate(facts):
            key = f"{doc.id}|{fact.start}|{n}|{fact}".encode()
            fact.id = prefix + hashlib.sha256(key).hexdigest()[:16]


def _safe_process(doc: Document) -> Document | ReadError:
    try:
        return process(doc)
    except Exception as exc:  # one bad document must not stop the batch
        return ReadError(doc.source, f"{type(exc).__name__}: {exc}")


def _processed(
    items: Iterable[Document | ReadError], workers: int
) -> Iterator[Document | ReadError]:
    """Items in input order, documents processed here or in a pool of ``workers`` processes.

    Each worker loads the Japanese parser once. At most two documents per worker are in
    flight, so a large batch never sits in memory whole.
    """
    if workers <= 1:
        for item in items:
            yield item if isinstance(item, ReadError) else _safe_process(item)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque = deque()
        for item in items:
            pending.append(
                item if isinstance(item, ReadError) else pool.submit(_safe_process, item)
            )
            while len(pending) > 2 * workers:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())


def _result(entry):
    return entry if isinstance(entry, ReadError) else entry.result()


def ingest(
    sources: Iterable[str],
    store: Store,
    on_item: Callable[[Document | ReadError], None] | None = None,
    workers: int = 1,
) -> IngestReport:
    """Read every source into ``store``; ``on_item`` is told of each item (for progress)."""
    report = IngestReport()
    index = NearDuplicateIndex()
    for doc_id, signature in store.minhashes():
        index.add(doc_id, signature)

    def unseen(items):
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

    for item in _processed(unseen(read_sources(sources)), workers):
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
        reconcile(store, pending)
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
