"""`kansoku reprocess`: facts made by an older extractor are made again from the stored
text, the changes are told, and the store ends as a fresh ingest of the same sources."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kansoku.cli import app
from kansoku.export import export
from kansoku.extract import EXTRACTOR_VERSION
from kansoku.pipeline import ingest
from kansoku.reconcile import reconcile
from kansoku.reprocess import reprocess
from kansoku.store import open_store

# Written for these tests: two reports of the dispatch with numbers that cannot both hold,
# a meeting, and an English denial.
ARTICLES = {
    "a.txt": "北朝鮮がロシアに兵士派遣 2024年10月18日 10:00\n"
    "韓国の国家情報院は18日、北朝鮮がロシアに兵士約1万2000人を派遣したと明らかにした。"
    "北朝鮮の金正恩総書記は17日、平壌でロシアのショイグ安全保障会議書記と会談した。\n",
    "b.txt": "北朝鮮兵の規模 2024年10月23日 09:00\n"
    "米国防総省は22日、北朝鮮がロシアに兵士約3000人を派遣したと発表した。\n",
    "c.txt": "Russia denies North Korean troops\nOctober 25, 2024\n"
    "The Kremlin on Thursday denied that North Korea had sent troops to Russia. South "
    "Korea's spy agency said about 12,000 North Korean soldiers had arrived in Russia.\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _ingested(corpus: Path, path: Path) -> str:
    store = open_store(str(path))
    try:
        assert ingest([str(corpus)], store).ok
    finally:
        store.close()
    return str(path)


def _sql(db: str, *statements: str) -> None:
    conn = sqlite3.connect(db)
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def _exported(db: str, out: Path) -> dict[str, list[dict]]:
    store = open_store(db)
    try:
        export(store, out)
    finally:
        store.close()
    files = {}
    for name in ("documents", "entities", "events", "figures", "findings"):
        rows = [json.loads(line) for line in (out / f"{name}.jsonl").read_text().splitlines()]
        for row in rows:
            row.pop("ingested_at", None)  # when it was stored: the one thing that differs
        files[name] = rows
    return files


def test_reprocess_tells_added_removed_altered_and_ends_as_a_fresh_ingest(corpus, tmp_path):
    db = _ingested(corpus, tmp_path / "old.db")
    fresh = _exported(_ingested(corpus, tmp_path / "fresh.db"), tmp_path / "fresh")
    # What an older extractor made: no versions, a meeting it missed, a count it misread,
    # an attack it saw where there is none.
    _sql(
        db,
        "UPDATE documents SET extractor = NULL",
        "UPDATE events SET extractor = NULL",
        "UPDATE figures SET extractor = NULL",
        "DELETE FROM events WHERE type = 'CONSULT'",
        "UPDATE figures SET value = 5000 WHERE quantity = '約3000人'",
        """INSERT INTO events (id, doc_id, type, mode, actor, target, date_start, date_basis,
               status, source, confidence, trigger, start, "end", spoken_of)
           SELECT 'e-0ld0ld0ld0ld0ld', doc_id, 'ASSAULT', NULL, actor, target, date_start,
                  date_basis, status, source, confidence, trigger, start, "end", '[]'
           FROM events WHERE id = (SELECT min(id) FROM events WHERE trigger = '派遣')""",
    )
    store = open_store(db)
    try:
        reconcile(store, _knowledge())  # the old extractor's record, findings included
        old_findings = {f.id: f for f in store.findings()}
        assert any("~5,000" in f.summary for f in old_findings.values())
        report = reprocess(store, _knowledge())
        assert len(report.documents) == 3 and not report.errors and report.reconciled
        changes = {(c.change, c.fact): c for c in report.changes}
        assert sorted(changes) == [("added", "event"), ("altered", "figure"), ("removed", "event")]
        added, removed = changes[("added", "event")], changes[("removed", "event")]
        assert added.what.startswith("CONSULT/meeting kim-jong-un→sergei-shoigu")
        assert removed.id == "e-0ld0ld0ld0ld0ld" and removed.what.startswith("ASSAULT")
        altered = changes[("altered", "figure")]
        assert altered.id == altered.old_id and altered.fields == ("value",)
        assert altered.before == {"value": 5000.0} and altered.after == {"value": 3000.0}
        assert report.changed_documents == sorted({added.doc_id, removed.doc_id, altered.doc_id})
        # The conflict's summary now quotes the number the text gives.
        told = {(c.change, c.finding.kind) for c in report.findings}
        assert ("changed", "conflicting_figures") in told
        # Nothing left to do.
        assert reprocess(store, _knowledge()).documents == []
        assert json.loads(json.dumps(report.as_json()))["altered"] == 1
    finally:
        store.close()
    assert _exported(db, tmp_path / "after") == fresh


def test_only_what_an_older_extractor_made_is_taken(corpus, tmp_path):
    db = _ingested(corpus, tmp_path / "k.db")
    store = open_store(db)
    try:
        assert reprocess(store, _knowledge()).documents == []  # all current
        [b] = [d.id for d in store.documents() if d.source.endswith("b.txt")]
        [c] = [d.id for d in store.documents() if d.source.endswith("c.txt")]
        _sql(db, f"UPDATE figures SET extractor = 0 WHERE doc_id = '{b}'")  # one fact older
        _sql(db, f"UPDATE events SET extractor = NULL WHERE doc_id = '{c}'")  # unknown
        # No version is older than any; version 0 is not older than 0.
        assert reprocess(store, _knowledge(), since=0).documents == [c]
        report = reprocess(store, _knowledge())
        assert report.documents == [b] and report.changes == []
        assert reprocess(store, _knowledge()).documents == []
    finally:
        store.close()


def test_a_newer_extractor_takes_every_document_and_records_its_version(
    corpus, tmp_path, monkeypatch
):
    db = _ingested(corpus, tmp_path / "k.db")
    before = _exported(db, tmp_path / "before")
    newer = EXTRACTOR_VERSION + 1
    for module in ("kansoku.reprocess", "kansoku.pipeline"):
        monkeypatch.setattr(f"{module}.EXTRACTOR_VERSION", newer)
    store = open_store(db)
    try:
        report = reprocess(store, _knowledge())
        assert len(report.documents) == 3 and report.changes == [] and report.findings == []
    finally:
        store.close()
    after = _exported(db, tmp_path / "after")
    assert {e["extractor"] for e in after["events"]} == {newer}
    assert {v["extractor"] for e in after["events"] for v in e["evidence"]} == {newer}
    assert {f["extractor"] for f in after["figures"]} == {newer}

    def versionless(files: dict) -> dict:
        text = json.dumps(files).replace(f'"extractor": {newer}', '"extractor": 0')
        return json.loads(text.replace(f'"extractor": {EXTRACTOR_VERSION}', '"extractor": 0'))

    assert versionless(after) == versionless(before)


def test_the_sample_pages_read_again_change_nothing(sample_db, tmp_path):
    """Aggregators with sections, HTML pages, English: rebuilt from the store, each reads as
    it did when ingested."""
    db = str(tmp_path / "samples.db")
    shutil.copy(sample_db, db)
    before = _exported(db, tmp_path / "before")
    _sql(db, "UPDATE documents SET extractor = NULL")
    store = open_store(db)
    try:
        report = reprocess(store, _knowledge())
        assert len(report.documents) == len(before["documents"])
        assert report.changes == [] and report.findings == [] and not report.errors
    finally:
        store.close()
    assert _exported(db, tmp_path / "after") == before


def test_the_command_prints_a_summary_or_json(corpus, tmp_path):
    db = _ingested(corpus, tmp_path / "k.db")
    _sql(db, "UPDATE figures SET value = 5000, extractor = NULL WHERE quantity = '約3000人'")
    runner = CliRunner()
    result = runner.invoke(app, ["reprocess", "--db", db], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("re-extracted 1 documents")
    assert lines[1] == "facts: 0 added, 0 removed, 1 altered"
    assert any(
        line.startswith("~ figure f-") and "value: 5000.0 → 3000.0" in line for line in lines
    )
    result = runner.invoke(app, ["reprocess", "--db", db, "--json"], catch_exceptions=False)
    assert json.loads(result.stdout)["documents"] == 0
    result = runner.invoke(app, ["reprocess", "--db", db, "--since", str(EXTRACTOR_VERSION + 5)])
    assert result.exit_code == 2 and "newer than this kansoku's extractor" in result.stderr


def _knowledge():
    from kansoku.knowledge import default_knowledge

    return default_knowledge()


def test_an_engine_runs_the_extraction(corpus, tmp_path):
    """The analysis runs on an engine's workers (here a pool of two processes); the
    store is written here, with the same result."""
    from kansoku.engines import LocalEngine

    db = _ingested(corpus, tmp_path / "k.db")
    fresh = _exported(db, tmp_path / "fresh")
    _sql(db, "UPDATE figures SET value = 5000, extractor = NULL WHERE quantity = '約3000人'")
    _sql(db, "UPDATE documents SET extractor = NULL")
    store = open_store(db)
    try:
        report = reprocess(store, _knowledge(), engine=LocalEngine(workers=2))
        assert len(report.documents) == 3 and not report.errors
        assert [(c.change, c.fields) for c in report.changes] == [("altered", ("value",))]
    finally:
        store.close()
    assert _exported(db, tmp_path / "after") == fresh
