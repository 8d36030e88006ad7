"""Where a speaker speaks: a topic set off by the occasion or document it told something in.

国防省は21日の国会国防委員会で、…と報告した; 研究院は14日に公表した報告書で、…と分析
した; 外務省は12日の定例会見で、…と述べた: the phrase between the topic and the comma
names where the topic told what follows, so the topic is the sentence's speaker, as when a
date alone sets it off (国防省は21日、…). So does the matter it speaks of (国防省は派遣
された部隊について、…と分析した): what follows is what the topic says of it.
"""

from __future__ import annotations

import re
from functools import cache

from kansoku.lang.ja.lexicon import Lexicon, alternation

_LONGEST = 28  # characters of a venue phrase (20日に公表した年次報告書で)


def set_off_by_venue(text: str, at: int, lex: Lexicon) -> bool:
    """The text from ``at`` (right after a topic marker) is a venue phrase, or the matter
    spoken of, and a comma."""
    return (
        _venue(_words(lex)).match(text, at) is not None
        or _matter(lex.about_markers).match(text, at) is not None
    )


def _words(lex: Lexicon) -> tuple[str, ...]:
    return lex.statement_occasions + lex.documents + lex.speaking_venues


@cache
def _matter(markers: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"[^、。「」]{{1,{_LONGEST}}}?(?:{alternation(markers)})、")


@cache
def _venue(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"[^、。「」]{{0,{_LONGEST}}}?(?:{alternation(words)})"
        r"(?:で|では|の中で|を通じて|を通し|において)、"
    )
