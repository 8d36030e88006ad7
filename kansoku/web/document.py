"""The document view: the cleaned text cut into parts, each part saying which facts it is
the evidence of (or that it was not read), so the page highlights every fact's sentence
and an analyst sees, in the text itself, what was drawn from it and what was not."""

from __future__ import annotations

from dataclasses import dataclass, field

from kansoku.export import JSON
from kansoku.store import StoreReader
from kansoku.store.records import EventFilter, FigureFilter, StoredDocument
from kansoku.web.views import Context, NotFound, coverage, document_item, event_item, figure_item

FACTS_PER_DOCUMENT = 500  # facts one document page marks at most


@dataclass
class Mark:
    """A span of the text and what it is: facts' evidence, or a sentence not read."""

    start: int
    end: int
    facts: list[JSON] = field(default_factory=list)
    unread: str | None = None


def document_page(store: StoreReader, ctx: Context, doc_id: str) -> JSON:
    doc = store.document(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id}")
    marks: dict[tuple[int, int], Mark] = {}
    events = store.events(EventFilter(doc_id=doc_id), limit=FACTS_PER_DOCUMENT)
    figures = store.figures(FigureFilter(doc_id=doc_id), limit=FACTS_PER_DOCUMENT)
    for item in [*(event_item(ctx, e) for e in events), *(figure_item(ctx, f) for f in figures)]:
        kind = "figure" if "value" in item else "event"
        for ev in item["evidence"]:
            if ev["doc_id"] == doc_id:
                mark = marks.setdefault((ev["start"], ev["end"]), Mark(ev["start"], ev["end"]))
                mark.facts.append({"kind": kind, "id": item["id"], "line": item["line"],
                                   "href": item["href"]})  # fmt: skip
    for note in store.notes([doc_id]):
        if note.kind == "unread" and (note.start, note.end) not in marks:
            marks[(note.start, note.end)] = Mark(note.start, note.end, unread=note.summary)
    return {
        "view": "document",
        "document": document_item(doc),
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
        "parts": parts(doc, sorted(marks.values(), key=lambda m: (m.start, -m.end))),
        "facts": sum(len(m.facts) for m in marks.values()),
        "unread": sum(1 for m in marks.values() if m.unread),
        "coverage": coverage(store.stats()),
    }


def parts(doc: StoredDocument, marks: list[Mark]) -> list[JSON]:
    """The text cut at the marks' edges and the sections' starts, in order. Marks do not
    overlap (each is a sentence); one that would is cut at the previous one's end."""
    starts = {s.start: s for s in doc.sections}
    cuts, pos, out = sorted({*starts, 0}), 0, []

    def plain(upto: int) -> None:
        nonlocal pos
        for cut in [c for c in cuts if pos < c < upto] + [upto]:
            if cut > pos:
                out.append({"text": doc.text[pos:cut], "at": pos, "section": pos in starts})
                pos = cut

    for mark in marks:
        if mark.end <= pos:
            continue
        plain(mark.start)
        start = max(pos, mark.start)
        out.append(
            {"text": doc.text[start : mark.end], "at": start, "section": start in starts,
             "facts": mark.facts, "unread": mark.unread}
        )  # fmt: skip
        pos = mark.end
    plain(len(doc.text))
    return out
