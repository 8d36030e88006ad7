"""The exchange ledger drawn as two facing columns: one state on each side, and between
them one arrow per item, pointing the way it goes. An arrow's thickness is the number of
reports of that flow, not its amount: troops, shells and barrels of oil have no common
unit, and a picture that sized them by amount would compare what cannot be compared."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kansoku.web.svg import INK, attrs, esc, fit_text, linked, num, svg_document, text

OUTWARD = "#b5421c"  # what the left state sends
INWARD = "#1f5fa8"  # what it receives


@dataclass(frozen=True)
class Flow:
    item: str
    outward: bool  # from the left state to the right one
    reports: int
    label: str  # the item, with its latest amount when one is reported
    unconfirmed: bool  # only possible, planned or denied reports
    href: str | None = None


def ledger_svg(left: str, right: str, flows: Sequence[Flow], width: int = 860) -> str:
    """Two columns named ``left`` and ``right``, the flows between them: those going right
    first, then those coming back, each an arrow as thick as its reports are many."""
    row, top, column = 34, 44, 150
    ordered = sorted(flows, key=lambda f: (not f.outward, -f.reports, f.item))
    height = top + row * max(len(ordered), 1) + 20
    most = max((f.reports for f in ordered), default=1)
    body = [
        _column(0, height, left), _column(width - column, height, right),
        text(width / 2, 22, f"{left} → {right}  ·  {right} → {left}", text_anchor="middle",
             font_weight="bold", fill=INK),
    ]  # fmt: skip
    x0, x1 = column + 12, width - column - 12
    for i, flow in enumerate(ordered):
        y = top + row * i + row / 2
        body.append(_arrow(flow, x0, x1, y, 2 + 12 * flow.reports / most))
    title = f"What {left} and {right} send each other"
    desc = f"{len(ordered)} flows; arrow thickness is the number of reports"
    return svg_document(width, height, title, desc, "".join(body), "ledger")


def _column(x: float, height: float, name: str) -> str:
    return (
        f'<rect x="{num(x)}" y="32" width="150" height="{num(height - 40)}" rx="6"'
        f' fill="#eef1f6" stroke="#c9d1de"/>'
        + text(
            x + 75,
            height / 2,
            fit_text(name, 140, 14),
            text_anchor="middle",
            font_size=14,
            font_weight="bold",
        )
    )


def _arrow(flow: Flow, x0: float, x1: float, y: float, thickness: float) -> str:
    colour = OUTWARD if flow.outward else INWARD
    start, end = (x0, x1 - 10) if flow.outward else (x1, x0 + 10)
    tip = x1 if flow.outward else x0
    head = 10 if flow.outward else -10
    dash = ' stroke-dasharray="6 4"' if flow.unconfirmed else ""
    shape = (
        f'<line x1="{num(start)}" y1="{num(y)}" x2="{num(end)}" y2="{num(y)}"'
        f' stroke="{colour}" stroke-width="{num(thickness)}"{dash}/>'
        f'<path d="M{num(tip)},{num(y)} l{num(-head)},-7 l0,14 z" fill="{colour}"/>'
    )
    words = f"{flow.label} · {flow.reports} report{'s' if flow.reports != 1 else ''}"
    if flow.unconfirmed:
        words += " (unconfirmed)"
    label = text((x0 + x1) / 2, y - thickness / 2 - 4, fit_text(words, x1 - x0 - 20),
                 text_anchor="middle", fill=INK)  # fmt: skip
    # The whole row answers a click, not only the thin line and the words.
    hit = (
        f'<rect x="{num(x0)}" y="{num(y - 16)}" width="{num(x1 - x0)}" height="32"'
        ' fill="#ffffff" fill-opacity="0"/>'
    )
    group = (
        f"<g{attrs(class_='mark flow', data_item=flow.item)}>"
        f"<title>{esc(words)}</title>{hit}{shape}{label}</g>"
    )
    return linked(flow.href, group)
