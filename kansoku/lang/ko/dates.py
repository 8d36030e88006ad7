"""Korean date expressions, resolved against the day the text was written.

2024년 6월 19일, 6월 19일, 지난 11일, 9일, 지난 6월, 2024년 10월, 지난해, 올해, 지난달, 이달,
어제; 부터·이후·이래 after a date make it a start (since). A day or month without its year
is the latest on or before the reference date, as in Japanese.
"""

from __future__ import annotations

import re
from datetime import MAXYEAR, MINYEAR, date, timedelta

from kansoku.lang import reference_day
from kansoku.reading import DateMention

_DATE = re.compile(
    r"(?:(?P<y>\d{4})년\s?)?(?:(?P<m>\d{1,2})월\s?)?(?:(?P<d>\d{1,2})일)?"
    r"|(?P<rel>지난해|작년|올해|지난달|이달|이번 달|어제|오늘|그제)"
)
_SINCE = re.compile(r"\s?(?:부터|이후|이래|以來)")
_RELATIVE = {"지난해": ("y", 1), "작년": ("y", 1), "올해": ("y", 0), "지난달": ("m", 1),
             "이달": ("m", 0), "이번 달": ("m", 0), "어제": ("d", 1), "오늘": ("d", 0),
             "그제": ("d", 2)}  # fmt: skip


def find_dates(text: str, reference: str | None) -> list[DateMention]:
    ref = reference_day(reference)
    found = []
    for m in _DATE.finditer(text):
        if not m.group().strip():
            continue
        if m["rel"] is None and not (m["m"] or m["d"] or (m["y"] and "년" in m.group())):
            continue
        if m["d"] and not m["m"] and not re.search(r"(?:^|[\s(,])$", text[: m.start()]):
            continue  # 11일 inside a longer word
        value, kind = _value(m, ref)
        since = bool(_SINCE.match(text, m.end()))
        found.append(DateMention(m.start(), m.end(), m.group(), value, None, kind, since))
    return found


def _value(m: re.Match[str], ref: date | None) -> tuple[str | None, str]:
    if m["rel"]:
        if ref is None:
            return None, "relative"
        unit, back = _RELATIVE[m["rel"]]
        if unit == "y":
            return _iso(ref.year - back, None, None), "relative"
        if unit == "m":
            months = ref.year * 12 + ref.month - 1 - back
            return _iso(months // 12, months % 12 + 1, None), "relative"
        try:
            return (ref - timedelta(days=back)).isoformat(), "relative"
        except OverflowError:  # 어제 on 0001-01-01
            return None, "relative"
    year = int(m["y"]) if m["y"] else None
    month = int(m["m"]) if m["m"] else None
    day = int(m["d"]) if m["d"] else None
    # 0월 and 0일 are no month or day (a bare 0 is falsy: test against None).
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        return None, "partial"
    if year is not None:
        return _iso(year, month, day), "absolute"
    if ref is None:
        return None, "partial"
    if month is None:  # 지난 11일: the latest 11th on or before the reference date
        if day is None:  # the pattern reads a day when it reads no year or month
            return None, "partial"
        months = ref.year * 12 + ref.month - 1 - (day > ref.day)
        # 지난 31일 told in March: not in February, so January's.
        for back in range(3):
            found = _iso((months - back) // 12, (months - back) % 12 + 1, day)
            if found:
                return found, "partial"
        return None, "partial"
    year = ref.year if (month, day or 1) <= (ref.month, ref.day) else ref.year - 1
    # 2월 29일 is of the last leap year (up to eight years back: 1900 was none); 6월 31일
    # is of none.
    for back in range(8):
        found = _iso(year - back, month, day)
        if found:
            return found, "partial"
    return None, "partial"


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    """The ISO date at the precision written; None for a day no calendar has (2월 30일)
    or a year outside it (before 1 or after 9999)."""
    if not MINYEAR <= year <= MAXYEAR:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
