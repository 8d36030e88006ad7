"""Numbers as English news writes them: 13,000; 6 million; 1.6 mil; some 10,000; more
than one-thousand; between 10,000 and 12,000; hundreds of thousands of; 10,000-plus; $3
billion (``data/lang/en/units.yaml``). What each counts is ``quantities``' business."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from kansoku.lang.en.arguments import Parsed
from kansoku.lang.en.words import forms_of
from kansoku.lang.units import Units

_RANGE = frozenset({"-", "–", "—", "to"})
_SHARED_BELOW = 100  # a lower bound under this may share its upper bound's scale (11 to 12,000)
_PLUS = "-plus"  # 10,000-plus troops, 1 million-plus shells: at least


@dataclass(frozen=True)
class NumberWords:
    words: dict[str, float]
    scales: dict[str, float]
    vague: tuple[tuple[tuple[str, ...], float], ...]  # longest first
    qualifiers: tuple[tuple[tuple[str, ...], str], ...]  # longest first
    nouns: dict[str, tuple[str, str]]  # written form → (kind, lemma)
    counters: dict[str, tuple[str, str]]  # written form → (kind, lemma)
    outcome_links: frozenset[str]  # words between counted people and what befell them
    count_verbs: frozenset[tuple[str, ...]]  # casualties have reached 3,000: counted before
    demonyms: tuple[str, ...]  # endings of a state's people in the plural (North Koreans)
    people_kind: str  # the kind a count of a state's people is
    strength_words: frozenset[str]  # a 10,000-strong force
    putting_verbs: frozenset[str]  # put the number of troops at 11,000: counts its object
    figure_words: frozenset[str]  # put the figure at 3,000: the kind of the count before
    additions: frozenset[str]  # another 3,000, a further 2,000: the kind of the count before
    durations: frozenset[str]  # two days, three months: lengths of time, counting nothing
    sizes: frozenset[str] = frozenset()  # 152mm, 122-mm: a calibre between count and noun
    currency_states: frozenset[str] = frozenset()  # U.S. (dollars): a state before a currency
    shares: tuple[tuple[str, ...], ...] = ()  # percent, per cent, %: a share, no count


def load_number_words(data: dict[str, Any], units: Units) -> NumberWords:
    vague = sorted(
        ((tuple(k.split()), float(v)) for k, v in data["vague"].items()), key=lambda x: -len(x[0])
    )
    qualifiers = sorted(
        ((tuple(w.split()), q) for q, words in data["qualifiers"].items() for w in words),
        key=lambda x: -len(x[0]),
    )
    nouns: dict[str, tuple[str, str]] = {}
    counters: dict[str, tuple[str, str]] = {}
    for kind, spec in units.kinds.items():
        for noun in spec.nouns:
            for form in _phrase_forms(noun):
                nouns.setdefault(form, (kind, noun))
        for counter in spec.counters:
            for form in _phrase_forms(counter):
                counters.setdefault(form, (kind, counter))
    return NumberWords(
        words={str(k): float(v) for k, v in data["number_words"].items()},
        scales={str(k): float(v) for k, v in data["scales"].items()},
        vague=tuple(vague),
        qualifiers=tuple(qualifiers),
        nouns=nouns,
        counters=counters,
        outcome_links=frozenset(data["outcome_links"]),
        demonyms=tuple(data["demonyms"]["endings"]),
        people_kind=str(data["demonyms"]["kind"]),
        strength_words=frozenset(data["strength_words"]),
        putting_verbs=frozenset(
            form for verb in data.get("putting_verbs") or () for form in forms_of(verb, "VERB")
        )
        | frozenset(data.get("putting_verbs") or ()),
        figure_words=frozenset(
            form for noun in data.get("figure_words") or () for form in _phrase_forms(noun)
        ),
        additions=frozenset(data.get("additions") or ()),
        durations=frozenset(
            form for noun in data.get("durations") or () for form in _phrase_forms(noun)
        ),
        sizes=frozenset(data.get("sizes") or ()),
        currency_states=frozenset(data.get("currency_states") or ()),
        shares=tuple(tuple(str(w).split()) for w in data.get("shares") or ()),
        count_verbs=frozenset(
            (form, *rest)
            for phrase in data.get("count_verbs") or ()
            for first, *rest in [str(phrase).split()]
            for form in forms_of(first, "VERB") | {first}
        ),
    )


def _phrase_forms(phrase: str) -> set[str]:
    """A noun phrase and its plural (artillery shell, artillery shells), lower case."""
    *head, last = phrase.split()
    return {" ".join([*head, form]).lower() for form in forms_of(last, "NOUN") | {last}}


@dataclass
class Number:
    first: int
    end: int  # token index after the number
    value: float
    value_max: float | None = None
    qualifier: str = "exact"
    currency: str | None = None


def _designation(p: Parsed, i: int, nw: NumberWords) -> bool:
    """KN-23, Hwasong-11, 240mm: a number written onto letters names a model or a size,
    it counts nothing (but 1.5m, 20bn: a scale)."""
    token, before, after = p.tokens[i], p.tokens[i - 1] if i > 0 else None, None
    if i + 1 < len(p.tokens):
        after = p.tokens[i + 1]
    glued = after is not None and after.start == token.end and after.text[:1].isalpha()
    if glued and after is not None and after.lower not in nw.scales:
        return True
    if before is None or before.text != "-" or before.end != token.start or i < 2:
        return False
    word = p.tokens[i - 2]
    return word.end == before.start and word.text[-1:].isalpha()


def number_at(p: Parsed, i: int, nw: NumberWords, units: Units) -> Number | None:
    if _designation(p, i, nw) or calibre(p, i, nw):
        return None
    currency = None
    start = i
    if p.lower(i) in units.currencies and not p.lower(i).isalpha():
        currency, i = units.currencies[p.lower(i)], i + 1
    for words, value in nw.vague:
        if tuple(p.lower(i + k) for k in range(len(words))) == words:
            end = i + len(words) + (p.lower(i + len(words)) == "of")
            return Number(start, end, value, None, "several", currency)
    written, i = _value_at(p, i, nw)
    if written is None:
        return None
    value = written
    state = 1 + (p.lower(i + 1) == ".")  # 20 billion U.S. dollars: the dollars of a state
    if p.lower(i) in nw.currency_states and p.lower(i + state) in units.currencies:
        i += state
    unit_word = p.lower(i)
    if currency is None and unit_word.isalpha() and unit_word in units.currencies:
        currency = units.currencies[unit_word]  # 28 trillion won, 5 billion dollars
        i += 1
    number = Number(start, i, value, currency=currency)
    if any(p.lower(k).endswith(_PLUS[1:]) for k in range(start, i)):
        number.qualifier = "at_least"  # 10,000-plus, million-plus
    if p.lower(i) in _RANGE or (p.lower(start - 1) == "between" and p.lower(i) == "and"):
        upper, after = _value_at(p, i + 1, nw)
        if upper is not None and upper > value:
            number.value = _shared_scale(value, upper, p.lower(i - 1) in nw.scales)
            number.value_max, number.end = upper, after
    return number


def _shared_scale(lower: float, upper: float, scaled: bool) -> float:
    """11 to 12,000, 2 to 3 million: a lower bound of one or two digits written without
    the scale its round upper bound carries shares it (11,000), when that puts it below
    the upper bound and within a tenth of it; 50 to 100 missiles stay as written."""
    if scaled or lower >= _SHARED_BELOW or lower != int(lower):
        return lower
    for scale in (1e3, 1e6, 1e9):
        if upper % scale == 0 and upper / 10 <= lower * scale < upper:
            return lower * scale
    return lower


def _value_at(p: Parsed, i: int, nw: NumberWords) -> tuple[float | None, int]:
    """The number written from ``tokens[i]`` (11,000; 1.6 mil; five thousand; one-thousand).

    Worked out in decimal, so 8.03 million is 8030000 and not 8029999.999999999: the same
    figure told in another language must compare equal.
    """
    word = p.lower(i)
    parts = word.split("-")
    if word.replace(",", "").replace(".", "").isdigit():
        if "," in word and not all(len(g) == 3 for g in word.split(",")[1:]):
            return None, i
        try:
            value = Decimal(word.replace(",", ""))
        except InvalidOperation:  # 1.2.3, or a digit sign that is no number (²)
            return None, i
    elif all(part in nw.words or part in nw.scales for part in parts) and parts[0] in nw.words:
        value = Decimal(nw.words[parts[0]])
        for part in parts[1:]:  # one-thousand scales; twenty-five adds its ones
            if part in nw.scales:
                value *= Decimal(nw.scales[part])
            else:
                value += Decimal(nw.words[part])
        if word in ("a", "an") and p.lower(i + 1) not in nw.scales:
            return None, i
    else:
        return None, i
    i += 1
    while p.lower(i) in nw.scales or _glued_scale(p, i, nw):
        i += p.lower(i) == "-"  # 15-thousand: a scale joined by a hyphen
        value *= Decimal(nw.scales[p.lower(i)])
        i += 1
    plussed = p.lower(i).removesuffix(_PLUS)
    if plussed != p.lower(i) and plussed in nw.scales:  # 1 million-plus: the scale, at least
        value *= Decimal(nw.scales[plussed])
        i += 1
    if p.lower(i) == "-" and p.lower(i + 1) == _PLUS[1:]:
        return float(value), i + 2  # 10,000-plus: at least (see number_at)
    if _glued(p, i) and p.lower(i) == "-" and p.lower(i - 1).split("-")[-1] in nw.scales:
        rest = p.lower(i + 1)  # four-thousand-100: the hundreds written after the scale
        if rest.isdigit() and Decimal(rest) < nw.scales[p.lower(i - 1).split("-")[-1]]:
            value += Decimal(rest)
            i += 2
    return float(value), i


def _glued(p: Parsed, i: int) -> bool:
    """Token ``i`` touches the tokens on both sides (a hyphen inside 15-thousand)."""
    if not 0 < i < len(p.tokens) - 1:
        return False
    return p.tokens[i - 1].end == p.tokens[i].start and p.tokens[i].end == p.tokens[i + 1].start


def _glued_scale(p: Parsed, i: int, nw: NumberWords) -> bool:
    return p.lower(i) == "-" and _glued(p, i) and p.lower(i + 1) in nw.scales


def calibre(p: Parsed, k: int, nw: NumberWords) -> bool:
    """A token of a calibre written between a count and its noun (152 mm, 122-mm)."""
    word = p.lower(k)
    if word in nw.sizes or (word == "-" and p.lower(k + 1) in nw.sizes):
        return p.lower(k - 1).isdigit() or p.lower(k - 2).isdigit()
    return word.isdigit() and (p.lower(k + 1) in nw.sizes or p.lower(k + 2) in nw.sizes)
