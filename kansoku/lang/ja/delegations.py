"""Delegations named by who leads them: the leader's side makes the visit.

ロシアの外務次官が率いる代表団が平壌に到着した; …天然資源相を団長とする政府代表団が平壌を
訪れ、…と会談した: the subject is a delegation, no entity; the person (or the state or
body) named before 率いる / を団長とする is whose delegation it is, so the leader acts for
it. A word inside the delegation's own name (政府代表団's 政府) is no actor of its own.
"""

from __future__ import annotations

import re
from functools import cache

from kansoku.lang.ja.lexicon import Lexicon, alternation
from kansoku.model import Mention
from kansoku.reading import Args

_REACH = 30  # characters of the leader's phrase before 率いる


def lead_by_the_leader(
    args: Args, text: str, at: int, mentions: list[Mention], lex: Lexicon
) -> None:
    """Make the leader of the delegation that is the subject before ``at`` the actor."""
    if not lex.delegation_nouns:
        return
    found = list(_led(lex.delegation_nouns, lex.leading_words).finditer(text, 0, at))
    if not found:
        return
    led = found[-1]
    between = text[led.end() : at]
    if any(
        m.start >= led.end() and text.startswith(("が", "は"), m.end)
        for m in mentions
        if m.end <= at
    ):
        return  # another subject between the delegation and the act
    if "。" in between:
        return
    phrase_start = max(text.rfind(c, 0, led.start()) for c in ("、", "。", "は")) + 1
    phrase_start = max(phrase_start, led.start() - _REACH)
    leaders = [m for m in mentions if phrase_start <= m.start and m.end <= led.start()]
    if not leaders:
        return
    inside = {m.entity_id for m in mentions if led.start() <= m.start and m.end <= led.end()}
    args.actors = [leaders[-1].entity_id, *(a for a in args.actors if a not in inside)]


@cache
def _led(nouns: tuple[str, ...], leading: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"(?:{alternation(leading)})[^、。「」]{{0,8}}?(?:{alternation(nouns)})(?:一行)?(?:は|が|も)"
    )
