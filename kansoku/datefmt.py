"""Calendar dates written on pages (bylines, 公開日 lines, metadata) → ISO strings.

Only absolute dates with a year are handled here: these fix when a page or a cited article
was published. Dates inside the story (19日, 昨年6月) belong to extraction.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}  # fmt: skip
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))

# Each pattern names its groups y, m, d; the time part is optional and only widens the span.
_TIME = r"(?:\s*[(（][月火水木金土日][)）])?(?:[ T,]*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:JST|KST|UTC|GMT|[+-]\d{2}:?\d{2}|Z))?)?"
_PATTERNS = [
    re.compile(
        r"(?P<y>(?:19|20)\d{2})\s*[年/.\-]\s*(?P<m>\d{1,2})\s*[月/.\-]\s*(?P<d>\d{1,2})日?" + _TIME
    ),
    re.compile(
        rf"(?i)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mn>{_MONTH_RE})\.?,?\s+(?P<y>(?:19|20)\d{{2}})\b"
        + _TIME
    ),
    re.compile(
        rf"(?i)\b(?P<mn>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})\b"
        + _TIME
    ),
]
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
_ISO_PREFIX = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, int, str, bool]]:
    """All full dates in ``text`` as (start, end, iso, has_time), in order of position."""
    found: list[tuple[int, int, str, bool]] = []
    taken: list[range] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() in r for r in taken):
                continue
            month = int(m["m"]) if "m" in m.groupdict() else _MONTHS[m["mn"].lower()]
            iso = _valid(int(m["y"]), month, int(m["d"]))
            if iso:
                found.append((m.start(), m.end(), iso, bool(_HAS_TIME.search(m.group()))))
                taken.append(range(m.start(), m.end()))
    return sorted(found)


def normalize(value: object) -> str | None:
    """A date-like value from metadata or a crawler field → ISO at its own precision."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    m = _ISO_PREFIX.match(text)
    if m and (len(text) == 4 or text[4:5] == "-"):
        y, mo, d = m.groups()
        if d:
            return _valid(int(y), int(mo), int(d))
        if mo:
            return f"{y}-{mo}" if 1 <= int(mo) <= 12 else None
        return y
    dates = find_dates(text)
    return dates[0][2] if dates else None
