"""Denials that answer a claim told before (split from ``reader`` in the eleventh pass):
whom a dismissal of "the report" is aimed at, and which kinds of act it speaks of."""

from __future__ import annotations

import re

from kansoku.lang.en.words import Lexicon
from kansoku.model import Mention
from kansoku.reading import SentenceReading

_CLAIM_WITHIN = 3  # words: dismissed the latest report
_CLAIMANT_WITHIN = 60  # characters: waved the story off as "pure invention by Warsaw"


def answered(
    readings: list[SentenceReading],
    texts: list[str],
    lex: Lexicon,
    mentions: list[list[Mention]] | None = None,
) -> None:
    """The envoy called the story baseless; the embassy denied those claims: a denial of a
    claim the text told before is aimed at whom it credited the claim to, when the
    sentence names no one. With no act of its own told after it, it speaks of what the
    sentence before told and of the kinds of act the text credited to that claimant
    (each kept again as denied, by the denier)."""
    credited: str | None = None
    told_by: dict[str, list[str]] = {}  # who is credited → the kinds of act credited to them
    previous: SentenceReading | None = None
    named = mentions or [[] for _ in texts]
    for reading, text, found in zip(readings, texts, named, strict=True):
        for k, trigger in enumerate(reading.triggers):
            if trigger.form.lower() not in lex.denials:
                continue
            following = re.findall(r"[a-z]+", text[trigger.end :].lower())[:_CLAIM_WITHIN]
            if not any(w in lex.claim_nouns or w in lex.denied_anaphora for w in following):
                continue
            later = reading.triggers[k + 1 :]
            if any(t.args.actors or t.args.targets for t in later):
                continue  # rejected the claims that it had sent arms: an act of its own
            reading.points_back = True
            claimant = _claimant(text, trigger.end, found)  # invented by Warsaw
            if not any(w in lex.claim_nouns for w in following) or not (credited or claimant):
                continue
            if not trigger.args.targets:
                trigger.args.targets.append(claimant or credited or "")
            before = {t.entry.category for t in previous.triggers} if previous else set()
            told = told_by.get(claimant or credited or "")
            if told is None and claimant:  # the claimant named by a capital: all its claims
                told = [c for source in told_by.values() for c in source]
            kinds = [c for c in told or [] if c not in before]
            reading.spoken_of = tuple(dict.fromkeys([*reading.spoken_of, *kinds]))
        for trigger in reading.triggers:
            if trigger.claim.source and trigger.form.lower() not in lex.denials:
                told_by.setdefault(trigger.claim.source, []).append(trigger.entry.category)
        credited = reading.source or reading.speaker or credited
        previous = reading


def _claimant(text: str, end: int, found: list[Mention]) -> str | None:
    """waved the story off as "pure invention by Warsaw", called the account a rumour
    from Oslo: the one a denial names as the claim's source, after "from" or "by"
    (eleventh pass)."""
    for m in found:
        if m.start < end or m.start - end > _CLAIMANT_WITHIN:
            continue
        between = text[end : m.start]
        if "," not in between and re.search(r"\b(?:from|by)\s+(?:the\s+)?$", between):
            return m.entity_id
    return None
