"""The tabular views (kansoku/tables.py) and their CSV and Parquet files (kansoku/export.py):
ACLED-style event rows, figure rows, the formula guard, the Parquet schema, the manifest."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from importlib import metadata

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from kansoku.export import CONTRACT_VERSION, csv_cell, export, guard, write_csv, write_parquet
from kansoku.store import open_store
from kansoku.store.records import (
    EntityRef,
    EventDate,
    EventEvidence,
    Evidence,
    SeriesKey,
    StoredDocument,
    StoredEvent,
    StoredFigure,
    StoredSection,
)
from kansoku.tables import (
    Documents,
    EventRow,
    FigureRow,
    Outlet,
    Table,
    columns,
    event_country,
    event_row,
    figure_row,
    source_scale,
    time_precision,
)

PRK = EntityRef("PRK", "North Korea", "country", "PRK")
RUS = EntityRef("RUS", "Russia", "country", "RUS")
KPA = EntityRef("korean-peoples-army", "Korean People's Army", "organization", "PRK")
KURSK = EntityRef("kursk-oblast", "Kursk Oblast", "place", "RUS")
NIS = EntityRef("national-intelligence-service", "National Intelligence Service", "agency", "KOR")
KCNA = EntityRef("kcna", "Korean Central News Agency", "outlet", "PRK")
UN = EntityRef("UN", "United Nations", "organization", None)

# An aggregator page (no address of its own) quoting Reuters and Kyodo, and a Korean page.
DIGEST_TEXT = "First quoted sentence about troops.\nSecond quoted sentence about troops."
DIGEST = StoredDocument(
    id="d-digest", source="digest.txt", source_id=None, language="en", title="Digest",
    published="2024-11-01", published_not_before=None, kind="aggregator", text=DIGEST_TEXT,
    dropped=(), duplicate_of=None, url=None, site_name=None, raw_sha256="r",
    content_sha256="c", ingested_at="2026-01-01T00:00:00Z",
    sections=(
        StoredSection(0, 36, "2024-10-31", "Reuters", "https://www.reuters.com/a", False, None),
        StoredSection(36, 71, "2024-11-01", None, "https://www.kyodonews.jp/b", False, None),
    ),
)  # fmt: skip
KOREAN = StoredDocument(
    id="d-ko", source="ko.html", source_id=None, language="ko", title="기사", published="2024-11-02",
    published_not_before=None, kind="article", text="한 문장.", dropped=(), sections=(),
    duplicate_of=None, url="https://www.yna.co.kr/view/1", site_name="연합뉴스", raw_sha256="r2",
    content_sha256="c2", ingested_at="2026-01-01T00:00:00Z",
)  # fmt: skip


class OneStore:
    """What Documents asks of a store: a document by id (and how often it was asked)."""

    def __init__(self, *docs: StoredDocument) -> None:
        self.docs = {d.id: d for d in docs}
        self.asked: list[str] = []

    def document(self, doc_id: str) -> StoredDocument | None:
        self.asked.append(doc_id)
        return self.docs.get(doc_id)


def _evidence(doc_id: str, start: int, end: int, quote: str, source: str | None = None):
    return EventEvidence(doc_id, start, end, quote, "reported", source, "2024-10-23")


def _event(**changes) -> StoredEvent:
    fields = dict(
        id="e-1", type="AID", mode="troops", actor=KPA, target=RUS,
        date=EventDate("2024-10-23", None, "text"), location=None, status="reported",
        source=NIS, confidence=0.8,
        evidence=(
            _evidence("d-digest", 0, 35, DIGEST_TEXT[0:35], NIS.id),
            _evidence("d-digest", 36, 71, DIGEST_TEXT[36:71], NIS.id),
            _evidence("d-ko", 0, 5, "한 문장.", NIS.id),
        ),
    )  # fmt: skip
    fields.update(changes)
    return StoredEvent(**fields)


@pytest.fixture
def docs() -> Documents:
    return Documents(OneStore(DIGEST, KOREAN))


# -- event rows -------------------------------------------------------------------------------


def test_an_event_row_has_acled_columns_first_then_the_extras():
    names = [c.name for c in columns(EventRow)]
    assert names[:15] == [
        "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
        "assoc_actor_1", "actor2", "country", "location", "source", "source_scale", "notes",
        "status", "evidence_count",
    ]  # fmt: skip
    assert {"confidence", "languages", "doc_ids", "urls"} <= set(names[15:])


def test_an_event_row_says_where_when_who_and_from_which_outlets(docs, knowledge):
    row = event_row(_event(), docs, knowledge)
    assert (row.event_id, row.event_date, row.time_precision) == ("e-1", "2024-10-23", 1)
    assert (row.event_type, row.sub_event_type) == ("AID", "troops")
    assert (row.actor1, row.actor2, row.actor1_id) == ("Korean People's Army", "Russia", KPA.id)
    assert row.assoc_actor_1 is None
    assert row.country == "RUS"  # troops sent to Russia: the deployment is in Russia
    assert row.source == "National Intelligence Service" and row.source_id == NIS.id
    assert row.notes == DIGEST_TEXT[0:35] and row.evidence_count == 3
    # Each report's outlet: a section's own (by its address: Kyodo has no name written).
    assert row.outlets == ("Reuters", "Kyodo News", "Yonhap News Agency")
    assert row.source_scale == "International"  # British, Japanese, Korean press on Russia
    assert row.urls == ("https://www.reuters.com/a", "https://www.kyodonews.jp/b",
                        "https://www.yna.co.kr/view/1")  # fmt: skip
    assert row.doc_ids == ("d-digest", "d-ko") and row.languages == ("en", "ko")
    assert row.status == "reported" and row.confidence == 0.8
    assert (row.item, row.treaty_id) == (None, None)
    assert event_row(_event(item="troops"), docs, knowledge).item == "troops"


def test_unattributed_events_name_their_outlets_as_source(docs, knowledge):
    evidence = (_evidence("d-digest", 0, 35, DIGEST_TEXT[0:35]),
                _evidence("d-ko", 0, 5, "한 문장."))  # fmt: skip
    row = event_row(_event(source=None, evidence=evidence), docs, knowledge)
    assert row.source == "Reuters; Yonhap News Agency" and row.source_id is None
    alone = _event(source=None, evidence=(_evidence("d-gone", 0, 1, "x"),))
    row = event_row(alone, docs, knowledge)  # a document the store no longer has
    assert (row.source, row.source_scale, row.outlets, row.urls) == (None, None, (), ())


def test_a_credited_outlet_counts_for_the_source_scale(docs, knowledge):
    treaty = _event(type="AGREE", mode="ratify", actor=PRK, target=RUS, source=KCNA)
    row = event_row(treaty, docs, knowledge)
    assert row.country is None  # an agreement of two states with no place named
    # KCNA (North Korea's) is national press for an agreement North Korea is party to.
    assert row.source_scale == "National-International"


@pytest.mark.parametrize(
    ("date", "precision"),
    [
        (EventDate("2024-10-23", None, "text"), 1),
        (EventDate("2024-10-23", "2024-10-23", "text"), 1),
        (EventDate("2024-10-08", "2024-10-13", "text"), 2),
        (EventDate("2024-10", None, "published"), 3),
        (EventDate("2024", None, "context"), 3),
        (EventDate(None, None, None), None),
    ],
)
def test_time_precision_follows_acled(date, precision):
    assert time_precision(date) == precision


@pytest.mark.parametrize(
    ("changes", "country"),
    [
        ({"location": KURSK}, "RUS"),  # the place named first
        ({"location": UN, "target": RUS}, None),  # a place of no state says nothing
        ({"type": "AID", "mode": "troops", "target": RUS}, "RUS"),  # sent: where it arrives
        ({"type": "MOBILIZE", "mode": "troops", "target": None}, None),  # sent nowhere named
        ({"type": "THREATEN", "mode": "missile_launch", "actor": PRK, "target": None}, "PRK"),
        ({"type": "REJECT", "mode": "denial", "actor": RUS, "target": None}, "RUS"),
        ({"type": "CONSULT", "mode": "meeting", "actor": PRK, "target": RUS}, None),
        (
            {
                "type": "ASSAULT",
                "mode": "combat",
                "target": EntityRef("UKR", "Ukraine", "country", "UKR"),
            },
            None,
        ),
    ],
    ids=repr,
)
def test_the_country_is_where_the_event_took_place_or_empty(knowledge, changes, country):
    assert event_country(_event(**changes), knowledge.categories) == country


def test_source_scale_compares_outlets_home_states_with_the_event():
    rus, kor, unknown = Outlet("TASS", "RUS"), Outlet("Yonhap", "KOR"), Outlet("Blog", None)
    assert source_scale([rus], {"RUS"}) == "National"
    assert source_scale([kor], {"RUS"}) == "International"
    assert source_scale([kor, rus, unknown], {"RUS"}) == "National-International-Other"
    assert source_scale([unknown], {"RUS"}) == "Other"
    assert source_scale([], {"RUS"}) is None


def test_documents_are_read_once_each():
    store = OneStore(DIGEST, KOREAN)
    docs = Documents(store)
    for _ in range(3):
        assert docs.language("d-ko") == "ko" and docs.language("d-gone") is None
    assert sorted(store.asked) == ["d-gone", "d-ko"]


# -- figure rows ------------------------------------------------------------------------------


def test_a_figure_row_keeps_the_value_as_written_and_its_sentence(docs, knowledge):
    figure = StoredFigure(
        id="f-1", kind="troops", value=11000.0, value_max=None, qualifier="about",
        unit="persons", subject=PRK, as_of="2024-10", status="reported", source=None,
        evidence=(Evidence("d-digest", 36, 71, DIGEST_TEXT[36:71]),), quantity="約1万1000人",
        measure="sent", recipient=RUS, series=SeriesKey("troops", "persons", "PRK", "sent"),
        event_id="e-1",
    )  # fmt: skip
    row = figure_row(figure, docs, knowledge)
    assert row.event_id == "e-1"  # the merged event it quantifies
    assert [c.name for c in columns(FigureRow)][:16] == [
        "figure_id", "kind", "value", "value_max", "qualifier", "unit", "subject", "recipient",
        "measure", "as_of", "status", "source", "quantity", "series", "quote", "doc_id",
    ]  # fmt: skip
    assert (row.value, row.quantity, row.subject, row.recipient) == (
        11000.0, "約1万1000人", "North Korea", "Russia",
    )  # fmt: skip
    assert row.series == "troops|persons|PRK|sent" and row.quote == DIGEST_TEXT[36:71]
    # Unattributed: the outlet of the section it was read in.
    assert (row.source, row.source_id, row.outlet) == ("Kyodo News", None, "Kyodo News")
    assert (row.doc_id, row.language, row.url) == ("d-digest", "en", "https://www.kyodonews.jp/b")
    assert csv_cell(row.value) == "11000" and csv_cell(2.5) == "2.5"


# -- CSV --------------------------------------------------------------------------------------


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_text_cell_that_a_spreadsheet_would_run_gets_an_apostrophe(start):
    assert guard(start + 'HYPERLINK("http://x")') == "'" + start + 'HYPERLINK("http://x")'
    assert csv_cell((start + "a", "b")) == "'" + start + "a; b"  # a list: its first cell


def test_plain_cells_are_left_as_they_are():
    assert [csv_cell(v) for v in ("北朝鮮", "a=b", None, True, 3, -3, 10000.0, ())] == [
        "北朝鮮", "a=b", "", "true", "3", "-3", "10000", "",
    ]  # fmt: skip


def test_csv_has_a_header_and_guarded_cells_that_read_back(docs, knowledge):
    hostile = _evidence("d-digest", 0, 35, '=HYPERLINK("http://evil.example","x")\n2行目')
    rows = [event_row(_event(), docs, knowledge),
            event_row(_event(id="e-2", evidence=(hostile,)), docs, knowledge)]  # fmt: skip
    buffer = io.StringIO(newline="")
    assert write_csv(Table("events", EventRow, rows), buffer) == 2
    read = list(csv.reader(io.StringIO(buffer.getvalue(), newline="")))
    assert read[0] == [c.name for c in columns(EventRow)]
    header = read[0]
    first, second = (dict(zip(header, line, strict=True)) for line in read[1:])
    assert first["time_precision"] == "1" and first["assoc_actor_1"] == ""
    assert first["outlets"] == "Reuters; Kyodo News; Yonhap News Agency"
    assert second["notes"] == '\'=HYPERLINK("http://evil.example","x")\n2行目'  # kept whole


# -- Parquet ----------------------------------------------------------------------------------


def test_parquet_has_an_explicit_schema_and_reads_back_the_same_rows(tmp_path, docs, knowledge):
    rows = [event_row(_event(), docs, knowledge),
            event_row(_event(id="e-2", date=EventDate(None, None, None)), docs, knowledge)]  # fmt: skip
    path = tmp_path / "events.parquet"
    assert write_parquet(Table("events", EventRow, rows), path, batch=1) == 2
    read = pq.read_table(path)
    schema = read.schema
    assert schema.names == [c.name for c in columns(EventRow)]
    assert schema.field("time_precision").type == pa.int64()
    assert schema.field("confidence").type == pa.float64()
    assert schema.field("outlets").type == pa.list_(pa.string())
    assert not schema.field("event_id").nullable and schema.field("country").nullable
    expected = [{k: list(v) if isinstance(v, tuple) else v for k, v in asdict(r).items()}
                for r in rows]  # fmt: skip
    assert read.to_pylist() == expected
    assert read.to_pylist()[1]["time_precision"] is None  # undated: null, not 0


def test_an_empty_table_still_has_its_columns(tmp_path):
    path = tmp_path / "figures.parquet"
    assert write_parquet(Table("figures", FigureRow, []), path) == 0
    read = pq.read_table(path)
    assert read.num_rows == 0 and read.schema.names == [c.name for c in columns(FigureRow)]


# -- the export of tables, with its manifest --------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_tabular_export_writes_the_tables_and_a_manifest(tmp_path, sample_db, fmt):
    store = open_store(sample_db)
    try:
        before = datetime.now(UTC).replace(microsecond=0)
        counts = export(store, tmp_path, fmt)
        events = list(store.events())
        figures = list(store.figures())
    finally:
        store.close()
    tables = ("documents", "entities", "events", "figures", "findings")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f"{t}.{fmt}" for t in tables] + ["manifest.json"]
    )
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["contract_version"] == CONTRACT_VERSION
    assert manifest["kansoku_version"] == metadata.version("kansoku")
    assert re.fullmatch(r"rules-[0-9a-f]{12}", manifest["extractor_version"])
    assert manifest["format"] == fmt and manifest["files"] == [f"{t}.{fmt}" for t in tables]
    written_at = datetime.fromisoformat(manifest["written_at"])
    assert before <= written_at <= datetime.now(UTC) + timedelta(seconds=1)
    rows = {name: _read(tmp_path / name) for name in manifest["files"]}
    assert manifest["counts"] == {name: len(r) for name, r in rows.items()}
    assert counts == {t: len(rows[f"{t}.{fmt}"]) for t in tables}
    assert len(events) == counts["events"] > 0 and len(figures) == counts["figures"] > 0
    assert list(manifest["columns"][f"events.{fmt}"]) == [c.name for c in columns(EventRow)]
    assert manifest["columns"][f"events.{fmt}"]["time_precision"] == "int"
    by_id = {r["event_id"]: r for r in rows[f"events.{fmt}"]}
    for event in events:  # each event, in order, with its first sentence as notes
        notes = event.evidence[0].quote
        assert by_id[event.id]["notes"] == (guard(notes) if fmt == "csv" else notes)
    assert [r["event_id"] for r in rows[f"events.{fmt}"]] == [e.id for e in events]


def _read(path) -> list[dict]:
    if path.suffix == ".parquet":
        return pq.read_table(path).to_pylist()
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_an_unknown_format_is_refused_before_anything_is_written(tmp_path, sample_db):
    store = open_store(sample_db)
    try:
        with pytest.raises(ValueError, match="jsonl, csv, parquet"):
            export(store, tmp_path / "out", "xlsx")
    finally:
        store.close()
    assert not (tmp_path / "out").exists()
