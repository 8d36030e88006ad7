"""Counted numbers in English: 13,000; 6 million; 1.6 mil; some 10,000; more than
one-thousand; between 10,000 and 12,000; hundreds of thousands of; $3 billion — and what
each counts, read from the words after it (``data/lang/en/units.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from kansoku.lang.en.arguments import Parsed, clause, role_before
from kansoku.lang.en.claims import Speech, claim_for
from kansoku.lang.en.words import forms_of
from kansoku.lang.units import Units
from kansoku.reading import Quantity, QuantityReading

_RANGE = frozenset({"-", "–", "—", "to"})
_LOOKAHEAD = 6  # words between a number and what it counts (11,000 North Korean troops)


@dataclass(frozen=True)
class NumberWords:
    words: dict[str, float]
    scales: dict[str, float]
    vague: tuple[tuple[tuple[str, ...], float], ...]  # longest first
    qualifiers: tuple[tuple[tuple[str, ...], str], ...]  # longest first
    nouns: dict[str, tuple[str, str]]  # written form → (kind, lemma)
    counters: dict[str, tuple[str, str]]  # written form → (kind, lemma)
    outcome_links: frozenset[str]  # words between counted people and what befell them


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
    )


def _phrase_forms(phrase: str) -> set[str]:
    """A noun phrase and its plural (artillery shell, artillery shells), lower case."""
    *head, last = phrase.split()
    return {" ".join([*head, form]).lower() for form in forms_of(last, "NOUN") | {last}}


@dataclass
class _Number:
    first: int
    end: int  # token index after the number
    value: float
    value_max: float | None = None
    qualifier: str = "exact"
    currency: str | None = None


def _number_at(p: Parsed, i: int, nw: NumberWords, units: Units) -> _Number | None:
    currency = None
    start = i
    if p.lower(i) in units.currencies and not p.lower(i).isalpha():
        currency, i = units.currencies[p.lower(i)], i + 1
    for words, value in nw.vague:
        if tuple(p.lower(i + k) for k in range(len(words))) == words:
            end = i + len(words) + (p.lower(i + len(words)) == "of")
            return _Number(start, end, value, None, "several", currency)
    written, i = _value_at(p, i, nw)
    if written is None:
        return None
    value = written
    number = _Number(start, i, value, currency=currency)
    if p.lower(i) in _RANGE or (p.lower(start - 1) == "between" and p.lower(i) == "and"):
        upper, after = _value_at(p, i + 1, nw)
        if upper is not None and upper > value:
            number.value_max, number.end = upper, after
    return number


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
    while p.lower(i) in nw.scales:
        value *= Decimal(nw.scales[p.lower(i)])
        i += 1
    return float(value), i


def _qualifier(p: Parsed, first: int, nw: NumberWords) -> tuple[str, int]:
    """The qualifier written before a number, and the index of its first word."""
    for words, qualifier in nw.qualifiers:
        n = len(words)
        if tuple(p.lower(first - n + k) for k in range(n)) == words:
            return qualifier, first - n
    return "exact", first


@dataclass(frozen=True)
class _Counted:
    kind: str
    noun: str  # the lemma of what is counted
    last: int  # its last token
    counter: str | None = None  # the measure word before it (tons of oil)


def _counted(p: Parsed, number: _Number, nw: NumberWords) -> _Counted | None:
    """What the number counts, looking past the words of its phrase; a counter (rounds,
    tons) is of the noun after its "of" when one is named."""
    counter: _Counted | None = None
    for k in range(number.end, min(number.end + _LOOKAHEAD, len(p.tokens))):
        word = p.lower(k)
        pair = f"{word} {p.lower(k + 1)}"
        by = counter.noun if counter else None
        if pair in nw.nouns:
            return _Counted(*nw.nouns[pair], k + 1, by)
        if word in nw.nouns and not (counter and word in nw.counters):
            return _Counted(*nw.nouns[word], k, by)
        if word in nw.counters and counter is None:
            counter = _Counted(*nw.counters[word], k, nw.counters[word][1])
            continue
        if word == "of" or word in p.lex.determiners or p.name_ending_at(k) or p.in_name(k):
            continue
        if not word.isalpha() or word in p.lex.clause_words or word in p.lex.roles:
            break
    return counter


def _outcome(
    p: Parsed, first: int, last: int, units: Units, nw: NumberWords
) -> tuple[str, str] | None:
    """What happened to the counted people: the verb before the number and its qualifier
    (killing around 40 soldiers), or after their noun, past auxiliaries and links (3,000
    soldiers have been killed or wounded: casualties, both measures)."""
    before = units.outcomes.get(p.lower(first - 1))
    if before is not None:
        return before
    found = []
    for k in range(last + 1, min(last + 7, len(p.tokens))):
        word = p.lower(k)
        if word in units.outcomes:
            found.append(units.outcomes[word])
        elif word not in p.lex.auxiliaries and word not in nw.outcome_links:
            break
    if not found:
        return None
    measures = frozenset(m for _, m in found)
    return found[0][0], units.measure_sets.get(measures, found[0][1])


def _owners(p: Parsed, number: _Number, last: int) -> tuple[str, ...]:
    """Whose a count is, as its phrase says: North Korea's 11,000 troops, 11,000 North
    Korean troops, 1 million barrels of oil from Russia."""
    owners = [n.mention.entity_id for n in p.names if number.end <= n.first and n.last < last]
    owners += [
        n.mention.entity_id
        for n in p.names
        if last < n.first <= last + 3 and p.lower(n.first - 1) in ("of", "from")
    ]
    if p.lower(number.first - 1) in p.lex.possessive:
        possessor = p.name_ending_at(number.first - 2)
        if possessor is not None:
            owners.insert(0, possessor.mention.entity_id)
    return tuple(owners)


def _to_come(p: Parsed, lo: int, at: int) -> bool:
    """A modal before a verb's base form in the count's clause (could send, may deploy; not
    may have sent): what is counted is yet to come."""
    return any(
        p.lower(k) in p.lex.future_modals and p.lower(k + 1) not in ("have", "be", "been")
        for k in range(lo, at)
    )


def read_quantities(
    p: Parsed,
    nw: NumberWords,
    units: Units,
    marked: tuple[bool, str | None],
    talks: list[Speech],
) -> list[QuantityReading]:
    readings = []
    i = 0
    while i < len(p.tokens):
        number = _number_at(p, i, nw, units)
        if number is None:
            i += 1
            continue
        i = max(number.end, i + 1)
        reading = _reading(p, number, nw, units, marked, talks)
        if reading is not None:
            readings.append(reading)
    return readings


def _reading(
    p: Parsed,
    number: _Number,
    nw: NumberWords,
    units: Units,
    marked: tuple[bool, str | None],
    talks: list[Speech],
) -> QuantityReading | None:
    qualifier, opening = _qualifier(p, number.first, nw)
    if number.qualifier == "exact":
        number.qualifier = qualifier
    if any(p.lower(k) in units.limit_words for k in range(number.first - 3, number.first)):
        return None  # a cap or a goal is no count of anything done
    counted = _counted(p, number, nw)
    if number.currency is None and counted is None:
        return None
    if counted is None:
        kind, lemma, last, unit = units.money_kind, "", number.end - 1, number.currency or ""
    else:
        kind, lemma, last = counted.kind, counted.noun, counted.last
        unit = units.kinds[kind].unit_for(counted.counter or lemma)
    # an additional 3,000 troops, 3,000 more troops: counts of their own.
    nearby = [p.lower(k) for k in (*range(opening - 4, opening), *range(number.end, last + 2))]
    measure = units.measures.get(lemma) or next(
        (units.measures[w] for w in nearby if w in units.measures), None
    )
    # thousands of sappers and builders: one count of both, a measure of its own.
    also = nw.nouns.get(p.lower(last + 2)) if p.lower(last + 1) in ("and", "or") else None
    if measure and also and units.measures.get(also[1]) not in (None, measure):
        named = frozenset({measure, units.measures[also[1]]})
        measure = units.measure_sets.get(named) or "+".join(sorted(named))
    outcome = _outcome(p, opening, last, units, nw)
    if outcome is not None and kind in ("troops", "casualties"):
        kind, measure = outcome
        unit = units.kinds[kind].unit_for(None)
    bounds = clause(p, number.first, last)
    claim = claim_for(p, number.first, bounds, marked, talks, figure=True)
    if claim is None:
        return None
    start, end = p.tokens[number.first].start, p.tokens[last].end
    quantity = Quantity(
        start,
        end,
        p.text[start:end],
        number.value,
        number.value_max,
        number.qualifier,
        lemma or None,
    )
    owners = _owners(p, number, last)
    # North Korean troops have suffered 3,000 casualties: what the clause is about, for
    # the core to fall back on when nothing else says whose the count is.
    subjects = [
        n.mention.entity_id for n in p.names
        if bounds[0] <= n.first and n.last < number.first
        and role_before(p, n, bounds[0], p.lex.roles) in (None, "of")
    ]  # fmt: skip
    topic = subjects[0] if subjects else None
    if measure is None and _to_come(p, bounds[0], number.first):
        measure = "planned"  # could send up to 100,000 more: a count to come, not one there
    return QuantityReading(quantity, kind, unit, measure, owners, claim, topic)
