"""Who acts on whom: an arrow per category from actor to target.

The layout is deterministic (no randomness, no iteration): the heaviest actor in the
middle, the others on a circle by weight. Arrows between one pair of actors bend apart,
so each category and direction stays visible.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from kansoku.web.svg import (
    attrs,
    category_colour,
    category_order,
    esc,
    fit_text,
    full_number,
    legend,
    linked,
    no_data,
    num,
    palette,
    svg_document,
    text,
)


@dataclass(frozen=True)
class ActorNode:
    id: str
    label: str
    kind: str = "country"
    weight: float = 1.0
    href: str | None = None


@dataclass(frozen=True)
class ActorEdge:
    source_id: str
    target_id: str
    category: str
    count: int = 1
    href: str | None = None


Point = tuple[float, float]


def _unit(a: Point, b: Point) -> Point:
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    return dx / length, dy / length


def _arrow(
    tail: Point, control: Point, tip_at: Point, gap: float, width: float
) -> tuple[Point, str]:
    """Where a curve coming from ``control`` must end for an arrowhead whose tip stops
    ``gap`` short of ``tip_at``, and that arrowhead."""
    u = _unit(control, tip_at)
    tip = (tip_at[0] - u[0] * gap, tip_at[1] - u[1] * gap)
    size = 6 + 1.4 * width
    base = (tip[0] - u[0] * size, tip[1] - u[1] * size)
    side = (-u[1] * size * 0.5, u[0] * size * 0.5)
    corners = [tip, (base[0] + side[0], base[1] + side[1]), (base[0] - side[0], base[1] - side[1])]
    return (base[0] + u[0], base[1] + u[1]), " ".join(f"{num(a)},{num(b)}" for a, b in corners)


@dataclass(frozen=True)
class _Layout:
    """Where each actor is drawn (``pos``), its radius (``size``) and the direction its name
    goes (``angle``, outward from the middle); ``hub`` is the actor in the middle, if any."""

    centre: Point
    hub: str | None
    pos: dict[str, Point]
    size: dict[str, float]
    angle: dict[str, float]


def actors_svg(
    nodes: Sequence[ActorNode],
    edges: Sequence[ActorEdge],
    width: int = 720,
    *,
    title: str = "Who acts on whom",
) -> str:
    """The heaviest actor in the middle (from four actors on), the others on a circle from
    the top, clockwise by weight; an arrow from actor to target per category, as wide as its
    count; arrows between one pair of actors bend apart so each stays visible, and arrows
    between two actors of the circle bend around the one in the middle. Edges naming an
    actor not in ``nodes`` are left out."""
    order = sorted({n.id: n for n in reversed(nodes)}.values(), key=lambda n: (-n.weight, n.id))
    index = {n.id: i for i, n in enumerate(order)}
    shown = [e for e in edges if e.source_id in index and e.target_id in index]
    categories = category_order(e.category for e in shown)
    graph_h = round(width * 0.7)
    key, key_h = legend(_actors_key(categories, bool(shown)), 14, graph_h + 8, width - 14)
    layout = _layout(order, width, graph_h)
    body = [_edges(shown, index, categories, layout)]
    body += [_node(n, layout.pos[n.id], layout.size[n.id], layout.angle[n.id]) for n in order]
    if not order:
        body.append(no_data(width / 2, graph_h / 2, "No actors to show"))
    body.append(key)
    names = {n.id: n.label for n in order}
    desc = f"{len(order)} actors and {len(shown)} links" + (
        ": "
        + "; ".join(
            f"{names[e.source_id]} {e.category} {names[e.target_id]} ×{e.count}"
            for e in sorted(shown, key=lambda e: -e.count)[:10]
        )
        if shown
        else "."
    )
    return svg_document(width, graph_h + 8 + key_h + 6, title, desc, "".join(body), "actors")


def _actors_key(categories: list[str], any_shown: bool) -> list[tuple[str, str]]:
    """The legend: a line in each category's colour, and (when there are links at all)
    that a line's width is how many times."""
    entries = [
        (f'<path d="M0 0H12" stroke="{category_colour(c)}" stroke-width="3"/>', c)
        for c in categories
    ]
    if any_shown:
        entries.append(
            (
                '<path d="M0 0H12" stroke="#999999" stroke-width="1.5"/>',
                "line width: how many times",
            )
        )
    return entries


def _layout(order: list[ActorNode], width: int, graph_h: int) -> _Layout:
    """Actors by weight (``order``) placed without randomness: from four actors on the
    heaviest in the middle, the rest on a circle from the top, clockwise (two face each
    other across it, one alone is in the middle); a circle's area grows with its weight.
    Names point outward, except when there is no circle to point out of (then down)."""
    centre = (width / 2, graph_h / 2 + 4)
    ring = max(30.0, min(width / 2 - 130, graph_h / 2 - 44))
    heaviest = max((n.weight for n in order), default=1.0) or 1.0
    hub = order[0].id if len(order) >= 4 else None  # the heaviest in the middle
    on_ring = order[1:] if hub else order
    size = {n.id: 7 + 13 * math.sqrt(max(n.weight, 0) / heaviest) for n in order}
    pos: dict[str, Point] = {}
    angle: dict[str, float] = {}
    if hub:
        pos[hub], angle[hub] = centre, math.pi / 2
    for i, n in enumerate(on_ring):
        a = (
            -math.pi / 2 + 2 * math.pi * i / len(on_ring)
            if len(on_ring) != 2
            else math.pi * (1 - i)
        )
        r = 0.0 if len(on_ring) == 1 else ring
        pos[n.id], angle[n.id] = (centre[0] + r * math.cos(a), centre[1] + r * math.sin(a)), a
    if len(on_ring) <= 1:
        angle = dict.fromkeys(angle, math.pi / 2)
    return _Layout(centre, hub, pos, size, angle)


def _edges(
    shown: list[ActorEdge], index: dict[str, int], categories: list[str], layout: _Layout
) -> str:
    """The links, grouped by pair of actors (either way round) so those of one pair can
    bend apart; each as wide as √(its count / the most)."""
    most = max((e.count for e in shown), default=1) or 1
    pairs: dict[tuple[str, str], list[ActorEdge]] = {}
    for e in shown:
        pair = tuple(sorted((e.source_id, e.target_id), key=index.__getitem__))
        pairs.setdefault((pair[0], pair[1]), []).append(e)
    parts = []
    for (first, second), group in pairs.items():
        group.sort(key=lambda e: (e.source_id != first, categories.index(e.category), e.target_id))
        widths = [1.2 + 5 * math.sqrt(max(e.count, 0) / most) for e in group]
        parts += _pair_edges(first, second, group, widths, layout)
    return "".join(parts)


def _pair_edges(
    first: str, second: str, group: list[ActorEdge], widths: list[float], layout: _Layout
) -> list[str]:
    """The links between one pair, side by side a line's width and 8 pixels apart; when
    neither is the actor in the middle and their straight line would pass near it, all of
    them bend around it, to the side it is already on."""
    pos, hub = layout.pos, layout.hub
    spacing = 8 + max(widths)
    u = _unit(pos[first], pos[second])
    base = 0.0
    if hub and hub not in (first, second):  # bend around the actor in the middle
        centre = layout.centre
        near = (centre[0] - pos[first][0]) * -u[1] + (centre[1] - pos[first][1]) * u[0]
        clear = layout.size[hub] + 16 + spacing * (len(group) - 1) / 2
        if abs(near) < clear:
            base = near - clear if near >= 0 else near + clear
    parts = []
    for i, (e, w) in enumerate(zip(group, widths, strict=True)):
        offset = base + (i - (len(group) - 1) / 2) * spacing
        parts.append(_edge(e, layout, (-u[1] * offset * 2, u[0] * offset * 2), w, i))
    return parts


def _edge(e: ActorEdge, layout: _Layout, bend: Point, w: float, nth: int) -> str:
    """One link: an arrow (a loop when an actor acts on itself), fading with its width, and
    its count written on it when it is strong enough to hold a number."""
    colour = category_colour(e.category)
    p0, p2 = layout.pos[e.source_id], layout.pos[e.target_id]
    r0, r2 = layout.size[e.source_id], layout.size[e.target_id]
    if e.source_id == e.target_id:
        d, head, middle = _loop(p0, r0, layout.centre, w, nth)
    else:
        d, head, middle = _curve(p0, p2, r0, r2, bend, w)
    strength = (w - 1.2) / 5  # √(count / the most): thin links fade, their counts unwritten
    opacity = f"{0.3 + 0.6 * strength:.2f}"
    parts = [
        f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="{num(w)}" stroke-opacity="{opacity}"/>',
        f'<polygon points="{head}" fill="{colour}" fill-opacity="{opacity}"/>',
    ]
    if e.count > 1 and strength >= 0.4:
        parts.append(_count_label(middle, e.count, colour))
    tip = f"{e.source_id} → {e.target_id}: {e.category} ×{e.count}"
    data = attrs(
        class_="edge",
        data_source=e.source_id,
        data_target=e.target_id,
        data_category=e.category,
        data_count=e.count,
    )
    return linked(e.href, f"<g{data}><title>{esc(tip)}</title>{''.join(parts)}</g>")


def _loop(p0: Point, r: float, centre: Point, w: float, nth: int) -> tuple[str, str, Point]:
    """An actor acting on itself: a loop outward from the middle, 50° off the side its name
    is on, each further loop (``nth``) reaching farther; its path, arrowhead and middle."""
    radial = _unit(centre, p0) if p0 != centre else (0.0, -1.0)
    out = (
        radial[0] * 0.64 - radial[1] * 0.77,
        radial[0] * 0.77 + radial[1] * 0.64,
    )  # 50° off its name
    reach = r + 34 + 14 * nth

    def turn(t: float, d: float) -> Point:
        c, s = math.cos(t), math.sin(t)
        return p0[0] + (out[0] * c - out[1] * s) * d, p0[1] + (out[0] * s + out[1] * c) * d

    start, c1, c2 = turn(0.45, r + 2), turn(0.7, reach), turn(-0.7, reach)
    end, head = _arrow(c1, c2, turn(-0.45, r), 2, w)
    d = f"M{num(start[0])} {num(start[1])}C{num(c1[0])} {num(c1[1])} {num(c2[0])} {num(c2[1])} {num(end[0])} {num(end[1])}"
    return d, head, turn(0, reach * 0.8)


def _curve(
    p0: Point, p2: Point, r0: float, r2: float, bend: Point, w: float
) -> tuple[str, str, Point]:
    """A link between two actors: a curve from the edge of one circle towards the other,
    pulled aside by ``bend`` at its middle, its arrowhead stopping short of the target's
    circle; its path, arrowhead and middle."""
    control = ((p0[0] + p2[0]) / 2 + bend[0], (p0[1] + p2[1]) / 2 + bend[1])
    u = _unit(p0, control)
    start = (p0[0] + u[0] * (r0 + 2), p0[1] + u[1] * (r0 + 2))
    end, head = _arrow(p0, control, p2, r2 + 2, w)
    d = f"M{num(start[0])} {num(start[1])}Q{num(control[0])} {num(control[1])} {num(end[0])} {num(end[1])}"
    middle = (
        (start[0] + 2 * control[0] + end[0]) / 4,
        (start[1] + 2 * control[1] + end[1]) / 4,
    )
    return d, head, middle


def _count_label(at: Point, count: int, colour: str) -> str:
    """A link's count on the link, in its colour, haloed in white to stay legible where
    it crosses other links."""
    return text(
        at[0],
        at[1] + 3.5,
        f"{count}",
        text_anchor="middle",
        font_size="10",
        font_weight="600",
        fill=colour,
        stroke="#ffffff",
        stroke_width="3",
        paint_order="stroke",
    )


def _node(n: ActorNode, at: Point, r: float, a: float) -> str:
    fill = palette()["kinds"].get(n.kind, palette()["kinds"]["other"])
    c, s = math.cos(a), math.sin(a)
    anchor = "start" if c > 0.1 else "end" if c < -0.1 else "middle"
    lx, ly = (
        at[0] + c * (r + 6),
        at[1] + s * (r + 6) + 4 + (7 if s > 0.7 else -3 if s < -0.7 else 0),
    )
    label = text(
        lx,
        ly,
        fit_text(n.label, 150, 12),
        text_anchor=anchor,
        font_size="12",
        font_weight="600",
        stroke="#ffffff",
        stroke_width="3",
        paint_order="stroke",
    )
    shape = f'<circle cx="{num(at[0])}" cy="{num(at[1])}" r="{num(r)}" fill="{fill}" stroke="#3d4a57" stroke-width="1.2"/>'
    tip = f"{n.label} ({n.kind}) · {full_number(n.weight)}"
    data = attrs(class_="node", data_id=n.id, data_kind=n.kind, data_weight=n.weight)
    return linked(n.href, f"<g{data}><title>{esc(tip)}</title>{shape}{label}</g>")
