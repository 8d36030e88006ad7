"""The charts' SVG: well-formed, one mark per datum, article text escaped, dates drawn at
their precision, undated values apart."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
import yaml

from kansoku.web.charts import (
    ActorEdge,
    ActorNode,
    SeriesPoint,
    TimelineMark,
    actors_svg,
    category_colour,
    series_svg,
    source_colours,
    timeline_svg,
)
from kansoku.web.svg import PALETTE, date_ticks, format_number, parse_period

NS = "{http://www.w3.org/2000/svg}"
HOSTILE = '<script>alert("x")</script> & \'quoted\' "double" </title><g>'


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{NS}svg"
    assert root.get("role") == "img" and re.fullmatch(r"0 0 [\d.]+ [\d.]+", root.get("viewBox", ""))
    assert root[0].tag == f"{NS}title" and root[0].text and root[1].tag == f"{NS}desc"
    return root


def marks(root: ET.Element, kind: str = "mark") -> list[ET.Element]:
    return [e for e in root.iter() if kind in (e.get("class") or "").split()]


def links(root: ET.Element) -> list[str]:
    return [a.get("href", "") for a in root.iter(f"{NS}a")]


def tooltip(mark: ET.Element) -> str:
    return mark.find(f"{NS}title").text or ""


# -- timeline ---------------------------------------------------------------------------------


def tm(id: str, start: str, end: str | None = None, category: str = "AID", status: str = "asserted",
       label: str = "an event") -> TimelineMark:  # fmt: skip
    return TimelineMark(id, start, end, label, category, status, f"/events/{id}")


def test_timeline_draws_each_mark_in_the_window_and_links_it():
    given = [
        tm("a", "2024-06-19"),
        tm("b", "2024-10", category="MOBILIZE", status="reported"),
        tm("c", "2024", category="AGREE", status="possible"),
        tm("d", "2024-11-29", "2024-11-30", category="CONSULT", status="denied"),
        tm("e", "2022-02-24"),  # before the window
        tm("f", "2026-01"),  # after it
        tm("g", "not a date"),
    ]
    root = parse(timeline_svg(given, "2024-01", "2024-12"))
    drawn = marks(root)
    assert [m.get("data-id") for m in drawn] == ["c", "d", "a", "b"]  # lanes in palette order
    assert sorted(links(root)) == ["/events/a", "/events/b", "/events/c", "/events/d"]
    assert {m.get("data-category") for m in drawn} == {"AID", "MOBILIZE", "AGREE", "CONSULT"}
    assert (
        drawn[2].get("data-date") == "2024-06-19" and drawn[1].get("data-date-end") == "2024-11-30"
    )


def widths(svg: str) -> dict[str, float]:
    return {m.get("data-id"): float(m.find(f"{NS}rect").get("width")) for m in marks(parse(svg))
            if m.find(f"{NS}rect") is not None}  # fmt: skip


def test_a_month_is_drawn_across_the_month_and_a_year_across_the_year():
    given = [
        tm("year", "2024"),
        tm("june", "2024-06", category="CONSULT"),
        tm("day", "2024-06-19", category="AGREE"),
    ]
    root = parse(timeline_svg(given, "2024", "2024"))
    drawn = {m.get("data-id"): m for m in marks(root)}
    width = widths(timeline_svg(given, "2024", "2024"))
    assert width["june"] / width["year"] == pytest.approx(30 / 366, rel=0.02)
    assert drawn["day"].find(f"{NS}circle") is not None  # one day is a dot, never a bar
    assert drawn["june"].find(f"{NS}circle") is None


def test_a_mark_across_the_window_edge_is_cut_at_it():
    width = widths(
        timeline_svg(
            [tm("long", "2023", "2025"), tm("year", "2024", category="AGREE")], "2024", "2024"
        )
    )
    assert width["long"] == pytest.approx(width["year"])


def test_marks_of_one_lane_that_overlap_go_to_separate_rows():
    root = parse(
        timeline_svg(
            [tm("a", "2024-06-19"), tm("b", "2024-06-19"), tm("c", "2024-06")], "2024", "2024"
        )
    )
    ys = {m.get("data-id"): next(float(s.get("cy") or s.get("y")) for s in m if s.tag in (f"{NS}circle", f"{NS}rect"))
          for m in marks(root)}  # fmt: skip
    assert len({round(y) for y in ys.values()}) == 3


def test_status_is_drawn_solid_lighter_faint_or_crossed():
    given = [tm(s, "2024-03-0" + str(i + 1), status=s, category=f"C{i}") for i, s in
             enumerate(["asserted", "reported", "planned", "denied"])]  # fmt: skip
    shapes = {m.get("data-id"): m for m in marks(parse(timeline_svg(given, "2024-03", "2024-03")))}
    opacity = {k: float(m.find(f"{NS}circle").get("fill-opacity")) for k, m in shapes.items()}
    assert opacity["asserted"] > opacity["reported"] > opacity["planned"]
    assert shapes["planned"].find(f"{NS}circle").get("stroke-dasharray")
    assert shapes["denied"].find(f"{NS}path") is not None  # the cross
    assert shapes["denied"].find(f"{NS}circle").get("fill") == "#ffffff"


def test_article_text_is_escaped_everywhere():
    mark = TimelineMark('x"><script>', "2024-05", None, HOSTILE, "AID", "reported", '/e?a=1&b="2"')
    svg = timeline_svg([mark], "2024", "2024")
    assert "<script>" not in svg and "</title><g>" not in svg
    root = parse(svg)
    (drawn,) = marks(root)
    assert HOSTILE.split()[0] in tooltip(drawn) and drawn.get("data-id") == 'x"><script>'
    assert links(root) == ['/e?a=1&b="2"']


def test_only_safe_links_are_kept():
    mark = TimelineMark("x", "2024-05", None, "label", "AID", "reported", "javascript:alert(1)")
    assert not links(parse(timeline_svg([mark], "2024", "2024")))


def test_an_empty_window_is_still_a_chart():
    root = parse(timeline_svg([], "2024-01", "2024-02"))
    assert not marks(root) and "No events" in ET.tostring(root, encoding="unicode")
    with pytest.raises(ValueError):
        timeline_svg([], "yesterday", "2024")


@pytest.mark.parametrize(
    ("start", "end", "first"),
    [("2014", "2025", "2014"), ("2024-01", "2024-12", "Jan 2024"), ("2024-06-01", "2024-06-20", "1 Jun 2024"),
     ("2024-06", "2024-08", "3 Jun 2024")],
)  # fmt: skip
def test_axis_ticks_follow_the_span(start, end, first):
    ticks = date_ticks(parse_period(start).start, parse_period(end).end, 12)
    assert ticks[0][1] == first and 4 <= len(ticks) <= 12


# -- series -----------------------------------------------------------------------------------


def sp(id: str, date: str | None, value: float, qualifier: str = "exact", source: str = "NIS",
       value_max: float | None = None, status: str = "reported") -> SeriesPoint:  # fmt: skip
    return SeriesPoint(
        id, date, value, value_max, qualifier, source, status, f"/f/{id}", f"label {id}"
    )


def centre_x(mark: ET.Element) -> float:
    shape = [e for e in mark if e.tag in (f"{NS}circle", f"{NS}polygon", f"{NS}rect")][-1]
    if shape.tag == f"{NS}circle":
        return float(shape.get("cx"))
    if shape.tag == f"{NS}rect":
        return float(shape.get("x")) + float(shape.get("width")) / 2
    return float(shape.get("points").split()[0].split(",")[0])


def test_series_draws_one_mark_per_report_and_undated_ones_apart():
    given = [
        sp("a", "2024-10-18", 1500, "about"),
        sp("b", "2024-11", 11000, "at_least", "Pentagon"),
        sp("c", "2024-12-01", 11000, "exact", "GUR", value_max=12000),
        sp("d", None, 10000, "up_to", "Yonhap"),
        sp("e", None, 12000, "several", ""),
    ]
    root = parse(series_svg(given))
    drawn = {m.get("data-id"): m for m in marks(root)}
    assert set(drawn) == set("abcde") and len(links(root)) == 5
    assert min(centre_x(drawn[k]) for k in "de") > max(centre_x(drawn[k]) for k in "abc") + 20
    assert "undated" in [t.text for t in root.iter(f"{NS}text")]
    assert drawn["d"].get("data-date") is None and drawn["e"].get("data-source") == "unattributed"


def test_series_shapes_say_the_qualifier():
    given = [sp("exact", "2024-01", 10), sp("about", "2024-02", 10, "about"), sp("least", "2024-03", 10, "at_least"),
             sp("most", "2024-04", 10, "at_most"), sp("range", "2024-05", 10, value_max=20)]  # fmt: skip
    drawn = {m.get("data-id"): m for m in marks(parse(series_svg(given)))}
    assert drawn["exact"].find(f"{NS}circle").get("fill") != "#ffffff"
    assert drawn["about"].find(f"{NS}circle").get("fill") == "#ffffff"  # hollow
    for key, up in (("least", True), ("most", False)):
        ys = [float(p.split(",")[1]) for p in drawn[key].find(f"{NS}polygon").get("points").split()]
        assert (ys[0] < ys[1]) is up  # the apex above (≥) or below (≤)
    assert "≥10" in tooltip(drawn["least"]) and "at least" in tooltip(drawn["least"])
    bar = drawn["range"].find(f"{NS}rect")
    assert float(bar.get("height")) > 20 and "10–20" in tooltip(drawn["range"])
    # a month is drawn across the month behind its mark
    assert drawn["exact"].find(f"{NS}path") is not None


def test_series_escapes_sources_and_labels():
    point = SeriesPoint("x", "2024-01", 5, None, "exact", HOSTILE, "reported", None, HOSTILE)
    svg = series_svg([point])
    assert "<script>" not in svg
    root = parse(svg)
    assert HOSTILE in tooltip(marks(root)[0]).replace("\n", " ")
    assert HOSTILE in [t.text for t in root.iter(f"{NS}text")]  # the legend


def test_series_with_nothing_is_still_a_chart():
    assert not marks(parse(series_svg([])))


@pytest.mark.parametrize(
    ("value", "scale", "text"),
    [(950, None, "950"), (1000, None, "1,000"), (10000, None, "10k"), (12500, None, "12.5k"),
     (1_200_000, None, "1.2M"), (3e9, None, "3B"), (5000, 15000, "5k"), (0, 15000, "0"), (2.5, None, "2.5")],
)  # fmt: skip
def test_numbers_are_readable(value, scale, text):
    assert format_number(value, scale) == text


# -- colours ----------------------------------------------------------------------------------


def test_every_category_has_its_own_colour():
    categories = yaml.safe_load((PALETTE.parent / "categories.yaml").read_text())["categories"]
    colours = {c: category_colour(c) for c in categories}
    assert len(set(colours.values())) == len(categories)
    assert category_colour("NOT_A_CATEGORY") not in colours.values()
    assert all(re.fullmatch(r"#[0-9A-Fa-f]{6}", c) for c in colours.values())


def test_source_colours_are_stable_and_distinct():
    first = source_colours(["NIS", "Pentagon", "GUR", None])
    assert first == source_colours([None, "GUR", "NIS", "Pentagon", "NIS"])
    assert len({first[s] for s in ("NIS", "Pentagon", "GUR")}) == 3
    assert first["unattributed"] not in {first[s] for s in ("NIS", "Pentagon", "GUR")}


# -- actors -----------------------------------------------------------------------------------

NODES = [ActorNode("RUS", "Russia", "country", 40, "/a/RUS"), ActorNode("PRK", "North Korea", "country", 38, "/a/PRK"),
         ActorNode("UKR", "Ukraine", "country", 20), ActorNode("USA", "United States", "country", 12),
         ActorNode("kim", HOSTILE, "person", 5)]  # fmt: skip
EDGES = [ActorEdge("PRK", "RUS", "AID", 24, "/x?a=1&b=2"), ActorEdge("RUS", "PRK", "AID", 8),
         ActorEdge("RUS", "PRK", "AGREE", 6), ActorEdge("PRK", "UKR", "ASSAULT", 12),
         ActorEdge("USA", "UKR", "SUPPORT", 3), ActorEdge("kim", "kim", "MOBILIZE", 2),
         ActorEdge("PRK", "nobody", "AID", 1)]  # fmt: skip


def test_actors_draws_each_actor_and_each_known_link():
    svg = actors_svg(NODES, EDGES)
    root = parse(svg)
    assert len(marks(root, "node")) == 5
    edges = marks(root, "edge")
    assert len(edges) == 6  # the edge to an actor not given is left out
    assert all(e.find(f"{NS}polygon") is not None for e in edges)  # arrowheads
    assert "/x?a=1&b=2" in links(root) and "<script>" not in svg
    assert svg == actors_svg(list(reversed(NODES)), EDGES)  # no randomness, no input order


def test_parallel_links_of_one_pair_are_drawn_apart():
    root = parse(actors_svg(NODES, EDGES))
    paths = [e.find(f"{NS}path").get("d") for e in marks(root, "edge")
             if {e.get("data-source"), e.get("data-target")} == {"RUS", "PRK"}]  # fmt: skip
    assert len(paths) == 3 and len(set(paths)) == 3
    controls = {tuple(re.search(r"Q([\d.]+) ([\d.]+)", d).groups()) for d in paths}
    assert len(controls) == 3


def test_link_width_grows_with_count():
    root = parse(actors_svg(NODES, EDGES))
    width = {(e.get("data-source"), e.get("data-category")): float(e.find(f"{NS}path").get("stroke-width"))
             for e in marks(root, "edge")}  # fmt: skip
    assert width[("PRK", "AID")] > width[("PRK", "ASSAULT")] > width[("USA", "SUPPORT")]


def test_actors_with_nobody_is_still_a_chart():
    assert not marks(parse(actors_svg([], [])), "node")
    assert len(marks(parse(actors_svg(NODES[:1], [])), "node")) == 1


# -- the charts' own words ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "events", "no_events", "series", "no_values"),
    [
        ("en", "Events over time", "No events in this period", "Reported values over time",
         "No reported values"),
        ("ja", "出来事の推移", "この期間の出来事なし", "報じられた数値の推移", "報じられた数値なし"),
    ],
)  # fmt: skip
def test_a_chart_s_own_words_are_in_the_interface_language(
    lang, events, no_events, series, no_values
):
    timeline = parse(timeline_svg([], "2024-01", "2024-12", lang=lang))
    assert timeline[0].text == events and no_events in "".join(timeline.itertext())
    values = parse(series_svg([], lang=lang))
    assert values[0].text == series and no_values in "".join(values.itertext())
