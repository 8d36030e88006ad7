"""What runs in the benchmark's child processes: kansoku's pipeline on a corpus, and
GiNZA's full pipeline alone on the same cleaned texts.

Each measurement runs in a process of its own (``python -m kansoku.bench.worker``), so the
peak memory of one is not the other's and the model each loads is its own. A child prints
its progress as JSON lines on stdout and writes its result as JSON to a file.
"""

from __future__ import annotations

import copy
import json
import resource
import sys
import time
from itertools import pairwise
from pathlib import Path
from typing import Any

from kansoku.bench.latency import WORDS
from kansoku.model import Document

# Documents whose facts are found twice (with the sentence filter and parsing every
# sentence): the pool's own on-topic articles, not more copies of their paragraphs.
RECALL_DOCS = 30
# The readers loaded before the clock starts, as GiNZA is: the corpus is Japanese pages,
# some quoting an English wire paragraph, whose reader builds its word forms once (about a
# second, paid by whichever page first has one). Korean stretches are too rare in it to
# load Kiwi for (7 s and 460 MB): a page with one pays for it.
WARMED = ("ja", "en")
GINZA_BATCH = 100


def peak_rss_mb() -> float:
    """This process's high-water mark of resident memory (VmHWM: ru_maxrss would carry the
    forking parent's over exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def tell(stage: str, done: int, total: int | None) -> None:
    """One progress line for the parent."""
    sys.stdout.write(json.dumps({"stage": stage, "done": done, "total": total}) + "\n")
    sys.stdout.flush()


def run_kansoku(corpus: Path, db: Path, stage: str, total: int, recall: bool) -> dict[str, Any]:
    """Ingest ``corpus`` into a new store at ``db`` as ``kansoku ingest`` does (one
    process), the model loaded and warmed up first; with ``recall``, then find the facts of
    the first on-topic documents with and without the sentence filter."""
    from kansoku.knowledge import default_knowledge
    from kansoku.model import ReadError
    from kansoku.pipeline import Item, ingest
    from kansoku.read import ReadWarning
    from kansoku.store import open_store

    knowledge = default_knowledge()
    start = time.perf_counter()
    for code in WARMED:
        knowledge.language(code).load_analyser()
    load_seconds = time.perf_counter() - start
    rss_after_load = peak_rss_mb()
    store = open_store(str(db))
    stamps: list[float] = []

    def on_item(item: Item) -> None:
        if not isinstance(item, ReadWarning):
            stamps.append(time.perf_counter())
            tell(stage, len(stamps), total)

    start = time.perf_counter()
    report = ingest([str(corpus)], store, on_item=on_item, workers=1, knowledge=knowledge)
    seconds = time.perf_counter() - start
    docs = list(store.documents())
    result: dict[str, Any] = {
        "seconds": seconds,
        "reconcile_seconds": seconds - (stamps[-1] - start) if stamps else 0.0,
        "item_seconds": [b - a for a, b in pairwise([start, *stamps])],
        "documents": len(docs),
        "errors": [str(e) for e in report.errors if isinstance(e, ReadError)],
        "duplicates": len(report.duplicates),
        "on_topic_flagged": sum(1 for d in docs if d.on_topic),
        "characters": sum(len(d.text) for d in docs),
        "texts": [d.text for d in docs],
        "facts": store.stats().event_reports + store.stats().figures,
        "model_load_seconds": load_seconds,
        "peak_rss_mb_after_load": rss_after_load,
    }
    store.close()
    if recall:
        result.update(filter_recall(corpus, knowledge, stage))
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def run_dask(corpus: Path, db: Path, workers: int, stage: str, total: int) -> dict[str, Any]:
    """Ingest ``corpus`` into a new store at ``db`` on a local Dask cluster of ``workers``
    single-threaded workers. ``seconds`` runs from the start of the cluster to its stop
    (the cluster's start and each worker's model loading are part of it, the imports and
    the knowledge, the same for any number of workers, are not); ``running_seconds``
    from the moment every worker has its models loaded to the last document stored and
    reconciled: what a batch costs on a cluster that is already up (``--scheduler``)."""
    import distributed  # noqa: F401  (imported before the clock starts)

    from kansoku.engines import DaskEngine
    from kansoku.knowledge import default_knowledge
    from kansoku.model import ReadError
    from kansoku.pipeline import Item, ingest
    from kansoku.read import ReadWarning
    from kansoku.store import open_store

    knowledge = default_knowledge()
    store = open_store(str(db))
    done = [0]

    def on_item(item: Item) -> None:
        if not isinstance(item, ReadWarning):
            done[0] += 1
            tell(stage, done[0], total)

    start = time.perf_counter()
    with DaskEngine(workers=workers) as engine:
        engine.warm_up(knowledge, WARMED)
        ready = time.perf_counter()
        report = ingest([str(corpus)], store, on_item=on_item, knowledge=knowledge,
                        engine=engine)  # fmt: skip
        running = time.perf_counter() - ready
    seconds = time.perf_counter() - start
    stored = len(list(store.documents()))
    store.close()
    return {
        "seconds": seconds,
        "running_seconds": running,
        "workers": workers,
        "documents": stored,
        "errors": [str(e) for e in report.errors if isinstance(e, ReadError)],
        "peak_rss_mb": peak_rss_mb(),
    }


def _keys(docs: list[Document]) -> set[tuple[object, ...]]:
    keys: set[tuple[object, ...]] = set()
    for d in docs:
        keys |= {("event", d.id, e.start, e.type, e.actor, e.target) for e in d.events}
        keys |= {("figure", d.id, f.start, f.kind, f.value) for f in d.figures}
    return keys


def filter_recall(corpus: Path, knowledge: Any, stage: str) -> dict[str, Any]:
    """The facts found parsing only the sentences that can carry one, against parsing
    every sentence, on the first RECALL_DOCS documents of ``corpus``; and the time each
    way."""
    from kansoku.pipeline import analyse, prepare
    from kansoku.read import read_sources

    read = [d for d in read_sources([str(corpus)], knowledge.calendar) if isinstance(d, Document)]
    prepared = [prepare(d, knowledge) for d in read[:RECALL_DOCS]]
    runs: dict[str, tuple[float, list[Document]]] = {}
    for name, parse_all in (("filtered", False), ("every_sentence", True)):
        docs = [copy.deepcopy(d) for d in prepared]
        start = time.perf_counter()
        for n, doc in enumerate(docs, 1):
            analyse(doc, knowledge, parse_all=parse_all)
            tell(f"{stage}: sentence filter ({name})", n, len(docs))
        runs[name] = (time.perf_counter() - start, docs)
    found, reference = _keys(runs["filtered"][1]), _keys(runs["every_sentence"][1])
    return {
        "recall_documents": len(prepared),
        "facts_with_filter": len(found),
        "facts_parsing_every_sentence": len(reference),
        "filter_recall": len(found & reference) / len(reference) if reference else 1.0,
        "filter_speedup": runs["every_sentence"][0] / runs["filtered"][0]
        if runs["filtered"][0]
        else 1.0,
    }


def run_ginza(texts: list[str], subset: list[str] | None, stage: str) -> dict[str, Any]:
    """GiNZA's whole pipeline (NER included) as a user runs it: ``spacy.load("ja_ginza")``
    and ``nlp.pipe`` over ``texts``, then over ``subset`` (other texts, or none). Then the
    same pipeline given the matrix library kansoku's parser uses (numpy's OpenBLAS on one
    thread, :func:`kansoku.lang.ja.parser.multiply_with_numpy_blas`), so that the report can
    tell how much of kansoku's lead comes from that library alone."""
    import spacy

    from kansoku.lang.ja.parser import multiply_with_numpy_blas

    nlp = spacy.load("ja_ginza")
    shipped = _time_pipe(nlp, texts, subset, stage)
    multiply_with_numpy_blas(nlp)
    openblas = _time_pipe(nlp, texts, subset, f"{stage}, OpenBLAS")
    return {
        "seconds": shipped["all"],
        "subset_seconds": shipped["subset"] if subset else None,
        "openblas_seconds": openblas["all"],
        "openblas_subset_seconds": openblas["subset"] if subset else None,
        "characters": sum(len(t) for t in texts),
        "subset_characters": sum(len(t) for t in subset or []),
        "peak_rss_mb": peak_rss_mb(),
    }


def _time_pipe(
    nlp: Any, texts: list[str], subset: list[str] | None, stage: str
) -> dict[str, float]:
    """Seconds ``nlp.pipe`` takes over ``texts`` (``all``) and over ``subset``."""
    for _ in nlp.pipe([WORDS["warm_up"]] * 8):  # warm-up, not timed
        pass
    timings = {}
    for name, chosen in (("all", texts), ("subset", subset or [])):
        start = time.perf_counter()
        # Batches of 100 (spaCy's default is 1,000): the same for N ≤ 100, and GiNZA's
        # memory stays bounded for more (1,000 documents in one batch took 18 GB).
        for n, _ in enumerate(nlp.pipe(chosen, batch_size=GINZA_BATCH), 1):
            tell(f"{stage}" if name == "all" else f"{stage}, on-topic documents", n, len(chosen))
        timings[name] = time.perf_counter() - start
    return timings
