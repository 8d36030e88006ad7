"""Figures in Japanese news text: the number, its range, qualifier and counter.

    >>> words = load_number_words(yaml.safe_load(open("kansoku/data/lang/ja/numbers.yaml")))
    >>> [(q.text, q.value, q.qualifier, q.counter) for q in find_quantities("兵士約1500人が", words)]
    [('約1500人', 1500.0, 'about', '人')]

Numbers are written in digits (1500, 1,500, full-width １５００, 1.2万), in kanji (三千,
一万二千) or mixed (1万1000, 1100億, 3千). 数 stands for "several" and counts as 1 where it
is the coefficient of a unit (数千 → 1000, 数百万 → 1000000) and as 0 where it trails a
unit (十数 → 10): the value is the least the writer can mean.

Not returned at all: dates and times (2024年, 19日, 21:19, 2024/06/20), ages (19歳),
ordinals (第3陣, 3回目), anniversaries (80周年), ratios (30%, 3割), durations (3か月),
measures (40km, 1.2kg) and model names (火星19, KN-23, Su-27). Any other number without
a counter is returned with ``counter=None``.

The word lists live in ``kansoku/data/lang/ja/numbers.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from kansoku.lang.ja.lexicon import alternation
from kansoku.reading import Quantity

EXACT = "exact"
ABOUT = "about"
AT_LEAST = "at_least"
AT_MOST = "at_most"
UP_TO = "up_to"
SEVERAL = "several"

# When a figure carries two qualifiers the stronger one wins: 約3000人余り is at least
# 3000, and 約数千人 stays several. Equal ranks: the later word wins.
_RANK = {EXACT: 0, ABOUT: 1, SEVERAL: 2, AT_LEAST: 3, AT_MOST: 3, UP_TO: 3}

# One character for one character, so offsets into the normalised text are offsets into
# the text passed in.
_NORMALISE = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
        **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
        "，": ",",
        "．": ".",
        "％": "%",
        "：": ":",
        "／": "/",
        "～": "〜",
        "~": "〜",
        "－": "-",
        "‐": "-",
        "‑": "-",
        "−": "-",
        "–": "-",
    }
)

_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10**4, "億": 10**8, "兆": 10**12}
_ARABIC = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
# 数 is a numeral only next to a unit: 数千, 十数, 10数; not in 多数, 人数 or 死者数1万.
_NUMBER = re.compile(
    rf"(?:{_ARABIC}|[〇零一二三四五六七八九十百千万億兆]|数(?=[十百千万億兆])|(?<=[十百千\d])数)+"
)
_PIECE = re.compile(rf"{_ARABIC}|.", re.S)
# Dates, times, codes and fractions: none of their numbers is a count.
_NOT_COUNTS = re.compile(
    r"(?<![\d.,])(?:"
    r"\d{1,4}[/.]\d{1,2}[/.]\d{1,4}"  # 2024/06/20, 2024.6.20
    r"|\d+(?:-\d+){2,}"  # 2024-06-20, telephone numbers
    r"|\d{1,2}:\d{2}(?::\d{2})?"  # 21:19
    r"|\d{1,2}/\d{1,2}"  # 6/20
    r")(?!\d)"
    r"|[\d〇一二三四五六七八九十百千]+分の[\d〇一二三四五六七八九十百千]+"  # 3分の1, 三分の二
)
_RANGE_SEP = re.compile(r"\s?[〜ー-]\s?|から|乃至")


@dataclass(frozen=True)
class _Number:
    value: Decimal
    unit: int  # the largest unit written: 10000 in 5万2000, 1 in 300
    several: bool  # written with 数
    kanji_only: bool


@dataclass(frozen=True)
class _Counted:
    counter: str | None
    end: int
    excluded: bool  # the word after the number makes it a date, an age, a measure…
    between: str | None = None  # qualifier between number and counter (300余人)


@dataclass(frozen=True)
class _Range:
    low: Decimal
    high: Decimal
    several: bool
    counted: _Counted


@dataclass(frozen=True)
class NumberWords:
    before: tuple[tuple[str, str], ...]  # (word, qualifier), longest word first
    not_before: tuple[str, ...]
    between: dict[str, str]
    between_re: re.Pattern[str]
    after: dict[str, str]
    after_re: re.Pattern[str]
    counters: dict[str, str]  # as written → returned spelling
    excluded: frozenset[str]
    counter_re: re.Pattern[str]  # counters and excluded words, longest first
    change_markers: tuple[str, ...]
    limit_after: tuple[str, ...] = ()  # 50万バレルに制限: the number a rule caps at
    amount_verbs: tuple[str, ...] = ()  # 約2万人に上る: the subject is what is counted
    per_unit_after: tuple[str, ...] = ()  # 1人あたり: the unit of a rate


def _alternation(words: list[str]) -> re.Pattern[str]:
    return re.compile(alternation(words))


def _by_word(groups: dict[str, list[str]]) -> dict[str, str]:
    return {word: name for name, words in groups.items() for word in words}


def load_number_words(data: dict[str, Any]) -> NumberWords:
    qualifiers = data["qualifiers"]
    before = _by_word(qualifiers["before"])
    between = _by_word(qualifiers["between"])
    after = _by_word(qualifiers["after"])
    counters = {c: c for c in data["counters"]} | _by_word(data["counter_spellings"])
    excluded = frozenset(w for words in data["excluded_counters"].values() for w in words)
    return NumberWords(
        before=tuple(sorted(before.items(), key=lambda item: -len(item[0]))),
        not_before=tuple(qualifiers["not_before"]),
        between=between,
        between_re=_alternation(list(between)),
        after=after,
        after_re=_alternation(list(after)),
        counters=counters,
        excluded=excluded,
        counter_re=_alternation([*counters, *excluded]),
        change_markers=tuple(data["change_markers"]),
        limit_after=tuple(data.get("limit_after") or ()),
        amount_verbs=tuple(data.get("amount_verbs") or ()),
        per_unit_after=tuple(data.get("per_unit_after") or ()),
    )


def _is_kanji(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or c == "々"


def _is_latin(c: str) -> bool:
    return c.isascii() and c.isalpha()


def _is_name_char(c: str) -> bool:
    """Kanji, katakana (with ー) or a Latin letter: a character of a name or a word."""
    return _is_kanji(c) or "ァ" <= c <= "ヺ" or c == "ー" or _is_latin(c)


def _parse_number(token: str) -> _Number | None:
    """The value of a numeral such as 1万1000, 1.2万, 三千, 数百万; None if malformed."""
    total = section = Decimal(0)
    pending: Decimal | None = None  # a coefficient waiting for its unit
    pending_kanji = False  # pending was written in kanji digits (一二〇〇 is positional)
    some = False  # a 数 waiting for its unit
    several = False
    unit = 1
    kanji_only = True

    def trailing() -> Decimal:
        # 数 alone before 万 is its coefficient (数万 → 1万); after a unit it adds
        # nothing (十数万 → 10万).
        return (pending or Decimal(0)) + (1 if some and section == 0 else 0)

    for piece in _PIECE.findall(token):
        if piece[0].isdigit():
            if pending is not None or some:
                return None
            pending, pending_kanji, kanji_only = Decimal(piece.replace(",", "")), False, False
        elif piece in _KANJI_DIGITS:
            if some or (pending is not None and not pending_kanji):
                return None
            pending = (pending or Decimal(0)) * 10 + _KANJI_DIGITS[piece]
            pending_kanji = True
        elif piece == "数":
            if pending is not None:  # 10数: the digits are the tens, 数 the ones
                section += pending
                pending = None
            some = several = True
        elif piece in _SMALL_UNITS:
            coefficient = pending if pending is not None else 1
            section += coefficient * _SMALL_UNITS[piece]
            pending, some = None, False
            unit = max(unit, _SMALL_UNITS[piece])
        else:
            group = section + trailing()
            if group == 0:
                return None
            total += group * _BIG_UNITS[piece]
            section, pending, some = Decimal(0), None, False
            unit = max(unit, _BIG_UNITS[piece])
    return _Number(total + section + trailing(), unit, several, kanji_only)


def _counter_at(norm: str, pos: int, lex: NumberWords) -> _Counted:
    match = lex.counter_re.match(norm, pos)
    if match is None:
        return _Counted(None, pos, excluded=False)
    word, end = match.group(), match.end()
    if word in lex.excluded:
        return _Counted(None, end, excluded=True)
    if norm.startswith("目", end):  # 3回目, 2人目: an ordinal, not a count
        return _Counted(None, end + 1, excluded=True)
    return _Counted(lex.counters[word], end, excluded=False)


def _counted(norm: str, pos: int, lex: NumberWords) -> _Counted:
    """The counter right after a number at ``pos``, allowing 余 before it (300余人)."""
    match = lex.between_re.match(norm, pos)
    if match is not None:
        counted = _counter_at(norm, match.end(), lex)
        if counted.counter is not None or counted.excluded:
            return _Counted(
                counted.counter, counted.end, counted.excluded, lex.between[match.group()]
            )
    return _counter_at(norm, pos, lex)


def _qualifiers_before(norm: str, start: int, lex: NumberWords) -> tuple[int, list[str]]:
    """Where the qualifier words before ``start`` begin, and their qualifiers in text order."""
    found: list[str] = []
    while not any(norm.endswith(word, 0, start) for word in lex.not_before):
        hit = next(((w, q) for w, q in lex.before if norm.endswith(w, 0, start)), None)
        if hit is None:
            break
        found.insert(0, hit[1])
        start -= len(hit[0])
    return start, found


def _qualifier_after(norm: str, pos: int, lex: NumberWords) -> tuple[str | None, int]:
    match = lex.after_re.match(norm, pos)
    if match is None:
        return None, pos
    word = match.group()
    # A one-kanji word followed by another kanji begins a longer word: 強化, 余波, 弱体.
    if len(word) == 1 and _is_kanji(word) and _is_kanji(norm[match.end() : match.end() + 1]):
        return None, pos
    return lex.after[word], match.end()


def _range_after(
    norm: str, pos: int, first: _Number, first_counted: _Counted, lex: NumberWords
) -> _Range | _Counted | None:
    """A second number after a range word at ``pos`` (400万から600万発, 300〜400人).

    Returns the excluded counter instead when the range is one of time or measure.
    """
    sep = _RANGE_SEP.match(norm, pos)
    second_match = sep and _NUMBER.match(norm, sep.end())
    if not second_match or second_match.group()[0] in _BIG_UNITS:
        return None
    second = _parse_number(second_match.group())
    if second is None:
        return None
    counted = _counted(norm, second_match.end(), lex)
    if counted.excluded:
        # 2023〜2024年 and 10〜12日 are spans of time: neither number is a count.
        return counted if first_counted.counter is None else None
    if first_counted.counter is not None and counted.counter != first_counted.counter:
        return None
    low = first.value
    # 3〜5万人 and 400〜600万発: the first number shares the second's unit when it has
    # none of its own and the second is written ending in it, unless that overshoots
    # (5000〜1万人 stays 5000; 一〜十人 is 1 to 10; 一〜十一人 ends in a digit: 1 to 11).
    ends_in_unit = second_match.group()[-1] in _SMALL_UNITS | _BIG_UNITS
    if first.unit == 1 and ends_in_unit and low * second.unit < second.value:
        low *= second.unit
    if second.value <= low:
        return None
    # 1万人から2万人に増やす is a change from one figure to another, not a range.
    _, after_end = _qualifier_after(norm, counted.end, lex)
    if sep is not None and sep.group() == "から" and norm.startswith(lex.change_markers, after_end):
        return None
    return _Range(low, second.value, first.several or second.several, counted)


def _read(
    text: str, norm: str, start: int, end: int, lex: NumberWords
) -> tuple[Quantity | None, int]:
    """The quantity whose number is ``norm[start:end]``, and where to continue scanning."""
    first = _parse_number(norm[start:end])
    prev = norm[start - 1 : start]
    if (
        first is None or prev == "第" or (prev == "-" and not _negative(norm, start))
    ):  # 第3陣; KN-23
        return None, end
    span_start, before = _qualifiers_before(norm, start, lex)
    counted = _counted(norm, end, lex)
    if counted.excluded:
        return None, counted.end
    if counted.counter is None and _is_latin(norm[end : end + 1]):  # 40km, 1.2kg, 9M723
        return None, end
    low, high, several = first.value, None, first.several
    ranged = _range_after(norm, counted.end, first, counted, lex)
    if isinstance(ranged, _Counted):
        return None, ranged.end
    if ranged is not None:
        low, high, several, counted = ranged.low, ranged.high, ranged.several, ranged.counted
    after, span_end = _qualifier_after(norm, counted.end, lex)

    if not before:
        # 火星19, ミサイル19: a number glued to a name is part of the name unless a
        # counter says what it counts (兵士1500人).
        if counted.counter is None and prev and _is_name_char(prev):
            return None, end
        # A lone kanji digit after a kanji is part of a word (統一, 同一人物, 万一);
        # 兵士三千人 and 兵士数千人 have units and are numbers.
        # (兵士一〇〇〇人, written digit by digit, is a number.)
        single = end - start == 1
        if first.kanji_only and _is_kanji(prev) and first.unit == 1 and single:
            return None, end
    # A kanji numeral running into a kanji that is not a counter is a word: 千葉, 一部.
    if (
        first.kanji_only
        and counted.counter is None
        and after is None
        and high is None
        and _is_kanji(norm[end : end + 1])
    ):
        return None, end

    if _negative(norm, span_start):  # マイナス5, ▲5, -5: a fall, a loss
        # ▲3〜5: a fall of 3 to 5, the range -5 to -3 (its low end stays first).
        low, high = (-low, None) if high is None else (-high, -low)
        span_start -= len(next(s for s in _MINUS if norm.endswith(s, 0, span_start)))
    qualifier = EXACT
    for candidate in [*before, SEVERAL if several else None, counted.between, after]:
        if candidate is not None and _RANK[candidate] >= _RANK[qualifier]:
            qualifier = candidate
    quantity = Quantity(
        start=span_start,
        end=span_end,
        text=text[span_start:span_end],
        value=float(low),
        value_max=None if high is None else float(high),
        qualifier=qualifier,
        counter=counted.counter,
    )
    return quantity, span_end


_MINUS = ("マイナス", "▲", "-")


def _negative(norm: str, start: int) -> bool:
    sign = next((s for s in _MINUS if norm.endswith(s, 0, start)), None)
    if sign is None:
        return False
    before = norm[start - len(sign) - 1 : start - len(sign)]
    return not (before.isascii() and before.isalnum())  # KN-23 is a name


def find_quantities(text: str, lex: NumberWords) -> list[Quantity]:
    """Every figure in ``text`` that may count or price something, in text order.

    Numbers with no counter come back with ``counter=None``; dates, times, ages,
    ordinals, anniversaries, ratios, durations, measures and model names do not come
    back at all.
    """
    norm = text.translate(_NORMALISE)
    not_counts = {m.start(): m.end() for m in _NOT_COUNTS.finditer(norm)}
    found: list[Quantity] = []
    pos = 0
    while match := _NUMBER.search(norm, pos):
        start, end = match.span()
        if start in not_counts:
            pos = not_counts[start]
            continue
        # 万, 億 and 兆 with no number before them are words (万全, 億万長者), not units.
        while start < end and norm[start] in _BIG_UNITS:
            start += 1
        if start == end:
            pos = end
            continue
        quantity, pos = _read(text, norm, start, end, lex)
        if quantity is not None:
            found.append(quantity)
    return found
