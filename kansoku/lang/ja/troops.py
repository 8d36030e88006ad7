"""Troops in a sentence: whether the subject or what is moved names them, and where
they arrive (X入り). Japanese news tells a deployment with the same words as a visit
(到着, 入り, 移動); troops are what make it one."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kansoku.lang.ja import cargo, syntax
from kansoku.lang.ja.lexicon import Lexicon, TriggerSpec
from kansoku.model import Mention
from kansoku.reading import Args, TriggerEntry


def troops_named(args: Args, mentions: list[Mention], lex: Lexicon) -> bool:
    """The first actor the sentence offers is named as troops (北朝鮮兵、一部が到着)."""
    first = next(iter([*args.actors, *(b.entity_id for b in args.borrowed)]), None)
    return any(m.entity_id == first and any(w in m.text for w in lex.troop_words) for m in mentions)


def entered(args: Args, text: str, place: Mention, mentions: list[Mention]) -> None:
    """モスクワ入り, ロシア西部のクルスク州入り: the place named is where they went,
    whatever the parse made of it, and what owns the place (ロシア西部の) does not act."""
    owners = {
        m.entity_id
        for m in mentions
        if m.end <= place.start and _OWNER_OF_PLACE.fullmatch(text[m.end : place.start])
    }
    args.targets = [place.entity_id] + [t for t in args.targets if t != place.entity_id]
    args.actors = [a for a in args.actors if a != place.entity_id and a not in owners]


# Between a state and a place it owns: ロシア西部の, ロシアの (no particle of a clause).
_OWNER_OF_PLACE = re.compile(r"[^、。がはをにへとでも]{0,6}の")


def moves_troops(pred: Token, lex: Lexicon) -> bool:
    """What the verb moves is troops (部隊を引き揚げた, 兵士をロシアに向かわせた): the
    state that moves them acts on its troops."""
    doc = pred.doc
    for child in pred.children:
        if syntax.particle(child) != "を":
            continue
        phrase = syntax.text_of(doc)[child.left_edge.idx : child.idx + len(child.text)]
        if any(word in phrase for word in lex.troop_words):
            return True
    return False


def subject_is_troops(pred: Token, trigger: Token, roles: dict[str, str], lex: Lexicon) -> bool:
    """The subject names troops (北朝鮮兵が到着, 部隊は移動): a word of troops in the
    subject phrase, or the noun a passive relative clause describes."""
    return _subject_names(pred, trigger, roles, lex.troop_words, syntax.is_passive(pred))


def _subject_names(
    pred: Token, trigger: Token, roles: dict[str, str], words: tuple[str, ...], described: bool
) -> bool:
    """A word of ``words`` in the subject phrase (or, ``described``, in the noun the
    verb's relative clause describes)."""
    subjects = [
        child
        for head in {pred.i: pred, trigger.i: trigger}.values()
        for child in head.children
        if child.dep_ == "nsubj" or roles.get(syntax.particle(child)) == "actor"
    ]
    if described and pred.dep_ == "acl":
        subjects.append(pred.head)
    doc = pred.doc
    for subject in subjects:
        phrase = syntax.text_of(doc)[subject.left_edge.idx : subject.idx + len(subject.text)]
        if any(word in phrase for word in words):
            return True
    return False


def vehicle_visits(pred: Token, trigger: Token, roles: dict[str, str], lex: Lexicon) -> bool:
    """A train, ship or plane that enters a country or calls at a port (北朝鮮の列車がロシア
    入り, 貨物船が港を訪れ, ロシアに入った列車) pays no visit: no one meets anyone."""
    return _subject_names(pred, trigger, roles, lex.vehicle_words, True)


def entry_for(
    spec: TriggerSpec,
    word: tuple[str, Token, Token],
    roles: dict[str, str],
    args: Args,
    mentions: list[Mention],
    lex: Lexicon,
) -> tuple[TriggerEntry, bool] | None:
    """The event an event word makes by whom or what it sends (``word``: its form, token
    and predicate): troops (派兵 by soldiers), envoys (代表団を派遣: a visit), else its own;
    and whether envoys are sent. None for a word of troops only that moves none, and for
    a visit by a vehicle."""
    form, token, pred = word
    if spec.entry.mode == "visit" and vehicle_visits(pred, token, roles, lex):
        return None
    by_troops = subject_is_troops(pred, token, roles, lex) or troops_named(args, mentions, lex)
    by_troops = by_troops and not _delegation_subject(pred, token, roles, lex)
    if spec.troops_only and not (by_troops or moves_troops(pred, lex)):
        return None
    if spec.guests_only and not guests_there(pred, token, roles, lex):
        return None
    if spec.envoys is not None and cargo.moved(pred, token, form, roles, lex, lex.envoy_words):
        return spec.envoys, True
    return (spec.troops if by_troops and spec.troops else spec.entry), False


def guests_there(pred: Token, trigger: Token, roles: dict[str, str], lex: Lexicon) -> bool:
    """Who the verb tells is there (ロシアで働く北朝鮮の労働者, 北朝鮮の労働者がロシアで就労
    している) is workers or troops: its subject, or the noun its clause describes."""
    subjects = [
        child
        for head in {pred.i: pred, trigger.i: trigger}.values()
        for child in head.children
        if child.dep_ == "nsubj" or roles.get(syntax.particle(child)) == "actor"
    ]
    text = syntax.text_of(pred.doc)
    phrases = [text[s.left_edge.idx : s.idx + len(s.text)] for s in subjects]
    if pred.dep_ == "acl" or syntax.modifies_noun(pred):
        # the noun phrase the clause describes, up to its particle (北朝鮮の労働者|が)
        phrases += _DESCRIBED.findall(text, pred.idx + len(pred.text))[:1]
    return any(w in phrase for phrase in phrases for w in lex.guest_words)


_DESCRIBED = re.compile(r"[^がはをにでも、。「」]{1,14}")


def _delegation_subject(pred: Token, trigger: Token, roles: dict[str, str], lex: Lexicon) -> bool:
    """ロシア軍参謀本部の代表団が平壌に到着した: a delegation of a military body is envoys,
    not troops, though its owner's name has a word of troops."""
    text = syntax.text_of(pred.doc)
    subjects = [
        child
        for head in {pred.i: pred, trigger.i: trigger}.values()
        for child in head.children
        if child.dep_ == "nsubj" or roles.get(syntax.particle(child)) == "actor"
    ]
    words = tuple(lex.delegation_nouns)
    return bool(words) and any(
        text[: s.idx + len(s.text)].endswith(words)
        or text[s.idx : s.idx + len(s.text) + 1].rstrip("がはも").endswith(words)
        for s in subjects
    )
