"""English date expressions, resolved against the day the text was written.

Aug. 27, 27 August 2024, June 2024, in June, mid-2022, on Tuesday, last Friday, last
month, earlier this year. A date without its year is the latest such day or month on or
before the reference date (news tells what happened), or the next one when the sentence
speaks of the future; a weekday is the latest such day on or before it (last Friday:
before it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import MAXYEAR, MINYEAR, date, timedelta
from typing import Any

from kansoku.lang import reference_day
from kansoku.reading import DateMention


@dataclass(frozen=True)
class DateRules:
    months: dict[str, int]
    weekdays: tuple[str, ...]
    month_lead: frozenset[str]
    relative: dict[str, dict[str, int]]
    since: frozenset[str]
    since_fillers: frozenset[str]
    future_words: tuple[str, ...]
    pattern: re.Pattern[str]
    past_openers: frozenset[str] = frozenset()
    irregular_past: frozenset[str] = frozenset()
    month_range: re.Pattern[str] | None = None
    period: re.Pattern[str] | None = None
    period_units: dict[str, int] = field(default_factory=dict)  # months in one
    period_counts: dict[str, int] = field(default_factory=dict)


def load_date_rules(data: dict[str, Any], future_words: tuple[str, ...]) -> DateRules:
    months = {str(name): int(n) for n, names in data["months"].items() for name in names}
    month = "|".join(sorted(months, key=len, reverse=True))
    weekday = "|".join(data["weekdays"])
    relative = "|".join(sorted((re.escape(r) for r in data["relative"]), key=len, reverse=True))
    pattern = re.compile(
        rf"""\b(?:
        (?P<d1>\d{{1,2}})\s+(?P<m1>{month})\.?,?(?:\s+(?P<y1>\d{{4}}))?
        |(?P<m2>{month})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?
        |(?P<part>early|mid|late)?[-\s]?(?P<m3>{month})\.?,?\s+(?P<y3>\d{{4}})
        |(?P<lead>\w+)[-\s]+(?P<m4>{month})\b(?!\.?\s+\d)
        |(?P<ypart>early|mid|late|in|since|by|until|from|during)[-\s](?P<y5>(?:19|20)\d\d)\b
        |(?:fall|autumn|spring|summer|winter|end|start|beginning|half|quarter)\s+of\s+
         (?P<y6>(?:19|20)\d\d)\b
        |(?P<last>last\s+|this\s+|on\s+)?(?P<wd>{weekday})
        |(?P<rel>{relative})
        )\b""",
        re.IGNORECASE | re.VERBOSE,
    )
    # between March and October 2024, from March to October last year, March-October 2024:
    # two months that share the year told after the second.
    years = "|".join(re.escape(r) for r, shift in data["relative"].items() if "years" in shift)
    month_range = re.compile(
        rf"""\b(?:(?:between|from)\s+)?(?P<first>{month})\.?
        \s*(?:\s(?:and|to|through|until|till)\s|[-–])\s*(?P<second>{month})\.?,?
        \s+(?:of\s+)?(?:(?P<year>(?:19|20)\d\d)|(?P<rel>{years}))\b""",
        re.IGNORECASE | re.VERBOSE,
    )
    units, counts = dict(data["period_units"]), dict(data["period_counts"])
    period = re.compile(
        rf"\b(?:{'|'.join(data['period_openers'])})\s+the\s+(?:{'|'.join(data['period_lasts'])})"
        rf"\s+(?:(?P<count>\d{{1,3}}|{'|'.join(map(re.escape, counts))})\s+)?"
        rf"(?P<unit>{'|'.join(units)})\b",
        re.IGNORECASE,
    )
    return DateRules(
        months=months,
        weekdays=tuple(data["weekdays"]),
        month_lead=frozenset(data["month_lead"]),
        relative={str(k): dict(v) for k, v in data["relative"].items()},
        since=frozenset(data["since"]),
        since_fillers=frozenset(data.get("since_fillers") or ()),
        future_words=future_words,
        pattern=pattern,
        past_openers=frozenset(data.get("past_clause_openers") or ()),
        irregular_past=frozenset(data.get("irregular_past") or ()),
        month_range=month_range,
        period=period,
        period_units=units,
        period_counts=counts,
    )


def find_dates(text: str, reference: str | None, rules: DateRules) -> list[DateMention]:
    """Every date expression in ``text`` with its value at the precision it has."""
    ref = reference_day(reference)
    ahead = any(w in text for w in rules.future_words)
    found = []
    for m in rules.pattern.finditer(text):
        value, kind = _value(m, ref, ahead and not _past_clause(text[: m.start()], rules), rules)
        if value is None and kind == "":
            continue
        before = [w.lower() for w in text[: m.start()].split()[-3:]]
        while before and before[-1] in rules.since_fillers:
            before.pop()  # since at least July: from then on
        since = bool(before) and before[-1] in rules.since
        found.append(DateMention(m.start(), m.end(), m.group(), value, None, kind, since))
    found += _periods(text, found, ref, rules)
    return _month_ranges(text, sorted(found, key=lambda d: d.start), ref, rules)


def _periods(
    text: str, found: list[DateMention], ref: date | None, rules: DateRules
) -> list[DateMention]:
    """over the past two years, in the last 18 months: from that long before the day of
    writing, going on since (a period of days or weeks is this month's; of several months
    or years, no date)."""
    if ref is None or rules.period is None:
        return []
    periods = []
    for m in rules.period.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        word = (m["count"] or "a").lower()
        count = int(word) if word.isdigit() else rules.period_counts.get(word, 1)
        unit = rules.period_units[m["unit"].lower()]
        if unit and not count:
            continue  # over the past several months: no start the text tells
        months = ref.year * 12 + ref.month - 1 - count * unit
        year = months // 12
        if MINYEAR <= year <= MAXYEAR:
            value = f"{year:04d}-{months % 12 + 1:02d}"
            periods.append(
                DateMention(m.start(), m.end(), m.group(), value, None, "relative", True)
            )
    return periods


def _month_ranges(
    text: str, found: list[DateMention], ref: date | None, rules: DateRules
) -> list[DateMention]:
    """Two months that share the year told after the second (between March and October
    2024) are one range from the first to the second, in place of what was found in it (a
    March alone is the latest one, not the year's)."""
    ranges = []
    for m in rules.month_range.finditer(text) if rules.month_range else ():
        if m["year"]:
            year, kind = int(m["year"]), "absolute"
        elif ref is not None:
            year, kind = (
                ref.year - rules.relative[re.sub(r"\s+", " ", m["rel"].lower())]["years"],
                "relative",
            )
        else:
            continue
        first, second = rules.months[m["first"].lower()], rules.months[m["second"].lower()]
        start_year = year - (first > second)  # November to February 2025: from 2024
        if not MINYEAR <= start_year <= year <= MAXYEAR:
            continue
        value, end = f"{start_year:04d}-{first:02d}", f"{year:04d}-{second:02d}"
        ranges.append(DateMention(m.start(), m.end(), m.group(), value, end, kind))
    kept = [d for d in found if not any(r.start <= d.start < r.end for r in ranges)]
    return sorted([*kept, *ranges], key=lambda d: d.start)


def _past_clause(before: str, rules: DateRules) -> bool:
    """…, after Shoigu visited Pyongyang in June: the date's own clause, opened by a
    clause word, tells a past act (a verb in the past, no word of the future after the
    opener)."""
    words = re.findall(r"[A-Za-z']+", before.lower())
    opener = max((k for k, w in enumerate(words) if w in rules.past_openers), default=None)
    if opener is None:
        return False
    clause = words[opener + 1 :]
    if any(w in " ".join(clause) + " " for w in rules.future_words):
        return False
    return any(w.endswith("ed") or w in rules.irregular_past for w in clause)


def _value(
    m: re.Match[str], ref: date | None, ahead: bool, rules: DateRules
) -> tuple[str | None, str]:
    g = m.groupdict()
    month_name = g["m1"] or g["m2"] or g["m3"] or g["m4"]
    if g["m4"] and (g["lead"] or "").lower() not in rules.month_lead:
        return None, ""  # May alone is also a verb
    if month_name:
        month = rules.months[month_name.lower()]
        day = int(g["d1"] or g["d2"] or 0)
        year_text = g["y1"] or g["y2"] or g["y3"]
        if year_text:
            year, kind = int(year_text), "absolute"
        elif ref is None:
            return None, "partial"
        else:
            year, kind = _year_of(month, day or 1, ref, ahead), "partial"
        if day and not 1 <= day <= 31:
            return None, ""
        if day:  # 31 June, 29 Feb. 2023: no such day, no date
            return _day(year, month, day), kind
        return (f"{year:04d}-{month:02d}" if MINYEAR <= year <= MAXYEAR else None), kind
    if g["y5"] or g["y6"]:  # as a number: digits of any script (20٢٤) give an ASCII year
        return f"{int(g['y5'] or g['y6']):04d}", "absolute"
    if ref is None:
        return None, "relative"
    if g["wd"]:
        wanted = rules.weekdays.index(g["wd"].lower())
        back = (ref.weekday() - wanted) % 7
        if (g["last"] or "").strip().lower() == "last" and back == 0:
            back = 7
        return _days_before(ref, back), "relative"
    shift = rules.relative[re.sub(r"\s+", " ", g["rel"].lower())]
    if "days" in shift:
        return _days_before(ref, shift["days"]), "relative"
    if "weeks" in shift:  # last week: the month of the week before (no day is told)
        week = _days_before(ref, 7 * shift["weeks"])
        return (week[:7] if week else None), "relative"
    if "season_end" in shift:  # last autumn: this year's once it is over, else last year's
        year = ref.year if ref.month > shift["season_end"] else ref.year - 1
        return (f"{year:04d}" if MINYEAR <= year <= MAXYEAR else None), "relative"
    # Past either end of the calendar (a reference of 9999-12-31) there is no date.
    if "months" in shift:
        months = ref.year * 12 + ref.month - 1 - shift["months"]
        year = months // 12
        in_range = MINYEAR <= year <= MAXYEAR
        return (f"{year:04d}-{months % 12 + 1:02d}" if in_range else None), "relative"
    year = ref.year - shift["years"]
    return (f"{year:04d}" if MINYEAR <= year <= MAXYEAR else None), "relative"


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _days_before(ref: date, days: int) -> str | None:
    try:
        return (ref - timedelta(days=days)).isoformat()
    except OverflowError:  # before 0001-01-01 or after 9999-12-31
        return None


def _year_of(month: int, day: int, ref: date, ahead: bool) -> int:
    """The year of a month (and day) told without one: the latest on or before the
    reference date, or the next one when the sentence speaks of the future."""
    if ahead:
        year = ref.year if (month, day) >= (ref.month, ref.day) else ref.year + 1
    else:
        year = ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1
    # Feb. 29 is in the nearest leap year that way (up to eight years off: 1900 was none).
    for _ in range(8):
        if _day(year, month, day) is not None:
            break
        year += 1 if ahead else -1
    return year
