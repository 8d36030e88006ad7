"""Measuring the extraction: benchmark, evaluation, samples for judging."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import (
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from kansoku.cli.common import add_row, app, err, out
from kansoku.knowledge import default_knowledge


@app.command("bench")
def bench_cli(
    docs: Annotated[int, typer.Option("--docs", min=1, help="Documents in the corpus.")] = 100,
    mix: Annotated[
        float,
        typer.Option(
            "--mix", min=0.0, max=1.0, help="Share of on-topic documents (1: all on-topic)."
        ),
    ] = 0.1,
    latency_docs: Annotated[
        int,
        typer.Option(
            "--latency-docs", min=0, help="Synthetic documents of the latency store (0: none)."
        ),
    ] = 100_000,
    runs: Annotated[
        int, typer.Option("--runs", min=1, help="Runs of each timing; medians are reported.")
    ] = 1,
    dask_workers: Annotated[
        int,
        typer.Option(
            "--dask-workers",
            min=0,
            help="Also ingest on a local Dask cluster of 1 worker and of this many (0: not).",
        ),
    ] = 0,
    corpus: Annotated[
        Path | None,
        typer.Option(help="A shared/corpus folder [default: the one beside this checkout]."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
) -> None:
    """Speed against GiNZA alone, memory, time per document, and query latency on a large
    store; the recall cost of the sentence filter; with --dask-workers, a Dask cluster's
    speed-up."""
    from kansoku.bench import BenchError, bench

    if dask_workers == 1:
        err.print("error: --dask-workers compares one worker with more: give 2 or more")
        raise typer.Exit(2)
    with _bench_progress() as on_progress:
        try:
            result = bench(docs, mix, latency_docs, corpus, on_progress,
                           runs=runs, dask_workers=dask_workers)  # fmt: skip
        except (BenchError, ValueError) as exc:
            err.print(f"error: {exc}", markup=False)
            raise typer.Exit(1 if isinstance(exc, BenchError) else 2) from exc
    data = result.to_json()
    if as_json:
        out.print(json.dumps(data, ensure_ascii=False), markup=False, soft_wrap=True)
    else:
        _print_bench(data)
    for failure in data["failures"]:
        err.print(f"error: {failure}", markup=False)
    if data["failures"]:
        raise typer.Exit(1)


@contextmanager
def _bench_progress() -> Iterator[Callable[[str, int, int | None], None]]:
    """One progress bar for each stage the benchmark's processes report."""
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}", markup=False),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=not err.is_terminal,
        transient=True,
    )
    tasks: dict[str, TaskID] = {}

    def on_progress(stage: str, done: int, total: int | None) -> None:
        if stage not in tasks:
            tasks[stage] = progress.add_task(stage, total=total)
        progress.update(tasks[stage], completed=done)

    with progress:
        yield on_progress


def _print_bench(data: dict[str, Any]) -> None:
    table = Table(show_header=False, box=None)
    for key, value in data.items():
        if key not in ("latency", "errors", "failures"):
            add_row(table, key, "-" if value is None else str(value))
    for kind, figures in data["latency"].items():
        add_row(table, f"{kind} slowest", f"{figures['max_ms']} ms: {figures['slowest']}")
    out.print(table)
    for error in data["errors"]:
        err.print(error, markup=False)


@app.command("eval")
def eval_cli(
    gold: Annotated[Path, typer.Argument(help="Gold file (shared/eval/*.gold.yaml).")],
    sources: Annotated[list[str], typer.Argument(help="The articles the gold describes.")],
    lang: Annotated[
        str | None, typer.Option(help="Score only documents in these languages (ja,en).")
    ] = None,
    scorer: Annotated[
        Path | None, typer.Option(help="The shared score.py [default: beside the gold].")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
) -> None:
    """Ingest into a scratch store, export, score against GOLD; print misses by document."""
    from kansoku.evaluate import ScorerNotFound, evaluate

    languages = lang.split(",") if lang else None
    try:
        result = evaluate(gold, sources, default_knowledge(), languages, scorer)
    except ScorerNotFound as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from exc
    if as_json:
        data = {
            "summary": result.summary,
            "misses": result.misses,
            "missed_by_field": result.missed_by_field,
            "stray_by_field": result.stray_by_field,
            "errors": result.errors,
        }
        out.print(json.dumps(data, ensure_ascii=False, indent=1), markup=False, soft_wrap=True)
        return
    for document, misses in sorted(result.misses.items()):
        out.print(document, style="bold", markup=False)
        for miss in misses:
            out.print(f"  {miss}", markup=False)
    for line in result.overall:
        out.print(line, markup=False)
    for label, counts in (
        ("missed core events, by what the nearest output got wrong", result.missed_by_field),
        ("output events matching no gold event, by how the nearest differs", result.stray_by_field),
    ):
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        out.print(f"{label}: " + (", ".join(f"{k} {v}" for k, v in ranked) or "none"), markup=False)
    for error in result.errors:
        err.print(error, markup=False)
    summary = " ".join(
        f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.summary.items()
    )
    out.print(summary, markup=False)


@app.command("sample")
def sample_cli(
    exports: Annotated[list[Path], typer.Argument(help="Export folders to draw events from.")],
    n: Annotated[int, typer.Option("--n", help="How many events.")] = 60,
    seed: Annotated[int, typer.Option(help="The draw: the same seed, the same events.")] = 2026,
) -> None:
    """A fixed-seed sample of events with their sentence, as JSON Lines, for judging."""
    from kansoku.evaluate import sample_events

    for item in sample_events(exports, n, seed):
        out.print(json.dumps(item, ensure_ascii=False), markup=False, soft_wrap=True)
