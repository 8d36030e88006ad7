"""What every chart is drawn with: escaping, text, colours, dates at their precision, axis
ticks and numbers people read.

Texts that come from articles are untrusted: everything that goes into the SVG goes
through :func:`esc` or :func:`attrs`, and a link through :func:`safe_href`.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

PALETTE = Path(__file__).parent.parent / "data" / "palette.yaml"
FONT = (
    "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK JP', "
    "'Noto Sans CJK KR', 'Hiragino Sans', 'Malgun Gothic', sans-serif"
)
INK, MUTED, GRID, FAINT = "#222222", "#666666", "#e2e2e2", "#f6f6f6"
UNATTRIBUTED = "unattributed"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# -- shared: escaping, text, colours ----------------------------------------------------------


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def attrs(**values: object) -> str:
    """`` name="value"`` pairs, escaped, None left out: ``data_date`` is ``data-date`` and
    ``class_`` is ``class``."""
    return "".join(
        f' {name.rstrip("_").replace("_", "-")}="{esc(value)}"'
        for name, value in values.items()
        if value is not None
    )


def num(value: float) -> str:
    """A coordinate, short: 12.5, 12."""
    return f"{value:.1f}".removesuffix(".0")


def safe_href(href: str | None) -> str | None:
    """A link the page may follow: relative, http or https (never ``javascript:``)."""
    if not href:
        return None
    scheme = urlsplit(href.strip()).scheme.lower()
    return href if scheme in ("", "http", "https") else None


def web_link(url: str | None) -> str | None:
    """An article's own address as a link: only an absolute http(s) URL (never
    ``javascript:``, ``data:`` or a path that would point into this app)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def linked(href: str | None, inner: str) -> str:
    href = safe_href(href)
    return f'<a href="{esc(href)}">{inner}</a>' if href else inner


def text_width(text: str, size: float = 11) -> float:
    """About how wide ``text`` is drawn: wide (CJK) characters take a full em."""
    return sum(size if unicodedata.east_asian_width(c) in "WF" else size * 0.57 for c in text)


def fit_text(text: str, room: float, size: float = 11) -> str:
    """``text`` cut with an ellipsis to fit ``room`` pixels ("" when nothing fits)."""
    text = " ".join(str(text).split())
    if text_width(text, size) <= room:
        return text
    out, used, ellipsis = [], 0.0, text_width("…", size)
    for c in text:
        used += text_width(c, size)
        if used + ellipsis > room:
            break
        out.append(c)
    return "".join(out).rstrip() + "…" if out else ""


def svg_document(width: float, height: float, title: str, desc: str, body: str, kind: str) -> str:
    w, h = num(width), num(height)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}"'
        f' role="img"{attrs(class_=f"kansoku-chart {kind}", aria_label=title)}'
        f' font-family="{esc(FONT)}" font-size="11" fill="{INK}">'
        f"<title>{esc(title)}</title><desc>{esc(desc)}</desc>{body}</svg>"
    )


def text(x: float, y: float, content: str, **extra: object) -> str:
    return f'<text x="{num(x)}" y="{num(y)}"{attrs(**extra)}>{esc(content)}</text>'


@cache
def palette() -> dict[str, Any]:
    with PALETTE.open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


def category_colour(category: str) -> str:
    """The colour of a PLOVER category (``AID``); grey for one the palette does not know."""
    return str(palette()["categories"].get((category or "").upper(), palette()["unknown"]))


def category_order(categories: Iterable[str]) -> list[str]:
    """Distinct categories in the palette's order (cooperation to force), unknown ones last."""
    known = list(palette()["categories"])
    return sorted(set(categories), key=lambda c: (known.index(c) if c in known else 99, c))


def source_name(source: str | None) -> str:
    return " ".join((source or "").split()) or UNATTRIBUTED


def source_colours(sources: Iterable[str | None]) -> dict[str, str]:
    """A colour for each source, given in sorted order so that one set of sources always
    gets the same colours (Okabe–Ito first); unattributed ones and those past the palette
    are grey."""
    given = {source_name(s) for s in sources}
    names = sorted(given - {UNATTRIBUTED})
    listed, other = palette()["sources"], palette()["other_source"]
    colours = {
        name: str(listed[i]) if i < len(listed) else str(other) for i, name in enumerate(names)
    }
    if UNATTRIBUTED in given:
        colours[UNATTRIBUTED] = str(other)
    return colours


def legend(
    entries: Sequence[tuple[str, str]], x0: float, y0: float, right: float
) -> tuple[str, float]:
    """A legend of (swatch drawn around (6, 0), words) entries in rows from (x0, y0) that
    wrap at ``right``; returns the SVG and the height it takes."""
    x, y, parts = x0, y0, []
    for swatch, words in entries:
        wide = 18 + text_width(words) + 14
        if x + wide > right and x > x0:
            x, y = x0, y + 17
        label = text(17, 4, words, fill=MUTED)
        parts.append(f'<g transform="translate({num(x)},{num(y)})">{swatch}{label}</g>')
        x += wide
    return "".join(parts), (y - y0 + 17 if entries else 0)


def no_data(x: float, y: float, words: str) -> str:
    return text(x, y, words, fill=MUTED, text_anchor="middle", font_style="italic")


# -- dates at their precision -----------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """What an ISO date at its precision covers: ``start`` up to ``end`` (exclusive)."""

    start: dt.date
    end: dt.date
    precision: str  # year, month or day


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def parse_period(value: str | None) -> Period | None:
    """``2024`` → the year, ``2024-06`` → the month, ``2024-06-19`` → the day; None for
    anything else."""
    raw = (value or "").strip()[:10]
    try:
        if len(raw) == 4:
            return Period(dt.date(int(raw), 1, 1), dt.date(int(raw) + 1, 1, 1), "year")
        if len(raw) == 7 and raw[4] == "-":
            first = dt.date(int(raw[:4]), int(raw[5:7]), 1)
            return Period(first, add_months(first, 1), "month")
        day = dt.date.fromisoformat(raw)
        return Period(day, day + dt.timedelta(days=1), "day")
    except ValueError:
        return None


_STEPS = [("day", s) for s in (1, 2, 7, 14)] + [("month", s) for s in (1, 2, 3, 6)]
_STEPS += [("year", s) for s in (1, 2, 5, 10, 20, 50, 100)]
_UNIT_DAYS = {"day": 1.0, "month": 30.44, "year": 365.25}


def date_ticks(lo: dt.date, hi: dt.date, most: float) -> list[tuple[dt.date, str, bool]]:
    """Ticks for a date axis from ``lo`` to ``hi``: days, weeks, months or years, whichever
    gives at most ``most`` of them; each (date, label, starts a new year)."""
    span = max((hi - lo).days, 1)
    unit, step = next(((u, s) for u, s in _STEPS if span / (_UNIT_DAYS[u] * s) <= most), _STEPS[-1])
    if unit == "day":
        day = lo + dt.timedelta(days=(7 - lo.weekday()) % 7 if step >= 7 else 0)
    elif unit == "month":
        day = add_months(lo, 0 if lo.day == 1 else 1)
        while (day.month - 1) % step:
            day = add_months(day, 1)
    else:
        year = lo.year + (0 if (lo.month, lo.day) == (1, 1) else 1)
        day = dt.date(year + (-year) % step, 1, 1)
    ticks: list[tuple[dt.date, str, bool]] = []
    while day < hi:
        new_year = bool(ticks) and ticks[-1][0].year != day.year
        shown_year = f" {day.year}" if not ticks or new_year else ""
        month = MONTHS[day.month - 1]
        label = {"day": f"{day.day} {month}{shown_year}", "month": f"{month}{shown_year}"}.get(
            unit, str(day.year)
        )
        ticks.append((day, label, new_year and unit != "year"))
        if unit == "day":
            day += dt.timedelta(days=step)
        elif unit == "month":
            day = add_months(day, step)
        else:
            day = dt.date(day.year + step, 1, 1)
    return ticks


def date_axis(
    ticks: list[tuple[float, str, bool]], top: float, bottom: float, label_y: float, right: float
) -> str:
    """Vertical grid lines at ``ticks`` (x, label, major) with their labels after them."""
    parts = []
    for x, label, major in ticks:
        stroke = "#c4c4c4" if major else GRID
        parts.append(
            f'<line x1="{num(x)}" x2="{num(x)}" y1="{num(top)}" y2="{num(bottom)}" stroke="{stroke}"/>'
        )
        if x + 3 + text_width(label, 10.5) <= right + 4:
            parts.append(text(x + 3, label_y, label, fill=MUTED, font_size="10.5"))
    return "".join(parts)


def date_text(start: str | None, end: str | None = None) -> str:
    if not start:
        return "undated"
    return f"{start} – {end}" if end and end != start else start


# -- numbers ---------------------------------------------------------------------------------


def format_number(value: float, scale: float | None = None) -> str:
    """Numbers people read: 950, 1,000, 10k, 12.5k, 1.2M, 3B. ``scale`` (the largest number
    of an axis) gives all of the axis's numbers one suffix: 0, 5k, 10k, 15k."""
    size = abs(value if scale is None else scale)
    if value:
        for limit, divisor, suffix in (
            (1e12, 1e12, "T"),
            (1e9, 1e9, "B"),
            (1e6, 1e6, "M"),
            (1e4, 1e3, "k"),
        ):
            if size >= limit:
                return f"{value / divisor:.3g}{suffix}"
    return full_number(value)


def full_number(value: float) -> str:
    """The whole number for a tooltip: 11,000; 2.5."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round ticks from at most ``lo`` to at least ``hi`` (steps of 1, 2, 2.5, 5 × 10ⁿ)."""
    if hi <= lo:
        hi = lo + (abs(lo) or 1)
    raw = (hi - lo) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(s * magnitude for s in (1, 2, 2.5, 5, 10) if s * magnitude >= raw)
    first, last = math.floor(lo / step), math.ceil(hi / step)
    return [i * step for i in range(first, last + 1)]
