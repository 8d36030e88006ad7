"""What a finding links, gathered so it can be checked in one look: for each figure or
event its value or what happened, whose, when, who says so and the sentences that tell
it; for a finding about a sentence (dates that do not add up), that sentence.

The export's ``facts`` key and ``kansoku findings`` show these records; they are read
from any store through its reader interface.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from kansoku.knowledge import Outlets
from kansoku.store import StoreReader
from kansoku.store.records import (
    EntityRef,
    EventFilter,
    Evidence,
    Finding,
    StoredDocument,
    StoredEvent,
    StoredFigure,
)


@dataclass(frozen=True)
class FindingFact:
    """One fact a finding links (``fact``: figure, event or sentence)."""

    id: str  # the figure's or event's id; the document's for a sentence
    fact: str
    what: str  # the value as a person reads it (~11,000 troops), or the event (AID troops)
    value: float | None
    value_max: float | None
    qualifier: str | None
    measure: str | None
    owner: EntityRef | None  # whose count, or who acted
    target: EntityRef | None  # where the count goes, or whom the act was aimed at
    date: str | None
    status: str | None
    source: EntityRef | None
    evidence: tuple[Evidence, ...]


def events_by_page(store: StoreReader, where: EventFilter) -> Iterator[StoredEvent]:
    """Every event matching ``where``, read a page at a time, so a whole-store pass (a
    tally, the ledger, a treaty's steps) never holds every row at once."""
    offset = 0
    while True:
        chunk = list(store.events(where, limit=500, offset=offset))
        yield from chunk
        if len(chunk) < 500:
            return
        offset += 500


def finding_facts(store: StoreReader, finding: Finding) -> list[FindingFact]:
    """The facts ``finding`` links, in its order, then the sentences it is about."""
    facts = [_figure_fact(f) for i in finding.figure_ids if (f := store.figure(i))]
    facts += [_event_fact(e) for i in finding.event_ids if (e := store.event(i))]
    texts: dict[str, str] = {}
    for doc_id, start, end in finding.spans:
        if doc_id not in texts:
            doc = store.document(doc_id)
            texts[doc_id] = doc.text if doc else ""
        quote = texts[doc_id][start:end]
        facts.append(
            FindingFact(
                id=doc_id, fact="sentence", what=quote, value=None, value_max=None,
                qualifier=None, measure=None, owner=None, target=None, date=None,
                status=None, source=None, evidence=(Evidence(doc_id, start, end, quote),),
            )
        )  # fmt: skip
    return facts


def _figure_fact(figure: StoredFigure) -> FindingFact:
    what = f"{figure.quantity} {figure.kind}" + (f" ({figure.measure})" if figure.measure else "")
    return FindingFact(
        id=figure.id, fact="figure", what=what, value=figure.value, value_max=figure.value_max,
        qualifier=figure.qualifier, measure=figure.measure, owner=figure.subject,
        target=figure.recipient, date=figure.as_of, status=figure.status,
        source=figure.source, evidence=figure.evidence,
    )  # fmt: skip


def _event_fact(event: StoredEvent) -> FindingFact:
    return FindingFact(
        id=event.id, fact="event", what=event.type + (f" ({event.mode})" if event.mode else ""),
        value=None, value_max=None, qualifier=None, measure=None, owner=event.actor,
        target=event.target, date=event.date.start, status=event.status, source=event.source,
        evidence=event.evidence,
    )  # fmt: skip


@dataclass(frozen=True)
class Publication:
    """Where a stretch of a stored document was published."""

    outlet: str | None
    date: str | None
    url: str | None
    title: str | None


def _host(url: str | None) -> str | None:
    """An unknown outlet is named by its web address's host (example.com)."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def publication(doc: StoredDocument, at: int, outlets: Outlets) -> Publication:
    """Where the text at offset ``at`` of ``doc`` was published: on an aggregator page, the
    section holding it (the quoted outlet's own date and URL); else the page itself (the
    outlet its domain names, else its site name, else its host; its date, else the earliest it can be
    from). The report, the answers and the dashboard all cite through this."""
    page = Publication(
        outlets.for_url(doc.url) or doc.site_name or _host(doc.url),
        doc.published or doc.published_not_before,
        doc.url,
        doc.title,
    )
    for section in doc.sections:
        if section.start <= at < section.end:
            return Publication(
                section.outlet or page.outlet,
                section.published or page.date,
                section.url or page.url,
                section.title or page.title,
            )
    return page
