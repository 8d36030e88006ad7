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
    entries = [
        (f'<path d="M0 0H12" stroke="{category_colour(c)}" stroke-width="3"/>', c)
        for c in categories
    ]
    if shown:
        entries.append(
            (
                '<path d="M0 0H12" stroke="#999999" stroke-width="1.5"/>',
                "line width: how many times",
            )
        )
    graph_h = round(width * 0.7)
    key, key_h = legend(entries, 14, graph_h + 8, width - 14)
    centre = (width / 2, graph_h / 2 + 4)
    ring = max(30.0, min(width / 2 - 130, graph_h / 2 - 44))
    heaviest = max((n.weight for n in order), default=1.0) or 1.0
    pos: dict[str, Point] = {}
    size: dict[str, float] = {}
    angle: dict[str, float] = {}
    hub = order[0].id if len(order) >= 4 else None  # the heaviest in the middle
    on_ring = order[1:] if hub else order
    for n in order:
        size[n.id] = 7 + 13 * math.sqrt(max(n.weight, 0) / heaviest)
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

    most = max((e.count for e in shown), default=1) or 1
    pairs: dict[tuple[str, str], list[ActorEdge]] = {}
    for e in shown:
        pair = tuple(sorted((e.source_id, e.target_id), key=index.__getitem__))
        pairs.setdefault((pair[0], pair[1]), []).append(e)
    body = []
    for (first, second), group in pairs.items():
        group.sort(key=lambda e: (e.source_id != first, categories.index(e.category), e.target_id))
        widths = [1.2 + 5 * math.sqrt(max(e.count, 0) / most) for e in group]
        spacing = 8 + max(widths)
        u = _unit(pos[first], pos[second])
        base = 0.0
        if hub and hub not in (first, second):  # bend around the actor in the middle
            near = (centre[0] - pos[first][0]) * -u[1] + (centre[1] - pos[first][1]) * u[0]
            clear = size[hub] + 16 + spacing * (len(group) - 1) / 2
            if abs(near) < clear:
                base = near - clear if near >= 0 else near + clear
        for i, (e, w) in enumerate(zip(group, widths, strict=True)):
            offset = base + (i - (len(group) - 1) / 2) * spacing
            body.append(_edge(e, pos, size, centre, (-u[1] * offset * 2, u[0] * offset * 2), w, i))
    for n in order:
        body.append(
            _node(n, pos[n.id], size[n.id], angle[n.id] if len(on_ring) > 1 else math.pi / 2)
        )
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


def _edge(
    e: ActorEdge,
    pos: dict[str, Point],
    size: dict[str, float],
    centre: Point,
    bend: Point,
    w: float,
    nth: int,
) -> str:
    colour = category_colour(e.category)
    p0, p2 = pos[e.source_id], pos[e.target_id]
    if e.source_id == e.target_id:  # a loop outward from the actor
        radial = _unit(centre, p0) if p0 != centre else (0.0, -1.0)
        out = (
            radial[0] * 0.64 - radial[1] * 0.77,
            radial[0] * 0.77 + radial[1] * 0.64,
        )  # 50° off its name
        r, reach = size[e.source_id], size[e.source_id] + 34 + 14 * nth

        def turn(t: float, d: float) -> Point:
            c, s = math.cos(t), math.sin(t)
            return p0[0] + (out[0] * c - out[1] * s) * d, p0[1] + (out[0] * s + out[1] * c) * d

        start, c1, c2 = turn(0.45, r + 2), turn(0.7, reach), turn(-0.7, reach)
        end, head = _arrow(c1, c2, turn(-0.45, r), 2, w)
        d = f"M{num(start[0])} {num(start[1])}C{num(c1[0])} {num(c1[1])} {num(c2[0])} {num(c2[1])} {num(end[0])} {num(end[1])}"
        middle = turn(0, reach * 0.8)
    else:
        control = ((p0[0] + p2[0]) / 2 + bend[0], (p0[1] + p2[1]) / 2 + bend[1])
        u = _unit(p0, control)
        start = (p0[0] + u[0] * (size[e.source_id] + 2), p0[1] + u[1] * (size[e.source_id] + 2))
        end, head = _arrow(p0, control, p2, size[e.target_id] + 2, w)
        d = f"M{num(start[0])} {num(start[1])}Q{num(control[0])} {num(control[1])} {num(end[0])} {num(end[1])}"
        middle = (
            (start[0] + 2 * control[0] + end[0]) / 4,
            (start[1] + 2 * control[1] + end[1]) / 4,
        )
    strength = (w - 1.2) / 5  # √(count / the most): thin links fade, their counts unwritten
    opacity = f"{0.3 + 0.6 * strength:.2f}"
    parts = [
        f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="{num(w)}" stroke-opacity="{opacity}"/>',
        f'<polygon points="{head}" fill="{colour}" fill-opacity="{opacity}"/>',
    ]
    if e.count > 1 and strength >= 0.4:
        parts.append(
            text(
                middle[0],
                middle[1] + 3.5,
                f"{e.count}",
                text_anchor="middle",
                font_size="10",
                font_weight="600",
                fill=colour,
                stroke="#ffffff",
                stroke_width="3",
                paint_order="stroke",
            )
        )
    tip = f"{e.source_id} → {e.target_id}: {e.category} ×{e.count}"
    data = attrs(
        class_="edge",
        data_source=e.source_id,
        data_target=e.target_id,
        data_category=e.category,
        data_count=e.count,
    )
    return linked(e.href, f"<g{data}><title>{esc(tip)}</title>{''.join(parts)}</g>")


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
