"""The document view: the cleaned text cut into parts, each part saying which facts it is
the evidence of (or that it was not read), so the page highlights every fact's sentence
and an analyst sees, in the text itself, what was drawn from it and what was not."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from kansoku.export import JSON
from kansoku.store import StoreReader
from kansoku.store.records import EventFilter, FigureFilter, StoredDocument
from kansoku.web.views import Context, NotFound, coverage, document_item, event_item, figure_item

FACTS_PER_DOCUMENT = 500  # facts one document page marks at most


@dataclass
class Mark:
    """A span of the text and what it is: facts' evidence, a sentence not read, or the
    span a link asked for."""

    start: int
    end: int
    facts: list[JSON] = field(default_factory=list)
    unread: str | None = None
    highlight: bool = False  # the span a link asked to show


def document_page(
    store: StoreReader, ctx: Context, doc_id: str, highlight: tuple[int, int] | None = None
) -> JSON:
    """The document's text in parts; ``highlight`` (a mention a link points at) is marked."""
    doc = store.document(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id}")
    marks: dict[tuple[int, int], Mark] = {}
    events = store.events(EventFilter(doc_id=doc_id), limit=FACTS_PER_DOCUMENT)
    figures = store.figures(FigureFilter(doc_id=doc_id), limit=FACTS_PER_DOCUMENT)
    facts = [*(event_item(ctx, e) for e in events), *(figure_item(ctx, f) for f in figures)]
    for item in facts:
        kind = "figure" if "value" in item else "event"
        for ev in item["evidence"]:
            if ev["doc_id"] == doc_id:
                mark = marks.setdefault((ev["start"], ev["end"]), Mark(ev["start"], ev["end"]))
                mark.facts.append({"kind": kind, "id": item["id"], "line": item["line"],
                                   "href": item["href"]})  # fmt: skip
    for note in store.notes([doc_id]):
        if note.kind == "unread" and (note.start, note.end) not in marks:
            marks[(note.start, note.end)] = Mark(note.start, note.end, unread=note.summary)
    if highlight and 0 <= highlight[0] < highlight[1] <= len(doc.text):
        marks.setdefault(highlight, Mark(*highlight)).highlight = True
    return {
        "view": "document",
        "document": document_item(doc, ctx),
        "sections": [
            {
                "start": s.start,
                "end": s.end,
                "published": s.published,
                "outlet": s.outlet,
                "url": s.url,
                "title": s.title,
                "off_topic": s.off_topic,
            }
            for s in doc.sections
        ],
        "dropped": [{"text": d.text, "reason": d.reason} for d in doc.dropped],
        "parts": parts(doc, list(marks.values())),
        "facts": len(facts),
        "unread": sum(1 for m in marks.values() if m.unread),
        "coverage": coverage(store.stats()),
    }


def parts(doc: StoredDocument, marks: list[Mark]) -> list[JSON]:
    """The text cut wherever a mark or a section starts or ends, in order: each part
    carries the facts of every mark covering it (marks may nest or overlap), the notes of
    unread sentences, whether it is highlighted, and ``anchor`` where a mark starts, so a
    link to ``#at-START`` always lands."""
    sections = {s.start for s in doc.sections}
    cuts = sorted({0, len(doc.text), *sections, *(m.start for m in marks), *(m.end for m in marks)})
    starts = {m.start for m in marks}
    out: list[JSON] = []
    for start, end in pairwise(cuts):
        covering = [m for m in marks if m.start <= start and end <= m.end]
        part: JSON = {"text": doc.text[start:end], "at": start, "section": start in sections,
                      "anchor": start in starts}  # fmt: skip
        facts = [f for m in covering for f in m.facts]
        if facts:
            part["facts"] = facts
        unread = next((m.unread for m in covering if m.unread), None)
        if unread and not facts:
            part["unread"] = unread
        if any(m.highlight for m in covering):
            part["highlight"] = True
        out.append(part)
    return out
