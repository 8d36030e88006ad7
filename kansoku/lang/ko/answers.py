"""Acts that answer another's claim or act (국방부가 북한이 …을 넘겼다고 평가한 것에 대해
"날조"라고 반박했다; 북한이 미사일을 발사한 데 대해 규탄했다): the clause answered ends with
one of the lexicon's ``answered_frames``; its subject is whom the answer is aimed at, and
what it claims is that subject's claim, not the answerer's words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kansoku.lang.ko.words import Lexicon

if TYPE_CHECKING:
    from kansoku.lang.ko.arguments import Marked

_TOPIC_PARTICLES = ("은", "는", "도")
_SUBJECT_PARTICLES = ("이", "가")


def answering(
    text: str, marked: list[Marked], inside: list[Marked], start: int, lex: Lexicon
) -> tuple[list[Marked], str | None, list[Marked]]:
    """The names of a clause the act at ``start`` answers (합참이 북한이 …을 보냈다고
    분석한 데 대해 반박했다): its subject, who claimed or did what is answered, is the act's
    target (the first after the sentence's topic or a comma); the other names are what was
    claimed. The names left for the act's own clause, that subject, and the names of the
    clause answered (none of which does the answering)."""
    at = max((text.rfind(f, 0, start) for f in lex.answered_frames), default=-1)
    if at < 0:
        return inside, None, []
    opening = _opening(text, marked, at)
    answered = [n for n in marked if opening < n.mention.start and n.mention.end <= at]
    claimant = next((n for n in answered if n.particle in _SUBJECT_PARTICLES), None)
    left = [n for n in inside if n.mention.end > at]
    return left, claimant.mention.entity_id if claimant is not None else None, answered


def _opening(text: str, marked: list[Marked], at: int) -> int:
    """Where the clause answered before ``at`` opens: after the sentence's topic or the
    last comma."""
    return max(
        [text.rfind(",", 0, at)]
        + [n.mention.end for n in marked if n.mention.end <= at and n.particle in _TOPIC_PARTICLES]
    )


def _claimant(text: str, marked: list[Marked], at: int) -> Marked | None:
    """The subject of the clause an answered frame at ``at`` closes."""
    opening = _opening(text, marked, at)
    return next(
        (
            n
            for n in marked
            if opening < n.mention.start
            and n.mention.end <= at
            and n.particle in _SUBJECT_PARTICLES
        ),
        None,
    )


def claimed_by(text: str, marked: list[Marked], span: tuple[int, int], lex: Lexicon) -> str | None:
    """Who claims the act at ``span`` when it is told inside a clause another act answers
    (국방부가 북한이 포탄을 넘겼다고 평가한 데 대해: the ministry's claim), unless the act is
    that subject's own (북한이 미사일을 발사한 데 대해: done, not claimed)."""
    start, end = span
    found = [i for i in (text.find(f, end) for f in lex.answered_frames) if i >= 0]
    if not found:
        return None
    claimant = _claimant(text, marked, min(found))
    if claimant is None or claimant.mention.end > start:
        return None
    return claimant.mention.entity_id
