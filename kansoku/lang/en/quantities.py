"""Counted numbers in English: 13,000; 6 million; 1.6 mil; some 10,000; more than
one-thousand; between 10,000 and 12,000; hundreds of thousands of; $3 billion — and what
each counts, read from the words after it (``data/lang/en/units.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from kansoku.lang.en.arguments import Parsed, clause, role_before
from kansoku.lang.en.claims import Speech, claim_for
from kansoku.lang.en.words import forms_of
from kansoku.lang.units import Units
from kansoku.reading import Claim, Quantity, QuantityReading

Counted = tuple[str, str | None]  # a count's kind and measure, as the next one may continue

_RANGE = frozenset({"-", "–", "—", "to"})
_LOOKAHEAD = 6  # words between a number and what it counts (11,000 North Korean troops)
_PLACE_SKIP = 3  # tokens of a place between counted people and what befell them
_SHARED_BELOW = 100  # a lower bound under this may share its upper bound's scale (11 to 12,000)
_PUT_WITHIN = 10  # words between "put" and "at" (put the number of troops in Kursk at)


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
class _Number:
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


def _number_at(p: Parsed, i: int, nw: NumberWords, units: Units) -> _Number | None:
    if _designation(p, i, nw) or _calibre(p, i, nw):
        return None
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
    state = 1 + (p.lower(i + 1) == ".")  # 20 billion U.S. dollars: the dollars of a state
    if p.lower(i) in nw.currency_states and p.lower(i + state) in units.currencies:
        i += state
    unit_word = p.lower(i)
    if currency is None and unit_word.isalpha() and unit_word in units.currencies:
        currency = units.currencies[unit_word]  # 28 trillion won, 5 billion dollars
        i += 1
    number = _Number(start, i, value, currency=currency)
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
    measure: str | None = None  # the measure of the count it continues (put the figure at)


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
        named = p.name_ending_at(k)
        if p.tokens[k].text[:1].isupper() and word.endswith(nw.demonyms):
            return _Counted(nw.people_kind, "", k)  # 11,000 North Koreans: people of a state
        if word == "of" or word in p.lex.determiners or named or p.in_name(k):
            continue
        if word in p.lex.possessive and p.name_ending_at(k - 1) is not None:
            continue  # 10,000 of Pyongyang's troops
        if word == "-" and p.lower(k + 1) in nw.strength_words:
            continue  # a 10,000-strong force
        if _calibre(p, k, nw):
            continue  # 6 million 152mm shells, 122-mm rounds: a size, not what is counted
        # (long-range, self-propelled: a hyphenated word of the phrase)
        if not word.replace("-", "").isalpha() or word in p.lex.clause_words or word in p.lex.roles:
            break
        if word in p.lex.auxiliaries or word in p.lex.passive_auxiliaries:
            break  # 3,000 have been killed: a verb has begun, the counted noun is left out
    return counter


def _calibre(p: Parsed, k: int, nw: NumberWords) -> bool:
    """A token of a calibre written between a count and its noun (152 mm, 122-mm)."""
    word = p.lower(k)
    if word in nw.sizes or (word == "-" and p.lower(k + 1) in nw.sizes):
        return p.lower(k - 1).isdigit() or p.lower(k - 2).isdigit()
    return word.isdigit() and (p.lower(k + 1) in nw.sizes or p.lower(k + 2) in nw.sizes)


def _counted_before(p: Parsed, opening: int, number: _Number, nw: NumberWords) -> _Counted | None:
    """North Korean casualties have reached 3,000; the toll rose to 300; troops there
    number about 11,000: a count told after a verb of amounting, of the noun that is the
    verb's subject (past auxiliaries and a few words of its phrase)."""
    verb = next(
        (
            opening - len(words)
            for words in nw.count_verbs
            if tuple(p.lower(opening - len(words) + k) for k in range(len(words))) == words
        ),
        None,
    )
    if verb is None:
        return None
    for k in range(verb - 1, max(-1, verb - _LOOKAHEAD), -1):
        word = p.lower(k)
        if word in nw.nouns:
            kind, noun = nw.nouns[word]
            return _Counted(kind, noun, number.end - 1)
        if not word.isalpha() or word in p.lex.clause_words:
            return None
    return None


def _putting_verb(p: Parsed, opening: int, nw: NumberWords) -> int | None:
    """The verb that puts the count on its object (put … at 11,000), within its clause."""
    if p.lower(opening - 1) != "at":
        return None
    for k in range(opening - 2, max(-1, opening - 2 - _PUT_WITHIN), -1):
        word = p.lower(k)
        if word in nw.putting_verbs and not p.in_name(k):
            return k
        if word in (",", ";", ".") or word in p.lex.clause_words:
            return None
    return None


def _put_at(
    p: Parsed, verb: int | None, opening: int, number: _Number, nw: NumberWords,
    previous: Counted | None,
) -> _Counted | None:  # fmt: skip
    """Seoul put the number of North Korean troops there at 11,000; Kyiv pegged the
    figure at 12,000: a count of the verb's object (a noun of a kind, or a word for a
    figure standing for the kind counted before)."""
    if verb is None:
        return None
    between = [p.lower(k) for k in range(verb + 1, opening - 1)]
    kinds = [nw.nouns[w] for w in between if w in nw.nouns]
    if kinds:
        return _Counted(*kinds[0], number.end - 1)
    if previous is not None and any(w in nw.figure_words for w in between):
        return _Counted(previous[0], "", number.end - 1, measure=previous[1])
    return None


def _put_by(p: Parsed, verb: int, lo: int, claim: Claim) -> Claim:
    """Who puts a count at a number (South Korean intelligence put … at 11,000) says so:
    the verb's subject, when nothing else in the sentence is credited."""
    if claim.source is not None:
        return claim
    subjects = [n for n in p.names if lo <= n.first and n.last < verb]
    if not subjects:
        return claim
    return replace(claim, source=subjects[-1].mention.entity_id, status="reported")


def _left_out(
    p: Parsed, opening: int, number: _Number, nw: NumberWords, previous: Counted | None
) -> _Counted | None:
    """Another 3,000 are expected, a further 2,000 arrived, 5,000 more: a count whose noun
    is left out continues the kind counted just before."""
    if previous is None:
        return None
    before = {p.lower(opening - 1), p.lower(number.first - 1)}
    if before & nw.additions or p.lower(number.end) in nw.additions:
        return _Counted(previous[0], "", number.end - 1)
    return None


def _befallen(
    p: Parsed, opening: int, number: _Number, units: Units, nw: NumberWords
) -> _Counted | None:
    """…, of whom 3,000 have been killed or wounded: people the text leaves unnamed, counted
    by what befell them."""
    outcome = _outcome(p, opening, number.end - 1, units, nw)
    return _Counted(outcome[0], "", number.end - 1) if outcome else None


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
    k = last + 1
    while k < min(last + 7 + _PLACE_SKIP, len(p.tokens)):
        word = p.lower(k)
        place = next((n for n in p.names if n.first == k + 1), None)
        if (
            place is not None and p.lex.roles.get(word) == "location"
        ):  # 3,000 soldiers in Kursk have been killed: past where they are
            k = place.last + 1
            continue
        if word in units.outcomes:
            found.append(units.outcomes[word])
        elif word not in p.lex.auxiliaries and word not in nw.outcome_links:
            break
        k += 1
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


def _owners_between(p: Parsed, verb: int, opening: int) -> tuple[str, ...]:
    """The names of a putting verb's object (the number of North Korean troops), not
    those of its places (in Russia)."""
    return tuple(
        n.mention.entity_id for n in p.names
        if verb < n.first and n.last < opening - 1
        and role_before(p, n, verb + 1, p.lex.roles) in (None, "of")
    )  # fmt: skip


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
    previous: Counted | None = None,
) -> list[QuantityReading]:
    """The counts of a sentence; ``previous`` is the kind (and measure) the text counted
    last before it, for a count whose noun is left out (another 3,000)."""
    readings = []
    i = 0
    while i < len(p.tokens):
        number = _number_at(p, i, nw, units)
        if number is None:
            i += 1
            continue
        i = max(number.end, i + 1)
        reading = _reading(p, number, nw, units, marked, talks, previous)
        if reading is not None:
            readings.append(reading)
            if reading.kind != units.money_kind:
                previous = (reading.kind, reading.measure)
    return readings


def _what_is_counted(
    p: Parsed, number: _Number, opening: int, put: int | None, nw: NumberWords, units: Units,
    previous: Counted | None,
) -> _Counted | None:  # fmt: skip
    """What the number counts: the words after it, else the verb before it (reached,
    put … at), what befell the people counted, or the count before it continued."""
    counted = _counted(p, number, nw)
    if number.currency is not None or counted is not None:
        return counted
    return (
        _counted_before(p, opening, number, nw)
        or _put_at(p, put, opening, number, nw, previous)
        or _befallen(p, opening, number, units, nw)
        or _left_out(p, opening, number, nw, previous)
    )


def _reading(
    p: Parsed,
    number: _Number,
    nw: NumberWords,
    units: Units,
    marked: tuple[bool, str | None],
    talks: list[Speech],
    previous: Counted | None = None,
) -> QuantityReading | None:
    qualifier, opening = _qualifier(p, number.first, nw)
    put = _putting_verb(p, opening, nw)
    if number.qualifier == "exact":
        number.qualifier = qualifier
    if any(p.lower(k) in units.limit_words for k in range(number.first - 3, number.first)):
        return None  # a cap or a goal is no count of anything done
    if p.lower(number.end) in nw.durations:
        return None  # over two days, for three months: a length of time, no count
    counted = _what_is_counted(p, number, opening, put, nw, units, previous)
    if number.currency is None and counted is None:
        return None
    if counted is None:
        kind, lemma, last, unit = units.money_kind, "", number.end - 1, number.currency or ""
    else:
        kind, lemma, last = counted.kind, counted.noun, counted.last
        unit = units.kinds[kind].unit_for(counted.counter or lemma)
    # an additional 3,000 troops, 3,000 more troops: counts of their own.
    nearby = [p.lower(k) for k in (*range(opening - 4, opening), *range(number.end, last + 2))]
    measure = (
        units.measures.get(lemma)
        or next((units.measures[w] for w in nearby if w in units.measures), None)
        or (counted.measure if counted else None)
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
    if put is not None:
        claim = _put_by(p, put, bounds[0], claim)
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
    if put is not None:  # put the number of North Korean troops at: whose, the object's
        owners = (*_owners_between(p, put, opening), *owners)
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
