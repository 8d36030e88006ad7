"""Whom a stance is toward when its object is something another party does.

A word of backing or condemning (a speech act: 支持, 非難) whose object is a noun that a
clause describes (ロシアが進めるあらゆる措置を支持する, 北朝鮮が繰り返す挑発を非難した)
is aimed at that clause's が-subject: the doer of what is backed or condemned. The
subject of the describing clause is otherwise left out of the act (it does not act)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kansoku.lang.ja import syntax
from kansoku.lang.ja.lexicon import Lexicon
from kansoku.model import Mention
from kansoku.reading import Args, TriggerReading


def aim_at_the_doer(
    args: Args, heads: tuple[Token, Token], category: str, mentions: list[Mention], lex: Lexicon
) -> None:
    """Give a stance with no target the doer of its object's describing clause."""
    if category not in lex.speech_acts or args.targets:
        return
    for head in dict.fromkeys(heads):
        for child in head.children:
            if child.i > head.i or syntax.particle(child) != "を":
                continue
            doer = _doer_of(child, mentions)
            if doer is not None and doer not in args.actors:
                args.targets.append(doer)
                return


def _doer_of(noun: Token, mentions: list[Mention]) -> str | None:
    """The が-subject of a clause describing ``noun`` or a word of its phrase (…が取る
    措置, …が取るすべての措置)."""
    clauses = [c for tok in syntax.phrase_tokens(noun) for c in tok.children]
    for clause in clauses:
        if clause.dep_ != "acl" or clause.i > noun.i or clause.pos_ != "VERB":
            continue
        for child in clause.subtree:  # (…が自国を守るため講じる措置: on a verb inside)
            if child.i < clause.i and syntax.particle(child) == "が":
                mention = syntax.head_mention(child, mentions)
                if mention is not None:
                    return mention.entity_id
    return None


def unanswered_denial(form: str, text: str, start: int, lex: Lexicon) -> bool:
    """A word of denial (事実無根) that is not the quoted answer itself: outside a quote, or
    in one closed by a verb of denial, which is then the event (「事実無根だ」と否定した)."""
    if form not in lex.quoted_denials:
        return False
    if text.rfind("「", 0, start) <= text.rfind("」", 0, start):
        return True
    closed = re.match(r"[^「」。]{0,20}」と(?:[^、。「」]{0,6}、)?", text[start:])
    return closed is None or not text.startswith(lex.answering_verbs, start + closed.end())


def drop_the_asker(args: Args, text: str, mentions: list[Mention], lex: Lexicon) -> None:
    """…は朝日新聞の取材に対し、…と答えた: the outlet that asked hears the answer; it is
    no party to what is answered."""
    askers = {
        m.entity_id
        for m in mentions
        if re.match(rf"の?(?:{'|'.join(map(re.escape, lex.asking_nouns))})", text[m.end :])
    }
    if lex.asking_nouns and askers:
        args.targets[:] = [t for t in args.targets if t not in askers]


def lend_the_answerer(
    args: Args, form: str, token: Token, mentions: list[Mention], lex: Lexicon
) -> None:
    """駐韓ロシア大使館は「全くの事実無根だ」と答えた: the quoted denial is the act of
    whoever answers (the subject of the verb the quote is closed by); a party named inside
    the quote (「韓国の主張は作り話だ」) is whose claim it answers."""
    if form not in lex.quoted_denials:
        return
    closed = syntax.text_of(token.doc).find("」", token.idx)
    verb = next(
        (
            t
            for t in syntax.ancestors(token)
            if t.idx > closed >= 0 and t.text.startswith(lex.answering_verbs)
        ),
        None,
    )
    if verb is None or verb.dep_ not in ("ROOT", "advcl", "conj"):
        return
    for child in (c for c in verb.children if c.i < verb.i):
        mention = syntax.head_mention(child, mentions)
        if syntax.particle(child) in ("は", "が") and mention is not None:
            quoted = [a for a in args.actors if a != mention.entity_id]
            args.targets[:0] = [q for q in quoted if q not in args.targets]
            args.actors[:] = [mention.entity_id]
            return


def one_judgement(readings: list[TriggerReading], text: str, lex: Lexicon) -> list[TriggerReading]:
    """…は決議に違反すると批判した: the judging word (違反) and the verb that says it right
    after it (批判) are one act; the general word goes when the specific one of its kind
    is what it quotes (…違反すると主張し、…支援だと非難した: two acts, both kept)."""
    judged = [
        r for r in readings if r.form in lex.triggers and lex.triggers[r.form].speaker_is_actor
    ]
    return [
        r
        for r in readings
        if r.entry.mode is not None
        or not any(j.entry.category == r.entry.category and _quotes(j, r, text) for j in judged)
    ]


def _quotes(judged: TriggerReading, saying: TriggerReading, text: str) -> bool:
    """決議違反だと非難した, 違反するものだと批判した: nothing but the copula between them."""
    between = text[judged.end : saying.start] if judged.end <= saying.start else "?"
    return _QUOTING.fullmatch(between) is not None


_QUOTING = re.compile(r"(?:する|した|だ|である|するものだ|している)?。?」?と")


def relation_talked_about(form: str, text: str, end: int, lex: Lexicon) -> bool:
    """ロ朝の軍事協力を巡り、…: the relation is the topic, not an act told (nor when it is
    the は-topic of a judgement: 両国の協力は国際法に合致している)."""
    if form not in lex.relation_nouns:
        return False
    after = text[end:]
    return after.startswith(lex.about_markers) or (
        after.startswith("は") and not after.startswith(("は、", "はし", "はせ"))
    )


def aim_of(pred: Token, lex: Lexicon) -> Token | None:
    """北朝鮮はロシアの侵攻を支援するため、兵士を派遣した: the verb of the act a clause
    before a noun of purpose is the aim of (not a reason: 派遣したため、批判を受けた)."""
    purpose = pred.head
    past = any(c.dep_ == "aux" and c.text in ("た", "だ") for c in pred.children)
    if pred.dep_ != "acl" or past or purpose.i <= pred.i or purpose.text not in lex.purpose_nouns:
        return None
    return purpose.head if purpose.head.i > purpose.i and purpose.head.pos_ == "VERB" else None


def relation_not_carried_on(form: str, token: Token, text: str, end: int, lex: Lexicon) -> bool:
    """ロ朝の軍事協力を断ち切るため, 協力に対抗して, 協力の深化を懸念, 協力は…影響を及ぼす:
    a relation (or its course: の深化, の進展) governed by a verb that does not carry it on
    (`relation_acts`) is what another act aims at or a judgement weighs, no act of its
    parties (協力を強化している, 協力の拡大で合意, 協力している are)."""
    if form not in lex.relation_nouns:
        return False
    node = token
    if text.startswith("の", end) and token.head.i > token.i and token.head.pos_ == "NOUN":
        node = token.head  # 協力の深化を懸念: the course of the relation
    elif text.startswith(("し", "す"), end):
        return False  # 協力している
    if syntax.particle(node) not in ("を", "に", "が", "は"):
        return False
    head = node.head
    if head.i <= node.i:
        return False
    if node is token and head.text.startswith(lex.judging_words) and not _purpose(head, text):
        return False  # 協力を非難した, 協力を協議する: the judged act stays told (undated)
    return not (
        head.text.startswith(lex.relation_acts) or head.lemma_.startswith(lex.relation_acts)
    )


def _purpose(verb: Token, text: str) -> bool:
    """協力に対抗するため: what the verb is done for, no judgement told."""
    return text.startswith(("するため", "ため", "する狙い", "すべく"), verb.idx + len(verb.text))


# How far before an event word a reciprocal adverb may stand (相互に軍事支援を行う), and
# how far after it the commitment that binds it (…することで合意した, …する義務を定める).
_RECIPROCAL_BEFORE = 8
_COMMITMENT_AFTER = 24


def mutual_commitment(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """一方が攻撃を受けた場合に相互に支援することで合意した, 互いに軍事援助を提供する義務:
    an act the sides are bound to do for each other is a pact's commitment, no act of one
    side for the other (the agreement or the treaty is the event)."""
    before = text[max(0, start - _RECIPROCAL_BEFORE) : start].rsplit("、", 1)[-1]
    after = text[end : end + _COMMITMENT_AFTER].split("。")[0]
    mutual = any(w in before for w in lex.reciprocal_words) or after.startswith(
        lex.reciprocal_endings
    )
    return mutual and any(w in after for w in lex.commitment_words)


def forbidden(token: Token, lex: Lexicon) -> bool:
    """決議は北朝鮮労働者の受け入れを禁じている, …を供与することを禁止する決議: an act
    governed as the object of a verb that forbids or caps it is the rule's subject matter."""
    text = syntax.text_of(token.doc)
    before = text[: token.idx].rsplit("、", 1)[-1]
    for verb in lex.forbidding_verbs:
        at = before.rfind(verb)
        if at >= 0 and _MODIFIES.fullmatch(before[at + len(verb) :]):
            return True  # 決議が禁じる労働者の受け入れに当たる: the act the rule forbids
    head = token
    if head.head.text in ("こと", "の") and head.head.i > head.i:
        head = head.head  # 供与することを禁止: the act made a noun
    if syntax.particle(head) != "を" or head.head.i <= head.i:
        return False
    return text.startswith(lex.forbidding_verbs, head.head.idx)


# What may stand between a forbidding verb's adnominal form and the act it describes:
# its ending, then the act's owner (禁じる|北朝鮮労働者の|受け入れ; 禁止されている|武器の|移転).
_MODIFIES = re.compile(
    r"(?:る|す|する|ている|られている|されている|た|された)[^、。をがはにで]{0,12}"
)


def pair_as_parties(args: Args, mentions: list[Mention], lex: Lexicon) -> list[str]:
    """両氏は…で合意した: a pair word as the subject of an accord names both its parties
    (the two the text has been about)."""
    for m in mentions:
        if any(o.end == m.start for o in mentions):
            continue  # 露朝両国: the group form before it names the pair
        if m.text in lex.pair_words and m.entity_id in args.actors:
            pair = [o.entity_id for o in mentions if (o.start, o.end) == (m.start, m.end)]
            return pair if len(pair) == 2 else []
    return []
