"""Who does what to whom in a Korean sentence, read from the particles on the names.

Korean, like Japanese, marks roles with particles and puts the verb last: 북한이 (who)
러시아에 (to whom) 병력을 (what) 파병했다. An event word takes the names of its clause —
back to the ending that closed the clause before it (Kiwi's connective or final
endings, a comma; a relative clause's adnominal ending closes no clause) — by their
particles; with no subject there, it borrows the
sentence's topic (북한이 … 러시아와 체결한 조약을 비준했다: the topic ratified). In the
passive (파병된 북한군, 병력이 파견됐다) the subject underwent the act: troops sent are
their state's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kansoku.lang.ko.words import ADNOMINAL, CLAUSE_ENDS, COMMA, Lexicon, Morph, TriggerSpec
from kansoku.model import Mention
from kansoku.reading import Args, Borrowed

_SUBJECT = "actor"
_TOPIC_PARTICLES = ("은", "는", "도")
_MILITARY = "군"  # 북한군: the army of the state named
# What stands between a name and the event noun it owns (북한의 파병, 북한군 파병).
_OWNS = ("", "의", "군", "군의")


@dataclass(frozen=True)
class Marked:
    """A name and the role its particle gives it (None: no particle, a bare modifier)."""

    mention: Mention
    particle: str | None
    role: str | None


def mark(text: str, mentions: list[Mention], lex: Lexicon, roles: dict[str, str]) -> list[Marked]:
    marked = []
    for m in mentions:
        particle = lex.particle_after(text, m.end)
        role = roles.get(particle) if particle else None
        if particle is None and _headline_topic(text, m):
            particle, role = COMMA, _SUBJECT
        marked.append(Marked(m, particle, role))
    return marked


def _headline_topic(text: str, mention: Mention) -> bool:
    """北, 러에 공병 파견 / 국정원 "북한, 러시아에 추가 파병": a name opening a headline or
    a quote, set off by a comma, is who acts."""
    opening = text[: mention.start].strip()
    return text.startswith(COMMA, mention.end) and (
        opening == "" or opening.endswith(('"', "“", "'", "‘"))
    )


def clause_start(morphs: list[Morph], at: int, mentions: list[Mention]) -> int:
    """The offset where the clause of the word at ``at`` begins: just after the last
    clause-closing ending before it (not one inside a name: …에 관한 조약)."""
    ends = [
        m.end for m in morphs
        if (m.tag in CLAUSE_ENDS or m.form == COMMA) and m.end <= at
        and not any(n.start < m.end < n.end for n in mentions)
    ]  # fmt: skip
    return max(ends, default=0)


def _modified(text: str, morphs: list[Morph], end: int, mention: Mention) -> bool:
    """The name right after an event noun (파병 북한군) or after its adnominal ending
    (파병된 북한군): what the event word describes."""
    gap = text[end : mention.start]
    if mention.start < end or not gap.strip():
        return mention.start >= end and len(gap) <= 1
    ending = next(
        (m for m in morphs if m.start >= end and (m.tag in CLAUSE_ENDS or m.tag == ADNOMINAL)),
        None,
    )
    return (
        ending is not None
        and ending.tag == ADNOMINAL
        and text[ending.end : mention.start].strip() == ""
    )


def voice(text: str, end: int, lex: Lexicon) -> str:
    """ "passive" for 파병되다, 파견됐다; "receiving" for 지원받은 (the subject gets it, the
    로부터-phrase gives it); else "active"."""
    if text.startswith(lex.receiving_markers, end):
        return "receiving"
    return "passive" if text.startswith(lex.passive_markers, end) else "active"


def _military(text: str, mention: Mention) -> bool:
    """북한군, 러시아군: a name with the suffix of its army."""
    return text.startswith(_MILITARY, mention.end)


def read_args(
    text: str,
    morphs: list[Morph],
    mentions: list[Mention],
    spec: TriggerSpec,
    start: int,
    end: int,
    lex: Lexicon,
    quotes: list[tuple[int, int]],
) -> Args:
    roles = {**lex.roles, **spec.roles}
    lo = clause_start(morphs, start, mentions)
    marked = mark(text, mentions, lex, roles)
    args = Args()
    turned = voice(text, end, lex)
    if _argument(text, end, lex):
        # 이번 발사와 관련해, 파병 소식이: the event noun is an argument of another verb,
        # so the clause's subject is not its actor; only its owner is (북한의 발사, 북한군 파병).
        return Args(actors=[n.mention.entity_id for n in marked if _owns(text, n, start)])
    quote = next(((a, b) for a, b in quotes if a <= start < b), None)
    if quote is not None:  # inside a quote, only the quote's names take part
        lo = max(lo, quote[0])
        marked = [n for n in marked if quote[0] <= n.mention.start and n.mention.end <= quote[1]]
    inside = [n for n in marked if lo <= n.mention.start and n.mention.end <= start]
    for named in inside:
        if named.particle is None and "_" in spec.roles and _owns(text, named, start):
            _place(args, replace(named, role=spec.roles["_"]), turned, text, start)
        elif named.role == "partner" and _joined_subject(text, named, inside):
            args.joint.append(named.mention.entity_id)  # 러시아와 북한은 부인: both deny
        elif _modifier(text, named, start):
            args.objects.append(named.mention.entity_id)  # 북·러 조약 비준: what it is about
        else:
            _place(args, named, turned, text, start)
    # A name after it in the same phrase (파병된 북한군, 파병 북한군): what underwent it.
    follows = [n for n in marked if _modified(text, morphs, end, n.mention)]
    for named in follows:
        args.described.append(named.mention.entity_id)
        if _military(text, named.mention):
            args.borrowed.append(Borrowed(named.mention.entity_id))
    if not args.actors and turned != "passive":  # who was deployed is no one's topic
        topic = next(
            (
                n
                for n in marked
                if n.role == _SUBJECT and n.mention.end <= start and n not in inside
            ),
            None,
        )
        if topic is not None:
            args.borrowed.append(Borrowed(topic.mention.entity_id))
    return args


def _joined_subject(text: str, named: Marked, inside: list[Marked]) -> bool:
    """러시아와 북한은: a name joined by 와/과 to the subject right after it."""
    return any(
        other.role == _SUBJECT
        and other.mention.start > named.mention.end
        and text[named.mention.end : other.mention.start].strip() in (named.particle or "")
        for other in inside
    )


def _modifier(text: str, named: Marked, start: int) -> bool:
    """北 노광철과, 안보리 결의를, 러시아 국적 화물선이: a bare name before another word
    (not the event word itself: 북한 파병) qualifies that word: it neither acts nor is
    aimed at, unless nothing else is."""
    if named.particle is not None:
        return False
    rest = text[named.mention.end : start]
    return bool(rest.strip()) and not rest.lstrip().startswith(("·", ","))


def _argument(text: str, end: int, lex: Lexicon) -> bool:
    """An event noun followed by a case particle (발사와, 파병을, 지원이) names a thing in
    another verb's clause, not the predicate of its own."""
    rest = re.match(r"([\uac00-\ud7a3]+)\s*([\uac00-\ud7a3]*)", text[end:])
    if rest is None or rest.group(1) not in lex.case_particles:
        return False
    # 교전에 참여, 공격을 감행: a verb that carries the noun makes it the clause's act.
    return not rest.group(2).startswith(lex.light_verbs)


def _owns(text: str, named: Marked, at: int) -> bool:
    """북한의 발사, 북한군 파병: a name owning the event noun right after it."""
    gap = text[named.mention.end : at]
    return gap.strip() in _OWNS and len(gap) <= 3


def _place(args: Args, named: Marked, turned: str, text: str, at: int) -> None:
    entity = named.mention.entity_id
    role = named.role
    if role == _SUBJECT and turned == "receiving":
        args.targets.append(entity)
    elif role == _SUBJECT and turned == "passive":
        if named.particle not in _TOPIC_PARTICLES:  # 국정원은 … 배치되어: who tells it
            args.described.append(entity)  # what was sent, or who was hit
    elif role == _SUBJECT and named.particle in _TOPIC_PARTICLES:
        args.actors.append(entity)
    elif role == _SUBJECT:
        # 러시아 외무부는 양국이 비준서를 교환했다고: the subject nearest the verb acts, the
        # topic is who speaks.
        args.actors.insert(0, entity)
    elif role == "object":
        args.objects.append(entity)
        if _military(text, named.mention):
            args.borrowed.append(Borrowed(entity))  # 북한군을 파병: the army's state sends it
    elif role == "source_of":
        if turned == "receiving":
            args.actors.insert(0, entity)
        else:
            args.origins.append(entity)
    elif role == "owner" and _owns(text, named, at):
        args.actors.append(entity)  # 북한의 파병: the event noun's own owner
    elif role == "owner":
        args.objects.append(entity)  # 북한의 파병을 규탄: whose act is acted on
    elif role is None or not args.add(role, entity):
        # A name right before the event noun with no particle (북한 파병, 러시아 파병):
        # one of its parties; who acts is left to the domain.
        args.parties.append(entity)
