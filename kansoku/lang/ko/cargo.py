"""What an event word moves, read from Kiwi's morphemes: the item words (``items.yaml``)
in the phrases that name its cargo.

Korean names what is sent with the object particle 을/를 (포탄을 보냈다, 병력 1만 명을
파병), as the bare noun or 의-phrase right before an event noun (포탄 공급, 기술의 이전),
and in the passive as the subject (포탄이 공급됐다) or the noun the clause describes
(파병된 북한군). A phrase runs back to the particle or ending before it; its head comes
last, so its item is the one named nearest its end (미사일 기술: technology).
"""

from __future__ import annotations

from kansoku.lang.items import ItemWords
from kansoku.lang.ko.words import ADNOMINAL, COMMA, Morph

_OBJECT = "JKO"  # 을/를
_SUBJECT = "JKS"  # 이/가
_OWNER = "JKG"  # 의
_JOINT = "JC"  # 과/와: nouns joined
_JOINS = ("·",)
# Morphemes that close a phrase: particles, endings, punctuation (not numbers: SN).
_CLOSING = ("J", "E")
_PUNCTUATION = frozenset({"SF", "SP", "SS", "SE", "SO"})


def _closes(m: Morph) -> bool:
    return m.tag.startswith(_CLOSING) or m.tag in _PUNCTUATION or m.form == COMMA


def _phrase_before(morphs: list[Morph], at: int, lo: int) -> tuple[int, int]:
    """The phrase ending at offset ``at``: back to the particle or ending before it."""
    start = max([lo] + [m.end for m in morphs if _closes(m) and m.end <= at])
    return start, at


def moved(
    text: str,
    morphs: list[Morph],
    start: int,
    end: int,
    lo: int,
    passive: bool,
    items: ItemWords,
) -> tuple[str, ...]:
    """The items of the phrase that best tells what the event word at ``text[start:end]``
    (its clause from ``lo``) moves: its object nearest it, else in the passive its
    subject or the noun it describes, else the noun right before it, else its own word.
    Each conjunct of the phrase gives its head's item (포탄과 미사일을: shells, missiles)."""
    inside = [m for m in morphs if lo <= m.start and m.end <= start]
    marked = [m for m in reversed(inside) if m.tag == _OBJECT]
    if passive:
        marked += [m for m in reversed(inside) if m.tag == _SUBJECT]
    for m in marked:
        found = _conjuncts(text, morphs, m.start, lo, items)
        if found:
            return found
    described = _described(text, morphs, end, items) if passive else None
    if described:
        return (described,)
    before = inside[-1] if inside else None
    if before is not None and before.end >= start - 1 and before.tag == _OWNER:
        found = _conjuncts(text, morphs, before.start, lo, items)  # 포탄의 공급
    elif before is None or not _closes(before):
        found = _conjuncts(text, morphs, start, lo, items)  # 포탄 공급
    else:
        found = ()
    own = items.last(text[start:end])  # 파병군
    return found or ((own,) if own else ())


def _conjuncts(
    text: str, morphs: list[Morph], at: int, lo: int, items: ItemWords
) -> tuple[str, ...]:
    """The item each conjunct of the phrase ending at ``at`` names, the one nearest its
    end: back over 과/와 and · (공병과 건설 인력: engineers, workers)."""
    found = []
    while True:
        begin, _ = _phrase_before(morphs, at, lo)
        item = items.last(text, begin, at)
        if item:
            found.append(item)
        joint = next((m for m in morphs if m.end == begin and begin > lo), None)
        if joint is None or not (joint.tag == _JOINT or joint.form in _JOINS):
            return tuple(dict.fromkeys(reversed(found)))
        at = joint.start


def _described(text: str, morphs: list[Morph], end: int, items: ItemWords) -> str | None:
    """파병된 북한군: the noun right after the event word's adnominal ending."""
    after = [m for m in morphs if m.start >= end]
    ending = next((k for k, m in enumerate(after[:3]) if m.tag == ADNOMINAL), None)
    if ending is None:
        return None
    rest = after[ending + 1 :]
    stop = next((m.start for m in rest if _closes(m)), len(text))
    return items.last(text, after[ending].end, stop)
