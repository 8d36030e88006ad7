"""The flow over a batch: read → clean → identify language → fingerprint → store.

Stages never call each other; this module passes each Document from one to the next and
decides what happens to duplicates. Every item either lands whole in the store or is
reported as an error, and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kansoku.clean import clean
from kansoku.fingerprint import NearDuplicateIndex, fingerprint
from kansoku.langid import identify
from kansoku.model import Document, ReadError
from kansoku.read import read_sources
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
    # The caller's language hint can only guide cleaning; the text decides after it.
    clean(doc)
    doc.language = identify(doc.text) or doc.language
    return fingerprint(doc)


def ingest(
    sources: Iterable[str],
    store: Store,
    on_item: Callable[[Document | ReadError], None] | None = None,
) -> IngestReport:
    """Read every source into ``store``; ``on_item`` is told of each item (for progress)."""
    report = IngestReport()
    index = NearDuplicateIndex()
    for doc_id, signature in store.minhashes():
        index.add(doc_id, signature)
    for item in read_sources(sources):
        if isinstance(item, ReadError):
            report.errors.append(item)
        else:
            try:
                _store_one(process(item), store, index, report)
            except Exception as exc:  # one bad document must not stop the batch
                item_error = ReadError(item.source, f"{type(exc).__name__}: {exc}")
                report.errors.append(item_error)
        if on_item is not None:
            on_item(item)
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
