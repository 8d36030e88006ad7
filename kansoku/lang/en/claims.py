"""Who says so, and how sure the text is: the English claim reader.

Ways an English sentence credits a claim:
- a source marker (according to X, citing X): the whole sentence is X's; an unnamed or
  pronoun source (according to officials, according to her) credits it to no one named,
  and the paragraph's speaker is taken (``kansoku.extract.passes``);
- a verb of saying: its complement (X said that …, X said: "…") or, when the speaker
  comes after the fact (…, the diplomat added; "…," Zakharova said), what precedes it;
- hedges in the fact's own clause: could, may (possible); will, plans to, decided to, or
  a headline's to-infinitive (planned); reportedly, allegations that (reported);
  denied, dismissed (denied).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from kansoku.lang.en.arguments import (
    Named,
    Parsed,
    parenthetical_speech,
    relative_subject,
)
from kansoku.lang.en.credits import (
    credit_head,
    credit_phrase,
    judgement_is,
    perceived_by,
    private_speaker,
    quoted_as_saying,
    spoken_as,
)
from kansoku.lang.en.phrases import before_relative_word, phrase_start

_QUOTES = frozenset('"“”')
_RELATIVE_OPENERS = frozenset({"which", "who", "whom", "whose"})
TITLED = "the person"  # the referent a speaker named by a title stands for
_BY_WITHIN = 10  # words: according to a report released last week by…
_BY_NAME = 5  # words after "by": by the Seoul-based research group X
_ASIDE_WITHIN = 22  # tokens: the Team, set up in 2024 after Russia vetoed the renewal…, said
_CREDIT_TAIL = 5  # words: "…: S. Korean spy agency"
_DASHES = ("-", "–", "—")
_CONTACT_PRONOUNS = frozenset({"it", "they"})
_OPENING_WITHIN = 3  # tokens: The Kenyan Interior Ministry…
_APPOSITIVE_WITHIN = 9  # tokens: , a Busan-registered tanker operator,
CARRIERS = frozenset({"outlet"})  # kinds that carry the words of those they quote
_TOLD = frozenset({"outlet", "organization", "person"})  # whom one tells by name


@dataclass(frozen=True)
class Speech:
    """A verb of saying, who it names as speaking, and the tokens it frames."""

    verb: int
    speaker: str | None
    frames: tuple[int, int]  # token range [start, end)
    estimate: bool = False
    home: bool = False  # an unnamed office of the publishing state's (the defense ministry)
    carrier: bool = False  # the speaker is an outlet, carrying another's words


def source_marker(p: Parsed) -> tuple[bool, str | None]:
    """(marked, the entity credited) for according to X / citing X."""
    for marker in p.lex.source_markers:
        n = len(marker)
        for i in range(len(p.tokens) - n + 1):
            if not _marker_at(p, i, marker):
                continue
            if quoted_as_saying(p, i + n):
                continue  # Shoigu was quoted by TASS as saying: Shoigu speaks (see _quoted)
            # according to the official, North Korea also…: a name past the comma that
            # closes the marked phrase is the sentence's own subject, not its source.
            stop = _phrase_end(p, i + n, i + n + 6)
            after = [m for m in p.names if i + n <= m.first < stop] or _by_whom(p, i + n)
            # according to North Korea experts: experts on it, not its voice.
            ahead = [p.lower(k) for k in range(i + n, i + n + 6)]
            # according to a former U.S. official: no state's voice either.
            former = after and private_speaker(
                p, range(i + n, stop), after, after[0].mention.entity_id
            )
            if after and not any(w in p.lex.never_a_state for w in ahead) and not former:
                return True, after[0].mention.entity_id
            return True, None
    return (
        credit_phrase(p) or judgement_is(p) or perceived_by(p) or credit_head(p) or _credit_tail(p)
    )


def _phrase_end(p: Parsed, k: int, limit: int) -> int:
    """The first punctuation or clause word from token ``k`` on (before ``limit``)."""
    for j in range(k, min(limit, len(p.tokens))):
        if p.lower(j) in (",", ";", ".", ":") or p.lower(j) in p.lex.clause_words:
            return j
    return limit


def _by_whom(p: Parsed, k: int) -> list[Named]:
    """according to satellite images analysed by the Open Source Centre, according to a
    report released on Monday by RUSI: the one the marked thing is by."""
    for j in range(k, min(k + _BY_WITHIN, len(p.tokens))):
        word = p.lower(j)
        if word in (",", ";", ".") or word in p.lex.clause_words:
            return []
        if word == "by":  # (by the Oslo-based institute X: where it sits is no name)
            return [n for n in p.names if j < n.first <= j + _BY_NAME][:1]
    return []


def _credit_tail(p: Parsed) -> tuple[bool, str | None]:
    """A headline's credit after a colon (N. Korea sends more troops: spy agency; …:
    Zelensky): a short tail of words, no verb of saying, credits what comes before it."""
    words = [k for k, t in enumerate(p.tokens) if t.lower not in (".", "!", "?", "'", '"')]
    # A headline (no full stop) may set its credit off by a dash instead (… - spy agency).
    headline = p.lower(len(p.tokens) - 1) not in (".", "!", "?")
    marks = (":", *_DASHES) if headline else (":",)
    colons = [k for k in words if p.lower(k) in marks and p.lower(k + 1) not in p.lex.determiners]
    if not colons:
        return False, None
    colon = colons[-1]
    tail = [k for k in words if k > colon]
    if colon < 4 or not 1 <= len(tail) <= _CREDIT_TAIL:
        return False, None
    spoken = [k for k in tail if p.is_speech(k) and p.lower(k) not in p.lex.claim_nouns]
    if spoken or any(not p.lower(k).replace(".", "").isalpha() for k in tail):
        return False, None
    named = [n for n in p.names if n.first > colon]
    if named:
        return True, named[-1].mention.entity_id
    if all(p.lower(k) in p.lex.claim_nouns for k in tail):
        return True, None  # North Korea sends more troops - report: someone's word, unnamed
    return (True, None) if home_office(p, range(colon + 1, len(p.tokens))) else (False, None)


def speeches(p: Parsed, referents: Mapping[str, str] | None = None) -> list[Speech]:
    """The verbs of saying of a sentence; ``referents``: whom a pronoun subject stands for
    (he → the person the text named last), from the sentences before."""
    found: list[Speech] = []
    for v in range(len(p.tokens)):
        if not p.is_speech(v) or _not_a_verb(p, v) or _marker_word(p, v):
            continue
        if p.lower(v - 1) in p.lex.passive_auxiliaries or _quoting_ahead(p, v):
            continue  # are believed to, is said to: a hedge; quoted X as saying: see saying
        if p.lower(v - 1) in p.lex.condition_openers and p.lower(v).endswith("ed"):
            continue  # if confirmed, unless verified: a condition, no one says so
        speech = _speech(p, v, referents or {}, found)
        if speech is not None:
            found.append(speech)
            found.extend(_participle_tail(p, speech))
    return found


def _participle_tail(p: Parsed, speech: Speech) -> list[Speech]:
    """…has risen by 2,000, the Pentagon said Monday, bringing the total to 10,000: a
    participle clause after a closing speaker goes on in the speaker's words."""
    if speech.speaker is None or speech.frames[1] > speech.verb:
        return []
    comma = _phrase_end(p, speech.verb + 1, speech.verb + 8)
    word = p.lower(comma + 1)
    tail = word.endswith("ing") or word in p.lex.speech_tails  # …, with losses put at…
    if p.lower(comma) != "," or not tail or p.is_speech(comma + 1):
        return []
    if (word,) in p.lex.source_markers or word in p.lex.clause_words:
        return []  # (…, citing X; …, including: no act of the speaker's)
    return [replace(speech, frames=(comma + 1, _frame_end(p, comma)))]


def lead_account(p: Parsed, talks: list[Speech]) -> str | None:
    """Who tells the whole sentence: a named speaker who opens it (the NIS told lawmakers
    on Monday that…) or closes it (…, the agency said). A paragraph such a sentence opens
    goes on in that speaker's account (``kansoku.extract.passes.attribution``)."""
    end = len(p.tokens)
    while end > 0 and not p.lower(end - 1).replace(".", "").isalnum():
        end -= 1  # (the closing stop and quotes)
    for speech in talks:
        lo, hi = speech.frames
        if speech.speaker is None or hi - lo < 3:
            continue
        opening = lo > speech.verb and hi >= end and phrase_start(p, speech.verb) == 0
        if opening or (lo == 0 and hi <= speech.verb):
            return speech.speaker
    return None


def _speech(p: Parsed, v: int, referents: Mapping[str, str], found: list[Speech]) -> Speech | None:
    quoted = _quoted(p, v)
    start = quoted[0] if quoted else phrase_start(p, v)
    if _unsaid(p, start, v):
        return None  # has not confirmed, declined to confirm: no one says so
    names, frames, inverted = _framing(p, v, start, quoted)
    if (opener := _contact_relative(p, v)) is not None:
        names, inverted = opener, False  # firms it accused of…: the sentence's subject
    # the Russian embassy in Pyongyang said: where the speaker sits is not who speaks.
    names = [n for n in names if p.lex.roles.get(p.lower(n.first - 1)) != "location"] or names
    if not inverted:  # links between two capitals suggest…: a topic, no voice
        names = [n for n in names if not modifies_head(p, start, n.first)]
    speaker = names[-1].mention.entity_id if names and not inverted else None
    if inverted and names:
        speaker = names[0].mention.entity_id
    if not names and not inverted and v - start <= 2:  # He said…; …, she added.
        speaker = referents.get(p.lower(start))
    if not names and not inverted and _titled(p, start, v):  # …, the president said.
        speaker = referents.get(TITLED)
    if not names and start == v and p.lower(v).endswith("ing") and found:
        speaker = found[-1].speaker  # …, the NIS said, adding that…: the same speaker
    estimate = p.lower(v) in p.lex.estimating_verbs
    phrase = range(v + 1, v + 6) if inverted else range(start, v)
    if private_speaker(p, phrase, names, speaker):
        speaker = None  # South Korean experts, a think tank in Seoul: no state's voice
    home = speaker is None and home_office(p, phrase)
    carrier = any(n.mention.entity_id == speaker and n.mention.kind in CARRIERS for n in names)
    return Speech(v, speaker, frames, estimate, home, carrier)


def _contact_relative(p: Parsed, v: int) -> list[Named] | None:
    """Fined two brokers it accused of hiding…; a ship it said had carried…:
    "it" or "they" right after a noun, before a verb of saying, stands for the sentence's
    subject (its first name, opening it), not for the noun (eleventh pass)."""
    noun = p.lower(v - 2)
    if p.lower(v - 1) not in _CONTACT_PRONOUNS or not noun.isalpha():
        return None
    if noun in p.lex.clause_words or noun in p.lex.conjunctions or p.is_speech(v - 2):
        return None
    opening = [n for n in p.names if n.first <= _OPENING_WITHIN and n.last < v - 2]
    return opening[:1] or None


def _framing(
    p: Parsed, v: int, start: int, quoted: tuple[int, list[Named]] | None
) -> tuple[list[Named], tuple[int, int], bool]:
    """(who may speak, the tokens the verb frames, whether the speaker follows the verb)."""
    # "…," Zakharova added; …, the ministry said in a statement: the speaker follows
    # what is said, and nothing it says comes after it (not: Shoigu, who…, said that…).
    closing = _closes(p, v)
    after_comma = p.lower(start - 1) == "," or p.lower(start - 1) in _QUOTES
    # (…, and Kirby told reporters: a clause of its own, not a closing speaker)
    postposed = start > 0 and after_comma and closing and p.lower(start) not in p.lex.conjunctions
    # (As reported by local media, the NIS disclosed…: a credit before the comma, no words)
    postposed = postposed and not _opens_with_marker(p)
    inverted = (
        (p.lower(v - 1) == "," or p.lower(v - 1) in _QUOTES)
        and p.lower(v) not in p.lex.addressee_verbs  # (no "…," told Kirby)
        and not _that_after_aside(p, v)
        and _speaker_closes(p, v)
    )
    appositive = _appositive_head(p, start) if postposed else None
    as_told = spoken_as(p, v, start)
    if as_told is not None:
        return as_told[0], as_told[1], False
    aside = _aside_head(p, v) if inverted and not _names_after(p, v) else None
    if quoted and not postposed:  # lawmakers quoted the agency as saying that…
        return quoted[1], (v + 1, _frame_end(p, v)), False
    if aside is not None:
        # …, the Institute for the Study of War, a think tank in Washington, said. /
        # Kirby, a White House spokesman, told reporters.
        after = p.lower(aside[0] - 1) == "," or p.lower(aside[0] - 1) in _QUOTES
        return aside[1], ((0, aside[0]) if after else (v + 1, _frame_end(p, v))), False
    if inverted:  # "…," said Zakharova / stated Gen. X, the chief of the army
        return [n for n in p.names if v < n.first], (0, v), True
    if appositive is not None:  # …, the Institute, a think tank in Washington, said.
        return [appositive], (0, appositive.first), False
    if postposed:  # "…," Zakharova added; …, the agency was quoted as saying
        named = quoted[1] if quoted else [n for n in p.names if start <= n.first and n.last < v]
        named = named if quoted else before_relative_word(p, named, start, v)
        if parenthetical_speech(p, v + 1) is not None:  # North Korea, X said, has sent…
            return named, (0, len(p.tokens)), False
        described = _aside_head(p, start) if not named and start == v else None
        if described is not None:  # …, Ahn, a South Korean lawmaker, told reporters.
            return described[1], (0, described[0]), False
        return named, (0, start), False
    if p.lower(v - 1) == "and":  # Kim called the pact … and said that…
        return [n for n in p.names if n.first < v][:1], (v + 1, len(p.tokens)), False
    # Zakharova said that…; Shoigu, who is on a visit to…, has said that…
    names = before_relative_word(
        p, [n for n in p.names if start <= n.first and n.last < v], start, v
    )
    names = names or _before_relative(p, start) or _before_aside(p, start)
    names = names or _before_time_aside(p, start, v)
    if not names and start == v:  # Ukraine's intelligence, which said that…: its antecedent
        names = [] if (antecedent := relative_subject(p, v)) is None else [antecedent]
    return names, (v + 1, _frame_end(p, v)), False


def _before_relative(p: Parsed, start: int) -> list[Named]:
    """The name a relative clause set off by commas right before a verb's phrase is
    about (Shoigu, who is on a visit to Pyongyang, has said…)."""
    if p.lower(start - 1) != ",":
        return []
    for k in range(start - 2, -1, -1):
        if p.lower(k) in ("who", "which") and p.lower(k - 1) == ",":
            named = relative_subject(p, k + 1)
            return [named] if named else []
    return []


def _titled(p: Parsed, start: int, v: int) -> bool:
    """the president, the spokeswoman: a speaker named by a title alone."""
    words = [p.lower(k) for k in range(start, v)]
    return len(words) in (2, 3) and words[0] == "the" and words[-1] in p.lex.person_titles


def relative_asides(p: Parsed, at: int) -> set[int]:
    """The tokens of relative clauses set off by commas (…, which is said to…,) that do
    not hold token ``at``."""
    inside: set[int] = set()
    for k in range(len(p.tokens)):
        if p.lower(k) != "," or p.lower(k + 1) not in _RELATIVE_OPENERS:
            continue
        end = next((j for j in range(k + 2, len(p.tokens)) if p.lower(j) in (",", ";")), None)
        if end is not None and not k < at < end:
            inside.update(range(k, end + 1))
    return inside


def _unsaid(p: Parsed, start: int, v: int) -> bool:
    """Neither Moscow nor Pyongyang has confirmed…; Russia declined to confirm…: a verb of
    saying negated or refused in its own phrase."""
    if p.lower(v - 1) == p.lex.infinitive and p.lower(v - 2) in p.lex.refusals:
        return True
    return any(p.lower(k) in p.lex.negations for k in range(max(start, v - 4), v))


def _before_aside(p: Parsed, start: int) -> list[Named]:
    """The name before a phrase set off by commas right before a verb's phrase that
    describes it (Kim, a member of the committee, said…; an official, speaking on
    condition of anonymity, said…)."""
    found = _aside_head(p, start)
    return found[1] if found else []


def _before_time_aside(p: Parsed, start: int, v: int) -> list[Named]:
    """Moscow, on Friday (May 15), conceded that…: a phrase of time set off by a comma
    between the speaker and the verb."""

    def of_time(k: int) -> bool:
        return p.lower(k) != "," and (p.lower(k) in p.lex.before_that or p.lower(k).isdigit())

    comma = start - 1
    while comma >= 0 and of_time(comma):
        comma -= 1
    if p.lower(comma) != "," or comma == v - 1 or not all(map(of_time, range(start, v))):
        return []
    head = phrase_start(p, comma)
    return [n for n in p.names if head <= n.first and n.last < comma][-1:]


def _aside_head(p: Parsed, start: int) -> tuple[int, list[Named]] | None:
    """(the first token of the phrase before the aside, its last name) for _before_aside."""
    if p.lower(start - 1) != ",":
        return None
    for k in range(start - 2, max(-1, start - _ASIDE_WITHIN), -1):
        word = p.lower(k)
        if word in (".", ";", ":") and not (word == "." and "." in p.lower(k - 1)):
            return None  # (not the stop of U.N.)
        if word in _QUOTES:
            return None
        if word == ",":
            named = p.name_ending_at(start - 2)
            if named is not None and named.first == k + 1 and named.mention.kind == "person":
                # Ukraine's military spokesman, Andriy X, said: the aside names the speaker.
                return phrase_start(p, k), [named]
            opened = (
                p.lower(k + 1) in p.lex.aside_openers
                or _possessed(p, k + 1)
                or _titled_name(p, k + 1, start - 2)
                or _stranger_after_title(p, k, start - 2)
            )
            spoken = [
                j for j in range(k + 1, start - 1) if p.is_speech(j) and not _marker_word(p, j)
            ]
            if not opened or spoken:
                return None  # (…, the NIS said, adding that…: a clause, not an aside)
            head = phrase_start(p, k)
            names = [n for n in p.names if head <= n.first and n.last < k][-1:]
            # Gen. X, Ukraine's deputy commander, said: a speaker the gazetteer does not
            # know speaks for the one its aside says it serves.
            names = names or [n for n in p.names if k < n.first and n.last < start - 1][:1]
            return (head, names) if names else None
    return None


def _stranger_after_title(p: Parsed, comma: int, last: int) -> bool:
    """South Korea's defence minister, Shin Won-sik, said: a name the gazetteer does not
    know, set off after a phrase closing on a title, is that office's holder (the phrase
    before it says whom he speaks for)."""
    words = range(comma + 1, last + 1)
    if not 2 <= len(words) <= 4 or any(p.in_name(j) for j in words):
        return False
    if not all(
        p.tokens[j].text[:1].isupper() and p.lower(j).replace("-", "").isalpha() for j in words
    ):
        return False
    head = phrase_start(p, comma)
    return any(p.lower(j) in p.lex.person_titles for j in range(head, comma))


def _marker_word(p: Parsed, k: int) -> bool:
    """citing, as reported by: a verb of saying that is itself a source marker or a word
    of one (read by source_marker)."""
    return any(
        _marker_at(p, k - at, marker)
        for marker in p.lex.source_markers
        for at in range(len(marker))
    )


def _opens_with_marker(p: Parsed) -> bool:
    """As reported by…, According to…: the sentence opens with a source marker."""
    return any(_marker_at(p, 0, marker) for marker in p.lex.source_markers)


def _marker_at(p: Parsed, i: int, marker: tuple[str, ...]) -> bool:
    """Whether the words of ``marker`` stand from token ``i`` on."""
    return tuple(p.lower(i + k) for k in range(len(marker))) == marker


def _possessed(p: Parsed, k: int) -> bool:
    """Ukraine's deputy commander: a phrase opening with a name and its possessive."""
    named = next((n for n in p.names if n.first == k), None)
    return named is not None and p.lower(named.last + 1) in p.lex.possessive


def _titled_name(p: Parsed, k: int, last: int) -> bool:
    """Ukraine's military intelligence chief, the NIS director: a phrase opening with a
    name (which may hold its own possessive) and closing with a title."""
    named = next((n for n in p.names if n.first == k), None)
    return named is not None and named.last < last and p.lower(last) in p.lex.person_titles


def _appositive_head(p: Parsed, start: int) -> Named | None:
    """…, the Institute for the Study of War, a think tank in Washington, said: a closing
    speaker described by an aside; the speaker is the name that fills the phrase before
    the aside, itself set off by a comma or a quote."""
    if p.lower(start) not in p.lex.aside_openers or p.lower(start - 1) != ",":
        return None
    named = p.name_ending_at(start - 2)
    if named is None:
        return None
    first = named.first - 1 if p.lower(named.first - 1) in ("the", "a", "an") else named.first
    before = p.lower(first - 1)
    return named if before == "," or before in _QUOTES else None


def _names_after(p: Parsed, v: int) -> bool:
    return any(v < n.first for n in p.names)


def _closes(p: Parsed, v: int) -> bool:
    """Nothing said follows the verb of saying (…, she said. / …, the agency told
    lawmakers on Friday / told CNN): past the addressee of a verb that names one."""
    k = v + 1
    if p.lower(v) in p.lex.addressee_verbs:
        named = next((n for n in p.names if n.first == k), None)
        first = named.last + 1 if named is not None else k  # (told Russian state television)
        k = first
        while k < first + 4 and _word(p, k) and (k == v + 1 or not _stops_addressee(p, k)):
            k += 1  # (the first word is the addressee's: told reporters that…)
        outlet = next(
            (
                n for n in p.names
                if k <= n.first <= first + 4 and n.mention.kind in _TOLD
                and all(p.lower(j).isalpha() for j in range(k, n.first))
            ),
            None,
        )  # fmt: skip
        if outlet is not None and k > first:
            k = outlet.last + 1  # told the Russian daily Izvestia: the outlet closes it
            k += p.lower(k) in p.lex.media_words  # told the Chosun Ilbo newspaper
    if p.lower(k) not in p.lex.after_closing_speech:
        return False
    if p.lower(k) == ",":
        return not _that_after_aside(p, v)
    # …, known as HUR, said last week that…: a time phrase, then what is said.
    return p.lower(k) in (".", "") or p.lower(_phrase_end(p, k, k + 7)) != "that"


def _that_after_aside(p: Parsed, v: int) -> bool:
    """conceded, officially, that…: an aside set off by commas, then what is said."""
    if p.lower(v + 1) != ",":
        return False
    aside = next((j for j in range(v + 2, v + 9) if p.lower(j) in (",", ".")), v)
    return p.lower(aside) == "," and p.lower(aside + 1) == "that"


def _word(p: Parsed, k: int) -> bool:
    return p.lower(k).replace("-", "").isalpha()  # (told the Dong-a Ilbo newspaper)


def _stops_addressee(p: Parsed, k: int) -> bool:
    word = p.lower(k)
    return (
        word in p.lex.after_closing_speech
        or word in p.lex.clause_words
        or any(n.first == k for n in p.names)
    )


def _quoting_ahead(p: Parsed, v: int) -> bool:
    """quoted the agency as saying: the quoting verb only leads to the saying."""
    if p.lower(v) not in p.lex.quoting_verbs:
        return False
    return any(
        p.lower(k) == "as" and p.is_speech(k + 1) for k in range(v + 1, min(v + 8, len(p.tokens)))
    )


def _quoted(p: Parsed, v: int) -> tuple[int, list[Named]] | None:
    """(the first token of the speaker's phrase, the speaker) for the saying of "X was
    quoted as saying" (X, before the quoting verb) and "Y quoted X as saying" (X, between
    the quoting verb and as)."""
    if p.lower(v - 1) != "as":
        return None
    for q in range(v - 2, max(-1, v - 9), -1):
        if p.lower(q) not in p.lex.quoting_verbs:
            continue
        if p.lower(q - 1) in p.lex.passive_auxiliaries:
            start = phrase_start(p, q - 1)
            return start, [n for n in p.names if start <= n.first and n.last < q - 1][-1:]
        return phrase_start(p, q), [n for n in p.names if q < n.first and n.last < v - 1][:1]
    return None


def _frame_end(p: Parsed, v: int) -> int:
    """Where what a verb of saying frames ends: the sentence's end, or a comma that opens
    a phrase of the writer's (…accused North Korea of supplying shells, a charge both
    deny)."""
    for k in range(v + 1, len(p.tokens) - 1):
        if p.lower(k) == "," and p.lower(k + 1) in p.lex.writer_asides and not _appositive(p, k):
            return k
    return len(p.tokens)


def _appositive(p: Parsed, k: int) -> bool:
    """…said the second vessel, a Panama-flagged tanker, had loaded…: a phrase
    between commas that the clause's verb goes on after is the subject's appositive, not
    the writer's aside (eleventh pass)."""
    close = next((j for j in range(k + 2, k + _APPOSITIVE_WITHIN) if p.lower(j) == ","), None)
    if close is None:
        return False
    after = p.lower(close + 1)
    return after in p.lex.auxiliaries or (after.endswith("ed") and after.isalpha())


def _speaker_closes(p: Parsed, v: int) -> bool:
    """…," said Zakharova. / …, said the ministry in a statement: a short speaker after
    the verb, and nothing said after it."""
    if p.lower(v + 1) in p.lex.clause_words or p.lower(v).endswith("ing"):
        # …, adding that Washington would respond; …, suggesting the flow grew after
        # Pyongyang began…: what is said, no speaker (an inverted speaker's verb is finite).
        return False
    end = v + 1
    while end < len(p.tokens) and p.lower(end) not in p.lex.after_closing_speech:
        end += 1
    for k in range(v + 1, end):  # (…, said an official who had attended: the speaker's)
        if p.lower(k) in p.lex.clause_words:
            break
        if p.lower(k) in p.lex.auxiliaries:
            return False  # …, said the DPRK had rotated units: a clause said, no speaker
    if end == v + 1 and p.lower(_phrase_end(p, end, end + 7)) == "that":
        return False  # …, known as HUR, said last week that…: what is said follows
    # …, said Ukraine's military intelligence chief: a name and its possessive are one
    # word of the speaker's phrase.
    folded = sum(
        n.last - n.first + (p.lower(n.last + 1) in p.lex.possessive)
        for n in p.names
        if v < n.first and n.last < end
    )
    return end - v - folded <= 5


def modifies_head(p: Parsed, start: int, first: int) -> bool:
    """Links between two capitals, a paper on Pyongyang, a campaign against Tokyo:
    a name inside a prepositional phrase that follows the head of a speaking phrase is what
    the head is about, not who speaks (a spokesman for the ministry still speaks for it)."""
    return any(
        p.lower(k) in p.lex.subject_modifiers
        or (p.lower(k) == "to" and p.lower(k - 1) in p.lex.resident_titles)  # envoy to Seoul
        for k in range(start + 1, first)
    )


def home_office(p: Parsed, tokens: range) -> bool:
    """the defense ministry, a foreign ministry official: an office every state has,
    named without its state."""
    phrase = " ".join(p.lower(k) for k in tokens)
    return any(f" {office} " in f" {phrase} " for office in p.lex.home_offices)


def _not_a_verb(p: Parsed, v: int) -> bool:
    """the report, a statement: a noun, not a verb of saying (after an article)."""
    return p.lower(v - 1) in ("the", "a", "an", "this", "that", "its", "his", "her", "their")
