"""Credits of a whole sentence beyond a plain verb of saying (``kansoku.lang.en.claims``):
a phrase of counting or judging set off by a comma (by Seoul's count), an owner's
judgement "is that" (the agency's assessment is that), a passive verb of perceiving and
its agent (was detected by X), a pronoun's phrase (according to him, in her words), a
speaker in an "as" clause (…, as TASS reported), and the outlet of "quoted by X as
saying", which only carries the words of the one it quotes."""

from __future__ import annotations

from collections.abc import Mapping

from kansoku.lang.en.arguments import Named, Parsed

_QUOTED_BY = 6  # words: quoted by the state news agency TASS as saying
_OWNER_WITHIN = 4  # words: the spy agency's latest assessment
_SEEN_BY = 6  # words: was detected in the Kursk region in May by
_CREDIT_PHRASE = 7  # words: by the South Korean military's count


def pronoun_credit(p: Parsed, referents: Mapping[str, str]) -> str | None:
    """According to him, …; In her words, …; …, as he put it: the person the pronoun stands
    for (named last in the sentences before) tells the whole sentence."""
    for phrase, pronoun in p.lex.pronoun_credits:
        n = len(phrase)
        for i in range(len(p.tokens) - n + 1):
            if tuple(p.lower(i + k) for k in range(n)) == phrase and p.lower(i - 1) in ("", ","):
                return referents.get(pronoun)
    return None


def quoted_as_saying(p: Parsed, k: int) -> bool:
    """…quoted by TASS as saying: the outlet a marker names only carries the words of the
    one quoted, whose saying follows."""
    return any(
        p.lower(j) == "as" and p.is_speech(j + 1)
        for j in range(k, min(k + _QUOTED_BY, len(p.tokens)))
    )


def credit_phrase(p: Parsed) -> tuple[bool, str | None] | None:
    """By Seoul's count, …; …, in Kyiv's assessment; by one South Korean estimate, …: a
    phrase set off by a comma, a preposition and a noun of counting or judging, credits the
    whole sentence to the one its words name."""
    for k in range(len(p.tokens)):
        if p.lower(k) not in p.lex.credit_prepositions or p.lower(k - 1) not in ("", ","):
            continue
        for j in range(k + 1, min(k + _CREDIT_PHRASE, len(p.tokens))):
            if p.lower(j) in p.lex.credit_nouns:
                if p.lower(j + 1) not in (",", ".", ";", ""):
                    break  # by the count of troops…: a phrase that goes on
                named = [n for n in p.names if k < n.first and n.last < j]
                ahead = {p.lower(w) for w in range(k + 1, j)}
                if named and not ahead & p.lex.never_a_state:
                    return True, named[-1].mention.entity_id
                break
            if not p.lower(j).replace(".", "").replace("-", "").isalnum() and (
                p.lower(j) not in p.lex.possessive
            ):
                break
    return None


def perceived_by(p: Parsed) -> tuple[bool, str | None] | None:
    """North Korean troops were spotted in Kursk by Ukraine's military intelligence; the
    shipment was detected by satellites of X: who perceived what the sentence tells (a
    passive verb of perceiving and its agent) is its source."""
    for k in range(1, len(p.tokens)):
        if p.lower(k) not in p.lex.perceiving_verbs:
            continue
        if p.lower(k - 1) not in p.lex.passive_auxiliaries:
            continue
        for j in range(k + 1, min(k + _SEEN_BY, len(p.tokens))):
            if p.lower(j) in (",", ";", ".") or p.lower(j) in p.lex.clause_words:
                break
            if p.lower(j) == "by":
                named = [n for n in p.names if j < n.first <= j + 2]
                return (True, named[0].mention.entity_id) if named else None
    return None


def judgement_is(p: Parsed) -> tuple[bool, str | None] | None:
    """The spy agency's latest assessment is that…; the NIS estimate was that…: a noun of
    judging owned by a name, then "is that", credits what follows to its owner."""
    for k in range(1, len(p.tokens) - 2):
        if p.lower(k) not in p.lex.credit_nouns or p.lower(k + 2) != "that":
            continue
        if p.lower(k + 1) not in p.lex.passive_auxiliaries:
            continue
        owners = [n for n in p.names if k - _OWNER_WITHIN <= n.last < k]
        if owners:
            return True, owners[-1].mention.entity_id
    return None


def spoken_as(p: Parsed, v: int, start: int) -> tuple[list[Named], tuple[int, int]] | None:
    """…, as TASS reported earlier. / As the ministry said on Monday, …: a speaker in an
    "as" clause set off by a comma tells the rest of the sentence."""
    if p.lower(start - 1) != "as":
        return None
    names = [n for n in p.names if start <= n.first and n.last < v]
    if not names:
        return None
    if p.lower(start - 2) == ",":
        return names, (0, start - 2)
    comma = next((k for k in range(v + 1, len(p.tokens)) if p.lower(k) == ","), None)
    if start == 1 and comma is not None:
        return names, (comma + 1, len(p.tokens))
    return None
