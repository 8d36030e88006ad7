"""The actors the grammar lends an event word from elsewhere in its sentence, when its
own clause names none: the noun a relative clause describes, the subject of the clause
it is joined to, a preceding subject, who is asked to do it, the sentence's topic — but
never the speaker of what is reported (arguments.py reads the clause's own phrases)."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from kansoku.lang.ja import clauses, syntax
from kansoku.lang.ja.claims import Framed, is_speech, topic
from kansoku.lang.ja.lexicon import Lexicon, TriggerSpec, alternation
from kansoku.lang.ja.sentence_tellers import TOPIC_PHRASE
from kansoku.model import Mention
from kansoku.reading import Args, Borrowed

_INHERIT_DEPS = ("advcl", "conj")


def lend_actors(
    args: Args,
    token: Token,
    pred: Token,
    spec: TriggerSpec,
    framed: Framed,
    parsed: Doc,
    mentions: list[Mention],
    lex: Lexicon,
    receiving: bool = False,
) -> None:
    """The actors the grammar lends the trigger from elsewhere in the sentence, in the
    order they are tried (``receiving``: the trigger is carried by a verb of receiving,
    whose subject is its target)."""
    if spec.speaker_is_actor:
        # 違反すると主張, 脅威だと表明: the speaker judges the subject of the clause.
        accused = syntax.clause_subject(pred, mentions)
        speaker = framed.claim.source or topic(parsed, token.idx, mentions)[0]
        if accused is None or accused.entity_id == speaker:
            accused = _judged_subject(pred, speaker, mentions)
        args.actors = [speaker] if speaker else []
        args.targets = [accused.entity_id] if accused else []
        args.partners = []
    elif describes_someone(pred, mentions):
        # 戦争終結を求める西側諸国の圧力: the noun described does what its clause tells;
        # no one else in the sentence does.
        head = syntax.head_mention(pred.head, mentions)
        if head and receiving:
            args.targets.append(head.entity_id)  # ロシアから支援を受けた北朝鮮: the receiver
        elif head:
            args.borrowed.append(Borrowed(head.entity_id))
        return
    else:
        _lend_within_clause(args, token, pred, mentions, lex, receiving)
    _lend_from_sentence(args, token, pred, spec, framed, mentions, lex)


def _judged_subject(pred: Token, speaker: str | None, mentions: list[Mention]) -> Mention | None:
    """米国務省は、ロシアと北朝鮮の取引は決議に違反すると批判した: the parser hung the
    judged clause's subject on the verb of saying (or the speaker on the judging word);
    it is the nearest は/が-phrase before the judging word that is not the speaker's."""
    for tok in reversed(pred.doc[: pred.i]):
        if syntax.particle(tok) in ("は", "が"):
            mention = syntax.head_mention(tok, mentions)
            if mention is not None and mention.entity_id != speaker:
                return mention
            if mention is not None:
                return None
    return None


def _lend_within_clause(
    args: Args, token: Token, pred: Token, mentions: list[Mention], lex: Lexicon, receiving: bool
) -> None:
    """The actors a clause's own shape lends: the noun a passive (or believed) clause
    describes, the subject of the clause it is joined to, the subject it inherits."""
    described = _described_through_belief(pred) or passive_describing(pred)
    if described is not None:
        # 戦闘に投入された北朝鮮兵: the noun a passive clause describes is what was
        # sent (its owner is the actor of a deployment), or what was attacked; with an
        # object kept (ロシアから技術を供与された北朝鮮), who received it. So too
        # through a belief (派遣されたとみられる北朝鮮兵).
        head = syntax.head_mention(described, mentions)
        if head and receiving:
            args.targets.append(head.entity_id)
        elif head:
            args.borrowed.append(Borrowed(head.entity_id))
            args.described.append(head.entity_id)
            # 報道官は4日、ロシアに派遣され、…負傷した兵士が: a topic before the passive
            # clause (the speaker's, however parsed) was not what was sent.
            text = syntax.text_of(pred.doc)
            topics = {
                m.entity_id
                for m in mentions
                if m.end <= pred.idx and TOPIC_PHRASE.match(text, m.end)
            }
            args.actors = [a for a in args.actors if a not in topics]
    # A clause with a subject of its own, named by no entity (西側は…と非難), does
    # not take the subject of the clause joined before it.
    direct = any(c.dep_ == "nsubj" or syntax.particle(c) in ("は", "が") for c in pred.children)
    own_subject = direct or any(
        syntax.particle(t) == "は"
        for t in token.doc[clauses.clause_start(token.doc, token, lex) : token.i]
    )
    inherited = inherited_subject(pred, mentions, lex)
    if inherited and not own_subject:
        args.borrowed.append(Borrowed(inherited, unsaid=True))
    joined = None if own_subject else _subject_of_joined_clause(pred, mentions)
    # A purpose's subject (…がロシアを支えるため、…送った) is the act's, whatever topic
    # opens the sentence (the speaker's, who tells it).
    joined = joined or (None if direct else _subject_of_purpose(pred, mentions, lex))
    if joined and receiving:
        args.targets.append(joined.entity_id)  # ロシアが…するため、北朝鮮から購入: the buyer
    elif joined:
        args.borrowed.append(joined)


def _lend_from_sentence(
    args: Args,
    token: Token,
    pred: Token,
    spec: TriggerSpec,
    framed: Framed,
    mentions: list[Mention],
    lex: Lexicon,
) -> None:
    """The actors the rest of the sentence lends a predicate: a preceding subject, who is
    asked to do it, else the sentence's topic (never a speaker inside what it reports)."""
    parsed = token.doc
    # A trigger buried in a noun phrase (国際社会からの非難だけでなく) says nothing of who
    # acts: only a predicate borrows a subject from elsewhere in the sentence.
    if not is_predicate(token, pred):
        return
    speech = framed.speech_token
    if speech is not None and not (args.actors or args.borrowed):
        # 韓国軍は北朝鮮兵について、…約5000人が戦闘に参加したと分析した: the matter the
        # speaker speaks of is who its clause's unnamed subject is.
        matter = _matter_spoken_of(syntax.text_of(parsed), token.idx, mentions, lex)
        if matter is not None and matter != framed.claim.source:
            args.borrowed.append(Borrowed(matter, unsaid=True))
    preceding = clauses.preceding_subject(
        parsed, token, mentions, lex
    ) or clauses.subject_of_the_clause_before(parsed, token, mentions, lex)
    reaction = spec.entry.category in lex.speech_acts
    quoted = speech is not None and not speaks_of_itself(pred, speech, reaction)
    if preceding and not (quoted and preceding == framed.claim.source):
        # ウクライナ空軍は、ミサイルが…発射されたと発表した: the speaker tells the act,
        # it does not do it.
        args.borrowed.append(Borrowed(preceding))
    asked, party = clauses.asked_party(pred, mentions, lex)
    if asked:
        # …に対し…の調達をやめるよう求めた: who is asked does it, never the asker.
        args.borrowed += [Borrowed(party, unsaid=True)] if party else []
        return
    if speech is None or not framed.speaker_named or speaks_of_itself(pred, speech, reaction):
        # The main clause's unsaid subject is the sentence topic (…は、…に署名した); a
        # speaker whose quote is its own act (…を支持すると宣言) speaks of itself, but
        # never acts inside what it reports (…に投入されたと明らかにした). Said by no
        # one named (…を送ったとされる, …を送ったと指摘した), the topic is who acted.
        subject, partners = topic(parsed, token.idx, mentions, lex)
        if subject:
            args.borrowed.append(Borrowed(subject, tuple(partners), unsaid=True))


def _matter_spoken_of(text: str, before: int, mentions: list[Mention], lex: Lexicon) -> str | None:
    """The entity named as what is spoken of (北朝鮮兵について、) before ``before``."""
    for mention in mentions:
        if mention.end < before and _matter(lex.about_markers).match(text, mention.end):
            return mention.entity_id
    return None


@cache
def _matter(markers: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"[^、。「」はがとの]{{0,2}}(?:{alternation(markers)})、")


def is_predicate(token: Token, pred: Token) -> bool:
    """A verb, a noun made a verb (派遣した, 会談し), one carried by a light verb, or a
    headline's last word."""
    return (
        token.pos_ == "VERB"
        or pred is not token
        or token.dep_ == "ROOT"
        or any(c.dep_ == "aux" for c in token.children)
    )


def speaks_of_itself(pred: Token, speech: Token, own_reaction: bool = False) -> bool:
    """The quote is the speaker's own act: 支持すると宣言, 支援するためと説明. Not when the
    fact is passive (投入されたと) or sits in a clause with a subject of its own; for a
    reaction (``own_reaction``), the sentence's opening topic hung by the parser on a
    verb of the quote is the speaker's, not such a subject."""
    if syntax.is_passive(pred):
        return False
    # 工兵らが…移動したと明らかにした: a が-subject of the fact's own (no entity) does it;
    # the speaker's topic the parser hangs on the fact takes は.
    if any(c.dep_ == "nsubj" and syntax.particle(c) == "が" for c in pred.children):
        return False
    current, came_from = pred, pred
    while current.i != speech.i:
        # 支援する用意がある: the clause's own subject is the way up (用意が), not another.
        subjects = [
            c
            for c in current.children
            if c.dep_ == "nsubj" and c.i != came_from.i and not (own_reaction and _opening_topic(c))
        ]
        if subjects and current is not pred:
            return False
        if current.head.i == current.i:
            return False
        current, came_from = current.head, current
    return True


def _opening_topic(subject: Token) -> bool:
    """官房長官は14日、…懸念を持って注視していると述べた: the topic opening the sentence
    is who tells it, though the parser hung it on a verb of the quote."""
    return syntax.particle(subject) == "は" and subject.left_edge.i == 0


def _described_through_belief(pred: Token) -> Token | None:
    """派遣されたとみられる北朝鮮兵: the noun a passive clause describes through a verb of
    belief (みられる, される) that itself describes it."""
    belief = pred.head
    if not (syntax.is_passive(pred) and pred.dep_ == "ccomp" and belief.dep_ == "acl"):
        return None
    if belief.lemma_ not in ("見る", "みる", "する", "言う") or belief.head.pos_ not in (
        "NOUN",
        "PROPN",
    ):
        return None
    return belief.head


def passive_describing(pred: Token) -> Token | None:
    """The noun a passive clause describes (戦闘に投入された北朝鮮兵), also through the
    clauses it runs on into (ロシアに派遣され、戦闘で負傷した北朝鮮兵: sent, then hurt)."""
    if not syntax.is_passive(pred):
        return None
    clause: Token | None = pred
    while clause is not None and clause.dep_ != "acl":
        clause = _runs_on_into(clause)
    if clause is None or clause.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return clause.head


def _runs_on_into(verb: Token) -> Token | None:
    """The verb a clause runs on into by a continuative form (派遣され、…負傷した; 送られ
    て…), the next in the sentence, whatever the parser hung it on; None past a subject
    or a topic of another clause, or after a quotation (…されたとする報道)."""
    last = max([verb, *(c for c in verb.children if c.dep_ == "aux")], key=lambda t: t.i)
    doc = verb.doc
    if last.i + 1 >= len(doc) or doc[last.i + 1].text not in ("、", "て", "で"):
        return None
    for tok in doc[last.i + 2 :]:
        if tok.pos_ == "VERB":
            return tok
        if tok.text == "。" or syntax.particle(tok) in ("は", "が"):
            return None
    return None


def _subject_of_joined_clause(pred: Token, mentions: list[Mention]) -> Borrowed | None:
    """AとBが平壌で会談し、協定に署名。: a clause joined before the trigger shares its subject."""
    for child in pred.children:
        # GiNZA tags a joined 会談し as advcl, conj, acl or even obl (平壌入りし、): the
        # し/て form tells.
        joined = child.dep_ in _INHERIT_DEPS or (
            child.dep_ in ("acl", "obl") and any(c.text in ("し", "て") for c in child.children)
        )
        # …が提供していると非難し: a quoted clause says what is alleged; its subject is
        # not who alleges it.
        if child.i < pred.i and joined and not syntax.quotes(child):
            # 国防省は、ショイグ氏が平壌を訪問し、…と会談したと: the が-subject before a
            # topic the parser hung on the same verb (the speaker's).
            # (Of two topics, the nearer: the first is the speaker's, hung there too.)
            subs = sorted(child.children, key=lambda sub: (syntax.particle(sub) != "が", -sub.i))
            for sub in subs:
                if sub.dep_ == "nsubj" or syntax.particle(sub) in ("が", "は"):
                    mention = syntax.head_mention(sub, mentions)
                    if mention:
                        partners = [
                            syntax.head_mention(p, mentions) for p in syntax.coordinated(sub)
                        ]
                        named = tuple(p.entity_id for p in partners if p)
                        return Borrowed(mention.entity_id, named)
    return None


def _subject_of_purpose(pred: Token, mentions: list[Mention], lex: Lexicon) -> Borrowed | None:
    """北朝鮮がロシアを支援するため、砲弾を提供したと述べた: a purpose clause before the
    act (the parser hangs the subject on it) tells the act's own subject; not the
    speaker's topic, which tells the act."""
    for child in pred.children:
        if child.i > pred.i or child.text not in lex.purpose_nouns:
            continue
        clauses_before = [c for c in child.children if c.dep_ == "acl" and c.i < child.i]
        for clause in clauses_before:
            for sub in clause.children:
                mention = syntax.head_mention(sub, mentions)
                if sub.dep_ == "nsubj" and syntax.particle(sub) == "が" and mention:
                    return Borrowed(mention.entity_id)
    return None


def inherited_subject(pred: Token, mentions: list[Mention], lex: Lexicon) -> str | None:
    """…を否定し、…と反論した: the subject of the clause this one is joined to."""
    current = pred
    for _ in range(3):
        if current.dep_ not in _INHERIT_DEPS or current.head.i == current.i:
            return None
        current = current.head
        if is_speech(current, lex):
            return None
        mention = syntax.clause_subject(current, mentions)
        if mention:
            return mention.entity_id
    return None


def describes_someone(pred: Token, mentions: list[Mention]) -> bool:
    """An active relative clause on a noun that names who it is (…を求める西側諸国の圧力,
    …を支援する北朝鮮): not a content clause (派遣する予定, 支援する用意)."""
    if pred.dep_ != "acl" or syntax.is_passive(pred) or not syntax.modifies_noun(pred):
        return False
    head = pred.head
    owned = any(c.dep_ in ("nmod", "compound") and pred.i < c.i < head.i for c in head.children)
    return owned or syntax.head_mention(head, mentions) is not None
