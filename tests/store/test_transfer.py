"""Moving a store between backends and through a backup file: ``kansoku migrate``,
``kansoku backup`` and ``kansoku restore``, by the real command, on the session's
PostgreSQL server. What arrives exports exactly as what left (``kansoku.export``), and
searches find the same documents (the search indexes are rebuilt by the target)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from store.batch import run
from store.test_contract import ARTICLES, OTHER_LANGUAGES, store_articles

from kansoku.export import export
from kansoku.store import StoreError, open_store
from kansoku.store.transfer import backup, restore

QUERIES = ["国家情報院", "兵 否定", "北朝鮮", "Korea", "砲弾 供与", "露"]


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store of the contract's articles in three languages, reconciled."""
    db = tmp_path_factory.mktemp("transfer") / "original.db"
    store = open_store(str(db))
    try:
        store_articles(store, [*ARTICLES, *OTHER_LANGUAGES])
    finally:
        store.close()
    return db


def exported(db: Path | str, out: Path) -> dict[str, str]:
    """Each file the export writes, as written (the manifest without its time)."""
    store = open_store(str(db))
    try:
        export(store, out)
        searched = {q: [h.id for h in store.search(q)] for q in QUERIES}
    finally:
        store.close()
    files = {p.name: p.read_text("utf-8") for p in sorted(out.glob("*.jsonl"))}
    assert files["documents.jsonl"] and files["events.jsonl"] and files["findings.jsonl"]
    return {**files, "search": repr(searched)}


def _ok(*args: str) -> str:
    result = run(args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_sqlite_to_postgresql_and_back_exports_the_same(original, postgres_url, tmp_path):
    back = tmp_path / "back.db"
    said = _ok("migrate", "--from", str(original), "--to", postgres_url)
    assert "copied" in said and "documents" in said
    _ok("migrate", "--from", postgres_url, "--to", str(back))
    want = exported(original, tmp_path / "a")
    assert exported(postgres_url, tmp_path / "b") == want
    assert exported(back, tmp_path / "c") == want


def _lines(path: Path) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return fh.read().splitlines()


def test_backup_and_restore_across_backends(original, postgres_server, tmp_path):
    url = postgres_server.new_database()
    first, second = tmp_path / "sqlite.jsonl.gz", tmp_path / "pg.jsonl.gz"
    _ok("backup", str(first), "--db", str(original))
    _ok("restore", str(first), "--db", url)
    _ok("backup", str(second), "--db", url)
    assert _lines(second) == _lines(first)  # the same rows, whichever backend wrote them
    _ok("restore", str(second), "--db", str(tmp_path / "restored.db"))
    want = exported(original, tmp_path / "a")
    assert exported(url, tmp_path / "b") == want
    assert exported(tmp_path / "restored.db", tmp_path / "c") == want


def test_restore_wants_an_empty_store_and_a_whole_file(original, postgres_url, tmp_path):
    file = tmp_path / "backup.jsonl.gz"
    source = open_store(str(original))
    try:
        backup(source, file)
    finally:
        source.close()
    whole = file.read_bytes()
    damaged = tmp_path / "damaged.jsonl.gz"
    damaged.write_bytes(whole[: len(whole) * 2 // 3])  # cut short: gzip cannot finish
    for target in (postgres_url, str(tmp_path / "new.db")):
        store = open_store(target)
        try:
            with pytest.raises(StoreError, match="nothing restored"):
                restore(store, damaged)
            assert store.stats().documents == 0 and list(store.entities()) == []
            restore(store, file)
            with pytest.raises(StoreError, match="not empty"):
                restore(store, file)
            assert store.stats().documents == len(ARTICLES) + len(OTHER_LANGUAGES)
        finally:
            store.close()
    refused = run(["migrate", "--from", str(original), "--to", postgres_url])
    assert refused.returncode == 2 and refused.stderr.startswith("error: ")
    assert "not empty" in refused.stderr
    garbage = tmp_path / "garbage.gz"
    garbage.write_text("not a backup")
    refused = run(["restore", str(garbage), "--db", str(tmp_path / "other.db")])
    assert refused.returncode == 2 and "not a" in refused.stderr


def test_every_table_of_a_store_is_copied(tmp_path):
    """A migration that adds a table must add it to ``transfer.TABLES`` (or be an index
    the target rebuilds), or backups would silently leave it out."""
    from kansoku.store.transfer import TABLES

    store = open_store(str(tmp_path / "tables.db"))
    try:
        found = {
            r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    finally:
        store.close()
    rebuilt = {n for n in found if n.startswith(("documents_fts", "documents_grams"))}
    assert found - rebuilt == set(TABLES)


@pytest.mark.parametrize(
    "hostile",
    [
        {"id": "x", 'kind", "name_en") SELECT sqlite_version(), ? --': "y"},  # a name as SQL
        {"id": "x", "no_such_column": "y"},
    ],
)
def test_a_backup_with_columns_the_table_lacks_restores_nothing(tmp_path, hostile):
    file = tmp_path / "hostile.jsonl.gz"
    header = {"format": "kansoku-backup", "format_version": 1}
    store = open_store(str(tmp_path / "new.db"))
    try:
        header["schema_version"] = store.stats().schema_version
        with gzip.open(file, "wt", encoding="utf-8") as fh:
            fh.write(json.dumps(header) + "\n")
            fh.write(json.dumps({"table": "entities", "row": hostile}) + "\n")
        with pytest.raises(StoreError, match="unexpected columns"):
            restore(store, file)
        assert list(store.entities()) == []
    finally:
        store.close()
