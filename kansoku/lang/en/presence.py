"""Acts told as where troops are: "N soldiers of X are now in <place>", "X has N
military personnel in <state>", "there are N of its troops in the region", "its laborers
are working in <state>". The clause
tells a deployment (or workers sent) without a verb of sending: a verb of being or having
(lexicon `presence`), a word for troops right before or after it, and where they are
("in" and a name) right after."""

from __future__ import annotations

from kansoku.lang.en.arguments import Parsed

_BEFORE_WITHIN = 6  # tokens: soldiers are believed to be (in Kursk)
_AFTER_WITHIN = 9  # tokens: has roughly N of its own military personnel (in <state>)
_PLACE_WITHIN = 6  # tokens: are working at farms and mines (in <state>)


def present_troops(p: Parsed, i: int) -> int | None:
    """The word for troops whose presence in a named place the verb of being or having at
    ``i`` tells, else None."""
    if p.lower(i) not in p.lex.presence_verbs or p.in_name(i):
        return None
    if p.lower(i) in p.lex.presence_counts:
        return _counted_in_place(p, i)  # troops in Kursk number about 11,000
    troop = _troops_before(p, i)
    last = i
    if troop is None:
        troop = _troops_after(p, i)
        last = troop if troop is not None else i
    if troop is None or not _placed(p, last):
        return None
    return troop


def _troops_before(p: Parsed, i: int) -> int | None:
    """North Korean troops are (now in…), soldiers remain, laborers are working: a word
    for troops whose clause goes on with the verb, past auxiliaries and hedges only."""
    for k in range(i - 1, max(-1, i - _BEFORE_WITHIN), -1):
        word = p.lower(k)
        if word in p.lex.troop_words:
            return k
        if word not in p.lex.presence_fillers and word not in p.lex.presence_verbs:
            return None
    return None


def _troops_after(p: Parsed, i: int) -> int | None:
    """has N military personnel, there are some N of its soldiers: a word for troops
    after the verb past a count, its qualifiers and whose they are."""
    for k in range(i + 1, min(len(p.tokens), i + _AFTER_WITHIN)):
        word = p.lower(k)
        if word in p.lex.troop_words:
            return k
        counted = any(c.isdigit() for c in word) or word in p.lex.count_words
        if not (counted or p.in_name(k) or word in p.lex.presence_fillers):
            return None
    return None


def _placed(p: Parsed, last: int) -> bool:
    """…in <state>, in the <place> region, at farms in <state>: where the troops
    are, a name after "in" soon after them (no other clause, verb or act between)."""
    for k in range(last + 1, min(len(p.tokens), last + _PLACE_WITHIN + 1)):
        word = p.lower(k)
        if word in p.lex.presence_places:
            nxt = k + 1 + (p.lower(k + 1) == "the")
            return any(n.first == nxt for n in p.names)
        if word in (",", ";", ":") or word in p.lex.clause_words or word == p.lex.infinitive:
            return False
        if word in p.lex.presence_verbs or word in p.lex.negations:  # are working in; not
            return False
        if p.lex.trigger_at(p.tokens, k) is not None and not p.in_name(k):
            return False  # are deployed in, are stationed in: that verb's act
    return False


def _counted_in_place(p: Parsed, i: int) -> int | None:
    """N. Korean troops in Kursk number about 11,000; the contingent in Russia is
    estimated to total 15,000: troops placed before a verb of counting, a count after."""
    counted = any(c.isdigit() for k in range(i + 1, i + 4) for c in p.lower(k))
    place = next(
        (k for k in range(i - 1, max(-1, i - 8), -1) if p.lower(k) in p.lex.presence_places), None
    )
    if not counted or place is None or not any(n.first in (place + 1, place + 2) for n in p.names):
        return None
    troop = place - 1
    return troop if p.lower(troop) in p.lex.troop_words else None
