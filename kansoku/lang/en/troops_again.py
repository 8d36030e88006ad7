"""English troops named again: "the soldiers", "some of these units", "those forces" as
the subject of an act, with no owner named in their phrase, are the troops the sentences
just before sent, deployed or counted. Whoever those belong to does the act (North Korea
sent troops to Kursk. Some of these units have fought… : North Korea's). Without it the
act has no doer, or takes the side it is fought against from its object."""

from __future__ import annotations

import re
from dataclasses import replace

from kansoku.lang.en.words import Lexicon
from kansoku.reading import SentenceReading, TriggerReading

_BACK = 3  # sentences: how far back the troops named first are looked for
_TROOPS = "troops"
_ADVERBS = frozenset({"been", "not", "already", "also", "still", "since", "then"})


def troops_named_again(readings: list[SentenceReading], texts: list[str], lex: Lexicon) -> None:
    """Give an act whose subject names troops again, with no doer of its own, the owner
    of the troops the sentences before named."""
    subject = _subject_pattern(lex)
    for i, reading in enumerate(readings):
        for k, trigger in enumerate(reading.triggers):
            if trigger.args.actors or not subject.search(texts[i][: trigger.start]):
                continue
            owner = _owner_before(readings[max(0, i - _BACK) : i])
            if owner is not None:
                # (the soldiers fought Ukrainian forces: whom they fought lends no doer)
                args = replace(trigger.args, actors=[owner], borrowed=[])
                reading.triggers[k] = replace(trigger, args=args)


def _owner_before(readings: list[SentenceReading]) -> str | None:
    """Whose the troops are that the nearest sentence before moved or counted."""
    for reading in reversed(readings):
        for trigger in reversed(reading.triggers):
            if _moves_troops(trigger):
                args = trigger.args
                owners = [*args.cargo_of, *args.actors, *(b.entity_id for b in args.borrowed)]
                owners += args.described
                if owners:
                    return owners[0]
    return None


def _moves_troops(trigger: TriggerReading) -> bool:
    return trigger.entry.mode == _TROOPS or _TROOPS in trigger.items


def _subject_pattern(lex: Lexicon) -> re.Pattern[str]:
    """The clause before an event word is only a definite phrase of troops (and the
    auxiliaries or adverbs after it): "Some of these units had already", "The soldiers"."""
    troops = "|".join(sorted(map(re.escape, lex.troop_words), key=len, reverse=True))
    counts = "|".join(map(re.escape, sorted(lex.count_words | lex.part_words)))
    helpers = "|".join(map(re.escape, sorted(lex.auxiliaries | _ADVERBS)))
    # (participated in, took part in, engaged in the battles)
    partaking = "|".join(map(re.escape, sorted(lex.partaking_words)))
    return re.compile(
        rf"(?:^|[,;:]\s+)(?:(?:{counts}|\d[\d,]*)\s+of\s+)?(?:the|these|those)\s+"
        rf"(?:[a-z-]+\s+)?(?:{troops})\s+(?:(?:{helpers}|[a-z]+ly)\s+)*"
        rf"(?:(?:(?:take|takes|took|taken|taking)\s+)?(?:{partaking})\s+in\s+(?:the\s+)?)?$",
        re.IGNORECASE,
    )
