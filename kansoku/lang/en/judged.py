"""A claim a speaker calls false with no verb of denial (thirteenth pass): "Claims that
North Korean gunners fight in Kherson are a fabrication, the spokeswoman said" — the
speaker rejects the claim; the lexicon's ``false_judgement`` says what that act is."""

from __future__ import annotations

from kansoku.lang.en.arguments import Parsed
from kansoku.lang.en.claims import Speech
from kansoku.reading import Args, Claim, DateMention, TriggerReading

_CONTENT_WITHIN = 3  # words from a claim noun to what it claims (reports of, claims that)
_CONTENT_LINKS = ("that", "of", "about")


def judged_false(
    p: Parsed, talks: list[Speech], dates: list[DateMention], found: list[TriggerReading]
) -> TriggerReading | None:
    """The rejection a speaker voices by calling a claim told in their words false, when
    the sentence has no rejection of its own."""
    entry = p.lex.false_judgement
    false = p.lex.unclaimed.get("false_words", frozenset())
    if entry is None or any(t.entry.category == entry.category for t in found):
        return None
    claim = next((k for k in range(len(p.tokens)) if _claims_something(p, k)), None)
    if claim is None:
        return None
    judged = next((k for k in range(claim + 1, len(p.tokens)) if p.lower(k) in false), None)
    speech = next((s for s in talks if s.speaker and s.frames[0] <= claim < s.frames[1]), None)
    if judged is None or speech is None or speech.speaker is None:
        return None
    said = p.tokens[speech.verb].start
    days = [d for d in dates if d.calendar and not d.since and d.start >= said]
    token = p.tokens[judged]
    return TriggerReading(
        start=token.start,
        end=token.end,
        form=token.text,
        entry=entry,
        args=Args(actors=[speech.speaker]),
        claim=Claim(source=speech.speaker, status="asserted", credited=False),
        date=days[0] if len(days) == 1 else None,
    )


def _claims_something(p: Parsed, k: int) -> bool:
    """A claim noun with what it claims right after it (claims that…, reports of…)."""
    if p.lower(k) not in p.lex.claim_nouns:
        return False
    return any(p.lower(j) in _CONTENT_LINKS for j in range(k + 1, k + 1 + _CONTENT_WITHIN))
