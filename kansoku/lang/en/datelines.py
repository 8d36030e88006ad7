"""English wire datelines: "SEOUL, Nov 6 (Reuters) -", "MOSCOW, November 6. /TASS/." open a
story with the place it was filed from and, often, its day: the day of the news its lead
tells (kansoku.lang.en.dating.dated_by_dateline)."""

from __future__ import annotations

import re

from kansoku.model import Mention

# A wire dateline opening a sentence: SEOUL, Oct 18 (Reuters) -, MOSCOW, October 26. /TASS/.
# PYONGYANG, North Korea (AP) —, SEOUL: (its day is the news's, the lead's acts done).
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?)?\s*(?:\([A-Za-z .]+\)\s*)?"
    r"(?:/[A-Za-z]+/\.?)?\s*(?:--|[-–—:])\s*"
)
# A dateline split off as a sentence of its own: MOSCOW, November 6. (then /TASS/.)
_DATELINE_ALONE = re.compile(r"^\s*[A-Z][A-Z .'-]{2,30},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?\s*$")
# Kinds of entity whose name opening a line in capitals tells, not datelines (HUR: …).
_TELLERS = frozenset({"agency", "organization", "person", "outlet"})


def wire_dateline(text: str, mentions: list[Mention]) -> re.Match[str] | None:
    """SEOUL, Nov. 5 (Yonhap) --: the place and date a wire story opens with; not a
    headline's teller in capitals (HUR: …, NIS: …), a name that is no place."""
    dateline = _DATELINE.match(text) or _DATELINE_ALONE.match(text)
    if dateline is None:
        return None
    first = len(text) - len(text.lstrip())
    head = text[first : dateline.end()].rstrip(" -–—:")
    # (UNITED NATIONS (AP) — : a place and a wire; HUR: alone before the colon tells)
    if any(m.start == first and m.kind in _TELLERS and m.text == head for m in mentions):
        return None
    return dateline
