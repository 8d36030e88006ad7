"""Dates as written, made readable by the date grammar: NFKC (full-width digits, ㍻) and
kanji numerals in digits, with the offsets back into the original text."""

from __future__ import annotations

import re
import unicodedata

from kansoku.lang.ja.lexicon import alternation


def normalize(text: str) -> tuple[str, list[int]]:
    """NFKC text, kanji numerals of dates in digits (平成三十一年, 六月十九日), and for each
    character the index of the character it came from.

    Character by character, so offsets map back even where NFKC changes length (㍻ → 平成).
    """
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        n = ch if ch.isascii() else unicodedata.normalize("NFKC", ch)
        chars.append(n)
        origin.extend([i] * len(n))
    return _kanji_dates("".join(chars), origin)


_KANJI_VALUES = {c: i for i, c in enumerate("〇一二三四五六七八九")}
# A kanji numeral that is part of a date: before 月 (六月), before 日 right after a month
# (六月十九日), before 年 after an era (平成三十一年) or when written digit by digit
# (二〇二四年). Alone, 一日 and 三年 are as often a duration or a word.
_KANJI_DATE = re.compile(
    r"(?<=月)[〇一二三四五六七八九十]+(?=日)|[〇一二三四五六七八九十]+(?=月)|"
    r"(?<=[和成正治])[〇一二三四五六七八九十]+(?=年)|[〇一二三四五六七八九]{4}(?=年)"
)


def _kanji_number(digits: str) -> int:
    if "十" not in digits:  # 二〇二四: digit by digit
        return int("".join(str(_KANJI_VALUES[c]) for c in digits))
    tens, _, ones = digits.partition("十")
    return (_KANJI_VALUES[tens] if tens else 1) * 10 + (_KANJI_VALUES[ones] if ones else 0)


def _kanji_dates(norm: str, origin: list[int]) -> tuple[str, list[int]]:
    out, mapping, at = [], [], 0
    for m in _KANJI_DATE.finditer(norm):
        out.append(norm[at : m.start()])
        mapping += origin[at : m.start()]
        digits = str(_kanji_number(m.group()))
        out.append(digits)
        mapping += [origin[m.start()]] * len(digits)
        at = m.end()
    out.append(norm[at:])
    mapping += origin[at:]
    return "".join(out), mapping


# After a date: a clause ending in the past right before a noun (…に両国首脳が署名した条約).
_DESCRIBING = re.compile(
    r"(?:に|から)?[^、。「」]{0,24}?(?:した|された|れた|った|んだ|いた)(?=[\u4e00-\u9fff\u30a0-\u30ff])"
)


def describes(norm: str, at: int) -> bool:
    """The date ending at ``at`` is told in a clause describing a noun (昨年6月19日に署名
    した条約): background to the sentence, not the day of its act."""
    return _DESCRIBING.match(norm, at) is not None


def plan_told(speech_verbs: tuple[str, ...]) -> re.Pattern[str]:
    """After a date, its act in the plain non-past form told by a verb of saying (…が20日に
    訪問すると発表した): what is told is still to come."""
    # A verb's plain form ends in an u-row kana; not いる/ある (…していると, あると: a
    # state, not a plan), nor よる (…によると: a credit).
    return re.compile(
        rf"(?:[うくぐすつぬぶむ]|(?<![いあよ])る)と(?:、[^。]{{0,30}}?)?(?:{alternation(speech_verbs)})"
    )
