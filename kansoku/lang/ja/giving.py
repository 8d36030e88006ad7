"""Transfers told with their giver: who gives and who receives what moves.

Japanese often tells a transfer as a noun with its giver in a から-phrase
(ロシアからの石油供給), inside a clause about something else (…で不足を補っている), or in
a passive that keeps its object (北朝鮮はロシアから技術を供与された). The から-phrase
names where what moves comes from, wherever the parser hung it; who receives it is the
one the clause says has the use of it. Whether the giver's state is the actor is the
extraction core's business (``Args.origins``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kansoku.lang.items import ItemWords
from kansoku.lang.ja import syntax
from kansoku.lang.ja.lexicon import Lexicon, TriggerSpec
from kansoku.model import Mention
from kansoku.reading import Args


def keeps_object(pred: Token) -> bool:
    """The verb has a を-object of its own (技術を供与された)."""
    return any(syntax.particle(c) == "を" for c in syntax.dependents(pred))


def from_cargo(trigger: Token, items: ItemWords) -> list[Token]:
    """The からの-phrases on what an event noun moves (北朝鮮からの砲弾の供給: the shells
    come from North Korea, and so does their supply); not on any other noun it is of
    (北朝鮮からの脱北者の支援 is no supply from North Korea)."""
    text = syntax.text_of(trigger.doc)
    found = []
    for noun in trigger.children:
        if noun.i > trigger.i or noun.dep_ not in ("nmod", "compound"):
            continue
        if syntax.particle(noun) not in ("", "の") or not items.last(
            text, noun.idx, noun.idx + len(noun.text)
        ):
            continue
        found += [c for c in noun.children if c.i < noun.i and syntax.particle(c) == "からの"]
    return found


def bound_for(trigger: Token, pred: Token, mentions: list[Mention], lex: Lexicon) -> list[str]:
    """The states a phrase of the event says it is bound for (北朝鮮向けの石油の供給,
    ロシア向けに輸出): the name before a destination noun that depends on the event word,
    directly or through what it moves, is whom it goes to."""
    text = syntax.text_of(trigger.doc)
    found = []
    for tok in trigger.doc:
        if not tok.text.startswith(lex.destination_nouns):
            continue
        heads = syntax.ancestors(tok)
        if trigger not in heads and pred not in heads:
            continue
        named = [
            m
            for m in mentions
            if m.end == tok.idx or (m.end < tok.idx and not text[m.end : tok.idx].strip())
        ]
        found += [m.entity_id for m in named[-1:]]
    return found


def aim_bound_for(
    args: Args, trigger: Token, pred: Token, mentions: list[Mention], lex: Lexicon
) -> None:
    """What the event is bound for is its first target, and none of its actors."""
    bound = bound_for(trigger, pred, mentions, lex)
    args.targets = [*bound, *(t for t in args.targets if t not in bound)]
    args.actors = [a for a in args.actors if a not in bound]


def from_before(trigger: Token) -> list[Token]:
    """A から-phrase right before an event noun's phrase, which the parser hung on the verb
    the noun depends on (北朝鮮からロシアへの武器供給が続いている: the supply is from North
    Korea, nothing "continues from" it)."""
    head = trigger.head
    if trigger.pos_ not in ("NOUN", "PROPN") or head.i == trigger.i:
        return []
    start = trigger.left_edge.i
    return [
        sib
        for sib in head.children
        if sib.i < start and syntax.particle(sib) == "から" and sib.right_edge.i == start - 1
    ]


def receivers(
    trigger: Token,
    mentions: list[Mention],
    lex: Lexicon,
    inherited: Callable[[Token], str | None],
) -> list[str]:
    """Who receives a transfer told as a noun inside a clause about something else, when
    the clause says so (lexicon ``using_verbs``, ``furthering_verbs``): the subject of a
    verb that uses it (北朝鮮はロシアからの石油供給で不足を補う, …を通じて), or the noun
    that verb's clause describes (…に頼る北朝鮮); the owner of what it furthers when it is
    the subject (ロシアからの技術移転が北朝鮮のミサイル開発を後押しした). None when the
    clause only speaks of it (米国は北朝鮮からの武器供給を非難した). ``inherited``: the
    subject a clause without its own shares with the clause it is joined to."""
    phrase = trigger
    while phrase.dep_ in ("nmod", "compound") and phrase.head.pos_ in ("NOUN", "PROPN"):
        phrase = phrase.head  # ロシアからの石油供給の拡大で…補う
    verb = phrase.head
    if verb.i == phrase.i:
        return []

    def starts(token: Token, words: tuple[str, ...]) -> bool:
        return token.text.startswith(words) or token.lemma_.startswith(words)

    part = syntax.particle(phrase)
    if phrase.dep_ in ("nsubj", "csubj") or part in ("が", "は"):
        if not starts(verb, lex.furthering_verbs):
            return []
        owners = [
            m.entity_id
            for obj in verb.children
            if obj.dep_ == "obj" or syntax.particle(obj) == "を"
            for owner in obj.children
            if owner.i < obj.i and syntax.particle(owner) == "の"
            for m in mentions
            if m.start <= owner.idx and owner.idx + len(owner.text) <= m.end
        ]  # the owner named as such (北朝鮮の), not a name inside a word (ウクライナ戦争の)
        return owners[:1]
    if not (starts(verb, lex.using_verbs) or part.startswith("を通じ")):
        return []
    subject = syntax.clause_subject(verb, mentions)
    if subject is not None:
        return [subject.entity_id]
    if verb.dep_ == "acl" and not syntax.is_passive(verb):
        described = syntax.head_mention(verb.head, mentions)  # …に頼る北朝鮮
        if described is not None:
            return [described.entity_id]
    shared = inherited(verb)  # …を利用し、北朝鮮は…
    return [shared] if shared else []


def roles_for(
    spec: TriggerSpec, form: str, pred: Token, lex: Lexicon
) -> tuple[dict[str, str], bool]:
    """What each particle marks around an event word, and whether its subject receives:
    a verb of receiving and a passive that keeps its object turn the giving around."""
    roles = {**lex.roles, **lex.category_roles.get(spec.entry.category, {}), **spec.roles}
    if any(pred.text.startswith(v) for v in lex.receive_verbs):
        # 北朝鮮はソ連から支援を受けた: the giver acts, the subject receives.
        return {**roles, "は": "target", "が": "target", "から": "actor"}, True
    if syntax.is_passive(pred) and keeps_object(pred):
        # 北朝鮮はロシアから技術を供与された: a passive that keeps its object tells who
        # underwent the giving, the receiver; its から- or に-phrase gives.
        return {**roles, **lex.passive_roles, "から": "actor"}, True
    if syntax.is_passive(pred) and not form.startswith(lex.passive_destinations):
        return {**roles, **lex.passive_roles}, False  # ウクライナ軍に拘束された
    if syntax.is_passive(pred):
        return {**roles, "から": "actor"}, False  # 北朝鮮からロシアに供給された: the giver
    return roles, False
