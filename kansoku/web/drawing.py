"""From a view's dict to the SVG its page draws: the templates call these, so the views
stay plain data and the charts (``charts``, ``geo``) stay free of the views' shapes. The
report draws with the same functions."""

from __future__ import annotations

from markupsafe import Markup

from kansoku.export import JSON
from kansoku.web import charts, geo
from kansoku.web import flows as flows_svg
from kansoku.web.interface import load_interface


def _source_name(item: JSON) -> str:
    source = item.get("source")
    return source["name_en"] if source else "(no source named)"


def timeline(data: JSON, lang: str = "en") -> Markup:
    window = data["window"]
    if not (window["since"] and window["until"] and data["marks"]):
        return Markup("")
    marks = [
        charts.TimelineMark(
            id=e["id"],
            date_start=e["date"]["start"],
            date_end=e["date"]["end"],
            label=e["line"][lang],
            category=e["type"],
            status=e["status"],
            href=e["href"],
        )
        for e in data["marks"]
    ]
    return Markup(charts.timeline_svg(marks, window["since"], window["until"], lang=lang))


def series(entry: JSON, lang: str = "en") -> Markup:
    points = [
        charts.SeriesPoint(
            id=f["id"],
            date=f["as_of"],
            value=float(f["value"]),
            value_max=float(f["value_max"]) if f["value_max"] is not None else None,
            qualifier=f["qualifier"],
            source=_source_name(f),
            status=f["status"],
            href=f["href"],
            label=f["line"][lang],
        )
        for f in entry["figures"]
    ]
    return Markup(charts.series_svg(points, lang=lang))


def actors(data: JSON, lang: str = "en") -> Markup:
    nodes = [
        charts.ActorNode(
            id=n["id"],
            label=n["names"].get(lang) or n["name_en"],
            kind=n["kind"],
            weight=n["weight"],
            href=n["href"],
        )
        for n in data["nodes"]
    ]
    edges = [
        charts.ActorEdge(
            source_id=e["actor"],
            target_id=e["target"],
            category=e["category"],
            count=e["events"],
            href=e["href"],
        )
        for e in data["edges"]
    ]
    title = load_interface().table(lang)["chart_actors"]
    return Markup(charts.actors_svg(nodes, edges, title=title)) if nodes else Markup("")


def world(data: JSON, lang: str = "en") -> Markup:
    words = load_interface().table(lang)
    at_capital = f" ({words['map_at_capital']})"
    marks = [
        geo.MapMark(
            id=f"{m['place']}-{m['category']}-{m['date']}",
            lon=m["lon"],
            lat=m["lat"],
            weight=m["reports"],
            category=m["category"],
            label=f"{m['names'].get(lang)}{at_capital if m['country_level'] else ''}"
            f": {m['category']} {m['date'] or ''}".strip(),
            date=m["date"],
            href=m["href"],
            place=m["names"].get(lang) or m["place"],
        )
        for m in data["marks"]
    ]
    return Markup(geo.map_svg(marks, title=words["chart_map"]))


def colour(category: str) -> str:
    return charts.category_colour(category)


def ledger(data: JSON, lang: str = "en") -> Markup:
    """The flows between the ledger's two states (the first drawn on the left)."""
    left, right = data["between"]
    if not (left and right and data["rows"]):
        return Markup("")
    flows = [
        flows_svg.Flow(
            item=r["item"],
            outward=r["from"]["id"] == left["id"],
            reports=len(r["evidence"]),
            label=f"{r['item']}: {r['latest']}" if r["latest"] else r["item"],
            unconfirmed=r["unconfirmed"],
            href=f"#row-{r['from']['id']}-{r['item']}",
        )
        for r in data["rows"]
    ]
    return Markup(flows_svg.ledger_svg(left["name_en"], right["name_en"], flows))
