import sqlite3

import pytest

from kansoku.knowledge import default_knowledge
from kansoku.model import Document
from kansoku.pipeline import ingest, process
from kansoku.store import StoreError, open_store
from kansoku.store.sqlite import schema_version


def _add(store, text: str, source: str) -> None:
    doc = Document(source=source, raw_sha256="0", body=text)
    store.add_document(process(doc, default_knowledge()))


def test_new_file_is_wal_with_foreign_keys_and_current_schema(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.stats()["schema_version"] == schema_version()


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
    assert store.stats()["schema_version"] == schema_version()
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
    assert sorted(h["source"] for h in filled.search(query)) == sources


@pytest.mark.parametrize(
    "query", ['"', "兵 OR 1=1", "NEAR(a b)", "*", "a'; DROP TABLE documents; --", "^x"]
)
def test_search_text_is_data_not_query_syntax(filled, query):
    filled.search(query)  # must not raise
    assert len(list(filled.documents())) == 3


def test_search_gives_a_snippet_around_the_hit(filled):
    [hit] = filled.search("非難")
    assert "非難" in hit["snippet"]


def test_stats_count_what_is_stored(store, samples):
    ingest([str(samples)], store)
    stats = store.stats()
    assert stats["documents"] == 11 and stats["aggregators"] == 2 and stats["duplicates"] == 1
    assert stats["languages"] == {"ja": 6, "en": 4, "ko": 1}
    assert stats["dropped"]["off_topic"] >= 2


def test_a_file_at_schema_1_keeps_its_documents_when_migrated(db_path):
    from kansoku.store.sqlite import _statements, migrations

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
    assert [d["id"] for d in store.documents()] == ["d-old"]
    assert list(store.events()) == [] and store.stats()["schema_version"] == schema_version()
    store.close()
