"""The export: the JSON Lines files of the contract (shared/docs/export-contract.md), or
the same knowledge as CSV or Parquet tables (``kansoku.tables``), with a manifest.

JSON Lines is the public interface: five files, one object a line, UTF-8, contract keys
first in contract order. This module is the one place that turns the store's records into
the contract's JSON objects; the CLI's ``--json`` output uses the same converters. Every
export also writes ``manifest.json`` (docs/export.md): which contract, which kansoku and
which extraction rules wrote which files, with how many rows, when.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from functools import cache
from importlib import metadata
from itertools import islice
from pathlib import Path
from typing import IO, Any, TypeVar

from kansoku.extract import EXTRACTOR_VERSION
from kansoku.facts import FindingFact, finding_facts
from kansoku.knowledge import DATA, Knowledge, default_knowledge
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
from kansoku.tables import LIST_SEPARATOR, Row, Table, columns, export_tables

FILES = ("documents", "entities", "events", "figures", "findings")
FORMATS = ("jsonl", "csv", "parquet")
# The version of shared/docs/export-contract.md the files follow: the month of its latest
# additions (on_topic, item, event_id, facts).
CONTRACT_VERSION = "2026-12"
MANIFEST = "manifest.json"
# The contract's date bases are "text", "published" or none: a date the paragraph's lead
# gives ("context" in the store, which tells the two apart) is one the text gives; the
# earliest an undated page can be from ("not_before") is the page's date as far as known.
CONTRACT_DATE_BASIS: dict[str | None, str | None] = {"context": "text", "not_before": "published"}
# The data files load_knowledge reads: what decides what is extracted (keep in step with
# kansoku/knowledge.py; tests/test_export.py checks it). Sample pages are no rules.
RULE_FILES = ("gazetteer.yaml", "categories.yaml", "topic.yaml", "noise.yaml",
              "aggregator.yaml", "calendar.yaml", "outlets.yaml", "lang")  # fmt: skip

JSON = dict[str, Any]
_Record = TypeVar("_Record")


def export(
    store: StoreReader,
    out_dir: str | Path,
    format: str = "jsonl",
    knowledge: Knowledge | None = None,
) -> dict[str, int]:
    """Write the export into ``out_dir`` in ``format`` (jsonl: the contract's five files;
    csv or parquet: the tables of ``kansoku.tables``), then ``manifest.json``; return the
    rows of each file by name. ``knowledge`` (default: the bundled one) places outlets and
    events in states for the tables."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}: use one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    kinds: dict[str, JSON] = {}  # each table's columns and their types
    with store.snapshot():  # every file from one state of the store
        if format == "jsonl":
            written = _write_jsonl(store, out)
        else:
            written = {}
            for table in export_tables(store, knowledge or default_knowledge()):
                name = f"{table.name}.{format}"
                written[name] = _write_table(out / name, table, format)
                kinds[name] = {c.name: c.kind for c in columns(table.row_type)}
    _replace(out / MANIFEST, lambda fh: fh.write(
        json.dumps(manifest(format, written, kinds), ensure_ascii=False, indent=1) + "\n"
    ))  # fmt: skip
    return {name.rsplit(".", 1)[0]: rows for name, rows in written.items()}


def _write_jsonl(store: StoreReader, out: Path) -> dict[str, int]:
    def finding_with_facts(finding: Finding) -> JSON:
        return finding_json(finding, finding_facts(store, finding))

    return {
        "documents.jsonl": _write(out, "documents", store.documents(), document_json),
        "entities.jsonl": _write(out, "entities", store.entities(), entity_json),
        "events.jsonl": _write(out, "events", store.events(), event_json),
        "figures.jsonl": _write(out, "figures", store.figures(), figure_json),
        "findings.jsonl": _write(out, "findings", store.findings(), finding_with_facts),
    }


def _write(
    out: Path, name: str, records: Iterable[_Record], to_json: Callable[[_Record], JSON]
) -> int:
    def write(fh: Any) -> int:
        lines = 0
        for record in records:
            fh.write(json_line(to_json(record)) + "\n")
            lines += 1
        return lines

    return _replace(out / f"{name}.jsonl", write)


def _write_table(path: Path, table: Table, format: str) -> int:
    if format == "csv":
        return _replace(path, lambda fh: write_csv(table, fh))
    tmp = path.with_name(path.name + ".tmp")
    rows = write_parquet(table, tmp)
    tmp.replace(path)
    return rows


def _replace(path: Path, write: Callable[[Any], int]) -> int:
    """Write a UTF-8 text file next to ``path``, then put it in its place: a reader never
    sees a half-written file. Newlines are written as given (CSV cells may hold some)."""
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        result = write(fh)
    tmp.replace(path)
    return result


# -- tables as CSV and Parquet ---------------------------------------------------------


# A cell a spreadsheet would run as a formula (=HYPERLINK(…), +1-2, @SUM, a tab or return
# before one) starts with one of these; article text is data, never a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guard(text: str) -> str:
    """A text cell that a spreadsheet would read as a formula, with a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_cell(value: object) -> str:
    """A value as CSV text: empty for None, lists joined, numbers plain (10000, not
    10000.0), text guarded against formula injection."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, tuple):
        return guard(LIST_SEPARATOR.join(value))
    return guard(str(value))


def write_csv(table: Table, out: IO[str]) -> int:
    """The table as CSV (a header row, then one row a record) on ``out``; its row count.
    Open files with ``newline=""`` and UTF-8: quoted cells may hold line breaks."""
    names = [c.name for c in columns(table.row_type)]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    count = 0
    for row in table.rows:
        writer.writerow([csv_cell(getattr(row, name)) for name in names])
        count += 1
    return count


def arrow_schema(row_type: type[Row]) -> Any:
    """The Parquet schema of a row class: typed columns, nullable where the row allows."""
    import pyarrow as pa  # only the parquet export needs it

    kinds = {"text": pa.string(), "int": pa.int64(), "float": pa.float64(),
             "bool": pa.bool_(), "list": pa.list_(pa.string())}  # fmt: skip
    return pa.schema(
        [pa.field(c.name, kinds[c.kind], nullable=c.nullable) for c in columns(row_type)]
    )


def write_parquet(table: Table, path: Path, batch: int = 10_000) -> int:
    """The table as a Parquet file at ``path``, ``batch`` rows at a time; its row count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(table.row_type)
    names = [c.name for c in columns(table.row_type)]
    count = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        rows = iter(table.rows)
        while chunk := list(islice(rows, batch)):
            data = {n: [_arrow_value(getattr(r, n)) for r in chunk] for n in names}
            writer.write_table(pa.Table.from_pydict(data, schema=schema))
            count += len(chunk)
        if not count:
            writer.write_table(schema.empty_table())  # a file with its columns, no rows
    return count


def _arrow_value(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


# -- the manifest ------------------------------------------------------------------------


def manifest(format: str, counts: dict[str, int], kinds: dict[str, JSON]) -> JSON:
    """What a consumer needs to know of an export before reading it (docs/export.md)."""
    obj: JSON = {
        "contract_version": CONTRACT_VERSION,
        "kansoku_version": kansoku_version(),
        "extractor_version": extractor_version(),
        "format": format,
        "written_at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "files": list(counts),
        "counts": dict(counts),
        "extractor": EXTRACTOR_VERSION,  # the number each fact's `extractor` key compares to
    }
    if kinds:  # the tables' columns and their types
        obj["columns"] = kinds
    return obj


def kansoku_version() -> str:
    """The installed package's version (the source tree's when it is not installed)."""
    try:
        return metadata.version("kansoku")
    except metadata.PackageNotFoundError:
        from kansoku import __version__

        return __version__


@cache
def extractor_version(data: Path = DATA) -> str:
    """A name for the extraction rules: ``rules-`` and a hash of the data files that decide
    what is extracted (RULE_FILES). The rules live mostly in those files and change far
    more often than kansoku's version number, so two exports with the same name were made
    by the same word lists, gazetteer, categories and topic profile; one that differs says
    that facts may differ for that reason alone. It names the rules of the kansoku that
    writes the export: the store does not record which rules extracted each document."""
    digest = hashlib.sha256()
    for name in RULE_FILES:
        root = data / name
        for path in sorted([root] if root.is_file() else root.rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(data).as_posix().encode("utf-8") + b"\0")
                digest.update(path.read_bytes() + b"\0")
    return "rules-" + digest.hexdigest()[:12]


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
        obj.update(status=item.status, source=item.source, date=item.date, extractor=item.extractor)
    return obj


def event_json(event: StoredEvent) -> JSON:
    return {
        "id": event.id, "type": event.type, "mode": event.mode,
        "actor": ref_json(event.actor), "target": ref_json(event.target),
        "date": {"start": event.date.start, "end": event.date.end,
                 "basis": CONTRACT_DATE_BASIS.get(event.date.basis, event.date.basis)},
        "location": ref_json(event.location), "status": event.status,
        "source": ref_json(event.source),
        "evidence": [evidence_json(e) for e in event.evidence],
        "confidence": event.confidence, "item": event.item, "treaty": ref_json(event.treaty),
        "extractor": event.extractor,
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
        "event_id": figure.event_id, "extractor": figure.extractor,
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
        "sources": dict(stats.sources),
    }  # fmt: skip
