"""Korean numbers and what they count: 1만1000명 (11,000), 1만 1천 명, 3000여 명 (about
3,000 or more), 수천 명 (thousands), 1만~1만2천 명, 약 2만 개 — each with the noun beside
it that says what is counted (``data/lang/ko/units.yaml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from kansoku.lang.units import Units
from kansoku.reading import Quantity

_NOUN_WINDOW = 14  # characters at most between a counted noun and its number


@dataclass(frozen=True)
class NumberWords:
    digits: dict[str, int]
    vague: dict[str, float]
    before: dict[str, str]
    after: dict[str, str]
    pattern: re.Pattern[str]
    # Phrases that name what a count is counted as (포탄으로 환산하면 800만 발, 152㎜ 포탄
    # 기준으로 보면 …): the noun before them still says what is counted.
    conversions: tuple[str, ...] = ()


def load_number_words(data: dict[str, Any], units: Units) -> NumberWords:
    digits = {str(k): int(v) for k, v in data["digits"].items()}
    vague = {str(k): float(v) for k, v in data["vague"].items()}
    before = dict(data["qualifiers"]["before"])
    after = dict(data["qualifiers"]["after"])
    counters = {c for spec in units.kinds.values() for c in spec.counters} | set(units.currencies)
    unit = "|".join(sorted((re.escape(d) for d in digits), key=len, reverse=True))
    # Digits, then units each followed by more digits or not: 1만1000, 1만 1천, 2천만,
    # 1억5000만. Every repeat starts at a unit and the runs are possessive, so a long run
    # of digits is read in linear time (an optional unit between digit runs let the
    # matcher split them every possible way: 22 digits took four seconds).
    digits_ = r"\d[\d,]*+(?:\.\d+)?"
    number = rf"{digits_}(?:\s?(?:{unit})++(?:\s?{digits_})?)*+\s?"
    fuzzy = "|".join(sorted(vague, key=len, reverse=True))
    one = rf"(?:{number}|{fuzzy})"
    tail = "|".join(sorted((re.escape(a) for a in after), key=len, reverse=True))
    count = "|".join(sorted((re.escape(c) for c in counters), key=len, reverse=True))
    pattern = re.compile(
        rf"(?P<qual>{'|'.join(map(re.escape, before))})?\s?"
        rf"(?P<low>{one})(?:\s?[~∼-]\s?(?P<high>{one}))?\s?(?P<tail>{tail})?\s?"
        rf"(?P<counter>{count})"
    )
    conversions = tuple(sorted(map(str, data.get("conversions") or ()), key=len, reverse=True))
    return NumberWords(digits, vague, before, after, pattern, conversions)


def value_of(text: str, nw: NumberWords) -> float | None:
    """1만1000 → 11000; 1만 1천 → 11000; 3,000 → 3000; 수천 → 1000. Numbers below 만 add
    up within a section; 만 and 억 close a section and scale it."""
    text = text.replace(",", "").replace(" ", "")
    if text in nw.vague:
        return nw.vague[text]
    # In decimal: 85.71만 is 857100, not 857099.9999999999.
    total = section = Decimal(0)
    for number, unit in re.findall(r"(\d+(?:\.\d+)?)?(\D)?", text):
        if not number and not unit:
            continue
        # A unit with no number of its own scales what comes before it (2천만: 2000 ×
        # 10000), or counts one of itself when nothing does (만 명).
        value = Decimal(number) if number else Decimal(0 if section else 1)
        scale = nw.digits.get(unit or "", 1)
        if scale >= 10000:
            total += (section + value) * scale
            section = Decimal(0)
        else:
            section += value * scale
    return float(total + section) or None


def find_quantities(text: str, nw: NumberWords) -> list[tuple[Quantity, str]]:
    """Every counted number, with its counter as written."""
    found = []
    for m in nw.pattern.finditer(text):
        low = value_of(m["low"], nw)
        if low is None:
            continue
        high = value_of(m["high"], nw) if m["high"] else None
        if high is not None and high <= low:
            high = None  # 1만~1만 명 is one figure; a range ends above where it starts
        qualifier = "several" if m["low"].strip() in nw.vague else "exact"
        if m["qual"]:
            qualifier = nw.before[m["qual"]]
        if m["tail"]:
            qualifier = nw.after[m["tail"]]
        following = _qualifier_after(text[m.end() :], nw)
        if following is not None:
            qualifier = following
        start = m.start("qual") if m["qual"] else m.start("low")
        quantity = Quantity(
            start, m.end(), text[start : m.end()], low, high, qualifier, m["counter"]
        )
        found.append((quantity, m["counter"]))
    return found


# A particle a qualifier word may carry (이상을, 이상으로), or the subject particle on the
# counter before it (100만 배럴이 넘는).
_QUALIFIER_PARTICLE = re.compile(r"(?:으로|로|을|를|이|가|의|은|는|도|에)$")


def _qualifier_after(rest: str, nw: NumberWords) -> str | None:
    """The qualifier a word after a count gives it: 3000명 이상, 100만 배럴 이상을, 100만
    배럴이 넘는, 4천 명을 넘어섰다."""
    found = re.match(r"(?:이|가|을|를)?\s?(\S+)", rest)
    if found is None:
        return None
    word = found.group(1).rstrip(".,\"'”’")
    if word in nw.after:
        return nw.after[word]
    bare = _QUALIFIER_PARTICLE.sub("", word)
    if bare != word and len(bare) > 1 and bare in nw.after:
        return nw.after[bare]
    # 넘어섰다고, 웃돌았으며: a qualifying verb with its ending
    return next((v for k, v in nw.after.items() if len(k) > 1 and word.startswith(k)), None)


def kind_of(
    text: str, quantity: Quantity, units: Units, conversions: tuple[str, ...] = ()
) -> tuple[str, str | None] | None:
    """(kind, the noun that says so) for a counted number: the noun right before it, past
    only particles and words like 수 (사망 300여 명, 컨테이너가 1만6000개를, 사상자 수는 약
    3000명), or right after its counter (1만 명의 병력); not a noun further back (컨테이너를
    실은 공장 5개: factories)."""
    counter = quantity.counter or ""
    if counter in units.currencies:
        return units.money_kind, None
    after = _AFTER_QUALIFIER.sub("", text[quantity.end : quantity.end + 12].lstrip())
    for kind, spec in units.kinds.items():
        if counter not in spec.counters:
            continue
        for noun in sorted(spec.nouns, key=len, reverse=True):  # 건설 인력 before 인력
            at = text.rfind(noun, 0, quantity.start)
            gap = text[at + len(noun) : quantity.start]
            for phrase in conversions:  # 포탄으로 환산하면 N만 발
                if gap.startswith((phrase, " " + phrase)):
                    gap = gap.replace(phrase, "", 1)
                    break
            if at >= 0 and _only_fillers(gap, units):
                return kind, noun
            if after.startswith(("의 " + noun, noun)):
                return kind, noun
    return _moved(text, quantity, units)


_MOVED_WINDOW = 12  # characters after a bare count in which the verb moving it is read
# The word before a bare count: a name with its particle, an adverb, a quote's start
# (북한이 3천 명을, 러시아에 2천 명을, 추가로 3천 명을, "3천 명을).
_BARE_BEFORE = re.compile(r"(?:이|가|은|는|에|에게|로|으로|도|[\"“(])$")


def _moved(text: str, quantity: Quantity, units: Units) -> tuple[str, str | None] | None:
    """A bare count the verb right after it moves (3천 명을 추가로 보냈다, 2천 명을
    파견했다): the kind that verb moves, when the counter counts it."""
    before = text[: quantity.start].split()
    if before and not _BARE_BEFORE.search(before[-1]):
        return None  # 대표단 20명을 보냈다: a noun of its own counted, not troops
    rest = re.split(r"[.,\"”]", text[quantity.end : quantity.end + _MOVED_WINDOW])[0]
    for verb, kind in units.moved_by.items():
        spec = units.kinds.get(kind)
        if spec is not None and quantity.counter in spec.counters and verb in rest:
            return kind, None
    return None


# What may stand between a counter and the noun after it: N만 배럴이 넘는 원유, N만 명
# 이상의 병력, 2천 명 규모의 병력.
_AFTER_QUALIFIER = re.compile(
    r"^(?:(?:이|가)\s)?(?:넘는|웃도는|이상의|가량의|정도의|안팎의|남짓의|규모의)\s"
)


def _only_fillers(gap: str, units: Units) -> bool:
    """Nothing but particles and filler words between a noun and its count."""
    return (
        all(word in units.count_fillers or word[:-1] in units.count_fillers for word in gap.split())
        and len(gap) <= _NOUN_WINDOW
    )
