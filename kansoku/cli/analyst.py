"""The analyst's interfaces: cited answers, the dashboard, the report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from kansoku.cli.common import DbOption, add_row, app, err, open_db, out
from kansoku.export import json_line
from kansoku.knowledge import default_knowledge
from kansoku.store import DEFAULT_DB, StoreError


@app.command("ask")
def ask_cli(
    question: Annotated[str, typer.Argument(help="A question in Japanese, English or Korean.")],
    db: DbOption = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    limit: Annotated[
        int | None,
        typer.Option(min=0, help="Facts to cite (default: 20)."),
    ] = None,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many of the best facts.")] = 0,
) -> None:
    """Answer a question from the stored facts, each line cited; say so when it cannot."""
    from kansoku.ask import answer_json, answer_text, ask
    from kansoku.web.interface import load_interface
    from kansoku.web.views import coverage

    store = open_db(db)
    try:
        answer = ask(store, question, default_knowledge(), limit=limit, offset=offset)
        read = coverage(store.stats())  # the counts every dashboard view shows
    finally:
        store.close()
    if as_json:
        data = answer_json(answer, read)
        out.print(json.dumps(data, ensure_ascii=False, indent=1), markup=False)
        return
    told = load_interface().table("en")["coverage_line"].format(**read)
    for line in answer_text(answer, told):
        out.print(line, markup=False)


@app.command("serve")
def serve_cli(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on (this machine only).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """The read-only dashboard in a browser: timeline, actors, figures, findings, map,
    documents, search and cited answers (HTML, and JSON at each path + .json)."""
    import uvicorn

    from kansoku.web.app import create_app

    try:
        web = create_app(db)
    except StoreError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from exc
    out.print(f"kansoku dashboard on http://{host}:{port}/ (Ctrl-C stops it)", markup=False)
    uvicorn.run(web, host=host, port=port, log_level="warning")


@app.command("report")
def report_cli(
    out_file: Annotated[Path, typer.Argument(help="The HTML file to write.")],
    db: DbOption = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Only this actor's facts (entity id).")] = None,
    since: Annotated[str | None, typer.Option(help="Only facts dated from (ISO date).")] = None,
    until: Annotated[str | None, typer.Option(help="Only facts dated until (ISO date).")] = None,
    lang: Annotated[str, typer.Option(help="Interface language: en or ja.")] = "en",
) -> None:
    """One self-contained HTML report (no script, no network) to mail or archive."""
    from kansoku.report import ReportScope, report

    store = open_db(db)
    try:
        done = report(store, out_file, ReportScope(actor, since, until), lang=lang)
    except ValueError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from exc
    finally:
        store.close()
    out.print(
        f"report written to {done.path}: {done.events} events, {done.figures} figures, "
        f"{done.findings} findings, {done.footnotes} quoted sentences",
        markup=False,
    )


@app.command("ledger")
def ledger_cli(
    db: DbOption = DEFAULT_DB,
    between: Annotated[
        tuple[str, str] | None,
        typer.Option(
            help="The two states (default: the topic's pair, RUS PRK).", show_default=False
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
) -> None:
    """The exchange ledger: what each state is reported to send the other, how much, when
    and according to whom, each row with its evidence."""
    from kansoku.ledger import ledger, row_json

    store = open_db(db)
    try:
        rows = ledger(store, default_knowledge(), between)
    finally:
        store.close()
    if as_json:
        out.print(json_line({"rows": [row_json(r) for r in rows]}), markup=False, soft_wrap=True)
        return
    table = Table(title="exchange ledger")
    for column in ("from → to", "item", "amounts", "reported", "sources", "statuses", "events"):
        table.add_column(column)
    for row in rows:
        first, last = row.reported
        amounts = ", ".join(f"{a.quantity} ({a.date or '?'})" for a in row.amounts) or "-"
        add_row(
            table, f"{row.giver.id} → {row.receiver.id}", row.item, amounts,
            f"{first or '?'} – {last or '?'}", ", ".join(sorted(row.sources)) or "-",
            ", ".join(row.statuses) + (" (unconfirmed)" if row.unconfirmed else ""),
            len(row.events),
        )  # fmt: skip
    out.print(table)
