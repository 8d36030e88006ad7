"""Events from a sentence's trigger readings: who acts on whom, the same in every language.

The language has read each trigger's phrases by role; here the domain decides: who can
act (not a place, a treaty or a weapon; a capital acts for its government; a carrier's
cargo named as another state's is that state's to send), whom an act is aimed at, what a sentence implies when it names no target (a fight is against the
other side of the tracked conflict, troops go to the state of the place named), what a
deployment on an ally's soil is (aid), and how sure the event is.
"""

from __future__ import annotations

from collections.abc import Sequence

from kansoku.extract.items import read_item
from kansoku.knowledge import Knowledge
from kansoku.model import TOLD_AS_DONE, Event, Mention
from kansoku.reading import Args, Claim, SentenceReading, TriggerEntry, TriggerReading

# Kinds of entity that are what an event is about, never a party to it.
_NOT_PARTIES = ("treaty", "weapon")
# Kinds that never act in what they tell: an outlet reports, a place is where things happen.
_NOT_ACTORS = ("place", "outlet")


def can_be_target(entity_id: str, knowledge: Knowledge) -> bool:
    return knowledge.gazetteer.kind_of(entity_id) not in _NOT_PARTIES


def can_act(entity_id: str, knowledge: Knowledge) -> bool:
    """Nor does a place act (unless it stands for a government: a capital), nor an outlet:
    it reports the event."""
    kind = knowledge.gazetteer.kind_of(entity_id)
    return can_be_target(entity_id, knowledge) and kind not in _NOT_ACTORS


def choose_actor(
    args: Args, knowledge: Knowledge, moves: bool = False, carries: bool = False
) -> tuple[str | None, list[str], bool]:
    """(actor, partners named with it, whether the text left it unsaid): for an act that
    carries (``carries``: categories.yaml ``carried_modes``), the state whose cargo it
    is, when the text names it (Russian ships carrying North Korean troops: North Korea
    sends them); else the state what moves comes from (where cargo leaves, whoever's
    ships carry it; the giver of a transfer told from it), else the first named
    candidate that can act, else the first the grammar lends, else — for an act that
    moves things — the state of what underwent it (North Korean troops were deployed:
    North Korea deployed them)."""
    party = knowledge.gazetteer.acting_party
    owner = _cargo_owner(args.cargo_of, knowledge) if carries else None
    if owner is not None:
        return owner, [], False
    for origin in args.origins:
        state = knowledge.gazetteer.state_of(origin)
        if state is not None:
            # North Korean troops sent from Kursk: a place they leave from is not who
            # sends what another state owns.
            owned = _owner_of_moved(args.described, knowledge) if moves else None
            left_a_place = knowledge.gazetteer.kind_of(origin) == "place"
            return (owned if left_a_place and owned else state), [], False
    for candidate in args.actors + args.parties:
        if can_act(party(candidate), knowledge):
            return party(candidate), [], False
    for lent in args.borrowed:
        if can_act(party(lent.entity_id), knowledge):
            return party(lent.entity_id), [party(p) for p in lent.partners], lent.unsaid
    owned = _owner_of_moved(args.described, knowledge) if moves else None
    if owned is not None:
        return owned, [], False
    # A treaty enters into force, is ratified…: its parties do it together.
    # A treaty signed or ratified (in the passive: what underwent it) names its parties.
    for candidate in args.actors + [lent.entity_id for lent in args.borrowed] + args.described:
        treaty = knowledge.gazetteer.entities.get(candidate)
        if treaty is not None and treaty.parties:
            return treaty.parties[0], list(treaty.parties[1:]), False
    return None, [], False


def _owner_of_moved(described: list[str], knowledge: Knowledge) -> str | None:
    """The state of what an act moves, as the text describes it (North Korean troops)."""
    for moved in described:
        state = knowledge.gazetteer.state_of(moved)
        if state is not None and knowledge.gazetteer.kind_of(moved) != "place":
            return state
    return None


# Kinds of entity whose state owns what they name as cargo: a state, its army, its weapon
# (a person or a place carried is no state's shipment).
_CARGO_OWNERS = ("country", "organization", "weapon")


def _cargo_owner(owners: list[str], knowledge: Knowledge) -> str | None:
    """The state whose cargo a carrying act moves, as the text names it (North Korean
    troops, North Korea's shells: North Korea's), if one."""
    gaz = knowledge.gazetteer
    return next(
        (gaz.state_of(o) for o in owners if gaz.kind_of(o) in _CARGO_OWNERS and gaz.state_of(o)),
        None,
    )


def _other_party(candidates: list[str], actor: str, knowledge: Knowledge) -> str | None:
    """A ratification concerns the treaty's other party."""
    actor_state = knowledge.gazetteer.state_or_self(actor)
    for candidate in candidates:
        treaty = knowledge.gazetteer.entities.get(candidate)
        if treaty is not None and treaty.parties and actor_state in treaty.parties:
            return next((p for p in treaty.parties if p != actor_state), None)
    return None


def choose_target(
    actor: str,
    trigger: TriggerReading,
    partners: list[str],
    mentions: list[Mention],
    knowledge: Knowledge,
    treaty: str | None = None,
) -> str | None:
    """Whom the event is aimed at or shared with (``treaty``: the one the text named
    last, whose other party a ratification that names none concerns)."""
    entry, args = trigger.entry, trigger.args
    party = knowledge.gazetteer.acting_party
    category = knowledge.categories.get(entry.category)
    # What is sent (troops, shells) is the object of sending, not its target.
    objects = [] if entry.mode in knowledge.categories.cargo_modes else args.objects
    # What a passive clause describes underwent the act (the land occupied), unless the
    # act moves it (troops sent).
    described = [] if category.moves_things else args.described
    joint = args.joint if knowledge.categories.symmetric(entry.category, entry.mode) else []
    candidates = [
        party(c)
        for c in described
        + args.targets
        + args.partners
        + partners
        + args.parties
        + joint
        + objects
    ]

    def fits(entity_id: str | None) -> bool:
        return (
            entity_id is not None
            and not _one_state(actor, entity_id, knowledge)
            and can_be_target(entity_id, knowledge)
        )

    if not any(fits(c) for c in candidates):
        on_treaty = entry.mode in knowledge.categories.treaty_modes
        named_before = (
            [treaty] if treaty and on_treaty and _of_treaty(treaty, mentions, knowledge) else []
        )
        other = _other_party(candidates + named_before, actor, knowledge)
        shared = knowledge.categories.symmetric(entry.category, None)
        earlier = [party(e) for e, is_partner in args.earlier if shared or not is_partner]
        if knowledge.categories.is_denial(entry.category, entry.mode):
            earlier = []  # denied supplying arms to Russia: Russia is inside what is denied
        candidates += [other] if other else earlier
    target = next((c for c in candidates if fits(c)), entry.default_target)
    if knowledge.gazetteer.kind_of(target) == "place":
        # Shells shipped to the Far East go to Russia, an attack on Kursk is on Russia: the
        # place is where, its state is whom (and a state's own soil is no target of its own).
        target = knowledge.gazetteer.state_of(target)
        if target == knowledge.gazetteer.state_of(actor):
            target = None
    if category.hostile and _same_side(actor, target, knowledge):
        target = None  # a fight is never against one's own side: the clause names a place
    if target is None:
        target = _implied_target(actor, category.implied_target, trigger, mentions, knowledge)
    return None if _one_state(actor, target, knowledge) else target


def _one_state(actor: str, other: str | None, knowledge: Knowledge) -> bool:
    """The actor itself, or another of its own state's people and bodies: Putin thanking
    his army, a ministry briefing its parliament are no acts between the parties."""
    state = knowledge.gazetteer.state_of
    return other == actor or (
        other is not None and state(actor) is not None and state(actor) == state(other)
    )


def _of_treaty(treaty: str, mentions: list[Mention], knowledge: Knowledge) -> bool:
    """The treaty named before can be what the sentence's act is about: the sentence names
    no state outside its parties (Iran and Russia signed this treaty: another one)."""
    entity = knowledge.gazetteer.entities.get(treaty)
    if entity is None:
        return False
    states = {knowledge.gazetteer.state_of(m.entity_id) for m in mentions} - {None}
    return states <= set(entity.parties)


def treaty_of(
    args: Args, mode: str | None, mentions: list[Mention], knowledge: Knowledge, treaty: str | None
) -> str | None:
    """The treaty an act on a treaty (categories.yaml: treaty_modes) is about: the one its
    phrases name (ratified the treaty, the treaty took effect), else ``treaty``, the one
    the text named last, when the sentence names no state outside its parties."""
    if mode not in knowledge.categories.treaty_modes:
        return None
    named = [
        *args.objects, *args.actors, *args.targets, *args.partners, *args.parties,
        *args.described, *(lent.entity_id for lent in args.borrowed),
    ]  # fmt: skip
    found = next((e for e in named if knowledge.gazetteer.kind_of(e) == "treaty"), None)
    if found is None and treaty and _of_treaty(treaty, mentions, knowledge):
        found = treaty
    return found


def _same_side(a: str | None, b: str | None, knowledge: Knowledge) -> bool:
    side_a, side_b = knowledge.gazetteer.state_of(a), knowledge.gazetteer.state_of(b)
    return bool(side_a and side_b) and side_b not in knowledge.topic.opponents(side_a)


def allies(a: str | None, b: str | None, knowledge: Knowledge) -> bool:
    side_a, side_b = knowledge.gazetteer.state_of(a), knowledge.gazetteer.state_of(b)
    return side_a != side_b and _same_side(a, b, knowledge)


def _implied_target(
    actor: str,
    rules: tuple[str, ...],
    trigger: TriggerReading,
    mentions: list[Mention],
    knowledge: Knowledge,
) -> str | None:
    """What the sentence implies when no phrase names the target, by the category's
    rules in order: ``opponent``, the other side of the tracked conflict (the one the
    sentence names, else its first); ``destination``, the state of the place named
    nearest before the event word (not a dateline's city after it, nor a place in the
    teller's own country); ``named_opponent``,
    the other side only when the sentence names it; ``named_ally``, a state on the
    actor's side that the sentence names (troops sent, in a sentence about Russia);
    ``named_other``, the first other state it names (what an acknowledgement concerns);
    ``located``, the other state where the act happens (launches around Taiwan)."""
    gaz = knowledge.gazetteer
    at = trigger.start
    side = gaz.state_of(actor)
    opponents = knowledge.topic.opponents(side)
    named = [gaz.acting_party(m.entity_id) for m in mentions]
    for rule in rules:
        if rule == "opponent":
            return next((o for o in named if o in opponents), opponents[0] if opponents else None)
        if rule == "destination":
            # Not the teller's own country: its capital or a city there is where it speaks
            # (Seoul's spy agency told lawmakers that Pyongyang had sent troops).
            teller = gaz.state_of(trigger.claim.source)
            places = []
            for m in mentions:
                place = gaz.entities.get(m.entity_id)
                if (
                    place is not None
                    and place.kind == "place"
                    and place.country not in (None, side, teller)
                ):
                    places.append((m.end > at, abs(at - m.end), place.country))
            if places:
                return min(places)[2]
        if rule == "named_opponent":
            found = next((o for o in named if o in opponents), None)
            if found:
                return found
        if rule == "named_ally":
            ally = next((s for s in named if s in knowledge.topic.allies(side)), None)
            if ally:
                return ally
        if rule == "located":
            around = next((s for s in map(gaz.state_of, trigger.args.places) if s != side), None)
            if around:
                return around
        if rule == "named_other":
            states = [gaz.state_of(e) for e in named]
            other = next((s for s in states if s and s != side), None)
            if other:
                return other
    return None


def sentence_events(
    reading: SentenceReading,
    mentions: list[Mention],
    page_date: tuple[str | None, str],
    knowledge: Knowledge,
    treaty: str | None = None,
    unaimed: list[Event] | None = None,
) -> list[Event]:
    """The events of one read sentence (offsets into it; the caller places them);
    ``treaty`` is the one the text named last before it. A transfer that names no one it
    goes to (it sent shells too) is put in ``unaimed``, when given, for the sentences before it
    to name its recipient (passes.continued_recipients); else it is no event."""
    gaz = knowledge.gazetteer
    if _told_before_the_page(reading, page_date[0]):
        page_date = (None, page_date[1])
    events: list[Event] = []
    launches: list[tuple[Event, TriggerEntry]] = []
    seen: set[tuple[str, str | None, str, str | None, str, str | None]] = set()
    for trigger in reading.triggers:
        entry, claim = trigger.entry, trigger.claim
        moves = knowledge.categories.get(entry.category).moves_things
        carries = moves and entry.mode in knowledge.categories.carried_modes
        actor, partners, unsaid = choose_actor(trigger.args, knowledge, moves, carries)
        if knowledge.categories.get(entry.category).armed and gaz.kind_of(actor) == "person":
            actor = gaz.state_of(actor)  # the general's army retook it
        if actor is None:
            continue
        target = choose_target(actor, trigger, partners, mentions, knowledge, treaty)
        lone = target is None and not knowledge.categories.stands_alone(entry.category, entry.mode)
        pending = lone and not knowledge.categories.answers_unnamed(entry.category, entry.mode)
        if pending and (unaimed is None or not moves):
            # An interaction with one party named is not yet an event; a reaction's other
            # party is found across sentences (passes.reactions).
            continue
        category, mode = _category(trigger, actor, target, knowledge)
        item = read_item(trigger, category, mode, target, knowledge)
        mode = _mode_of(mode, item, knowledge)
        key = (category, mode, actor, target, claim.status, item)
        if key in seen:
            continue
        seen.add(key)
        kind = (category, mode, item)
        event = _event(
            trigger, kind, (actor, target), unsaid, mentions, treaty, page_date, knowledge
        )
        if pending and unaimed is not None:
            unaimed.append(event)
            continue
        events.append(event)
        if entry.aimed is not None and target is None:
            launches.append((events[-1], entry.aimed))
    _launches_in_an_attack(events, launches, reading.spoken_of, mentions, knowledge)
    return _told_once(events, knowledge)


def _told_before_the_page(reading: SentenceReading, page: str | None) -> bool:
    """Someone told it at a date before the page's month (Ukraine and Seoul said late last
    year that…): what was told had been done by then, so the page's month is not its date;
    with no date of its own, it has none."""
    lead = reading.lead_date
    if page is None or lead is None or lead.value is None:
        return False
    return reading.speaker is not None and lead.value[:7] < page[:7]


def _told_once(events: list[Event], knowledge: Knowledge) -> list[Event]:
    """A sentence naming one armed act by a general word and a specific one (attacked …
    and fired missiles: a missile strike) tells it once: an armed event with no mode goes
    when one of its category between the same states, told the same way, has one. (Aid in
    general beside a shipment is kept: support is more than the one cargo.)"""
    state = knowledge.gazetteer.state_or_self

    def sides(e: Event) -> tuple[str, str | None, str | None, str]:
        return e.type, state(e.actor), state(e.target), e.status

    specific = {sides(e) for e in events if e.mode}
    return [
        e for e in events
        if e.mode or not knowledge.categories.get(e.type).armed or sides(e) not in specific
    ]  # fmt: skip


def _event(
    trigger: TriggerReading,
    kind: tuple[str, str | None, str | None],
    parties: tuple[str, str | None],
    unsaid: bool,
    mentions: list[Mention],
    treaty: str | None,
    page_date: tuple[str | None, str],
    knowledge: Knowledge,
) -> Event:
    """The event a trigger makes once its ``kind`` (category, mode, item) and its
    ``parties`` (actor, target) are chosen: its date, place, claim and treaty."""
    gaz = knowledge.gazetteer
    category, mode, item = kind
    actor, target = parties
    claim = trigger.claim
    date_start, date_end, basis = _event_date(trigger, claim, page_date)
    places = [p for p in trigger.args.places if p in gaz.entities] + [
        t for t in trigger.args.targets if gaz.kind_of(t) == "place"
    ]  # a place aimed at is where it happens
    confidence = 0.5 + 0.2 * (target is not None) + 0.1 * (basis == "text") - 0.2 * unsaid
    return Event(
        type=category,
        mode=mode,
        actor=actor,
        target=target,
        start=0,
        end=0,
        trigger=trigger.form,
        location=places[0] if places else None,
        date_start=date_start,
        date_end=date_end,
        date_basis=basis,
        status=claim.status,
        # Seoul said, officials in Moscow: a capital that tells speaks for its government.
        source=gaz.acting_party(claim.source) if claim.source else None,
        confidence=round(min(confidence, 0.95), 2),
        credited=claim.credited,
        item=item,
        treaty=treaty_of(trigger.args, mode, mentions, knowledge, treaty),
    )


def _category(
    trigger: TriggerReading, actor: str, target: str | None, knowledge: Knowledge
) -> tuple[str, str | None]:
    """The category and mode an event word takes in its sentence: a launch fired at a
    state is a strike; troops on an ally's soil aid it (at the front they mobilise)."""
    entry = trigger.entry
    category, mode = entry.category, entry.mode
    if entry.aimed is not None and any(
        knowledge.gazetteer.kind_of(t) in ("country", "organization", "agency")
        for t in trigger.args.targets
    ):
        category, mode = entry.aimed.category, entry.aimed.mode  # fired at a state
    spec = knowledge.categories.get(category)
    cargo = mode in knowledge.categories.cargo_modes  # troops, not an exercise
    if spec.on_ally_soil and cargo and allies(actor, target, knowledge):
        category = spec.on_ally_soil
    elif spec.at_the_front and mode == "troops" and _opposed(actor, target, knowledge):
        category = spec.at_the_front  # no one aids the side they are sent against
    return category, mode


def _mode_of(mode: str | None, item: str | None, knowledge: Knowledge) -> str | None:
    """A word's mode that names a kind of thing (a word of supplying that means weapons,
    of sending that means troops) yields to what its sentence says moves when that has a
    mode of its own (labourers sent are no troops, oil supplied no weapon) or is not of
    the kind."""
    items = knowledge.categories.items
    if item is None or mode not in items.order:
        return mode
    own = next((m for m, i in items.by_mode.items() if i == item), None)
    if own is not None or not items.agree(mode, item):
        return own
    return mode


def _opposed(a: str | None, b: str | None, knowledge: Knowledge) -> bool:
    gaz = knowledge.gazetteer
    return gaz.state_of(b) in knowledge.topic.opponents(gaz.state_of(a))


def _event_date(
    trigger: TriggerReading, claim: Claim, page_date: tuple[str | None, str]
) -> tuple[str | None, str | None, str | None]:
    """(start, end, basis): the date the grammar ties to the event word; else, for what is
    told as done in the past, the report's month (``page_date``: the page's date and its
    basis, "published" or "not_before")."""
    if trigger.date is not None:
        return trigger.date.value, trigger.date.end_value, "text"
    page, basis = page_date
    if page and claim.status in TOLD_AS_DONE and trigger.present:
        return page, None, basis  # going on as the report is written: its day
    if page and claim.status in TOLD_AS_DONE and not trigger.ongoing:
        # Told in the past tense in a report of that date: the month is as far as it goes.
        return page[:7], None, basis
    return None, None, None


def _launches_in_an_attack(
    events: list[Event],
    launches: list[tuple[Event, TriggerEntry]],
    spoken_of: Sequence[str],
    mentions: list[Mention],
    knowledge: Knowledge,
) -> None:
    """A launch told with an attack by the same side (attacked with drones, and fired five
    missiles too) is part of that attack, on its target; told with an attack that names
    no target, by a side of the tracked conflict, in a sentence that names the other
    side (per Ukraine's army, Russia attacked … and fired five missiles), it strikes it."""
    gaz = knowledge.gazetteer
    named = [gaz.state_of(m.entity_id) for m in mentions]
    for launch, aimed in launches:
        opponents = knowledge.topic.opponents(gaz.state_of(launch.actor))
        attack = next(
            (e for e in events
             if knowledge.categories.get(e.type).hostile and e.target
             and gaz.state_of(e.actor) == gaz.state_of(launch.actor)),
            None,
        )  # fmt: skip
        if attack is not None:
            launch.type, launch.mode, launch.target = aimed.category, aimed.mode, attack.target
        elif aimed.category in spoken_of and (
            hit := next((s for s in named if s in opponents), None)
        ):
            launch.type, launch.mode, launch.target = aimed.category, aimed.mode, hit
