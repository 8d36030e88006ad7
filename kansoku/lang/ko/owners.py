"""Who owns an event noun in a Korean sentence: 북한의 파병, 북한군 파병, 러시아 파병 북한군.

A name right before an event noun (bare, or with 의, past the head of its compound or a
word of whom it faces) owns it; a sending noun qualifying the troops named after it is
their state's sending.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kansoku.lang.ko.words import Lexicon, Morph, TriggerSpec
from kansoku.model import Mention
from kansoku.reading import Args, Borrowed

if TYPE_CHECKING:
    from kansoku.lang.ko.arguments import Marked

MILITARY = "군"  # 북한군: the army of the state named
# What stands between a name and the event noun it owns (북한의 파병, 북한군 파병).
_OWNS = ("", "의", "군", "군의")

# The head of a compound the event word ends (군사협력, 위성발사) and a word of whom the
# noun faces (대북 제재, 대러 지원): they stand between an owner and its noun.
_GLUED = re.compile(r"(?<=\s)[\uac00-\ud7a3]{1,3}$")
_FACING = re.compile(r"\s대[북러미남]\s$")


def military(text: str, mention: Mention) -> bool:
    """북한군, 러시아군: a name with the suffix of its army."""
    return text.startswith(MILITARY, mention.end)


def troops(text: str, mention: Mention, lex: Lexicon) -> bool:
    """A name of troops (북한군, 인민군, 북한 부대: the lexicon's words for troops end it):
    what a passive deployment moves, even as the topic."""
    return military(text, mention) or mention.text.endswith(lex.troop_words)


def state_inside(mentions: list[Mention], mention: Mention) -> str:
    """The name inside a longer one (북한 in 북한군), else the name itself."""
    return next(
        (m.entity_id for m in mentions if m is not mention
         and mention.start <= m.start and m.end <= mention.end),
        mention.entity_id,
    )  # fmt: skip


def verb_ending(morphs: list[Morph], end: int) -> bool:
    """A verb's ending follows the event word (보냈을 가능성: 을 is the adnominal ending of
    보냈다, not the object particle of a noun)."""
    after = next((m for m in morphs if m.start >= end), None)
    return after is not None and after.start == end and after.tag.startswith("E")


def titled_owner(text: str, named: Marked, at: int, lex: Lexicon) -> bool:
    """김정은 국무위원장의 방러, 라브로프 장관의 평양 방문: a person named with a title that
    owns the event noun (right before it, or before a bare place name)."""
    gap = text[named.mention.end : at]
    found = re.match(r"\s([\uac00-\ud7a3]+)의\s(?:[\uac00-\ud7a3]+\s)?$", gap)
    return found is not None and found.group(1) in lex.person_titles


def owns(text: str, named: Marked, at: int) -> bool:
    """북한의 발사, 북한군 파병, 러시아의 군사협력, 미국의 대북 제재: a name owning the
    event noun right after it."""
    if named.mention.end > at:
        return False  # a name after the noun owns nothing of it
    gap = _FACING.sub(" ", _GLUED.sub("", text[named.mention.end : at]))
    return gap.strip() in _OWNS and len(gap) <= 3


def owned_args(text: str, marked: list[Marked], start: int, bare_role: str | None = None) -> Args:
    """The parties an event noun that is another verb's argument names itself: its owner
    (북한의 발사, 북한군 파병), or, for 북한군의 러시아 파병, the owner with 의 acting on the
    bare name right before the noun; a bare name the word gives a role of its own (``_``
    in the lexicon: 우크라이나군 격퇴에 기여했다, whom it repelled) takes that role."""
    owners = [n for n in marked if owns(text, n, start)]
    if bare_role is not None:
        args = Args()
        for n in owners:
            if n.particle is not None or not args.add(bare_role, n.mention.entity_id):
                args.actors.append(n.mention.entity_id)
        return args
    if len(owners) == 1:
        bare = owners[0]
        before = [
            n for n in marked
            if n.mention.end < bare.mention.start and n.particle == "의"
            and not text[n.mention.end : bare.mention.start].strip().removeprefix("의").strip()
        ]  # fmt: skip
        if before and bare.particle is None:
            return Args(actors=[before[-1].mention.entity_id], targets=[bare.mention.entity_id])
    return Args(actors=[n.mention.entity_id for n in owners])


def army_sent(
    text: str, morphs: list[Morph], marked: list[Marked], spec: TriggerSpec,
    span: tuple[int, int], lex: Lexicon,
) -> Args | None:  # fmt: skip
    """러시아 파병 북한군, 쿠르스크 파견 북한 병력: a sending noun qualifying the troops
    named right after it tells their state's sending, whatever the clause's subject; the
    bare name right before the noun is where they went, not who sent them."""
    start, end = span
    if not spec.sends or not text.startswith(" ", end) or verb_ending(morphs, end):
        return None
    army = next(
        (n for n in marked if n.mention.start == end + 1 and troops(text, n.mention, lex)),
        None,
    )
    if army is None:
        return None
    mentions = [n.mention for n in marked]
    state = state_inside(mentions, army.mention)
    whither = [
        n.mention.entity_id for n in marked
        if n.particle is None and n.mention.end < start and owns(text, n, start)
        and n.mention.entity_id != state
    ]  # fmt: skip
    return Args(
        actors=[state],
        targets=whither,
        described=[army.mention.entity_id],
        borrowed=[Borrowed(army.mention.entity_id)],
    )
