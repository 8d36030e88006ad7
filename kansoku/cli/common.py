"""Shared by every command: the app, the consoles, the options, plain-text tables."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kansoku import tables
from kansoku.engines import ENGINES, DaskEngine, Engine, LocalEngine
from kansoku.export import (
    JSON,
    json_line,
    write_csv,
)
from kansoku.store import Store, StoreError, StoreReader, open_store
from kansoku.store.records import EntityRef, Stats

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="kansoku: source-attributed facts from news articles, offline.",
)
# Piped output (CI logs, `| less`) gets room for the tables rather than rich's 80 columns.
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 120)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[
    str,
    typer.Option(
        "--db",
        envvar="KANSOKU_DB",
        help="SQLite file (or sqlite:///path), or PostgreSQL database (postgresql://user@host/db).",
    ),
]


def open_db(db: str) -> Store:
    try:
        return open_store(db)
    except StoreError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from exc


WorkersOption = Annotated[
    int | None,
    typer.Option(
        help="Processes for the document stages (a local Dask cluster's workers with "
        "--engine dask); default: one per core.",
        min=1,
        show_default=False,
    ),
]
EngineOption = Annotated[
    str,
    typer.Option("--engine", help="Where documents are processed: local (processes) or dask."),
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        help="With --engine dask: the scheduler of a running cluster (tcp://HOST:8786); "
        "without it a local cluster is started.",
        show_default=False,
    ),
]
ActorOption = Annotated[
    str | None, typer.Option(help="Entity id or country code (PRK, kim-jong-un).")
]
StatusOption = Annotated[
    str | None, typer.Option(help="asserted, reported, possible, planned, denied, estimated.")
]
SinceOption = Annotated[
    str | None, typer.Option(help="From this date (2024, 2024-10, 2024-10-08).")
]
UntilOption = Annotated[str | None, typer.Option(help="Up to this date, inclusive.")]
JsonOption = Annotated[bool, typer.Option("--json", help="JSON Lines output.")]
LimitOption = Annotated[int | None, typer.Option(help="At most this many rows.")]
OffsetOption = Annotated[int, typer.Option(help="Skip this many rows first (for paging).")]
LangOption = Annotated[
    str | None, typer.Option("--lang", help="Only what documents in this language tell (ja…).")
]
CsvOption = Annotated[bool, typer.Option("--csv", help="CSV on stdout (the export's columns).")]


def add_row(table: Table, *cells: object) -> None:
    """Add a row of plain text: article text is data, never rich markup ([link=…])."""
    table.add_row(*(Text(str(cell)) for cell in cells))


def ref_id(ref: EntityRef | None) -> str:
    return ref.id if ref else "-"


def print_jsonl(rows: Iterable[JSON]) -> None:
    for row in rows:
        out.print(json_line(row), markup=False, soft_wrap=True)


def print_csv(table: tables.Table) -> None:
    """A table as CSV on stdout, with the export's columns."""
    write_csv(table, sys.stdout)


def print_stats(stats: Stats) -> None:
    table = Table(show_header=False, box=None)
    counts = (
        ("database", stats.database),
        ("schema_version", stats.schema_version),
        ("documents", stats.documents),
        ("aggregators", stats.aggregators),
        ("sections", stats.sections),
        ("duplicates", stats.duplicates),
        ("characters", stats.characters),
        ("entities", stats.entities),
        ("events", stats.events),
        ("event_reports", stats.event_reports),
        ("figures", stats.figures),
        ("findings", stats.findings),
    )
    for key, value in counts:
        add_row(table, key, str(value))
    add_row(table, "languages", ", ".join(f"{k} {v}" for k, v in stats.languages.items()))
    add_row(table, "dropped", ", ".join(f"{k} {v}" for k, v in stats.dropped.items()))
    add_row(table, "dates", f"{stats.first_date} … {stats.last_date}")
    out.print(table)


def print_documents(store: StoreReader) -> None:
    table = Table(title="documents")
    for col in ("id", "lang", "kind", "published", "chars", "dropped"):
        table.add_column(col, no_wrap=True)
    table.add_column("title", no_wrap=True, overflow="ellipsis", max_width=40)
    for d in store.documents():
        date = d.published or (f"≥{d.published_not_before}" if d.published_not_before else "-")
        kind = d.kind + (f" ({len(d.sections)})" if d.sections else "")
        if d.duplicate_of:
            kind += " copy"
        title = d.title or Path(d.source).name
        add_row(
            table, d.id, d.language or "?", kind, date, str(len(d.text)), str(len(d.dropped)), title
        )
    out.print(table)


def engine_from_options(name: str, workers: int | None, scheduler: str | None) -> Engine:
    """The engine ``--engine``, ``--workers`` and ``--scheduler`` ask for (exit 2 for options
    that do not fit)."""
    if name not in ENGINES:
        err.print(f"error: --engine must be one of {', '.join(ENGINES)}", markup=False)
        raise typer.Exit(2)
    if name == "local":
        if scheduler is not None:
            err.print("error: --scheduler needs --engine dask", markup=False)
            raise typer.Exit(2)
        return LocalEngine(workers)
    if scheduler is not None and workers is not None:
        err.print(
            "error: --workers sizes a local cluster; a scheduler's cluster has its own workers",
            markup=False,
        )
        raise typer.Exit(2)
    if not logging.getLogger("kansoku").isEnabledFor(logging.DEBUG):
        # Dask's own log lines (a lost connection, a retried task) would break the
        # one-line-per-item output; --debug keeps them.
        import distributed  # noqa: F401  (installs the handlers quietened here)

        for handler in logging.getLogger("distributed").handlers:
            handler.setLevel(logging.CRITICAL)
    return DaskEngine(scheduler=scheduler, workers=workers)
