"""Event words and their arguments, read from GiNZA's dependency parse.

For each trigger (lexicon.yaml) in a parsed sentence, the phrases that depend on it are
read by their particles: が/は → actor, に/へ → target, と → the other party, を → the
object, で → the place, の on a nominal trigger (北朝鮮のロシア派兵) → the actor,
による → the actor. Where the clause names no actor, the grammar lends one: a clause
without its own subject shares the subject of the clause it is joined to (ロシアは…を否定し、
…と反論した), a relative clause the noun it describes, the main clause the sentence's
topic — but never the speaker of a quote. Whether any of them can act, and what the
event implies beyond the text, is the extraction core's business.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from kansoku.lang.items import ItemWords
from kansoku.lang.ja import cargo, denials, giving, speakers, syntax, troops
from kansoku.lang.ja.claims import Framed, claim_for, is_speech, names_a_source, topic
from kansoku.lang.ja.eventdates import (
    counts_from_another_time,
    date_for,
    describes_noun_apart,
    is_lead,
    judged_act,
)
from kansoku.lang.ja.lexicon import Lexicon, TriggerSpec
from kansoku.model import Mention
from kansoku.reading import Args, Borrowed, Claim, DateMention, TriggerEntry, TriggerReading

_INHERIT_DEPS = ("advcl", "conj")


def may_read_trigger(text: str, lex: Lexicon) -> bool:
    """Whether ``read_triggers`` can find anything in ``text`` once it is parsed: the
    checks it makes before the parse is looked at, made on the text alone. A trigger that
    is hedged, a noun that needs a verb the sentence does not contain anywhere (制裁の影響),
    a word of troops in a sentence that names no troops: the parse cannot make these an
    event, so the sentence is not parsed for them."""
    for start, _, form in lex.find_triggers(text):
        spec = lex.triggers[form]
        if text.startswith(lex.hedges, start):
            continue
        # The predicate is a token of the text, and a troop word is in a phrase or
        # mention of the text (read_triggers: spec.needs, troops.subject_is_troops, troops_named).
        if spec.needs and not any(verb in text for verb in spec.needs):
            continue
        if spec.troops_only and not any(word in text for word in lex.troop_words):
            continue
        return True
    return False


def read_triggers(
    text: str,
    parsed: Doc,
    mentions: list[Mention],
    dates: list[DateMention],
    lex: Lexicon,
    items: ItemWords,
) -> list[TriggerReading]:
    """Every event word of a parsed sentence with its arguments, claim, date and what it
    moves (``dates``: the sentence's calendar dates)."""
    readings = []
    for start, end, form in lex.find_triggers(text):
        spec = lex.triggers[form]
        if text.startswith(lex.hedges, start):
            continue  # 否定できない: cannot be ruled out, not a denial
        token = syntax.token_at(parsed, end - 1)
        if token is None or not _on_word_edges(parsed, start, end, token):
            continue
        entered = [m for m in mentions if m.end == start]
        if spec.after_name and not entered:
            continue  # 平壌入り: arrived there; 今年に入り is no arrival
        pred = _predicate(token, lex)
        if spec.after_name and _describes_someone(pred, mentions):
            continue  # ロシア入りした金総書記を出迎えた: who he is, the meeting tells it
        if spec.needs and not any(pred.text.startswith(v) for v in spec.needs):
            continue  # 制裁の影響: the noun alone is no event; 制裁を科す is
        roles, receiving = giving.roles_for(spec, form, pred, lex)
        framed = claim_for(token, text, mentions, lex)
        args = _arguments(pred, token, roles, lex, mentions, items)
        if spec.giver_named and not args.actors:
            continue  # 外貨を獲得: obtained from no one named
        giving.aim_bound_for(args, token, pred, mentions, lex)
        if spec.after_name:
            troops.entered(args, text, entered[-1], mentions)
        if args.origins and not _is_predicate(token, pred):
            # 北朝鮮はロシアからの石油供給で不足を補っている: who has it from the giver.
            args.targets += giving.receivers(
                token, mentions, lex, lambda verb: _inherited_subject(verb, mentions, lex)
            )
        _lend_actors(args, token, pred, spec, framed, parsed, mentions, lex, receiving)
        denials.lend_the_denier(args, framed.claim)
        if receiving:
            # The receiver named as such gives nothing: a subject found elsewhere in the
            # clause (北朝鮮が…を供与される) is no actor of the giving.
            args.borrowed = [b for b in args.borrowed if b.entity_id not in args.targets]
        chosen = troops.entry_for(spec, (form, token, pred), roles, args, mentions, lex)
        if chosen is None:
            continue  # 移動, 帰国: an event of troops, not of a delegation
        entry, envoys = chosen
        args.earlier = _earlier(parsed, token, mentions, roles, lex)
        speakers.acts_for_the_office(args, entry.category, text, mentions, lex)
        telling = framed.speech_token
        reaction = entry.category in lex.speech_acts
        if telling is not None and reaction and _speaks_of_itself(pred, telling, True):
            telling = None  # 13日、…懸念をもって注視すると述べた: telling it is doing it
        date = date_for(pred, (start, end), dates, lex, telling)
        if framed.claim.status == "denied" and date is not None and is_lead(text, date):
            date = None  # ロシア外務省は25日、…派遣をめぐる報道を否定した: the denial's day
        ongoing = _told_as_background(text, end, pred, date, mentions, lex)
        if ongoing is None:
            continue  # 24機が配備されている飛行場: a place described, not an event
        ongoing = ongoing or counts_from_another_time(text, start, dates, date, lex)
        if judged_act(token, pred, date, lex):
            date, ongoing = None, True
        moved = () if envoys else cargo.moved(pred, token, form, roles, lex, items)
        if spec.items_only and not moved:
            continue  # 親書を受け取った: nothing that moves between the parties
        args.cargo_of = cargo.owners(pred, token, roles, lex, items, mentions)
        if entry.category in lex.accords and not args.parties:
            args.parties = syntax.parties_of_the_accord(pred, mentions, lex.between_nouns)
        if entry.category in lex.accords and not (args.parties or args.partners):
            args.partners = syntax.partner_of_joined_clause(pred, mentions)
        claim = _announced_claim(framed.claim, text, end, entry, lex)
        readings.append(TriggerReading(start, end, form, entry, args, claim, date, ongoing, moved))
    denials.lend_the_denials_actor(readings)
    return readings


def _told_as_background(
    text: str, end: int, pred: Token, date: DateMention | None, mentions: list[Mention],
    lex: Lexicon,
) -> bool | None:  # fmt: skip
    """Whether the event word is told as going on or as background (the report's date is
    not the event's); None when it only describes a place (24機が配備されている飛行場)."""
    tail = re.sub(r"^[しさせ]?(?:られ|れ)?た?", "", text[end : end + 10])
    going_on = tail.startswith(lex.ongoing_endings)
    if going_on and _passive_relative(pred) and not syntax.head_mention(pred.head, mentions):
        return None
    # 北朝鮮から供与されたミサイルを発射した: the supply is background, undated.
    return (
        going_on
        or tail.startswith(lex.background_endings)
        or (date is None and describes_noun_apart(pred, lex))
    )


def _announced_claim(claim: Claim, text: str, end: int, entry: TriggerEntry, lex: Lexicon) -> Claim:
    """訪問すると発表した, 派遣すると表明した: an act told in the plain non-past right
    before a verb that announces it is yet to come (not 訪問したと, 派遣していると)."""
    if claim.status not in ("asserted", "reported"):
        return claim
    if entry.category not in lex.acts_announced_ahead:
        return claim
    verbs = "|".join(map(re.escape, lex.announcing_verbs))
    ahead = re.match(rf"(?:する|させる|します|る)と、?(?:{verbs})", text[end : end + 12])
    return replace(claim, status="planned") if ahead else claim


def _predicate(token: Token, lex: Lexicon) -> Token:
    """The verb that carries a nominal trigger (拒否権を行使, 支援を受けた), else the trigger."""
    if (
        token.dep_ in ("obj", "compound", "nsubj")
        and token.head.i != token.i
        and token.head.text.startswith(lex.carrier_verbs)
    ):
        return token.head
    if (
        token.dep_ == "obl"
        and syntax.particle(token) == "に"
        and token.head.i > token.i
        and token.head.text.startswith(lex.undertaking_verbs)
    ):
        return token.head  # 派兵に踏み切った, 供与に乗り出した: the verb does the act
    return token


def _arguments(
    pred: Token,
    trigger: Token,
    roles: dict[str, str],
    lex: Lexicon,
    mentions: list[Mention],
    items: ItemWords,
) -> Args:
    """The phrases that depend on the trigger and its light verb, by role. An adnominal
    particle (ロシアからの, への, との) gives its phrase the role of the plain one."""
    found: dict[str, list[str]] = {}
    heads = [pred] if pred is trigger else [pred, trigger]
    for head in heads:
        extra = (
            giving.from_cargo(trigger, items) + giving.from_before(trigger)
            if head is trigger
            else []
        )
        for child in syntax.dependents(head) + extra:
            if child.i in (pred.i, trigger.i) or child.dep_ in ("punct", "aux", "case"):
                continue
            part = syntax.particle(child)
            if child.text in lex.function_nouns or names_a_source(child, part, lex):
                continue
            if child.text.startswith(lex.destination_nouns):
                continue  # 北朝鮮向けの: whom it is bound for (giving.bound_for)
            if child.text.endswith(lex.between_nouns) and part in ("で", "に", "の", "を", ""):
                found.setdefault("party", []).extend(syntax.parties_between(child, mentions))
                continue
            quoted = any(c.dep_ == "case" and c.text.startswith("と") for c in child.children)
            if quoted and (child.pos_ in ("VERB", "AUX", "ADJ") or child.dep_ == "ccomp"):
                # …が供給していると非難: the accused is the subject of the quoted clause
                found.setdefault("accused", []).extend(_accused_in(child, mentions))
                continue
            if child.i < head.i and syntax.as_reason(child) and syntax.quoted_clauses(child.head):
                # …を提供したとして非難: the clause given as the reason names the accused
                for clause in (c for c in child.children if syntax.quotes(c)):
                    found.setdefault("accused", []).extend(_accused_in(clause, mentions))
                continue
            role = roles.get(part)
            if role is None and part.endswith("の"):
                role = roles.get(part[:-1])  # ロシアからの供給: the から-phrase's role
            if role is None and not part and child.dep_ == "compound" and child.i < head.i:
                role = "compound"
            if role is None and child.dep_ == "nsubj":
                role = "actor"
            if role is None:
                continue
            for phrase in [child, *syntax.coordinated(child)]:
                mention = syntax.head_mention(phrase, mentions)
                if mention is None or _names_a_conflict(phrase, mention, lex):
                    continue
                if _names_a_maker(syntax.text_of(child.doc), mention, lex):
                    continue  # 北朝鮮製のミサイルを発射: where it was made, not who is hit
                if _names_a_place(syntax.text_of(child.doc), mention.end, lex):
                    found.setdefault("location", []).append(mention.entity_id)
                    continue  # 台湾周辺で, 台湾対岸の福建省では: where, not who
                # 露朝首脳は: the other states of a group form act with the first.
                group = syntax.named_group(mention, mentions, lex.pair_words)
                mention = group[0] if group else mention
                named_as = _role_of(role, part, phrase is child, mention, lex)
                found.setdefault(named_as, []).append(mention.entity_id)
                together = "joint" if named_as in ("actor", "topic", "owner") else named_as
                found.setdefault(together, []).extend(m.entity_id for m in group[1:])
    # 国情院は、北朝鮮が…派遣したと: a が-subject in the trigger's own clause acts before
    # a は-topic, even when the parser hung it on another word.
    ga = _preceding_subject(pred.doc, trigger, mentions, lex) if found.get("topic") else None
    subjects = found.get("actor", []) + ([ga] if ga else [])
    return Args(
        origins=found.get("origin", []),
        actors=subjects + found.get("topic", []) + found.get("owner", []),
        targets=found.get("accused", []) + found.get("target", []),
        partners=found.get("partner", []),
        joint=found.get("joint", []),
        parties=found.get("party", []),
        objects=found.get("object", []),
        places=found.get("location", []),
    )


def _accused_in(clause: Token, mentions: list[Mention]) -> list[str]:
    m = _ga_subject(clause.doc, clause.left_edge.i, clause.i, mentions)
    m = m or syntax.clause_subject(clause, mentions)
    return [m.entity_id] if m else []


def _role_of(role: str, part: str, own: bool, mention: Mention, lex: Lexicon) -> str:
    if role == "compound":
        # 北朝鮮兵派遣: whose troops; ロシア派兵: where they go.
        return "actor" if mention.text.endswith(lex.military_endings) else "target"
    if role == "actor" and not own:
        # プーチン氏と金氏が: named jointly with the subject, the other party of a shared
        # act (a summit), a co-actor of any other (米国と韓国は…を非難した).
        return "joint"
    if role == "actor" and part in ("は", "も"):
        # 国情院は、北朝鮮兵の一部が…戦闘に加わっていると: the が-subject acts; the
        # は-topic only when the clause has no subject of its own.
        return "topic"
    return role


def _lend_actors(
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
        args.actors = [speaker] if speaker else []
        args.targets = [accused.entity_id] if accused else []
        args.partners = []
    elif _describes_someone(pred, mentions):
        # 戦争終結を求める西側諸国の圧力: the noun described does what its clause tells;
        # no one else in the sentence does.
        head = syntax.head_mention(pred.head, mentions)
        if head and receiving:
            args.targets.append(head.entity_id)  # ロシアから支援を受けた北朝鮮: the receiver
        elif head:
            args.borrowed.append(Borrowed(head.entity_id))
        return
    else:
        described = _described_through_belief(pred)
        if _passive_relative(pred) or described is not None:
            # 戦闘に投入された北朝鮮兵: the noun a passive clause describes is what was
            # sent (its owner is the actor of a deployment), or what was attacked; with an
            # object kept (ロシアから技術を供与された北朝鮮), who received it. So too
            # through a belief (派遣されたとみられる北朝鮮兵).
            head = syntax.head_mention(described or pred.head, mentions)
            if head and receiving:
                args.targets.append(head.entity_id)
            elif head:
                args.borrowed.append(Borrowed(head.entity_id))
                args.described.append(head.entity_id)
        # A clause with a subject of its own, named by no entity (西側は…と非難), does
        # not take the subject of the clause joined before it.
        own_subject = any(
            c.dep_ == "nsubj" or syntax.particle(c) in ("は", "が") for c in pred.children
        ) or any(
            syntax.particle(t) == "は"
            for t in token.doc[_clause_start(token.doc, token, lex) : token.i]
        )  # fmt: skip
        inherited = _inherited_subject(pred, mentions, lex)
        if inherited and not own_subject:
            args.borrowed.append(Borrowed(inherited, unsaid=True))
        joined = _subject_of_joined_clause(pred, mentions)
        if joined and not own_subject:
            args.borrowed.append(joined)
    # A trigger buried in a noun phrase (国際社会からの非難だけでなく) says nothing of who
    # acts: only a predicate borrows a subject from elsewhere in the sentence.
    if not _is_predicate(token, pred):
        return
    preceding = _preceding_subject(parsed, token, mentions, lex)
    if preceding:
        args.borrowed.append(Borrowed(preceding))
    speech = framed.speech_token
    reaction = spec.entry.category in lex.speech_acts
    if speech is None or not framed.speaker_named or _speaks_of_itself(pred, speech, reaction):
        # The main clause's unsaid subject is the sentence topic (…は、…に署名した); a
        # speaker whose quote is its own act (…を支持すると宣言) speaks of itself, but
        # never acts inside what it reports (…に投入されたと明らかにした). Said by no
        # one named (…を送ったとされる, …を送ったと指摘した), the topic is who acted.
        subject, partners = topic(parsed, token.idx, mentions, lex)
        if subject:
            args.borrowed.append(Borrowed(subject, tuple(partners), unsaid=True))


def _clause_start(parsed: Doc, trigger: Token, lex: Lexicon) -> int:
    """Index of the first token of the trigger's clause: after the last 、 that closes a
    clause (…しており、 / …しているが、) before it; a particle made of a verb (…に加えて、
    …について、) closes none."""
    start = 0
    for tok in parsed[: trigger.i]:
        if tok.text != "、" or tok.i < 2:
            continue
        if syntax.text_of(parsed)[: tok.idx].endswith(lex.compound_particles):
            continue
        before, word = parsed[tok.i - 1], parsed[tok.i - 2]
        # が after a verb joins clauses (…しているが、); after a noun it marks a subject.
        if before.text == "が":
            ends_clause = word.pos_ in ("VERB", "AUX")
        else:
            ends_clause = before.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") or before.text in (
                "て",
                "し",
            )
        if ends_clause:
            start = tok.i + 1
    return start


def _preceding_subject(
    parsed: Doc, trigger: Token, mentions: list[Mention], lex: Lexicon
) -> str | None:
    """The nearest が-subject earlier in the trigger's clause (金委員長が、…を派遣すること
    を決めた) when the parser hung it on another verb, leaving out the clauses the
    trigger quotes (XはYが…したと非難した: Y is the accused, not who accuses); in a
    headline, the phrase before the first comma (金総書記、ロシア国防相と会談)."""
    quoted = [(c.left_edge.i, c.i) for c in syntax.quoted_clauses(trigger)]
    found = _ga_subject(parsed, _clause_start(parsed, trigger, lex), trigger.i, mentions, quoted)
    if found is not None:
        return found.entity_id
    first_comma = next((t for t in parsed if t.text == "、"), None)
    if first_comma is not None and first_comma.i < trigger.i and first_comma.i > 0:
        head = parsed[first_comma.i - 1]
        if not syntax.particle(head) and head.pos_ in ("NOUN", "PROPN"):
            mention = syntax.head_mention(head, mentions)
            return mention.entity_id if mention else None
    return None


def _in_relative_clause(token: Token, end: int) -> bool:
    """Inside a clause that describes a noun (…が署名した条約, …が送ったとの報道: GiNZA
    hangs the latter's verb on the noun as nmod)."""
    for head in syntax.ancestors(token):
        if head.i >= end:
            return False
        if head.dep_ == "acl" or (head.dep_ == "nmod" and head.pos_ == "VERB"):
            return True
    return False


def _ga_subject(
    parsed: Doc,
    start: int,
    end: int,
    mentions: list[Mention],
    skip: Sequence[tuple[int, int]] = (),
) -> Mention | None:
    """The が-phrase nearest before token ``end`` from token ``start`` on, outside ``skip``
    and outside relative clauses (…プーチン大統領が署名した条約を批准: the が-subject of
    署名 describes the treaty)."""
    for tok in reversed(parsed[start:end]):
        if any(a <= tok.i <= b for a, b in skip) or _in_relative_clause(tok, end):
            continue
        if syntax.particle(tok) == "が":
            mention = syntax.head_mention(tok, mentions)
            if mention:
                return mention
    return None


def _earlier(
    parsed: Doc, trigger: Token, mentions: list[Mention], roles: dict[str, str], lex: Lexicon
) -> list[tuple[str, bool]]:
    """Target and partner phrases earlier in the clause that the parser hung elsewhere
    (ロシアに対して「…」ことのないよう警告), nearest first; True marks a partner."""
    found = []
    for tok in parsed[_clause_start(parsed, trigger, lex) : trigger.i]:
        if tok.text in lex.function_nouns or _inside_about(tok, trigger, lex):
            continue
        role = roles.get(syntax.particle(tok))
        if role in ("target", "partner"):
            mention = syntax.head_mention(tok, mentions)
            if mention:
                found.append((mention.entity_id, role == "partner"))
    return found[::-1]


def _names_a_place(text: str, after: int, lex: Lexicon) -> bool:
    """台湾周辺, 台湾東部の海域: the name says where, not who."""
    rest = re.sub(r"^(?:[東西南北]{1,2}部)?の?", "", text[after : after + 12])
    return rest.startswith(lex.place_nouns)


def _names_a_maker(text: str, mention: Mention, lex: Lexicon) -> bool:
    """北朝鮮製の砲弾, イラン製ドローン: the name says where a thing was made; ウクライナ
    戦争の終結を求める: it names a war, deep inside the phrase."""
    return mention.text.endswith(lex.origin_suffixes) or text.startswith(
        (*lex.origin_suffixes, *lex.conflict_nouns), mention.end
    )


def _names_a_conflict(phrase: Token, mention: Mention, lex: Lexicon) -> bool:
    """ウクライナ戦争に投入: the phrase is a war named after the state, not the state."""
    compounded = (
        mention.end <= phrase.idx
        and not syntax.text_of(phrase.doc)[mention.end : phrase.idx].strip()
    )
    return phrase.text in lex.conflict_nouns and compounded


def _inside_about(tok: Token, trigger: Token, lex: Lexicon) -> bool:
    """The phrase is part of what something is about (北朝鮮への対応について協議)."""
    text = syntax.text_of(tok.doc)
    for head in [tok, *syntax.ancestors(tok)]:
        if head.i == trigger.i:
            return False
        if text.startswith(lex.about_markers, head.idx + len(head.text)):
            return True
    return False


def _on_word_edges(parsed: Doc, start: int, end: int, last: Token) -> bool:
    """A trigger is a word of its own: it starts where a token starts (見送り is not 送り)
    and ends where one ends (戦闘機 is not 戦闘), unless it ends in a verb's stem (送っ)."""
    first = syntax.token_at(parsed, start)
    if first is None or first.idx != start:
        return False
    return end == last.idx + len(last.text) or last.pos_ in ("VERB", "AUX")


def _is_predicate(token: Token, pred: Token) -> bool:
    """A verb, a noun made a verb (派遣した, 会談し), one carried by a light verb, or a
    headline's last word."""
    return (
        token.pos_ == "VERB"
        or pred is not token
        or token.dep_ == "ROOT"
        or any(c.dep_ == "aux" for c in token.children)
    )


def _speaks_of_itself(pred: Token, speech: Token, own_reaction: bool = False) -> bool:
    """The quote is the speaker's own act: 支持すると宣言, 支援するためと説明. Not when the
    fact is passive (投入されたと) or sits in a clause with a subject of its own; for a
    reaction (``own_reaction``), the sentence's opening topic hung by the parser on a
    verb of the quote is the speaker's, not such a subject."""
    if syntax.is_passive(pred):
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


def _passive_relative(pred: Token) -> bool:
    return syntax.is_passive(pred) and pred.dep_ == "acl" and pred.head.pos_ in ("NOUN", "PROPN")


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
            for sub in child.children:
                if sub.dep_ == "nsubj" or syntax.particle(sub) in ("が", "は"):
                    mention = syntax.head_mention(sub, mentions)
                    if mention:
                        partners = [
                            syntax.head_mention(p, mentions) for p in syntax.coordinated(sub)
                        ]
                        named = tuple(p.entity_id for p in partners if p)
                        return Borrowed(mention.entity_id, named)
    return None


def _inherited_subject(pred: Token, mentions: list[Mention], lex: Lexicon) -> str | None:
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


def _describes_someone(pred: Token, mentions: list[Mention]) -> bool:
    """An active relative clause on a noun that names who it is (…を求める西側諸国の圧力,
    …を支援する北朝鮮): not a content clause (派遣する予定, 支援する用意)."""
    if pred.dep_ != "acl" or syntax.is_passive(pred) or not syntax.modifies_noun(pred):
        return False
    head = pred.head
    owned = any(c.dep_ in ("nmod", "compound") and pred.i < c.i < head.i for c in head.children)
    return owned or syntax.head_mention(head, mentions) is not None
