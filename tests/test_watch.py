"""`kansoku watch`: feeds served by a real HTTP server on 127.0.0.1 (down, garbage, back),
a folder that gains files, alerts (line, JSON Lines, command), SIGTERM and kill -9."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kansoku.alerts import Alerter
from kansoku.fetch import Fetcher, Response
from kansoku.knowledge import default_knowledge
from kansoku.store import StoreError, open_store
from kansoku.watch import Watcher, parse_duration

KANSOKU = str(Path(sys.executable).parent / "kansoku")

# Written for these tests (Russia–North Korea): two counts of one dispatch that cannot
# both hold, and a denial of it.
NIS = ("北朝鮮がロシアに兵士派遣", "Fri, 18 Oct 2024 10:00:00 +0900",
       "韓国の国家情報院は18日、北朝鮮がロシアに兵士約1万2000人を派遣したと明らかにした。"
       "北朝鮮の金正恩総書記は17日、平壌でロシアのショイグ安全保障会議書記と会談した。")  # fmt: skip
PENTAGON = ("北朝鮮兵の規模", "Wed, 23 Oct 2024 09:00:00 +0900",
            "米国防総省は22日、北朝鮮がロシアに兵士約3000人を派遣したと発表した。")  # fmt: skip
DENIAL = (
    "Russia denies North Korean troops\nOctober 25, 2024\n"
    "The Kremlin on Thursday denied that North Korea had sent troops to Russia. South "
    "Korea's spy agency said about 12,000 North Korean soldiers had arrived in Russia.\n"
)


def page(title: str, text: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<nav>ホーム | 国際 | 政治</nav><article><h1>{title}</h1><p>{text}</p></article>"
        "</body></html>"
    )


def rss(base: str, entries: list[tuple[str, tuple[str, str, str]]]) -> str:
    items = "".join(
        f"<item><title>{title}</title><link>{base}/{path}</link><pubDate>{date}</pubDate></item>"
        for path, (title, date, _) in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>露朝ニュース</title><link>{base}/</link><description>test</description>"
        f"{items}</channel></rss>"
    )


class Counting(Fetcher):
    def __init__(self) -> None:
        super().__init__(timeout=5)
        self.urls: list[str] = []

    def get(self, url: str, via: str | None = None) -> Response:
        self.urls.append(url)
        return super().get(url, via)


def test_durations():
    assert parse_duration("15m") == 900 and parse_duration("30s") == 30
    assert parse_duration("1h") == 3600 and parse_duration("2") == 2
    assert parse_duration("500ms") == 0.5
    for bad in ("", "15x", "-1s", "0"):
        with pytest.raises(ValueError):
            parse_duration(bad)


def test_feed_down_garbage_back_and_a_folder_that_grows(web, tmp_path, db_path):
    serve = lambda entries: web.add(  # noqa: E731
        "/feed.xml", rss(web.base, entries), "application/rss+xml"
    )
    for path, (title, _, text) in (("nis.html", NIS), ("pentagon.html", PENTAGON)):
        web.add(f"/{path}", page(title, text))
    feed = serve([("nis.html", NIS)])
    folder = tmp_path / "inbox"
    folder.mkdir()
    alerts_file = tmp_path / "alerts.jsonl"
    heard = tmp_path / "heard.jsonl"
    hook = tmp_path / "hook.py"
    hook.write_text(
        "import sys\n"
        "with open(sys.argv[1], 'a', encoding='utf-8') as fh:\n"
        "    fh.write(sys.stdin.read())\n",
        encoding="utf-8",
    )
    lines: list[str] = []
    store = open_store(db_path)
    try:
        alerter = Alerter(store, lines.append, alerts_file, f"{sys.executable} {hook} {heard}")
        watcher = Watcher([feed, str(folder)], store, every=60, retry=0.5,
                          knowledge=default_knowledge(), alerter=alerter, say=lines.append)  # fmt: skip
        feed_source, folder_source = watcher.sources
        with Counting() as fetcher:
            first = watcher.poll_due(fetcher)
            assert [len(r.stored) for r in first] == [1, 0] and all(r.ok for r in first)
            assert folder_source.files == {}

            # Unchanged: the feed is fetched once, its entries not at all; the folder listed.
            fetcher.urls.clear()
            again = watcher.poll(feed_source, fetcher)
            assert again.ok and again.skipped and fetcher.urls == [feed]
            assert watcher.poll(folder_source, fetcher).skipped

            # Down, then garbage: one line each, retried sooner, then later.
            web.add("/feed.xml", "oops", "text/plain", status=503)
            down = watcher.poll(feed_source, fetcher)
            assert not down.ok and "HTTP 503" in (down.reason or "")
            assert feed_source.failures == 1
            first_delay = feed_source.due - time.monotonic()
            web.add("/feed.xml", b"\x00\x01garbage<<<rss", "application/rss+xml")
            bad = watcher.poll(feed_source, fetcher)
            assert not bad.ok and (bad.reason or "").startswith("malformed")
            web.add("/feed.xml", "<html><body>maintenance</body></html>")
            bad = watcher.poll(feed_source, fetcher)
            assert not bad.ok and (bad.reason or "").startswith("malformed")
            assert feed_source.failures == 3
            assert feed_source.due - time.monotonic() > 3 * first_delay  # 0.5, 1, 2 s
            told = [line for line in lines if line.startswith("watch: ")]
            assert len([t for t in told if "retrying in" in t]) == 3
            assert store.stats().documents == 1  # nothing of the garbage stored

            # Back, with a new entry whose number conflicts with the first: an alert.
            serve([("pentagon.html", PENTAGON), ("nis.html", NIS)])
            feed_source.due = folder_source.due = 0
            back = watcher.poll_due(fetcher)
            assert back[0].ok and len(back[0].stored) == 1 and back[0].unchanged == 1
            assert feed_source.failures == 0
            assert any("back after 3 failures" in line for line in lines)
            alerts = [line for line in lines if line.startswith("alert: ")]
            assert len(alerts) == 1 and "conflicting_figures" in alerts[0]
            assert "~3,000" in alerts[0] and "pentagon.html" in alerts[0]

            # The folder gains a file: the denial of the dispatch.
            (folder / "kremlin.txt").write_text(DENIAL, encoding="utf-8")
            (folder / ".hidden.txt").write_text(DENIAL, encoding="utf-8")
            feed_source.due = folder_source.due = 0
            grown = watcher.poll_due(fetcher)
            assert [len(r.stored) for r in grown] == [0, 1]
            assert list(folder_source.files) == [str(folder / "kremlin.txt")]
            alerts = [line for line in lines if line.startswith("alert: ")]
            assert len(alerts) >= 2 and any("assertion_vs_denial" in a for a in alerts[1:])
            folder_source.due = 0
            assert watcher.poll(folder_source, fetcher).skipped  # listed, nothing read
    finally:
        store.close()
    written = [json.loads(line) for line in alerts_file.read_text().splitlines()]
    assert len(written) == len(alerts)
    assert written[0]["finding"]["kind"] == "conflicting_figures"
    assert written[0]["change"] == "new" and written[0]["documents"][0]["source"].endswith(
        "/pentagon.html"
    )
    assert {"id", "at", "change", "finding", "documents"} <= set(written[0])
    assert len({w["id"] for w in written}) == len(written)
    # The command heard each alert on stdin, as the file has it.
    assert [json.loads(line) for line in heard.read_text().splitlines()] == written


def test_the_alert_command_gets_article_text_only_on_stdin(tmp_path, db_path):
    """A summary with shell syntax never reaches a shell or the command line."""
    from kansoku.store.records import Finding

    class Store:
        def __init__(self) -> None:
            self.findings_now: list[Finding] = []

        def findings(self):
            return iter(self.findings_now)

        def document(self, doc_id):
            return None

    store = Store()
    args = tmp_path / "args.json"
    hook = tmp_path / "hook.py"
    hook.write_text(
        "import json, sys\n"
        f"open({str(args)!r}, 'w').write(json.dumps([sys.argv[1:], sys.stdin.read()]))\n",
        encoding="utf-8",
    )
    lines: list[str] = []
    alerter = Alerter(store, lines.append, None, f"{sys.executable} {hook} --from kansoku")  # type: ignore[arg-type]
    evil = "$(touch pwned) `touch pwned`; touch pwned \x1b[2J\n"
    store.findings_now = [Finding("x-1", "conflicting_figures", evil, ("f-1", "f-2"), (), ())]
    assert len(alerter.check()) == 1
    argv, stdin = json.loads(args.read_text())
    assert argv == ["--from", "kansoku"]
    assert json.loads(stdin)["finding"]["summary"] == evil
    assert not (tmp_path / "pwned").exists() and not Path("pwned").exists()
    assert len(lines) == 1 and "\x1b" not in lines[0] and "\n" not in lines[0]
    # The same finding again: nothing; changed: told as changed; a figure series: never.
    assert alerter.check() == []
    store.findings_now = [
        Finding("x-1", "conflicting_figures", "other numbers", ("f-1", "f-3"), (), ()),
        Finding("x-2", "figure_series", "a series", ("f-1",), (), ()),
    ]
    [alert] = alerter.check()
    assert alert["change"] == "changed" and alert["finding"]["id"] == "x-1"


# -- the command in a process of its own: SIGTERM, kill -9 ----------------------------


SOURCES = ("米国防総省", "韓国の国家情報院", "ウクライナ国防省")


def _articles(folder: Path, n: int) -> list[str]:
    """``n`` distinct short articles, each reporting its own count of the troops sent, by
    one of three sources in turn: counts of one month that cannot all hold."""
    names = []
    for i in range(n):
        name = f"{i:02d}.txt"
        (folder / name).write_text(
            f"北朝鮮兵の派遣 第{i + 1}報 2024年11月{i + 1:02d}日 09:00\n"
            f"{SOURCES[i % 3]}は{i + 1}日、北朝鮮がロシアに兵士約{(i + 1) * 2000}人を派遣したと"
            f"発表した。北朝鮮の金正恩総書記は同日、平壌でロシアの国防相と会談した。\n",
            encoding="utf-8",
        )
        names.append(name)
    return names


def _watch(db: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [KANSOKU, "watch", *args, "--db", db, "--every", "1s"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _count(db: str, sql: str) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    except sqlite3.OperationalError:
        return 0
    try:
        return int(conn.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0
    finally:
        conn.close()


def _wait_for(condition, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _documents(db: str) -> int:
    return _count(db, "SELECT count(*) FROM documents")


def test_sigterm_stops_between_documents_and_exits_0(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    names = _articles(folder, 8)
    db = str(tmp_path / "w.db")
    proc = _watch(db, str(folder))
    try:
        _wait_for(lambda: _documents(db) >= 1)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "watch: stopped" in err and "Traceback" not in err
    stored = _documents(db)
    assert 1 <= stored <= len(names)
    # What it stored is whole and reconciled; the next run takes the rest, once each.
    assert _count(db, "SELECT count(*) FROM documents WHERE reconciled = 0") == 0
    again = subprocess.run(
        [KANSOKU, "watch", str(folder), "--db", db, "--once"], capture_output=True, text=True
    )
    assert again.returncode == 0, again.stderr
    assert _documents(db) == len(names)
    assert _count(db, "SELECT count(DISTINCT source) FROM documents") == len(names)


def test_kill_9_then_restart_loses_and_repeats_nothing(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    names = _articles(folder, 9)
    db = str(tmp_path / "w.db")
    alerts = tmp_path / "alerts.jsonl"
    proc = _watch(db, str(folder), "--alerts", str(alerts))
    try:
        _wait_for(lambda: _documents(db) >= 2)
        proc.kill()  # SIGKILL: no handler runs
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    # Killed in the middle of the folder: some stored, none of them reconciled yet.
    assert 2 <= _documents(db) < len(names)
    assert _count(db, "SELECT count(*) FROM documents WHERE reconciled = 0") == _documents(db)
    again = subprocess.run(
        [KANSOKU, "watch", str(folder), "--db", db, "--once", "--alerts", str(alerts)],
        capture_output=True,
        text=True,
    )
    assert again.returncode == 0, again.stderr
    assert _documents(db) == len(names)
    assert _count(db, "SELECT count(DISTINCT source) FROM documents") == len(names)
    assert _count(db, "SELECT count(*) FROM documents WHERE reconciled = 0") == 0
    # The same store as one uninterrupted ingest of the folder.
    fresh = str(tmp_path / "fresh.db")
    done = subprocess.run([KANSOKU, "ingest", str(folder), "--db", fresh, "-q"])
    assert done.returncode == 0
    for table in ("events", "figures", "findings", "clusters"):
        sql = f"SELECT count(*) FROM {table}"
        assert _count(db, sql) == _count(fresh, sql), table
    # Every finding that conflicts was alerted on once, whichever run stored its documents.
    written = [json.loads(line) for line in alerts.read_text().splitlines()]
    ids = [w["id"] for w in written]
    assert len(ids) == len(set(ids))
    conn = sqlite3.connect(db)
    conflicts = {
        row[0] for row in conn.execute("SELECT id FROM findings WHERE kind = 'conflicting_figures'")
    }
    conn.close()
    assert len(conflicts) > 5
    told = {w["finding"]["id"] for w in written if w["finding"]["kind"] == "conflicting_figures"}
    assert told == conflicts


def test_sigterm_while_waiting_for_the_next_poll_exits_0_at_once(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    db = str(tmp_path / "w.db")
    proc = subprocess.Popen(
        [KANSOKU, "watch", str(folder), "--db", db, "--every", "1h"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stderr is not None
        assert proc.stderr.readline().startswith("watch: 1 sources every 1h")
        _wait_for(lambda: _count(db, "PRAGMA user_version") > 0)  # the store is open
        time.sleep(1)  # the empty folder is polled; now it waits an hour
        started = time.monotonic()
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and "watch: stopped" in err
    assert time.monotonic() - started < 10


def test_a_duration_that_is_none_is_a_usage_error(tmp_path):
    done = subprocess.run(
        [KANSOKU, "watch", str(tmp_path), "--db", str(tmp_path / "w.db"), "--every", "soon"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2 and "not a duration" in done.stderr


def test_alerts_survive_a_restart_once_each(tmp_path):
    """The state last alerted on is kept beside the alerts file: a restart tells what
    changed meanwhile, a crash between the alert and the state tells nothing twice."""
    from kansoku.store.records import Finding

    class Store:
        def __init__(self) -> None:
            self.findings_now: list[Finding] = []

        def findings(self):
            return iter(self.findings_now)

        def document(self, doc_id):
            return None

    store = Store()
    path = tmp_path / "alerts.jsonl"
    said: list[str] = []
    old = Finding("x-1", "assertion_vs_denial", "Russia denies: AID", (), ("e-1", "e-2"), ())
    store.findings_now = [old]
    Alerter(store, said.append, path)  # type: ignore[arg-type]
    assert said == [] and not path.exists()  # what was there at the first start is known
    state = (tmp_path / "alerts.jsonl.state.json").read_text()
    # Another claim joins the denial: the finding gets a new id, told as the old one changed.
    joined = Finding("x-9", "assertion_vs_denial", "Russia denies: AID (2)", (),
                     ("e-1", "e-2", "e-3"), ())  # fmt: skip
    store.findings_now = [joined]
    [alert] = Alerter(store, said.append, path).check()  # type: ignore[arg-type]
    assert alert["change"] == "changed" and alert["previous"] == "x-1"
    # A crash after the alert was written but before the state was: nothing twice.
    (tmp_path / "alerts.jsonl.state.json").write_text(state)
    assert Alerter(store, said.append, path).check() == []  # type: ignore[arg-type]
    assert len(path.read_text().splitlines()) == 1 and len(said) == 1


def test_files_the_store_stopped_on_are_read_again_at_the_next_poll(tmp_path, db_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in (1, 2):
        (folder / f"{n}.txt").write_text(
            f"Report {n}: Russian and North Korean officials met in Moscow on day {n}.\n",
            encoding="utf-8",
        )
    lines: list[str] = []
    store = open_store(db_path)
    try:
        watcher = Watcher([str(folder)], store, every=60, retry=0.5,
                          knowledge=default_knowledge(), say=lines.append)  # fmt: skip
        (source,) = watcher.sources
        add_document = store.add_document

        def full_disk(doc):  # the store's own error, as a full disk raises it
            raise StoreError(f"{db_path}: the disk is full")

        store.add_document = full_disk  # type: ignore[method-assign]
        with Fetcher() as fetcher:
            stopped = watcher.poll(source, fetcher)
            assert not stopped.ok and source.files == {}
            store.add_document = add_document  # type: ignore[method-assign]
            again = watcher.poll(source, fetcher)
        assert again.ok and len(again.stored) == 2 and store.stats().documents == 2
    finally:
        store.close()
