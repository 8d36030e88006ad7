"""Stored facts → answer lines, each cited with its sentence, outlet, address and date.

The outlet and date of a sentence are those of the part of the page it stands in: an
aggregator's section (its outlet, its address, its date), else the page's own (the
outlet that serves its address, its site name, its publication date).
"""

from __future__ import annotations

from dataclasses import dataclass

from kansoku.ask.records import AnswerLine
from kansoku.facts import publication
from kansoku.knowledge import Knowledge
from kansoku.store import StoreReader
from kansoku.store.records import (
    EntityRef,
    EventEvidence,
    EventOutline,
    Evidence,
    Finding,
    Span,
    StoredDocument,
    StoredEvent,
    StoredFigure,
)


@dataclass(frozen=True)
class Citation:
    url: str | None
    outlet: str | None
    published: str | None


class Citer:
    """Cites sentences of the store's documents (each document read once per answer)."""

    def __init__(self, store: StoreReader, knowledge: Knowledge) -> None:
        self.store = store
        self.knowledge = knowledge
        self._docs: dict[str, StoredDocument | None] = {}

    def document(self, doc_id: str) -> StoredDocument | None:
        if doc_id not in self._docs:
            self._docs[doc_id] = self.store.document(doc_id)
        return self._docs[doc_id]

    def cite(self, evidence: Evidence) -> Citation:
        doc = self.document(evidence.doc_id)
        if doc is None:
            return Citation(None, None, None)
        where = publication(doc, evidence.start, self.knowledge.outlets)
        return Citation(where.url, where.outlet, where.date)

    def name(self, entity_id: str | None, ref: EntityRef | None = None) -> str | None:
        """An entity's English name (the fact's reference when it is that entity)."""
        if entity_id is None:
            return None
        if ref is not None and ref.id == entity_id:
            return ref.name_en
        entity = self.knowledge.gazetteer.entities.get(entity_id)
        return entity.name_en if entity else entity_id


def figure_line(figure: StoredFigure, citer: Citer) -> AnswerLine | None:
    """A figure as an answer line, cited by its first telling."""
    if not figure.evidence:
        return None
    evidence = figure.evidence[0]
    cited = citer.cite(evidence)
    return AnswerLine(
        fact_id=figure.id, fact="figure", date=figure.as_of, date_basis=None,
        source=figure.source.name_en if figure.source else None,
        source_id=figure.source.id if figure.source else None, status=figure.status,
        quote=evidence.quote, doc_id=evidence.doc_id, url=cited.url, outlet=cited.outlet,
        published=cited.published, value=figure.value, value_max=figure.value_max,
        qualifier=figure.qualifier, unit=figure.unit, kind=figure.kind, measure=figure.measure,
        as_written=figure.quantity, series=figure.series.render() if figure.series else None,
        who=tuple(r.name_en for r in (figure.subject,) if r), reports=len(figure.evidence),
        start=evidence.start,
    )  # fmt: skip


def event_summary(event: StoredEvent | EventOutline) -> str:
    """What happened, as a person reads it: AID (troops) North Korea → Russia."""
    what = event.type + (f" ({event.mode})" if event.mode else "")
    actor = event.actor.name_en if event.actor else "?"
    target = f" → {event.target.name_en}" if event.target else ""
    return f"{what} {actor}{target}"


def event_lines(
    event: StoredEvent, citer: Citer, who: tuple[str, ...], max_reports: int
) -> list[AnswerLine]:
    """An event as answer lines: one for each of its first reports, with what that report
    says (its status, its source)."""
    lines = []
    told = {(e.doc_id, e.start, e.end): e for e in event.evidence}  # one line a sentence
    for evidence in list(told.values())[:max_reports]:
        cited = citer.cite(evidence)
        status, source = event.status, event.source.id if event.source else None
        if isinstance(evidence, EventEvidence):
            status, source = evidence.status, evidence.source
        lines.append(
            AnswerLine(
                fact_id=event.id, fact="event", date=event.date.start,
                date_basis=event.date.basis, source=citer.name(source, event.source),
                source_id=source, status=status, quote=evidence.quote,
                doc_id=evidence.doc_id, url=cited.url, outlet=cited.outlet,
                published=cited.published, event=event_summary(event), who=who,
                reports=len(told), start=evidence.start,
            )
        )  # fmt: skip
    return lines


def sentence_line(finding: Finding, span: Span, citer: Citer) -> AnswerLine:
    """A sentence a finding is about (dates that do not add up), as an answer line."""
    doc_id, start, end = span
    doc = citer.document(doc_id)
    quote = doc.text[start:end] if doc else ""
    cited = citer.cite(Evidence(doc_id, start, end, quote))
    return AnswerLine(
        fact_id=finding.id, fact="sentence", date=None, date_basis=None, source=None,
        source_id=None, status="asserted", quote=quote, doc_id=doc_id, url=cited.url,
        outlet=cited.outlet, published=cited.published, event=finding.summary, start=start,
    )  # fmt: skip
