"""A denial told by its speaker is that speaker's rejection: 대변인은 "그런 회담은 예정돼
있지 않다"고 말했다, 대변인은 …했다는 보도가 "날조"라고 반박했다. Besides the act told as denied, the speaker rejects the claim (when
the sentence names no word of rejecting itself: 부인했다, 일축했다 are words of their own)."""

from __future__ import annotations

import re

from kansoku.lang.ko.claims import quotes
from kansoku.lang.ko.words import Lexicon
from kansoku.reading import Args, Claim, DateMention, TriggerReading


def spoken_denials(
    text: str,
    found: list[TriggerReading],
    dates: list[DateMention],
    said: tuple[tuple[bool, str | None], tuple[int, str | None] | None],
    lex: Lexicon,
) -> list[TriggerReading]:
    """The rejection of the named speaker who denies, with a word of denial (사실이 아니,
    근거 없, 계획돼 있지 않), an act the sentence tells as denied; none when the sentence
    already has a word of rejecting or the act's verb is only negated."""
    marked, spoken = said
    word = lex.rejecting_word
    speaker = spoken[1] if spoken is not None else None
    if spoken is None or speaker is None or word not in lex.triggers:
        return []
    entry = lex.triggers[word].entry
    if any(t.entry.category == entry.category for t in found):
        return []
    at = spoken[0]
    denials = lex.status_markers["denied"]
    if not any(
        t.claim.status == "denied" and t.end <= at and any(d in text[t.end : at] for d in denials)
        for t in found
    ):
        return []
    verb = re.match(r"[^\s.]+", text[at:])
    if verb is None:
        return []
    inside = quotes(text)
    told = [
        d for d in dates
        if d.calendar and d.end <= at and not any(a <= d.start < b for a, b in inside)
    ]  # fmt: skip
    # told by the speaker (or by the outlet that relays the speaker's words)
    claim = Claim(source=marked[1] or speaker, status="reported", credited=True)
    return [
        TriggerReading(
            start=at,
            end=verb.end() + at,
            form=verb.group(),
            entry=entry,
            args=Args(actors=[speaker]),
            claim=claim,
            date=told[-1] if told else None,
        )
    ]
