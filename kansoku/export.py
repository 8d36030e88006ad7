"""The JSON Lines export (shared/docs/export-contract.md): a public interface.

Five files, one object a line, UTF-8, contract keys first in contract order. This module
is the one place that turns the store's records into the contract's JSON objects; the
CLI's ``--json`` output uses the same converters.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from kansoku.facts import FindingFact, finding_facts
from kansoku.store import StoreReader
from kansoku.store.records import (
    EntityRef,
    EventEvidence,
    Evidence,
    Finding,
    SearchHit,
    Stats,
    StoredDocument,
    StoredEntity,
    StoredEvent,
    StoredFigure,
)

FILES = ("documents", "entities", "events", "figures", "findings")

JSON = dict[str, Any]
_Record = TypeVar("_Record")


def export(store: StoreReader, out_dir: str | Path) -> dict[str, int]:
    """Write the export files into ``out_dir``; return the number of lines of each."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with store.snapshot():  # five files from one state of the store
        return {
            "documents": _write(out, "documents", store.documents(), document_json),
            "entities": _write(out, "entities", store.entities(), entity_json),
            "events": _write(out, "events", store.events(), event_json),
            "figures": _write(out, "figures", store.figures(), figure_json),
            "findings": _write(
                out,
                "findings",
                store.findings(),
                lambda finding: finding_json(finding, finding_facts(store, finding)),
            ),
        }


def _write(
    out: Path, name: str, records: Iterable[_Record], to_json: Callable[[_Record], JSON]
) -> int:
    path = out / f"{name}.jsonl"
    tmp = path.with_suffix(".jsonl.tmp")
    lines = 0
    with tmp.open("w", encoding="utf-8", newline="\n") as fh:
        for record in records:
            fh.write(json_line(to_json(record)) + "\n")
            lines += 1
    tmp.replace(path)  # a reader never sees a half-written file
    return lines


def json_line(obj: JSON) -> str:
    """One object as a line of UTF-8 JSON (not \\u escapes)."""
    return json.dumps(obj, ensure_ascii=False)


# -- records → contract objects (key order is part of the contract) -----------------------


def ref_json(ref: EntityRef | None) -> JSON | None:
    if ref is None:
        return None
    obj: JSON = {"id": ref.id, "name_en": ref.name_en, "kind": ref.kind, "country": ref.country}
    if ref.wikidata:
        obj["wikidata"] = ref.wikidata
    return obj


def document_json(doc: StoredDocument) -> JSON:
    return {
        "id": doc.id, "source": doc.source, "source_id": doc.source_id,
        "language": doc.language, "title": doc.title, "published": doc.published,
        "published_not_before": doc.published_not_before, "kind": doc.kind, "text": doc.text,
        "dropped": [{"text": d.text, "reason": d.reason} for d in doc.dropped],
        "sections": [
            {"start": s.start, "end": s.end, "published": s.published, "outlet": s.outlet,
             "url": s.url, "off_topic": s.off_topic, "title": s.title}
            for s in doc.sections
        ],
        "duplicate_of": doc.duplicate_of, "on_topic": doc.on_topic, "url": doc.url,
        "site_name": doc.site_name, "raw_sha256": doc.raw_sha256,
        "content_sha256": doc.content_sha256, "ingested_at": doc.ingested_at,
    }  # fmt: skip


def entity_json(entity: StoredEntity) -> JSON:
    return {
        **(ref_json(entity.ref) or {}),
        "names": {lang: list(names) for lang, names in entity.names.items()},
        "mentions": [
            {"doc_id": m.doc_id, "start": m.start, "end": m.end, "text": m.text}
            for m in entity.mentions
        ],
    }


def evidence_json(item: Evidence) -> JSON:
    obj: JSON = {"doc_id": item.doc_id, "start": item.start, "end": item.end, "quote": item.quote}
    if isinstance(item, EventEvidence):  # what that one report says
        obj.update(status=item.status, source=item.source, date=item.date)
    return obj


def event_json(event: StoredEvent) -> JSON:
    return {
        "id": event.id, "type": event.type, "mode": event.mode,
        "actor": ref_json(event.actor), "target": ref_json(event.target),
        "date": {"start": event.date.start, "end": event.date.end, "basis": event.date.basis},
        "location": ref_json(event.location), "status": event.status,
        "source": ref_json(event.source),
        "evidence": [evidence_json(e) for e in event.evidence],
        "confidence": event.confidence,
    }  # fmt: skip


def plain_number(value: float) -> int | float:
    """Ten thousand people is 10000, not 10000.0; a fraction stays one."""
    return int(value) if float(value).is_integer() else value


def figure_json(figure: StoredFigure) -> JSON:
    return {
        "id": figure.id, "kind": figure.kind, "value": plain_number(figure.value),
        "value_max": figure.value_max, "qualifier": figure.qualifier, "unit": figure.unit,
        "subject": ref_json(figure.subject), "as_of": figure.as_of, "status": figure.status,
        "source": ref_json(figure.source),
        "evidence": [evidence_json(e) for e in figure.evidence],
        "quantity": figure.quantity, "measure": figure.measure,
        "recipient": ref_json(figure.recipient),
        "series": figure.series.render() if figure.series else None,
    }  # fmt: skip


def finding_json(finding: Finding, facts: list[FindingFact]) -> JSON:
    return {
        "id": finding.id, "kind": finding.kind, "summary": finding.summary,
        "figure_ids": list(finding.figure_ids), "event_ids": list(finding.event_ids),
        "doc_ids": list(finding.doc_ids), "facts": [fact_json(f) for f in facts],
    }  # fmt: skip


def fact_json(fact: FindingFact) -> JSON:
    """One fact of a finding: the keys of its kind that say something, then its evidence."""
    obj: JSON = {"id": fact.id, "fact": fact.fact, "what": fact.what}
    if fact.fact == "figure":
        obj.update(
            value=plain_number(fact.value or 0), value_max=fact.value_max,
            qualifier=fact.qualifier, measure=fact.measure, subject=ref_json(fact.owner),
            recipient=ref_json(fact.target),
        )  # fmt: skip
    elif fact.fact == "event":
        obj.update(actor=ref_json(fact.owner), target=ref_json(fact.target))
    if fact.fact != "sentence":
        obj.update(date=fact.date, status=fact.status, source=ref_json(fact.source))
    obj["evidence"] = [evidence_json(e) for e in fact.evidence]
    return obj


def search_hit_json(hit: SearchHit) -> JSON:
    return {
        "id": hit.id, "source": hit.source, "source_id": hit.source_id, "title": hit.title,
        "published": hit.published, "language": hit.language,
        "duplicate_of": hit.duplicate_of, "snippet": hit.snippet,
    }  # fmt: skip


def stats_json(stats: Stats) -> JSON:
    return {
        "database": stats.database, "schema_version": stats.schema_version,
        "documents": stats.documents, "aggregators": stats.aggregators,
        "sections": stats.sections, "duplicates": stats.duplicates,
        "characters": stats.characters, "events": stats.events,
        "event_reports": stats.event_reports, "figures": stats.figures,
        "entities": stats.entities, "findings": stats.findings,
        "languages": dict(stats.languages), "dropped": dict(stats.dropped),
        "dates": {"first": stats.first_date, "last": stats.last_date},
    }  # fmt: skip
