"""English acts told as of a time before the report's, or over a stretch of time up to it:
the report's month is not theirs (kansoku.extract.events gives it only to what is told as
done then). The grammar that says so:

- a word of an earlier time before the act (had previously sent, has long denied);
- the past perfect in the text's own voice (Pyongyang had sent troops before the talks);
  told by a speaker it is the tense of reported speech, as news as the simple past;
- a clause of what came first or stands behind the news (after Pyongyang sent troops,
  since Moscow vetoed, despite Seoul's protests, amid the deployment), or a relative
  clause that describes a thing by a known act (the shells that Pyongyang shipped);
- an event noun that is the subject of another verb (the deployment has drawn protests):
  a fact the sentence takes as known;
- a total up to now (has sent 15,000 troops so far, has shipped shells since the summit).

And acts told in the present tense are going on at the report's time: its day is theirs
(Shoigu is visiting Pyongyang; the headline's "Shoigu arrives in Pyongyang").
"""

from __future__ import annotations

from lemminflect import getInflection, getLemma

from kansoku.lang.en.arguments import Parsed, contact_relative
from kansoku.lang.en.phrases import relative_of_noun
from kansoku.reading import Claim

_EARLIER_WITHIN = 3  # tokens before the event word: had previously sent
_CUMULATIVE_WITHIN = 12  # tokens after it, in its clause: sent 15,000 troops so far
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it"})
_STOPS = frozenset({",", ";", ":", "(", "—", "–"})


def told_as_earlier(
    p: Parsed, first: int, bounds: tuple[int, int], claim: Claim, as_noun: bool
) -> bool:
    """Whether the event word at ``first`` (its clause ``bounds``) is told as of a time
    before the report's or as a total up to it."""
    lo, hi = bounds
    before = range(max(lo, first - _EARLIER_WITHIN), first)
    if any(p.lower(k) in p.lex.before_the_report for k in before):
        return True
    if claim.status == "asserted" and claim.source is None and _past_perfect(p, first, lo):
        return True
    opener = _clause_opening(p, first)
    if p.lower(opener) in p.lex.earlier_clauses or relative_of_noun(p, opener):
        return True
    subject = contact_relative(p, first)
    if subject is not None and p.lower(subject - 1) not in p.lex.count_words:
        return True  # the shells Pyongyang shipped to Moscow were fired… (not: thousand)
    if as_noun and p.lower(hi) in p.lex.auxiliaries and hi > first + 1:
        return True  # the deployment of troops has drawn…: the subject of another verb
    return _cumulative(p, first, hi)


def _clause_opening(p: Parsed, first: int) -> int:
    """Where the clause of the event word opens: the nearest clause word or stop before
    it (-1: the sentence's start)."""
    for k in range(first - 1, -1, -1):
        if p.lower(k) in _STOPS or p.lower(k) in p.lex.clause_words:
            return k
    return -1


def _past_perfect(p: Parsed, first: int, lo: int) -> bool:
    """had sent, had already been shipped: "had" before the event word with only
    adverbs, "not" or "been" between."""
    for k in range(first - 1, max(lo, first - _EARLIER_WITHIN) - 1, -1):
        word = p.lower(k)
        if word == "had":
            return True
        if not (word in ("been", "not") or (word.endswith("ly") and word.isalpha())):
            return False
    return False


def _cumulative(p: Parsed, first: int, hi: int) -> bool:
    """A total up to the report: a phrase of "so far" in the clause after the event word,
    or a clause of since (has shipped shells since the summit)."""
    words = [p.lower(k) for k in range(first + 1, min(hi, first + _CUMULATIVE_WITHIN))]
    told = " ".join(words)
    if any(f" {phrase} " in f" {told} " for phrase in p.lex.cumulative_phrases):
        return True
    return p.lower(hi) == "since" or p.lower(0) == "since"  # Since the summit, it has…


def told_as_now(p: Parsed, first: int, as_noun: bool) -> bool:
    """Whether the event verb at ``first`` is told in the present tense: "is visiting",
    or the simple present of a headline ("arrives"), not a plural noun (visits)."""
    word = p.lower(first)
    if not word.isalpha():
        return False
    if not as_noun and word.endswith("ing") and p.lower(first - 1) in p.lex.present_auxiliaries:
        return True
    # (a name or a title right before it is its subject: Shoigu arrives, the minister
    # arrives; not Kim's visits, the visits)
    before = p.lower(first - 1)
    subject = before in _SUBJECT_PRONOUNS or before in p.lex.person_titles
    subject = subject or before in p.lex.troop_words
    if p.name_ending_at(first - 1) is None and not subject:
        return False
    lemmas = [lemma for lemma in getLemma(word, upos="VERB") if lemma != word]
    return any(word in getInflection(lemma, "VBZ") for lemma in lemmas)
