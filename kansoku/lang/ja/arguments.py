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
from dataclasses import replace
from typing import NamedTuple

from spacy.tokens import Doc, Token

from kansoku.lang.items import ItemWords
from kansoku.lang.ja import (
    accused,
    cargo,
    clauses,
    delegations,
    denials,
    designations,
    giving,
    loading,
    quotations,
    relatives,
    retold,
    speakers,
    stances,
    syntax,
    troops,
    voices,
)
from kansoku.lang.ja.claims import Framed, claim_for, names_a_source
from kansoku.lang.ja.eventdates import (
    counts_from_another_time,
    date_for,
    describes_noun_apart,
    is_lead,
    judged_act,
    told_before_the_report,
)
from kansoku.lang.ja.lending import (
    describes_someone,
    inherited_subject,
    is_predicate,
    lend_actors,
    passive_describing,
    speaks_of_itself,
)
from kansoku.lang.ja.lexicon import Lexicon, TriggerSpec
from kansoku.model import Mention
from kansoku.reading import Args, Claim, DateMention, TriggerEntry, TriggerReading


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
        if spec.guests_only and not any(word in text for word in lex.guest_words):
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
    grammars = [
        (f, _grammar(f, text, parsed, mentions, lex, items)) for f in lex.find_triggers(text)
    ]
    # 親書を送った: the verb a noun needs is that noun's event, not one of its own.
    needed = {g.pred.i for _, g in grammars if g and g.spec.needs and g.pred is not g.token}
    # 侵攻を支援するため、兵士を派遣した: an aim of an act the sentence tells is no act of its
    # own (told alone, 支援するため、発射場を選んだ, it stays, as planned).
    acts = {g.pred.i for _, g in grammars if g}
    grammars = [
        (f, g)
        for f, g in grammars
        if not (g and (aim := stances.aim_of(g.pred, lex)) and aim.i in acts)
    ]
    for found, grammar in grammars:
        if grammar and not grammar.spec.needs and grammar.token.i in needed:
            continue
        reading = grammar and _read_trigger(found, grammar, text, mentions, dates, lex, items)
        if reading:
            readings.append(reading)
    denials.lend_the_denials_actor(readings)
    denials.aim_back(readings, text, mentions, lex)
    readings = denials.credit_the_quoted_denier(readings, text, lex)
    readings = designations.aim_at_each_state(readings, text, mentions, lex)
    readings = voices.credit_the_speaking_doer(readings, mentions, lex)
    readings = voices.one_voice_to_the_end(readings, text, mentions, lex)
    readings = stances.one_judgement(readings, text, lex)
    readings = retold.one_act_told_twice(readings, text, mentions, lex)
    return accused.aim_accusations(readings, text, lex)


class _Grammar(NamedTuple):
    """What the parse says of one event word: its predicate, roles, claim and arguments."""

    spec: TriggerSpec
    token: Token
    pred: Token
    roles: dict[str, str]
    framed: Framed
    args: Args


def _grammar(
    found: tuple[int, int, str],
    text: str,
    parsed: Doc,
    mentions: list[Mention],
    lex: Lexicon,
    items: ItemWords,
) -> _Grammar | None:
    """The event word's predicate, claim and arguments with the actors lent to it; None
    when the parse makes it no event."""
    start, end, form = found
    spec = lex.triggers[form]
    if text.startswith(lex.hedges, start):
        return None  # 否定できない: cannot be ruled out, not a denial
    if stances.unanswered_denial(form, text, start, lex):
        return None  # 「事実無根だ」と否定した: the verb denies
    if stances.relation_talked_about(form, text, end, lex):
        return None  # ロ朝の協力を巡り: what is talked about
    if stances.mutual_commitment(text, start, end, lex):
        return None  # 相互に支援することで合意: what a pact binds both sides to
    token = syntax.token_at(parsed, end - 1)
    if token is None or not _on_word_edges(parsed, start, end, token):
        return None
    if stances.relation_not_carried_on(form, token, text, end, lex):
        return None  # 協力を断ち切るため: what another act aims at
    if stances.forbidden(token, lex):
        return None  # 決議は…の受け入れを禁じている: what a rule forbids
    entered = [m for m in mentions if m.end == start]
    if spec.after_name and not entered:
        return None  # 平壌入り: arrived there; 今年に入り is no arrival
    pred = _predicate(token, lex)
    if spec.after_name and describes_someone(pred, mentions):
        return None  # ロシア入りした金総書記を出迎えた: who he is, the meeting tells it
    if spec.needs and not pred.text.startswith(tuple(spec.needs)):
        needed = _needed_verb(token, start + len(form), spec.needs)
        if needed is None:
            return None  # 制裁の影響: the noun alone is no event; 制裁を科す is
        pred = needed  # 親書を送った, 祝電を交換した: the verb the noun needs
    roles, receiving = giving.roles_for(spec, form, pred, lex)
    framed = claim_for(token, text, mentions, lex)
    args = _arguments(pred, token, roles, lex, mentions, items)
    stances.lend_the_answerer(args, form, token, mentions, lex)
    if spec.giver_named and not args.actors:
        return None  # 外貨を獲得: obtained from no one named
    giving.aim_bound_for(args, token, pred, mentions, lex)
    loading.loaded_at_port_of_call(args, form, text, start, mentions, lex)
    if spec.after_name:
        troops.entered(args, text, entered[-1], mentions)
    if args.origins and not is_predicate(token, pred):
        # 北朝鮮はロシアからの石油供給で不足を補っている: who has it from the giver.
        args.targets += giving.receivers(
            token, mentions, lex, lambda verb: inherited_subject(verb, mentions, lex)
        )
    lend_actors(args, token, pred, spec, framed, parsed, mentions, lex, receiving)
    delegations.lead_by_the_leader(args, text, start, mentions, lex)
    relatives.reassign_set_off_subject(args, token, pred, mentions, lex)
    denials.lend_the_denier(args, framed.claim)
    if spec.entry.category not in lex.speech_acts:
        # (「動きを強い懸念を持って見守る」と述べた: a stance quoted is the speaker's own.)
        quotations.keep_to_the_quote(args, text, (start, end), mentions)
    if receiving:
        # The receiver named as such gives nothing: a subject found elsewhere in the
        # clause (北朝鮮が…を供与される) is no actor of the giving; nor is the sentence's
        # topic, unsaid (金総書記は、ロシアが攻撃を受けた場合…: who is attacked is named,
        # who attacks is not).
        args.borrowed = [
            b for b in args.borrowed if b.entity_id not in args.targets and not b.unsaid
        ]
    return _Grammar(spec, token, pred, roles, framed, args)


def _read_trigger(
    found: tuple[int, int, str],
    grammar: _Grammar,
    text: str,
    mentions: list[Mention],
    dates: list[DateMention],
    lex: Lexicon,
    items: ItemWords,
) -> TriggerReading | None:
    """The reading of one event word: its entry, date, what moves and its claim."""
    start, end, form = found
    spec, token, pred, roles, framed, args = grammar
    parsed = token.doc
    chosen = troops.entry_for(spec, (form, token, pred), roles, args, mentions, lex)
    if chosen is None:
        return None  # 移動, 帰国: an event of troops, not of a delegation
    entry, envoys = chosen
    args.earlier = clauses.earlier(parsed, token, mentions, roles, lex)
    speakers.acts_for_the_office(args, entry.category, text, mentions, lex)
    stances.aim_at_the_doer(args, (token, pred), entry.category, mentions, lex)
    stances.drop_the_asker(args, text, mentions, lex)
    telling = framed.speech_token
    reaction = entry.category in lex.speech_acts
    if telling is not None and reaction and speaks_of_itself(pred, telling, True):
        telling = None  # 13日、…懸念をもって注視すると述べた: telling it is doing it
    dated = pred
    if spec.speaker_is_actor and telling is not None:
        # 18日の会見で「…決議に違反する」と述べた: judging is saying so, on the telling's day.
        dated, telling = telling, None
    date = date_for(dated, (start, end), dates, lex, telling)
    if framed.claim.status == "denied" and date is not None and is_lead(text, date):
        date = None  # ロシア外務省は25日、…派遣をめぐる報道を否定した: the denial's day
    ongoing = _told_as_background(text, end, pred, date, mentions, lex)
    if ongoing is None:
        return None  # 24機が配備されている飛行場: a place described, not an event
    ongoing = ongoing or counts_from_another_time(text, start, dates, date, lex)
    ongoing = ongoing or told_before_the_report(text, start, lex)
    if judged_act(token, pred, date, lex):
        date, ongoing = None, True
    moved = () if envoys else cargo.moved(pred, token, form, roles, lex, items)
    if spec.items_only and not moved:
        return None  # 親書を受け取った: nothing that moves between the parties
    args.cargo_of = cargo.owners(pred, token, roles, lex, items, mentions)
    if entry.category in lex.accords and not args.parties:
        args.parties = syntax.parties_of_the_accord(pred, mentions, lex.between_nouns)
        args.parties = args.parties or stances.pair_as_parties(args, mentions, lex)
    if entry.category in lex.accords and not (args.parties or args.partners):
        args.partners = syntax.partner_of_joined_clause(pred, mentions)
    claim = _announced_claim(framed.claim, text, end, entry, lex)
    claim = _kept_up(
        _conditioned_claim(claim, text, (start, end), entry, lex), text, end, entry, lex
    )
    return TriggerReading(start, end, form, entry, args, claim, date, ongoing, moved)


def _told_as_background(
    text: str, end: int, pred: Token, date: DateMention | None, mentions: list[Mention],
    lex: Lexicon,
) -> bool | None:  # fmt: skip
    """Whether the event word is told as going on or as background (the report's date is
    not the event's); None when it only describes a place (24機が配備されている飛行場)."""
    tail = re.sub(r"^[しさせ]?(?:られ|れ)?た?", "", text[end : end + 10])
    going_on = tail.startswith(lex.ongoing_endings)
    described = passive_describing(pred)
    if going_on and described is not None and not syntax.head_mention(described, mentions):
        return None
    # 北朝鮮から供与されたミサイルを発射した: the supply is background, undated.
    return (
        going_on
        or tail.startswith(lex.background_endings)
        or (date is None and describes_noun_apart(pred, lex))
    )


def _announced_claim(claim: Claim, text: str, end: int, entry: TriggerEntry, lex: Lexicon) -> Claim:
    """訪問すると発表した, 派遣すると表明した, 送る考えを示した: an act told in the plain
    non-past right before a verb that announces it, or a noun of intent, is yet to come
    (not 訪問したと, 派遣していると)."""
    if claim.status not in ("asserted", "reported"):
        return claim
    if entry.category not in lex.acts_announced_ahead:
        return claim
    verbs = "|".join(map(re.escape, lex.announcing_verbs))
    # …を送る考えを示した, 派遣する意向を表明: an intent the speaker states, not an act.
    intents = "|".join(map(re.escape, lex.intent_nouns)) or "(?!)"
    # (…への支援を強化すると述べた: an act to be stepped up is announced ahead too)
    # (a verb trigger may hold its own non-past ending: 送る|考えを示した)
    ending = "?" if end and text[end - 1] in _NON_PAST_KANA else ""
    ahead = re.match(
        rf"(?:{_STEPPED_UP}?(?:する|させる|します|る)|{_CARRIED_OUT}){ending}"
        rf"(?:と、?(?:{verbs})|(?:{intents})[をがも])",
        text[end : end + 20],
    )
    return replace(claim, status="planned") if ahead else claim


def _conditioned_claim(
    claim: Claim, text: str, span: tuple[int, int], entry: TriggerEntry, lex: Lexicon
) -> Claim:
    """批准書を交換した時点で発効する, 署名後に発効する: an act told in the plain non-past
    after the point it waits for, in its own clause, is yet to come."""
    start, end = span
    if (
        claim.status not in ("asserted", "reported")
        or entry.category not in lex.acts_announced_ahead
    ):
        return claim
    # (still the account the paragraph tells: KCNAによると、…。…時点で発効する)
    planned = replace(claim, status="planned", credited=claim.credited or claim.source is None)
    sentence = text[end:].split("。")[0]
    conditions = "|".join(map(re.escape, lex.time_conditions))
    # 批准書を交換した時点で発効する: the point waited for is not done either.
    waited = re.match(rf"(?:した|する|され(?:た)?)?(?:{conditions})", sentence)
    if waited is not None:
        return planned if _ends_non_past(sentence) else claim
    clause = re.split(r"[、。]", text[:start])[-1]
    if not any(word in clause for word in lex.time_conditions):
        return claim
    ending = "?" if end and text[end - 1] in _NON_PAST_KANA else ""
    # (発効する。/ 発効する見通し: not 発効した, 発効している)
    if re.match(rf"(?:する|される|します|る){ending}(?:[。」]|$)", text[end:]) is None:
        return claim
    return planned


def _ends_non_past(sentence: str) -> bool:
    """The sentence's last verb is in the plain non-past (…発効する, 派遣される)."""
    return re.search(r"(?:する|される|します|る)$", sentence.rstrip("」 ")) is not None


_NON_PAST_KANA = "るうすくつむぶぬぐ"
# (…場合には軍事援助を行うと表明した: the act carried out by a light verb)
_CARRIED_OUT = "を(?:行う|行います|実施する|実施します)"
_STEPPED_UP = (
    "(?:を(?:さらに|一層|いっそう)?(?:強化|拡大|拡充|継続|加速|深化)|を(?:続け|強め|広げ))"
)


def _kept_up(claim: Claim, text: str, end: int, entry: TriggerEntry, lex: Lexicon) -> Claim:
    """懸念をもって注視していきたい, 非難し続ける: a reaction the speaker pledges to keep up
    is made by saying so; no act yet to come."""
    if claim.status != "planned" or entry.category not in lex.speech_acts:
        return claim
    clause = re.split(r"[、。」]", text[end:])[0]
    if not any(word in clause for word in lex.kept_up):
        return claim
    return replace(claim, status="reported" if claim.credited or claim.source else "asserted")


def _needed_verb(token: Token, end: int, needs: tuple[str, ...]) -> Token | None:
    """The noun (the word up to ``end``) is the object of a verb it needs to be an event
    (親書を送った), what that verb is done on (批准法に署名した), or its subject in the
    passive (批准書が交換された)."""
    while token.dep_ == "compound" and token.i < token.head.i and token.head.idx < end:
        token = token.head  # 批准|法: the word's head, not a longer noun (制裁|監視)
    head = token.head
    # (Not in a clause describing a noun: 批准書が交換された時点で発効する, a condition.)
    passive = syntax.is_passive(head) and head.dep_ != "acl" and not syntax.modifies_noun(head)
    undergoes = (
        token.dep_ == "obj"
        or (token.dep_ == "nsubj" and passive)
        or (token.dep_ == "obl" and syntax.particle(token) == "に")
    )
    return head if undergoes and head.i > token.i and head.text.startswith(tuple(needs)) else None


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
        for child in _nearest_subject_first(syntax.dependents(head) + extra, head):
            if child.i in (pred.i, trigger.i) or child.dep_ in ("punct", "aux", "case"):
                continue
            role = _dependent_role(child, head, roles, lex, mentions, found)
            if role is not None:
                _file_phrases(child, role, lex, mentions, found)
    # 国情院は、北朝鮮が…派遣したと: a が-subject in the trigger's own clause acts before
    # a は-topic, even when the parser hung it on another word.
    ga = clauses.preceding_subject(pred.doc, trigger, mentions, lex) if found.get("topic") else None
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


def _nearest_subject_first(children: list[Token], head: Token) -> list[Token]:
    """Of two が-subjects the parser hangs on one verb, the one right before it is its
    own (部隊が、ロシアが州都を奪い返した後も…: Russia retakes): nearest first."""
    subjects = [c for c in children if c.i < head.i and syntax.particle(c) == "が"]
    if len(subjects) < 2:
        return children
    nearest = iter(sorted(subjects, key=lambda c: -c.i))
    return [next(nearest) if c in subjects else c for c in children]


def _dependent_role(
    child: Token,
    head: Token,
    roles: dict[str, str],
    lex: Lexicon,
    mentions: list[Mention],
    found: dict[str, list[str]],
) -> str | None:
    """The role a phrase depending on ``head`` plays, by its particle; None when it plays
    none or was filed already (an accused inside a quoted or asked clause, parties
    between whom)."""
    part = syntax.particle(child)
    if child.text in lex.function_nouns or names_a_source(child, part, lex):
        return None
    if child.text.startswith(lex.destination_nouns):
        return None  # 北朝鮮向けの: whom it is bound for (giving.bound_for)
    if child.text.endswith(lex.between_nouns) and part in ("で", "に", "の", "を", ""):
        found.setdefault("party", []).extend(syntax.parties_between(child, mentions))
        return None
    quoted = any(c.dep_ == "case" and c.text.startswith("と") for c in child.children)
    asked = child in clauses.demanded_clauses(head, lex)
    if (quoted or asked) and syntax.predicate_word(child):
        # …が供給していると非難: the accused is the subject of the quoted clause;
        # …が提供しないよう求めた, …に対し…をやめるよう求めた: who is asked.
        # (With no asker named apart, 北朝鮮がロシアに…するよう要求, the が-subject asks.)
        own = quoted or clauses.asker_named(child)
        accused = _accused_in(child, mentions) if own else []
        accused = accused or (clauses.addressed_in(child, mentions) if asked else [])
        found.setdefault("accused", []).extend(accused)
        return None
    if child.i < head.i and syntax.as_reason(child) and syntax.quoted_clauses(child.head):
        # …を提供したとして非難: the clause given as the reason names the accused
        for clause in (c for c in child.children if syntax.quotes(c)):
            found.setdefault("accused", []).extend(_accused_in(clause, mentions))
        return None
    if clauses.asked_subject(child, head, lex):
        mention = syntax.head_mention(child, mentions)
        found.setdefault("accused", []).extend([mention.entity_id] if mention else [])
        return None
    if clauses.subject_of_a_yo_clause(child, head, lex):
        return None  # 北朝鮮が…できるように供給: the purpose's subject, not the giver
    if part == "に" and child.head.i != head.i and syntax.toward(child.head):
        return "target"  # キーウに向けて発射された: aimed at, not the passive's agent
    role = roles.get(part)
    if role is None and part.endswith("の"):
        role = roles.get(part[:-1])  # ロシアからの供給: the から-phrase's role
    if role is None and len(part) >= 2 and part.endswith(("は", "も")):
        role = roles.get(part[:-1])  # ロシアからは, 北朝鮮へも: the case under the focus
    if role is None and not part and child.dep_ == "compound" and child.i < head.i:
        role = "compound"
    if role is None and child.dep_ == "nsubj":
        role = "actor"
    return role


def _file_phrases(
    child: Token,
    role: str,
    lex: Lexicon,
    mentions: list[Mention],
    found: dict[str, list[str]],
) -> None:
    """The entities ``child`` and the phrases coordinated with it name, filed by role."""
    part = syntax.particle(child)
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


def _accused_in(clause: Token, mentions: list[Mention]) -> list[str]:
    m = clauses.ga_subject(clause.doc, clause.left_edge.i, clause.i, mentions)
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


def _on_word_edges(parsed: Doc, start: int, end: int, last: Token) -> bool:
    """A trigger is a word of its own: it starts where a token starts (見送り is not 送り)
    and ends where one ends (戦闘機 is not 戦闘), unless it ends in a verb's stem (送っ)."""
    first = syntax.token_at(parsed, start)
    if first is None or first.idx != start:
        return False
    return end == last.idx + len(last.text) or last.pos_ in ("VERB", "AUX")
