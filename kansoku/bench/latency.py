"""Query latency on a large store: search, the dashboard's timeline, ``kansoku ask``.

The store is filled with synthetic documents and their facts, written through the
store's public methods and made without any language processing (a store of 100,000
analysed articles would take days to ingest here): each document is a few sentences
drawn from the benchmark's pools, with a date, and about half carry events and figures
between the topic's actors, of the kinds, statuses and sources real extraction gives.
Documents are added in batches, each batch one transaction (``Store.transaction``:
``add_document`` joins it), and the merged events and series are written the way
reconciliation writes them (keys from ``event_key`` and ``series_keys``, merged events
from ``merged_event``), grouping the reports of one key by the date they tell:
reconciliation's own pairwise grouping is made for the few reports of an ingest, not
for 100,000 documents at once. No findings are computed for the synthetic facts.

Then each query is timed through the same library calls the dashboard and ``kansoku
ask`` make (``kansoku.web.timeline.timeline``, ``kansoku.ask.ask``,
``Store.search``), after one untimed round; a kind of query that has run for more than
``BUDGET`` seconds starts no further round (a guard: before schema version 12 ``ask``
on a dense store took seconds a call).
"""

from __future__ import annotations

import hashlib
import random
import re
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from typing import Any

import yaml

from kansoku.knowledge import DATA, Knowledge
from kansoku.model import Document, Event, Figure
from kansoku.store import Store
from kansoku.store.records import EventKey, EventReport

BATCH = 2000  # documents per transaction while filling
BUDGET = 60.0  # seconds of one kind's queries after which no further round starts
START = date(2023, 1, 1)
DAYS = 3 * 365

TIMELINES: tuple[dict[str, Any], ...] = (
    {}, {"actor": "PRK"}, {"category": "AID"}, {"since": "2024-06", "until": "2024-12"},
    {"actor": "RUS", "status": "reported"},
)  # fmt: skip
# The words of the synthetic store and the timed queries (searches, questions).
WORDS: dict[str, Any] = yaml.safe_load((DATA / "bench.yaml").read_text(encoding="utf-8"))

# What the synthetic facts are made of: (type, mode, item) and who may act on whom.
_EVENTS = (
    ("AID", "troops", "troops"), ("AID", "munitions", "shells"), ("AID", None, "oil"),
    ("CONSULT", "visit", None), ("CONSULT", "meeting", None), ("AGREE", "treaty", None),
    ("COOPERATE", None, None), ("REJECT", "denial", None), ("THREATEN", "missile_launch", None),
)  # fmt: skip
_STATES = ("PRK", "RUS", "UKR", "KOR", "USA", "JPN", "CHN")
_PEOPLE = ("kim-jong-un", "vladimir-putin")
_SOURCES = (None, "national-intelligence-service", "kcna", "USA", "UKR", "KOR")
_STATUSES = ("asserted", "reported", "reported", "possible", "planned", "denied")
_FIGURES = (("troops", "persons", 1000, 15000), ("shells", "rounds", 10_000, 6_000_000),
            ("casualties", "persons", 100, 5000), ("containers", "containers", 100, 20_000))  # fmt: skip
_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")


@dataclass(frozen=True)
class FillReport:
    documents: int
    events: int
    figures: int
    seconds: float  # writing documents and facts
    reconcile_seconds: float  # keys, merged events, series


@dataclass(frozen=True)
class Latency:
    """Milliseconds per call of one kind of query, over every timed call."""

    calls: int
    p50_ms: float
    p95_ms: float
    max_ms: float
    slowest: str  # the query of the slowest call


def sentences(texts: Sequence[str]) -> list[str]:
    """The sentences of ``texts`` (split at 。！？ and line ends, no parsing)."""
    found = [s.strip() for t in texts for s in _SENTENCE.findall(t)]
    return [s for s in found if len(s) >= 8]


def _day(rng: random.Random) -> str:
    return (START + timedelta(days=rng.randrange(DAYS))).isoformat()


def synthetic_document(
    n: int, pool: Sequence[str], rng: random.Random, knowledge: Knowledge
) -> Document:
    """Document ``n``: 3–8 pool sentences and a numbered first line, dated; every other
    one with one to three events and sometimes a figure, each on one of its sentences."""
    body = [WORDS["title"].format(n=n)] + [rng.choice(pool) for _ in range(rng.randint(3, 8))]
    text = "\n".join(body)
    spans, at = [], 0
    for line in body:
        spans.append((at, at + len(line)))
        at += len(line) + 1
    published = _day(rng)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    doc = Document(
        source=f"bench:synthetic/{n}", text=text, language="ja",
        published=published, raw_sha256=digest, content_sha256=digest,
        id="d-" + hashlib.sha256(f"bench:synthetic/{n}\0{digest}".encode()).hexdigest()[:16],
        title=body[1][:30],
    )  # fmt: skip
    if n % 2:
        doc.on_topic = doc.core = False
        return doc
    for i in range(rng.randint(1, 3)):
        type_, mode, item = rng.choice(_EVENTS)
        actor = rng.choice(_STATES + _PEOPLE)
        target = rng.choice([s for s in _STATES if s != actor])
        start, end = spans[1 + rng.randrange(len(spans) - 1)]
        told = rng.random() < 0.6
        doc.events.append(Event(
            type=type_, mode=mode, actor=actor, target=target, start=start, end=end,
            trigger=WORDS["trigger"], date_start=_day(rng)[: rng.choice((7, 10))] if told else published[:7],
            date_basis="text" if told else "published", status=rng.choice(_STATUSES),
            source=rng.choice(_SOURCES), confidence=round(rng.uniform(0.4, 0.9), 2), item=item,
            id=f"e-{digest[:12]}{i:02d}",
        ))  # fmt: skip
    if rng.random() < 0.5:
        kind, unit, low, high = rng.choice(_FIGURES)
        value = float(rng.randrange(low, high, max(1, low // 10)))
        start, end = spans[1 + rng.randrange(len(spans) - 1)]
        doc.figures.append(Figure(
            kind=kind, value=value, unit=unit, start=start, end=end,
            quantity=WORDS["quantity"].format(value=int(value), counter=WORDS["counters"][unit]), qualifier="about", subject="PRK",
            recipient="RUS", as_of=_day(rng), as_of_basis="text",
            status=rng.choice(("reported", "estimated", "asserted")),
            source=rng.choice(_SOURCES), id=f"f-{digest[:14]}",
        ))  # fmt: skip
    ids = {x for e in doc.events for x in (e.actor, e.target, e.source)}
    ids |= {x for f in doc.figures for x in (f.subject, f.recipient, f.source)}
    entities = knowledge.gazetteer.entities
    doc.entities = [entities[i] for i in sorted(i for i in ids if i) if i in entities]
    return doc


def fill_store(
    store: Store,
    count: int,
    pool: Sequence[str],
    knowledge: Knowledge,
    on_progress: Callable[[int], None] | None = None,
    seed: int = 2026,
) -> FillReport:
    """Add ``count`` synthetic documents and their facts to ``store``, then their merged
    events and series."""
    from kansoku.reconcile.events import event_key, key_text, merged_event
    from kansoku.reconcile.series import series_keys

    rng = random.Random(seed)
    start = time.perf_counter()
    events = figures = 0
    for first in range(0, count, BATCH):
        with store.transaction():
            for n in range(first, min(first + BATCH, count)):
                doc = synthetic_document(n, pool, rng, knowledge)
                events += len(doc.events)
                figures += len(doc.figures)
                store.add_document(doc)
        if on_progress is not None:
            on_progress(min(first + BATCH, count))
    written = time.perf_counter() - start
    start = time.perf_counter()
    with store.transaction():
        reports = store.event_reports()
        keys = {r.id: event_key(r, knowledge) for r in reports}
        store.set_event_keys(keys)
        groups: dict[tuple[EventKey, str | None], list[EventReport]] = defaultdict(list)
        for r in reports:
            told = r.date_start if r.date_basis == "text" else None
            groups[keys[r.id], told].append(r)
        merged = [
            merged_event(key, group, knowledge)
            for (key, _), group in sorted(
                groups.items(), key=lambda g: (key_text(g[0][0]), g[0][1] or "")
            )
        ]
        store.replace_clusters(set(keys.values()), merged)
        store.set_series_keys(series_keys(store.figure_reports(), knowledge))
        store.mark_reconciled(None)
    return FillReport(count, events, figures, written, time.perf_counter() - start)


def _latency(timings: list[tuple[float, str]]) -> Latency:
    ms = sorted(t * 1000 for t, _ in timings)
    worst = max(timings)
    p95 = ms[min(len(ms) - 1, max(0, round(0.95 * len(ms)) - 1))]
    return Latency(
        len(ms), round(statistics.median(ms), 2), round(p95, 2), round(ms[-1], 2), worst[1]
    )


def measure(
    store: Store,
    knowledge: Knowledge,
    rounds: int = 5,
    on_progress: Callable[[int, int], None] | None = None,
) -> dict[str, Latency]:
    """p50/p95 of search, timeline and ask over ``rounds`` timed rounds of each query."""
    from kansoku.ask import ask
    from kansoku.web.interface import load_interface
    from kansoku.web.timeline import TimelineQuery, timeline
    from kansoku.web.views import Context

    ctx = Context(knowledge, load_interface())
    calls: dict[str, list[tuple[str, Callable[[], object]]]] = {
        "search": [(q, partial(store.search, q)) for q in WORDS["searches"]],
        "timeline": [
            (str(f), partial(timeline, store, ctx, TimelineQuery(**f))) for f in TIMELINES
        ],
        "ask": [(q, partial(ask, store, q, knowledge)) for q in WORDS["questions"]],
    }
    total = sum(len(c) for c in calls.values()) * (rounds + 1)
    done = 0
    results = {}
    for name, queries in calls.items():
        timings: list[tuple[float, str]] = []
        began = time.perf_counter()
        for round_ in range(rounds + 1):
            if round_ > 1 and time.perf_counter() - began > BUDGET:
                done += len(queries) * (rounds + 1 - round_)  # slow: fewer rounds, said
                break
            for label, call in queries:
                start = time.perf_counter()
                call()
                if round_:  # the first round warms caches and loads the question reader
                    timings.append((time.perf_counter() - start, label))
                done += 1
                if on_progress is not None:
                    on_progress(done, total)
        results[name] = _latency(timings)
    return results
