"""Measuring the extraction: benchmark, evaluation, samples for judging."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from kansoku.cli.common import add_row, app, err, out
from kansoku.demo import sample_corpus
from kansoku.knowledge import default_knowledge


@app.command("bench")
def bench_cli(
    sources: Annotated[
        list[str] | None, typer.Argument(help="Articles to measure [default: the sample corpus].")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
) -> None:
    """Speed and memory against GiNZA alone, and the recall cost of the sentence filter."""
    from kansoku.bench import bench

    result = bench(sources or [str(sample_corpus())], default_knowledge())
    if as_json:
        out.print(json.dumps(result, indent=1), markup=False, soft_wrap=True)
        return
    table = Table(show_header=False, box=None)
    for key, value in result.items():
        add_row(table, key, str(value))
    out.print(table)


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
        data = {"summary": result.summary, "misses": result.misses, "errors": result.errors}
        out.print(json.dumps(data, ensure_ascii=False, indent=1), markup=False, soft_wrap=True)
        return
    for document, misses in sorted(result.misses.items()):
        out.print(document, style="bold", markup=False)
        for miss in misses:
            out.print(f"  {miss}", markup=False)
    for line in result.overall:
        out.print(line, markup=False)
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
