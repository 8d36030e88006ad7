"""Korean date expressions, resolved against the day the text was written.

2024년 6월 19일, 6월 19일, 지난 11일, 9일, 지난 6월, 2024년 10월, 지난해, 올해, 지난달, 이달,
어제, and what is to come (내년, 다음 달); 부터·이후·이래 after a date make it a start (since). A day or month without its year
is the latest on or before the reference date, as in Japanese.
"""

from __future__ import annotations

import re
from datetime import MAXYEAR, MINYEAR, date, timedelta

from kansoku.lang import reference_day
from kansoku.reading import DateMention

_DATE = re.compile(
    r"(?:(?P<y>\d{4})년\s?)?(?:(?:(?P<m0>\d{1,2})\s?[~∼]\s?)?(?P<m>\d{1,2})월\s?)?"
    r"(?:(?:(?P<d0>\d{1,2})\s?[~∼]\s?)?(?P<d>\d{1,2})일)?"
    r"|(?P<rel>지난해|작년|올해|내년|지난달|이달|이번 달|다음 달|어제|오늘|그제|"
    # a season of this year (이르면 올여름, 올가을께): the year
    r"(?<![\uac00-\ud7a3])올\s?(?:봄|여름|가을|겨울))"
    # 지난해 8월, 지난달 9일: a month or a day of the year or month named
    r"(?:\s(?:(?P<rm>\d{1,2})월\s?)?(?:(?P<rd>\d{1,2})일)?)?"
)
# (지난해 말부터, 3월 초 이후: a part of the period named, then since)
_SINCE = re.compile(r"\s?(?:(?:초|말|중순|초순|하순|께)\s?)?(?:부터|이후|이래|以來)")
_RELATIVE = {"지난해": ("y", 1), "작년": ("y", 1), "올해": ("y", 0), "지난달": ("m", 1),
             "이달": ("m", 0), "이번 달": ("m", 0), "어제": ("d", 1), "오늘": ("d", 0),
             "그제": ("d", 2), "내년": ("y", -1), "다음 달": ("m", -1)}  # fmt: skip
_SEASON = re.compile(r"올\s?(?:봄|여름|가을|겨울)")


# Words for a day named before: 이날 (this day: the last day the text named, often the
# day of the telling, 국정원이 27일 밝혔다. 국정원은 이날 …), and 같은 날, 당일, 그날 (the
# day of the act told last: …29일 도착했다고 30일 보도했다. 같은 날 접견했다: the 29th).
_THIS_DAY = "이날"
_SAME_DAY = re.compile(r"(?<![\uac00-\ud7a3])(?:이날|같은 날|당일|그날)")
# A day counted from the day named before (조선중앙통신은 15일 …이 전날 …을 접견했다고 보도했다:
# the 14th; …12일 평양에 도착했다. 그는 이튿날 …과 회담했다: the 13th): from the last day the
# sentence named before the word, else the last day the text named; 전날 with no day named
# before is the day before the telling.
_NEIGHBOUR_DAY = re.compile(
    r"(?<![\uac00-\ud7a3])(?P<w>전날|하루 전|이튿날|다음 날|다음날|하루 뒤|하루 후)(?![\uac00-\ud7a3])"
)
_DAY_BEFORE = ("전날", "하루 전")


def find_dates(
    text: str, reference: str | None, last_days: tuple[str | None, str | None] = (None, None)
) -> list[DateMention]:
    """The dates of a sentence; ``last_days``: the day the text named last, and the last
    day of an act it told (what 이날, and 같은 날 or 당일, mean)."""
    ref = reference_day(reference)
    found = [
        DateMention(m.start(), m.end(), m.group(), day, None, "relative")
        for m in _SAME_DAY.finditer(text)
        if (day := last_days[0] if m.group() == _THIS_DAY else last_days[1]) is not None
    ]
    found += _neighbour_days(text, ref, last_days[0])
    found += _weeks(text, ref)
    for m in _DATE.finditer(text):
        if not m.group().strip():
            continue
        if m["rel"] is None and not (m["m"] or m["d"] or (m["y"] and "년" in m.group())):
            continue
        if m["d"] and not m["m"] and not re.search(r"(?:^|[\s(,])$", text[: m.start()]):
            continue  # 11일 inside a longer word
        value, kind = _value(m, ref)
        end_value = None
        if m["d0"] and value and len(value) == 10:  # 3~5일: from the 3rd to the 5th
            end_value, value = value, value[:8] + f"{int(m['d0']):02d}"
        if _AHEAD.search(text[max(0, m.start() - 4) : m.start()]) and value and not m["y"]:
            value, end_value = _ahead(value, ref), end_value and _ahead(end_value, ref)
        if m["m0"] and value and not m["d"]:  # 1~2월: from the first month to the second
            end_value, value = value, f"{value[:5]}{int(m['m0']):02d}"
            if int(m["m0"]) > int(m["m"]):  # 12~1월: the range crosses the new year
                value = f"{int(end_value[:4]) - 1:04d}-{int(m['m0']):02d}"
        since = bool(_SINCE.match(text, m.end()))
        text_of = m.group().rstrip()
        found.append(DateMention(m.start(), m.start() + len(text_of), text_of, value, end_value,
                                 kind, since))  # fmt: skip
    return sorted(found, key=lambda d: d.start)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _neighbour_days(text: str, ref: date | None, last_day: str | None) -> list[DateMention]:
    """전날, 이튿날, 다음 날: the day before or after the day named last before the word
    (전날 with none before: the day of the telling named after it, 전날 …했다고 20일
    밝혔다)."""
    found: list[DateMention] = []
    if not _NEIGHBOUR_DAY.search(text):
        return found
    days = [
        (d.start, d.value)
        for d in find_dates(_NEIGHBOUR_DAY.sub(_blank, text), ref.isoformat() if ref else None)
        if d.value and len(d.value) == 10
    ]  # fmt: skip
    for m in _NEIGHBOUR_DAY.finditer(text):
        before = [v for at, v in days if at < m.start()]
        back = m["w"] in _DAY_BEFORE
        # (북한은 전날 …을 발사했다고 합참이 20일 밝혔다: the day before the telling)
        after = [v for at, v in days if at > m.start()] if back else []
        anchor = before[-1] if before else after[0] if after else last_day
        if anchor is None and back and ref is not None:
            anchor = ref.isoformat()
        if anchor is None:
            continue
        try:
            day = date.fromisoformat(anchor) + timedelta(days=-1 if back else 1)
        except (ValueError, OverflowError):
            continue
        found.append(DateMention(m.start(), m.end(), m.group(), day.isoformat(), None, "relative"))
    return found


# A week counted from the telling's (다음 주 방문할 예정, 지난주 열린 회담): Monday to
# Sunday of that week, as the Japanese reader reads 来週.
_WEEK = re.compile(
    r"(?<![\uac00-\ud7a3])(?P<w>지난\s?주|이번\s?주|금주|다음\s?주|내주)(?:\s?(?:초|말|중))?"
    r"(?![\uac00-\ud7a3])"
)
_WEEK_SHIFT = {"지난": -1, "이번": 0, "금주": 0, "다음": 1, "내주": 1}


def _weeks(text: str, ref: date | None) -> list[DateMention]:
    """지난주, 이번 주, 다음 주: Monday to Sunday of the week counted from ``ref``'s."""
    if ref is None:
        return []
    found: list[DateMention] = []
    for m in _WEEK.finditer(text):
        word = m["w"].replace(" ", "")
        shift = next(v for k, v in _WEEK_SHIFT.items() if word.startswith(k))
        try:
            monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)
            sunday = monday + timedelta(days=6)
        except OverflowError:
            continue
        found.append(DateMention(m.start(), m.end(), m.group(), monday.isoformat(),
                                 sunday.isoformat(), "relative"))  # fmt: skip
    return found


# 오는 3일, 오는 9월: a day or month to come, the first on or after the reference day.
_AHEAD = re.compile(r"(?:오는|다가오는)\s?$")


def _ahead(value: str, ref: date | None) -> str:
    """The day or month ``value`` (resolved backwards) moved to the first on or after
    ``ref``."""
    if ref is None or value >= ref.isoformat()[: len(value)]:
        return value
    if len(value) == 7:
        return f"{int(value[:4]) + 1:04d}{value[4:]}"
    day = date.fromisoformat(value)
    months = day.year * 12 + day.month  # the next month with that day
    for step in range(3):
        found = _iso((months + step) // 12, (months + step) % 12 + 1, day.day)
        if found and found >= ref.isoformat():
            return found
    return value


def _value(m: re.Match[str], ref: date | None) -> tuple[str | None, str]:
    if m["rel"]:
        if ref is None:
            return None, "relative"
        unit, back = ("y", 0) if _SEASON.fullmatch(m["rel"]) else _RELATIVE[m["rel"]]
        rm, rd = (int(m["rm"]) if m["rm"] else None), (int(m["rd"]) if m["rd"] else None)
        if unit == "y":
            return _iso(ref.year - back, rm, rd if rm else None), "relative"
        if unit == "m":
            months = ref.year * 12 + ref.month - 1 - back
            return _iso(months // 12, months % 12 + 1, rd), "relative"
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
