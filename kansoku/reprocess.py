"""Re-extraction of stored documents when extraction improves (``kansoku reprocess``).

Every stored event report, figure and document records the extractor version that made
it (``kansoku.extract.EXTRACTOR_VERSION``; none for what was stored before versions were
recorded). ``reprocess`` takes the documents read by an older extractor, rebuilds each
one from what the store keeps of it (its cleaned text, language, dates, sections,
address: everything the language's reading and extraction look at), runs the analysis
stages again (``kansoku.pipeline.analyse``: the text is already cleaned, so cleaning is
not redone), replaces the document's facts in one transaction, then rebuilds the
reconciliation, and says what changed.

Facts are matched old → new by id first (ids are stable: the same fact in the same
document keeps its id), then, among the rest, by sentence and category or kind (the fact
whose fields agree most): a matched pair whose fields differ is *altered*, an old fact
without a match *removed*, a new one *added*.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from kansoku.alerts import FindingChange, finding_changes, findings_state
from kansoku.engines import Engine
from kansoku.extract import EXTRACTOR_VERSION
from kansoku.knowledge import Knowledge, default_knowledge
from kansoku.model import Document, Dropped, ReadError, Section
from kansoku.pipeline import analyse
from kansoku.reconcile import reconcile
from kansoku.store import Store
from kansoku.store.records import EventReport, FigureReport, StoredDocument

log = logging.getLogger(__name__)

# The fields compared, per kind of fact (ids, reconciliation keys and versions are not).
EVENT_FIELDS = ("type", "mode", "actor", "target", "location", "date_start", "date_end",
                "date_basis", "status", "source", "confidence", "start", "end", "spoken_of",
                "item", "treaty")  # fmt: skip
FIGURE_FIELDS = ("kind", "value", "value_max", "qualifier", "unit", "subject", "as_of",
                 "as_of_basis", "status", "source", "measure", "recipient", "start", "end",
                 "event")  # fmt: skip

Fields = dict[str, Any]


@dataclass(frozen=True)
class FactChange:
    """One fact added, removed or altered by re-extraction."""

    change: str  # "added", "removed" or "altered"
    fact: str  # "event" or "figure"
    doc_id: str
    id: str  # the fact's id now (its old id when removed)
    old_id: str | None  # its id before (None when added)
    start: int  # its sentence, offsets into the document's text
    end: int
    what: str  # a short description: "AID/troops PRK→RUS", "troops 11000 persons PRK"
    fields: tuple[str, ...] = ()  # altered: the fields that differ
    before: Fields = field(default_factory=dict)  # altered: their old values
    after: Fields = field(default_factory=dict)  # altered: their new values

    def as_json(self) -> dict[str, Any]:
        obj: dict[str, Any] = {
            "change": self.change, "fact": self.fact, "doc_id": self.doc_id, "id": self.id,
            "old_id": self.old_id, "start": self.start, "end": self.end, "what": self.what,
        }  # fmt: skip
        if self.change == "altered":
            obj.update(fields=list(self.fields), before=self.before, after=self.after)
        return obj


@dataclass
class ReprocessReport:
    since: int  # documents read by an extractor older than this were taken
    version: int  # the extractor that read them again
    documents: list[str] = field(default_factory=list)  # re-extracted
    changes: list[FactChange] = field(default_factory=list)
    findings: list[FindingChange] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)
    reconciled: bool = False  # the reconciliation was rebuilt

    def count(self, change: str) -> int:
        return sum(c.change == change for c in self.changes)

    @property
    def changed_documents(self) -> list[str]:
        return sorted({c.doc_id for c in self.changes})

    def as_json(self) -> dict[str, Any]:
        return {
            "since": self.since, "extractor": self.version,
            "documents": len(self.documents),
            "changed_documents": len(self.changed_documents),
            "added": self.count("added"), "removed": self.count("removed"),
            "altered": self.count("altered"),
            "changes": [c.as_json() for c in self.changes],
            "findings": [c.as_json() for c in self.findings],
            "errors": [{"item": e.item, "reason": e.reason} for e in self.errors],
        }  # fmt: skip


def reanalyse(doc: Document, knowledge: Knowledge) -> Document | ReadError:
    """The analysis stages on a document rebuilt from the store (the stage an engine runs:
    the text is cleaned already); a failure is one error."""
    try:
        return analyse(doc, knowledge)
    except Exception as exc:  # one document must not stop the others
        log.debug("re-extracting %s failed", doc.id, exc_info=True)
        return ReadError(doc.source, f"unexpected error: {type(exc).__name__}: {exc}")


def rebuilt(stored: StoredDocument) -> Document:
    """A Document as the pipeline had it before its analysis, from what the store keeps."""
    return Document(
        source=stored.source, source_id=stored.source_id, url=stored.url,
        site_name=stored.site_name, title=stored.title, published=stored.published,
        published_not_before=stored.published_not_before, language=stored.language,
        raw_sha256=stored.raw_sha256, content_sha256=stored.content_sha256,
        kind=stored.kind, text=stored.text, body=stored.text,
        dropped=[Dropped(d.text, d.reason) for d in stored.dropped],
        sections=[
            Section(start=s.start, end=s.end, published=s.published, outlet=s.outlet,
                    url=s.url, off_topic=s.off_topic, title=s.title)
            for s in stored.sections
        ],
        duplicate_of=stored.duplicate_of, id=stored.id,
    )  # fmt: skip


def reprocess(
    store: Store,
    knowledge: Knowledge | None = None,
    since: int | None = None,
    engine: Engine | None = None,
    on_document: Callable[[str], None] | None = None,
) -> ReprocessReport:
    """Re-extract every stored document read by an extractor older than ``since``
    (default: the current :data:`EXTRACTOR_VERSION`; a document or fact with no version
    counts as older), replacing its facts in one transaction per document, then rebuild
    the reconciliation once. ``engine`` (``kansoku.engines``) runs the analysis, by
    default in this process; ``on_document`` is told of each document done."""
    knowledge = knowledge or default_knowledge()
    since = EXTRACTOR_VERSION if since is None else since
    report = ReprocessReport(since=since, version=EXTRACTOR_VERSION)
    before = findings_state(store)
    ids = store.extracted_before(since)
    docs: Iterator[Document] = (rebuilt(d) for d in map(store.document, ids) if d is not None)
    done_docs: Iterable[object] = (
        (reanalyse(d, knowledge) for d in docs)
        if engine is None
        else engine.map(reanalyse, docs, knowledge)
    )
    for done in done_docs:
        if isinstance(done, ReadError):
            report.errors.append(done)
            continue
        if not isinstance(done, Document):  # an engine passes other items through
            continue
        with store.transaction():  # what is compared is what is replaced
            old_events = store.event_reports(doc_ids=[done.id])
            old_figures = store.figure_reports(doc_ids=[done.id])
            store.replace_facts(done)
        report.documents.append(done.id)
        report.changes += fact_changes(done, old_events, old_figures)
        if on_document is not None:
            on_document(done.id)
    # Reports gone, merged events and findings they were part of: a rebuild redoes them
    # all (and takes along what an interrupted run left unreconciled).
    if report.documents or store.unreconciled():
        reconcile(store, knowledge)
        report.reconciled = True
    report.findings = finding_changes(before, findings_state(store))
    return report


# -- what changed --------------------------------------------------------------------


def fact_changes(
    doc: Document, old_events: Sequence[EventReport], old_figures: Sequence[FigureReport]
) -> list[FactChange]:
    """The facts of ``doc`` (just extracted) against those stored before."""
    new_events = {e.id: _event_fields(e) for e in doc.events}
    new_figures = {
        f.id: _figure_fields(f, f.event.id if f.event is not None else None) for f in doc.figures
    }
    old_e = {r.id: {name: _plain(getattr(r, name)) for name in EVENT_FIELDS} for r in old_events}
    pairs = _match(old_e, new_events, "type")
    renamed = dict(pairs)  # an old event report's id → its id now
    old_f = {
        r.id: {
            **{name: _plain(getattr(r, name)) for name in FIGURE_FIELDS if name != "event"},
            "event": renamed.get(r.event, r.event) if r.event else None,
        }
        for r in old_figures
    }
    changes = _changes(doc.id, "event", old_e, new_events, pairs)
    changes += _changes(doc.id, "figure", old_f, new_figures, _match(old_f, new_figures, "kind"))
    return changes


def _event_fields(e: Any) -> Fields:
    return {name: _plain(getattr(e, name)) for name in EVENT_FIELDS}


def _figure_fields(f: Any, event: str | None) -> Fields:
    fields = {name: _plain(getattr(f, name)) for name in FIGURE_FIELDS if name != "event"}
    fields["event"] = event
    return fields


def _plain(value: Any) -> Any:
    """A value as JSON shows it: tuples as lists, whole floats as they compare."""
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, float):
        return round(value, 6)
    return value


def _match(old: dict[str, Fields], new: dict[str, Fields], kind: str) -> list[tuple[str, str]]:
    """(old id, new id) pairs: the same id, else the same sentence and category/kind and
    the most fields in common."""
    pairs = [(i, i) for i in sorted(old.keys() & new.keys())]
    left_old = sorted(old.keys() - new.keys())
    left_new = sorted(new.keys() - old.keys())
    for o in left_old:
        place = (old[o]["start"], old[o]["end"], old[o][kind])
        same = [n for n in left_new if (new[n]["start"], new[n]["end"], new[n][kind]) == place]
        if not same:
            continue
        best = max(same, key=lambda n: sum(old[o][k] == new[n][k] for k in old[o]))
        pairs.append((o, best))
        left_new.remove(best)
    return pairs


def _changes(
    doc_id: str,
    fact: str,
    old: dict[str, Fields],
    new: dict[str, Fields],
    pairs: list[tuple[str, str]],
) -> list[FactChange]:
    changes = []
    for o, n in pairs:
        differ = tuple(k for k in new[n] if old[o].get(k) != new[n][k])
        if differ or o != n:
            changes.append(
                FactChange(
                    "altered", fact, doc_id, n, o, new[n]["start"], new[n]["end"],
                    _what(fact, new[n]), differ or ("id",),
                    {k: old[o].get(k) for k in differ}, {k: new[n][k] for k in differ},
                )
            )  # fmt: skip
    matched_old = {o for o, _ in pairs}
    matched_new = {n for _, n in pairs}
    for o in sorted(old.keys() - matched_old):
        f = old[o]
        changes.append(
            FactChange("removed", fact, doc_id, o, o, f["start"], f["end"], _what(fact, f))
        )
    for n in sorted(new.keys() - matched_new):
        f = new[n]
        changes.append(
            FactChange("added", fact, doc_id, n, None, f["start"], f["end"], _what(fact, f))
        )
    return changes


def _what(fact: str, f: Fields) -> str:
    if fact == "event":
        kind = f["type"] + (f"/{f['mode']}" if f["mode"] else "")
        return f"{kind} {f['actor'] or '?'}→{f['target'] or '?'} {f['status']}"
    value = f["value"]
    number = str(int(value)) if float(value).is_integer() else str(value)
    return f"{f['kind']} {number} {f['unit']} {f['subject'] or '?'} {f['status']}"
