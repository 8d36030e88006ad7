"""A small batch the team wrote for the crash and concurrency tests, and the tools they
share: running the real ``kansoku`` command, reading a store with its database's own
driver (sqlite3 for a file, psycopg for a PostgreSQL URL; not kansoku's own code), and
the export and per-document parts of an uninterrupted run.

The batch is 20 short articles built from templates, in two halves: ``part1/a.jsonl``
(10 in English) and ``part2/b.jsonl`` (8 in Japanese, an exact copy of one of them, and
last a near copy of an English article of part1: a syndicated story with the outlet's
own closing line). Ingesting the folder reads part1 then part2: the same sources, in the
same order, as the two halves one after the other.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import psycopg

from kansoku.export import export
from kansoku.store import open_store
from kansoku.store.postgres import schema_version as postgres_schema_version
from kansoku.store.sqlite import schema_version

EN = [
    "North Korea has sent about {n},000 troops to Russia, South Korea's National Intelligence "
    "Service said on June {d}. The soldiers were moved to the Kursk region by ship and train, "
    "the agency told lawmakers in a closed briefing.",
    "Russia delivered more than {n}00,000 barrels of oil to North Korea in May, a British "
    "research institute said on June {d}. Satellite images showed tankers docking at the port "
    "of Vostochny several times.",
    "Ukraine's defence ministry said on June {d} that North Korea had shipped {n} million "
    "artillery shells to Russia since last year. Officials in Kyiv said the shells were used "
    "on the eastern front.",
    "Russian Defence Minister Andrei Belousov met North Korean leader Kim Jong Un in Pyongyang "
    "on June {d}. The two sides agreed to expand military cooperation, state media reported.",
]
JA = [
    "韓国の国家情報院は{d}日、北朝鮮がロシアに兵士約{n}000人を追加で派遣したと明らかにした。"
    "兵士はクルスク州の前線に配置されたという。",
    "ウクライナ国防省は{d}日、北朝鮮がロシアに砲弾約{n}00万発を供与したと発表した。"
    "砲弾は東部の前線で使われているとみられる。",
    "ロシアのショイグ安全保障会議書記は{d}日、平壌で金正恩総書記と会談した。"
    "両国は軍事協力をさらに拡大することで一致した。",
    "ロシア大統領府の報道官は{d}日、北朝鮮兵の派遣を否定した。根拠のない情報だと述べた。",
]
SIZE = 20  # articles in the batch


def _article(language: str, key: str, day: int, text: str) -> dict[str, str]:
    return {"id": f"{language}-{key}", "url": f"https://news.example/{language}/{key}",
            "title": f"{language} report {key}", "published": f"2024-06-{day:02d}",
            "language": language, "text": text}  # fmt: skip


def _articles(language: str, templates: list[str], first_day: int, n: int) -> list[dict[str, str]]:
    return [
        _article(language, f"{i:02d}", first_day + i,
                 templates[i % len(templates)].format(d=first_day + i, n=3 + i))
        for i in range(n)
    ]  # fmt: skip


def write_batch(folder: Path) -> Path:
    """The 20 articles under ``folder``: part1 and part2, 10 each."""
    english = _articles("en", EN, 1, 10)
    japanese = _articles("ja", JA, 11, 8)
    copies = [
        dict(japanese[2], id="ja-copy", url="https://mirror.example/ja/02"),
        dict(english[2], id="en-copy", url="https://mirror.example/en/02",
             text=english[2]["text"] + "\nThis story first appeared on a partner site."),
    ]  # fmt: skip
    for part, rows in (("part1/a.jsonl", english), ("part2/b.jsonl", japanese + copies)):
        (folder / part).parent.mkdir(parents=True, exist_ok=True)
        lines = [json.dumps(row, ensure_ascii=False) for row in rows]
        (folder / part).write_text("\n".join(lines) + "\n", "utf-8")
    return folder


# -- the real command ---------------------------------------------------------------------


def kansoku_command() -> list[str]:
    """The installed ``kansoku`` script beside this Python, else the CLI by module."""
    script = Path(sys.executable).parent / "kansoku"
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-c", "from kansoku.cli import main; main()"]


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "KANSOKU_DB"}
    env["NO_COLOR"] = "1"
    return env


def run(args: Sequence[str], timeout: float = 120, prefix: Sequence[str] = ()) -> subprocess.CompletedProcess[str]:  # fmt: skip
    return subprocess.run(
        [*prefix, *kansoku_command(), *args],
        capture_output=True, text=True, timeout=timeout, env=environment(), check=False,
    )  # fmt: skip


def start_ingest(sources: Sequence[Path], db: Path | str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*kansoku_command(), "ingest", *map(str, sources), "--db", str(db), "-q"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment(),
    )  # fmt: skip


# -- reading a store with its database's own driver ----------------------------------------

# A store is a SQLite file (a Path) or a PostgreSQL database (its postgresql:// URL).
Db = Path | str


def _is_postgres(db: Db) -> bool:
    return isinstance(db, str) and db.startswith(("postgresql://", "postgres://"))


@contextmanager
def _reader(db: Db) -> Iterator[Callable[..., list[tuple]]]:
    """query(sql, *params) → rows, through sqlite3 or psycopg (not kansoku's code); the
    SQL is SQLite's (``?`` placeholders), the same in both but for those."""
    if _is_postgres(db):
        pg = _pg_connection(str(db))
        yield lambda sql, *params: pg.execute(sql.replace("?", "%s"), params).fetchall()
        return
    conn = sqlite3.connect(db, timeout=30)
    try:
        yield lambda sql, *params: conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@cache
def _pg_connection(url: str) -> psycopg.Connection:
    """One connection per database for the session: the crash test polls every few
    milliseconds, and a new server process per poll would slow the ingest it watches."""
    return psycopg.connect(url, autocommit=True)


def _no_table(exc: Exception) -> bool:
    return "no such table" in str(exc) or isinstance(exc, psycopg.errors.UndefinedTable)


def count(db: Db, rows: str = "documents") -> int:
    """How many ``rows`` (a table, and a WHERE clause if need be) a separate reader sees
    (0 before the schema exists)."""
    try:
        with _reader(db) as query:
            return int(query(f"SELECT count(*) FROM {rows}")[0][0])
    except (sqlite3.OperationalError, psycopg.Error) as exc:
        if _no_table(exc):
            return 0
        raise


def damage(db: Db) -> list[str]:
    """What the database's own checks find wrong: nothing when it is sound. (PostgreSQL
    enforces foreign keys on every statement and checks pages as it reads them: reading
    every table, and every row hanging off a missing document, is its check.)"""
    if _is_postgres(db):
        with _reader(db) as query:
            tables = [
                r[0] for r in query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ]
            for table in tables:
                query(f"SELECT * FROM {table}")
            return [
                f"{table}: {n} rows of missing documents"
                for table in _PARTS
                if (n := query(f"SELECT count(*) FROM {table} WHERE doc_id NOT IN "
                               "(SELECT id FROM documents)")[0][0])
            ]  # fmt: skip
    conn = sqlite3.connect(db)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check")] + [
            f"foreign key: {r}" for r in conn.execute("PRAGMA foreign_key_check")
        ]
        return [p for p in problems if p != "ok"]
    finally:
        conn.close()


# What hangs off a document: all of it is stored with the document or none of it is.
_PARTS = ("dropped", "sections", "mentions", "events", "figures", "notes", "documents_fts")


def schema_done(db: Db) -> bool:
    """Every migration applied (a kill while the schema is made leaves fewer)."""
    if _is_postgres(db):
        try:
            with _reader(db) as query:
                version = query("SELECT version FROM kansoku_schema")
        except psycopg.errors.UndefinedTable:
            return False
        return bool(version) and version[0][0] == postgres_schema_version()
    with _reader(db) as query:
        return int(query("PRAGMA user_version")[0][0]) == schema_version()


def parts(db: Db) -> dict[str, tuple[int, ...]]:
    """Each stored document's id → how many rows it has in each table hanging off it."""
    if not schema_done(db):  # no document is stored before the schema is whole
        assert count(db) == 0
        return {}
    with _reader(db) as query:
        ids = [r[0] for r in query("SELECT id FROM documents ORDER BY rowid")]
        return {
            doc_id: tuple(
                query(f"SELECT count(*) FROM {table} WHERE doc_id = ?", doc_id)[0][0]
                for table in _PARTS
            )
            for doc_id in ids
        }


def sources(db: Db) -> list[str]:
    if count(db) == 0:
        return []
    with _reader(db) as query:
        return [r[0] for r in query("SELECT source FROM documents ORDER BY rowid")]


# -- exports ------------------------------------------------------------------------------

# Fields that differ between two runs over the same articles, and rightly: when each
# document was stored, and when the export was written.
VARYING = {"documents.jsonl": ("ingested_at",)}


def exported(db: Path | str, out: Path) -> dict[str, list[str]]:
    """The export of ``db`` (what ``kansoku export`` writes, by the same function, without
    a process start per call): each file's lines without the varying fields, in the order
    written, and the manifest's counts."""
    store = open_store(str(db))
    try:
        export(store, out)
    finally:
        store.close()
    files: dict[str, list[str]] = {}
    for path in sorted(out.glob("*.jsonl")):
        lines = []
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            for key in VARYING.get(path.name, ()):
                row.pop(key)
            lines.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
        files[path.name] = lines
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    files["manifest counts"] = [json.dumps(manifest["counts"], sort_keys=True)]
    shutil.rmtree(out)
    return files


def unordered(export: dict[str, list[str]]) -> dict[str, list[str]]:
    """The export with each file's lines, and each entity's mentions, sorted: for runs
    that stored documents interleaved, where only the storing order (of documents, of
    figures of one date, of an entity's mentions) may differ."""
    result = {}
    for name, lines in export.items():
        rows = [json.loads(line) for line in lines]
        for row in rows:
            if name == "entities.jsonl":
                row["mentions"].sort(key=lambda m: json.dumps(m, sort_keys=True))
        result[name] = sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows)
    return result


@dataclass(frozen=True)
class Reference:
    """One uninterrupted ``kansoku ingest`` of the batch folder, and what it produced."""

    batch: Path
    db: Path
    export: dict[str, list[str]]
    parts: dict[str, tuple[int, ...]]


@cache
def reference(root: Path) -> Reference:
    """The batch and its uninterrupted run, made once per test session under ``root``
    (both test modules ask for it with the same folder; the first one pays)."""
    batch = write_batch(root / "batch")
    db = root / "reference.db"
    result = run(["ingest", str(batch), "--db", str(db), "-q"])
    assert result.returncode == 0, result.stderr
    ref = Reference(batch, db, exported(db, root / "export"), parts(db))
    assert len(ref.parts) == SIZE and not damage(db)
    return ref
