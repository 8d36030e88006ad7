"""Commands that list what was extracted: events, figures, findings, series, entities."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from kansoku import tables
from kansoku.cli.common import (
    ActorOption,
    CsvOption,
    DbOption,
    JsonOption,
    LangOption,
    LimitOption,
    OffsetOption,
    SinceOption,
    StatusOption,
    UntilOption,
    add_row,
    app,
    open_db,
    out,
    print_csv,
    print_jsonl,
    ref_id,
)
from kansoku.export import (
    entity_json,
    event_json,
    figure_json,
    finding_json,
    plain_number,
)
from kansoku.facts import finding_facts
from kansoku.knowledge import default_knowledge
from kansoku.store import DEFAULT_DB
from kansoku.store.records import EventFilter, FigureFilter, StoredFigure


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
    lang: LangOption = None,
    as_csv: CsvOption = False,
) -> None:
    """Events found in the stored articles, by date, each with all its reports."""
    where = EventFilter(
        actor=actor, type=type_, status=status, since=since, until=until, language=lang
    )
    store = open_db(db)
    try:
        rows = list(store.events(where, limit=limit, offset=offset))
        if as_csv:
            docs = tables.Documents(store)
            return print_csv(tables.events_table(rows, docs, default_knowledge()))
    finally:
        store.close()
    if as_json:
        return print_jsonl(event_json(e) for e in rows)
    table = Table(title=f"{len(rows)} events")
    for col in ("date", "type", "actor", "target", "status", "source", "evidence"):
        table.add_column(col, no_wrap=col != "evidence")
    for e in rows:
        quote = e.evidence[0].quote[:80] if e.evidence else ""
        add_row(table,
            e.date.start or "-", f"{e.type}/{e.mode or ''}", ref_id(e.actor), ref_id(e.target),
            e.status, ref_id(e.source), quote,
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
    lang: LangOption = None,
    as_csv: CsvOption = False,
) -> None:
    """Reported numbers: value, qualifier, whose, as of when, who says so."""
    where = FigureFilter(
        actor=actor, kind=kind, status=status, since=since, until=until, language=lang
    )
    store = open_db(db)
    try:
        rows = list(store.figures(where, limit=limit, offset=offset))
        if as_csv:
            docs = tables.Documents(store)
            return print_csv(tables.figures_table(rows, docs, default_knowledge()))
    finally:
        store.close()
    if as_json:
        return print_jsonl(figure_json(f) for f in rows)
    table = Table(title=f"{len(rows)} figures")
    for col in ("as of", "kind", "value", "whose", "status", "source", "as written"):
        table.add_column(col, no_wrap=True)
    for f in rows:
        value = f"{plain_number(f.value):,}" + (f"–{f.value_max:,.0f}" if f.value_max else "")
        if f.qualifier != "exact":
            value += f" ({f.qualifier})"
        add_row(table,
            f.as_of or "-", f.kind, value, ref_id(f.subject), f.status, ref_id(f.source), f.quantity,
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
    lang: LangOption = None,
    as_csv: CsvOption = False,
) -> None:
    """Where reports line up into series, disagree, deny each other or contradict themselves:
    each finding with the facts it links (value or event, whose, date, who says so, quote)."""
    store = open_db(db)
    try:
        docs = tables.Documents(store)
        found = list(tables.findings_in(store, docs, kind, lang, limit, offset))
        if as_csv:
            return print_csv(tables.findings_table(found, docs))
        rows = [(f, finding_facts(store, f)) for f in found]
    finally:
        store.close()
    if as_json:
        return print_jsonl(finding_json(f, facts) for f, facts in rows)
    out.print(f"{len(rows)} findings", style="bold")
    for finding, facts in rows:
        table = Table(title=Text(f"{finding.kind}: {finding.summary}"), title_justify="left")
        for column in ("value / event", "measure", "whose", "date", "source", "quote"):
            table.add_column(column, no_wrap=column != "quote")
        for fact in facts:
            quote = fact.evidence[0].quote if fact.evidence else ""
            add_row(table,
                fact.what if fact.fact != "sentence" else "(sentence)", fact.measure or "-",
                ref_id(fact.owner), fact.date or "-", ref_id(fact.source), short_quote(quote),
            )  # fmt: skip
        out.print(table)


def short_quote(text: str, width: int = 90) -> str:
    """A quote on one line, cut to ``width``."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@app.command("series")
def series_cli(
    db: DbOption = DEFAULT_DB,
    kind: Annotated[str | None, typer.Option(help="Only series of this kind (troops…).")] = None,
) -> None:
    """Each reported quantity drawn as bars over time, one bar per report and source."""
    store = open_db(db)
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


@app.command("entities")
def entities_cli(
    db: DbOption = DEFAULT_DB,
    lang: LangOption = None,
    as_csv: CsvOption = False,
    as_json: JsonOption = False,
) -> None:
    """Entities the articles mention: names in each language, mentions, documents."""
    store = open_db(db)
    try:
        docs = tables.Documents(store)
        found = list(tables.entities_in(store, docs, lang))
        if as_json:
            return print_jsonl(entity_json(e) for e in found)
        if as_csv:
            return print_csv(tables.entities_table(found, docs))
        rows = [tables.entity_row(e, docs) for e in found]
    finally:
        store.close()
    # The names in the languages kansoku reads (--csv and --json carry every name).
    view = Table(title=f"{len(rows)} entities")
    for col, width in (("id", 28), ("kind", 12), ("country", 7), ("mentions", 8), ("docs", 4),
                       ("en", 14), ("ja", 14), ("ko", 14)):  # fmt: skip
        view.add_column(col, no_wrap=True, max_width=width, min_width=min(width, 8))
    for r in rows:
        add_row(view, r.entity_id, r.kind, r.country or "-", r.mentions, r.documents,
             *(n[0] if n else "-" for n in (r.names_en, r.names_ja, r.names_ko)))  # fmt: skip
    out.print(view)
