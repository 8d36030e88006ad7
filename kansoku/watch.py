"""Watching feeds and folders (``kansoku watch``): poll, ingest what is new, alert.

Each source is polled every ``every`` seconds, on its own schedule:

- a feed (an ``http(s)://`` address of an RSS or Atom feed) is fetched; when its bytes are
  those of the last poll that went well, nothing more is done (one request per poll).
  Otherwise it is checked to be a feed, then ingested as ``kansoku ingest URL`` does, from
  the bytes already fetched: each entry's page is fetched, and a page whose bytes are
  stored already costs one hash (``ingest`` skips it before any parsing);
- a folder (or one file: a growing ``.jsonl``) is listed; only files that are new or
  whose size or modification time changed since the last poll are ingested.

A source that is down, or answers with something that is not a feed, or a folder that is
gone, gives one log line and is tried again after ``retry`` seconds, then twice as long
after each further failure (at most ``MAX_BACKOFF``, or ``every`` when longer); the other
sources go on. Everything that is kept lives in the store: each document is stored in
one transaction, and a document stored but not reconciled (a watcher killed with
``kill -9``) is reconciled by the next poll, so a restart loses and repeats nothing.

SIGTERM or SIGINT stop the watcher between two documents: the one being processed is
finished and stored whole, what was stored is reconciled and alerted on, and ``run``
returns (the command exits 0).

After each poll the store's findings are compared with those last alerted on
(``kansoku.alerts``): every finding a new document created or changed is told.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import signal
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import feedparser

from kansoku.alerts import Alerter, one_line
from kansoku.fetch import SCHEMES, TIMEOUT, Fetcher, FetchError, Response
from kansoku.knowledge import Knowledge, default_knowledge
from kansoku.model import ReadError
from kansoku.pipeline import IngestReport, Item, ingest
from kansoku.read import ReadWarning, label
from kansoku.read import _walk as walk_folder
from kansoku.reconcile import reconcile
from kansoku.store import Store, StoreError
from kansoku.webpage import feed_refusal

log = logging.getLogger(__name__)
MAX_BACKOFF = 3600.0  # seconds between retries of a source that keeps failing, at most
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$", re.IGNORECASE)
_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """Seconds in ``15m``, ``30s``, ``1h``, ``2d``, ``500ms`` or a plain number of seconds."""
    match = _DURATION.match(text)
    if match is None:
        raise ValueError(f"not a duration: {text!r} (write 30s, 15m, 1h, 1d)")
    seconds = float(match.group(1)) * _UNITS[(match.group(2) or "s").lower()]
    if seconds <= 0:
        raise ValueError(f"a duration must be more than zero: {text!r}")
    return seconds


class Stopped(Exception):
    """The watcher was asked to stop (raised between two documents)."""


@dataclass
class Source:
    """One watched source and what polling it has learnt."""

    spec: str
    is_url: bool
    due: float = 0.0  # monotonic time of its next poll
    failures: int = 0  # consecutive
    last_bytes: str | None = None  # feed: SHA-256 of the last feed ingested without error
    files: dict[str, tuple[int, int]] = field(default_factory=dict)  # path → size, mtime

    @property
    def name(self) -> str:
        return label(self.spec)


@dataclass
class PollReport:
    """One poll of one source."""

    source: str
    ok: bool = True
    reason: str | None = None  # why it failed
    stored: list[str] = field(default_factory=list)
    unchanged: int = 0
    errors: list[ReadError] = field(default_factory=list)
    skipped: bool = False  # nothing new: not ingested at all


class _Primed(Fetcher):
    """The batch's fetcher, answering the feed's own address with the bytes already
    fetched (entries, with the feed as ``via``, are fetched as usual)."""

    def __init__(self, inner: Fetcher, url: str, response: Response) -> None:
        self.timeout, self.max_bytes = inner.timeout, inner.max_bytes
        self.max_redirects, self.client = inner.max_redirects, inner.client
        self.inner = inner
        self.primed = (url, response)

    def get(self, url: str, via: str | None = None) -> Response:
        if via is None and url == self.primed[0]:
            return self.primed[1]
        return self.inner.get(url, via)


class Watcher:
    """Polls ``sources`` into ``store``; ``say`` prints a line for the user (the
    console's stderr), ``alerter`` tells new findings."""

    def __init__(
        self,
        sources: Sequence[str],
        store: Store,
        every: float,
        retry: float | None = None,
        knowledge: Knowledge | None = None,
        alerter: Alerter | None = None,
        say: Callable[[str], None] = print,
        timeout: float = TIMEOUT,
        workers: int = 1,
    ) -> None:
        self.sources = [Source(s, _is_url(s)) for s in sources]
        self.store = store
        self.every = every
        self.retry = min(every, 60.0) if retry is None else retry
        self.knowledge = knowledge or default_knowledge()
        self.alerter = alerter
        self.say = say
        self.timeout = timeout
        self.workers = workers
        self.stop = threading.Event()
        self._errors_told: set[tuple[str, str]] = set()

    # -- the loop --------------------------------------------------------------------

    def run(self, once: bool = False) -> None:
        """Poll until stopped (SIGTERM, SIGINT or ``self.stop``), or once with ``once``."""
        restore = self._handle_signals()
        try:
            with Fetcher(timeout=self.timeout) as fetcher:
                while not self.stop.is_set():
                    self.poll_due(fetcher)
                    if once:
                        break
                    wait = min(s.due for s in self.sources) - time.monotonic()
                    if wait > 0:
                        self.stop.wait(wait)
        finally:
            restore()

    def poll_due(self, fetcher: Fetcher) -> list[PollReport]:
        """Poll every source that is due; reconcile what an interrupted run left; alert."""
        reports: list[PollReport] = []
        try:
            for source in self.sources:
                if source.due <= time.monotonic():
                    reports.append(self.poll(source, fetcher))
        except Stopped:
            pass
        finally:
            self._settle([d for r in reports for d in r.stored])
        return reports

    def _settle(self, new_docs: Iterable[str]) -> None:
        """What was stored and not reconciled (a stop between documents, a killed run)
        is reconciled; then the alerts."""
        new_docs = list(new_docs)
        try:
            pending = self.store.unreconciled()
            if pending:
                reconcile(self.store, self.knowledge, sorted(pending))
                new_docs += pending
            if self.alerter is not None:
                self.alerter.check(new_docs)
        except StoreError as exc:
            self.say(one_line(f"error: {exc}"))

    def _handle_signals(self) -> Callable[[], None]:
        if threading.current_thread() is not threading.main_thread():
            return lambda: None

        def stop(signum: int, frame: FrameType | None) -> None:
            self.stop.set()

        old = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}

        def restore() -> None:
            for sig, handler in old.items():
                signal.signal(sig, handler)

        return restore

    # -- one source ------------------------------------------------------------------

    def poll(self, source: Source, fetcher: Fetcher) -> PollReport:
        """Poll one source now, and set when it is due next."""
        report = PollReport(source.spec)
        try:
            if source.is_url:
                self._poll_feed(source, fetcher, report)
            else:
                self._poll_path(source, fetcher, report)
        except Stopped:
            raise
        except StoreError as exc:  # the store takes no writes: retried like a source down
            report.ok, report.reason = False, str(exc)
        except Exception as exc:  # a watcher runs for months: one source's surprise is its own
            log.debug("polling %s failed", source.spec, exc_info=True)
            report.ok, report.reason = False, f"unexpected error: {type(exc).__name__}: {exc}"
        now = time.monotonic()
        if report.ok:
            if source.failures:
                self.say(one_line(f"watch: {source.name}: back after {source.failures} failures"))
            source.failures = 0
            source.due = now + self.every
        else:
            source.failures += 1
            delay = min(self.retry * 2 ** (source.failures - 1), max(MAX_BACKOFF, self.every))
            source.due = now + delay
            self.say(one_line(f"watch: {source.name}: {report.reason}; retrying in {_said(delay)}"))
        if report.stored:
            self.say(one_line(f"watch: {source.name}: {len(report.stored)} new documents"))
        return report

    def _poll_feed(self, source: Source, fetcher: Fetcher, report: PollReport) -> None:
        try:
            response = fetcher.get(source.spec)
        except FetchError as exc:
            report.ok, report.reason = False, f"down ({exc})"
            return
        digest = hashlib.sha256(response.body).hexdigest()
        if digest == source.last_bytes:
            report.skipped = True
            return
        malformed = _not_a_feed(response.body)
        if malformed:
            report.ok, report.reason = False, f"malformed ({malformed})"
            return
        self._ingest([source.spec], _Primed(fetcher, source.spec, response), report)
        own = [e for e in report.errors if e.item == source.spec]
        if own:
            report.ok, report.reason = False, f"malformed ({own[0].reason})"
        elif not report.errors:  # an entry that failed is fetched again next time
            source.last_bytes = digest

    def _poll_path(self, source: Source, fetcher: Fetcher, report: PollReport) -> None:
        root = Path(source.spec)
        if not root.exists():
            report.ok, report.reason = False, "no such file or folder"
            return
        changed: list[tuple[str, tuple[int, int]]] = []
        for path in walk_folder(root) if root.is_dir() else [root]:
            if isinstance(path, ReadError):
                self._tell_once(path)
                continue
            try:
                info = path.stat()
            except OSError as exc:  # gone meanwhile: its next listing tells
                self._tell_once(ReadError(label(str(path)), str(exc)))
                continue
            seen = (info.st_size, info.st_mtime_ns)
            if source.files.get(str(path)) != seen:
                changed.append((str(path), seen))
        if not changed:
            report.skipped = True
            return
        if not self._ingest([p for p, _ in changed], fetcher, report):
            return  # the store stopped the batch: every changed file is read again next time
        for name, seen in changed:  # told once per change; a new version is read again
            source.files[name] = seen

    def _ingest(self, sources: list[str], fetcher: Fetcher, report: PollReport) -> bool:
        """Ingest ``sources``; False when the store stopped the batch before its end."""

        def on_item(item: Item) -> None:
            if isinstance(item, ReadError | ReadWarning):
                self.say(one_line(str(item)))
            if self.stop.is_set():  # between two documents: the last one is stored whole
                raise Stopped

        done: IngestReport = ingest(
            sources,
            self.store,
            on_item=on_item,
            workers=self.workers,
            knowledge=self.knowledge,
            fetcher=fetcher,
        )
        report.stored += done.stored
        report.unchanged += len(done.unchanged)
        report.errors += done.errors
        if done.stopped:
            report.ok, report.reason = False, "the store took no more writes"
        return not done.stopped

    def _tell_once(self, error: ReadError) -> None:
        key = (error.item, error.reason)
        if key not in self._errors_told:
            self._errors_told.add(key)
            self.say(one_line(str(error)))


def _is_url(spec: str) -> bool:
    scheme, _, rest = spec.partition("://")
    return bool(rest) and scheme.lower() in SCHEMES


def _not_a_feed(body: bytes) -> str | None:
    """Why these bytes are not an RSS or Atom feed to read, if they are not."""
    refusal = feed_refusal(body)
    if refusal:
        return refusal
    # A file-like object: given bytes, feedparser first tries them as a file name to open.
    feed: Any = feedparser.parse(io.BytesIO(body))
    if not feed.get("version") and not feed.entries:
        problem = feed.get("bozo_exception")
        return f"not an RSS/Atom feed{f': {problem}' if problem else ''}"
    return None


def _said(seconds: float) -> str:
    if seconds >= 3600:
        return f"{seconds / 3600:g} h"
    if seconds >= 60:
        return f"{seconds / 60:g} min"
    return f"{seconds:g} s"
