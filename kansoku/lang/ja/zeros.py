"""What a sentence leaves unsaid that the sentences before told: who acts, and the other
side of a transfer.

Who acts: a news sentence with no subject or topic of its own goes on about the topic of
the sentence before (…大統領は20日、北朝鮮を訪れた。金総書記と会談した。): its acts are the
topic's. A line that only credits the one before (…通信が伝えた。) tells nothing of its own
and does not interrupt; a new paragraph, or a topic that names no one, ends the run.

The other side of a transfer:

Japanese leaves out what the reader already knows. After a sentence telling that one state
gives another something, the next may name only one side: the giver again with more goods
(…なども提供。), or the other state giving back (見返りとして、ロシアから…を入手した; その
代わりにロシアから原油を得ている). The side left out is the other party of the transfer told
earlier in the sentence or in the sentence or two before, when that transfer had the named side as one of its two
parties and the sentence names no other state that could be it."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kansoku.lang.ja import syntax
from kansoku.lang.ja.claims import topic
from kansoku.lang.ja.lending import is_predicate
from kansoku.lang.ja.lexicon import Lexicon
from kansoku.model import Mention
from kansoku.reading import Args, Borrowed, SentenceReading, TriggerReading

LOOK_BACK = 2  # sentences


def sides_from_before(
    readings: list[SentenceReading],
    mentions: list[list[Mention]],
    texts: list[str],
    lex: Lexicon,
) -> None:
    """Give each transfer naming one side only the other party of a transfer before."""
    for index, reading in enumerate(readings):
        text = texts[index]
        for trigger in reading.triggers:
            if trigger.entry.category not in lex.unsaid_sides or not _told(trigger, text):
                continue
            known = _one_side(trigger.args, _receives(trigger, lex))
            if known is None or _owner_only(known[1], mentions[index], text):
                continue
            earlier = [t for t in reading.triggers if t.end <= trigger.start]
            before = [r.triggers for r in readings[max(0, index - LOOK_BACK) : index]]
            before.append(earlier)
            other = _other_party(before, known[1], lex)
            named = {m.entity_id for m in mentions[index] if m.kind in _PARTY_KINDS}
            if other is None or named - {known[1], other}:
                continue  # a third state is named here: the grammar's business
            args = trigger.args
            if known[0] == "actor":
                args.targets.append(other)
                continue
            if known[1] not in args.targets:
                # the receiver was only the unsaid topic: it receives, it gives nothing
                args.targets.append(known[1])
                args.borrowed = [b for b in args.borrowed if b.entity_id != known[1]]
            args.actors.append(other)


_PARTY_KINDS = ("country",)


def subjects_from_before(
    readings: list[SentenceReading],
    parses: dict[int, Doc],
    mentions: list[list[Mention]],
    paragraphs: list[int],
    lex: Lexicon,
) -> None:
    """Lend each act told with no subject or topic of its own the topic of the sentence
    before, in the same paragraph; an act between two sides that names no other side
    (協定に署名した) is with the one the topic dealt with there (…の外相と会談した)."""
    carried: tuple[str, str | None] | None = None  # the topic and whom it dealt with
    for index, reading in enumerate(readings):
        if index and paragraphs[index] != paragraphs[index - 1]:
            carried = None
        if reading.credit is not None:
            continue
        parsed = parses.get(index)
        if parsed is None:
            carried = None  # a sentence of other matters, whose topic goes unread
            continue
        for trigger in reading.triggers:
            if carried is None or not _subjectless_act(trigger, parsed):
                continue
            args = trigger.args
            args.borrowed.append(Borrowed(carried[0], unsaid=True))
            two_sided = trigger.entry.category in lex.shared_counterparts
            if two_sided and carried[1] and not (args.targets or args.partners):
                args.targets.append(carried[1])
        own, _ = topic(parsed, len(syntax.text_of(parsed)), mentions[index], lex)
        if own is not None:
            carried = own, _counterpart(reading.triggers, own)
        elif _has_subject(parsed, len(syntax.text_of(parsed))):
            carried = None  # a subject naming no one (西側は): the run ends


def _counterpart(triggers: list[TriggerReading], topic: str) -> str | None:
    """Whom the topic's first act aimed at someone was with."""
    for trigger in triggers:
        args = trigger.args
        doers = [*args.actors, *(b.entity_id for b in args.borrowed)]
        named = [*args.targets, *args.partners, *args.objects, *(e for e, _ in args.earlier)]
        others = [e for e in named if e != topic]
        if doers and doers[0] == topic and others:
            return others[0]
    return None


def _subjectless_act(trigger: TriggerReading, parsed: Doc) -> bool:
    """An act the sentence tells as a predicate, with no one in its clauses who could do
    it and no subject or topic before it."""
    args = trigger.args
    if args.actors or args.borrowed or args.origins or args.described or args.joint:
        return False
    token = syntax.token_at(parsed, trigger.start)
    if token is None or _has_subject(parsed, trigger.start):
        return False
    return is_predicate(token, token)


def _has_subject(parsed: Doc, before: int) -> bool:
    return any(t.idx < before and syntax.particle(t) in _SUBJECT_PARTICLES for t in parsed)


_SUBJECT_PARTICLES = ("は", "が", "も")


# After an event word told as the sentence's act: a light or receiving verb (供与を受けた,
# 輸送を続けた), else anything but a noun phrase going on (輸出の増加, 供与や, 支援など,
# 派遣に加え), whose doer the text does not tell; a verb's stem (送っ) is always told.
_LIGHT = re.compile(r"を(?:受け|得|行|実施|続け)")
_PHRASE_GOES_ON = ("の", "や", "と", "など", "に", "を")


def _told(trigger: TriggerReading, text: str) -> bool:
    after = text[trigger.end :]
    if "ぁ" <= trigger.form[-1] <= "ゖ" or _LIGHT.match(after):
        return True
    return not after.startswith(_PHRASE_GOES_ON)


def _owner_only(entity: str, mentions: list[Mention], text: str) -> bool:
    """ロシアの…支援: a side named only as the owner of a noun may give or receive."""
    named = [m for m in mentions if m.entity_id == entity]
    return bool(named) and all(text.startswith("の", m.end) for m in named)


def _first_actor(args: Args) -> str | None:
    lent = [b.entity_id for b in args.borrowed]
    return next(iter(args.origins + args.actors + lent), None)


def _first_target(args: Args) -> str | None:
    # (a target the parse left earlier in the clause: ロシアに砲弾を…供与した)
    earlier = [entity for entity, partner in args.earlier if not partner]
    return next(iter(args.targets + earlier), None)


def _receives(trigger: TriggerReading, lex: Lexicon) -> bool:
    """受け取った, 入手した: the word's subject (or topic) is the receiver."""
    spec = lex.triggers.get(trigger.form)
    return spec is not None and spec.roles.get("は") == "target"


def _one_side(args: Args, receives: bool = False) -> tuple[str, str] | None:
    """("actor", id) when only the giver is known, ("target", id) when only the receiver
    (the unsaid topic of a word of receiving is its receiver: 北朝鮮は…見返りに原油を受け取った)."""
    actor = _first_actor(args)
    target = _first_target(args)
    if receives and target is None and not (args.origins or args.actors):
        actor, target = None, actor
    if actor is not None and target is None:
        return "actor", actor
    if target is not None and actor is None:
        return "target", target
    return None


def _other_party(before: list[list[TriggerReading]], side: str, lex: Lexicon) -> str | None:
    """The other party of the nearest earlier transfer between ``side`` and another (in
    the sentences before, then earlier in the same sentence)."""
    for triggers in reversed(before):
        for trigger in reversed(triggers):
            if trigger.entry.category not in lex.unsaid_sides:
                continue
            pair = (_first_actor(trigger.args), _first_target(trigger.args))
            if None in pair or pair[0] == pair[1] or side not in pair:
                continue
            return pair[1] if pair[0] == side else pair[0]
    return None
