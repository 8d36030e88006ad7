"""Charts as inline SVG: pure functions from plain typed data to one ``<svg>`` string.

Nothing runs in the browser and nothing is fetched: the dashboard and the report show what
the server drew. Every text that comes from an article (labels, sources, names) is
escaped; every mark with a link is wrapped in ``<a href>``; every mark is an element of
class ``mark`` (``node``/``edge`` in the actors graph) with ``data-*`` attributes (id,
date, category, status, source) for the page's small script. Colours are data
(``data/palette.yaml``).

Dates are ISO at their precision (``2024``, ``2024-06``, ``2024-06-19``): a month is
drawn across the month and a year across the year, never as a made-up day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kansoku.web.graph import ActorEdge, ActorNode, actors_svg
from kansoku.web.interface import load_interface
from kansoku.web.svg import (
    FAINT,
    GRID,
    INK,
    MUTED,
    UNATTRIBUTED,
    Period,
    attrs,
    category_colour,
    category_order,
    date_axis,
    date_text,
    date_ticks,
    esc,
    fit_text,
    format_number,
    full_number,
    legend,
    linked,
    nice_ticks,
    no_data,
    num,
    parse_period,
    source_colours,
    source_name,
    svg_document,
    text,
    text_width,
)

__all__ = [
    "ActorEdge",
    "ActorNode",
    "SeriesPoint",
    "TimelineMark",
    "actors_svg",
    "category_colour",
    "series_svg",
    "source_colours",
    "timeline_svg",
]

# -- status and qualifier marks ---------------------------------------------------------------

FILL_OPACITY = {
    "asserted": 1.0,
    "reported": 0.55,
    "estimated": 0.55,
    "possible": 0.15,
    "planned": 0.15,
}
STATUS_LEGEND = [
    ("asserted", "asserted"),
    ("reported", "reported"),
    ("possible", "possible / planned"),
    ("denied", "denied"),
]
SPAN_SWATCH = '<rect x="-5" y="-6" width="19" height="12" rx="2" fill="#555555"/>'
RANGE_SWATCH = '<rect x="3" y="-7" width="6" height="14" rx="3" fill="#555555" fill-opacity=".35" stroke="#555555"/>'


def status_shape(point: bool, x0: float, x1: float, y: float, colour: str, status: str) -> str:
    """A dot (one day) or a bar (a month, a year, a period): solid when asserted, lighter
    when reported, faint and dashed when possible or planned, hollow and crossed when
    denied."""
    denied = status == "denied"
    dash = ' stroke-dasharray="3 2"' if status in ("possible", "planned") else ""
    fill = "#ffffff" if denied else colour
    style = (
        f' fill="{fill}" fill-opacity="{1 if denied else FILL_OPACITY.get(status, 0.55)}"'
        f' stroke="{colour}" stroke-width="1.5"{dash}'
    )
    if point:
        cx = (x0 + x1) / 2
        a, b = cx - 5, cx + 5
        shape = f'<circle cx="{num(cx)}" cy="{num(y)}" r="5"{style}/>'
    else:
        a, b = x0, max(x1, x0 + 3)
        shape = (
            f'<rect x="{num(a)}" y="{num(y - 6)}" width="{num(b - a)}" height="12" rx="2"{style}/>'
        )
    if denied:
        line = f' stroke="{colour}" stroke-width="1.5"'
        if b - a < 24:
            m, r = (a + b) / 2, 3.5
            shape += (
                f'<path d="M{num(m - r)} {num(y - r)}L{num(m + r)} {num(y + r)}'
                f'M{num(m - r)} {num(y + r)}L{num(m + r)} {num(y - r)}"{line}/>'
            )
        else:
            shape += f'<path d="M{num(a)} {num(y)}L{num(b)} {num(y)}"{line}/>'
    return shape


# Export contract qualifiers → (sign, words, shape); the symbols are accepted as well.
QUALIFIERS = {
    "exact": ("", "exact", "dot"),
    "about": ("~", "about", "ring"),
    "at_least": ("≥", "at least", "up"),
    "several": ("≥", "several", "up_open"),
    "at_most": ("≤", "at most", "down"),
    "up_to": ("≤", "up to", "down"),
}
QUALIFIER_ALIASES = {
    "=": "exact",
    "~": "about",
    ">=": "at_least",
    "≥": "at_least",
    "<=": "at_most",
    "≤": "at_most",
}


def qualifier_of(value: str | None) -> str:
    key = (value or "exact").strip()
    key = QUALIFIER_ALIASES.get(key, key)
    return key if key in QUALIFIERS else "exact"


def qualifier_marker(shape: str, x: float, y: float, colour: str, opacity: float = 1.0) -> str:
    """Filled dot (exact), ring (about), triangle up (at least), triangle down (at most):
    the value is at the mark's centre."""
    solid = (
        f' fill="{colour}" fill-opacity="{opacity}" stroke="{colour}" stroke-opacity="{opacity}"'
    )
    hollow = f' fill="#ffffff" stroke="{colour}" stroke-width="2" stroke-opacity="{opacity}"'
    if shape in ("dot", "ring"):
        return f'<circle cx="{num(x)}" cy="{num(y)}" r="4.5"{solid if shape == "dot" else hollow}/>'
    h = 1 if shape.startswith("up") else -1
    points = (
        f"{num(x)},{num(y - 6 * h)} {num(x - 5.5)},{num(y + 4 * h)} {num(x + 5.5)},{num(y + 4 * h)}"
    )
    return f'<polygon points="{points}"{hollow if shape == "up_open" else solid}/>'


# -- timeline ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineMark:
    id: str
    date_start: str  # ISO at its precision: 2024, 2024-06, 2024-06-19
    date_end: str | None
    label: str
    category: str
    status: str
    href: str | None = None


@dataclass(frozen=True)
class _Placed:
    mark: TimelineMark
    x0: float
    x1: float
    point: bool


LABEL_ROWS = 6  # a lane whose labels would need more rows than this shows them in tooltips


def _pack(items: list[_Placed], labelled: bool, right: float) -> list[int]:
    """The row of each item in its lane: the first row free where it starts."""
    ends: list[float] = []
    rows = []
    for item in items:
        a, b = (item.x0 + item.x1) / 2 - 5 if item.point else item.x0, item.x1
        b = max(b, a + 10)
        if labelled:
            b = min(b + 6 + min(text_width(item.mark.label), 280), right)
        row = next((r for r, end in enumerate(ends) if end + 4 <= a), len(ends))
        if row == len(ends):
            ends.append(b)
        ends[row] = b
        rows.append(row)
    return rows


@dataclass(frozen=True)
class _Window:
    """The dates drawn, ``lo`` up to ``hi``, and the pixels they span, ``left`` to ``right``
    (ints: the axis line writes ``left`` as it is)."""

    lo: dt.date
    hi: dt.date
    left: int
    right: int

    def x(self, day: dt.date) -> float:
        """Where ``day`` is drawn; a day outside the window is held at its edge, so a mark
        across the edge is cut there."""
        scale = (self.right - self.left) / max((self.hi - self.lo).days, 1)
        return self.left + (min(max(day, self.lo), self.hi) - self.lo).days * scale


@dataclass(frozen=True)
class _Lane:
    """One category's marks, sorted, with the row of each, drawn from ``y`` down."""

    category: str
    items: list[_Placed]
    rows: list[int]
    y: float


def timeline_svg(
    marks: Sequence[TimelineMark],
    start: str,
    end: str,
    width: int = 960,
    *,
    lang: str = "en",
) -> str:
    """Events in the window [start, end] (ISO dates at any precision), one lane per
    category, on a date axis; marks outside the window are left out, marks across its edge
    are cut at it. The chart's own words are in the interface language ``lang``."""
    words = load_interface().table(lang)
    first, last = parse_period(start), parse_period(end)
    if first is None or last is None:
        raise ValueError(f"not an ISO date: {start!r} or {end!r}")
    top = 30
    window = _Window(first.start, max(first.end, last.end), 118, width - 14)
    lanes, bottom = _stack_lanes(_place_marks(marks, window), window.right, top)
    body = [_lane_heads(lanes, bottom, width, window.left), _timeline_axis(window, top, bottom)]
    if not lanes:
        body.append(no_data((window.left + window.right) / 2, top + 22, words["chart_no_events"]))
    body += [_lane_marks(lane, window.right) for lane in lanes]
    key, key_h = legend(_timeline_key(), window.left, bottom + 16, window.right)
    body.append(key)
    counts = ", ".join(f"{lane.category} {len(lane.items)}" for lane in lanes)
    shown = sum(len(lane.items) for lane in lanes)
    desc = f"{shown} events from {start} to {end}" + (f": {counts}." if counts else ".")
    title = words["chart_events"]
    return svg_document(width, bottom + 8 + key_h, title, desc, "".join(body), "timeline")


def _place_marks(marks: Sequence[TimelineMark], window: _Window) -> dict[str, list[_Placed]]:
    """The marks that show in the window, by category, each at its span: a single day is
    a point, a month, a year or a period a bar from its start to its end."""
    lanes: dict[str, list[_Placed]] = {}
    for mark in marks:
        begin = parse_period(mark.date_start)
        finish = parse_period(mark.date_end) if mark.date_end else None
        if begin is None:
            continue
        stop = max(begin.end, finish.end if finish else begin.end)
        if stop <= window.lo or begin.start >= window.hi:
            continue
        point = begin.precision == "day" and stop == begin.end
        placed = _Placed(mark, window.x(begin.start), window.x(stop), point)
        lanes.setdefault(mark.category, []).append(placed)
    return lanes


def _stack_lanes(placed: dict[str, list[_Placed]], right: int, top: int) -> tuple[list[_Lane], int]:
    """The lanes one under the other in the palette's order, each as tall as its rows, and
    where the last ends. A lane whose labels would take more than ``LABEL_ROWS`` rows is
    packed without them (its labels stay in the tooltips), so it does not grow too tall."""
    lanes, y = [], top
    for category in category_order(placed):
        items = sorted(placed[category], key=lambda p: (p.x0, p.x0 - p.x1, p.mark.id))
        rows = _pack(items, True, right)
        if max(rows) >= LABEL_ROWS:
            rows = _pack(items, False, right)
        lanes.append(_Lane(category, items, rows, y))
        y += (max(rows) + 1) * 18 + 10
    return lanes, max(y, top + 36)


def _lane_heads(lanes: list[_Lane], bottom: int, width: int, left: int) -> str:
    """Every other lane shaded so the eye can follow a lane across, and at each lane's
    left its colour, its category and how many marks it holds."""
    parts = []
    for i, lane in enumerate(lanes):
        end_y = lanes[i + 1].y if i + 1 < len(lanes) else bottom
        if i % 2 == 0:
            parts.append(
                f'<rect x="0" y="{num(lane.y)}" width="{width}" height="{num(end_y - lane.y)}" fill="{FAINT}"/>'
            )
        swatch = f'<rect x="10" y="{num(lane.y + 9)}" width="10" height="10" rx="2" fill="{category_colour(lane.category)}"/>'
        parts.append(
            swatch
            + text(25, lane.y + 18, lane.category, font_weight="600")
            + text(left - 8, lane.y + 18, str(len(lane.items)), fill=MUTED, text_anchor="end")
        )
    return "".join(parts)


def _timeline_axis(window: _Window, top: int, bottom: int) -> str:
    """The date grid with its labels above the lanes (at most one label per 62 pixels), and
    the line between the lane heads and the marks."""
    most = (window.right - window.left) / 62
    ticks = [
        (window.x(d), label, major) for d, label, major in date_ticks(window.lo, window.hi, most)
    ]
    left = window.left
    return date_axis(ticks, top - 14, bottom, top - 4, window.right) + (
        f'<line x1="{left}" x2="{left}" y1="{top - 14}" y2="{num(bottom)}" stroke="#c4c4c4"/>'
    )


def _lane_marks(lane: _Lane, right: int) -> str:
    """A lane's marks, row by row; each label stops short of where the next mark of its row
    begins (or of the right edge), so labels never run into marks."""
    colour = category_colour(lane.category)
    until: dict[tuple[str, int], float] = {}
    for item, row in reversed(list(zip(lane.items, lane.rows, strict=True))):
        until[item.mark.id, row] = min(until.get(("", row), right), right)
        until["", row] = (item.x0 + item.x1) / 2 - 5 if item.point else item.x0
    return "".join(
        _timeline_mark(item, lane.y + 14 + row * 18, colour, until[item.mark.id, row] - 6)
        for item, row in zip(lane.items, lane.rows, strict=True)
    )


def _timeline_key() -> list[tuple[str, str]]:
    """The legend: what each status looks like, then that a dot is one day and a bar a
    longer span (the two ways a date's precision shows)."""
    swatches = [
        (status_shape(False, 0, 12, 0, "#555555", status), words) for status, words in STATUS_LEGEND
    ]
    swatches.append((status_shape(True, 0, 12, 0, "#555555", "asserted"), "one day"))
    swatches.append((SPAN_SWATCH, "a month, a year or a period"))
    return swatches


def _timeline_mark(item: _Placed, y: float, colour: str, until: float) -> str:
    mark = item.mark
    tip = f"{mark.label}\n{date_text(mark.date_start, mark.date_end)} · {mark.category} · {mark.status}"
    shape = status_shape(item.point, item.x0, item.x1, y, colour, mark.status)
    after = ((item.x0 + item.x1) / 2 + 5 if item.point else max(item.x1, item.x0 + 3)) + 5
    words = fit_text(mark.label, min(until - after, 280)) if until - after >= 40 else ""
    label = text(after, y + 4, words) if words else ""
    data = attrs(
        class_="mark",
        data_id=mark.id,
        data_date=mark.date_start,
        data_date_end=mark.date_end,
        data_category=mark.category,
        data_status=mark.status,
    )
    return linked(mark.href, f"<g{data}><title>{esc(tip)}</title>{shape}{label}</g>")


# -- a value over time ------------------------------------------------------------------------


@dataclass(frozen=True)
class SeriesPoint:
    id: str
    date: str | None  # ISO at its precision, None when the report gives no date
    value: float
    value_max: float | None = None  # a range: value..value_max
    qualifier: str = "exact"  # exact, about, at_least, at_most, up_to, several
    source: str = ""
    status: str = "reported"
    href: str | None = None
    label: str = ""


@dataclass(frozen=True)
class _Frame:
    """Where a series is drawn: values on ``ticks`` from ``bottom`` up to ``top``, dates
    ``lo`` to ``hi`` from ``left`` to ``right``, the undated column from ``right`` to
    ``width``. Kept as given: the grid writes ``left`` as it is."""

    width: int
    top: float
    bottom: float
    left: int
    right: float
    ticks: list[float]
    lo: dt.date
    hi: dt.date

    def y(self, value: float) -> float:
        v_lo, v_hi = self.ticks[0], self.ticks[-1]
        return self.bottom - (value - v_lo) / (v_hi - v_lo) * (self.bottom - self.top)

    def x(self, day: dt.date) -> float:
        scale = (self.right - self.left - 8) / max((self.hi - self.lo).days, 1)
        return self.left + 4 + (day - self.lo).days * scale


def series_svg(
    points: Sequence[SeriesPoint],
    width: int = 720,
    height: int = 260,
    *,
    lang: str = "en",
) -> str:
    """One mark per report of a value: colour says who reports it, shape the qualifier,
    a bar a range; a month or a year is drawn across its span; undated reports stand in a
    column of their own at the right. The chart's own words are in ``lang``."""
    words = load_interface().table(lang)
    colours = source_colours(p.source for p in points)
    key, key_h = legend(_series_key(points, colours), 12, 12, width - 12)
    undated = [p for p in points if parse_period(p.date) is None]
    dated = [(p, per) for p in points if (per := parse_period(p.date)) is not None]
    right = width - 14 - (70 if undated else 0)
    periods = [per for _, per in dated]
    frame = _series_frame(points, periods, width, 12 + key_h + 10, height - 26, right)
    body = [key, _value_axis(frame), _series_dates(frame, bool(dated), bool(undated))]
    if not points:
        middle = (frame.left + right) / 2, (frame.top + frame.bottom) / 2
        body.append(no_data(*middle, words["chart_no_values"]))
    body += [_series_group(group, frame, colours) for group in _series_groups(dated, undated)]
    sources = ", ".join(name for name in colours)
    desc = f"{len(points)} reports of a value, {len(dated)} dated and {len(undated)} undated" + (
        f", by {sources}." if sources else "."
    )
    return svg_document(width, height, words["chart_series"], desc, "".join(body), "series")


def _series_key(points: Sequence[SeriesPoint], colours: dict[str, str]) -> list[tuple[str, str]]:
    """The legend: each source's colour (the unattributed last), then only the shapes that
    are drawn, a qualifier's marker for single values and a bar for a range, so the key
    explains nothing that is not on the chart."""
    present = {QUALIFIERS[qualifier_of(p.qualifier)][2] for p in points if p.value_max is None}
    entries = [
        (qualifier_marker("dot", 6, 0, c), name)
        for name, c in colours.items()
        if name != UNATTRIBUTED
    ]
    if UNATTRIBUTED in colours:
        entries.append((qualifier_marker("dot", 6, 0, colours[UNATTRIBUTED]), UNATTRIBUTED))
    for shape, words in (
        ("dot", "exact"),
        ("ring", "about"),
        ("up", "at least"),
        ("up_open", "several"),
        ("down", "at most / up to"),
    ):
        if shape in present:
            entries.append((qualifier_marker(shape, 6, 0, "#555555"), words))
    if any(p.value_max is not None for p in points):
        entries.append((RANGE_SWATCH, "range"))
    return entries


def _series_frame(
    points: Sequence[SeriesPoint],
    periods: list[Period],
    width: int,
    top: float,
    bottom: float,
    right: float,
) -> _Frame:
    """The scales: values from 0 (or the lowest, below it) to 5 % over the highest, in
    round ticks; dates over the reports' spans with 4 % (at least 15 days) to spare on each
    side, so that marks at the ends are not cut."""
    values = [v for p in points for v in (p.value, p.value_max) if v is not None]
    ticks = nice_ticks(min([0.0, *values]), max(values, default=1.0) * 1.05)
    lo = min((per.start for per in periods), default=dt.date.today())
    hi = max((per.end for per in periods), default=lo + dt.timedelta(days=1))
    pad = dt.timedelta(days=max(15, round((hi - lo).days * 0.04)))
    return _Frame(width, top, bottom, 52, right, ticks, lo - pad, hi + pad)


def _value_axis(frame: _Frame) -> str:
    """A grid line per value tick with its number at the left, every number in the unit of
    the largest (0, 5k, 10k) so that they read alike."""
    unit = max(abs(frame.ticks[0]), abs(frame.ticks[-1]))
    parts = []
    for tick in frame.ticks:
        y, label = frame.y(tick), format_number(tick, unit)
        parts.append(
            f'<line x1="{frame.left}" x2="{num(frame.right)}" y1="{num(y)}" y2="{num(y)}" stroke="{GRID}"/>'
        )
        parts.append(
            text(frame.left - 6, y + 3.5, label, fill=MUTED, text_anchor="end", font_size="10.5")
        )
    return "".join(parts)


def _series_dates(frame: _Frame, dated: bool, undated: bool) -> str:
    """The date grid (when anything is dated), the baseline, and the shaded column at the
    right that keeps undated reports apart from any date."""
    parts = []
    if dated:
        most = (frame.right - frame.left) / 80
        ticks = date_ticks(frame.lo, frame.hi, most)
        axis = [(frame.x(d), label, major) for d, label, major in ticks]
        parts.append(date_axis(axis, frame.top, frame.bottom, frame.bottom + 15, frame.right))
    parts.append(
        f'<line x1="{frame.left}" x2="{num(frame.right)}" y1="{num(frame.bottom)}" y2="{num(frame.bottom)}" stroke="#999999"/>'
    )
    if undated:
        column, width = frame.right + 14, frame.width
        parts.append(
            f'<rect x="{num(column)}" y="{num(frame.top)}" width="{num(width - 10 - column)}" height="{num(frame.bottom - frame.top)}" fill="{FAINT}"/>'
        )
        x, y = (column + width - 10) / 2, frame.bottom + 15
        parts.append(text(x, y, "undated", fill=MUTED, text_anchor="middle", font_style="italic"))
    return "".join(parts)


_Group = list[tuple[SeriesPoint, Period | None]]


def _series_groups(
    dated: list[tuple[SeriesPoint, Period]], undated: list[SeriesPoint]
) -> list[_Group]:
    """Reports of one date together, in date order, each group by source, value and id (so
    one set of reports is always drawn alike); the undated ones last, as one group."""
    groups: dict[str, _Group] = {}
    for p, per in sorted(
        dated, key=lambda d: (d[0].date or "", source_name(d[0].source), d[0].value, d[0].id)
    ):
        groups.setdefault(p.date or "", []).append((p, per))
    if undated:
        groups["\0undated"] = [
            (p, None) for p in sorted(undated, key=lambda p: (source_name(p.source), p.value, p.id))
        ]
    return list(groups.values())


def _series_group(members: _Group, frame: _Frame, colours: dict[str, str]) -> str:
    """One group's marks side by side about the middle of its span, 9 pixels apart (closer
    in the undated column when there are many), so reports of one value by several sources
    all show; a month or a year also gets a line across its span."""
    per = members[0][1]
    if per is None:
        centre = frame.right + 14 + (frame.width - 10 - frame.right - 14) / 2
        spread = min(9.0, 40 / max(len(members) - 1, 1))
    else:
        centre, spread = frame.x(per.start) + (frame.x(per.end) - frame.x(per.start)) / 2, 9.0
    parts = []
    for i, (p, period) in enumerate(members):
        cx = centre + (i - (len(members) - 1) / 2) * spread
        span = None
        if period and period.precision != "day":
            span = (frame.x(period.start), frame.x(period.end))
        parts.append(_series_mark(p, cx, frame.y, colours[source_name(p.source)], span))
    return "".join(parts)


def _series_mark(
    p: SeriesPoint, cx: float, y: Any, colour: str, span: tuple[float, float] | None
) -> str:
    qualifier = qualifier_of(p.qualifier)
    sign, words, shape = QUALIFIERS[qualifier]
    opacity = 0.45 if p.status in ("possible", "planned") else 1.0
    parts = []
    if span and span[1] - span[0] > 4:
        parts.append(
            f'<path d="M{num(span[0] + 1)} {num(y(p.value))}H{num(span[1] - 1)}" stroke="{colour}"'
            f' stroke-opacity=".35" stroke-width="3" stroke-linecap="round"/>'
        )
    if p.value_max is not None:
        y0, y1 = sorted((y(p.value), y(p.value_max)))
        value = f"{sign}{full_number(p.value)}–{full_number(p.value_max)}"
        parts.append(
            f'<rect x="{num(cx - 3)}" y="{num(y0)}" width="6" height="{num(max(y1 - y0, 2))}" rx="3"'
            f' fill="{colour}" fill-opacity="{0.35 * opacity}" stroke="{colour}" stroke-width="1.5"/>'
        )
        centre = (y0 + y1) / 2
    else:
        value = f"{sign}{full_number(p.value)}"
        parts.append(qualifier_marker(shape, cx, y(p.value), colour, opacity))
        centre = y(p.value)
    if p.status == "denied":
        parts.append(
            f'<path d="M{num(cx - 6)} {num(centre - 6)}L{num(cx + 6)} {num(centre + 6)}'
            f'M{num(cx - 6)} {num(centre + 6)}L{num(cx + 6)} {num(centre - 6)}" stroke="{INK}" stroke-width="1.5"/>'
        )
    tip = " · ".join([value, words, source_name(p.source), p.status, date_text(p.date)])
    tip = f"{p.label}\n{tip}" if p.label else tip
    data = attrs(
        class_="mark",
        data_id=p.id,
        data_date=p.date,
        data_source=source_name(p.source),
        data_qualifier=qualifier,
        data_status=p.status,
        data_value=p.value,
    )
    return linked(p.href, f"<g{data}><title>{esc(tip)}</title>{''.join(parts)}</g>")
