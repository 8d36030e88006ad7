"""What an English count counts (``numbers`` reads the number itself): the words after
it (``data/lang/en/units.yaml``), the verb before it (put … at), what befell the people
counted, or the count before it continued; whose count it is, and who says so."""

from __future__ import annotations

from dataclasses import dataclass, replace

from kansoku.lang.en.arguments import Parsed, clause, role_before
from kansoku.lang.en.claims import Speech
from kansoku.lang.en.numbers import Number, NumberWords, calibre, number_at
from kansoku.lang.en.status import claim_for
from kansoku.lang.units import Units
from kansoku.reading import Claim, Quantity, QuantityReading

Counted = tuple[str, str | None]  # a count's kind and measure, as the next one may continue

_LIMIT_WITHIN = 12  # tokens: restrict the fleet's yearly fuel purchases to
_LOOKAHEAD = 6  # words between a number and what it counts (11,000 North Korean troops)
_SUBJECT_WITHIN = 12  # words: losses of the force since its arrival in the war zone have passed
_PLACE_SKIP = 3  # tokens of a place between counted people and what befell them
_PUT_WITHIN = 10  # words between "put" and "at" (put the number of troops in Kursk at)
_MODIFIER_WITHIN = 8  # words of a participle's phrase (fighting for Russia in Kursk)


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


def _counted(p: Parsed, number: Number, nw: NumberWords) -> _Counted | None:
    """What the number counts, looking past the words of its phrase; a counter (rounds,
    tons) is of the noun after its "of" when one is named."""
    counter: _Counted | None = None
    models = _designations(p, number.end)  # 250 KN-23 and KN-24 missiles
    for k in range(number.end, min(number.end + _LOOKAHEAD + len(models), len(p.tokens))):
        if k in models:
            continue
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
        if calibre(p, k, nw):
            continue  # 6 million 152mm shells, 122-mm rounds: a size, not what is counted
        # (long-range, self-propelled: a hyphenated word of the phrase)
        if not word.replace("-", "").isalpha() or word in p.lex.clause_words or word in p.lex.roles:
            break
        if word in p.lex.auxiliaries or word in p.lex.passive_auxiliaries:
            break  # 3,000 have been killed: a verb has begun, the counted noun is left out
    return counter


def _designations(p: Parsed, start: int) -> set[int]:
    """The tokens of model names right after a number (KN-23 and KN-24, MiG-29, S-400),
    with the conjunctions between them: words of the counted noun's phrase."""
    found: set[int] = set()
    k = start
    while True:
        text = p.tokens[k].text if k < len(p.tokens) else ""
        if (
            text[:1].isupper()
            and text.isalpha()
            and p.lower(k + 1) == "-"
            and p.lower(k + 2).isdigit()
        ):
            found |= {k, k + 1, k + 2}
            k += 3
        elif found and p.lower(k) in ("and", "or", ",") and k + 1 < len(p.tokens):
            if not p.tokens[k + 1].text[:1].isupper():
                return found
            found.add(k)
            k += 1
        else:
            return found


def _counted_before(p: Parsed, opening: int, number: Number, nw: NumberWords) -> _Counted | None:
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
    # Losses among the brigade's men have hit…, the toll since its arrival at the front
    # has passed…: the head of the subject, before the phrases that qualify it.
    head = None
    for k in range(verb - 1, max(-1, verb - _SUBJECT_WITHIN), -1):
        word = p.lower(k)
        if word in nw.nouns:
            head = k
        elif word in p.lex.possessive or word == "-":
            continue  # (in Moscow's border areas, a Kyiv-held village)
        elif not word.isalpha() or (
            word in p.lex.clause_words and p.lower(k + 1) not in p.lex.determiners
        ):
            break
    if head is None:
        return None
    kind, noun = nw.nouns[p.lower(head)]
    return _Counted(kind, noun, number.end - 1)


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
    p: Parsed, verb: int | None, opening: int, number: Number, nw: NumberWords,
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
    p: Parsed, opening: int, number: Number, nw: NumberWords, previous: Counted | None
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
    p: Parsed, opening: int, number: Number, units: Units, nw: NumberWords
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
    if p.lower(k) == "of" and p.lower(k + 1) in p.lex.partitives:
        k += 2  # 300 of them have been wounded: people named before, counted by their fate
    k = _past_modifier(p, k, units)
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


def _past_modifier(p: Parsed, k: int, units: Units) -> int:
    """3,000 soldiers fighting for Russia have been killed; troops deployed to Kursk were
    wounded: a participle's phrase after the counted people, skipped to the auxiliary that
    carries what befell them (``k`` itself when there is none)."""
    word = p.lower(k)
    participle = word.endswith(("ing", "ed")) or (  # (sent, built: an event word's form)
        k < len(p.tokens) and p.lex.trigger_at(p.tokens, k) is not None
    )
    if word in units.outcomes or not participle:
        return k
    for j in range(k + 1, min(k + _MODIFIER_WITHIN, len(p.tokens))):
        if p.lower(j) in p.lex.auxiliaries:
            return j
        if not p.lower(j).replace("-", "").isalnum() and p.lower(j) not in p.lex.possessive:
            return k
        if p.lower(j) in p.lex.clause_words:
            return k
    return k


def _owners(p: Parsed, number: Number, last: int) -> tuple[str, ...]:
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
        number = number_at(p, i, nw, units)
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
    p: Parsed, number: Number, opening: int, put: int | None, nw: NumberWords, units: Units,
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
        or _total_before(p, opening, number, nw, previous)
        or _arrived(p, opening, number, nw)
    )


def _arrived(p: Parsed, opening: int, number: Number, nw: NumberWords) -> _Counted | None:
    """…workers, adding that at least 15,000 had arrived; he said about 500 had been
    sent: a count whose noun is left out, the subject of an event verb (past auxiliaries),
    counts the nearest noun of a kind its sentence named before it."""
    k = number.end
    while p.lower(k) in p.lex.auxiliaries or p.lower(k) in p.lex.passive_auxiliaries:
        k += 1
    if k == number.end or p.lex.trigger_at(p.tokens, k) is None or p.in_name(k):
        return None  # (a verb must follow past an auxiliary: 15,000 had arrived)
    for j in range(opening - 1, -1, -1):
        if p.lower(j) in nw.nouns:
            kind, noun = nw.nouns[p.lower(j)]
            return _Counted(kind, noun, number.end - 1)
    return None


def _total_before(
    p: Parsed, opening: int, number: Number, nw: NumberWords, previous: Counted | None
) -> _Counted | None:
    """…, bringing the total to about 14,000; the tally stood at 300: a word for a figure
    right before the number's preposition counts the kind counted just before."""
    if previous is None or p.lower(opening - 1) not in ("to", "at", "of"):
        return None
    return (
        _Counted(previous[0], "", number.end - 1)
        if p.lower(opening - 2) in nw.figure_words
        else None
    )


def _not_a_count(p: Parsed, number: Number, nw: NumberWords, units: Units) -> bool:
    """A cap or a goal, a length of time, a share: a number that counts nothing done."""
    if any(p.lower(k) in units.limit_words for k in range(number.first - 3, number.first)):
        return True  # a cap or a goal
    before = p.lower(number.first - 1)  # at 500,000; limited to (importing) 500,000
    joined = before in ("at", "to") or (
        before.endswith("ing") and p.lower(number.first - 2) == "to"
    )
    if joined and any(
        p.lower(k) in p.lex.limit_verbs for k in range(number.first - _LIMIT_WITHIN, number.first)
    ):
        return True  # a treaty caps each side's launchers at 70
    if p.lower(number.end) in nw.durations:
        return True  # over two days, for three months
    return any(  # 36 percent of the troops, a 40% rise
        tuple(p.lower(number.end + k) for k in range(len(share))) == share for share in nw.shares
    )


def _measure(
    p: Parsed,
    number: Number,
    span: tuple[int, int],
    counted: _Counted | None,
    nw: NumberWords,
    units: Units,
) -> str | None:
    """What part of the counted kind a count measures: an additional 3,000 troops, 3,000
    more troops count on their own; thousands of sappers and builders, both at once."""
    opening, last = span
    lemma = counted.noun if counted is not None else ""
    nearby = [p.lower(k) for k in (*range(opening - 4, opening), *range(number.end, last + 2))]
    measure = (
        units.measures.get(lemma)
        or next((units.measures[w] for w in nearby if w in units.measures), None)
        or (counted.measure if counted else None)
    )
    also = nw.nouns.get(p.lower(last + 2)) if p.lower(last + 1) in ("and", "or") else None
    if measure and also and units.measures.get(also[1]) not in (None, measure):
        named = frozenset({measure, units.measures[also[1]]})
        measure = units.measure_sets.get(named) or "+".join(sorted(named))
    return measure


def _reading(
    p: Parsed,
    number: Number,
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
    if _not_a_count(p, number, nw, units):
        return None
    counted = _what_is_counted(p, number, opening, put, nw, units, previous)
    if number.currency is None and counted is None:
        return None
    if counted is None:
        kind, lemma, last, unit = units.money_kind, "", number.end - 1, number.currency or ""
    else:
        kind, lemma, last = counted.kind, counted.noun, counted.last
        unit = units.kinds[kind].unit_for(counted.counter or lemma)
    measure = _measure(p, number, (opening, last), counted, nw, units)
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
