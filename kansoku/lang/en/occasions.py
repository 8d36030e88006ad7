"""The occasion a story's lead dates (thirteenth pass): "X told the council on Wednesday
that… Y waved the charges away as lies." / "A pressed… on Friday after meeting B.
B said his country condemns…": what is said at the same sitting in the sentences right
after the lead, with no date of its own, is said on the lead's day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kansoku.lang.en.words import Lexicon, forms_of
from kansoku.reading import DateMention, SentenceReading, TriggerReading

_LEAD_WITHIN = 3  # sentences: a headline, a subheadline, then the dated lead
_AFTER_LEAD = 3  # sentences after the lead still told of its sitting
_RECENT_DAYS = 7  # a lead's day no older than a week before publication
_BEFORE_WORDS = 4  # words before the event word where a perfect or a background word shows


def occasion_dates(
    readings: list[SentenceReading], texts: list[str], lex: Lexicon, published: str | None
) -> None:
    """Date the undated acts of saying told just after a lead dated to a recent day."""
    lead = _lead(readings, published)
    if lead is None:
        return
    index, day = lead
    spoken = _spoken_forms(lex)
    for j in range(index + 1, min(len(readings), index + 1 + _AFTER_LEAD)):
        reading = readings[j]
        if any(d.calendar for d in reading.dates):
            break  # a sentence dated otherwise tells of another time; so may the rest
        reading.triggers = [
            replace(t, date=day) if _said_then(t, texts[j], spoken, lex) else t
            for t in reading.triggers
        ]


def _lead(readings: list[SentenceReading], published: str | None) -> tuple[int, DateMention] | None:
    """The first of the opening sentences dated to one day, a recent one."""
    for index, reading in enumerate(readings[:_LEAD_WITHIN]):
        days = [d for d in reading.dates if d.calendar and not d.since and len(d.value or "") == 10]
        if len(days) == 1 and _recent(days[0].value or "", published):
            return index, days[0]
        if days:
            return None
    return None


def _recent(value: str, published: str | None) -> bool:
    if published is None or len(published) < 10:
        return False
    try:
        gap = (date.fromisoformat(published[:10]) - date.fromisoformat(value)).days
    except ValueError:
        return False
    return 0 <= gap <= _RECENT_DAYS


def _spoken_forms(lex: Lexicon) -> frozenset[str]:
    """The forms of event words whose act is in the saying (voiced) or a sitting's own."""
    lemmas = [s.words[0] for s in lex.triggers if s.voiced and len(s.words) == 1]
    lemmas += list(lex.occasion_words)
    return frozenset(form for lemma in lemmas for form in forms_of(lemma))


def _said_then(t: TriggerReading, text: str, spoken: frozenset[str], lex: Lexicon) -> bool:
    """An undated act of saying, not told in the perfect nor as background (has dismissed,
    had previously called)."""
    if t.date is not None or t.form.lower() not in spoken:
        return False
    before = text[: t.start].lower().split()[-_BEFORE_WORDS:]
    return not any(w in lex.perfect_auxiliaries or w in lex.background_words for w in before)
