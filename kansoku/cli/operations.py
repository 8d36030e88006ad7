"""Commands that keep a store up to date: watch (feeds and folders, with alerts) and
reprocess (re-extract what an older extractor read)."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from kansoku.alerts import Alerter, one_line
from kansoku.cli.common import (
    DbOption,
    EngineOption,
    SchedulerOption,
    WorkersOption,
    app,
    engine_from_options,
    err,
    open_db,
    out,
)
from kansoku.engines import EngineError
from kansoku.extract import EXTRACTOR_VERSION
from kansoku.fetch import TIMEOUT
from kansoku.knowledge import default_knowledge
from kansoku.reprocess import ReprocessReport, reprocess
from kansoku.store import DEFAULT_DB, StoreError
from kansoku.watch import Watcher, parse_duration


def _say(line: str) -> None:
    """A log line on stderr, at once (a service's journal reads it as it comes)."""
    print(line, file=sys.stderr, flush=True)


def _alert_line(line: str) -> None:
    print(line, flush=True)


@app.command("watch")
def watch_cli(
    sources: Annotated[
        list[str], typer.Argument(help="RSS/Atom feed URLs, folders, or files (a growing .jsonl).")
    ],
    db: DbOption = DEFAULT_DB,
    every: Annotated[str, typer.Option(help="Poll each source this often (30s, 15m, 1h).")] = "15m",
    retry: Annotated[
        str | None,
        typer.Option(
            help="After a failure, try the source again this soon, then twice as long after "
            "each further one (default: --every or 1m, whichever is shorter).",
            show_default=False,
        ),
    ] = None,
    alerts: Annotated[
        str | None,
        typer.Option(help="Append each alert to this JSON Lines file.", show_default=False),
    ] = None,
    alert_command: Annotated[
        str | None,
        typer.Option(
            help="Run this command for each alert, the alert's JSON on its stdin (split into "
            "words like a shell would, but never run by one).",
            show_default=False,
        ),
    ] = None,
    once: Annotated[
        bool, typer.Option("--once", help="Poll every source once, then exit.")
    ] = False,
    timeout: Annotated[
        float, typer.Option(help="Seconds a web page may take, redirects included.", min=0.1)
    ] = TIMEOUT,
) -> None:
    """Poll feeds and folders, ingest what is new, alert on new or changed findings.
    Stops cleanly (exit 0) on SIGTERM or Ctrl-C."""
    try:
        interval = parse_duration(every)
        first_retry = parse_duration(retry) if retry is not None else None
    except ValueError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from None
    store = open_db(db)
    try:
        alerter = Alerter(store, _alert_line, alerts, alert_command)
        watcher = Watcher(
            sources, store, interval, first_retry, default_knowledge(), alerter, _say, timeout
        )
        _say(
            one_line(
                f"watch: {len(sources)} sources every {every} into {db}"
                + (f", alerts to {alerts}" if alerts else "")
            )
        )
        watcher.run(once=once)
    except (StoreError, OSError, ValueError) as exc:
        err.print(one_line(f"error: {exc}"), markup=False)
        raise typer.Exit(2) from None
    finally:
        store.close()
    _say("watch: stopped")


@app.command("reprocess")
def reprocess_cli(
    db: DbOption = DEFAULT_DB,
    since: Annotated[
        int | None,
        typer.Option(
            help="Re-extract what an extractor older than this version made (default: the "
            f"current one, {EXTRACTOR_VERSION}); facts with no version count as older.",
            show_default=False,
            min=0,
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary.")] = False,
    workers: WorkersOption = None,
    engine_name: EngineOption = "local",
    scheduler: SchedulerOption = None,
) -> None:
    """Re-extract stored documents whose facts an older extractor made; say what changed."""
    engine = engine_from_options(engine_name, workers, scheduler)
    if since is not None and since > EXTRACTOR_VERSION:
        err.print(
            f"error: --since {since} is newer than this kansoku's extractor "
            f"({EXTRACTOR_VERSION}): what it re-extracts would still be older",
            markup=False,
        )
        raise typer.Exit(2)
    store = open_db(db)
    try:
        report = reprocess(store, default_knowledge(), since=since, engine=engine)
    except (StoreError, EngineError) as exc:
        err.print(one_line(f"error: {exc}"), markup=False)
        raise typer.Exit(2) from None
    finally:
        store.close()
    for error in report.errors:
        err.print(one_line(f"error: {error}"), markup=False)
    if as_json:
        out.print(json.dumps(report.as_json(), ensure_ascii=False), markup=False, soft_wrap=True)
    else:
        _print_report(report, quiet)
    raise typer.Exit(1 if report.errors else 0)


def _print_report(report: ReprocessReport, quiet: bool) -> None:
    lines = [
        f"re-extracted {len(report.documents)} documents (extractor older than {report.since}; "
        f"now {report.version}), {len(report.changed_documents)} changed",
        f"facts: {report.count('added')} added, {report.count('removed')} removed, "
        f"{report.count('altered')} altered",
    ]
    if report.findings:
        counts = {
            c: sum(f.change == c for f in report.findings) for c in ("new", "changed", "gone")
        }
        lines.append(
            f"findings: {counts['new']} new, {counts['changed']} changed, {counts['gone']} gone"
        )
    if not quiet:
        marks = {"added": "+", "removed": "-", "altered": "~"}
        for c in report.changes:
            line = f"{marks[c.change]} {c.fact} {c.id} {c.doc_id} [{c.start}:{c.end}] {c.what}"
            if c.change == "altered":
                diffs = ", ".join(
                    f"{k}: {c.before.get(k)!r} → {c.after.get(k)!r}" for k in c.fields if k != "id"
                )
                line += f" (was {c.old_id}" + (f"; {diffs})" if diffs else ")")
            lines.append(line)
        for f in report.findings:
            lines.append(f"{f.change} {f.finding.kind} {f.finding.id}: {f.finding.summary}")
    for line in lines:
        out.print(one_line(line), markup=False, soft_wrap=True)
