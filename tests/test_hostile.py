"""Bad and hostile input through ``kansoku ingest`` (issue #13): each kind of the generated
corpus (tests/hostile_corpus.py) beside a good article, then the whole corpus in one
child process whose peak memory is measured, workers included."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import hostile_corpus as hc
import pytest
from typer.testing import CliRunner

from kansoku import fetch, pipeline
from kansoku.cli import app
from kansoku.model import Document
from kansoku.store import open_store
from kansoku.webpage import declares_entities

runner = CliRunner()
GB = 1024**3
MAX_PROCESS_RSS = 1.5 * GB  # any one process of the run
MAX_RUN_RSS = 3 * GB  # all of them at once


@pytest.fixture(scope="module")
def web():
    with hc.HostileServer() as server:
        yield server


def stored(db: str) -> list:
    store = open_store(db)
    try:
        return list(store.documents())
    finally:
        store.close()


def check_lines(case: hc.Case, sources: list[str], stderr: str) -> None:
    """The case's items have their one line each, naming the item, saying why."""
    item = case.item(sources).replace("\n", "\\n")
    lines = [line for line in stderr.splitlines() if item in line]
    kind = "error" if case.status else "warning"
    if case.status or case.says:
        assert lines, f"no line names {item!r}:\n{stderr}"
        assert all(line.startswith(f"{kind}: ") for line in lines), lines
        assert any(case.says in line for line in lines), lines
        if case.stored == 1 and not case.status:  # one stored item: all it needs, one line
            assert len(lines) == 1, lines
    else:
        assert not lines, lines


def check_texts(case: hc.Case, docs: list) -> None:
    texts = [d.text for d in docs]
    if case.text:
        assert any(case.text in t for t in texts), f"{case.text!r} not stored"
    for word in case.never:
        assert not any(word in t for t in texts), f"{word!r} was stored"


@pytest.mark.parametrize("case", [c for c in hc.CASES if not c.heavy], ids=lambda c: c.name)
def test_each_kind_is_stored_or_refused_in_one_line(case, web, tmp_path, monkeypatch):
    if case.public:  # the server's own address plays a public site
        internal = fetch.internal_address
        monkeypatch.setattr(
            fetch, "internal_address", lambda host: None if host == "127.0.0.1" else internal(host)
        )
    (tmp_path / "in").mkdir()
    sources = case.make(tmp_path / "in", web)
    db = str(tmp_path / "kansoku.db")
    args = ["ingest", *sources, hc.write_good(tmp_path), "--db", db, "--timeout", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == case.status, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert all(re.match(r"(error|warning): \S", line) for line in lines), lines
    check_lines(case, sources, result.stderr)
    docs = stored(db)
    assert any(hc.GOOD_MARK in d.text for d in docs), "the good article of the batch is lost"
    assert len(docs) == case.stored + 1, [d.source for d in docs]
    check_texts(case, docs)


def test_no_feed_entity_is_ever_fetched(web, tmp_path):
    [feed] = hc.CASES[[c.name for c in hc.CASES].index("feed_xxe")].make(tmp_path, web)
    before = web.canary_hits
    result = runner.invoke(app, ["ingest", feed, "--db", str(tmp_path / "k.db")])
    assert result.exit_code == 1 and web.canary_hits == before


def test_debug_shows_the_traceback_of_an_unexpected_failure(tmp_path, monkeypatch):
    def broken(html: str, url: str | None = None):
        raise RuntimeError("a bug nobody foresaw")

    monkeypatch.setattr("kansoku.read.parse_page", broken)
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>North Korea sent shells.</p></body></html>")
    good = hc.write_good(tmp_path)
    quiet = runner.invoke(app, ["ingest", str(page), good, "--db", str(tmp_path / "a.db")])
    assert quiet.exit_code == 1
    assert quiet.stderr.splitlines() == [
        f"error: {page}: unexpected error: RuntimeError: a bug nobody foresaw"
    ]
    assert "stored 1 documents" in quiet.stdout
    loud = runner.invoke(
        app, ["ingest", str(page), good, "--db", str(tmp_path / "b.db"), "--debug"]
    )
    assert loud.exit_code == 1
    assert "Traceback" in loud.stderr and "a bug nobody foresaw" in loud.stderr
    again = runner.invoke(app, ["ingest", str(page), "--db", str(tmp_path / "c.db")])
    assert "Traceback" not in again.stderr  # --debug is for its own run only


def test_a_long_text_is_stored_whole_and_read_in_part(tmp_path, monkeypatch, knowledge):
    monkeypatch.setattr(pipeline, "MAX_PARSED_CHARS", 3000)
    fact = "North Korea shipped ballistic missiles to Russia, the Japanese government said.\n"
    between = "".join(f"North Korea's state media carried report number {i}.\n" for i in range(80))
    path = tmp_path / "long.txt"
    path.write_text(fact + between + fact.replace("ballistic", "cruise"), encoding="utf-8")
    db = str(tmp_path / "k.db")
    result = runner.invoke(app, ["ingest", str(path), "--db", db])
    assert result.exit_code == 0, result.output
    [doc] = stored(db)
    assert result.stderr.splitlines() == [
        f"warning: {path}: {len(doc.text):,} characters of text: all stored and searchable, "
        "but facts were read only from the first 3,000"
    ]
    assert doc.text.endswith("the Japanese government said.")  # whole
    store = open_store(db)
    try:
        assert [h.id for h in store.search("cruise")] == [doc.id]  # searchable to the end
        quotes = [r.quote for e in store.events() for r in e.evidence]
    finally:
        store.close()
    assert any("ballistic" in q for q in quotes)  # facts from the first part…
    assert not any("cruise" in q for q in quotes)  # …only


def test_a_text_read_in_part_keeps_the_identity_of_its_whole(knowledge, monkeypatch):
    from kansoku.fingerprint import fingerprint

    text = "".join(
        f"North Korea sent {i} shells to Russia, the ministry said.\n" for i in range(99)
    )
    monkeypatch.setattr(pipeline, "MAX_PARSED_CHARS", 1000)
    part = pipeline.prepare(Document(source="a.txt", raw_sha256="0", body=text), knowledge)
    whole = fingerprint(Document(source="a.txt", raw_sha256="0", text=part.text))
    assert part.text == text.strip()
    assert (part.id, part.content_sha256) == (whole.id, whole.content_sha256)
    assert part.minhash != whole.minhash  # near copies are told by the part read


@pytest.mark.parametrize(
    "host",
    ["localhost", "LOCALHOST.", "127.1", "0x7f000001", "2130706433", "[::1]",
     "[::ffff:127.0.0.1]", "0.0.0.0", "169.254.169.254", "10.1.2.3", "192.168.0.1",
     "100.64.0.1", "[fe80::1]", "api.localhost"],
)  # fmt: skip
def test_every_spelling_of_this_machine_or_a_private_network_is_internal(host):
    assert fetch.internal_address(host)


@pytest.mark.parametrize("host", ["93.184.216.34", "8.8.8.8", "[2001:4860:4860::8888]"])
def test_public_addresses_are_not_internal(host):
    assert fetch.internal_address(host) is None


def test_an_entity_declaration_is_found_behind_a_bracket_in_a_comment():
    hidden = '<?xml version="1.0"?><!DOCTYPE r [<!-- ] --><!ENTITY x "y">]><r>&x;</r>'
    assert declares_entities(hidden)
    assert not declares_entities("<!DOCTYPE html><html><body>&lt;!ENTITY&gt;</body></html>")


class _Sampler(threading.Thread):
    """The summed resident memory of a process and its descendants, and the high-water
    mark of the largest one, sampled from /proc.

    Not the child's ``ru_maxrss``: Linux carries the forking process's high-water mark
    across exec into it, so a child of a large pytest process looks as large as pytest.
    """

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.largest, self.done = pid, 0, 0, threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.05):
            tree = _tree(self.pid)
            self.peak = max(self.peak, sum(_rss(p) for p in tree))
            self.largest = max([self.largest, *(_high_water(p) for p in tree)])


def _tree(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        found.append(todo.pop())
        todo += children.get(found[-1], [])
    return found


def _rss(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, IndexError, ValueError):
        return 0


def _high_water(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return int(found.group(1)) * 1024 if found else 0


@pytest.mark.parametrize("workers", ["1", "2"])  # all in one process, and a pool
def test_the_whole_corpus_in_one_run_stays_within_memory(web, tmp_path, workers):
    cases = [c for c in hc.CASES if not c.public]
    sources = hc.build(tmp_path / "corpus", web, cases)
    flat = [s for found in sources.values() for s in found] + [hc.write_good(tmp_path)]
    db = str(tmp_path / "kansoku.db")
    command = [sys.executable, "-c", "from kansoku.cli import main; main()"]
    command += ["ingest", *flat, "--db", db]
    command += ["--timeout", "1", "--workers", workers]
    started = time.monotonic()
    with (tmp_path / "out").open("w+") as out, (tmp_path / "err").open("w+") as err:
        child = subprocess.Popen(command, stdout=out, stderr=err)
        sampler = _Sampler(child.pid)
        sampler.start()
        child.wait()
        sampler.done.set()
        sampler.join()
        err.seek(0)
        stderr = err.read()
    seconds = time.monotonic() - started
    peak = sampler.largest
    print(f"whole corpus: {seconds:.1f} s, largest process {peak / GB:.2f} GB, "
          f"all processes {sampler.peak / GB:.2f} GB")  # fmt: skip
    assert child.returncode == 1, stderr
    assert "Traceback" not in stderr
    for case in cases:
        check_lines(case, sources[case.name], stderr)
    docs = stored(db)
    assert len(docs) == sum(c.stored for c in cases) + 1, [d.source for d in docs]
    for case in cases:
        check_texts(case, docs)
    assert peak <= MAX_PROCESS_RSS, f"a process peaked at {peak / GB:.2f} GB"
    assert sampler.peak <= MAX_RUN_RSS, f"the run peaked at {sampler.peak / GB:.2f} GB"
