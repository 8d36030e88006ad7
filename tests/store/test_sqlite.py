import json
import re
import sqlite3

import pytest
from store.sqlite_legacy import as_version_4

from kansoku.export import export
from kansoku.knowledge import default_knowledge
from kansoku.model import Document
from kansoku.pipeline import ingest, process
from kansoku.reconcile import event_key
from kansoku.store import StoreError, open_store
from kansoku.store.records import DenialScope
from kansoku.store.sqlite import codec, migrations, schema_version


def _add(store, text: str, source: str) -> None:
    doc = Document(source=source, raw_sha256="0", body=text)
    store.add_document(process(doc, default_knowledge()))


def test_new_file_is_wal_with_foreign_keys_and_current_schema(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.stats().schema_version == schema_version()


def test_a_file_from_a_newer_kansoku_is_refused_and_left_untouched(db_path):
    open_store(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    with pytest.raises(StoreError, match="newer kansoku"):
        open_store(db_path)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version() + 1


def test_an_older_file_is_migrated_on_open(db_path):
    sqlite3.connect(db_path).close()  # an empty file at schema version 0
    store = open_store(db_path)
    assert store.stats().schema_version == schema_version()
    store.close()


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("just some notes, not SQLite" * 100)
    with pytest.raises(StoreError, match="not a usable kansoku database"):
        open_store(str(path))


@pytest.fixture
def filled(store):
    _add(store, "北朝鮮がロシアに兵士を派遣した。韓国政府は強く非難した。", "a.txt")
    _add(store, "ロシア軍の兵站について専門家が分析した。", "b.txt")
    _add(store, "North Korean troops were seen in Kursk, officials said.", "c.txt")
    return store


@pytest.mark.parametrize(
    ("query", "sources"),
    [
        ("兵", ["a.txt", "b.txt"]),  # one character: below the trigram tokenizer
        ("派遣", ["a.txt"]),  # two characters
        ("兵士", ["a.txt"]),
        ("国家情報", []),
        ("韓国政府", ["a.txt"]),
        ("kursk", ["c.txt"]),  # case-insensitive
        ("兵 専門家", ["b.txt"]),  # every term must match, short and long mixed
        ("ロシア 非難", ["a.txt"]),
    ],
)
def test_search_finds_one_two_and_longer_terms(filled, query, sources):
    assert sorted(h.source for h in filled.search(query)) == sources


@pytest.mark.parametrize(
    "query", ['"', "兵 OR 1=1", "NEAR(a b)", "*", "a'; DROP TABLE documents; --", "^x"]
)
def test_search_text_is_data_not_query_syntax(filled, query):
    filled.search(query)  # must not raise
    assert len(list(filled.documents())) == 3


def test_search_gives_a_snippet_around_the_hit(filled):
    [hit] = filled.search("非難")
    assert "非難" in hit.snippet


def test_stats_count_what_is_stored(store, samples):
    ingest([str(samples)], store)
    stats = store.stats()
    assert stats.documents == 11 and stats.aggregators == 2 and stats.duplicates == 1
    assert stats.languages == {"ja": 6, "en": 4, "ko": 1}
    assert stats.dropped["off_topic"] >= 2


def test_a_file_at_schema_1_keeps_its_documents_when_migrated(db_path):
    from kansoku.store.sqlite import _statements

    conn = sqlite3.connect(db_path)
    first = migrations()[0][1]
    for statement in _statements(first.read_text(encoding="utf-8")):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO documents (id, source, kind, text, raw_sha256, content_sha256, ingested_at)"
        " VALUES ('d-old', 'old.txt', 'article', '北朝鮮の兵士', 'r', 'c', '2024-01-01')"
    )
    conn.commit()
    conn.close()
    store = open_store(db_path)
    assert [d.id for d in store.documents()] == ["d-old"]
    assert list(store.events()) == [] and store.stats().schema_version == schema_version()
    store.close()


def test_migrations_are_sql_files_and_python_files_in_version_order():
    found = migrations()
    assert [v for v, _ in found] == list(range(1, schema_version() + 1))
    assert {path.suffix for _, path in found} == {".sql", ".py"}


NIS = "北朝鮮が特殊部隊派遣 2024年10月18日 10:00\n韓国の国家情報院は18日、北朝鮮がロシアに特殊部隊約1500人を派遣したと明らかにした。"
US = "北朝鮮兵1万人 2024年11月05日 07:30\n米国防総省は4日、北朝鮮兵約1万人がロシアに派遣されたと発表した。"
DENIAL = (
    "ロシアが否定 2024年11月06日 09:00\nロシア大統領府の報道官は5日、北朝鮮兵の派遣を否定した。"
)


def _export(store, out) -> dict[str, str]:
    """The export's files, the manifest without the second it was written at (two exports
    a test compares may straddle a second)."""
    export(store, out)
    files = {p.name: p.read_text(encoding="utf-8") for p in sorted(out.iterdir())}
    if "manifest.json" in files:
        files["manifest.json"] = re.sub(r'\n "written_at": "[^"]*",', "", files["manifest.json"])
    return files


# What a store written before version 9 cannot hold (what moves, the treaty acted on, the
# event a count quantifies) nor before version 10 (the extractor version of each fact,
# wherever a fact is written out): left out when comparing a migrated store with the
# original.
_SINCE_VERSION_9 = {"events.jsonl": ("item", "treaty"), "figures.jsonl": ("event_id",)}


def _before_version_9(files: dict[str, str]) -> dict[str, object]:
    kept: dict[str, object] = {}
    for name, text in files.items():
        if not name.endswith(".jsonl"):
            kept[name] = text
            continue
        rows = [_without_extractor(json.loads(line)) for line in text.splitlines()]
        keys = _SINCE_VERSION_9.get(name, ())
        kept[name] = [{k: v for k, v in row.items() if k not in keys} for row in rows]
    return kept


def _without_extractor(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_extractor(v) for k, v in value.items() if k != "extractor"}
    if isinstance(value, list):
        return [_without_extractor(v) for v in value]
    return value


def test_pipe_joined_keys_become_typed_keys_and_nothing_is_lost(tmp_path, db_path):
    for name, text in {"nis.txt": NIS, "us.txt": US, "deny.txt": DENIAL}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = open_store(db_path)
    ingest([str(tmp_path / "us.txt"), str(tmp_path / "deny.txt")], store)
    before = _export(store, tmp_path / "before")
    store.close()
    as_version_4(db_path)
    with sqlite3.connect(db_path) as conn:
        assert "|claimed|" in conn.execute("SELECT key FROM events LIMIT 1").fetchone()[0]
        assert "denial:RUS" in {r[0] for r in conn.execute("SELECT scope FROM findings")}

    store = open_store(db_path)  # migrated on open
    assert store.stats().schema_version == schema_version()
    assert _before_version_9(_export(store, tmp_path / "after")) == _before_version_9(before)
    k = default_knowledge()
    reports = store.event_reports()
    assert reports and all(r.key == event_key(r, k) for r in reports)
    assert store.conn.execute("SELECT scope FROM findings WHERE kind = 'assertion_vs_denial'"
                              ).fetchone()[0] == codec.scope_text(DenialScope("RUS"))  # fmt: skip
    # The next article merges into the migrated events and series: same as one batch.
    ingest([str(tmp_path / "nis.txt")], store)
    fresh = open_store(str(tmp_path / "fresh.db"))
    ingest([str(tmp_path / n) for n in ("us.txt", "deny.txt", "nis.txt")], fresh)
    assert _facts(store) == _facts(fresh)
    assert [f.kind for f in store.findings()].count("figure_series") == 1
    store.close()
    fresh.close()


def _facts(store) -> tuple:
    events = sorted((e.id, e.confidence, len(e.evidence)) for e in store.events())
    return events, [(f.id, f.summary) for f in store.findings()]


def test_a_key_the_migration_cannot_read_leaves_the_file_as_it_was(tmp_path, db_path):
    (tmp_path / "nis.txt").write_text(NIS, encoding="utf-8")
    store = open_store(db_path)
    ingest([str(tmp_path / "nis.txt")], store)
    store.close()
    as_version_4(db_path)
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE clusters SET key = 'not|a|key'")
    with pytest.raises(StoreError, match=r"005_typed_keys\.py failed, nothing changed"):
        open_store(db_path)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
        assert "|claimed|" in conn.execute("SELECT key FROM events").fetchone()[0]


def test_a_page_reads_the_evidence_and_sections_of_its_own_rows_only(tmp_path, store):
    for name, text in {"nis.txt": NIS, "us.txt": US, "deny.txt": DENIAL}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    ingest([str(tmp_path)], store)
    assert len(list(store.events())) >= 3 and len(list(store.documents())) == 3
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)  # SQL with its parameters bound
    [event] = store.events(limit=1, offset=1)
    [doc] = store.documents(limit=1, offset=2)
    store.conn.set_trace_callback(None)
    [evidence] = [s for s in statements if "FROM events e JOIN documents d" in s]
    assert set(re.findall(r"e-[0-9a-f]{16}", evidence)) == {event.id}
    children = [s for s in statements if "FROM dropped" in s or "FROM sections" in s]
    assert len(children) == 2
    assert all(set(re.findall(r"d-[0-9a-f]{16}", s)) == {doc.id} for s in children)


LOSSES = (
    "被害 2024年12月23日 09:00\n韓国国防省は20日、ロシアで戦う北朝鮮兵の死者は約100人、"
    "負傷者は約1000人に上ると明らかにした。"
)


def test_series_keys_written_before_measures_take_the_figures_measure(tmp_path, db_path):
    (tmp_path / "losses.txt").write_text(LOSSES, encoding="utf-8")
    store = open_store(db_path)
    ingest([str(tmp_path / "losses.txt")], store)
    before = _export(store, tmp_path / "before")
    store.close()
    as_version_4(db_path)
    with sqlite3.connect(db_path) as conn:
        assert {r[0] for r in conn.execute("SELECT series FROM figures")} == {
            "casualties|persons|PRK"
        }
    store = open_store(db_path)  # migrated on open
    keys = {f.measure: f.series for f in store.figures()}
    assert {m: k.measure if k else None for m, k in keys.items()} == {
        "killed": "killed",
        "wounded": "wounded",
    }
    assert _before_version_9(_export(store, tmp_path / "after")) == _before_version_9(before)
    store.close()
