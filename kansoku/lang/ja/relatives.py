"""A subject set off before a relative clause that names the other party.

朝鮮中央通信は、金総書記が10日、平壌を訪問したロシアの国防相と会談したと報じた: the
parser can hang 金総書記が on 訪問した, the clause that tells who the minister is. A が-
subject closed off by a comma (after its date) before that clause begins is the subject of
the verb the clause leads to (会談), not of the clause; the clause's own doer is the noun
it describes (the minister visited Pyongyang).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from kansoku.lang.ja import syntax
from kansoku.lang.ja.lending import describes_someone
from kansoku.lang.ja.lexicon import Lexicon, alternation
from kansoku.model import Mention
from kansoku.reading import Args


def set_off_subject(
    text: str, before: int, mentions: list[Mention], lex: Lexicon
) -> Mention | None:
    """The last が-subject (its title after it) closed off by a comma, after its date if
    any, before character ``before``."""
    set_off = _set_off(lex.person_titles)
    found = [
        m
        for m in mentions
        if m.end < before and set_off.match(text, m.end) and "。" not in text[m.end : before]
    ]
    return found[-1] if found else None


@cache
def _set_off(titles: tuple[str, ...]) -> re.Pattern[str]:
    # (only a time set off: 金総書記が10日、 / が先月下旬、 — never a clause of its own,
    # ロシアが以前支持していたが、)
    return re.compile(
        rf"(?:{alternation(titles)})?が(?:[^、。「」]{{0,10}}?(?:日|月|年|旬|末|頃|ごろ|午前|午後))?、"
    )


def reassign_set_off_subject(
    args: Args, token: Token, pred: Token, mentions: list[Mention], lex: Lexicon
) -> None:
    """Take a set-off subject from a relative clause describing someone, and give it to a
    verb with no subject that such a clause leads to."""
    text = syntax.text_of(pred.doc)
    if describes_someone(pred, mentions):
        if syntax.subject_above(pred):
            return  # …が昨年、…に輸出した製品が…に達した: the noun is the main subject
        clause_start = text.rfind("、", 0, pred.idx) + 1
        subject = set_off_subject(text, clause_start, mentions, lex)
        if subject is not None and subject.entity_id in args.actors:
            args.actors.remove(subject.entity_id)
        return
    subject = set_off_subject(text, token.idx, mentions, lex)
    if subject is None or subject.entity_id in args.actors:
        return
    # (the only subjects the parse found are the outer speaker's, named before it)
    outer = {m.entity_id for m in mentions if m.end <= subject.start}
    if any(actor not in outer for actor in args.actors):
        return
    start = text.index("、", subject.end)
    between = [t for t in pred.doc if start < t.idx < token.idx]
    if any(describes_someone(t, mentions) for t in between):
        args.actors.insert(0, subject.entity_id)
