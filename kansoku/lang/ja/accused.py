"""Who an accusation is aimed at, and who makes it, when the parse leaves them to nearby
words.

- What is accused is an act the sentence names as the accusing word's object
  (北朝鮮によるロシアへの派兵を非難した, ロシアが北朝鮮に技術を移転していることを非難
  した, 北朝鮮軍のロシア派兵を強く非難): the doer of that act is the one accused, not
  a party named inside the phrase (the receiver, or a co-signer of the statement).
- The accusing word only describes a statement (…を非難する共同声明を発表した): who
  issued the statement accuses, on its date.

Words: the lexicon's ``accusing_words`` and ``statement_nouns``."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kansoku.lang.ja.lexicon import Lexicon, alternation
from kansoku.reading import TriggerReading

# What may stand between the accused act and the accusing word: the act's own ending
# (…したこと, …している点), a noun of its growth (…の深化), then を, a quoted verdict
# (「国際法違反だ」と) and a few adverbs.
_OBJECT_OF = re.compile(
    r"^(?:している|していた|させている|させた|した|する|して|し|ている|ていた|た|る)?"
    r"(?:こと|点|の)?"
    r"(?:の(?:深化|強化|拡大|継続|推進))?を(?:「[^」]{0,40}」と)?[^、。「」がはを]{0,10}$"
)
# Acts listed before the accused one (派兵とロシアからの技術支援を): the first is accused.
_LISTED = re.compile(r"^(?:と|や|、|および|及び)[^、。「」がは]{0,12}$")


def aim_accusations(
    readings: list[TriggerReading], text: str, lex: Lexicon
) -> list[TriggerReading]:
    """The readings with each accusation's accused and issuer read from the act it names
    and the statement it describes."""
    out = []
    for reading in readings:
        if reading.form in lex.accusing_words:
            reading = _issued_by_statement(reading, readings, text, lex)
            reading = _aimed_at_named_act(reading, readings, text)
        out.append(reading)
    return out


def _aimed_at_named_act(
    accusing: TriggerReading, readings: list[TriggerReading], text: str
) -> TriggerReading:
    before = [r for r in readings if r.end <= accusing.start and r is not accusing]
    judged = next(
        (r for r in reversed(before) if _OBJECT_OF.match(text[r.end : accusing.start])), None
    )
    while judged is not None:
        listed = next(
            (
                r
                for r in reversed(before)
                if r.end <= judged.start and _LISTED.match(text[r.end : judged.start])
            ),
            None,
        )
        if listed is None:
            break
        judged = listed
    if judged is None:
        return accusing
    own = set(accusing.args.actors) | set(accusing.args.joint)
    doers = [d for d in judged.args.actors + judged.args.origins if d not in own]
    if not doers:
        return accusing
    return replace(
        accusing, args=replace(accusing.args, targets=[doers[0], *accusing.args.targets])
    )


def _issued_by_statement(
    accusing: TriggerReading, readings: list[TriggerReading], text: str, lex: Lexicon
) -> TriggerReading:
    if accusing.args.actors:
        return accusing
    described = _DESCRIBED(lex.statement_nouns).match(text, accusing.end)
    if described is None:
        return accusing
    statement = next((r for r in readings if r.start == described.start(1)), None)
    if statement is None or not statement.args.actors:
        return accusing
    args = replace(
        accusing.args,
        actors=list(statement.args.actors),
        borrowed=list(statement.args.borrowed),
        joint=list(statement.args.joint),
    )
    date = accusing.date or statement.date
    return replace(accusing, args=args, date=date, ongoing=accusing.ongoing and date is None)


@cache
def _DESCRIBED(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """…非難する共同声明: the accusing verb ending a clause that describes a statement."""
    return re.compile(rf"(?:する|した)((?:{alternation(nouns)}))")
