"""Clauses of a parsed sentence: where the trigger's clause starts, the が-subject and
the target phrases earlier in it that the parser hung on another word, leaving out the
clauses the trigger quotes or demands (…しないよう求めた: what is asked of someone)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from kansoku.lang.ja import syntax
from kansoku.lang.ja.lexicon import Lexicon
from kansoku.model import Mention


def clause_start(parsed: Doc, trigger: Token, lex: Lexicon) -> int:
    """Index of the first token of the trigger's clause: after the last 、 that closes a
    clause (…しており、 / …しているが、) or 。 that closes a sentence quoted in brackets
    before it (not one joining a headline's parts, which share a subject); a particle
    made of a verb (…に加えて、 …について、) closes none."""
    start = 0
    for tok in parsed[: trigger.i]:
        if tok.text == "。" and _inside_brackets(parsed, tok):
            start = tok.i + 1  # a sentence quoted inside the sentence (「…。…」と述べた)
            continue
        if tok.text != "、" or tok.i < 2:
            continue
        if syntax.text_of(parsed)[: tok.idx].endswith(lex.compound_particles):
            continue
        before, word = parsed[tok.i - 1], parsed[tok.i - 2]
        # が after a verb joins clauses (…しているが、); after a noun it marks a subject.
        if before.text == "が":
            ends_clause = word.pos_ in ("VERB", "AUX")
        elif before.text in lex.clause_nouns:
            ends_clause = True  # ロシアが攻撃を受けた場合、: a condition of its own
        else:
            ends_clause = before.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") or before.text in (
                "て",
                "し",
            )
        if ends_clause:
            start = tok.i + 1
    return start


def preceding_subject(
    parsed: Doc, trigger: Token, mentions: list[Mention], lex: Lexicon
) -> str | None:
    """The nearest が-subject earlier in the trigger's clause (金委員長が、…を派遣すること
    を決めた) when the parser hung it on another verb, leaving out the clauses the
    trigger quotes (XはYが…したと非難した: Y is the accused, not who accuses); in a
    headline, the phrase before the first comma (金総書記、ロシア国防相と会談)."""
    quoted = [(c.left_edge.i, c.i) for c in syntax.quoted_clauses(trigger)]
    # …できるように供給している, …しないよう求めた: a clause closed by よう has its own subject.
    quoted += [
        (c.left_edge.i, c.i)
        for c in trigger.children
        if c.i < trigger.i and demanded(c, lex) and asker_named(c)
    ]
    quoted += [(c.i, c.i) for c in trigger.children if subject_of_a_yo_clause(c, trigger, lex)]
    start = clause_start(parsed, trigger, lex)
    # 北朝鮮製の砲弾が送られた: what is sent is its maker's; what is fired is not.
    sent = trigger.text.startswith(tuple(lex.passive_destinations))
    makers = () if sent else lex.origin_suffixes
    found = ga_subject(parsed, start, trigger.i, mentions, quoted, makers)
    if found is not None:
        return found.entity_id
    first_comma = next((t for t in parsed if t.text == "、"), None)
    if first_comma is not None and first_comma.i < trigger.i and first_comma.i > 0:
        head = parsed[first_comma.i - 1]
        if not syntax.particle(head) and head.pos_ in ("NOUN", "PROPN"):
            mention = syntax.head_mention(head, mentions)
            # 金総書記の立ち会いのもと、: a circumstance that only names a person is no subject
            own = mention is not None and mention.start < head.idx + len(head.text) <= mention.end
            return mention.entity_id if mention and own else None
    return None


def _inside_brackets(parsed: Doc, token: Token) -> bool:
    before = syntax.text_of(parsed)[: token.idx]
    return before.count("「") > before.count("」")


def subject_of_the_clause_before(
    parsed: Doc, trigger: Token, mentions: list[Mention], lex: Lexicon
) -> str | None:
    """北朝鮮が兵を追加で送り、東部の戦線に配置したとの見方を示した: a clause joined by a
    verb's continuative form (送り、, 送って、, 訪問し、) shares its subject with the next one; not
    one closed by が or ため (…したが、 turns to another matter)."""
    start = clause_start(parsed, trigger, lex)
    if start < 2 or parsed[start - 1].text != "、":
        return None
    joint = parsed[start - 2]
    # (訪問し、: the continuative し of a noun made a verb)
    continuative = (joint.pos_ == "VERB" and joint.head.i > joint.i) or joint.text in (
        "て",
        "で",
        "し",
    )
    if not continuative or any(c.dep_ == "aux" and c.text == "た" for c in joint.children):
        return None
    # The subject nearest the joint, が or は (北朝鮮兵は損失を被り、撤退した).
    for tok in reversed(parsed[clause_start(parsed, joint, lex) : joint.i]):
        if syntax.particle(tok) in ("が", "は") and not in_relative_clause(tok, joint.i):
            mention = syntax.head_mention(tok, mentions)
            if mention is not None:
                return mention.entity_id
    return None


def _describes_a_thing(token: Token, end: int) -> bool:
    """Inside a clause that describes what the act moves or does (決議に反するとされる
    規模の石油を輸出: the resolution says what the oil is, not whom it goes to); not one
    describing a circumstance (…を供与する見返りに求めた: in return, from Russia)."""
    for head in syntax.ancestors(token):
        if head.i >= end:
            return False
        if head.dep_ == "acl" and head.pos_ == "VERB":  # (強い懸念: no clause)
            noun = head.head
            while syntax.particle(noun) == "の" and noun.head.i < end:
                noun = noun.head
            return syntax.particle(noun) == "を"
    return False


def in_relative_clause(token: Token, end: int) -> bool:
    """Inside a clause that describes a noun (…が署名した条約, …が送ったとの報道: GiNZA
    hangs the latter's verb on the noun as nmod)."""
    for head in syntax.ancestors(token):
        if head.i >= end:
            return False
        if head.dep_ == "acl" or (head.dep_ == "nmod" and head.pos_ == "VERB"):
            return True
    return False


def ga_subject(
    parsed: Doc,
    start: int,
    end: int,
    mentions: list[Mention],
    skip: Sequence[tuple[int, int]] = (),
    makers: tuple[str, ...] = (),
) -> Mention | None:
    """The が-phrase nearest before token ``end`` from token ``start`` on, outside ``skip``
    and outside relative clauses (…プーチン大統領が署名した条約を批准: the が-subject of
    署名 describes the treaty); not a phrase naming only where its thing was made
    (``makers``: 北朝鮮製のミサイルが発射された names no launcher)."""
    text = syntax.text_of(parsed)
    for tok in reversed(parsed[start:end]):
        if any(a <= tok.i <= b for a, b in skip) or in_relative_clause(tok, end):
            continue
        if syntax.particle(tok) == "が":
            mention = syntax.head_mention(tok, mentions)
            if mention and makers and text.startswith(makers, mention.end):
                return None
            if mention:
                return mention
    return None


def earlier(
    parsed: Doc, trigger: Token, mentions: list[Mention], roles: dict[str, str], lex: Lexicon
) -> list[tuple[str, bool]]:
    """Target and partner phrases earlier in the clause that the parser hung elsewhere
    (ロシアに対して「…」ことのないよう警告), nearest first; True marks a partner."""
    found = []
    asked = [(c.left_edge.i, c.i) for c in demanded_clauses(trigger, lex)]
    start = clause_start(parsed, trigger, lex)
    inside = asked_clause(trigger, lex)
    if inside is not None:  # …に対し…の調達をやめるよう求めた: only the asked clause's own
        start = max(start, inside.left_edge.i)
    for tok in parsed[start : trigger.i]:
        if tok.text in lex.function_nouns or inside_about(tok, trigger, lex):
            continue
        if any(a <= tok.i <= b for a, b in asked) or _inside_asked(tok, trigger, lex):
            continue  # ロシアが北朝鮮に…しないよう求めた: 北朝鮮 is the asked act's
        if _describes_a_thing(tok, trigger.i):
            continue  # 決議に反するとされる量の燃料を輸出: the clause describes the fuel
        role = roles.get(syntax.particle(tok))
        if role in ("target", "partner"):
            mention = syntax.head_mention(tok, mentions)
            if mention:
                found.append((mention.entity_id, role == "partner"))
    return found[::-1]


def inside_about(tok: Token, trigger: Token, lex: Lexicon) -> bool:
    """The phrase is part of what something is about (北朝鮮への対応について協議)."""
    text = syntax.text_of(tok.doc)
    for head in [tok, *syntax.ancestors(tok)]:
        if head.i == trigger.i:
            return False
        if text.startswith(lex.about_markers, head.idx + len(head.text)):
            return True
    return False


def demanded_clauses(head: Token, lex: Lexicon) -> list[Token]:
    """The clauses a verb of asking asks for (…を提供しないよう求めた, …をやめるように
    要請した): what someone is asked to do or not to do, not what the asker does."""
    if not head.text.startswith(lex.demands):
        return []
    return [c for c in head.children if c.i < head.i and demanded(c, lex)]


def demanded(clause: Token, lex: Lexicon) -> bool:
    """A verb closed by よう/ように (提供しないよう, やめるように)."""
    return clause.pos_ in ("VERB", "AUX") and any(
        c.i > clause.i and c.text in lex.demanded for c in clause.children
    )


_ADDRESSED = ("に対し", "に対して")


def addressed_in(clause: Token, mentions: list[Mention]) -> list[str]:
    """Who a clause asked for is addressed to, the parser having hung it inside
    (北朝鮮に対し…をやめるよう求めた)."""
    for tok in clause.subtree:
        if tok.i < clause.i and syntax.particle(tok).startswith(_ADDRESSED):
            mention = syntax.head_mention(tok, mentions)
            if mention:
                return [mention.entity_id]
    # ロシアに北朝鮮との協力をやめるよう: a に-phrase opening the clause is whom it asks.
    # (北朝鮮がロシアに…するよう要求: after the asker's が-subject.)
    phrases = [c for c in clause.children if c.i < clause.i and syntax.particle(c) != "が"]
    first = phrases[0] if phrases else None
    if first is not None and syntax.particle(first) == "に":
        mention = syntax.head_mention(first, mentions)
        if mention:
            return [mention.entity_id]
    return []


def asked_subject(child: Token, head: Token, lex: Lexicon) -> bool:
    """米国は、北朝鮮が…をやめるよう求めた: a が-subject the parser hung on the verb of
    asking, before the clause it asks for and after the asker's topic, is who is asked."""
    return bool(demanded_clauses(head, lex)) and subject_of_a_yo_clause(child, head, lex)


def subject_of_a_yo_clause(child: Token, head: Token, lex: Lexicon) -> bool:
    """ロシアは北朝鮮が制裁を回避できるように原油を供給している: a が-subject the parser hung
    on the main verb, after its topic and before a clause closed by よう, is that clause's."""
    if syntax.particle(child) != "が" or child.i > head.i:
        return False
    asked = [c for c in head.children if c.i < head.i and demanded(c, lex)]
    topics = [c for c in head.children if syntax.particle(c) in ("は", "も") and c.i < child.i]
    return bool(topics) and any(child.i < c.i for c in asked)


def _inside_asked(tok: Token, trigger: Token, lex: Lexicon) -> bool:
    """The phrase is part of what another verb asks for (…ロシア軍への支援を行わないよう
    求めてきている。…懸念をもって注視: ロシア軍 is no target of the concern)."""
    for head in syntax.ancestors(tok):
        if head.i == trigger.i:
            return False
        if head.head.i != head.i and head in demanded_clauses(head.head, lex):
            return True
    return False


def asked_party(pred: Token, mentions: list[Mention], lex: Lexicon) -> tuple[bool, str | None]:
    """Whether ``pred`` is (inside) a clause a verb of asking asks for, and who is asked:
    the asker's topic does not do what it asks (米大使は、ロシアに対し…の調達をやめるよう
    求めた: the procurement is Russia's)."""
    clause = asked_clause(pred, lex)
    if clause is not None:
        head = clause.head
        subject = ga_subject(pred.doc, clause.left_edge.i, clause.i, mentions)
        if subject is not None and asker_named(clause):
            return True, subject.entity_id
        addressed = addressed_in(clause, mentions)
        if addressed:
            return True, addressed[0]
        asked = next((c for c in head.children if asked_subject(c, head, lex)), None)
        mention = syntax.head_mention(asked, mentions) if asked is not None else None
        return True, mention.entity_id if mention else None
    return False, None


def asked_clause(token: Token, lex: Lexicon) -> Token | None:
    """The clause a verb of asking asks for that ``token`` is (in), if any."""
    for clause in [token, *syntax.ancestors(token)]:
        head = clause.head
        if head.i != clause.i and clause in demanded_clauses(head, lex):
            return clause
    return None


def carrier(token: Token, lex: Lexicon) -> Token:
    """The light verb whose object the event noun is (移転を行っていない: 行っ), else the
    event word itself."""
    head = token.head
    if token.dep_ == "obj" and head.i > token.i and head.text.startswith(tuple(lex.light_verbs)):
        return head
    return token


def asker_named(clause: Token) -> bool:
    """Whether the sentence names who asks apart from a clause closed by よう: a topic
    before it (韓国政府は、ロシアが…しないよう求めた). With none, the clause's が-subject
    is the asker (北朝鮮がロシアに…を強化するよう要求した)."""
    return any(syntax.particle(t) in ("は", "も") for t in clause.doc[: clause.left_edge.i])
