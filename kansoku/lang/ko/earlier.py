"""Korean acts told as of a time before the report's, or summed up to it: a word before
the act (지금까지 …을 파병했다, 앞서 …을 보냈다) or an ending after it that makes it the
point a span counts from (파병한 이후, 파병한 이래). The report's month is not theirs
(kansoku.extract.events gives it only to what is told as done then)."""

from __future__ import annotations

from kansoku.lang.ko.words import Lexicon

_BEFORE_WITHIN = 30  # characters before the act: 지금까지 러시아에 1만여 명의 병력을


def told_as_earlier(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the act at ``start..end`` is told as before the report or up to it."""
    before = text[max(0, start - _BEFORE_WITHIN) : start]
    if any(word in before for word in lex.before_the_report):
        return True
    return text[end:].lstrip().startswith(lex.background_endings)
