"""The map, drawn offline: Natural Earth country outlines and marks where things happened.

The outlines are world-atlas 2.0.2's ``countries-50m.json`` (TopoJSON, vendored under
``static/vendor/world-atlas`` with its licence; Natural Earth is in the public domain),
decoded here: quantized, delta-encoded arcs, stitched into the rings of polygons and
multipolygons, a negative arc index read backwards. The projection is equirectangular,
longitudes scaled by the cosine of the middle latitude, fitted to a bounding box (by
default the theatre: from eastern Europe to Japan). Outlines are clipped to the box and
thinned to points at least half a pixel apart, so the theatre stays under 300 KB.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from kansoku.web.svg import (
    MUTED,
    attrs,
    category_colour,
    category_order,
    esc,
    fit_text,
    legend,
    linked,
    num,
    svg_document,
    text,
    text_width,
)

WORLD_ATLAS = Path(__file__).parent / "static" / "vendor" / "world-atlas" / "countries-50m.json"
BBox = tuple[float, float, float, float]  # west, south, east, north (degrees)
THEATRE: BBox = (20.0, 30.0, 150.0, 72.0)  # eastern Europe to Japan, Turkey to the Arctic coast
SEA, LAND, BORDER, GRATICULE = "#eef3f7", "#f7f5ef", "#b8b2a4", "#dfe7ee"
Ring = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Shape:
    """A country's outline: polygons, each an outer ring and its holes, in (lon, lat)."""

    id: str
    name: str
    polygons: tuple[tuple[Ring, ...], ...]


@dataclass(frozen=True)
class MapMark:
    id: str
    lon: float
    lat: float
    weight: float = 1.0
    category: str = ""
    label: str = ""
    date: str | None = None
    href: str | None = None
    place: str = ""  # the place's name, written beside the heaviest marks (else the label)


# -- TopoJSON ---------------------------------------------------------------------------------


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Every arc as absolute (lon, lat) points: delta-decoded and scaled when quantized."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy, *_ in arc:
                x, y = x + dx, y + dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [(float(p[0]), float(p[1])) for p in arc]
        arcs.append(points)
    return arcs


def _ring(indexes: Iterable[int], arcs: list[list[tuple[float, float]]]) -> Ring:
    """Arcs stitched into one ring: ``~i`` is arc ``i`` backwards; each arc after the first
    starts where the one before ended, so its first point is dropped."""
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return tuple(points)


def _geometries(obj: dict[str, Any]) -> Iterable[dict[str, Any]]:
    if obj.get("type") == "GeometryCollection":
        for child in obj.get("geometries", []):
            yield from _geometries(child)
    else:
        yield obj


def decode(topology: dict[str, Any], name: str = "countries") -> tuple[Shape, ...]:
    """The polygons and multipolygons of one object of a TopoJSON topology."""
    arcs = decode_arcs(topology)
    shapes = []
    for geometry in _geometries(topology["objects"][name]):
        kind = geometry.get("type")
        if kind not in ("Polygon", "MultiPolygon"):
            continue
        polygons = [geometry["arcs"]] if kind == "Polygon" else geometry["arcs"]
        shapes.append(
            Shape(
                id=str(geometry.get("id", "")),
                name=str((geometry.get("properties") or {}).get("name", "")),
                polygons=tuple(tuple(_ring(r, arcs) for r in polygon) for polygon in polygons),
            )
        )
    return tuple(shapes)


@cache
def load_shapes(path: Path = WORLD_ATLAS, name: str = "countries") -> tuple[Shape, ...]:
    """The outlines in a TopoJSON file, read and decoded once per process."""
    with Path(path).open(encoding="utf-8") as fh:
        return decode(json.load(fh), name)


# -- projection, clipping, thinning -----------------------------------------------------------


class Projection:
    """Equirectangular, fitted to ``bbox`` at ``width`` pixels: a degree of longitude is
    cos(middle latitude) of a degree of latitude."""

    def __init__(self, bbox: BBox, width: float) -> None:
        self.west, south, east, self.north = bbox
        self.cos = math.cos(math.radians((south + self.north) / 2))
        self.k = width / ((east - self.west) * self.cos)  # pixels per degree of latitude
        self.height = (self.north - south) * self.k

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.west) * self.cos * self.k, (self.north - lat) * self.k


def unwrap(ring: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring whose longitudes jump across the antimeridian (Chukotka, Wrangel Island) made
    continuous: each longitude within 180° of the one before (179.9 then 180.1, not -179.9)."""
    out: list[tuple[float, float]] = []
    for lon, lat in ring:
        if out:
            lon += 360 * round((out[-1][0] - lon) / 360)
        out.append((lon, lat))
    return out


def clip(ring: list[tuple[float, float]], box: BBox) -> list[tuple[float, float]]:
    """A polygon ring cut to the rectangle ``box`` (x0, y0, x1, y1): Sutherland–Hodgman."""
    for axis, bound, side in ((0, box[0], 1), (0, box[2], -1), (1, box[1], 1), (1, box[3], -1)):
        if not ring:
            break
        out = []
        prev = ring[-1]
        for cur in ring:
            cur_in, prev_in = side * (cur[axis] - bound) >= 0, side * (prev[axis] - bound) >= 0
            if cur_in != prev_in:
                t = (bound - prev[axis]) / (cur[axis] - prev[axis])
                out.append((prev[0] + t * (cur[0] - prev[0]), prev[1] + t * (cur[1] - prev[1])))
            if cur_in:
                out.append(cur)
            prev = cur
        ring = out
    return ring


def thin(ring: Iterable[tuple[float, float]], tolerance: float = 0.5) -> list[tuple[float, float]]:
    """The points of a projected ring at least ``tolerance`` pixels from the last one kept."""
    kept: list[tuple[float, float]] = []
    for x, y in ring:
        if not kept or abs(x - kept[-1][0]) + abs(y - kept[-1][1]) >= tolerance:
            kept.append((x, y))
    return kept


def _area(ring: Sequence[tuple[float, float]]) -> float:
    return 0.5 * sum(
        a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, [*ring[1:], ring[0]], strict=True)
    )


def _centroid(ring: Sequence[tuple[float, float]]) -> tuple[float, float]:
    area = _area(ring) or 1e-9
    pairs = list(zip(ring, [*ring[1:], ring[0]], strict=True))
    cx = sum((a[0] + b[0]) * (a[0] * b[1] - b[0] * a[1]) for a, b in pairs) / (6 * area)
    cy = sum((a[1] + b[1]) * (a[0] * b[1] - b[0] * a[1]) for a, b in pairs) / (6 * area)
    return cx, cy


@lru_cache(maxsize=16)
def country_paths(
    bbox: BBox, width: int
) -> tuple[tuple[str, str, tuple[float, float, float]], ...]:
    """Each country within the box: its name, its outline as path data, and where its name
    fits (x, y, room in pixels; room 0 when it has no ring big enough)."""
    project = Projection(bbox, width)
    margin = 2.0
    box = (-margin, -margin, width + margin, project.height + margin)
    out = []
    for shape in load_shapes():
        d, biggest, best = [], 0.0, (0.0, 0.0, 0.0)
        for polygon in shape.polygons:
            for n, ring in enumerate(polygon):
                points = [project(lon, lat) for lon, lat in unwrap(ring)]
                xs, ys = [p[0] for p in points], [p[1] for p in points]
                if max(xs) < box[0] or min(xs) > box[2] or max(ys) < box[1] or min(ys) > box[3]:
                    continue
                points = thin(clip(points, box))
                if len(points) < 3 or abs(area := _area(points)) < 0.5:
                    continue
                d.append("M" + "L".join(f"{num(x)} {num(y)}" for x, y in points) + "Z")
                if n == 0 and abs(area) > biggest:
                    xs = [p[0] for p in points]
                    biggest, best = abs(area), (*_centroid(points), max(xs) - min(xs))
        if d:
            out.append((shape.name, "".join(d), best if biggest > 600 else (0.0, 0.0, 0.0)))
    return tuple(out)


# -- the map ----------------------------------------------------------------------------------


def fit_bbox(marks: Sequence[MapMark], margin: float = 3.0, smallest: float = 12.0) -> BBox:
    """A box around the marks with ``margin`` degrees to spare, at least ``smallest``
    degrees across (one mark does not zoom to a village); the theatre when there are none."""
    if not marks:
        return THEATRE
    lons, lats = [m.lon for m in marks], [m.lat for m in marks]
    cx, cy = (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
    half_w = max((max(lons) - min(lons)) / 2 + margin, smallest / 2)
    half_h = max((max(lats) - min(lats)) / 2 + margin, smallest / 4)
    south, north = max(cy - half_h, -80.0), min(cy + half_h, 80.0)
    return (max(cx - half_w, -180.0), south, min(cx + half_w, 180.0), north)


def _graticule(bbox: BBox, project: Projection, step: int = 10) -> str:
    west, south, east, north = bbox
    d = []
    for lon in range(math.ceil(west / step) * step, math.floor(east) + 1, step):
        (x, y0), (_, y1) = project(lon, north), project(lon, south)
        d.append(f"M{num(x)} {num(y0)}V{num(y1)}")
    for lat in range(math.ceil(south / step) * step, math.floor(north) + 1, step):
        (x0, y), (x1, _) = project(west, lat), project(east, lat)
        d.append(f"M{num(x0)} {num(y)}H{num(x1)}")
    return f'<path d="{"".join(d)}" stroke="{GRATICULE}" stroke-width=".8" fill="none"/>'


def map_svg(
    marks: Sequence[MapMark],
    width: int = 960,
    bbox: BBox | None = None,
    *,
    title: str = "Where it happened",
) -> str:
    """Country outlines and a circle per mark, its area by weight and its colour by
    category, with ``data-date`` for the page's time slider. Marks outside the box are
    left out (the description counts them); marks at one spot fan out around it."""
    box = bbox or THEATRE
    project = Projection(box, width)
    height = round(project.height)
    west, south, east, north = box
    inside = [m for m in marks if west <= m.lon <= east and south <= m.lat <= north]
    circles, spots = _place_marks(inside, project)
    key, key_h = legend(_map_key(inside), 10, height + 14, width - 10)
    credit = text(
        width - 6, height - 6, "Natural Earth", fill=MUTED, font_size="9", text_anchor="end"
    )
    body = [
        f'<rect width="{width}" height="{height}" fill="{SEA}"/>',
        _graticule(box, project),
        _countries(box, width, height),
        circles,
        _place_labels(spots, width, height),
        key,
        credit,
    ]
    left_out = len(marks) - len(inside)
    desc = f"{len(inside)} places marked on a map of {west:g}–{east:g}°E, {south:g}–{north:g}°N" + (
        f"; {left_out} outside it." if left_out else "."
    )
    return svg_document(width, height + key_h + 10, title, desc, "".join(body), "map")


def _countries(box: BBox, width: int, height: int) -> str:
    """The outlines of the countries in the box, then their names, in capitals, where a
    country has room for its name well inside the map (the names go over every outline,
    so a neighbour's border never crosses them)."""
    paths, names = [], []
    for name, d, (lx, ly, room) in country_paths(box, width):
        paths.append(f'<path class="country"{attrs(data_name=name)} d="{d}"/>')
        wide = text_width(name.upper(), 9.5) + 8
        if room and wide < room and wide / 2 < lx < width - wide / 2 and 10 < ly < height - 4:
            names.append(text(lx, ly, name.upper(), text_anchor="middle", letter_spacing=".6"))
    return (
        f'<g fill="{LAND}" stroke="{BORDER}" stroke-width=".7" stroke-linejoin="round">'
        + "".join(paths)
        + "</g>"
        + f'<g fill="#9a9384" font-size="9.5" font-weight="600">{"".join(names)}</g>'
    )


def _place_marks(inside: Sequence[MapMark], project: Projection) -> tuple[str, list[list[Any]]]:
    """A circle per mark, heaviest first, its area by weight; marks at one spot (to the
    pixel) fan out around it in a sunflower, the heaviest at the centre. Returns the
    circles and the spots, each [name, weight, x, y, reach, marks], for the place labels."""
    heaviest = max((m.weight for m in inside), default=1.0) or 1.0
    spots: dict[tuple[int, int], list[Any]] = {}  # where → [name, weight, x, y, reach, marks]
    circles = []
    for m in sorted(inside, key=lambda m: (-m.weight, m.date or "", m.id)):
        x, y = project(m.lon, m.lat)
        r = 3 + 15 * math.sqrt(max(m.weight, 0) / heaviest)
        spot = spots.setdefault((round(x), round(y)), [m.place or m.label, 0.0, x, y, r, 0])
        nth = spot[5]
        if nth:  # fan out around the spot: a sunflower, the heaviest at the centre
            turn, far = nth * 2.39996, 6 * math.sqrt(nth)
            x, y = x + far * math.cos(turn), y + far * math.sin(turn)
        spot[1], spot[4], spot[5] = (
            spot[1] + m.weight,
            max(spot[4], r + (6 * math.sqrt(nth))),
            nth + 1,
        )
        circles.append(_mark(m, x, y, r))
    return "".join(circles), list(spots.values())


def _map_key(inside: Sequence[MapMark]) -> list[tuple[str, str]]:
    """The legend: a dot in each category's colour, and that a circle's area is how many
    reports (only when there are marks to explain)."""
    categories = category_order(m.category for m in inside)
    entries = [
        (f'<circle cx="6" cy="0" r="5" fill="{category_colour(c)}"/>', c) for c in categories
    ]
    if entries:
        entries.append(('<circle cx="6" cy="0" r="5" fill="none" stroke="#888"/>', "area: reports"))
    return entries


def _mark(m: MapMark, x: float, y: float, r: float) -> str:
    colour = category_colour(m.category)
    tip = " · ".join(s for s in (m.label, m.category, m.date or "undated") if s)
    circle = (
        f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r)}" fill="{colour}" fill-opacity=".7"'
        ' stroke="#ffffff" stroke-width="1"/>'
    )
    data = attrs(
        class_="mark",
        data_id=m.id,
        data_date=m.date,
        data_category=m.category,
        data_weight=m.weight,
    )
    return linked(m.href, f"<g{data}><title>{esc(tip)}</title>{circle}</g>")


def _place_labels(spots: list[list[Any]], width: int, height: int) -> str:
    """Names of the weightiest spots, to the right of their marks (else the left), never
    over another name; the rest are in the tooltips."""
    boxes: list[tuple[float, float, float, float]] = []
    out = []
    for name, _, x, y, reach, _ in sorted(spots, key=lambda s: -s[1])[:12]:
        words = fit_text(name, 140)
        w = text_width(words)
        for x0, anchor in ((x + reach + 3, "start"), (x - reach - 3 - w, "end")):
            box = (x0, y - 8, x0 + w, y + 5)
            clear = all(
                box[2] < b[0] or box[0] > b[2] or box[3] < b[1] or box[1] > b[3] for b in boxes
            )
            if (
                words
                and clear
                and box[0] >= 0
                and box[2] <= width
                and box[1] >= 0
                and box[3] <= height
            ):
                boxes.append(box)
                out.append(
                    text(x0 if anchor == "start" else x0 + w, y + 4, words, text_anchor=anchor)
                )
                break
    return (
        '<g font-size="11" font-weight="600" fill="#333333" stroke="#ffffff" stroke-width="3"'
        f' paint-order="stroke" stroke-linejoin="round">{"".join(out)}</g>'
    )
