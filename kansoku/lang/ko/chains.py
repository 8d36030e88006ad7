"""Clauses chained to one another by endings that keep their subject (김정은 위원장이
러시아를 방문해 정상회담을 할; 북한이 …을 보냈으며, …): a clause that names no doer goes on
with the subject of the clause before it, not with the sentence's topic, which in a told
sentence is its teller.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kansoku.lang.ko.words import ADNOMINAL, CLAUSE_ENDS, Lexicon, Morph

if TYPE_CHECKING:
    from kansoku.lang.ko.arguments import Marked

_SUBJECT = "actor"
_SUBJECT_PARTICLES = ("이", "가")


def borrowed_subject(
    morphs: list[Morph], outside: list[Marked], lo: int, start: int, lex: Lexicon
) -> Marked | None:
    """Whom a clause naming no doer borrows: the subject (이/가) of a clause before it that
    only endings going on with the same subject close (국정원은 김정은 위원장이 러시아를
    방문해 정상회담을 할 가능성: Kim holds the summit, not the teller), else the topic."""
    before = [n for n in outside if n.role == _SUBJECT and n.mention.end <= start]
    for named in reversed(before[1:]):
        if named.particle in _SUBJECT_PARTICLES and goes_on(morphs, named.mention.end, lo, lex):
            return named
    return before[0] if before else None


def goes_on(morphs: list[Morph], end: int, lo: int, lex: Lexicon) -> bool:
    """Only endings that keep their subject close clauses between ``end`` and ``lo`` (no
    relative clause, no clause of saying, no sentence end)."""
    between = [m for m in morphs if end <= m.start and m.end <= lo]
    closing = [m for m in between if m.tag in CLAUSE_ENDS or m.tag == ADNOMINAL]
    return bool(closing) and all(m.tag == "EC" and m.form in lex.chaining_endings for m in closing)
