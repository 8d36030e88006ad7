"""Commands that bring articles in and give them out: ingest, export, search, reconcile, stats, demo."""

from __future__ import annotations

import json
import logging
import re
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from kansoku import tables
from kansoku.cli.common import (
    CsvOption,
    DbOption,
    EngineOption,
    LangOption,
    SchedulerOption,
    WorkersOption,
    add_row,
    app,
    engine_from_options,
    err,
    open_db,
    out,
    print_csv,
    print_documents,
    print_stats,
)
from kansoku.demo import sample_corpus
from kansoku.engines import Engine, EngineError
from kansoku.export import (
    FORMATS,
    search_hit_json,
    stats_json,
)
from kansoku.export import export as export_store
from kansoku.fetch import TIMEOUT, Fetcher
from kansoku.knowledge import default_knowledge
from kansoku.model import ReadError
from kansoku.pipeline import IngestReport, Item, ingest
from kansoku.read import ReadWarning
from kansoku.store import DEFAULT_DB

# Shown escaped in a message line: controls (a newline in a file name would split the line,
# a terminal escape in a page could rewrite the screen) and invisible direction overrides.
_UNPRINTABLE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]"
)


def one_line(text: str) -> str:
    """``text`` as one printable line: what would break or hide it shown as an escape."""
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def run_ingest(
    sources: list[str],
    db: str,
    quiet: bool = False,
    workers: int = 1,
    timeout: float = TIMEOUT,
    engine: Engine | None = None,
) -> IngestReport:
    """Ingest with a progress bar on a terminal; one stderr line per failed item and per
    item stored with a warning. ``engine`` runs the document stages (default: this
    process, or a pool of ``workers``)."""
    store = open_db(db)
    show = err.is_terminal and not quiet
    progress = Progress(
        SpinnerColumn(),
        TextColumn("ingesting"),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}", markup=False),
        console=err,
        disable=not show,
        transient=True,
    )
    try:
        with progress:
            task = progress.add_task("", total=None)

            def on_item(item: Item) -> None:
                if isinstance(item, ReadError | ReadWarning):
                    # One unwrapped line each, whatever the terminal width.
                    progress.console.print(one_line(str(item)), markup=False, soft_wrap=True)
                if not isinstance(item, ReadWarning):  # a warning's item is counted already
                    name = item.item if isinstance(item, ReadError) else item.source
                    progress.update(task, advance=1, description=one_line(shortened(name)))

            with Fetcher(timeout=timeout) as fetcher:
                return ingest(
                    sources, store, on_item, workers=workers, fetcher=fetcher, engine=engine
                )
    finally:
        store.close()


def shortened(text: str, width: int = 50) -> str:
    return text if len(text) <= width else "…" + text[-width + 1 :]


def _debug_logging(on: bool) -> None:
    """kansoku's tracebacks of unexpected failures on stderr, or (by default) not."""
    logger = logging.getLogger("kansoku")
    for handler in [h for h in logger.handlers if h.get_name() == "kansoku-debug"]:
        logger.removeHandler(handler)
    logger.setLevel(logging.DEBUG if on else logging.NOTSET)
    if on:
        handler = logging.StreamHandler(sys.stderr)
        handler.set_name("kansoku-debug")
        handler.setFormatter(logging.Formatter("debug: %(message)s"))
        logger.addHandler(handler)


@app.command("ingest")
def ingest_cli(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders, .jsonl, .warc(.gz), http(s) URLs of pages or RSS/Atom feeds."
        ),
    ],
    db: DbOption = DEFAULT_DB,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")] = False,
    workers: WorkersOption = None,
    engine_name: EngineOption = "local",
    scheduler: SchedulerOption = None,
    timeout: Annotated[
        float,
        typer.Option(help="Seconds a web page may take, redirects included.", min=0.1),
    ] = TIMEOUT,
    debug: Annotated[
        bool, typer.Option("--debug", help="Print the traceback of each unexpected failure.")
    ] = False,
) -> None:
    """Read, clean and store articles. Exit 1 when some items failed (each named on stderr)."""
    _debug_logging(debug)
    engine = engine_from_options(engine_name, workers, scheduler)
    try:
        report = run_ingest(sources, db, quiet, timeout=timeout, engine=engine)
    except typer.Exit:
        raise
    except EngineError as exc:  # no cluster to run on: nothing was done
        if debug:
            raise
        err.print(one_line(f"error: {exc}"), markup=False)
        raise typer.Exit(2) from None
    except Exception as exc:  # a failure outside any one item: still one line, no traceback
        if debug:
            raise
        err.print(one_line(f"error: ingest: {type(exc).__name__}: {exc}"), markup=False)
        raise typer.Exit(1) from None
    if not quiet:
        warned = f", {len(report.warnings)} with a warning" if report.warnings else ""
        out.print(
            f"stored {len(report.stored)} documents ({len(report.duplicates)} duplicates), "
            f"{len(report.unchanged)} unchanged, {len(report.errors)} failed{warned}",
            markup=False,
        )
    raise typer.Exit(0 if report.ok else 1)


@app.command("export")
def export_cli(
    out_dir: Annotated[Path, typer.Argument(help="Folder for the export files.")],
    db: DbOption = DEFAULT_DB,
    format_: Annotated[
        str, typer.Option("--format", help="jsonl (the contract), csv or parquet (tables).")
    ] = "jsonl",
) -> None:
    """Write documents/entities/events/figures/findings (.jsonl by the shared export
    contract, or ACLED-style .csv/.parquet tables) and manifest.json."""
    if format_ not in FORMATS:
        err.print(f"error: --format must be one of {', '.join(FORMATS)}", markup=False)
        raise typer.Exit(2)
    store = open_db(db)
    try:
        counts = export_store(store, out_dir, format_)
    finally:
        store.close()
    out.print(
        f"wrote {out_dir}: " + ", ".join(f"{n} {name}" for name, n in counts.items()), markup=False
    )


@app.command("search")
def search_cli(
    query: Annotated[
        str,
        typer.Argument(
            help="Words to find (all of them), of any length: one- and two-character "
            "Japanese terms work too."
        ),
    ],
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="At most this many documents.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    lang: LangOption = None,
    as_csv: CsvOption = False,
) -> None:
    """Full-text search over the cleaned text of stored documents."""
    store = open_db(db)
    try:
        hits = tables.search_in(store, query, lang, limit)
    finally:
        store.close()
    if as_csv:
        return print_csv(tables.search_table(hits))
    if as_json:
        rows = [search_hit_json(hit) for hit in hits]
        out.print(json.dumps(rows, ensure_ascii=False, indent=1), markup=False, soft_wrap=True)
        return
    if not hits:
        out.print("no documents match", markup=False)
        return
    for hit in hits:
        out.print(f"{hit.id}  {hit.published or '-':10}  {hit.title or hit.source}", markup=False)
        out.print(f"    {hit.snippet}", markup=False, style="dim")


@app.command("reconcile")
def reconcile_cli(db: DbOption = DEFAULT_DB) -> None:
    """Rebuild merged events, series and findings from the stored reports."""
    from kansoku.reconcile import reconcile

    store = open_db(db)
    try:
        report = reconcile(store, default_knowledge())
    finally:
        store.close()
    out.print(f"{report.event_keys} event keys, {report.series} series, {report.findings} findings")


@app.command("stats")
def stats_cli(
    db: DbOption = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
) -> None:
    """What the knowledge base holds."""
    store = open_db(db)
    try:
        stats = store.stats()
    finally:
        store.close()
    if as_json:
        out.print(
            json.dumps(stats_json(stats), ensure_ascii=False, indent=1),
            markup=False,
            soft_wrap=True,
        )
        return
    print_stats(stats)


@app.command("demo")
def demo_cli(
    db: DbOption = DEFAULT_DB,
    out_dir: Annotated[Path, typer.Option("--out", help="Export folder.")] = Path("export"),
    corpus: Annotated[
        Path | None,
        typer.Option(
            help="Articles to ingest [default: ../shared/corpus/seeds, else bundled samples]."
        ),
    ] = None,
) -> None:
    """Ingest the sample articles, print a summary, write the export and the report."""
    from kansoku.report import report as write_report

    corpus = corpus or sample_corpus()
    out.print(f"sample articles: {corpus}", markup=False)
    report = run_ingest([str(corpus)], db)
    out.print(
        f"stored {len(report.stored)}, unchanged {len(report.unchanged)}, failed {len(report.errors)}",
        markup=False,
    )
    store = open_db(db)
    try:
        print_documents(store)
        print_stats(store.stats())
        findings = Table(title="findings")
        findings.add_column("kind", no_wrap=True)
        findings.add_column("summary")
        for f in store.findings():
            add_row(findings, f.kind, f.summary)
        out.print(findings)
        counts = export_store(store, out_dir)
        written = write_report(store, out_dir / "report.html")
    finally:
        store.close()
    out.print(
        f"export written to {out_dir}/: " + ", ".join(f"{n} {k}" for k, n in counts.items()),
        markup=False,
    )
    out.print(f"report written to {written.path} (open it in a browser)", markup=False)
    raise typer.Exit(0 if report.ok else 1)
