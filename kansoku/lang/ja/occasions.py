"""Statements dated by the occasion the sentence before named.

A spokesperson's press conference is dated once (報道官は9日の記者会見で、…と述べた) and
the same speaker's next statement, with no date of its own, was made there too."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from kansoku.lang.ja.lexicon import Lexicon
from kansoku.reading import DateMention, SentenceReading


def said_at_the_same_occasion(
    readings: list[SentenceReading], texts: list[str], lex: Lexicon
) -> None:
    """報道官は9日の記者会見で、…と明らかにした。…同報道官は「…」と非難した: what the
    same speaker says in the next sentence (a speech act of theirs with no date of its
    own) was said at the occasion the sentence before dated."""
    for before, reading in pairwise(readings):
        speaker = before.source or before.speaker
        if speaker is None or reading.index != before.index + 1:
            continue
        date = next((d for d in before.dates if _opens_occasion(texts[before.index], d, lex)), None)
        if date is None:
            continue
        reading.triggers = [
            replace(t, date=date)
            if t.date is None
            and t.entry.category in lex.speech_acts
            and t.args.actors[:1] == [speaker]
            else t
            for t in reading.triggers
        ]


def _opens_occasion(text: str, date: DateMention, lex: Lexicon) -> bool:
    """9日の記者会見で: a calendar day of a statement occasion."""
    after = text[date.end : date.end + 12]
    return (
        date.calendar
        and after.startswith("の")
        and any(after[1:].startswith(o) for o in lex.statement_occasions)
    )
