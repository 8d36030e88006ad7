"""What is given in return (eleventh pass): "Pyongyang sold rockets to Moscow. In
return, the Kremlin is said to have given it wheat": a transfer told as given back, with no
recipient of its own, goes to the one who gave the transfer told just before."""

from __future__ import annotations

from dataclasses import replace

from kansoku.lang.en.words import Lexicon
from kansoku.reading import SentenceReading, TriggerReading

_BACK_WITHIN = 2  # sentences: how far back the transfer answered is looked for


def given_back(readings: list[SentenceReading], texts: list[str], lex: Lexicon) -> None:
    """Give each transfer told in return (``reciprocal_phrases``) that names no one it goes
    to the giver of the last transfer before it, in its sentence or the two before, that
    names its recipient and was made by another."""
    for index, (reading, text) in enumerate(zip(readings, texts, strict=True)):
        lowered = text.lower()
        if not any(phrase in lowered for phrase in lex.reciprocal_phrases):
            continue
        earlier = [
            t for r in readings[max(0, index - _BACK_WITHIN) : index + 1] for t in r.triggers
        ]
        reading.triggers = [_back(t, earlier) for t in reading.triggers]


def _back(trigger: TriggerReading, earlier: list[TriggerReading]) -> TriggerReading:
    args = trigger.args
    if not trigger.items or args.targets or not args.actors:
        return trigger
    given = [
        t for t in earlier
        if t is not trigger and t.items and t.args.targets and t.args.actors
        and t.args.actors[0] != args.actors[0] and t.start != trigger.start
    ]  # fmt: skip
    if not given:
        return trigger
    return replace(trigger, args=replace(args, targets=[given[-1].args.actors[0]]))
