"""What an event word moves, read from GiNZA's parse: the item words (``items.yaml``) in
the phrases that name its cargo.

Japanese names what is sent as the を-object (兵士を派遣, 石油精製品を供給), in the
passive as the subject (砲弾がロシアに供与された) or as the noun a passive clause describes
(ロシアに送られた砲弾); an event noun carries it as a compound or an の-phrase (兵士派遣,
砲弾の供給), and some event words hold it themselves (派兵, 武器供与). A phrase's head
comes last, so its item is the one named nearest its end (ミサイル技術: technology).
Whether the event moves anything at all is the extraction core's business.
"""

from __future__ import annotations

from spacy.tokens import Token

from kansoku.lang.items import ItemWords
from kansoku.lang.ja import syntax
from kansoku.lang.ja.lexicon import Lexicon
from kansoku.model import Mention

_OBJECT, _SUBJECT, _OWNER = "object", "actor", "owner"
_LISTING = "など"  # and so on


def moved(
    pred: Token,
    trigger: Token,
    form: str,
    roles: dict[str, str],
    lex: Lexicon,
    items: ItemWords,
) -> tuple[str, ...]:
    """The items of the phrase that best tells what an event word moves: its object, else
    in the passive its subject or the noun it describes, else the noun it is made of or
    owned by, else its own word. Each conjunct of the phrase gives its head's item
    (工兵と作業員を派遣: engineers, workers)."""
    found = [
        i for phrase in _cargo(pred, trigger, roles, lex, items) for i in _conjuncts(phrase, items)
    ]
    if found:
        return tuple(dict.fromkeys(found))
    own = items.last(form)  # 派兵, 武器供与
    return (own,) if own else ()


def owners(
    pred: Token,
    trigger: Token,
    roles: dict[str, str],
    lex: Lexicon,
    items: ItemWords,
    mentions: list[Mention],
) -> list[str]:
    """Whose the cargo is, as the phrase naming it says: the entities named inside it
    (北朝鮮の特殊部隊: North Korea; 北朝鮮兵: the Korean People's Army; 北朝鮮製の砲弾),
    in text order. Who can own cargo is the core's business."""
    found = []
    for phrase in _cargo(pred, trigger, roles, lex, items):
        tokens = syntax.phrase_tokens(phrase)
        found += [
            m.entity_id
            for m in sorted(mentions, key=lambda m: m.start)
            if any(m.start < t.idx + len(t.text) and m.end > t.idx for t in tokens)
        ]
    return list(dict.fromkeys(found))


def _cargo(
    pred: Token, trigger: Token, roles: dict[str, str], lex: Lexicon, items: ItemWords
) -> list[Token]:
    """The phrases that name what an event word moves, the first of these that name an
    item: its objects, else in the passive its subject or the noun it describes, else the
    nouns it is made of or owned by."""
    passive = syntax.is_passive(pred)
    objects: list[Token] = []
    undergoing: list[Token] = []
    nouns: list[Token] = []
    for head in [pred] if pred is trigger else [pred, trigger]:
        for child in syntax.dependents(head):
            if child.i in (pred.i, trigger.i):
                continue
            # 防空装備などが: a list closed by など is marked by the particle after it.
            part = syntax.particle(child).removeprefix(_LISTING)
            # The lexicon's own role (に as a passive's agent is no cargo): を is the object
            # whatever a trigger's roles say.
            plain = lex.roles.get(part)
            if plain == _OBJECT or roles.get(part) == _OBJECT:
                objects.append(child)
            elif passive and head is pred and (child.dep_ == "nsubj" or plain == _SUBJECT):
                undergoing.append(child)
            elif head is trigger and child.i < trigger.i and _made_of(child, part, plain):
                nouns.append(child)
    if passive and pred.dep_ == "acl" and pred.head.i > pred.i:
        undergoing.append(pred.head)  # ロシアに送られた砲弾
    elif pred.dep_ == "acl" and pred.head.i > pred.i and not objects:
        objects.append(pred.head)  # ロシアが北朝鮮から受け取ったミサイル: its object
    return next(
        (phrases for phrases in (objects, undergoing, nouns)
         if any(_conjuncts(phrase, items) for phrase in phrases)),
        [],
    )  # fmt: skip


def _made_of(child: Token, part: str, role: str | None) -> bool:
    """兵士派遣 (a compound), 砲弾の供給 (an の-phrase): the noun an event noun is of."""
    return role == _OWNER or (not part and child.dep_ in ("compound", "nmod"))


def _conjuncts(phrase: Token, items: ItemWords) -> list[str]:
    """The item each conjunct of a phrase names (兵士や砲弾: troops, shells; 作業員や工兵ら
    6000人: workers, engineers): the one nearest its head, at its end (北朝鮮製の砲弾;
    兵士約1万1000人, where what is counted stands before the count; ミサイル技術 is
    technology)."""
    heads = {phrase.i: phrase}
    for token in syntax.phrase_tokens(phrase):
        heads.update((c.i, c) for c in syntax.coordinated(token))
    found = []
    for _, conjunct in sorted(heads.items()):
        tokens = syntax.phrase_tokens(conjunct)
        item = items.last(
            syntax.text_of(phrase.doc), tokens[0].idx, conjunct.idx + len(conjunct.text)
        )
        if item:
            found.append(item)
    return found
