"""Date expressions in Japanese news text, resolved against the date of the report.

A report is written on its reference date, so a date written without its year or month
(19日, 6月, 月曜日) is the latest such date on or before the reference, unless its sentence
speaks of the future (予定, 見通し, 来月, a closing へ, …): then it is the next one on or after
it. Word lists (eras, relative words, seasons, anniversary events) live in
``data/lang/ja/dates.yaml``, the future words in the lexicon; this module holds the
grammar and the calendar arithmetic.

Values are ISO strings at the precision the text supports ("2024", "2024-06", "2024-06-19").
Spans that cover a stretch of time carry its last day or month in ``end_value``:
8日から13日にかけ, 1〜3月, seasons (month ranges, 冬 running into the next year), year
halves (前半), and weeks (先週 = Monday to Sunday of the previous ISO week; 先週末 = its
Saturday and Sunday). Anaphoric words (同日, 前日, 翌年, 同月) count from the last date the
text named before them, or its end for a range, and from the reference when there is none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from kansoku.datefmt import iso_prefix
from kansoku.lang.ja import daymath
from kansoku.lang.ja.datetext import describes, normalize, plan_told
from kansoku.lang.ja.daymath import Ymd
from kansoku.lang.ja.lexicon import alternation
from kansoku.reading import DateMention

# ("abs", 2024), ("ref", -1) from the report's date, ("ana", 0) from the text's last date,
# ("yy", 24) for a two-digit year whose century depends on the reference.
_Shift = tuple[str, int]

_SENTENCE = re.compile(r"[^。!?\n]*[。!?\n]?")
_CLOSERS = "。!?」』)\"' \n"
_RANGE_JOINERS = ("から", "~", "〜", "-", "–", "―", "から翌", "から同")
_RANGE_TAILS = ("にかけて", "にかけ", "まで")
# A time or a weekday in brackets after a day belongs to the mention (19日(水)午後3時) but
# adds nothing to its value.
_TIME = (
    r"(?:\s?\([月火水木金土日](?:曜日?)?\))?"
    r"(?:\s?(?:午前|午後)?\d{1,2}時(?:\d{1,2}分|半)?|\s?\d{1,2}:\d{2}(?::\d{2})?"
    r"|未明|早朝|朝(?![鮮日刊])|昼|夕方|夜間|夜|深夜|午前|午後)?"
)
_NUM = r"(?<![\d.])"  # a number starts here, not inside 100日 or 1.5日
_YEAR4 = r"(?:1\d|2[01])\d{2}"


@dataclass(frozen=True)
class _Cal:
    """What a calendar expression (2024年6月, 昨年9月, 先月20日, 8〜13日) says."""

    year: _Shift | None = None
    month: _Shift | None = None
    day: int | None = None
    first_month: int | None = None  # 1〜3月 starts at month 1
    first_day: int | None = None  # 8〜13日 starts at day 8
    months: tuple[int, int] | None = None  # a season or part of the year
    current_season: bool = False  # 今冬 said in January is the winter that began last year

    @property
    def kind(self) -> str:
        if self.year and self.year[0] in ("abs", "yy"):
            return "absolute"
        if self.year or (self.month and self.month[0] != "abs"):
            return "relative"
        return "partial"

    @property
    def has_end(self) -> bool:
        return bool(self.first_month or self.first_day or self.months)


@dataclass(frozen=True)
class _Day:
    """昨日, あす (from the reference) or 同日, 翌日 (from the text's last date)."""

    shift: _Shift


@dataclass(frozen=True)
class _Week:
    """先週, 来週月曜, 今週末, or a bare weekday (offset None)."""

    offset: int | None
    weekday: int | None
    weekend: bool = False


@dataclass(frozen=True)
class _Anniversary:
    bases: tuple[int, ...]  # empty when the event is not known
    years: int


@dataclass(frozen=True)
class _Period:
    """同じ期間, 同時期: the period (or date) the text named last."""


_Spec = _Cal | _Day | _Week | _Anniversary | _Period


@dataclass(frozen=True)
class DateRules:
    eras: dict[str, int]  # era names and their one-letter forms (令和, R)
    years: dict[str, _Shift]
    months: dict[str, _Shift]
    weeks: dict[str, int]
    days: dict[str, _Shift]
    weekdays: str
    seasons: dict[str, tuple[int, int]]
    season_prefixes: dict[str, int]
    year_parts: dict[str, tuple[int, int]]
    future_markers: tuple[str, ...]
    plan_told: re.Pattern[str]  # after a date: …が20日に訪問すると発表した, still to come
    not_after: tuple[str, ...]
    not_before: tuple[str, ...]
    anniversaries: dict[str, tuple[int, ...]]
    periods: tuple[str, ...]  # words for "the same period" as the text named before
    since_words: tuple[str, ...]  # after a date: from then on, up to the telling
    patterns: dict[str, re.Pattern[str]]


def _alt(words: Iterable[object]) -> str:
    # Longest first, so 対独戦勝 wins over 戦勝 and 一昨年 over 昨年.
    return alternation(map(str, words))


def _shifts(section: dict[str, Any]) -> dict[str, _Shift]:
    out: dict[str, _Shift] = {}
    for base, kind in (("reference", "ref"), ("anaphoric", "ana")):
        out.update({w: (kind, int(k)) for w, k in (section.get(base) or {}).items()})
    return out


def _pair(value: list) -> tuple[int, int]:
    return int(value[0]), int(value[1])


def load_date_rules(
    data: dict[str, Any], future_words: tuple[str, ...], speech_verbs: tuple[str, ...]
) -> DateRules:
    r = DateRules(
        eras={str(k): int(v) for k, v in {**data["eras"], **data["era_letters"]}.items()},
        years=_shifts(data["years"]),
        months=_shifts(data["months"]),
        weeks={w: int(k) for w, k in data["weeks"]["reference"].items()},
        days=_shifts(data["days"]),
        weekdays="".join(data["weekdays"]),
        seasons={s: _pair(v) for s, v in data["seasons"].items()},
        season_prefixes={p: int(k) for p, k in data["season_prefixes"].items()},
        year_parts={p: _pair(v) for p, v in data["year_parts"].items()},
        future_markers=future_words,
        plan_told=plan_told(speech_verbs),
        not_after=tuple(data["not_after"]),
        not_before=tuple(data["not_before"]),
        anniversaries={str(k): tuple(int(y) for y in v) for k, v in data["anniversaries"].items()},
        periods=tuple(data["periods"]),
        since_words=tuple(data["since_words"]),
        patterns={},
    )
    return replace(r, patterns=_compile(r, list(data["month_parts"])))


def _compile(r: DateRules, month_parts: list[str]) -> dict[str, re.Pattern[str]]:
    seasons, month_words = _alt(r.seasons), _alt(r.months)
    wd = f"[{r.weekdays}]"
    year = (
        rf"(?:(?:{_NUM}(?P<y>{_YEAR4})年"
        rf"|(?P<era>{_alt(r.eras)})(?P<en>\d{{1,2}}|元)年"
        # 24年6月 is 2024 in running text, but 懲役1年6月 is a sentence of 18 months.
        rf"|{_NUM}(?<!懲役)(?<!禁錮)(?<!禁固)(?P<y2>\d{{2}})年(?=\d{{1,2}}月)"
        rf"|(?P<yw>{_alt(r.years)}))"
        rf"(?:の(?=\d|{seasons}|{month_words}))?)?"
    )
    month = rf"(?:{_NUM}(?:(?P<m0>\d{{1,2}})[~〜\-–・])?(?P<m>\d{{1,2}})月|(?P<mw>{month_words}))"
    day = rf"{_NUM}(?:(?P<d0>\d{{1,2}})[~〜\-–・])?(?P<d>\d{{1,2}})日{_TIME}"
    cal = (
        # (おととし秋: the kana year word ends in し)
        rf"{year}(?:(?<=[年のし])(?P<season>{seasons})|(?<=年)(?P<ypart>{_alt(r.year_parts)})"
        rf"|{month}?(?:(?<=月)(?P<mpart>{_alt(month_parts)})|{day})?)(?:以降|以来)?"
    )
    return {
        "cal": re.compile(cal),
        # 2024/07/18, 2024・7・18, R6.7.18, 令和6/7/18; 2024/07; 7/18.
        "numeric": re.compile(
            rf"{_NUM}(?:(?P<y>{_YEAR4})|(?P<era>{_alt(r.eras)})(?P<en>\d{{1,2}}))"
            rf"(?P<sep>[/.\-・])(?P<m>\d{{1,2}})(?:(?P=sep)(?P<d>\d{{1,2}}))?"
            rf"(?![\d%]|[.\-/・]\d)日?{_TIME}"
        ),
        # A bare 7/18 is a date where a date's particle or weekday follows (1/3の兵力 is a
        # fraction).
        "month_day": re.compile(
            rf"(?<![\d/.・\-])(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})(?=[にまから、,(\s]|$){_TIME}"
        ),
        "day": re.compile(rf"(?P<w>{_alt(r.days)}){_TIME}"),
        "week": re.compile(
            rf"(?:(?P<w>{_alt(r.weeks)})(?:(?P<end>末)|の?(?P<wd>{wd})曜日?)?"
            rf"|(?P<wd2>{wd})曜日?){_TIME}"
        ),
        "season": re.compile(rf"(?P<p>{_alt(r.season_prefixes)})(?P<s>{seasons})"),
        "period": re.compile(_alt(r.periods)),
        "anniversary": re.compile(
            rf"(?:(?P<base>{_alt(r.anniversaries)})の?)?{_NUM}(?P<n>\d{{1,3}})(?P<shu>周)?年"
        ),
    }


def _parse_cal(m: re.Match[str], r: DateRules) -> _Cal | None:
    year: _Shift | None = None
    if m["y"]:
        year = ("abs", int(m["y"]))
    elif m["era"]:
        year = ("abs", r.eras[m["era"]] + (1 if m["en"] == "元" else int(m["en"])) - 1)
    elif m["y2"]:
        year = ("yy", int(m["y2"]))
    elif m["yw"]:
        year = r.years[m["yw"]]
    month: _Shift | None = ("abs", int(m["m"])) if m["m"] else None
    if m["mw"]:
        month = r.months[m["mw"]]
    day = int(m["d"]) if m["d"] else None
    first_month = int(m["m0"]) if m["m0"] else None
    first_day = int(m["d0"]) if m["d0"] else None
    months = r.seasons.get(m["season"] or "") or r.year_parts.get(m["ypart"] or "")
    if not (year or month or day):
        return None  # a season, 上旬 or 以降 with nothing to hang on
    if (months and not year) or (m["mpart"] and not month):
        return None
    if year and month and month[0] != "abs":
        return None  # 昨年先月 is not a date
    if year and day and not month:
        return None
    if month and month[0] == "abs" and not all(1 <= x <= 12 for x in (month[1], first_month or 1)):
        return None
    if day and not all(1 <= x <= 31 for x in (day, first_day or 1)):
        return None
    if first_month and day:
        return None  # 1〜3月5日 reads as nothing sensible
    return _Cal(year, month, day, first_month, first_day, months)


def _parse(name: str, m: re.Match[str], r: DateRules) -> _Spec | None:
    if name == "cal":
        return _parse_cal(m, r)
    if name == "numeric":
        y = int(m["y"]) if m["y"] else r.eras[m["era"]] + int(m["en"]) - 1
        mo, d = int(m["m"]), int(m["d"]) if m["d"] else None
        return (
            _Cal(("abs", y), ("abs", mo), d)
            if 1 <= mo <= 12 and daymath.valid((y, mo, d))
            else None
        )
    if name == "month_day":
        mo, d = int(m["m"]), int(m["d"])
        return _Cal(None, ("abs", mo), d) if 1 <= mo <= 12 and 1 <= d <= 31 else None
    if name == "day":
        return _Day(r.days[m["w"]])
    if name == "week":
        if m["wd2"]:
            return _Week(None, r.weekdays.index(m["wd2"]))
        weekday = r.weekdays.index(m["wd"]) if m["wd"] else None
        return _Week(r.weeks[m["w"]], weekday, bool(m["end"]))
    if name == "period":
        return _Period()
    if name == "season":
        return _Cal(
            ("ref", r.season_prefixes[m["p"]]), months=r.seasons[m["s"]], current_season=True
        )
    if not (m["base"] or m["shu"]):
        return None  # a bare 80年 is a duration
    return _Anniversary(r.anniversaries.get(m["base"] or "", ()), int(m["n"]))


def _kind(spec: _Spec) -> str:
    if isinstance(spec, _Cal):
        return spec.kind
    return "anniversary" if isinstance(spec, _Anniversary) else "relative"


def _blocked(norm: str, start: int, end: int, r: DateRules) -> bool:
    """Whether a match is a duration, count or comparison rather than a date."""
    before = norm[max(0, start - 8) : start]
    if any(before.endswith(w) for w in r.not_before):
        return True
    if norm[start].isdigit() and re.search(r"\d年$", before):
        return True  # the 6月 of 懲役1年6月
    if norm[end - 1] in "年月日":
        if norm[end - 1] == "月" and norm.startswith(_AROUND, end):
            return False  # 6月前後, 6月ごろ: around June, still June
        return any(norm.startswith(w, end) for w in r.not_after)
    return False


_AROUND = ("前後", "ごろ", "頃")


@dataclass
class _Found:
    start: int  # offsets into the normalised text
    end: int
    spec: _Spec
    last: _Spec | None = None  # the end of a range written as two dates (19日から20日)


def _scan(norm: str, r: DateRules) -> list[_Found]:
    candidates: list[_Found] = []
    for name, pattern in r.patterns.items():
        for m in pattern.finditer(norm):
            if not m.group() or _blocked(norm, m.start(), m.end(), r):
                continue
            spec = _parse(name, m, r)
            if spec is not None:
                candidates.append(_Found(m.start(), m.end(), spec))
    # Where patterns overlap, the one starting first wins, then the longest.
    candidates.sort(key=lambda f: (f.start, f.start - f.end))
    kept: list[_Found] = []
    for f in candidates:
        if not kept or f.start >= kept[-1].end:
            kept.append(f)
    return _join_ranges(norm, kept)


def _rangeable(spec: _Spec) -> bool:
    return isinstance(spec, _Day) or (isinstance(spec, _Cal) and not spec.has_end)


def _join_ranges(norm: str, found: list[_Found]) -> list[_Found]:
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.last is None
            and _rangeable(prev.spec)
            and _rangeable(f.spec)
            and norm[prev.end : f.start] in _RANGE_JOINERS
        ):
            prev.last = f.spec
            prev.end = f.end
            tail = next((t for t in _RANGE_TAILS if norm.startswith(t, f.end)), "")
            prev.end += len(tail)
        else:
            out.append(f)
    return out


class _Resolver:
    def __init__(self, norm: str, ref: Ymd | None, rules: DateRules) -> None:
        self.norm = norm
        self.ref = ref
        self.rules = rules
        self.named: list[Ymd] = []  # values resolved so far, for 同日, 翌年
        # Of those, earlier days in a clause describing a noun: never what 同日 means.
        self.aside: set[int] = set()
        # The last day named in the sentence being read (its sentence's start, the day).
        self.day_in_sentence: tuple[int, Ymd] | None = None
        self.periods: list[tuple[Ymd, Ymd | None]] = []  # (start, end) so far, for 同期間
        self.sentences = [m.start() for m in _SENTENCE.finditer(norm)]

    def anchor(self, level: int) -> Ymd | None:
        for i in range(len(self.named) - 1, -1, -1):
            v = self.named[i]
            if level == 3 and i in self.aside:
                continue
            if daymath.level(v) >= level:
                return v
        return self.ref if self.ref and daymath.level(self.ref) >= level else None

    def base(self, kind: str, level: int) -> Ymd | None:
        if kind == "ana":
            return self.anchor(level)
        return self.ref if self.ref and daymath.level(self.ref) >= level else None

    def future(self, f: _Found) -> bool:
        i = bisect_right(self.sentences, f.start) - 1
        match = _SENTENCE.match(self.norm, self.sentences[i])
        sentence = match.group() if match else ""
        tail = sentence.rstrip(_CLOSERS)
        # "政府は30日、計画を発表した": a date set off by a comma in a sentence that reports
        # a past act is when it was said, even if what was said is a plan.
        if self.norm.startswith("、", f.end) and tail.endswith("た"):
            return False
        told = self.rules.plan_told.search(sentence, f.end - self.sentences[i])
        return (
            tail.endswith("へ")
            or any(w in sentence for w in self.rules.future_markers)
            or bool(told)
        )

    def year(self, shift: _Shift) -> int | None:
        kind, n = shift
        if kind == "abs":
            return n
        if kind == "yy":
            # The latest year ending in these digits, up to ten years after the report.
            limit = (self.ref[0] if self.ref else 2039) + 10
            return 2000 + n if 2000 + n <= limit else 1900 + n
        base = self.base(kind, 1)
        return None if base is None else base[0] + n

    def cal(self, c: _Cal, forward: bool) -> tuple[Ymd | None, Ymd | None]:
        month = c.month[1] if c.month and c.month[0] == "abs" else None
        first = (c.first_month or month, c.first_day or c.day)
        start: Ymd | None
        if c.month and c.month[0] != "abs":
            base = self.base(c.month[0], 2)
            if base is None or base[1] is None:
                return None, None
            start = (*daymath.add_months(base[0], base[1], c.month[1]), first[1])
        elif c.year:
            y = self.year(c.year)
            if y is None:
                return None, None
            if c.months:
                a, b = c.months
                ref_month = self.ref[1] if self.ref else None
                if c.current_season and b < a and ref_month is not None and ref_month <= b:
                    y -= 1
                return (y, a, None), (None if a == b else (y + (b < a), b, None))
            start = (y, *first)
        elif first[0] is None and first[1] is not None and self.day_in_sentence is not None:
            # 2025年4月26日に…、28日に: a day told after a date of the same sentence is a
            # day of that month or after it, not of the report's month.
            start = daymath.infer(None, first[1], self.day_in_sentence[1], True)
            if not forward and self.ref is not None and start and daymath.cmp(start, self.ref) > 0:
                # 4日、…が2日に派遣したと発表: an earlier day told after, not next month's.
                start = daymath.infer(None, first[1], self.ref, False)
        else:
            start = daymath.infer(first[0], first[1], self.ref, forward)
        if start is None or not daymath.valid(start):
            return None, None
        if c.first_month or c.first_day:
            return start, daymath.infer(month, c.day, start, True)
        return start, None

    def resolve(self, spec: _Spec, forward: bool) -> tuple[Ymd | None, Ymd | None]:
        """The start and end a spec names; nothing where that falls outside the calendar
        (あす or 来年 said on 9999-12-31: a reference from a page's broken metadata)."""
        try:
            start, end = self._resolve(spec, forward)
        except OverflowError:  # date arithmetic past year 9999 or before year 1
            return None, None
        return daymath.in_calendar(start), daymath.in_calendar(end)

    def _resolve(self, spec: _Spec, forward: bool) -> tuple[Ymd | None, Ymd | None]:
        if isinstance(spec, _Period):
            return self.periods[-1] if self.periods else (None, None)
        if isinstance(spec, _Cal):
            return self.cal(spec, forward)
        if isinstance(spec, _Anniversary):
            if not spec.bases:
                return None, None
            ref_year = self.ref[0] if self.ref else None
            base = min(
                spec.bases,
                key=lambda b: 0 if ref_year is None else abs(b + spec.years - ref_year),
            )
            return (base + spec.years, None, None), None
        if isinstance(spec, _Day):
            b = self.base(spec.shift[0], 3)
            if b is None:
                return None, None
            return daymath.ymd(daymath.to_date(b) + timedelta(days=spec.shift[1])), None
        if self.ref is None or daymath.level(self.ref) < 3:
            return None, None
        today = daymath.to_date(self.ref)
        if spec.offset is None:
            assert spec.weekday is not None
            if forward:
                return daymath.ymd(today + timedelta((spec.weekday - today.weekday()) % 7)), None
            return daymath.ymd(today - timedelta((today.weekday() - spec.weekday) % 7)), None
        monday = today - timedelta(today.weekday()) + timedelta(weeks=spec.offset)
        if spec.weekday is not None:
            return daymath.ymd(monday + timedelta(spec.weekday)), None
        first = monday + timedelta(5 if spec.weekend else 0)
        return daymath.ymd(first), daymath.ymd(monday + timedelta(6))

    def mention(self, f: _Found) -> tuple[str | None, str | None]:
        forward = self.future(f)
        sentence = self.sentences[bisect_right(self.sentences, f.start) - 1]
        if self.day_in_sentence is not None and self.day_in_sentence[0] != sentence:
            self.day_in_sentence = None
        start, end = self.resolve(f.spec, forward)
        if f.last is not None:
            last = f.last
            if isinstance(last, _Cal) and last.kind == "partial":
                # 1月から3月, 8日から13日: the end takes its year and month from the start.
                month = last.month[1] if last.month else None
                end = (
                    None
                    if start is None
                    else daymath.in_calendar(daymath.infer(month, last.day, start, True))
                )
            else:
                # 5日から翌日にかけて: an end told relative to the start counts from it.
                anchors = [start] if start is not None else []
                self.named += anchors
                end, _ = self.resolve(last, forward)
                del self.named[len(self.named) - len(anchors) :]
            if end is not None and start is not None and daymath.cmp(end, start) < 0:
                end = None  # a range never ends before it starts
        latest = end or start
        if latest is not None and not isinstance(f.spec, _Anniversary):
            if (
                self.named
                and daymath.cmp(latest, self.named[-1]) < 0
                and describes(self.norm, f.end)
            ):
                self.aside.add(len(self.named))
            self.named.append(latest)
            if daymath.level(latest) == 3:
                self.day_in_sentence = (sentence, latest)
        if start is not None and not isinstance(f.spec, _Anniversary | _Period):
            self.periods.append((start, end))
        return daymath.iso(start), daymath.iso(end)


def _reference(reference: str | None) -> Ymd | None:
    iso = iso_prefix(reference) if reference else None
    if iso is None:
        return None
    parts = [int(p) for p in iso.split("-")]
    return parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None


def find_dates(text: str, reference: str | None, rules: DateRules) -> list[DateMention]:
    """All date expressions in ``text`` (a sentence or paragraph), resolved against
    ``reference`` (ISO date of the report at any precision, or None). Unresolvable ones get
    value None."""
    norm, origin = normalize(text)
    resolver = _Resolver(norm, _reference(reference), rules)
    mentions = []
    for f in _scan(norm, rules):
        value, end_value = resolver.mention(f)
        start, end = origin[f.start], origin[f.end - 1] + 1
        written = text[start:end]
        # 2024年夏以降, 昨年8月から, 2022年半ば以来 (a part of the year between).
        since = written.endswith(rules.since_words) or (
            end_value is None
            and any(text.startswith(rules.since_words, end + gap) for gap in range(3))
        )
        mentions.append(
            DateMention(start, end, written, value, end_value, _kind(f.spec), since=since)
        )
    return mentions
