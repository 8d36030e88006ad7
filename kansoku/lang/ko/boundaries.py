"""Where a Korean clause begins: after the last ending or comma that closes the clause
before it. A comma between two nouns of a list (포탄과 미사일, 방사포 등을) closes no
clause: the list's verb and its subject are one clause."""

from __future__ import annotations

from kansoku.lang.ko.words import CLAUSE_ENDS, COMMA, Morph
from kansoku.model import Mention

_ADVERBIAL = ("게", "EC")
# 나진항을 통해, 라진항을 거쳐: a route, no clause of its own
VIA = ("통하", "거치", "경유")
# Parts of speech of a noun in a list (common, proper, bound nouns, numbers, numerals).
_NOUNS = frozenset({"NNG", "NNP", "NNB", "NR", "SN", "SL", "XSN"})


def clause_start(morphs: list[Morph], at: int, mentions: list[Mention]) -> int:
    """The offset where the clause of the word at ``at`` begins: just after the last
    clause-closing ending before it (not one inside a name: …에 관한 조약; not the
    adverbial 게 of 강하게 비난했다, which modifies the verb of its own clause; not a
    comma between the nouns of a list)."""
    via = {m.end for m in morphs if m.form in VIA}
    ends = [
        m.end for i, m in enumerate(morphs)
        if (m.tag in CLAUSE_ENDS or m.form == COMMA) and m.end <= at
        and (m.form, m.tag) != _ADVERBIAL and m.end not in via
        and not any(n.start < m.end < n.end for n in mentions)
        and not (m.form == COMMA and _listing(morphs, i, mentions))
    ]  # fmt: skip
    return max(ends, default=0)


def _listing(morphs: list[Morph], i: int, mentions: list[Mention]) -> bool:
    """The comma at ``i`` stands between two nouns of a list: a bare noun before it that
    ends no name (北, 러시아에 …: a headline's topic stays apart) and a noun after it."""
    if i == 0 or i + 1 >= len(morphs):
        return False
    before, after = morphs[i - 1], morphs[i + 1]
    if before.tag not in _NOUNS or after.tag not in _NOUNS:
        return False
    return not any(n.end == before.end for n in mentions)
