"""Events: a trigger word, its arguments from the dependency parse, its date and status.

For each trigger (lexicon.yaml) in a parsed sentence, the phrases that depend on it are
read by their particles: が/は → actor, に/へ → target, と → the other party, を → the
object, で → the place, の on a nominal trigger (北朝鮮のロシア派兵) → the actor,
による → the actor. A clause without its own subject shares the subject of the clause it
is joined to (ロシアは…を否定し、…と反論した), but never the speaker of a quote.
"""

from __future__ import annotations

from kansoku.extract import syntax
from kansoku.extract.attribution import claim_for, is_speech, topic
from kansoku.knowledge import Gazetteer, Lexicon, topic_profile
from kansoku.model import Event, Mention

_DEMONYM_TAIL = ("兵", "軍", "兵士", "部隊")
_INHERIT_DEPS = ("advcl", "conj")
_MOVED = ("troops", "weapons", "transport", "trade")
_BETWEEN = ("間", "あいだ")
# Nouns that only carry grammar (のために, ことを): never an argument.
_FUNCTION_NOUNS = (
    "ため",
    "よう",
    "こと",
    "もの",
    "場合",
    "際",
    "中",
    "後",
    "前",
    "上",
    "結果",
    "一方",
)


def _arguments(pred, trigger_token, entry: dict, lex: Lexicon, mentions, gaz: Gazetteer):
    """Role → entity ids, from the phrases that depend on the trigger and its light verb."""
    roles_table = roles_table_for(entry, lex)
    found: dict[str, list[str]] = {}
    heads = [pred] if pred is trigger_token else [pred, trigger_token]
    for head in heads:
        for child in head.children:
            if child.i in (pred.i, trigger_token.i) or child.dep_ in ("punct", "aux", "case"):
                continue
            part = syntax.particle(child)
            if child.text in _FUNCTION_NOUNS:
                continue
            if child.text.endswith(_BETWEEN) and part in ("で", "に", "の", ""):
                found.setdefault("party", []).extend(_parties_between(child, mentions, gaz))
                continue
            quoted = any(c.dep_ == "case" and c.text.startswith("と") for c in child.children)
            if quoted and (child.pos_ in ("VERB", "AUX", "ADJ") or child.dep_ == "ccomp"):
                # …が供給していると非難: the accused is the subject of the quoted clause
                m = syntax.clause_subject(child, mentions)
                if m:
                    found.setdefault("accused", []).append(m.entity_id)
                continue
            role = roles_table.get(part)
            if role is None and not part and child.dep_ == "compound" and child.i < head.i:
                role = "compound"
            if role is None and child.dep_ == "nsubj":
                role = "actor"
            if role is None:
                continue
            for phrase in [child, *syntax.coordinated(child)]:
                mention = syntax.head_mention(phrase, mentions)
                if mention is None:
                    continue
                if role == "compound":
                    # 北朝鮮兵派遣: whose troops; ロシア派兵: where they go.
                    role_here = "actor" if mention.text.endswith(_DEMONYM_TAIL) else "target"
                else:
                    role_here = "partner" if phrase is not child and role == "actor" else role
                    if role_here == "actor" and part in ("は", "も"):
                        # 国情院は、北朝鮮兵の一部が…戦闘に加わっていると: the が-subject acts;
                        # the は-topic only when the clause has no subject of its own.
                        role_here = "topic"
                # 平壌は…: the government, not the city — except where something happens.
                entity_id = mention.entity_id
                found.setdefault(role_here, []).append(
                    entity_id if role_here == "location" else _as_party(entity_id, gaz)
                )
    return found


def _parties_between(between, mentions, gaz: Gazetteer) -> list[str]:
    """北朝鮮とロシアの間で締結, 両国間で署名: the states named in an "between" phrase."""
    phrases = [between]
    for child in between.children:
        if child.i < between.i and syntax.particle(child) in ("の", ""):
            phrases += [child, *syntax.coordinated(child)]
    return [
        _as_party(m.entity_id, gaz)
        for phrase in phrases
        for m in mentions
        if m.start < phrase.idx + len(phrase.text) and m.end > phrase.idx
    ]


def roles_table_for(entry: dict, lex: Lexicon) -> dict[str, str]:
    return {**lex.roles, **(entry.get("roles") or {})}


def _clause_start(parsed, trigger) -> int:
    """Index of the first token of the trigger's clause: after the last 、 that closes a
    clause (…しており、 / …しているが、) before it."""
    start = 0
    for tok in parsed[: trigger.i]:
        if tok.text != "、" or tok.i < 2:
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


def _preceding_subject(parsed, trigger, mentions) -> str | None:
    """The nearest が-subject earlier in the trigger's clause (金委員長が、…を派遣すること
    を決めた) when the parser hung it on another verb; in a headline, the phrase before the
    first comma (金総書記、ロシア国防相と会談)."""
    for tok in reversed(parsed[_clause_start(parsed, trigger) : trigger.i]):
        if syntax.particle(tok) == "が":
            mention = syntax.head_mention(tok, mentions)
            if mention:
                return mention.entity_id
    first_comma = next((t for t in parsed if t.text == "、"), None)
    if first_comma is not None and first_comma.i < trigger.i and first_comma.i > 0:
        head = parsed[first_comma.i - 1]
        if not syntax.particle(head) and head.pos_ in ("NOUN", "PROPN"):
            mention = syntax.head_mention(head, mentions)
            return mention.entity_id if mention else None
    return None


def _preceding_target(
    parsed, trigger, mentions, roles_table, gaz: Gazetteer, with_partner: bool
) -> list[str]:
    """A target phrase earlier in the clause that the parser hung elsewhere:
    ロシアに対して「…」ことのないよう警告; for a meeting, the と-partner too."""
    wanted = ("target", "partner") if with_partner else ("target",)
    found = []
    for tok in parsed[_clause_start(parsed, trigger) : trigger.i]:
        if tok.text in _FUNCTION_NOUNS:
            continue
        if roles_table.get(syntax.particle(tok)) in wanted:
            mention = syntax.head_mention(tok, mentions)
            if mention:
                found.append(_as_party(mention.entity_id, gaz))
    return found[::-1]


def _other_party(candidates: list[str], actor: str, gaz: Gazetteer) -> str | None:
    """北朝鮮は…条約を批准した: a treaty's other party is whom a ratification concerns."""
    entity = gaz.entities.get(actor)
    actor_state = actor if entity is None or entity.kind == "country" else entity.country
    for candidate in candidates:
        treaty = gaz.entities.get(candidate)
        if treaty is not None and treaty.parties and actor_state in treaty.parties:
            return next((p for p in treaty.parties if p != actor_state), None)
    return None


def _as_party(entity_id: str | None, gaz: Gazetteer) -> str | None:
    entity = gaz.entities.get(entity_id or "")
    return entity.stands_for if entity is not None and entity.stands_for else entity_id


def _on_word_edges(parsed, start: int, end: int, last) -> bool:
    """A trigger is a word of its own: it starts where a token starts (見送り is not 送り)
    and ends where one ends (戦闘機 is not 戦闘), unless it ends in a verb's stem (送っ)."""
    first = syntax.token_at(parsed, start)
    if first is None or first.idx != start:
        return False
    return end == last.idx + len(last.text) or last.pos_ in ("VERB", "AUX")


def _is_predicate(token, pred) -> bool:
    """A verb, a noun made a verb (派遣した, 会談し), one carried by a light verb, or a
    headline's last word."""
    return (
        token.pos_ == "VERB"
        or pred is not token
        or token.dep_ == "ROOT"
        or any(c.dep_ == "aux" for c in token.children)
    )


def _passive(pred) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ in ("れる", "られる") for c in pred.children)


def _speaks_of_itself(pred, claim) -> bool:
    """The quote is the speaker's own act: 支持すると宣言, 支援するためと説明. Not when the
    fact is passive (投入されたと) or sits in a clause with a subject of its own."""
    if _passive(pred):
        return False
    current = pred
    while current.i != claim.speech_token.i:
        if any(c.dep_ == "nsubj" for c in current.children) and current is not pred:
            return False
        if current.head.i == current.i:
            return False
        current = current.head
    return True


def _passive_relative(pred) -> bool:
    return _passive(pred) and pred.dep_ == "acl" and pred.head.pos_ in ("NOUN", "PROPN")


def _can_be_target(entity_id: str, gaz: Gazetteer) -> bool:
    """A treaty or a weapon is what an event is about, never whom it is aimed at."""
    entity = gaz.entities.get(entity_id)
    return entity is None or entity.kind not in ("treaty", "weapon")


def _can_act(entity_id: str, gaz: Gazetteer) -> bool:
    """Nor does a place act, unless it stands for a government (平壌は…)."""
    entity = gaz.entities.get(entity_id)
    return _can_be_target(entity_id, gaz) and (entity is None or entity.kind != "place")


def _subject_of_joined_clause(pred, mentions) -> tuple[str | None, list[str]]:
    """AとBが平壌で会談し、協定に署名。: a clause joined before the trigger shares its subject."""
    for child in pred.children:
        # GiNZA tags a joined 会談し as advcl, conj or even acl: the し/て form tells.
        joined = child.dep_ in _INHERIT_DEPS or (
            child.dep_ == "acl" and any(c.text in ("し", "て") for c in child.children)
        )
        if child.i < pred.i and joined:
            for sub in child.children:
                if sub.dep_ == "nsubj" or syntax.particle(sub) in ("が", "は"):
                    mention = syntax.head_mention(sub, mentions)
                    if mention:
                        partners = [
                            syntax.head_mention(p, mentions) for p in syntax.coordinated(sub)
                        ]
                        return mention.entity_id, [p.entity_id for p in partners if p]
    return None, []


def _inherited_subject(pred, mentions, lex: Lexicon, gaz: Gazetteer) -> str | None:
    current = pred
    for _ in range(3):
        if current.dep_ not in _INHERIT_DEPS or current.head.i == current.i:
            return None
        current = current.head
        if is_speech(current, lex):
            return None
        mention = syntax.clause_subject(current, mentions)
        subject = mention.entity_id if mention else None
        if subject:
            entity = gaz.entities.get(subject)
            return entity.stands_for if entity and entity.stands_for else subject
    return None


def _modifies_noun(pred) -> bool:
    """締結された「条約」: a verb in the attributive form, directly before a noun."""
    last = max([pred.i, *(c.i for c in pred.children if c.dep_ == "aux")])
    if last + 1 >= len(pred.doc):
        return False
    following = pred.doc[last + 1]
    return following.pos_ in ("NOUN", "PROPN") or following.text in ("「", "『")


def _date_for(pred, trigger_start: int, dates, reference: str | None, status: str):
    """The date written nearest before the trigger, else after it, else the report's date.

    A trigger in a relative clause (…12月4日、新たに締結された条約が発効した) only takes a
    date written inside that clause: the sentence's lead date is the main verb's.
    """
    usable = dates
    if pred.dep_ == "acl" or _modifies_noun(pred):
        inside, text = pred.left_edge.idx, pred.doc.text
        usable = [
            d for d in usable
            if inside <= d.start < pred.idx + len(pred.text) and text[d.end : d.end + 1] != "、"
        ]  # fmt: skip
    before = [d for d in usable if d.end <= trigger_start]
    after = [d for d in usable if d.start >= trigger_start]
    if before:
        chosen = max(before, key=lambda d: d.end)
    elif after:
        chosen = min(after, key=lambda d: d.start)
    else:
        chosen = None
    if chosen is not None:
        return chosen.value, chosen.end_value, "text"
    if reference and status in ("asserted", "reported"):
        # Told in the past tense in a report of that date: the month is as far as it goes.
        return reference[:7], None, "published"
    return None, None, None


def _actor(token, pred, entry, args, claim, parsed, mentions, lex, gaz) -> tuple[str | None, bool]:
    """Who acts, and whether it was borrowed from elsewhere in the sentence."""
    actor = next(
        (
            e
            for e in args.get("actor", [])
            + args.get("topic", [])
            + args.get("owner", [])
            + args.get("party", [])
            if _can_act(e, gaz)
        ),
        None,
    )
    inherited = False
    if actor is None and _passive_relative(pred):
        # 戦闘に投入された北朝鮮兵: the noun a passive clause describes is what was sent;
        # its owner is the actor of a deployment.
        head = syntax.head_mention(pred.head, mentions)
        actor = head.entity_id if head else None
    if actor is None:
        actor = _inherited_subject(pred, mentions, lex, gaz)
        inherited = actor is not None
    if actor is None:
        actor, partners = _subject_of_joined_clause(pred, mentions)
        args.setdefault("partner", []).extend(partners)
    if entry.get("speaker_is_actor"):
        # 違反すると主張, 脅威だと表明: the speaker judges the subject of the clause.
        accused = syntax.clause_subject(pred, mentions)
        actor = claim.source or topic(parsed, token.idx, mentions)[0]
        args["accused"] = [accused.entity_id] if accused else []
        args["actor"], args["partner"], args["target"] = [], [], []
    # A trigger buried in a noun phrase (国際社会からの非難だけでなく) says nothing of
    # who acts: only a predicate borrows a subject from elsewhere in the sentence.
    predicate = _is_predicate(token, pred)
    if actor is None and predicate:
        actor = _preceding_subject(parsed, token, mentions)
    if (
        actor is None
        and predicate
        and (claim.speech_token is None or _speaks_of_itself(pred, claim))
    ):
        # The main clause's unsaid subject is the sentence topic (…は、…に署名した);
        # a speaker whose quote is its own act (…を支持すると宣言) speaks of itself, but
        # never acts inside what it reports (…に投入されたと明らかにした).
        actor, partners = topic(parsed, token.idx, mentions)
        actor = _as_party(actor, gaz)
        args.setdefault("partner", []).extend(_as_party(p, gaz) for p in partners)
        inherited = actor is not None
    if actor is not None and not _can_act(actor, gaz):
        # 「…条約」が発効: the treaty is what the event is about; its parties act.
        actor = next(iter(args.get("party", [])), None)
    return actor, inherited


def _target(actor, token, entry, args, parsed, mentions, lex, gaz) -> str | None:
    """Whom the event is aimed at or shared with."""
    # What is sent (troops, shells) is the object of 派遣 or 供給, not its target.
    objects = [] if entry.get("mode") in _MOVED else args.get("object", [])
    # …が供給していると非難: whom the clause accuses comes before any に-phrase the
    # parser hung on the verb.
    candidates = args.get("accused", []) + args.get("target", []) + args.get("partner", [])
    candidates += args.get("party", []) + objects + args.get("compound", [])
    if not any(e != actor and _can_be_target(e, gaz) for e in candidates):
        party = _other_party(candidates, actor, gaz)
        roles = roles_table_for(entry, lex)
        shared = entry["type"] in ("CONSULT", "AGREE", "COOPERATE")
        candidates += (
            [party] if party else _preceding_target(parsed, token, mentions, roles, gaz, shared)
        )
    target = next(
        (e for e in candidates if e != actor and _can_be_target(e, gaz)), entry.get("target")
    )
    if entry["type"] in ("ASSAULT", "COERCE") and _same_side(actor, target, gaz):
        target = None  # a fight is never against one's own side: the clause names a place
    if target is None:
        target = _implied_target(actor, entry, token.idx, mentions, gaz)
    return None if target == actor else target


def _same_side(a: str | None, b: str | None, gaz: Gazetteer) -> bool:
    side_a, side_b = gaz.state_of(a), gaz.state_of(b)
    return bool(side_a and side_b) and side_b not in topic_profile().opponents(side_a)


def _ally(a: str | None, b: str | None, gaz: Gazetteer) -> bool:
    side_a, side_b = gaz.state_of(a), gaz.state_of(b)
    return side_a != side_b and _same_side(a, b, gaz)


def _implied_target(
    actor: str, entry: dict, at: int, mentions: list[Mention], gaz: Gazetteer
) -> str | None:
    """What the sentence implies when no phrase names the target: a fight is against the
    other side of the tracked war (北朝鮮兵がクルスク州で戦闘に加わった → Ukraine); troops
    and supplies go to the state of the place the sentence names (クルスク州 → Russia)."""
    side = gaz.state_of(actor)
    if entry["type"] in ("ASSAULT", "COERCE"):
        opponents = topic_profile().opponents(side)
        named = [_as_party(m.entity_id, gaz) for m in mentions]
        return next((o for o in named if o in opponents), opponents[0] if opponents else None)
    if entry["type"] in ("AID", "MOBILIZE"):
        places = []
        for m in mentions:
            place = gaz.entities.get(m.entity_id)
            if place is not None and place.kind == "place" and place.country not in (None, side):
                places.append((m.end > at, abs(at - m.end), place.country))
        # The place nearest before the trigger (not the 【ソウル共同】 dateline); else a
        # deployment is toward the other side of the war, if the sentence names it.
        if places:
            return min(places)[2]
        if entry["type"] == "MOBILIZE":
            opponents = topic_profile().opponents(side)
            return next(
                (o for o in (_as_party(m.entity_id, gaz) for m in mentions) if o in opponents), None
            )
    return None


def extract_events(
    text: str,
    parsed,
    mentions: list[Mention],
    dates: list,
    reference: str | None,
    lex: Lexicon,
    gaz: Gazetteer,
) -> list[Event]:
    """Events in one sentence (``text``, its parse, its mentions and its calendar dates —
    no anniversaries —, all with offsets into the sentence)."""
    events: list[Event] = []
    seen: set[tuple] = set()
    for start, end, form in lex.find_triggers(text):
        entry = lex.triggers[form]
        token = syntax.token_at(parsed, end - 1)
        if token is None or not _on_word_edges(parsed, start, end, token):
            continue
        pred = token
        carriers = lex.light_verbs | set(lex.receive_verbs)
        if (
            token.dep_ in ("obj", "compound", "nsubj")
            and token.head.i != token.i
            and any(token.head.text.startswith(v) for v in carriers)
        ):
            pred = token.head
        if any(pred.text.startswith(v) for v in lex.receive_verbs):
            # 北朝鮮はソ連から支援を受けた: the giver acts, the subject receives.
            entry = {**entry, "roles": {"は": "target", "が": "target", "から": "actor"}}
        args = _arguments(pred, token, entry, lex, mentions, gaz)
        claim = claim_for(token, text, mentions, lex)
        actor, inherited = _actor(token, pred, entry, args, claim, parsed, mentions, lex, gaz)
        if actor is None:
            continue
        if entry.get("needs") and not any(pred.text.startswith(v) for v in entry["needs"]):
            continue  # 制裁の影響: the noun alone is no event; 制裁を科す is
        target = _target(actor, token, entry, args, parsed, mentions, lex, gaz)
        if target is None and not entry.get("alone"):
            continue  # an interaction with one party named is not yet an event
        if entry["type"] == "MOBILIZE" and _ally(actor, target, gaz):
            # Troops deployed on an ally's soil (北朝鮮兵がクルスク州に展開) are aid to it;
            # toward the enemy's front they stay a mobilisation.
            entry = {**entry, "type": "AID"}
        places = [e for e in args.get("location", []) if (gaz.entities.get(e) or None) is not None]
        date_start, date_end, basis = _date_for(pred, start, dates, reference, claim.status)
        key = (entry["type"], entry.get("mode"), actor, target, claim.status)
        if key in seen:
            continue
        seen.add(key)
        confidence = 0.5 + 0.2 * (target is not None) + 0.1 * (basis == "text") - 0.2 * inherited
        events.append(
            Event(
                type=entry["type"],
                mode=entry.get("mode"),
                actor=actor,
                target=target,
                start=0,
                end=len(text),
                trigger=form,
                location=places[0] if places else None,
                date_start=date_start,
                date_end=date_end,
                date_basis=basis,
                status=claim.status,
                source=claim.source,
                confidence=round(min(confidence, 0.95), 2),
            )
        )
    return events
