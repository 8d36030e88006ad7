"""Credits of a whole sentence beyond a plain verb of saying (``kansoku.lang.en.claims``):
a phrase of counting or judging set off by a comma (by Seoul's count), an owner's
judgement "is that" (the agency's assessment is that), a passive verb of perceiving and
its agent (was detected by X), a pronoun's phrase (according to him, in her words), a
speaker in an "as" clause (…, as TASS reported), the outlet of "quoted by X as
saying", which only carries the words of the one it quotes, a headline's teller before a
colon (Zelensky: …; US: North Korea …), a passive verb of saying with "it" (it is
estimated that: someone unnamed), and a sentence that only credits the one before it
(That is according to X.)."""

from __future__ import annotations

from collections.abc import Mapping

from kansoku.lang.en.arguments import Named, Parsed
from kansoku.lang.en.words import Lexicon, tokenize
from kansoku.model import Mention

_QUOTED_BY = 6  # words: quoted by the state news agency TASS as saying
_OWNER_WITHIN = 4  # words: the spy agency's latest assessment
_SEEN_BY = 6  # words: was detected in the Kursk region in May by
_CREDIT_PHRASE = 7  # words: by the South Korean military's count
_PLACES = frozenset({"country", "place"})  # names of states and places
_UNSAID_WITHIN = 12  # words: could not confirm reports that North Korea had sent
_UNSEEN_WITHIN = 3  # words: not seen any evidence of
_SOUNDBITE = 16  # words: [Name/role of the speaker: "…"]


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
    shipment was detected by satellites of X; the deployment was announced by Seoul's
    military: who perceived or told what the sentence tells (a passive verb of perceiving
    or saying and its agent) is its source."""
    for k in range(1, len(p.tokens)):
        told = p.is_speech(k) and p.lower(k) not in p.lex.quoting_verbs  # (quoted by X as…)
        if p.lower(k) not in p.lex.perceiving_verbs and not told:
            continue  # (was announced by X: a verb of saying tells the same)
        aux = k - 2 if p.lower(k - 1) in p.lex.manner_adverbs else k - 1  # was first reported
        if p.lower(aux) not in p.lex.passive_auxiliaries:
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


def back_credit(text: str, mentions: list[Mention], lex: Lexicon) -> str | None:
    """That is according to Ukraine's military intelligence. / The figures come from the
    NIS.: a sentence opened by a phrase that points back and credits names who told the
    sentence before it (the first name after the phrase, not one of experts)."""
    tokens = tokenize(text)
    words = [t.lower for t in tokens]
    for phrase in lex.back_credits:
        if tuple(words[: len(phrase)]) != phrase:
            continue
        after = tokens[len(phrase)].start if len(tokens) > len(phrase) else len(text)
        ahead = words[len(phrase) : len(phrase) + 6]
        named = [m for m in mentions if m.start >= after]
        if named and not any(w in lex.never_a_state for w in ahead):
            return named[0].entity_id
        return None
    return None


def impersonal(p: Parsed, at: int) -> bool:
    """It is estimated that…, it has been reported that…: a passive verb of saying with
    "it" for its subject credits what follows to someone the sentence does not name."""
    for k in range(at):
        if p.lower(k) != "it":
            continue
        j = k + 1
        while j < k + 4 and p.lower(j) in p.lex.passive_auxiliaries | p.lex.perfect_auxiliaries:
            j += 1
        passive = j > k + 1 and p.lower(j - 1) in p.lex.passive_auxiliaries
        if passive and p.is_speech(j) and p.lower(j + 1) == "that" and j + 1 < at:
            return True
    return False


def negated(p: Parsed, span: range, aside: set[int]) -> bool:
    """A negation among the last words before the fact, outside asides; not one bounding a
    count (no fewer than 2,000: a lower bound, the count is told)."""
    negating = [
        p.lower(k) for k in span
        if k not in aside and not p.in_name(k)  # (No Kwang Chol: a name)
        and not (p.lower(k + 1) in p.lex.comparatives and p.lower(k + 2) == "than")
    ]  # fmt: skip
    return any(w in p.lex.negations for w in negating[-4:])


def unseen(p: Parsed, span: range) -> bool:
    """…had no information about North Korean troops fighting; has seen no sign of a new
    deployment: a negated noun of evidence before the fact in its clause says it is not
    known, not that it happened."""
    return any(
        p.lower(k) in p.lex.evidence_nouns
        and p.lower(k + 1) in p.lex.evidence_links
        and any(p.lower(j) in p.lex.negations for j in range(k - _UNSEEN_WITHIN, k))
        for k in span
    )


def unsaid_before(p: Parsed, at: int) -> bool:
    """NATO said it could not confirm reports that North Korea had sent troops: the
    nearest verb of saying before the fact is one of vouching (confirm, verify), negated
    or refused, so no one framing it vouches for it (the reports it speaks of are
    unnamed)."""
    for k in range(at - 1, max(-1, at - _UNSAID_WITHIN), -1):
        if p.lower(k) in (";", "."):
            return False
        if p.is_speech(k) or p.lower(k) in p.lex.vouching_verbs:  # (not: did not say when…)
            v = k - 1 if p.lower(k - 1) in p.lex.vouching_verbs else k  # confirm reports
            if p.lower(v) not in p.lex.vouching_verbs:
                return False
            refused = p.lower(v - 1) == p.lex.infinitive and p.lower(v - 2) in p.lex.refusals
            return refused or any(p.lower(j) in p.lex.negations for j in range(v - 3, v))
    return False


def month_day(p: Parsed, k: int) -> bool:
    """MOSCOW, May 9; said in May that…: a capitalised word before the number of a day or
    a year, or after a word that opens a time (in, since, last), is a month, no hedge."""
    if not p.tokens[k].text[:1].isupper():
        return False
    after = p.lower(k + 1)
    return (after.isdigit() and len(after) in (1, 2, 4)) or (
        k > 0 and p.lower(k - 1) in p.lex.month_openers
    )


def credit_head(p: Parsed) -> tuple[bool, str | None] | None:
    """Zelensky: North Korea has sent more troops — a headline or live-blog line opened by
    its teller's name and a colon credits what follows to them."""
    if p.lower(0) == "[":
        return _soundbite(p)
    named = next((n for n in p.names if n.first == 0), None)
    if named is None or p.lower(named.last + 1) != ":" or named.last + 3 >= len(p.tokens):
        return None
    if named.mention.kind in _PLACES and not any(
        n.first in (named.last + 2, named.last + 3)
        and n.mention.kind == "country"
        and n.mention.entity_id != named.mention.entity_id
        for n in p.names
    ):
        return None  # North Korea: troops in Kursk — a topic label, no teller (but US: Pyongyang…)
    return True, named.mention.entity_id


def _soundbite(p: Parsed) -> tuple[bool, str | None] | None:
    """[Kim Min-su/National Assembly Intelligence Committee member: "…"]: a broadcast's
    soundbite, its speaker and role before a colon inside brackets; the speaker, else the
    body the role names, tells what follows."""
    colon = next((k for k in range(1, min(len(p.tokens), _SOUNDBITE)) if p.lower(k) == ":"), None)
    if colon is None or not any(p.lower(k) == "/" for k in range(1, colon)):
        return None
    if any(p.is_speech(k) or p.lower(k) in p.lex.clause_words for k in range(1, colon)):
        return None  # [Kim said: …]: a clause, no label
    named = [n for n in p.names if n.last < colon]
    people = [n for n in named if n.mention.kind == "person"]
    teller = (people or named)[-1:] if named else []
    return (True, teller[0].mention.entity_id) if teller else None


def private_speaker(p: Parsed, phrase: range, names: list[Named], speaker: str | None) -> bool:
    """A speaker named by a state or a place whose phrase says they speak for no state
    (South Korean experts, a think tank in Seoul, a professor at a Seoul university), or
    one who no longer holds the office named (a former U.S. intelligence officer)."""
    if speaker is None:
        return False
    kinds = {n.mention.kind for n in names if n.mention.entity_id == speaker}
    words = " ".join(p.lower(k) for k in phrase)
    if "person" not in kinds and any(w.split("-")[0] in p.lex.former_words for w in words.split()):
        return True
    if not kinds <= _PLACES:
        return False
    return any(f" {noun} " in f" {words} " for noun in p.lex.private_speakers)


def estimate_given(p: Parsed, at: int) -> bool:
    """An estimated 11,000; according to Ukrainian estimates: the count is given as an
    estimate, right before it or as what the sentence is according to."""
    if any(p.lower(k) in p.lex.estimate_nouns for k in (at - 1, at - 2)):
        return True
    return any(
        p.lower(k) in p.lex.estimate_nouns
        and any(p.lower(j) in ("to", "citing") for j in range(k - 4, k))
        for k in range(len(p.tokens))
    )
