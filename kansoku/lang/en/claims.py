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

from dataclasses import dataclass

from kansoku.lang.en.arguments import Named, Parsed, relative_subject
from kansoku.reading import Claim

_QUOTES = frozenset('"“”')


@dataclass(frozen=True)
class Speech:
    """A verb of saying, who it names as speaking, and the tokens it frames."""

    verb: int
    speaker: str | None
    frames: tuple[int, int]  # token range [start, end)
    estimate: bool = False
    home: bool = False  # an unnamed office of the publishing state's (the defense ministry)


def source_marker(p: Parsed) -> tuple[bool, str | None]:
    """(marked, the entity credited) for according to X / citing X."""
    for marker in p.lex.source_markers:
        n = len(marker)
        for i in range(len(p.tokens) - n + 1):
            if tuple(p.lower(i + k) for k in range(n)) != marker:
                continue
            after = [m for m in p.names if i + n <= m.first <= i + n + 5]
            # according to North Korea experts: experts on it, not its voice.
            ahead = [p.lower(k) for k in range(i + n, i + n + 6)]
            if after and not any(w in p.lex.never_a_state for w in ahead):
                return True, after[0].mention.entity_id
            return True, None
    return False, None


def speeches(p: Parsed) -> list[Speech]:
    found = []
    for v in range(len(p.tokens)):
        if not p.is_speech(v) or _not_a_verb(p, v):
            continue
        if p.lower(v - 1) in p.lex.passive_auxiliaries:
            continue  # are believed to, is said to: a hedge, not a speaker
        start = _phrase_start(p, v)
        # "…," Zakharova added; …, the ministry said in a statement: the speaker follows
        # what is said, and nothing it says comes after it (not: Shoigu, who…, said that…).
        closing = p.lower(v + 1) in p.lex.after_closing_speech
        after_comma = p.lower(start - 1) == "," or p.lower(start - 1) in _QUOTES
        postposed = start > 0 and after_comma and closing
        inverted = (p.lower(v - 1) == "," or p.lower(v - 1) in _QUOTES) and _speaker_closes(p, v)
        if inverted:  # "…," said Zakharova / stated Gen. X, the chief of the army
            names = [n for n in p.names if v < n.first]
            frames = (0, v)
        elif postposed:  # "…," Zakharova added
            names = [n for n in p.names if start <= n.first and n.last < v]
            frames = (0, start)
        elif p.lower(v - 1) == "and":  # Kim called the pact … and said that…
            names = [n for n in p.names if n.first < v][:1]
            frames = (v + 1, len(p.tokens))
        else:  # Zakharova said that…; Shoigu, who is on a visit to…, has said that…
            names = [n for n in p.names if start <= n.first and n.last < v]
            names = names or _before_relative(p, start)
            frames = (v + 1, _frame_end(p, v))
        speaker = names[-1].mention.entity_id if names and not inverted else None
        if inverted and names:
            speaker = names[0].mention.entity_id
        estimate = p.lower(v).startswith(("estimat", "assess", "believ"))
        phrase = range(v + 1, v + 6) if inverted else range(start, v)
        home = speaker is None and home_office(p, phrase)
        found.append(Speech(v, speaker, frames, estimate, home))
    return found


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


def _frame_end(p: Parsed, v: int) -> int:
    """Where what a verb of saying frames ends: the sentence's end, or a comma that opens
    a phrase of the writer's (…accused North Korea of supplying shells, a charge both
    deny)."""
    for k in range(v + 1, len(p.tokens) - 1):
        if p.lower(k) == "," and p.lower(k + 1) in p.lex.writer_asides:
            return k
    return len(p.tokens)


def _speaker_closes(p: Parsed, v: int) -> bool:
    """…," said Zakharova. / …, said the ministry in a statement: a short speaker after
    the verb, and nothing said after it."""
    end = v + 1
    while end < len(p.tokens) and p.lower(end) not in p.lex.after_closing_speech:
        end += 1
    return end - v <= 5


def home_office(p: Parsed, tokens: range) -> bool:
    """the defense ministry, a foreign ministry official: an office every state has,
    named without its state."""
    phrase = " ".join(p.lower(k) for k in tokens)
    return any(f" {office} " in f" {phrase} " for office in p.lex.home_offices)


def _not_a_verb(p: Parsed, v: int) -> bool:
    """the report, a statement: a noun, not a verb of saying (after an article)."""
    return p.lower(v - 1) in ("the", "a", "an", "this", "that", "its", "his", "her", "their")


def _phrase_start(p: Parsed, v: int) -> int:
    """The first token of the phrase before a verb of saying (its subject), back to
    punctuation or a clause word; a bracketed short name stays inside it (South Korea's
    National Intelligence Service (NIS) said)."""
    k = v
    while k > 0:
        word = p.lower(k - 1)
        if word == ")" and "(" in (p.lower(k - 3), p.lower(k - 4)):
            k = k - 3 if p.lower(k - 3) == "(" else k - 4
            continue
        if not (word.isalnum() or word in p.lex.possessive or "-" in word or "." in word):
            break
        if word in p.lex.clause_words:
            break
        k -= 1
    return k


def claim_for(
    p: Parsed,
    at: int,
    bounds: tuple[int, int],
    marked: tuple[bool, str | None],
    talks: list[Speech],
    figure: bool = False,
) -> Claim | None:
    """The claim for the fact at token ``at`` in the clause ``bounds``; None when its
    clause negates it (North Korea has not sent troops: no event)."""
    lo, hi = bounds
    before = [p.lower(k) for k in range(lo, at)]
    if any(w in p.lex.negations for w in before[-4:]):
        return None
    framing = [s for s in talks if s.frames[0] <= at < s.frames[1]]
    credited, source = marked
    speech = framing[-1] if framing else None
    if speech is not None:
        credited = True
        source = source or speech.speaker
    markers = p.lex.status_markers
    context = [p.lower(k) for k in range(max(0, lo - 3), at)]
    # demanded that…, hopes that…: what is asked for or wished is yet to come.
    wished = any(p.lower(k) in p.lex.wishing_verbs for k in range(lo - 3, lo))
    denied, denier = _denier(p, at)
    if denied:
        status, source = "denied", denier or source
    elif any(w in markers["possible"] for w in before) or "if" in (p.lower(lo - 1), p.lower(hi)):
        status = "possible"  # likely to be sent; help each other if attacked
    elif (
        wished
        or (p.lower(at - 1) == p.lex.infinitive and not figure)
        or any(w in markers["planned"] and w != p.lex.infinitive for w in before)
    ):
        status = "planned"
    elif figure and speech is not None and speech.estimate:
        status = "estimated"
    elif credited or any(w in markers["reported"] for w in context):
        status = "reported"
        credited = True  # reportedly, allegedly: someone unnamed says so
    else:
        status = "asserted"
    return Claim(source=source, status=status, credited=credited)


def _denier(p: Parsed, at: int) -> tuple[bool, str | None]:
    """(denied, who denies) for a fact after a verb of denial in its sentence (Moscow
    denied sending troops; dismissed reports that…), with no clause boundary of its own
    in between but that; who denies is the verb's subject."""
    for k in range(at - 1, max(-1, at - 12), -1):
        word = p.lower(k)
        if word in p.lex.denials:
            start = _phrase_start(p, k)
            names = [n for n in p.names if start <= n.first and n.last < k]
            return True, names[-1].mention.entity_id if names else None
        if word in (";", ".") or (word in p.lex.clause_words and word != "that"):
            return False, None
    return False, None
