"""``kansoku report``: one self-contained HTML file to mail or archive.

Inline CSS and SVG, no script, no request to anywhere: a summary, the timeline (a chart
and a table), a chart per figure series, the findings, and every fact footnoted with its
quoted sentence, outlet, date and URL. It is built from the same view records and
drawings as the dashboard, so the two never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from kansoku import __version__
from kansoku.export import JSON
from kansoku.facts import events_by_page, publication
from kansoku.knowledge import Knowledge, Outlets, default_knowledge
from kansoku.store import StoreReader
from kansoku.store.records import EventFilter, FigureFilter
from kansoku.web import drawing
from kansoku.web.interface import load_interface
from kansoku.web.svg import web_link
from kansoku.web.timeline import before_window, default_since
from kansoku.web.views import (
    Context,
    coverage,
    event_item,
    figure_item,
    finding_item,
    group_series,
    ledger_view,
)

TEMPLATES = Path(__file__).parent / "web" / "templates"


@dataclass(frozen=True)
class ReportScope:
    """Which facts the report covers (all by default)."""

    actor: str | None = None
    since: str | None = None
    until: str | None = None


@dataclass(frozen=True)
class ReportSummary:
    path: Path
    events: int
    figures: int
    findings: int
    footnotes: int


class Footnotes:
    """Numbers each quoted sentence once, with where it was published."""

    def __init__(self, store: StoreReader, outlets: Outlets) -> None:
        self.store = store
        self.outlets = outlets
        self.notes: list[JSON] = []
        self._numbers: dict[tuple[str, int, int], int] = {}
        self._document = cache(store.document)

    def cite(self, evidence: JSON) -> int:
        key = (evidence["doc_id"], evidence["start"], evidence["end"])
        if key not in self._numbers:
            doc = self._document(evidence["doc_id"])
            where = publication(doc, evidence["start"], self.outlets) if doc else None
            self._numbers[key] = len(self.notes) + 1
            self.notes.append({"n": len(self.notes) + 1, "quote": evidence["quote"],
                               "doc_id": evidence["doc_id"],
                               **(where.__dict__ if where else {})})  # fmt: skip
        return self._numbers[key]


def report_data(store: StoreReader, ctx: Context, scope: ReportScope) -> JSON:
    """The report's one dict: every fact in scope, each evidence numbered as a footnote."""
    notes = Footnotes(store, ctx.knowledge.outlets)
    where = EventFilter(actor=scope.actor, since=scope.since, until=scope.until)
    events = [event_item(ctx, e) for e in events_by_page(store, where)]
    kept = {e["id"] for e in events}
    figure_filter = FigureFilter(actor=scope.actor, since=scope.since, until=scope.until)
    figures = [figure_item(ctx, f) for f in store.figures(figure_filter)]
    kept |= {f["id"] for f in figures}
    findings = [
        finding_item(store, f) for f in store.findings()
        if kept & {*f.event_ids, *f.figure_ids} or not (f.event_ids or f.figure_ids)
    ]  # fmt: skip
    dated = [e for e in events if e["date"]["start"]]
    undated = [e for e in events if not e["date"]["start"]]
    series = group_series(figures)
    # Footnotes numbered in the order the report shows the facts.
    shown = [*dated, *undated, *(f for s in series for f in s["figures"])]
    for fact in shown + [fact for finding in findings for fact in finding["facts"]]:
        fact["notes"] = [notes.cite(ev) for ev in fact["evidence"]]
    until = max((e["date"]["end"] or e["date"]["start"] for e in dated), default=None)
    since = default_since([e["date"]["start"] for e in dated])
    stats = store.stats()
    return {
        "view": "report",
        "scope": scope.__dict__,
        "written_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "version": __version__,
        "stats": stats,
        "coverage": coverage(stats),
        "window": {
            "since": since,
            "until": until,
            "outside": before_window(
                [(e["date"]["start"], e["date"]["end"]) for e in dated], since
            ),
        },
        "events": dated,
        "marks": dated,
        "undated": undated,
        "series": series,
        "figures": figures,
        "findings": findings,
        "ledger": ledger_view(store, ctx, None) if not scope.actor else None,
        "footnotes": notes.notes,
    }


def report(
    store: StoreReader,
    out: str | Path,
    scope: ReportScope | None = None,
    knowledge: Knowledge | None = None,
    lang: str = "en",
) -> ReportSummary:
    """Write the report of ``store`` (facts in ``scope``) to ``out``."""
    ctx = Context(knowledge or default_knowledge(), load_interface())
    if lang not in ctx.ui.languages:
        raise ValueError(f"no interface language {lang!r} (one of {', '.join(ctx.ui.languages)})")
    data = report_data(store, ctx, scope or ReportScope())
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
        trim_blocks=True, lstrip_blocks=True,
    )  # fmt: skip
    env.filters["web_link"] = web_link
    styles = (TEMPLATES.parent / "static" / "style.css").read_text(encoding="utf-8")
    page = env.get_template("report.html").render(
        data=data, lang=lang, t=ctx.ui.table(lang), draw=drawing, styles=styles
    )
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)  # never a half-written report under the name asked for
    return ReportSummary(
        path, len(data["events"]) + len(data["undated"]), len(data["figures"]),
        len(data["findings"]), len(data["footnotes"]),
    )  # fmt: skip
