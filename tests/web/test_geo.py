"""The map: a TopoJSON decoder checked on a topology small enough to work out by hand, and
the theatre map drawn from the vendored Natural Earth outlines."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from kansoku.web.geo import (
    THEATRE,
    WORLD_ATLAS,
    MapMark,
    Projection,
    clip,
    decode,
    fit_bbox,
    load_shapes,
    map_svg,
    thin,
    unwrap,
)

NS = "{http://www.w3.org/2000/svg}"

# Three quantized, delta-encoded arcs on a grid of half-degrees from (10°E, 20°N):
#   arc 0: (10,20) → (11,20) → (11,21)     arc 1: (11,21) → (10,21) → (10,20)
#   arc 2: (10,20) → (10,21) → (11,21)
TINY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
    "arcs": [[[0, 0], [2, 0], [0, 2]], [[2, 2], [-2, 0], [0, -2]], [[0, 0], [0, 2], [2, 0]]],
    "objects": {
        "countries": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "id": "1", "properties": {"name": "Square"}},
                {
                    "type": "MultiPolygon",
                    "arcs": [[[~0, 2]], [[2, 1]]],
                    "id": "2",
                    "properties": {"name": "Halves"},
                },
                {"type": "Point", "coordinates": [3, 3]},
                {
                    "type": "GeometryCollection",
                    "geometries": [
                        {"type": "Polygon", "arcs": [[1, 0]], "properties": {"name": "Nested"}}
                    ],
                },
            ],
        }
    },
}


def test_decoder_round_trip_on_a_hand_made_topology():
    square, halves, nested = decode(TINY)
    assert (square.id, square.name) == ("1", "Square")
    assert square.polygons == (((((10, 20), (11, 20), (11, 21), (10, 21), (10, 20))),),)
    # ~0 is arc 0 backwards: from (11,21) down to (10,20), then arc 2 back up to (11,21)
    assert halves.polygons[0] == (((11, 21), (11, 20), (10, 20), (10, 21), (11, 21)),)
    assert halves.polygons[1] == (((10, 20), (10, 21), (11, 21), (10, 21), (10, 20)),)
    assert nested.name == "Nested" and nested.polygons[0][0][0] == (11, 21)
    for shape in (square, halves, nested):
        for polygon in shape.polygons:
            assert all(ring[0] == ring[-1] for ring in polygon)  # closed


def test_decoder_reads_unquantized_topologies():
    plain = {"type": "Topology", "arcs": [[[0.5, 0.5], [1.5, 0.5], [1.5, 1.5], [0.5, 0.5]]],
             "objects": {"land": {"type": "Polygon", "arcs": [[0]]}}}  # fmt: skip
    (shape,) = decode(plain, "land")
    assert shape.polygons == ((((0.5, 0.5), (1.5, 0.5), (1.5, 1.5), (0.5, 0.5)),),)


def test_the_vendored_outlines_load_once():
    shapes = load_shapes()
    assert shapes is load_shapes()  # cached
    names = {s.name for s in shapes}
    assert {"Russia", "North Korea", "South Korea", "Ukraine", "Japan", "China"} <= names
    assert (WORLD_ATLAS.parent / "LICENSE").exists()
    assert len(shapes) == len(
        json.loads(WORLD_ATLAS.read_text())["objects"]["countries"]["geometries"]
    )


def test_projection_fits_the_box():
    project = Projection(THEATRE, 960)
    assert project(THEATRE[0], THEATRE[3]) == pytest.approx((0, 0))
    assert project(THEATRE[2], THEATRE[1]) == pytest.approx((960, project.height))
    assert 400 < project.height < 600  # cos(51°) squeezes longitudes


def test_clipping_thinning_and_the_antimeridian():
    ring = [(-5, -5), (5, -5), (5, 5), (-5, 5)]
    clipped = clip(ring, (0, 0, 10, 10))
    assert all(0 <= x <= 10 and 0 <= y <= 10 for x, y in clipped) and (5, 5) in clipped
    assert thin([(0, 0), (0.1, 0.1), (0.2, 0), (3, 3)]) == [(0, 0), (3, 3)]
    assert unwrap([(179.5, 66), (-179.5, 66), (-170, 65), (179, 64)]) == [
        (179.5, 66), (180.5, 66), (190, 65), (179, 64)]  # fmt: skip


def marks(root: ET.Element) -> list[ET.Element]:
    return [e for e in root.iter() if "mark" in (e.get("class") or "").split()]


MARKS = [
    MapMark("kursk", 36.1, 51.6, 30, "ASSAULT", "Kursk Oblast: ASSAULT", "2024-12", "/m/kursk", "Kursk Oblast"),
    MapMark("kursk2", 36.1, 51.6, 5, "AID", "Kursk Oblast: AID", "2024-10", "/m/kursk2", "Kursk Oblast"),
    MapMark("pyongyang", 125.738, 39.019, 12, "CONSULT", "<script>alert('x')</script> & co", "2024-06-19", "/m/p"),
    MapMark("vladivostok", 131.885, 43.115, 3, "AID", "Vladivostok", None, None),
    MapMark("washington", -77.037, 38.907, 4, "PROTEST", "Washington", "2024-11", "/m/w"),
]  # fmt: skip


def test_map_of_the_theatre_is_small_and_well_formed():
    svg = map_svg(MARKS)
    assert len(svg.encode()) < 300_000
    root = ET.fromstring(svg)
    assert root.get("role") == "img" and root.get("viewBox") and root[0].tag == f"{NS}title"
    countries = {p.get("data-name") for p in root.iter(f"{NS}path") if p.get("class") == "country"}
    assert {"Russia", "North Korea", "Ukraine", "Japan", "China", "Mongolia"} <= countries
    assert "United States of America" not in countries  # outside the box


def test_map_marks_one_circle_per_mark_inside_the_box():
    svg = map_svg(MARKS)
    root = ET.fromstring(svg)
    drawn = {m.get("data-id"): m for m in marks(root)}
    assert set(drawn) == {"kursk", "kursk2", "pyongyang", "vladivostok"}  # Washington is outside
    assert "1 outside" in root[1].text
    assert (
        drawn["kursk"].get("data-date") == "2024-12"
        and drawn["vladivostok"].get("data-date") is None
    )
    radius = {k: float(m.find(f"{NS}circle").get("r")) for k, m in drawn.items()}
    assert radius["kursk"] > radius["pyongyang"] > radius["vladivostok"]
    assert "<script>" not in svg and "alert('x')" in drawn["pyongyang"].find(f"{NS}title").text
    hrefs = [a.get("href") for a in root.iter(f"{NS}a")]
    assert sorted(hrefs) == ["/m/kursk", "/m/kursk2", "/m/p"]


def test_marks_at_one_spot_fan_out():
    root = ET.fromstring(map_svg(MARKS))
    spots = {(m.find(f"{NS}circle").get("cx"), m.find(f"{NS}circle").get("cy"))
             for m in marks(root) if m.get("data-id").startswith("kursk")}  # fmt: skip
    assert len(spots) == 2


def test_a_box_fitted_to_the_marks_holds_them_all():
    west, south, east, north = fit_bbox(MARKS[:4])
    assert all(west < m.lon < east and south < m.lat < north for m in MARKS[:4])
    assert fit_bbox([]) == THEATRE
    root = ET.fromstring(map_svg(MARKS[:1], width=600, bbox=fit_bbox(MARKS[:1])))
    assert len(marks(root)) == 1 and root.get("viewBox").startswith("0 0 600 ")
