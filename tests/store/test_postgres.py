"""What is PostgreSQL's own in the PostgreSQL store: its migrations keep step with
SQLite's, the dialect adapter's translations, opening a new database from several
processes at once, a database from a newer kansoku, a server that cannot be reached.
(Everything the two backends share is the contract suite's, run on both.)"""

from __future__ import annotations

import multiprocessing
import time

import psycopg
import pytest

from kansoku.store import StoreError, open_store
from kansoku.store.postgres import MIGRATIONS, redacted, schema_version
from kansoku.store.postgres.dialect import translate
from kansoku.store.sqlite import migrations
from kansoku.store.sqlite import schema_version as sqlite_schema_version


def test_every_sqlite_migration_has_its_postgresql_form():
    assert [v for v, _ in migrations(MIGRATIONS)] == [v for v, _ in migrations()]
    assert schema_version() == sqlite_schema_version()


@pytest.mark.parametrize(
    ("sqlite", "postgres"),
    [
        ("SELECT id FROM t WHERE a = ? AND b = ?", "SELECT id FROM t WHERE a = %s AND b = %s"),
        ("SELECT 1 WHERE x = :v OR y = :v", "SELECT 1 WHERE x = %(v)s OR y = %(v)s"),
        ("SELECT '50%?' FROM t WHERE a LIKE 'x%'", "SELECT '50%%?' FROM t WHERE a LIKE 'x%%'"),
        ('SELECT "end" FROM t -- a ?\n', 'SELECT "end" FROM t -- a ?'),
        (
            "INSERT OR IGNORE INTO m (a) VALUES (?)",
            "INSERT INTO m (a) VALUES (%s) ON CONFLICT DO NOTHING",
        ),
        (
            "DELETE FROM c WHERE key IN (SELECT value FROM json_each(?))",
            "DELETE FROM c WHERE key IN (SELECT value FROM json_array_elements_text((%s)::json))",
        ),
        (
            "SELECT (SELECT json_group_array(e.id) FROM e) AS m",
            "SELECT (SELECT coalesce(json_agg(e.id)::text, '[]') FROM e) AS m",
        ),
        (
            "SELECT * FROM t ORDER BY a, b DESC, c ASC LIMIT ? OFFSET ?",
            "SELECT * FROM t ORDER BY a NULLS FIRST, b DESC NULLS LAST, c ASC NULLS FIRST "
            "LIMIT nullif(%s, -1) OFFSET %s",
        ),
        (
            "SELECT x FROM t WHERE id IN (SELECT id FROM u ORDER BY d DESC LIMIT ?) ORDER BY d",
            "SELECT x FROM t WHERE id IN (SELECT id FROM u ORDER BY d DESC NULLS LAST "
            "LIMIT nullif(%s, -1)) ORDER BY d NULLS FIRST",
        ),
        (
            "SELECT count(*) FROM (SELECT a FROM t UNION SELECT a FROM u) JOIN v ON v.a = a",
            "SELECT count(*) FROM (SELECT a FROM t UNION SELECT a FROM u) AS _derived1 "
            "JOIN v ON v.a = a",
        ),
        ("SELECT count(*) FROM (SELECT 1) AS s", "SELECT count(*) FROM (SELECT 1) AS s"),
        ("SELECT instr(lower(text), lower(?)) > 0", "SELECT strpos(lower(text), lower(%s)) > 0"),
        ("SELECT id FROM documents INDEXED BY d WHERE a", "SELECT id FROM documents WHERE a"),
        ("PRAGMA user_version", "SELECT version FROM kansoku_schema"),
        ("PRAGMA user_version = 7", "UPDATE kansoku_schema SET version = 7"),
    ],
)
def test_statements_are_translated(sqlite, postgres):
    assert translate(sqlite) == postgres


def _open(url: str, start: float) -> str:
    while time.time() < start:  # all at once
        pass
    try:
        store = open_store(url)
        try:
            return f"version {store.stats().schema_version}"
        finally:
            store.close()
    except Exception as exc:  # reported to the parent, which names it
        return f"{type(exc).__name__}: {exc}"


def test_processes_opening_one_new_database_at_once_all_get_the_same_schema(postgres_server):
    context = multiprocessing.get_context("fork")
    outcomes: list[str] = []
    with context.Pool(4) as pool:
        for _ in range(3):
            url = postgres_server.new_database()
            start = time.time() + 0.3
            outcomes += pool.starmap(_open, [(url, start)] * 4)
    assert outcomes == [f"version {schema_version()}"] * 12


def test_a_database_from_a_newer_kansoku_is_refused(postgres_url):
    open_store(postgres_url).close()
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("UPDATE kansoku_schema SET version = 999")
    with pytest.raises(StoreError, match="newer kansoku"):
        open_store(postgres_url)


def test_a_server_that_cannot_be_reached_is_one_clear_error():
    with pytest.raises(StoreError, match="cannot connect") as caught:
        open_store("postgresql://someone:secret@127.0.0.1:1/kansoku?connect_timeout=2")
    assert "secret" not in str(caught.value)
    assert redacted("postgresql://u:pw@h:5/d") == "postgresql://u:***@h:5/d"


HOSTILE = ["x' OR '1'='1", "'; DROP TABLE documents; --", "%' OR 1=1 --", "%s", "%(v)s",
           ":v", "$1", "?", "兵'); DELETE FROM events; --", "\\'; SELECT pg_sleep(3); --"]  # fmt: skip


def test_injection_strings_in_search_ask_and_filters_are_harmless(postgres_url):
    from store.test_contract import store_articles
    from typer.testing import CliRunner

    from kansoku.cli import app

    store = open_store(postgres_url)
    try:
        store_articles(store, ["nis", "us", "deny"])
        before = store.stats()
    finally:
        store.close()
    runner = CliRunner()
    for text in HOSTILE:
        for args in (["search", text], ["ask", text], ["events", "--actor", text],
                     ["events", "--lang", text, "--type", text, "--since", text],
                     ["figures", "--kind", text, "--until", text], ["findings", "--kind", text],
                     ["entities", "--lang", text]):  # fmt: skip
            started = time.monotonic()
            result = runner.invoke(app, [*args, "--db", postgres_url, "--json"])
            assert result.exit_code == 0, (args, result.output)
            assert time.monotonic() - started < 3, args  # no injected pg_sleep ran
    store = open_store(postgres_url)
    try:
        assert store.stats() == before
    finally:
        store.close()


def test_a_writer_kept_waiting_too_long_gets_one_clear_error_and_goes_on(postgres_url, monkeypatch):
    from kansoku.store.postgres import dialect

    store = open_store(postgres_url)
    try:
        monkeypatch.setitem(dialect._TRANSACTIONS, "BEGIN IMMEDIATE", (
            "BEGIN", "SET LOCAL lock_timeout = '200ms'",
            f"SELECT pg_advisory_xact_lock({dialect.WRITE_LOCK})",
        ))  # fmt: skip
        with psycopg.connect(postgres_url) as other:  # another writer, in a transaction
            other.execute("SELECT pg_advisory_xact_lock(%s)", (dialect.WRITE_LOCK,))
            with pytest.raises(StoreError, match="another process"), store.transaction():
                pass
        with store.transaction():  # the lock is free again, and the connection usable
            store.mark_reconciled(None)
        assert store.unreconciled() == []
    finally:
        store.close()
