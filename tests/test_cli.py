import json

from typer.testing import CliRunner

from kansoku.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_ingest_then_search_stats_export(tmp_path, samples, db_path):
    result = run("ingest", str(samples), "--db", db_path)
    assert result.exit_code == 0, result.output
    assert "stored 11 documents (1 duplicates)" in result.stdout
    hits = json.loads(run("search", "兵士", "--db", db_path, "--json").stdout)
    assert hits and all("兵士" in h["snippet"] for h in hits)
    stats = json.loads(run("stats", "--db", db_path, "--json").stdout)
    assert stats["documents"] == 11
    result = run("export", str(tmp_path / "out"), "--db", db_path)
    assert result.exit_code == 0 and (tmp_path / "out" / "documents.jsonl").exists()


def test_partial_failure_exits_1_with_one_error_line_per_item(tmp_path):
    db_path = str(tmp_path / "kansoku.db")
    tmp_path = tmp_path / "in"
    tmp_path.mkdir()
    (tmp_path / "ok.txt").write_text(
        "ロシア国防相が平壌を訪れ、北朝鮮の国防相と会談した。", encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 4)
    result = run("ingest", str(tmp_path), str(tmp_path / "nope.html"), "--db", db_path)
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert sorted(errors) == sorted(
        [
            f"error: {tmp_path / 'bin.txt'}: binary data, not text",
            f"error: {tmp_path / 'empty.txt'}: empty file",
            f"error: {tmp_path / 'nope.html'}: no such file or folder",
        ]
    )
    assert "stored 1 documents" in result.stdout


def test_usage_errors_exit_2(db_path):
    assert run("ingest", "--db", db_path).exit_code == 2
    assert run("no-such-command").exit_code == 2


def test_a_newer_database_is_refused_with_exit_2(db_path):
    import sqlite3

    from kansoku.store.sqlite import schema_version

    run("stats", "--db", db_path)
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {schema_version() + 5}")
    result = run("stats", "--db", db_path)
    assert result.exit_code == 2 and "newer kansoku" in result.stderr


def test_db_from_environment(tmp_path, samples, monkeypatch):
    monkeypatch.setenv("KANSOKU_DB", str(tmp_path / "env.db"))
    assert run("ingest", str(samples / "articles.jsonl")).exit_code == 0
    assert (tmp_path / "env.db").exists()


def test_demo_on_the_bundled_samples(tmp_path, samples, db_path):
    out = tmp_path / "export"
    result = run("demo", "--db", db_path, "--out", str(out), "--corpus", str(samples))
    assert result.exit_code == 0, result.output
    assert "documents" in result.stdout and "export written" in result.stdout
    assert len((out / "documents.jsonl").read_text().splitlines()) == 11


def test_events_and_figures_with_filters(samples, db_path):
    assert run("ingest", str(samples), "--db", db_path).exit_code == 0
    events = [json.loads(x) for x in run("events", "--db", db_path, "--json").stdout.splitlines()]
    assert events and all(e["evidence"][0]["quote"] for e in events)
    aid = run("events", "--db", db_path, "--type", "AID", "--actor", "PRK", "--json").stdout
    rows = [json.loads(x) for x in aid.splitlines()]
    assert rows and all(e["type"] == "AID" for e in rows)
    assert all("PRK" in (e["actor"]["id"], e["actor"]["country"]) for e in rows)
    late = run("events", "--db", db_path, "--since", "2024-10", "--json").stdout.splitlines()
    assert all(json.loads(x)["date"]["start"] >= "2024-10" for x in late)
    early = run("events", "--db", db_path, "--until", "2024-06", "--json").stdout.splitlines()
    assert all(json.loads(x)["date"]["start"][:7] <= "2024-06" for x in early)
    assert len(late) + len(early) <= len(events)
    troops = run("figures", "--db", db_path, "--kind", "troops", "--json").stdout.splitlines()
    assert troops and all(json.loads(x)["kind"] == "troops" for x in troops)
    table = run("figures", "--db", db_path)
    assert table.exit_code == 0 and "troops" in table.stdout
    assert run("events", "--db", db_path, "--status", "reported").exit_code == 0


def test_findings_series_and_reconcile_commands(tmp_path, samples, db_path):
    page = tmp_path / "in"
    page.mkdir()
    (page / "a.txt").write_text(
        "派兵の規模 2024年10月20日 09:00\n韓国の国家情報院は18日、北朝鮮がロシアに兵士約3000人を派遣したと明らかにした。",
        encoding="utf-8",
    )
    (page / "b.txt").write_text(
        "派兵の規模 2024年11月05日 09:00\n米国防総省は4日、北朝鮮がロシアに兵士約1万人を派遣したと発表した。",
        encoding="utf-8",
    )
    assert run("ingest", str(page), "--db", db_path).exit_code == 0
    rows = [json.loads(x) for x in run("findings", "--db", db_path, "--json").stdout.splitlines()]
    assert [r["kind"] for r in rows] == ["figure_series"]
    facts = rows[0]["facts"]
    assert [(f["value"], f["source"]["id"]) for f in facts] == [
        (3000, "national-intelligence-service"), (10000, "pentagon"),
    ]  # fmt: skip
    # The table shows each fact with who says so and its sentence.
    table = run("findings", "--db", db_path).stdout
    assert "pentagon" in table and "米国防総省は4日" in table and "2024-11" in table
    chart = run("series", "--db", db_path).stdout
    assert "North Korea troops" in chart and chart.count("█") > 10
    lines = [line for line in chart.splitlines() if "█" in line]
    assert lines[0].startswith("2024-10-18") and "~3,000" in lines[0]
    assert lines[1].count("█") > lines[0].count("█")  # drawn on one scale
    rebuilt = run("reconcile", "--db", db_path)
    assert rebuilt.exit_code == 0 and "1 findings" in rebuilt.stdout
    assert [
        json.loads(x)["id"] for x in run("findings", "--db", db_path, "--json").stdout.splitlines()
    ] == [r["id"] for r in rows]


def test_article_text_is_never_rich_markup(tmp_path, db_path):
    page = tmp_path / "m.txt"
    page.write_text(
        "[bold red]偽の見出し[/bold red] 2024年11月05日 09:00\n"
        "[link=https://evil.example]北朝鮮がロシアに兵士を派遣した[/link]と韓国政府が発表した。\n",
        encoding="utf-8",
    )
    assert run("ingest", str(page), "--db", db_path).exit_code == 0
    shown = run("demo", "--db", db_path, "--out", str(tmp_path / "x"), "--corpus", str(page)).stdout
    assert "[link=https://evil.example]" in shown or "[bold red]" in shown
    events = run("events", "--db", db_path).stdout
    assert "[link=https://evil.example]" in events


def test_events_figures_and_findings_page_with_limit_and_offset(samples, db_path):
    assert run("ingest", str(samples), "--db", db_path).exit_code == 0
    for command in ("events", "figures", "findings"):
        whole = run(command, "--db", db_path, "--json").stdout.splitlines()
        assert len(whole) >= 2, command
        page = run(command, "--db", db_path, "--json", "--limit", "1", "--offset", "1")
        assert page.stdout.splitlines() == whole[1:2]
        table = run(command, "--db", db_path, "--limit", "1")
        assert table.exit_code == 0 and f"1 {command}" in table.stdout


# -- tabular output and the language filter ---------------------------------------------------


def _csv(output: str) -> list[dict]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(output, newline="")))


def _jsonl(*args: str) -> list[dict]:
    result = run(*args)
    assert result.exit_code == 0, result.output
    return [json.loads(x) for x in result.stdout.splitlines()]


def _in_language(sample_db: str, language: str) -> set[str]:
    """Ids of the sample documents in ``language``."""
    from kansoku.store import open_store

    store = open_store(sample_db)
    try:
        return {d.id for d in store.documents() if d.language == language}
    finally:
        store.close()


def test_entities_with_names_in_each_language_and_mention_counts(sample_db):
    from kansoku.tables import EntityRow, columns

    every = _jsonl("entities", "--db", sample_db, "--json")
    prk = next(e for e in every if e["id"] == "PRK")
    assert {"ja", "en", "ko"} <= set(prk["names"]) and len(prk["mentions"]) > 10
    rows = _csv(run("entities", "--db", sample_db, "--csv").stdout)
    assert list(rows[0]) == [c.name for c in columns(EntityRow)]
    assert [r["entity_id"] for r in rows] == [e["id"] for e in every]
    by_id = {r["entity_id"]: r for r in rows}
    assert by_id["PRK"]["mentions"] == str(len(prk["mentions"]))
    assert "北朝鮮" in by_id["PRK"]["names_ja"].split("; ")
    korean = _jsonl("entities", "--db", sample_db, "--json", "--lang", "ko")
    assert 0 < len(korean) < len(every)
    ko_docs = _in_language(sample_db, "ko")
    for entity in korean:  # only the mentions in Korean documents
        assert {m["doc_id"] for m in entity["mentions"]} <= ko_docs
    table = run("entities", "--db", sample_db, "--lang", "ko")
    assert table.exit_code == 0 and f"{len(korean)} entities" in table.stdout
    assert "북한" in table.stdout and "North Korea" in table.stdout


def test_events_and_figures_by_language_and_as_csv(sample_db):
    from kansoku.tables import EventRow, FigureRow, columns

    every = _jsonl("events", "--db", sample_db, "--json")
    english = _jsonl("events", "--db", sample_db, "--json", "--lang", "en")
    assert 0 < len(english) < len(every)
    rows = _csv(run("events", "--db", sample_db, "--lang", "en", "--csv").stdout)
    assert list(rows[0]) == [c.name for c in columns(EventRow)]
    assert [r["event_id"] for r in rows] == [e["id"] for e in english]
    assert all("en" in r["languages"].split("; ") for r in rows)
    assert all(r["notes"] for r in rows)
    page = _csv(run("events", "--db", sample_db, "--csv", "--limit", "2", "--offset", "1").stdout)
    assert [r["event_id"] for r in page] == [e["id"] for e in every[1:3]]
    korean = _jsonl("figures", "--db", sample_db, "--json", "--lang", "ko")
    figures = _csv(run("figures", "--db", sample_db, "--lang", "ko", "--csv").stdout)
    assert korean and [f["figure_id"] for f in figures] == [f["id"] for f in korean]
    assert list(figures[0]) == [c.name for c in columns(FigureRow)]
    assert {f["language"] for f in figures} == {"ko"}
    assert _jsonl("events", "--db", sample_db, "--json", "--lang", "fr") == []


def test_findings_and_search_by_language_and_as_csv(sample_db):
    every = _jsonl("findings", "--db", sample_db, "--json")
    korean = _jsonl("findings", "--db", sample_db, "--json", "--lang", "ko")
    assert 0 < len(korean) < len(every)
    assert [f["id"] for f in korean] == [
        f["id"] for f in every if set(f["doc_ids"]) & _in_language(sample_db, "ko")
    ]
    rows = _csv(run("findings", "--db", sample_db, "--lang", "ko", "--csv").stdout)
    assert [r["finding_id"] for r in rows] == [f["id"] for f in korean]
    assert all("ko" in r["languages"].split("; ") for r in rows)
    paged = _jsonl(
        "findings", "--db", sample_db, "--json", "--lang", "ko", "--limit", "1", "--offset", "1"
    )
    assert [f["id"] for f in paged] == [f["id"] for f in korean[1:2]]
    hits = json.loads(run("search", "Russia", "--db", sample_db, "--json").stdout)
    english = json.loads(
        run("search", "Russia", "--db", sample_db, "--json", "--lang", "en").stdout
    )
    assert english and {h["language"] for h in english} == {"en"}
    assert [h["id"] for h in english] == [h["id"] for h in hits if h["language"] == "en"]
    one = json.loads(
        run("search", "Russia", "--db", sample_db, "--json", "--lang", "en", "--limit", "1").stdout
    )
    assert [h["id"] for h in one] == [english[0]["id"]]
    found = _csv(run("search", "Russia", "--db", sample_db, "--lang", "en", "--csv").stdout)
    assert [r["doc_id"] for r in found] == [h["id"] for h in english]


def test_export_formats_and_a_refused_one(tmp_path, sample_db):
    for fmt in ("csv", "parquet"):
        result = run("export", str(tmp_path / fmt), "--db", sample_db, "--format", fmt)
        assert result.exit_code == 0, result.output
        assert (tmp_path / fmt / f"events.{fmt}").exists()
        manifest = json.loads((tmp_path / fmt / "manifest.json").read_text(encoding="utf-8"))
        assert (
            manifest["format"] == fmt
            and f"{manifest['counts'][f'events.{fmt}']} events" in result.stdout
        )
    bad = run("export", str(tmp_path / "x"), "--db", sample_db, "--format", "xlsx")
    assert bad.exit_code == 2 and "jsonl, csv, parquet" in bad.stderr
    assert not (tmp_path / "x").exists()
