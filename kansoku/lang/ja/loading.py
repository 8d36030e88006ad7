"""Cargo loaded at a port the ship called at: the port's state sends it.

北朝鮮のタンカーがロシアの港に寄港し、石油精製品を積み出した; …ボストーチヌイ港に入港
して軽油を積み込んだ: the loading names no place of its own; the clause chained before it
says where the ship was, and what is loaded there leaves from that place (as with
…の港で積み込んだ, the lexicon's で-phrase of loading).
"""

from __future__ import annotations

import re
from functools import cache

from kansoku.lang.ja.lexicon import Lexicon, alternation
from kansoku.model import Mention
from kansoku.reading import Args

_REACH = 40  # characters from the port of call to the loading word


def loaded_at_port_of_call(
    args: Args, form: str, text: str, at: int, mentions: list[Mention], lex: Lexicon
) -> None:
    """Give a loading word with no origin the port its ship called at before it."""
    if args.origins or form not in lex.loading_words or not lex.port_calls:
        return
    window_start = max(0, at - _REACH)
    calls = list(_called(lex.port_calls).finditer(text, window_start, at))
    if not calls:
        return
    call = calls[-1]
    if "。" in text[call.end() : at]:
        return
    port = [m for m in mentions if window_start <= m.start and m.end <= call.start()]
    if port:
        args.origins.append(port[-1].entity_id)


@cache
def _called(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"に[^、。]{{0,14}}?(?:{alternation(words)})し(?:て|、)")
