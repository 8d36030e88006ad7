"""The engines on real clusters: a Dask scheduler and two workers started the way the
`dask` command starts them, a LocalCluster, and the local process pool. The same articles
(written for these tests: tests/data/engines/) must give the same export everywhere, and
the documents must have been processed where the engine says.

The cluster is shared by the module; a worker loads GiNZA once, so the first batch costs
its start-up and later ones little. The test that kills workers runs last.
"""

from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import cloudpickle
import pytest
from distributed import Client
from typer.testing import CliRunner

from kansoku.cli import app
from kansoku.engines import DaskEngine, EngineError, LocalEngine
from kansoku.export import export
from kansoku.knowledge import Knowledge
from kansoku.model import Document, ReadError
from kansoku.pipeline import _safe_process, ingest
from kansoku.store import open_store

ARTICLES = Path(__file__).parent / "data" / "engines"
DOCUMENTS = 6  # files in ARTICLES (one a copy of another: a duplicate)
DASK = Path(sys.executable).parent / "dask"
runner = CliRunner()

# The stage below kills the worker running it: shipped by value, as a worker cannot import
# a test module.
cloudpickle.register_pickle_by_value(sys.modules[__name__])


def exported(db: str, out: Path) -> dict[str, object]:
    """The export of ``db`` as data, without what depends on the clock (ingestion and
    export times)."""
    store = open_store(db)
    try:
        export(store, out)
    finally:
        store.close()
    files: dict[str, object] = {}
    for path in sorted(out.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        for row in rows:
            row.pop("ingested_at", None)
        files[path.name] = rows
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    manifest.pop("written_at")
    files["manifest.json"] = manifest
    return files


@pytest.fixture(scope="module")
def local_export(tmp_path_factory: pytest.TempPathFactory, knowledge: Knowledge) -> dict:
    """What this process alone makes of the articles: the reference."""
    home = tmp_path_factory.mktemp("local")
    store = open_store(str(home / "local.db"))
    report = ingest([str(ARTICLES)], store, knowledge=knowledge, engine=LocalEngine(1))
    store.close()
    assert report.ok and len(report.stored) == DOCUMENTS and len(report.duplicates) == 1
    files = exported(str(home / "local.db"), home / "export")
    assert files["events.jsonl"] and files["figures.jsonl"]  # about something
    return files


def wait_for(check: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, f"no {what} after {seconds} s"
        time.sleep(0.2)


@dataclass
class Cluster:
    address: str
    client: Client  # the test's own connection, to ask the scheduler and the workers
    scheduler: subprocess.Popen[bytes]


def _readable_json(path: Path) -> bool:
    try:
        return "address" in json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False


@contextmanager
def dask_cluster(home: Path, workers: int) -> Iterator[Cluster]:
    """`dask scheduler` and ``workers`` `dask worker` processes on 127.0.0.1 (free ports),
    their logs in ``home``, stopped at the end. A worker that dies is restarted by its
    nanny; the scheduler fails a task at the first worker that dies running it
    (allowed-failures 0)."""
    info = home / "scheduler.json"
    env = {**os.environ, "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"}
    procs: list[subprocess.Popen[bytes]] = []

    def start(name: str, *args: str) -> None:
        command = [str(DASK), *args]
        with (home / f"{name}.log").open("wb") as log:
            proc = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=home,
                start_new_session=True,
            )  # fmt: skip
        procs.append(proc)

    client = None
    try:
        start("scheduler", "scheduler", "--host", "127.0.0.1", "--port", "0",
              "--no-dashboard", "--scheduler-file", str(info))  # fmt: skip
        wait_for(lambda: _readable_json(info), 60, "scheduler file")
        for n in range(1, workers + 1):
            start(f"worker{n}", "worker", "--scheduler-file", str(info), "--host", "127.0.0.1",
                  "--nthreads", "1", "--no-dashboard", "--name", f"worker{n}")  # fmt: skip
        address = json.loads(info.read_text(encoding="utf-8"))["address"]
        client = Client(address, timeout=30, set_as_default=False)
        client.wait_for_workers(workers, timeout=120)
        yield Cluster(address, client, procs[0])
    finally:
        if client is not None:
            client.close()
        for proc in reversed(procs):  # workers first; each in its own process group
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in reversed(procs):
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """Two workers, shared by the module's tests."""
    with dask_cluster(tmp_path_factory.mktemp("dask"), 2) as started:
        yield started


def test_a_scheduler_and_two_workers_give_the_local_export(cluster, local_export, tmp_path):
    client = cluster.client
    client.get_task_stream()  # the scheduler records its task stream from now on
    workers = set(client.scheduler_info()["workers"])
    assert len(workers) == 2
    started = time.time()
    db = str(tmp_path / "dask.db")
    result = runner.invoke(
        app, ["ingest", str(ARTICLES), "--db", db, "--engine", "dask",
              "--scheduler", cluster.address], catch_exceptions=False,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert f"stored {DOCUMENTS} documents (1 duplicates)" in result.output
    assert exported(db, tmp_path / "export") == local_export
    # The scheduler's own record: the documents in tasks of per_task, each run by one of
    # the two workers (separate processes), and both of them used.
    tasks = [
        t for t in client.get_task_stream(start=started)
        if str(t["key"]).startswith("kansoku-process-")
    ]  # fmt: skip
    assert len(tasks) == math.ceil(DOCUMENTS / DaskEngine().per_task) > 1
    assert {t["worker"] for t in tasks} == workers
    assert os.getpid() not in client.run(os.getpid).values()


def test_a_worker_loads_the_models_once_for_all_its_documents(cluster, tmp_path):
    # After the batch above and this one, the workers have parsed with GiNZA for every
    # Japanese document and each loaded it at most once (when its first one came).
    engine = DaskEngine(scheduler=cluster.address)
    store = open_store(str(tmp_path / "again.db"))
    report = ingest([str(ARTICLES)], store, engine=engine)
    store.close()
    assert report.ok and len(report.stored) == DOCUMENTS

    def parser_loads() -> int:
        from kansoku.lang.ja.parser import japanese_parser

        return japanese_parser.cache_info().misses

    def parser_calls() -> int:
        from kansoku.lang.ja.parser import japanese_parser

        return japanese_parser.cache_info().hits

    loads = list(cluster.client.run(parser_loads).values())
    assert max(loads) == 1 and set(loads) <= {0, 1}  # at most once in a worker's life
    calls = sum(cluster.client.run(parser_calls).values()) + sum(loads)
    assert calls >= 8  # used for each Japanese document of the two batches
    # Where each document ran, as the engine recorded it: on the cluster's workers.
    assert len(engine.ran_on) == DOCUMENTS
    assert {worker for _, worker, _ in engine.ran_on} <= set(cluster.client.run(os.getpid))
    assert os.getpid() not in {pid for _, _, pid in engine.ran_on}


def test_warming_up_loads_the_models_on_every_worker_once(knowledge):
    def parser_loads() -> int:
        from kansoku.lang.ja.parser import japanese_parser

        return japanese_parser.cache_info().misses

    with DaskEngine(workers=2) as engine:  # a new cluster: no worker has parsed yet
        client = engine._open()
        assert list(client.run(parser_loads).values()) == [0, 0]
        engine.warm_up(knowledge, ("ja",))
        engine.warm_up(knowledge, ("ja",))
        assert list(client.run(parser_loads).values()) == [1, 1]


def test_a_local_cluster_gives_the_local_export(local_export, tmp_path):
    with DaskEngine(workers=2) as engine:  # one cluster for both batches
        runs = []
        for name in ("first", "second"):
            db = str(tmp_path / f"{name}.db")
            store = open_store(db)
            report = ingest([str(ARTICLES)], store, engine=engine)
            store.close()
            assert report.ok and len(report.stored) == DOCUMENTS
            assert exported(db, tmp_path / name) == local_export
            runs.append({pid for _, _, pid in engine.ran_on})
            assert len(engine.ran_on) == DOCUMENTS
    assert os.getpid() not in runs[0]
    assert len(runs[0]) == 2  # two worker processes, both used
    assert runs[1] == runs[0]  # the same processes again: the cluster was kept


def test_no_cluster_is_needed_when_there_is_nothing_to_process(knowledge):
    nowhere = DaskEngine(scheduler="tcp://127.0.0.1:9", connect_timeout=0.5)
    items = [ReadError("a.txt", "unreadable")]
    assert list(nowhere.map(_safe_process, items, knowledge)) == items


def test_an_unreachable_scheduler_is_one_line_naming_it(tmp_path, monkeypatch):
    monkeypatch.setattr("kansoku.engines.CONNECT_TIMEOUT", 1.0)
    address = "tcp://127.0.0.1:9"  # the discard port: nothing listens there
    result = runner.invoke(
        app, ["ingest", str(ARTICLES), "--db", str(tmp_path / "x.db"), "--engine", "dask",
              "--scheduler", address],
    )  # fmt: skip
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot reach the Dask scheduler")
    assert address in lines[0]


@pytest.mark.parametrize(
    "args",
    [["--engine", "ray"], ["--scheduler", "tcp://127.0.0.1:8786"],
     ["--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--workers", "2"]],
)  # fmt: skip
def test_engine_options_that_do_not_fit_are_usage_errors(tmp_path, args):
    result = runner.invoke(app, ["ingest", str(ARTICLES), "--db", str(tmp_path / "x.db"), *args])
    assert result.exit_code == 2 and result.output.startswith("error: ")


POISON = "この文書を処理するプロセスは終了する。"


def dies_on_poison(doc: Document, knowledge: Knowledge) -> Document | ReadError:
    """The pipeline's stage, except that a document saying POISON kills its process (as
    the kernel's OOM killer would)."""
    if POISON in doc.body:
        os._exit(1)
    return _safe_process(doc, knowledge)


def batch(n: int) -> list[Document]:
    """``n`` documents read from the articles, the third of them poisoned."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    docs = [
        Document(source=f"doc{i}", raw_sha256=str(i), body=texts[i % len(texts)]) for i in range(n)
    ]
    docs[2].body += "\n" + POISON
    return docs


def test_a_pool_worker_that_dies_fails_one_document(knowledge):
    docs = batch(6)
    results = list(LocalEngine(2).map(dies_on_poison, docs, knowledge))
    assert [getattr(r, "source", getattr(r, "item", None)) for r in results] == [
        d.source for d in docs
    ]
    failed = [r for r in results if isinstance(r, ReadError)]
    assert [(f.item, f.reason) for f in failed] == [
        ("doc2", "the worker process processing it died (killed, or out of memory?)")
    ]
    assert all(isinstance(r, Document) and r.text for i, r in enumerate(results) if i != 2)


def test_a_dask_worker_that_dies_fails_one_document(cluster, knowledge):
    # One document in flight, so the worker that dies takes no other document with it.
    engine = DaskEngine(scheduler=cluster.address, in_flight=1)
    docs = batch(5)
    results = list(engine.map(dies_on_poison, docs, knowledge))
    failed = [r for r in results if isinstance(r, ReadError)]
    assert [(f.item, f.reason) for f in failed] == [
        ("doc2", "the Dask worker processing it died, once (killed, or out of memory?)")
    ]
    assert all(isinstance(r, Document) and r.text for i, r in enumerate(results) if i != 2)
    assert [r.item if isinstance(r, ReadError) else r.source for r in results] == [
        d.source for d in docs
    ]


def test_a_task_of_several_documents_that_kills_its_worker_fails_only_the_culprit(
    cluster, knowledge
):
    # Three documents a task: the first task dies with its worker, and its documents are
    # tried again one a task, so that only the poisoned one fails.
    engine = DaskEngine(scheduler=cluster.address, per_task=3)
    docs = batch(6)
    results = list(engine.map(dies_on_poison, docs, knowledge))
    failed = [r for r in results if isinstance(r, ReadError)]
    assert [(f.item, f.reason) for f in failed] == [
        ("doc2", "the Dask worker processing it died, once (killed, or out of memory?)")
    ]
    assert [r.item if isinstance(r, ReadError) else r.source for r in results] == [
        d.source for d in docs
    ]
    assert sorted(source for source, _, _ in engine.ran_on) == [f"doc{i}" for i in (0, 1, 3, 4, 5)]


def test_a_lost_scheduler_stops_the_batch_and_a_second_run_takes_the_rest(tmp_path):
    with dask_cluster(tmp_path, 1) as doomed:
        store = open_store(str(tmp_path / "lost.db"))
        seen = []

        def on_item(item: object) -> None:
            seen.append(item)
            if len(seen) == 2:  # two documents stored: the scheduler goes away
                os.killpg(doomed.scheduler.pid, signal.SIGKILL)

        engine = DaskEngine(scheduler=doomed.address, in_flight=1, connect_timeout=2)
        with pytest.raises(EngineError, match=f"lost the Dask scheduler at {doomed.address}"):
            ingest([str(ARTICLES)], store, on_item=on_item, engine=engine)
        stored = len(list(store.documents()))
        assert 2 <= stored < DOCUMENTS
        assert not list(store.unreconciled())  # what it stored was reconciled
        again = ingest([str(ARTICLES)], store, engine=LocalEngine(1))
        assert again.ok and len(again.unchanged) == stored
        assert len(again.stored) == DOCUMENTS - stored
        store.close()


POOL_SCRIPT = """
import os, sys, time
from kansoku.engines import LocalEngine
from kansoku.model import Document


def sleepy(doc, knowledge):
    os.write(1, f"{os.getpid()}\\n".encode())  # one write: two workers' lines never mix
    time.sleep(120)
    return doc


if __name__ == "__main__":
    docs = [Document(source=str(i), raw_sha256=str(i), body="x") for i in range(4)]
    for _ in LocalEngine(2).map(sleepy, docs, None):
        pass
"""


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"  # a zombie has exited


def test_a_killed_ingest_leaves_no_pool_worker_behind(tmp_path):
    script = tmp_path / "pool.py"
    script.write_text(POOL_SCRIPT, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    workers = {int(parent.stdout.readline()) for _ in range(2)}
    assert len(workers) == 2 and all(alive(pid) for pid in workers)
    parent.kill()  # kill -9: no clean-up of its pool
    parent.wait()
    try:
        wait_for(lambda: not any(alive(p) for p in workers), 10, "exit of the orphaned workers")
    finally:  # this test's own processes, should they have stayed
        for pid in workers:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
