"""Calendar dates written on pages (bylines, date lines, metadata) → ISO strings.

Only absolute dates with a year are handled here: these fix when a page or a cited article
was published. Dates inside the story (the 19th, last June) belong to each language's
reader. The written forms (year/month/day marks, month names, weekdays) come from
``data/calendar.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import MINYEAR, date
from typing import Any

_ISO_PREFIX = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _chars(items: list[str]) -> str:
    return "".join(re.escape(str(c)) for c in items)


@dataclass(frozen=True)
class DateFormats:
    """The compiled forms of full calendar dates; each pattern names its groups y, m
    (or mn, a month's name) and d."""

    patterns: tuple[re.Pattern[str], ...]
    month_numbers: dict[str, int]
    time: re.Pattern[str]  # a time of day, to tell a byline's date from a date in a text
    month_only: re.Pattern[str]  # a year and month alone (a page dated to its month)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> DateFormats:
        months = {
            str(name).lower(): int(n) for n, names in data["months"].items() for name in names
        }
        names = "|".join(sorted(months, key=len, reverse=True))
        weekday = f"[{_chars(data['weekdays'])}]"
        zones = "|".join(map(re.escape, data["time_zones"]))
        hour, minute = f"[{_chars(data['hour_marks'])}]", f"[{_chars(data['minute_marks'])}]"
        clock = rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?|\d{{1,2}}{hour}(?:\d{{1,2}}{minute})?"
        time = (
            rf"(?:\s*[(（]{weekday}[)）])?"
            rf"(?:[ T,]*(?:{clock})(?:\s*(?:{zones}|[+-]\d{{2}}:?\d{{2}}|Z))?)?"
        )
        separators = _chars(data["separators"])
        year_sep = f"[{_chars(data['year_marks'])}{separators}]"
        month_sep = f"[{_chars(data['month_marks'])}{separators}]"
        day_mark = f"[{_chars(data['day_marks'])}]?"
        patterns = (
            rf"(?P<y>(?:19|20)\d{{2}})\s*{year_sep}\s*(?P<m>\d{{1,2}})\s*{month_sep}\s*"
            rf"(?P<d>\d{{1,2}}){day_mark}{time}",
            rf"(?i)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mn>{names})\.?,?\s+"
            rf"(?P<y>(?:19|20)\d{{2}})\b{time}",
            rf"(?i)\b(?P<mn>{names})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
            rf"(?P<y>(?:19|20)\d{{2}})\b{time}",
        )
        month_only = re.compile(
            rf"(?P<y>(?:19|20)\d{{2}})\s*{year_sep}\s*(?P<m>\d{{1,2}})\s*"
            rf"[{_chars(data['month_marks'])}]?"
        )
        return cls(tuple(re.compile(p) for p in patterns), months, re.compile(clock), month_only)

    def find_dates(self, text: str) -> list[tuple[int, int, str, bool]]:
        """All full dates in ``text`` as (start, end, iso, has_time), in order of position."""
        found: list[tuple[int, int, str, bool]] = []
        taken: list[range] = []
        for pattern in self.patterns:
            for m in pattern.finditer(text):
                if any(m.start() in r for r in taken):
                    continue
                groups = m.groupdict()
                month = int(groups["m"]) if "m" in groups else self.month_numbers[m["mn"].lower()]
                iso = _valid(int(m["y"]), month, int(m["d"]))
                if iso:
                    has_time = bool(self.time.search(m.group(), m.end("d") - m.start()))
                    found.append((m.start(), m.end(), iso, has_time))
                    taken.append(range(m.start(), m.end()))
        return sorted(found)

    def normalize(self, value: object) -> str | None:
        """A date-like value from metadata or a crawler field → ISO at its own precision."""
        if value is None:
            return None
        text = str(value).strip()
        if not text:
            return None
        if _looks_iso(text):
            return iso_prefix(text)
        dates = self.find_dates(text)
        return dates[0][2] if dates else None

    def month_line(self, text: str) -> str | None:
        """A block that is only a year and month (2025/11, or written with the year and
        month marks): the month a page went up, as analysis pages date themselves."""
        m = self.month_only.fullmatch(text.strip())
        if m is None or not 1 <= int(m.group("m")) <= 12:
            return None
        return f"{m.group('y')}-{int(m.group('m')):02d}"

    def date_in_url(self, url: str | None) -> str | None:
        """The date a page's address carries (news sites put the publication day in the
        path), at the precision written; None when it carries none."""
        path = re.sub(r"^[a-z]+://[^/]*", "", url or "", flags=re.I).split("?")[0]
        for m in _URL_DATE.finditer(path):
            month = m.group("m") or m.group("m8")
            number = int(month) if month.isdigit() else self.month_numbers.get(month.lower())
            day = m.group("d") or m.group("d8")
            if number is None or not 1 <= number <= 12:
                continue
            if day is None:
                return f"{m.group('y')}-{number:02d}"
            found = _valid(int(m.group("y")), number, int(day))
            if found:
                return found
        return None


# Dates as sites write them in their article paths: /2024/12/19/, /2024-12-19-, /20230913/,
# /2025/Apr/26/, and /2025/03/ (month only), also at the end of a slug (…_pact_20250522,
# …-talks-2024-11-05). A number longer than a date is an id.
_URL_DATE = re.compile(
    r"[/_-](?P<y>(?:19|20)\d{2})(?:[/-](?P<m>\d{1,2}|[A-Za-z]{3,9})(?:[/-](?P<d>\d{1,2}))?"
    r"|(?P<m8>\d{2})(?P<d8>\d{2}))(?=[/_.-]|$)"
)


def _looks_iso(text: str) -> bool:
    return bool(_ISO_PREFIX.match(text)) and (len(text) == 4 or text[4:5] == "-")


def iso_prefix(text: str) -> str | None:
    """The ISO date a text starts with (2024, 2024-06, 2024-06-19T…) at its precision;
    None when it starts with none or with an impossible one."""
    text = text.strip()
    m = _ISO_PREFIX.match(text)
    if m is None or not _looks_iso(text):
        return None
    y, mo, d = m.groups()
    if d:
        return _valid(int(y), int(mo), int(d))
    if int(y) < MINYEAR:  # 0000: no calendar has a year 0
        return None
    # Written out from the numbers: ２０２４-０６ (any script's digits) is 2024-06.
    if mo:
        return f"{int(y):04d}-{int(mo):02d}" if 1 <= int(mo) <= 12 else None
    return f"{int(y):04d}"


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None
