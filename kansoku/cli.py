"""Command line: each command is a thin wrapper over a library function."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from kansoku.demo import sample_corpus
from kansoku.export import (
    JSON,
    event_json,
    figure_json,
    finding_json,
    json_line,
    plain_number,
    search_hit_json,
    stats_json,
)
from kansoku.export import export as export_store
from kansoku.facts import finding_facts
from kansoku.model import Document, ReadError
from kansoku.pipeline import IngestReport, ingest
from kansoku.store import DEFAULT_DB, Store, StoreError, StoreReader, open_store
from kansoku.store.records import EntityRef, EventFilter, FigureFilter, Stats, StoredFigure

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
    typer.Option("--db", envvar="KANSOKU_DB", help="SQLite file (or sqlite:///path)."),
]


def _open(db: str) -> Store:
    try:
        return open_store(db)
    except StoreError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from exc


def run_ingest(sources: list[str], db: str, quiet: bool = False, workers: int = 1) -> IngestReport:
    """Ingest with a progress bar on a terminal; one stderr line per failed item."""
    store = _open(db)
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

            def on_item(item: Document | ReadError) -> None:
                if isinstance(item, ReadError):
                    # One unwrapped line per failure, whatever the terminal width.
                    progress.console.print(str(item), markup=False, soft_wrap=True)
                progress.update(task, advance=1, description=_short(getattr(item, "source", "")))

            return ingest(sources, store, on_item=on_item, workers=workers)
    finally:
        store.close()


def _short(text: str, width: int = 50) -> str:
    return text if len(text) <= width else "…" + text[-width + 1 :]


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
    workers: Annotated[int, typer.Option(help="Processes for cleaning and extraction.")] = 1,
) -> None:
    """Read, clean and store articles. Exit 1 when some items failed (each named on stderr)."""
    report = run_ingest(sources, db, quiet, workers)
    if not quiet:
        out.print(
            f"stored {len(report.stored)} documents ({len(report.duplicates)} duplicates), "
            f"{len(report.unchanged)} unchanged, {len(report.errors)} failed",
            markup=False,
        )
    raise typer.Exit(0 if report.ok else 1)


@app.command("export")
def export_cli(
    out_dir: Annotated[Path, typer.Argument(help="Folder for the JSONL files.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write documents/entities/events/figures/findings.jsonl (shared export contract)."""
    store = _open(db)
    try:
        counts = export_store(store, out_dir)
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
) -> None:
    """Full-text search over the cleaned text of stored documents."""
    store = _open(db)
    try:
        hits = store.search(query, limit=limit)
    finally:
        store.close()
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


def _row(table: Table, *cells: object) -> None:
    """Add a row of plain text: article text is data, never rich markup ([link=…])."""
    table.add_row(*(Text(str(cell)) for cell in cells))


def _ref(ref: EntityRef | None) -> str:
    return ref.id if ref else "-"


def _print_jsonl(rows: Iterable[JSON]) -> None:
    for row in rows:
        out.print(json_line(row), markup=False, soft_wrap=True)


@app.command("events")
def events_cli(
    db: DbOption = DEFAULT_DB,
    actor: ActorOption = None,
    type_: Annotated[
        str | None, typer.Option("--type", help="PLOVER category (AID, AGREE…).")
    ] = None,
    status: StatusOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = None,
    offset: OffsetOption = 0,
    as_json: JsonOption = False,
) -> None:
    """Events found in the stored articles, by date, each with all its reports."""
    where = EventFilter(actor=actor, type=type_, status=status, since=since, until=until)
    store = _open(db)
    try:
        rows = list(store.events(where, limit=limit, offset=offset))
    finally:
        store.close()
    if as_json:
        return _print_jsonl(event_json(e) for e in rows)
    table = Table(title=f"{len(rows)} events")
    for col in ("date", "type", "actor", "target", "status", "source", "evidence"):
        table.add_column(col, no_wrap=col != "evidence")
    for e in rows:
        quote = e.evidence[0].quote[:80] if e.evidence else ""
        _row(table,
            e.date.start or "-", f"{e.type}/{e.mode or ''}", _ref(e.actor), _ref(e.target),
            e.status, _ref(e.source), quote,
        )  # fmt: skip
    out.print(table)


@app.command("figures")
def figures_cli(
    db: DbOption = DEFAULT_DB,
    actor: ActorOption = None,
    kind: Annotated[str | None, typer.Option(help="troops, casualties, shells, money…")] = None,
    status: StatusOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = None,
    offset: OffsetOption = 0,
    as_json: JsonOption = False,
) -> None:
    """Reported numbers: value, qualifier, whose, as of when, who says so."""
    where = FigureFilter(actor=actor, kind=kind, status=status, since=since, until=until)
    store = _open(db)
    try:
        rows = list(store.figures(where, limit=limit, offset=offset))
    finally:
        store.close()
    if as_json:
        return _print_jsonl(figure_json(f) for f in rows)
    table = Table(title=f"{len(rows)} figures")
    for col in ("as of", "kind", "value", "whose", "status", "source", "as written"):
        table.add_column(col, no_wrap=True)
    for f in rows:
        value = f"{plain_number(f.value):,}" + (f"–{f.value_max:,.0f}" if f.value_max else "")
        if f.qualifier != "exact":
            value += f" ({f.qualifier})"
        _row(table,
            f.as_of or "-", f.kind, value, _ref(f.subject), f.status, _ref(f.source), f.quantity,
        )  # fmt: skip
    out.print(table)


@app.command("findings")
def findings_cli(
    db: DbOption = DEFAULT_DB,
    kind: Annotated[
        str | None,
        typer.Option(
            help="figure_series, conflicting_figures, assertion_vs_denial, "
            "date_inconsistency, duplicate_report."
        ),
    ] = None,
    limit: LimitOption = None,
    offset: OffsetOption = 0,
    as_json: JsonOption = False,
) -> None:
    """Where reports line up into series, disagree, deny each other or contradict themselves:
    each finding with the facts it links (value or event, whose, date, who says so, quote)."""
    store = _open(db)
    try:
        rows = [(f, finding_facts(store, f)) for f in store.findings(kind, limit, offset)]
    finally:
        store.close()
    if as_json:
        return _print_jsonl(finding_json(f, facts) for f, facts in rows)
    out.print(f"{len(rows)} findings", style="bold")
    for finding, facts in rows:
        table = Table(title=Text(f"{finding.kind}: {finding.summary}"), title_justify="left")
        for column in ("value / event", "measure", "whose", "date", "source", "quote"):
            table.add_column(column, no_wrap=column != "quote")
        for fact in facts:
            quote = fact.evidence[0].quote if fact.evidence else ""
            _row(table,
                fact.what if fact.fact != "sentence" else "(sentence)", fact.measure or "-",
                _ref(fact.owner), fact.date or "-", _ref(fact.source), _quote(quote),
            )  # fmt: skip
        out.print(table)


def _quote(text: str, width: int = 90) -> str:
    """A quote on one line, cut to ``width``."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@app.command("series")
def series_cli(
    db: DbOption = DEFAULT_DB,
    kind: Annotated[str | None, typer.Option(help="Only series of this kind (troops…).")] = None,
) -> None:
    """Each reported quantity drawn as bars over time, one bar per report and source."""
    store = _open(db)
    try:
        figures = {f.id: f for f in store.figures(FigureFilter(kind=kind))}
        series = [s for s in store.findings("figure_series") if s.figure_ids[0] in figures]
    finally:
        store.close()
    if not series:
        out.print("no quantity has been reported more than once", markup=False)
    for finding in series:
        points = [figures[i] for i in finding.figure_ids if i in figures]
        out.print(finding.summary.split(":")[0], style="bold", markup=False)
        out.print(bar_chart(points), markup=False)


def bar_chart(points: list[StoredFigure], width: int = 40) -> str:
    """Horizontal bars on one scale: date, bar, value, who says so."""
    top = max((p.value_max or p.value) for p in points) or 1
    lines = []
    for p in points:
        length = max(1, round(width * p.value / top))
        extra = round(width * (p.value_max or 0) / top) - length if p.value_max else 0
        bar = "█" * length + "░" * max(0, extra)
        marker = {"at_least": "+", "up_to": "≤", "at_most": "≤", "about": "~"}.get(p.qualifier, "")
        source = p.source.name_en if p.source else "unattributed"
        lines.append(
            f"{(p.as_of or '?'):10} {bar:<{width}} {marker}{p.value:,.0f}  {source} ({p.status})"
        )
    return "\n".join(lines)


@app.command("reconcile")
def reconcile_cli(db: DbOption = DEFAULT_DB) -> None:
    """Rebuild merged events, series and findings from the stored reports."""
    from kansoku.knowledge import default_knowledge
    from kansoku.reconcile import reconcile

    store = _open(db)
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
    store = _open(db)
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
    _print_stats(stats)


def _print_stats(stats: Stats) -> None:
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
        _row(table, key, str(value))
    _row(table, "languages", ", ".join(f"{k} {v}" for k, v in stats.languages.items()))
    _row(table, "dropped", ", ".join(f"{k} {v}" for k, v in stats.dropped.items()))
    _row(table, "dates", f"{stats.first_date} … {stats.last_date}")
    out.print(table)


@app.command("bench")
def bench_cli(
    sources: Annotated[
        list[str] | None, typer.Argument(help="Articles to measure [default: the sample corpus].")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
) -> None:
    """Speed and memory against GiNZA alone, and the recall cost of the sentence filter."""
    from kansoku.bench import bench
    from kansoku.knowledge import default_knowledge

    result = bench(sources or [str(sample_corpus())], default_knowledge())
    if as_json:
        out.print(json.dumps(result, indent=1), markup=False, soft_wrap=True)
        return
    table = Table(show_header=False, box=None)
    for key, value in result.items():
        _row(table, key, str(value))
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
    from kansoku.knowledge import default_knowledge

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
    """Ingest the sample articles, print a summary and write the export."""
    corpus = corpus or sample_corpus()
    out.print(f"sample articles: {corpus}", markup=False)
    report = run_ingest([str(corpus)], db)
    out.print(
        f"stored {len(report.stored)}, unchanged {len(report.unchanged)}, failed {len(report.errors)}",
        markup=False,
    )
    store = _open(db)
    try:
        _print_documents(store)
        _print_stats(store.stats())
        findings = Table(title="findings")
        findings.add_column("kind", no_wrap=True)
        findings.add_column("summary")
        for f in store.findings():
            _row(findings, f.kind, f.summary)
        out.print(findings)
        counts = export_store(store, out_dir)
    finally:
        store.close()
    out.print(
        f"export written to {out_dir}/: " + ", ".join(f"{n} {k}" for k, n in counts.items()),
        markup=False,
    )
    raise typer.Exit(0 if report.ok else 1)


def _print_documents(store: StoreReader) -> None:
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
        _row(
            table, d.id, d.language or "?", kind, date, str(len(d.text)), str(len(d.dropped)), title
        )
    out.print(table)


def main() -> None:
    try:
        app()
    except BrokenPipeError:  # `kansoku search … | head`
        sys.stderr.close()


if __name__ == "__main__":
    main()
