"""``kansoku bench``: how fast kansoku reads a feed, against GiNZA alone, and how fast a
large store answers.

- A corpus of N Japanese documents, on-topic articles mixed with off-topic news at a
  given on-topic ratio (:mod:`kansoku.bench.corpus`).
- kansoku's whole pipeline on it, as ``kansoku ingest`` runs it into a new SQLite store,
  in a process of its own (the readers loaded and warmed up first, not timed); the on-topic
  documents alone in another (the ratio for ``--mix 1`` in the same run), where the
  sentence filter's cost in facts is measured too (:mod:`kansoku.bench.timing`).
- GiNZA's whole pipeline (``spacy.load("ja_ginza")``, ``nlp.pipe``) alone, in a separate
  process, on the same cleaned texts: as shipped, then given the matrix library kansoku's
  parser multiplies with (numpy's OpenBLAS instead of blis), so that the part of the lead
  that library alone gives is known.
- Search, timeline and ask latency on a store of M synthetic documents and their facts
  (:mod:`kansoku.bench.latency`).

The figures that travel between machines are the ratios: both sides run in the same
run, one after the other, on the same text.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kansoku.bench.corpus import (
    OFF_TOPIC,
    ON_TOPIC,
    BenchDoc,
    build_corpus,
    load_pools,
    write_jsonl,
)

# (stage, done, total): what a caller shows as progress.
Progress = Callable[[str, int, int | None], None]
LATENCY_DOCS = 100_000
ROUNDS = 5  # timed rounds of each latency query


class BenchError(Exception):
    """A benchmark step failed (its process's last words are in the message)."""


@dataclass(frozen=True)
class BenchResult:
    """What ``kansoku bench`` measured. Speeds are per second of one process; ``ratio_*``
    is kansoku's characters per second over GiNZA-alone's on the same texts."""

    documents: int
    on_topic_documents: int
    mix: float
    corpus: str  # where the pools were read from
    characters: int  # cleaned text, what GiNZA is given
    docs_per_s: float
    chars_per_s: float
    ginza_chars_per_s: float
    ratio_vs_ginza: float
    on_topic_chars_per_s: float | None
    ginza_on_topic_chars_per_s: float | None
    ratio_vs_ginza_on_topic: float | None
    # GiNZA alone given the matrix library kansoku's parser uses (OpenBLAS, one thread):
    # how much of the lead is kansoku's own work rather than that library's.
    ginza_openblas_chars_per_s: float
    ratio_vs_ginza_openblas: float
    ratio_vs_ginza_openblas_on_topic: float | None
    peak_rss_mb: float  # the largest of kansoku's processes
    ginza_peak_rss_mb: float
    ms_per_doc: float
    ms_per_doc_at_100: float  # documents 1–100
    ms_per_doc_at_1000: float | None  # documents 901–1000 (N ≥ 1000)
    # The same windows by kind (their shares vary from one window to the other).
    ms_per_on_topic_doc_at_100: float | None
    ms_per_on_topic_doc_at_1000: float | None
    ms_per_off_topic_doc_at_100: float | None
    ms_per_off_topic_doc_at_1000: float | None
    reconcile_seconds: float
    model_load_seconds: float
    stored: int
    duplicates: int
    flagged_on_topic: int  # documents kansoku found something of the topic in
    facts: int  # event reports and figures stored
    errors: list[str]
    filter_recall: float | None
    facts_with_filter: int | None
    facts_parsing_every_sentence: int | None
    filter_speedup: float | None
    latency_documents: int
    fill_seconds: float | None
    fill_reconcile_seconds: float | None
    search_p50_ms: float | None
    search_p95_ms: float | None
    timeline_p50_ms: float | None
    timeline_p95_ms: float | None
    ask_p50_ms: float | None
    ask_p95_ms: float | None
    latency: dict[str, Any]  # each kind's calls, p50, p95, max and slowest query
    runs: int  # each ratio is the median of the runs' own; the rest is the median run's
    ratio_runs: list[float]
    ratio_on_topic_runs: list[float]
    dask_workers: int  # 0: not measured
    # From the cluster's start to its stop (medians of the runs), and the median of the
    # runs' one-worker ÷ N-worker times.
    dask_seconds_one_worker: float | None
    dask_seconds_workers: float | None
    dask_speedup: float | None
    # The same once every worker has its models loaded: a batch on a running cluster.
    dask_running_seconds_one_worker: float | None
    dask_running_seconds_workers: float | None
    dask_speedup_running: float | None
    failures: list[str]  # steps that failed (the latency store): their figures are None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _run(
    task: str, args: dict[str, Any], work: Path, on_progress: Progress | None
) -> dict[str, Any]:
    """Run one child process and return its result, passing its progress on."""
    args_path, result_path = work / f"{task}-args.json", work / f"{task}-result.json"
    log = work / f"{task}.log"
    args_path.write_text(json.dumps(args, ensure_ascii=False), encoding="utf-8")
    result_path.unlink(missing_ok=True)
    command = [sys.executable, "-m", "kansoku.bench.worker", task, str(args_path), str(result_path)]
    with log.open("w", encoding="utf-8") as errors:
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True)
        assert child.stdout is not None
        for line in child.stdout:
            try:
                told = json.loads(line)
            except json.JSONDecodeError:
                continue
            if on_progress is not None and isinstance(told, dict) and "stage" in told:
                on_progress(told["stage"], told["done"], told["total"])
        code = child.wait()
    if code != 0 or not result_path.exists():
        tail = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-5:]
        raise BenchError(f"the {task} step failed (exit {code}): " + " | ".join(tail))
    result: dict[str, Any] = json.loads(result_path.read_text(encoding="utf-8"))
    return result


def _mean_ms(seconds: list[float]) -> float:
    return round(1000 * sum(seconds) / len(seconds), 1) if seconds else 0.0


def _window(built: list[BenchDoc], items: list[float], kind: str, first: int) -> float | None:
    """Mean milliseconds per document of ``kind`` among documents first+1 … first+100
    (items come in corpus order), None when the run is shorter or has none of them."""
    if len(items) != len(built) or len(items) < first + 100:
        return None
    chosen = [
        t
        for d, t in zip(built[first : first + 100], items[first : first + 100], strict=True)
        if d.kind == kind
    ]
    return _mean_ms(chosen) if chosen else None


def _per_s(amount: float, seconds: float | None) -> float:
    return round(amount / seconds, 1) if seconds else 0.0


def bench(
    docs: int = 100,
    mix: float = 0.1,
    latency_docs: int = LATENCY_DOCS,
    corpus: Path | None = None,
    on_progress: Progress | None = None,
    rounds: int = ROUNDS,
    runs: int = 1,
    dask_workers: int = 0,
) -> BenchResult:
    """Build the corpus, run kansoku and GiNZA alone on it ``runs`` times, with
    ``dask_workers`` also ingest it on a local Dask cluster of one worker and of that many,
    fill a store of ``latency_docs`` synthetic documents (0: none) and time queries on it."""
    pools = load_pools(corpus)
    built = build_corpus(docs, mix, pools)
    with tempfile.TemporaryDirectory(prefix="kansoku-bench-") as tmp:
        work = Path(tmp)
        speeds = [_speed_run(built, n, runs, work, on_progress) for n in range(runs)]
        local = speeds[0].main  # what the Dask runs must store too
        dask = [_dask_run(built, n, runs, dask_workers, work, on_progress, local)
                for n in range(runs if dask_workers else 0)]  # fmt: skip
        latency, failures = None, []
        if latency_docs > 0:
            (work / "latency").mkdir()
            texts = [d.text for d in pools.on_topic + pools.off_topic]
            args = {"db": str(work / "latency" / "latency.db"), "documents": latency_docs,
                    "texts": texts, "rounds": rounds}  # fmt: skip
            try:
                latency = _run("latency", args, work, on_progress)
            except BenchError as exc:  # the pipeline's figures still stand: reported
                failures.append(str(exc))
    return _result(built, mix, pools.where, speeds, dask, dask_workers, latency, failures)


@dataclass
class _SpeedRun:
    """One run of kansoku (on the mix, and on its on-topic documents alone) and of GiNZA
    alone on the same texts."""

    main: dict[str, Any]
    subset: dict[str, Any] | None  # main itself when every document is on-topic
    ginza: dict[str, Any]

    @property
    def ratio(self) -> float:
        return self.ratio_to("")

    @property
    def ratio_on_topic(self) -> float | None:
        return self.ratio_on_topic_to("")

    def ratio_to(self, ginza: str) -> float:
        """kansoku's speed over GiNZA's as shipped (``""``) or given OpenBLAS (``"openblas_"``)."""
        return float(self.ginza[f"{ginza}seconds"] / self.main["seconds"])

    def ratio_on_topic_to(self, ginza: str) -> float | None:
        if self.subset is None:
            return None
        if self.subset is self.main:
            return self.ratio_to(ginza)
        return float(self.ginza[f"{ginza}subset_seconds"] / self.subset["seconds"])


def _speed_run(
    built: list[BenchDoc], n: int, runs: int, work: Path, on_progress: Progress | None
) -> _SpeedRun:
    """The sentence filter's recall is measured in the first run only (it parses the
    documents twice more)."""
    on_topic = [d for d in built if d.kind == ON_TOPIC]
    tag = _run_tag(n, runs)
    first = n == 0
    main = _ingest(built, f"mix{tag}", work, on_progress, first and len(on_topic) == len(built))
    subset = None
    if on_topic and len(on_topic) < len(built):
        subset = _ingest(on_topic, f"on-topic{tag}", work, on_progress, recall=first)
    elif on_topic:
        subset = main
    args = {
        "texts": main["texts"],
        "subset": subset["texts"] if subset is not None and subset is not main else None,
        "stage": f"GiNZA alone{tag}",
    }
    return _SpeedRun(main, subset, _run("ginza", args, work, on_progress))


def _dask_run(
    built: list[BenchDoc], n: int, runs: int, workers: int, work: Path,
    on_progress: Progress | None, local: dict[str, Any],
) -> _DaskRun:  # fmt: skip
    """Seconds to ingest the corpus on a local Dask cluster of one worker, then of
    ``workers``, each in a process of its own, from the cluster's start and once it
    runs; each must store what the local run stored (``local``), or it is no measure of
    the same work."""
    folder = work / f"dask-{n}"
    folder.mkdir()
    path = write_jsonl(built, folder / "corpus.jsonl")
    tag = _run_tag(n, runs)
    runs_of: list[dict[str, Any]] = []
    for count in (1, workers):
        stage = f"Dask, {count} worker{'s' if count > 1 else ''}{tag}"
        args = {"corpus": str(path), "db": str(folder / f"w{count}.db"), "workers": count,
                "stage": stage, "total": len(built)}  # fmt: skip
        done = _run("dask", args, work, on_progress)
        if (done["documents"], len(done["errors"])) != (local["documents"], len(local["errors"])):
            raise BenchError(f"{stage}: stored {done['documents']} documents, the local run "
                             f"{local['documents']}; " + " | ".join(done["errors"][:3]))  # fmt: skip
        runs_of.append(done)
    one, more = runs_of
    return _DaskRun(
        (one["seconds"], more["seconds"]), (one["running_seconds"], more["running_seconds"])
    )


def _run_tag(n: int, runs: int) -> str:
    """What a stage's progress line adds when the timings are repeated."""
    return f", run {n + 1} of {runs}" if runs > 1 else ""


@dataclass(frozen=True)
class _DaskRun:
    """One run's seconds on one worker and on more: from the cluster's start, running."""

    from_start: tuple[float, float]
    running: tuple[float, float]


def _ingest(
    docs: list[BenchDoc], name: str, work: Path, on_progress: Progress | None, recall: bool
) -> dict[str, Any]:
    folder = work / name.replace(" ", "-").replace(",", "")
    folder.mkdir()
    path = write_jsonl(docs, folder / "corpus.jsonl")
    args = {
        "corpus": str(path),
        "db": str(folder / "bench.db"),
        "stage": f"kansoku ({name})",
        "total": len(docs),
        "recall": recall,
    }
    return _run("kansoku", args, work, on_progress)


def _result(
    built: list[BenchDoc],
    mix: float,
    where: str,
    speeds: list[_SpeedRun],
    dask: list[_DaskRun],
    dask_workers: int,
    latency: dict[str, Any] | None,
    failures: list[str],
) -> BenchResult:
    ratios = [r.ratio for r in speeds]
    run = sorted(speeds, key=lambda r: r.ratio)[(len(speeds) - 1) // 2]  # the median run
    main, subset, ginza = run.main, run.subset, run.ginza
    on_topic_ratios = [r for r in (s.ratio_on_topic for s in speeds) if r is not None]
    return BenchResult(
        documents=len(built),
        on_topic_documents=sum(d.kind == ON_TOPIC for d in built),
        mix=mix,
        corpus=where,
        **_speed_figures(built, main, subset, ginza),
        ratio_vs_ginza=round(statistics.median_low(ratios), 2),
        ratio_vs_ginza_on_topic=round(statistics.median_low(on_topic_ratios), 2)
        if on_topic_ratios
        else None,
        ginza_openblas_chars_per_s=_per_s(main["characters"], ginza["openblas_seconds"]),
        ratio_vs_ginza_openblas=_median([s.ratio_to("openblas_") for s in speeds]) or 0.0,
        ratio_vs_ginza_openblas_on_topic=_median(
            [r for s in speeds if (r := s.ratio_on_topic_to("openblas_")) is not None]
        ),
        **_recall_figures(speeds[0].subset if speeds[0].subset is not None else speeds[0].main),
        **_latency_figures(latency),
        runs=len(speeds),
        ratio_runs=[round(r, 2) for r in ratios],
        ratio_on_topic_runs=[round(r, 2) for r in on_topic_ratios],
        dask_workers=dask_workers,
        **_dask_figures(dask),
        failures=failures,
    )


def _dask_figures(dask: list[_DaskRun]) -> dict[str, Any]:
    """Median seconds on one worker and on more, and the median of the runs' ratios,
    from the cluster's start and on the running cluster."""
    start, running = [d.from_start for d in dask], [d.running for d in dask]
    return {
        "dask_seconds_one_worker": _median([one for one, _ in start]),
        "dask_seconds_workers": _median([more for _, more in start]),
        "dask_speedup": _median([one / more for one, more in start]),
        "dask_running_seconds_one_worker": _median([one for one, _ in running]),
        "dask_running_seconds_workers": _median([more for _, more in running]),
        "dask_speedup_running": _median([one / more for one, more in running]),
    }


def _median(values: list[float]) -> float | None:
    return round(statistics.median_low(values), 2) if values else None


def _speed_figures(
    built: list[BenchDoc],
    main: dict[str, Any],
    subset: dict[str, Any] | None,
    ginza: dict[str, Any],
) -> dict[str, Any]:
    chars, items = main["characters"], main["item_seconds"]
    ginza_subset = ginza["seconds"] if subset is main else ginza["subset_seconds"]
    ginza_subset_chars = ginza["characters"] if subset is main else ginza["subset_characters"]
    return {
        "characters": chars,
        "docs_per_s": _per_s(len(built), main["seconds"]),
        "chars_per_s": _per_s(chars, main["seconds"]),
        "ginza_chars_per_s": _per_s(chars, ginza["seconds"]),
        "on_topic_chars_per_s": _per_s(subset["characters"], subset["seconds"]) if subset else None,
        "ginza_on_topic_chars_per_s": _per_s(ginza_subset_chars, ginza_subset) if subset else None,
        "peak_rss_mb": round(max(r["peak_rss_mb"] for r in (main, subset or main))),
        "ginza_peak_rss_mb": round(ginza["peak_rss_mb"]),
        "ms_per_doc": _mean_ms(items),
        "ms_per_doc_at_100": _mean_ms(items[:100]),
        "ms_per_doc_at_1000": _mean_ms(items[900:1000]) if len(items) >= 1000 else None,
        "ms_per_on_topic_doc_at_100": _window(built, items, ON_TOPIC, 0),
        "ms_per_on_topic_doc_at_1000": _window(built, items, ON_TOPIC, 900),
        "ms_per_off_topic_doc_at_100": _window(built, items, OFF_TOPIC, 0),
        "ms_per_off_topic_doc_at_1000": _window(built, items, OFF_TOPIC, 900),
        "reconcile_seconds": round(main["reconcile_seconds"], 2),
        "model_load_seconds": round(main["model_load_seconds"], 2),
        "stored": main["documents"],
        "duplicates": main["duplicates"],
        "flagged_on_topic": main["on_topic_flagged"],
        "facts": main["facts"],
        "errors": main["errors"],
    }


def _recall_figures(measured: dict[str, Any]) -> dict[str, Any]:
    """The sentence filter's cost in facts, from the run that measured it."""
    found = "filter_recall" in measured
    return {
        "filter_recall": round(measured["filter_recall"], 3) if found else None,
        "facts_with_filter": measured["facts_with_filter"] if found else None,
        "facts_parsing_every_sentence": measured["facts_parsing_every_sentence"] if found else None,
        "filter_speedup": round(measured["filter_speedup"], 2) if found else None,
    }


def _latency_figures(latency: dict[str, Any] | None) -> dict[str, Any]:
    lat = (latency or {}).get("latency", {})
    fill = (latency or {}).get("fill", {})

    def p(kind: str, which: str) -> float | None:
        return lat[kind][which] if kind in lat else None

    return {
        "latency_documents": fill.get("documents", 0),
        "fill_seconds": round(fill["seconds"], 1) if fill else None,
        "fill_reconcile_seconds": round(fill["reconcile_seconds"], 1) if fill else None,
        "search_p50_ms": p("search", "p50_ms"),
        "search_p95_ms": p("search", "p95_ms"),
        "timeline_p50_ms": p("timeline", "p50_ms"),
        "timeline_p95_ms": p("timeline", "p95_ms"),
        "ask_p50_ms": p("ask", "p50_ms"),
        "ask_p95_ms": p("ask", "p95_ms"),
        "latency": lat,
    }
