"""Engines: where the per-document stages run while one writer, the caller, stores.

An engine takes the items read from the sources and gives them back in the same order,
each Document replaced by what a stage function (``kansoku.pipeline.process`` through
``_safe_process``, by default) makes of it: the processed Document or a ReadError. Read
errors and warnings pass through untouched. The engine never sees the store.

- ``LocalEngine(workers)``: this process (one worker) or a pool of processes on this
  machine, each receiving the knowledge once when it starts.
- ``DaskEngine(scheduler)``: the workers of a Dask cluster, the one at ``scheduler`` or a
  ``LocalCluster`` on 127.0.0.1 started for the batch. Each worker receives the knowledge
  once (a worker plugin, also sent to a worker that joins or restarts) and loads the
  language models then, not once per task.

Both keep at most a bounded number of documents in flight (twice the pool's workers;
sixteen per thread of a cluster, whose round trips through the scheduler are longer), so a
large batch never sits in memory whole, and both turn a worker that dies into one failed
item.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import chain, count
from typing import TYPE_CHECKING, Any, Protocol

from kansoku.knowledge import Knowledge
from kansoku.model import Document, ReadError

if TYPE_CHECKING:
    from distributed import Client

log = logging.getLogger(__name__)
Item = Document | ReadError
Stage = Callable[[Document, Knowledge], Document | ReadError]
# Seconds to wait for a Dask scheduler before telling the user it cannot be reached.
CONNECT_TIMEOUT = 10.0
ENGINES = ("local", "dask")


class EngineError(Exception):
    """The engine cannot run, or cannot go on (a scheduler that cannot be reached or was
    lost): the batch stops; its message is one line."""


class Engine(Protocol):
    """Runs ``stage`` on every Document of ``items`` with ``knowledge``; gives back every
    item in input order (Documents replaced by the stage's result)."""

    def map(
        self, stage: Stage, items: Iterable[Item], knowledge: Knowledge
    ) -> Iterator[Item]: ...  # pragma: no cover


def cores() -> int:
    return os.cpu_count() or 1


# --- the local engine ---------------------------------------------------------------


@dataclass
class LocalEngine:
    """This process (``workers`` 1) or a pool of ``workers`` processes (default: one per
    core). A batch of one document runs here: starting a pool would cost more than it."""

    workers: int | None = None

    def map(self, stage: Stage, items: Iterable[Item], knowledge: Knowledge) -> Iterator[Item]:
        workers = self.workers or cores()
        items = iter(items)
        head: list[Item] = []
        if workers > 1:  # the pool starts only once a second document is there
            documents = 0
            for item in items:
                head.append(item)
                documents += isinstance(item, Document)
                if documents == 2:
                    break
            else:
                workers = 1
        if workers <= 1:
            for item in chain(head, items):
                yield stage(item, knowledge) if isinstance(item, Document) else item
            return
        yield from _pooled(stage, chain(head, items), knowledge, workers)


# A pool worker's knowledge, received once when the worker starts (not with every task).
_worker_knowledge: list[Knowledge] = []


def _start_worker(knowledge: Knowledge, log_level: int) -> None:
    _worker_knowledge.append(knowledge)
    worker_logging(log_level)
    _exit_with_parent()


def _exit_with_parent() -> None:
    """A pool worker whose ingest was killed (``kill -9``) would otherwise wait for work
    forever, holding its models (half a GB) as an orphan: it exits within a second."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(ORPHAN_CHECK)
        os._exit(1)

    threading.Thread(target=watch, name="kansoku-parent-watch", daemon=True).start()


ORPHAN_CHECK = 1.0  # seconds between a pool worker's checks that its ingest is alive


def worker_logging(log_level: int) -> None:
    """--debug: tracebacks from the workers too (one handler, however often called)."""
    logger = logging.getLogger("kansoku")
    for handler in [h for h in logger.handlers if h.get_name() == "kansoku-worker-debug"]:
        logger.removeHandler(handler)
    if log_level < logging.WARNING:
        handler = logging.StreamHandler()
        handler.set_name("kansoku-worker-debug")
        handler.setFormatter(logging.Formatter("debug: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(log_level)


def _process_in_worker(stage: Stage, doc: Document) -> Document | ReadError:
    return stage(doc, _worker_knowledge[0])


class _Pool:
    """A process pool that a dying worker breaks as a whole. The documents then in flight
    run again one at a time in a pool of one process, so only the one that kills its
    process fails; the batch goes on in a new pool."""

    def __init__(self, stage: Stage, knowledge: Knowledge, workers: int) -> None:
        self.stage, self.knowledge, self.workers = stage, knowledge, workers
        self.level = logging.getLogger("kansoku").getEffectiveLevel()
        self.pool: ProcessPoolExecutor | None = self._new(workers)
        self.alone: ProcessPoolExecutor | None = None

    def _new(self, size: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            size, initializer=_start_worker, initargs=(self.knowledge, self.level)
        )

    def submit(self, doc: Document) -> Future[Document | ReadError] | None:
        if self.pool is None:  # broken, its documents still to be run alone
            return None
        try:
            return self.pool.submit(_process_in_worker, self.stage, doc)
        except BrokenProcessPool:
            return None  # run alone when its turn comes

    def result(self, doc: Document, future: Future[Document | ReadError] | None) -> Item:
        if future is not None:
            try:
                return future.result()
            except BrokenProcessPool:
                # A worker died: which document killed it is found out alone. The pool's
                # other futures fail too and come here; a pool is renewed only once none
                # of them is pending, so the pool broken is always the current one.
                if self.pool is not None:
                    self.pool.shutdown(wait=False, cancel_futures=True)
                    self.pool = None
            except Exception as exc:  # the result could not come back (not picklable…)
                log.debug("a worker failed on %s", doc.source, exc_info=True)
                return ReadError(doc.source, f"unexpected error: {type(exc).__name__}: {exc}")
        self.alone = self.alone or self._new(1)
        try:
            return self.alone.submit(_process_in_worker, self.stage, doc).result()
        except BrokenProcessPool:
            log.debug("the worker processing %s died", doc.source, exc_info=True)
            self.alone.shutdown(wait=False)
            self.alone = None
            return ReadError(doc.source, WORKER_DIED)

    def renew(self) -> None:
        """A fresh pool for the documents still to come, once the broken one is done."""
        if self.pool is None:
            self.pool = self._new(self.workers)
        if self.alone is not None:  # its process (and its models) are not needed now
            self.alone.shutdown(wait=True)
            self.alone = None

    def close(self) -> None:
        for pool in (self.pool, self.alone):
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)


WORKER_DIED = "the worker process processing it died (killed, or out of memory?)"


def _pooled(
    stage: Stage, items: Iterable[Item], knowledge: Knowledge, workers: int
) -> Iterator[Item]:
    pool = _Pool(stage, knowledge, workers)
    pending: deque[tuple[Item, Future[Document | ReadError] | None]] = deque()

    def first() -> Item:
        item, future = pending.popleft()
        return pool.result(item, future) if isinstance(item, Document) else item

    try:
        for item in items:
            if isinstance(item, Document):
                if pool.pool is None and all(f is None for _, f in pending):
                    pool.renew()
                pending.append((item, pool.submit(item)))
            else:
                pending.append((item, None))
            while len(pending) > 2 * workers:
                yield first()
        while pending:
            yield first()
    finally:
        pool.close()


# --- the Dask engine ----------------------------------------------------------------


@dataclass
class DaskEngine:
    """The workers of the Dask cluster whose scheduler is at ``scheduler``
    (``tcp://host:8786``), or, without one, of a ``LocalCluster`` on 127.0.0.1 with
    ``workers`` single-threaded worker processes (default: one per core) for the batch.

    Documents go ``per_task`` to a task (default four): each task costs the calling
    process (client and, for a local cluster, scheduler) CPU whatever it carries, CPU the
    workers' cores must share. At most ``in_flight`` documents are on the cluster at once
    (default: thirty-two per thread, eight tasks): results come back in input order, and
    with too few one slow document leaves the other workers idle. A worker that dies is
    replaced by the cluster and its task retried there (the scheduler's
    ``allowed-failures``); when a task keeps killing workers, its documents are tried again
    one a task, so that the one doing it fails alone (and kills as many workers again: they
    are tried one after the other, as a document that kills its worker takes the tasks
    queued there with it)."""

    scheduler: str | None = None
    workers: int | None = None
    in_flight: int | None = None
    per_task: int = 4
    connect_timeout: float | None = None  # default CONNECT_TIMEOUT
    # Where the last batch ran: (document source, worker address, worker process id).
    ran_on: list[tuple[str, str, int]] = field(default_factory=list, compare=False, repr=False)

    _client: Any = field(default=None, init=False, compare=False, repr=False)
    _cluster: Any = field(default=None, init=False, compare=False, repr=False)

    def __enter__(self) -> DaskEngine:
        """Keeps the cluster (and the connection) open across batches until the end of the
        ``with`` block: for a caller that ingests again and again (watch, benchmarks).
        Otherwise each batch starts and stops its own."""
        self._open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def map(self, stage: Stage, items: Iterable[Item], knowledge: Knowledge) -> Iterator[Item]:
        from kansoku.dask_worker import KnowledgePlugin

        items = iter(items)
        head: list[Item] = []
        for item in items:  # no cluster for a batch with nothing to process
            head.append(item)
            if isinstance(item, Document):
                break
        else:
            yield from head
            return
        owned = self._client is None
        client = self._open()
        try:
            name = f"kansoku-knowledge-{uuid.uuid4().hex[:12]}"
            level = logging.getLogger("kansoku").getEffectiveLevel()
            try:
                client.register_plugin(KnowledgePlugin(knowledge, level), name=name)
            except Exception as exc:  # kansoku missing on a worker, or another version
                where = self.scheduler or "the local cluster"
                raise EngineError(
                    f"the Dask workers of {where} cannot load kansoku: {_line(exc)}"
                ) from exc
            try:
                yield from self._run(client, name, stage, chain(head, items))
            finally:
                try:
                    client.unregister_worker_plugin(name)
                except Exception:  # the scheduler went away: nothing left to undo
                    log.debug("could not unregister %s", name, exc_info=True)
        finally:
            if owned:
                self.close()

    def warm_up(self, knowledge: Knowledge, languages: tuple[str, ...]) -> None:
        """Every worker of the cluster loads the models of ``languages`` now (GiNZA, Kiwi:
        loaded once per process, whichever copy of the knowledge asks): the first
        documents of a batch need not wait for them (a cluster kept open across batches,
        the benchmark's timing of a running cluster)."""
        from kansoku.dask_worker import load_analysers

        client = self._open()
        try:
            client.run(load_analysers, knowledge, languages)
        except Exception as exc:
            raise EngineError(f"the Dask workers cannot load the analysers: {_line(exc)}") from exc

    def close(self) -> None:
        """Disconnects, and stops the local cluster this engine started."""
        client, cluster, self._client, self._cluster = self._client, self._cluster, None, None
        try:
            if client is not None:
                client.close()
        finally:
            if cluster is not None:
                cluster.close()

    def _open(self) -> Client:
        from distributed import Client, LocalCluster

        if self._client is not None:
            return self._client
        if self.scheduler is None:
            import dask

            # Dask starts its workers with MALLOC_TRIM_THRESHOLD_=65536 (memory back to the
            # system sooner): the parser's many small allocations then ran 16 % slower
            # than in a process of glibc's own (kansoku bench); memory stays bounded by
            # the documents in flight, as in a local pool.
            environ = dask.config.get("distributed.nanny.pre-spawn-environ")
            environ = {k: v for k, v in environ.items() if k != "MALLOC_TRIM_THRESHOLD_"}
            # Tasks of equal size wait on the scheduler until a worker is free: work
            # stealing finds nothing to move, and its balancing every 100 ms costs this
            # process the CPU the workers' cores share.
            settings = {"distributed.nanny.pre-spawn-environ": environ,
                        "distributed.scheduler.work-stealing": False}  # fmt: skip
            try:
                with dask.config.set(settings):
                    self._cluster = LocalCluster(
                        n_workers=self.workers or cores(),
                        threads_per_worker=1,
                        processes=True,
                        host="127.0.0.1",
                        scheduler_port=0,
                        dashboard_address=None,
                        # no dashboard; the scheduler's health endpoints on a free local port
                        scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
                        silence_logs=logging.CRITICAL,
                    )
            except Exception as exc:
                raise EngineError(f"cannot start a local Dask cluster: {_line(exc)}") from exc
        try:
            self._client = self._connect(Client, self._cluster)
        except BaseException:
            self.close()
            raise
        return self._client

    def _connect(self, client: type[Client], cluster: Any) -> Client:
        from distributed.comm import get_address_host_port

        address = self.scheduler or cluster.scheduler_address
        timeout = self.connect_timeout or CONNECT_TIMEOUT
        try:
            # An address that cannot be one fails here: a Client that fails to start with
            # it would hang in its own clean-up.
            get_address_host_port(address)
            connected = client(address, timeout=timeout, set_as_default=False)
        except (OSError, ValueError, TypeError) as exc:
            raise EngineError(
                f"cannot reach the Dask scheduler at {address}: {_line(exc)}"
            ) from None
        try:
            connected.wait_for_workers(1, timeout=timeout)
        except TimeoutError:
            connected.close()
            raise EngineError(
                f"the Dask scheduler at {address} has no workers (waited {timeout:g} s)"
            ) from None
        return connected

    def _run(
        self, client: Client, plugin: str, stage: Stage, items: Iterable[Item]
    ) -> Iterator[Item]:
        threads = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
        limit = self.in_flight or 32 * max(1, threads)
        size = max(1, min(self.per_task, limit))
        batch, tasks = uuid.uuid4().hex[:12], count()
        # In input order: a task's documents and its future, or an item that passes through.
        pending: deque[tuple[list[Document], Any] | ReadError] = deque()
        group: list[Document] = []

        def submit(docs: list[Document]) -> Any:
            from kansoku.dask_worker import process_on_worker

            key = f"kansoku-process-{batch}-{next(tasks)}"
            try:
                return client.submit(process_on_worker, stage, docs, plugin, key=key)
            except Exception as exc:  # the client closed: the scheduler is gone
                raise self._lost(exc) from exc

        def in_flight() -> int:
            return sum(len(h[0]) if isinstance(h, tuple) else 1 for h in pending) + len(group)

        self.ran_on = []
        for item in items:
            if isinstance(item, Document):
                group.append(item)
            if group and (len(group) >= size or not isinstance(item, Document)):
                pending.append((group, submit(group)))  # before the item it stops at
                group = []
            if not isinstance(item, Document):
                pending.append(item)
            while in_flight() > limit:
                yield from self._first(pending.popleft(), submit)
        if group:
            pending.append((group, submit(group)))
        while pending:
            yield from self._first(pending.popleft(), submit)

    def _first(
        self,
        head: tuple[list[Document], Any] | ReadError,
        submit: Callable[[list[Document]], Any],
    ) -> Iterator[Item]:
        """The items of the oldest entry in flight, in order, once its task is done."""
        if not isinstance(head, tuple):
            yield head
            return
        docs, future = head
        results = _dask_results(docs, future, self._lost)
        if results is None:  # the task failed whole: each document alone, one after the
            # other (a document that kills its worker would take others queued there with it)
            results = [r for d in docs for r in _dask_results([d], submit([d]), self._lost) or []]
        for doc, (result, where) in zip(docs, results, strict=True):
            if where is not None:
                self.ran_on.append((doc.source, *where))
            yield result

    def _lost(self, exc: BaseException) -> EngineError:
        address = self.scheduler or "the local cluster's scheduler"
        why = getattr(exc, "reason", None) or _line(exc)
        return EngineError(
            f"lost the Dask scheduler at {address} ({why}): the documents in flight "
            "were not stored; the next ingest of the same sources takes them and the rest"
        )


def _dask_results(
    docs: list[Document], future: Any, lost: Callable[[BaseException], EngineError]
) -> list[tuple[Item, tuple[str, int] | None]] | None:
    """The task's results, one for each of its documents (and where each ran); for a
    single document that failed (its workers died, its result could not come back), a
    ReadError; None for a task of several documents that failed so (the caller tries them
    one a task); EngineError when the scheduler
    is gone: every task's key is the batch's own, so a cancelled task means a lost
    connection, which fails the rest of the batch too."""
    from concurrent.futures import CancelledError as FutureCancelled

    from distributed import KilledWorker

    try:
        results, worker, pid = future.result()
        return [(result, (worker, pid)) for result in results]
    except (FutureCancelled, asyncio.CancelledError) as exc:
        raise lost(exc) from exc
    except KilledWorker as exc:
        if len(docs) > 1:
            return None
        source = docs[0].source
        log.debug("workers died processing %s", source, exc_info=True)
        tries = getattr(exc, "allowed_failures", 0) + 1
        times = "once" if tries == 1 else f"{tries} times"
        return [(ReadError(source, f"the Dask worker processing it died, {times} "
                           "(killed, or out of memory?)"), None)]  # fmt: skip
    except Exception as exc:  # the result could not come back, the cluster went away…
        if future.client.status != "running":  # reconnecting, or given up
            raise lost(exc) from exc
        if len(docs) > 1:
            return None  # the result could not come back: one a task finds whose it was
        log.debug("the cluster failed on %s", docs[0].source, exc_info=True)
        reason = f"unexpected error on the Dask cluster: {type(exc).__name__}: {_line(exc)}"
        return [(ReadError(docs[0].source, reason), None)]
    finally:
        future.release()


def _line(exc: BaseException) -> str:
    """The first line of an exception's message (its type when it has none)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
