"""Dates told in the sentences after an act: "X denied the story. '…,' the spokeswoman
added at Thursday's press conference." (the day its doer spoke of it), "X met Y. The
talks were held in the capital on Monday." (the act named again by a noun with an
article). An act its own sentence leaves undated takes that date."""

from __future__ import annotations

from dataclasses import replace

from kansoku.lang.en.words import Lexicon
from kansoku.model import Mention
from kansoku.reading import DateMention, SentenceReading, TriggerReading

_AHEAD = 2  # sentences: the opening of a quote, then its closing "(she) added"
_NAMED_AGAIN_WITHIN = 24  # characters: "The meeting", "The two leaders' talks"
_BACK_ARTICLES = ("the ", "this ", "that ")
_TELLING_WITHIN = 3  # words: told a briefing (on Wednesday), said (on Wednesday)


def dated_ahead(
    readings: list[SentenceReading],
    texts: list[str],
    lex: Lexicon,
    named: list[list[Mention]] | None = None,
) -> None:
    """Give undated acts the date of the telling or retelling right after them, or the
    start the next sentence gives an act going on."""
    for i, reading in enumerate(readings):
        for k, trigger in enumerate(reading.triggers):
            if trigger.date is not None:
                continue
            told = _told_after(readings, texts, i, trigger, lex)
            date = told or _named_again(readings, texts, i, trigger, lex)
            date = date or _since_after(readings, named, i, trigger)
            if date is not None:
                reading.triggers[k] = replace(trigger, date=date)


def _told_after(
    readings: list[SentenceReading],
    texts: list[str],
    i: int,
    trigger: TriggerReading,
    lex: Lexicon,
) -> DateMention | None:
    """The day the act's doer is said to have spoken of it in the sentences after it,
    which tell no act of their own (the quote it said it in), a date of the telling
    (she told reporters on Wednesday; not: she said the troops left in April)."""
    doer = trigger.args.actors[0] if trigger.args.actors else None
    if doer is None:
        return None
    for j in range(i + 1, min(len(readings), i + 1 + _AHEAD)):
        later = readings[j]
        if later.triggers:
            return None
        if later.speaker == doer:
            date = _only_date(later)
            words = texts[j][: date.start].lower().split() if date else []
            told = any(w in lex.speech_verbs for w in words[-_TELLING_WITHIN:])
            return date if told else None
    return None


def _named_again(
    readings: list[SentenceReading],
    texts: list[str],
    i: int,
    trigger: TriggerReading,
    lex: Lexicon,
) -> DateMention | None:
    """The meeting took place on Tuesday: the next sentence opens by naming an act of the
    same kind with an article and no doer of its own, and dates it."""
    if i + 1 >= len(readings):
        return None
    text = texts[i + 1]
    opening = text.lstrip().lower()
    if not opening.startswith(_BACK_ARTICLES):
        return None
    offset = len(text) - len(opening)
    for later in readings[i + 1].triggers[:1]:
        near = later.start - offset <= _NAMED_AGAIN_WITHIN
        same = later.entry.category == trigger.entry.category and not later.args.actors
        # (ratified the treaty. The treaty was signed in June: a verb, another act)
        before = text[offset : later.start].lower().split()
        same = same and not any(w in lex.auxiliaries for w in before)
        if near and same and later.date is not None and later.date.calendar:
            return later.date
    return None


def _since_after(
    readings: list[SentenceReading],
    named: list[list[Mention]] | None,
    i: int,
    trigger: TriggerReading,
) -> DateMention | None:
    """Moscow is aiding Pyongyang's satellite work… Russian specialists have stayed at the
    Sohae site since at least March: an act told as going on takes the one start the next
    sentence gives, when that sentence tells no act of its own and names the act's doer
    (twelfth pass)."""
    if not trigger.ongoing or not trigger.args.actors or named is None or i + 1 >= len(readings):
        return None
    later = readings[i + 1]
    if later.triggers or trigger.args.actors[0] not in {m.entity_id for m in named[i + 1]}:
        return None
    starts = [d for d in later.dates if d.calendar and d.since]
    return starts[0] if len(starts) == 1 else None


def _only_date(reading: SentenceReading) -> DateMention | None:
    dates = [d for d in reading.dates if d.calendar and not d.since]
    return dates[0] if len(dates) == 1 else None
