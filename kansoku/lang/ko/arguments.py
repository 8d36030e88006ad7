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
from itertools import pairwise

from kansoku.lang.ko.answers import answering
from kansoku.lang.ko.boundaries import clause_start
from kansoku.lang.ko.chains import borrowed_subject, goes_on
from kansoku.lang.ko.clauses import condition_ends
from kansoku.lang.ko.earnings import earned
from kansoku.lang.ko.owners import MILITARY as _MILITARY
from kansoku.lang.ko.owners import (
    army_sent as _army_sent,
)
from kansoku.lang.ko.owners import (
    military as _military,
)
from kansoku.lang.ko.owners import (
    owned_args as _owned_args,
)
from kansoku.lang.ko.owners import (
    owns as _owns,
)
from kansoku.lang.ko.owners import (
    state_inside as _state_inside,
)
from kansoku.lang.ko.owners import (
    titled_owner as _titled_owner,
)
from kansoku.lang.ko.owners import (
    troops as _troops,
)
from kansoku.lang.ko.owners import (
    verb_ending as _verb_ending,
)
from kansoku.lang.ko.routes import drop_tellers, route_origins, telling_topic, unnamed_voice
from kansoku.lang.ko.words import ADNOMINAL, CLAUSE_ENDS, COMMA, Lexicon, Morph, TriggerSpec
from kansoku.model import Mention
from kansoku.reading import Args, Borrowed

_SUBJECT = "actor"
_TOLD = re.compile(r"[다라]는\s")  # the adnominal ending of a clause told (…했다는 보도)
_TOPIC_PARTICLES = ("은", "는", "도")
_SUBJECT_PARTICLES = ("이", "가")
_OBJECT_PARTICLES = ("을", "를")
_OBJECT = re.compile(r"[\uac00-\ud7a3][을를]\s")
_WHITHER = ("에", "로", "으로", "까지")
_PHRASE_ENDS = (
    "까지",
    "으로",
    "에서",
    "에게",
    "에",
    "로",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "과",
    "와",
)
# Kinds of names that act in a headline by themselves (푸틴, 서명 완료; 러시아, 조약 비준),
# unlike a place, a weapon or a treaty.
_ACTING_KINDS = ("person", "agency", "country", "organization")


@dataclass(frozen=True)
class Marked:
    """A name and the role its particle gives it (None: no particle, a bare modifier)."""

    mention: Mention
    particle: str | None
    role: str | None


def mark(text: str, mentions: list[Mention], lex: Lexicon, roles: dict[str, str]) -> list[Marked]:
    marked = []
    for m in mentions:
        if any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
               for o in mentions):  # fmt: skip
            continue  # 조선 in 조선중앙통신, 러시아 in 러시아 국방부: the longer name's part
        if unnamed_voice(text, m, lex.never_a_state):
            continue  # 일본 언론, 미국 전문가들: the state names no party of the act
        particle = (
            lex.particle_after(text, m.end)
            or _agent_particle(text, m.end, lex)
            or _made_in(text, m.end, lex)
        )
        if particle is not None and _named_next(text, m, mentions):
            particle = None  # 북한 노광철 국방상은: the state qualifies the name after it
        role = roles.get(particle) if particle else None
        if particle is None and _headline_topic(text, m, lex):
            particle, role = COMMA, _SUBJECT
        marked.append(Marked(m, particle, role))
    return marked


def _named_next(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """A state's name another name follows with only a space between (북한 노광철, 러시아
    세르게이 쇼이구): a particle further on is that name's."""
    if mention.kind != "country" or text[mention.end : mention.end + 1] != " ":
        return False
    return any(o.start > mention.end and not text[mention.end : o.start].strip() for o in mentions)


def _agent_particle(text: str, end: int, lex: Lexicon) -> str | None:
    """북한 대표단이, 러시아 당국은: a bare name before a noun that acts for it takes that
    noun's particle (the delegation's act is its state's)."""
    word = re.match(r"([\uac00-\ud7a3]*)((?: [\uac00-\ud7a3]+){1,2})", text[end:])
    if word is None or word.group(1) not in ("", *lex.suffixes):  # 북한군 일부가
        return None
    # 북한군 병력 일부가: bare agent nouns in a row, the last taking the particle (or the
    # count after them: 북한군 병력 3천여 명이)
    at = end + len(word.group(1))
    for following in word.group(2).split():
        noun = next((n for n in lex.agent_nouns if following.startswith(n)), None)
        rest = following[len(noun) :] if noun else None
        if rest:
            return rest if rest in lex.particles else None
        if following not in lex.agent_nouns:
            return None
        at = text.index(following, at) + len(following)
        counted = lex.count_particle(text, at)
        if counted:
            return counted
    return None


def _made_in(text: str, end: int, lex: Lexicon) -> str | None:
    """러시아산 정제유: the suffix saying where the thing after it was made."""
    word = re.match(r"[\uac00-\ud7a3]*", text[end:])
    rest = word.group() if word else ""
    return next((s for s in lex.made_in if rest.startswith(s)), None)


def _headline_topic(text: str, mention: Mention, lex: Lexicon) -> bool:
    """北, 러에 공병 파견 / 국정원 "북한, 러시아에 추가 파병": a name opening a headline or
    a quote, set off by a comma, is who acts (北최선희, …: past the short form of its
    state)."""
    opening = text[: mention.start].strip()
    opening = "" if opening in lex.short_forms else opening
    return text.startswith(COMMA, mention.end) and (
        opening == "" or opening.endswith(('"', "“", "'", "‘"))
    )


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
    # …있다는 보도를 부인했다: the names of the clause told (…다는, …라는) are its own
    told = [m.end() for m in _TOLD.finditer(text, lo, start)]
    lo = max([lo, *told, *condition_ends(morphs, lo, start, lex)])
    marked = mark(text, mentions, lex, roles)
    args = Args()
    turned = voice(text, end, lex)
    turned = "passive" if spec.undergone and turned == "active" else turned
    held = spec.held and text.startswith(lex.held_particles, end)  # …은 4일 회담에서
    # (지원을 받아, 도움을 받았다: received, the clause's own act)
    own = held or turned == "receiving"
    army = _army_sent(text, morphs, marked, spec, (start, end), lex)
    if army is not None:
        return army
    if (
        (_argument(text, end, lex) or _moment(text, end, lex))
        and not _verb_ending(morphs, end)
        and not own
    ):
        # 이번 발사와 관련해, 파병 소식이: the event noun is an argument of another verb,
        # so the clause's subject is not its actor; only its owner is (북한의 발사, 북한군 파병).
        return _owned_args(text, marked, start, spec.roles.get("_"))
    quote = next(((a, b) for a, b in quotes if a <= start < b), None)
    speaking = None
    if quote is not None and spec.entry.category in lex.speech_acts:
        speaking = _quote_speaker(marked, quote)
    if quote is not None:  # inside a quote, only the quote's names take part
        lo = max(lo, quote[0])
        marked = [n for n in marked if quote[0] <= n.mention.start and n.mention.end <= quote[1]]
    inside = [n for n in marked if lo <= n.mention.start and n.mention.end <= start]
    inside, claimant, answered = answering(text, marked, inside, start, lex)
    _place_inside(args, text, morphs, mentions, inside, spec, (start, turned), speaking, lex)
    if spec.sends or spec.entry.category in lex.moved_alike:
        drop_tellers(args, text, [(n.mention, n.particle) for n in inside], (start, end))
    if "origin" in spec.roles.values() and not args.origins:
        args.origins += route_origins(text, mentions, lo, start)
    if claimant is not None and not args.targets:
        args.targets.append(claimant)
    # A name after it in the same phrase (파병된 북한군, 파병 북한군): what underwent it.
    follows = [n for n in marked if _modified(text, morphs, end, n.mention)]
    for named in follows:
        args.described.append(named.mention.entity_id)
        if _military(text, named.mention):
            args.borrowed.append(Borrowed(named.mention.entity_id))
    visitor = next((n for n in follows if n.mention.kind in _ACTING_KINDS), None)
    if spec.described_acts and turned == "active" and visitor is not None:
        args.actors[:] = [visitor.mention.entity_id]  # 평양을 방문한 러시아 대표단: it visits
    elif follows and turned == "active" and _relative_subject_left(text, inside, (lo, start)):
        # 무기를 러시아로 실어 나른 러시아 선박: its object named and no subject, the noun
        # the relative clause describes is who did it (not the sentence's topic); goods
        # of a state's make it carries are that state's to send (북한산 탄약을 실어 나른)
        args.actors[:] = args.cargo_of[:1] or [follows[0].mention.entity_id]
    if turned == "passive":  # the state of the title whose decree did it, before all
        args.actors[:0] = _titled_instrument(text, lo, start, lex)
    if spec.shares_addressee and not (args.targets or args.objects or args.parties):
        args.targets += _next_addressee(morphs, marked, end)
    _unsaid_actor(args, morphs, mentions, marked, (lo, start), speaking)
    if not args.actors and turned != "passive":  # who was deployed is no one's topic
        outside = [n for n in marked if n not in inside and n not in answered]
        _borrow(args, text, morphs, outside, (lo, start), spec, lex)
    return earned(args, text, mentions, start) if spec.earns else args


def _borrow(
    args: Args, text: str, morphs: list[Morph], outside: list[Marked], span: tuple[int, int],
    spec: TriggerSpec, lex: Lexicon,
) -> None:  # fmt: skip
    """Lend a clause naming no doer the subject it goes on with, or the topic; with it the
    one joined to it (북한과 러시아가 …을 맞아 회담을 열었다), and, when the subject's
    clauses are chained to this one, their partner (라브로프 장관이 최선희 외무상과
    전략대화를 열고 …을 논의했다) and the made-in goods they loaded (러시아 화물선이 북한산
    탄약을 실어 …로 옮겼다: the North's cargo)."""
    lo, start = span
    topic = borrowed_subject(morphs, outside, lo, start, lex)
    moving = spec.sends or spec.entry.category in lex.moved_alike
    if topic is None or (moving and telling_topic(text, topic.mention, start)):
        return
    end = topic.mention.end
    chained = topic.particle in _SUBJECT_PARTICLES and goes_on(morphs, end, lo, lex)
    between = [n for n in outside if end <= n.mention.start and n.mention.end <= lo]
    joined = [
        n.mention.entity_id
        for n in outside
        if n.role == "partner" and (_joined_subject(text, n, [topic]) or (chained and n in between))
    ]
    args.borrowed.append(Borrowed(topic.mention.entity_id, tuple(joined)))
    if chained and spec.sends:
        for named in between:
            if named.particle in lex.made_in and not args.cargo_of:
                _sent_phrase(args, text, named, (lo, "active"), lex)


def _relative_subject_left(text: str, inside: list[Marked], span: tuple[int, int]) -> bool:
    """A clause with its object named (…을) and no subject (…이, …가) before it."""
    subject = any(n.particle in _SUBJECT_PARTICLES for n in inside)
    return not subject and bool(_OBJECT.search(text, *span))


def _place_inside(
    args: Args, text: str, morphs: list[Morph], mentions: list[Mention], inside: list[Marked],
    spec: TriggerSpec, at: tuple[int, str], speaking: str | None, lex: Lexicon,
) -> None:  # fmt: skip
    """Place the names of the event word's clause by their particles."""
    start, turned = at
    modifiers: list[str] = []
    spans: set[tuple[int, int]] = set()
    for named in inside:
        span = (named.mention.start, named.mention.end)
        if span in spans and named.role == _SUBJECT and turned == "active":
            args.joint.append(named.mention.entity_id)  # 북러는, 양국은: both act together
            continue
        spans.add(span)
        if spec.sends and _sent_phrase(args, text, named, at, lex):
            continue
        if _set_aside(args, text, morphs, named, start, turned, speaking is not None, lex):
            continue
        if named.particle is None and "_" in spec.roles and _owns(text, named, start):
            _place(args, replace(named, role=spec.roles["_"]), turned, text, start, lex)
        elif named.particle in (None, "의") and _army_of_chain(text, named, inside, start):
            # 북한군 러시아 파병, 북한군의 러시아 파병: the army named first, bare or owning,
            # acts, before the clause's topic (러시아는 북한군의 쿠르스크 파병 사실을 부인하지
            # 않았다); the bare name after it is where it goes.
            args.actors.insert(0, _state_inside(mentions, named.mention))  # 북한군: 북한's
        elif named.role == "partner" and _joined_subject(text, named, inside):
            args.joint.append(named.mention.entity_id)  # 러시아와 북한은 부인: both deny
        elif _qualifies_name(text, named, inside):
            continue  # 러시아 크렘린궁은: the body's state, no party of its own
        elif _modifier(text, named, start):
            modifiers.append(named.mention.entity_id)  # 북·러 조약 비준: what it is about
        else:
            _place(args, named, turned, text, start, lex)
    # after the objects the particles mark (쿠르스크 전선에서 북한 병사 2명을 포로로 잡았다)
    args.objects += modifiers


def _sent_phrase(args: Args, text: str, named: Marked, at: tuple[int, str], lex: Lexicon) -> bool:
    """북한 노동자 수천 명이 파견됐다, 북한산 포탄이 수출됐다: a bare or made-in name heading
    the subject of a passive sending is the state that sends; 러시아 건설 현장에 파견: a bare
    name heading the phrase of whither is where it goes. True when placed."""
    start, turned = at
    owner = named.particle == "의" and turned == "passive"  # 러시아의 기술이 이전됐다
    if named.particle is not None and named.particle not in lex.made_in and not owner:
        return False
    rest = text[named.mention.end : start]
    rest = rest[len(named.particle) :] if named.particle else rest
    head = _phrase_particle(rest.split()[:6], lex)
    if head in _TOPIC_PARTICLES + _SUBJECT_PARTICLES and turned == "passive":
        args.borrowed.append(Borrowed(named.mention.entity_id))
        return True
    if head in _OBJECT_PARTICLES and named.particle in lex.made_in:
        args.cargo_of.append(named.mention.entity_id)  # 북한산 탄약을 실어 나른: the North's
        return True
    if head in _WHITHER and not args.targets:
        args.targets.append(named.mention.entity_id)
        return True
    return False


def _phrase_particle(words: list[str], lex: Lexicon) -> str | None:
    """The particle closing the first of these words that takes one (노동자 수천 명이: 이)."""
    for word in words:
        if word in lex.not_subjects:
            return None
        ending = next((p for p in _PHRASE_ENDS if word.endswith(p) and len(word) > len(p)), None)
        if ending is not None:
            return ending
    return None


def _set_aside(
    args: Args, text: str, morphs: list[Morph], named: Marked, start: int, turned: str,
    speaking: bool, lex: Lexicon,
) -> bool:  # fmt: skip
    """Place a name whose part its particle does not tell; True when placed (or left out)."""
    if speaking and _relative_subject(morphs, named, start):
        # "러시아가 취하는 조치를 지지한다": whose measures are backed, not who backs
        args.objects.append(named.mention.entity_id)
        return True
    if turned == "passive" and _by_instrument(text, named, start, lex):
        args.actors.append(named.mention.entity_id)  # 북한 국무위원장의 정령으로 비준됐다
        return True
    # 러시아산 원유를 샀다: where the oil was made takes no part
    return named.particle in lex.made_in and named.role is None


def _unsaid_actor(
    args: Args, morphs: list[Morph], mentions: list[Mention], marked: list[Marked],
    span: tuple[int, int], speaking: str | None,
) -> None:  # fmt: skip
    """Who acts when the clause names no one acting: a headline's opening name (북한군,
    러시아 파병: the bare name after is whither), or a quote's speaker (그는 "…을 지지할
    것"이라고 말했다; a relative clause's subject before in the quote is what it is about)."""
    lo, start = span
    opening = next((n for n in marked if n.particle == COMMA and n.mention.end <= lo), None)
    # 푸틴, 9일 서명 완료: a person or a body opening the headline acts even alone
    acting = args.parties or (opening is not None and opening.mention.kind in _ACTING_KINDS)
    if opening is not None and not args.actors and acting:
        args.actors.append(_state_inside(mentions, opening.mention))
    if speaking is not None and not args.actors:
        earlier = [n for n in marked if n.mention.end <= lo and _relative_subject(morphs, n, start)]
        args.objects += [n.mention.entity_id for n in earlier]
        args.borrowed.append(Borrowed(speaking))


def _quote_speaker(marked: list[Marked], quote: tuple[int, int]) -> str | None:
    """Who says a quote: the subject named before it (김정은 위원장은 "…"), else after it
    ("…"고 최선희 외무상이 말했다)."""
    outside = [
        n for n in marked if n.role == _SUBJECT and not quote[0] <= n.mention.start < quote[1]
    ]
    before = [n for n in outside if n.mention.end <= quote[0]]
    after = [n for n in outside if n.mention.start >= quote[1]]
    found = before[:1] or after[:1]
    return found[0].mention.entity_id if found else None


def _relative_subject(morphs: list[Morph], named: Marked, start: int) -> bool:
    """A subject (이/가) whose relative clause closes before the event word (러시아가
    취하는 조치를 지지: 러시아 takes the measures)."""
    if named.role != _SUBJECT or named.particle in _TOPIC_PARTICLES:
        return False
    return any(
        m.tag == ADNOMINAL and named.mention.end < m.start and m.end <= start for m in morphs
    )


def _by_instrument(text: str, named: Marked, start: int, lex: Lexicon) -> bool:
    """조약이 북한 국무위원장의 정령으로 비준됐다: a name owning the instrument (a decree, an
    order, a signature) by which the passive act was done, in the words before it."""
    if named.particle not in (None, "의"):
        return False
    phrase = text[named.mention.end : start]
    words = phrase.split()
    for i, word in enumerate(words[:4]):
        if any(word.startswith(w) and word[len(w) :] in ("로", "으로") for w in lex.instruments):
            # only owning words between: the name's suffix or 의, then bare nouns
            return all(not w.endswith(lex.particles) or w.endswith("의") for w in words[1:i])
    return False


def _titled_instrument(text: str, lo: int, start: int, lex: Lexicon) -> list[str]:
    """조약이 국무위원장의 정령으로 비준됐다: an instrument owned by a title only one state
    has (``state_titles``) names that state as who did the passive act."""
    words = text[lo:start].split()
    for owner, instrument in pairwise(words):
        title = owner.removesuffix("의")
        made = any(instrument.startswith(w) and instrument[len(w) :] in ("로", "으로")
                   for w in lex.instruments)  # fmt: skip
        if made and title in lex.state_titles:
            return [lex.state_titles[title]]
    return []


def _next_addressee(morphs: list[Morph], marked: list[Marked], end: int) -> list[str]:
    """The names aimed at (에, 에게) in the clause joined right after the one ending at
    ``end`` (깊은 우려를 표명하면서, 북한과 러시아에 …을 촉구했다: both)."""
    ends = [m.end for m in morphs if m.start >= end and m.tag in CLAUSE_ENDS]
    if len(ends) < 2:
        return []
    lo, hi = ends[0], ends[1]
    aimed = [n for n in marked if lo <= n.mention.start and n.mention.end <= hi]
    found = [n.mention.entity_id for n in aimed if n.role == "target"]
    # 북한과 러시아에: a partner joined to the name aimed at is aimed at too
    joined = [n.mention.entity_id for n in aimed if n.role == "partner" and found]
    return found + joined


def _army_of_chain(text: str, named: Marked, inside: list[Marked], start: int) -> bool:
    """북한군 러시아 파병: a bare army name, then only bare names, then the event noun (a
    headline's chain of names)."""
    army = named.mention.text.endswith(_MILITARY)  # 북한군: the army's own name
    if not (army or _military(text, named.mention) or named.particle == "의"):
        return False  # (북한의 러시아 파병 규모가: any owner with 의 heads the chain)
    first = at = named.mention.end + (len(_MILITARY) if _military(text, named.mention) else 0)
    if named.particle == "의":
        first = at = at + 1 if text.startswith("의", at) else at
    for other in sorted(inside, key=lambda n: n.mention.start):
        if other.mention.start < at:
            continue
        if other.particle is not None or text[at : other.mention.start].strip():
            return False
        at = other.mention.end
    # 북한군 러시아 추가 파병: one bare word may qualify the event noun; a bare army right
    # before it (북한군 추가 파병 보도) is the army sent, no other name between needed.
    return (at > first or named.particle is None) and len(text[at:start].split()) <= 1


def _joined_subject(text: str, named: Marked, inside: list[Marked]) -> bool:
    """러시아와 북한은: a name joined by 와/과 to the subject right after it (past a title
    and the next one's own name: 박철호 외무성 부상과 세르게이 랴브코프 러시아 외무차관은)."""
    return any(
        other.role == _SUBJECT
        and other.mention.start > named.mention.end
        and _joining(text[named.mention.end : other.mention.start], named.particle or "")
        for other in inside
    )


# A title with its particle of joining, then up to two words of the next one's name.
_TITLED_JOIN = re.compile(r"\s?[\uac00-\ud7a3]{1,4}(?:과|와)(?:\s[\uac00-\ud7a3A-Za-z]+){0,2}\s?")


def _joining(between: str, particle: str) -> bool:
    if between.strip() in particle:
        return True
    return particle in ("과", "와") and _TITLED_JOIN.fullmatch(between) is not None


def _moment(text: str, end: int, lex: Lexicon) -> bool:
    """회담 뒤, 발사 직후: an event noun marking the moment of another verb."""
    word = re.match(r"\s([\uac00-\ud7a3]+)", text[end:])
    return word is not None and word.group(1) in lex.time_nouns


def _modifier(text: str, named: Marked, start: int) -> bool:
    """北 노광철과, 안보리 결의를, 러시아 국적 화물선이: a bare name before another word
    (not the event word itself: 북한 파병) qualifies that word: it neither acts nor is
    aimed at, unless nothing else is."""
    if named.particle is not None:
        return False
    rest = text[named.mention.end : start]
    return bool(rest.strip()) and not rest.lstrip().startswith(("·", ","))


def _qualifies_name(text: str, named: Marked, inside: list[Marked]) -> bool:
    """러시아 크렘린궁은, 미국 국무부가: a bare state name right before another name is
    that body's state, no party of its own."""
    return named.particle is None and any(
        o.mention.start > named.mention.end
        and not text[named.mention.end : o.mention.start].strip()
        for o in inside
    )


def _argument(text: str, end: int, lex: Lexicon) -> bool:
    """An event noun followed by a case particle (발사와, 파병을, 지원이) names a thing in
    another verb's clause, not the predicate of its own."""
    rest = re.match(r"([\uac00-\ud7a3]+)((?:\s*[\uac00-\ud7a3]+){0,3})", text[end:])
    if rest is None or rest.group(1) not in lex.case_particles:
        return False
    # 교전에 참여, 공격을 감행, 협력을 더욱 강화: a verb that carries the noun (past an
    # adverb) makes it the clause's act.
    words = rest.group(2).split()
    while len(words) > 1 and words[0] in lex.adverbs:
        words.pop(0)
    return not (words[0] if words else "").startswith(lex.light_verbs)


def _place(args: Args, named: Marked, turned: str, text: str, at: int, lex: Lexicon) -> None:
    entity = named.mention.entity_id
    role = named.role
    if role == _SUBJECT and turned == "receiving":
        # 국정원은 북한이 …을 이전받았다고: the subject nearest the verb receives, not the topic
        if named.particle in _TOPIC_PARTICLES:
            args.targets.append(entity)
        else:
            args.targets.insert(0, entity)
    elif role == _SUBJECT and turned == "passive":
        # 국정원은 … 배치되어: a topic tells it; 북한군은 … 투입됐다: troops underwent it
        if named.particle not in _TOPIC_PARTICLES or _troops(text, named.mention, lex):
            args.described.append(entity)  # what was sent, or who was hit
            if _military(text, named.mention):
                args.borrowed.append(Borrowed(entity))  # 북한군이 투입됐다: its state's troops
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
        # 북한의 파병: the event noun's own owner, before the clause's topic (일본 정부는
        # 북한과 러시아의 군사협력 심화에 우려를 표명했다: Russia's cooperation)
        args.actors.insert(0, entity)
    elif role == "owner" and _titled_owner(text, named, at, lex):
        args.actors.insert(0, entity)  # 김정은 국무위원장의 방러: his, not the topic's
    elif role == "owner":
        args.objects.append(entity)  # 북한의 파병을 규탄: whose act is acted on
    elif role is None or not args.add(role, entity):
        # A name right before the event noun with no particle (북한 파병, 러시아 파병):
        # one of its parties; who acts is left to the domain.
        args.parties.append(entity)
