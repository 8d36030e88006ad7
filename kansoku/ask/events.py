"""When, who, what and whether questions → the merged events the store holds.

The event words of the question (or, when it names only a counted kind, the events that
kind goes with) give categories and modes; a deployment and aid in troops are one thing
asked (a category's ``on_ally_soil`` twin). The entities the question names must each be
named by the event: a state by any party of that state, a person or agency by itself, a
treaty, weapon or place by the event's sentence (or, for a treaty, as its parties'
act). A question about a denial is answered by the denials: the claims kept as denied
and the denying events the store links to the claims asked about.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from kansoku.ask.cite import Citer, event_lines, event_summary, figure_line, sentence_line
from kansoku.ask.figures import entity_side, side, stored_findings
from kansoku.ask.records import AnswerLine, AskedEntity, Disagreement, Page, Understood
from kansoku.ask.words import AskRules
from kansoku.knowledge import Knowledge
from kansoku.model import PAGE_DATE_BASES
from kansoku.store import StoreReader
from kansoku.store.records import EventFilter, EventOutline, Finding, StoredEvent, StoredFigure

# How strongly an event names an entity of the question.
_ROLE, _SENTENCE, _PARTIES = 3, 2, 1


# An event as the store lists it: whole, or an outline when no sentence is needed to
# choose it (the lines of the chosen few read their sentences).
Fact = StoredEvent | EventOutline


@dataclass(frozen=True)
class Picked:
    """An event chosen to answer, how well it names the question's entities, and whom
    it answers a who-question with."""

    event: Fact
    score: int
    who: tuple[str, ...]


def asked_kinds(
    u: Understood, knowledge: Knowledge, rules: AskRules
) -> list[tuple[str, str | None]]:
    """(category, mode) of every event asked about. A counted kind says what a sending
    sends (sent shells: the kind's modes, not the verb's default) and stands for
    its events when the question has no event word; a category's on-ally-soil twin is
    asked with it."""
    by_kind = [spec for kind in u.kinds for spec in rules.kind_events.get(kind, ())]
    cargo = knowledge.categories.cargo_modes
    asked: list[tuple[str, str | None]] = []
    for e in u.events:
        open_cargo = e.mode is None or e.mode in cargo  # what is sent is the kind's
        refined = [spec for spec in by_kind if spec[0] == e.category] if open_cargo else []
        asked += refined or [(e.category, e.mode)]
    if not u.events:
        asked += by_kind
    twins = {
        c.name: c.on_ally_soil for c in knowledge.categories.by_name.values() if c.on_ally_soil
    }
    twins |= {v: k for k, v in twins.items()}
    asked += [(twins[c], m) for c, m in asked if c in twins and m is not None]
    return list(dict.fromkeys(asked))


def _parties(entities: Iterable[AskedEntity], knowledge: Knowledge) -> tuple[tuple[str, ...], ...]:
    """For each state the question names, the ids of every entity of that state: an
    event must have one of them as a party (``_names``), which the store checks in SQL
    instead of handing over every event of the category."""
    gaz = knowledge.gazetteer
    groups = []
    for entity in entities:
        if entity.match == "state" and entity.state:
            ids = {i for i in gaz.entities if gaz.state_or_self(i) == entity.state}
            groups.append(tuple(sorted(ids | {entity.state, entity.id})))
    return tuple(groups)


def _read(store: StoreReader, u: Understood, where: EventFilter) -> Iterable[Fact]:
    """Events matching ``where``: outlines (no sentences) unless the question names a
    person, treaty, weapon or place, which may be named in an event's sentences only."""
    if any(entity.match != "state" for entity in u.entities):
        return store.events(where)
    return store.event_outlines(where)


def _candidates(
    store: StoreReader,
    u: Understood,
    asked: list[tuple[str, str | None]],
    parties: tuple[tuple[str, ...], ...] = (),
) -> list[Fact]:
    found: dict[str, Fact] = {}
    for category in dict.fromkeys(c for c, _ in asked):
        modes = {m for c, m in asked if c == category}
        only = () if None in modes else tuple(sorted(m for m in modes if m))
        where = EventFilter(
            type=category, since=u.since, until=u.until, parties=parties, modes=only
        )
        for e in _read(store, u, where):
            found.setdefault(e.id, e)
    return list(found.values())


def _names(event: Fact, entity: AskedEntity, knowledge: Knowledge) -> int:
    """How an event names a question's entity: as a party (3), in its sentences (2), as
    the parties of the treaty asked about (1), or not at all (0)."""
    refs = [r for r in (event.actor, event.target, event.location, event.source) if r]
    if entity.match == "state" and any(side(r, knowledge) == entity.state for r in refs):
        return _ROLE
    if any(r.id == entity.id for r in refs):
        return _ROLE
    gaz = knowledge.gazetteer
    told = event.evidence if isinstance(event, StoredEvent) else ()  # _read says when
    quoted = {i for ev in told for hit in gaz.alias_hits(ev.quote) for i in hit.entity_ids}
    if entity.match != "state" and entity.id in quoted:
        return _SENTENCE
    treaty = gaz.entities.get(entity.id)
    parties = set(treaty.parties) if treaty is not None else set()
    acted = {side(r, knowledge) for r in (event.actor, event.target) if r}
    if parties and event.mode in knowledge.categories.treaty_modes and acted <= parties:
        return _PARTIES
    return 0


def _aligned(event: Fact, u: Understood, knowledge: Knowledge) -> bool:
    """The parties are where the question puts them: the actor its verb gives acts (a
    state by anyone of it, a person or agency by themselves), except in acts whose
    parties' order does not matter."""
    gaz = knowledge.gazetteer
    for asked in u.events:
        if asked.category != event.type or not asked.actors or event.actor is None:
            continue
        if knowledge.categories.symmetric(event.type, event.mode):
            continue
        acted = {event.actor.id, side(event.actor, knowledge)}
        wanted = {
            entity_side(a, knowledge) if gaz.kind_of(a) == "country" or gaz.acting_party(a) != a
            else a
            for a in asked.actors
        }  # fmt: skip
        if not acted & wanted:
            return False
    return True


def _score(
    events: Iterable[Fact], entities: Iterable[AskedEntity], knowledge: Knowledge
) -> list[tuple[Fact, int]]:
    """Events naming every entity, with the sum of how well; for a treaty, weapon or
    place, only the events that name it outright when some do."""
    entities = list(entities)
    scored = []
    for event in events:
        scores = [_names(event, entity, knowledge) for entity in entities]
        if all(scores):
            scored.append((event, sum(scores), scores))
    for i, entity in enumerate(entities):
        if entity.match == "named" and any(s[i] >= _SENTENCE for _, _, s in scored):
            scored = [item for item in scored if item[2][i] >= _SENTENCE]
    return [(event, total) for event, total, _ in scored]


def _who(event: Fact, knowledge: Knowledge) -> tuple[str, ...]:
    """Who did it: the actor, and the other party of an act whose order does not matter."""
    names = [event.actor.name_en] if event.actor else []
    if event.target and knowledge.categories.symmetric(event.type, event.mode):
        names.append(event.target.name_en)
    return tuple(names)


def pick_events(
    store: StoreReader, u: Understood, knowledge: Knowledge, rules: AskRules
) -> list[Picked]:
    """The events that answer the question, best first."""
    asked = asked_kinds(u, knowledge, rules)
    if u.denial:
        return _denials(store, u, knowledge, asked)
    found = _candidates(store, u, asked, _parties(u.entities, knowledge))
    candidates = [e for e in found if _aligned(e, u, knowledge)]
    return [Picked(e, s, _who(e, knowledge)) for e, s in _score(candidates, u.entities, knowledge)]


def _denials(
    store: StoreReader, u: Understood, knowledge: Knowledge, asked: list[tuple[str, str | None]]
) -> list[Picked]:
    """Who denies what the question asks about: its claims kept as denied (by their
    source), and the denying events a finding links to such claims (by their actor). The
    entities the question names beside the denier are the claims'; the denier, when it
    says one, must be who denies."""
    cats = knowledge.categories
    deniers = {entity_side(d, knowledge) for d in u.deniers}
    others = [e for e in u.entities if e.id not in u.deniers]
    claims = _candidates(store, u, asked, _parties(others, knowledge)) if asked else []
    if others and asked:  # the claims about whom the question names: not Iran's supply
        claims = [c for c, _ in _score(claims, others, knowledge)]
    denials = [
        e for c in cats.by_name.values() if c.denial_modes
        for e in _read(store, u, EventFilter(type=c.name, since=u.since, until=u.until))
        if cats.is_denial(e.type, e.mode)
    ]  # fmt: skip
    if asked:
        linked = _linked(store, {c.id for c in claims}, {d.id for d in denials})
        denials = [d for d in denials if d.id in linked]
    denied = (
        [c for c in claims if c.status == "denied"]
        if asked
        else [
            e
            for c in cats.deniable()
            for e in _read(store, u, EventFilter(type=c, status="denied"))
        ]
    )
    picked = [Picked(d, 0, (d.actor.name_en,) if d.actor else ()) for d in denials]
    picked += [
        Picked(c, 0, tuple(r.name_en for r in ((c.source or c.actor),) if r)) for c in denied
    ]  # fmt: skip
    if deniers:
        picked = [p for p in picked if _denier(p.event, knowledge) in deniers]
    if others and not asked:
        kept = {e.id for e, _ in _score([p.event for p in picked], others, knowledge)}
        picked = [p for p in picked if p.event.id in kept]
    return picked


def _denier(event: Fact, knowledge: Knowledge) -> str | None:
    return side(event.source or event.actor if event.status == "denied" else event.actor, knowledge)


def _linked(store: StoreReader, claims: set[str], denials: set[str]) -> set[str]:
    """Denials that a finding ties to any of the claims (assertion_vs_denial)."""
    linked: set[str] = set()
    for finding in store.findings("assertion_vs_denial"):
        if claims & set(finding.event_ids):
            linked |= denials & set(finding.event_ids)
    return linked


def _rank(picked: Picked, shape: str | None, rules: AskRules) -> tuple[object, ...]:
    """Better named first; for a when-question, events the text dates before those dated
    by their report; what is told as so before what may be, is planned or denied."""
    e = picked.event
    basis = 0 if e.date.basis in ("text", "context") else 1
    status = 0 if e.status in rules.claimed else (2 if e.status == "denied" else 1)
    dated = (e.date.start is None, e.date.start or "")
    if shape == "when":
        return (-picked.score, basis, status, *dated, e.id)
    return (-picked.score, status, *dated, e.id)


def event_answer(
    store: StoreReader,
    u: Understood,
    knowledge: Knowledge,
    rules: AskRules,
    citer: Citer,
    page: Page,
) -> tuple[list[AnswerLine], list[Disagreement], str | None, int]:
    """Lines, disagreements, a one-line summary and how many events answer in all, for
    an event question: the page's events are read whole (their sentences), the rest only
    counted."""
    ranked = sorted(pick_events(store, u, knowledge, rules), key=lambda p: _rank(p, u.shape, rules))
    limit = rules.max_events if page.limit is None else page.limit
    picked = [_whole(store, p) for p in ranked[page.offset : page.offset + limit]]
    lines = [
        line for p in picked if isinstance(p.event, StoredEvent)
        for line in event_lines(p.event, citer, p.who, rules.max_reports)
    ]  # fmt: skip
    if not lines:
        return [], [], None, len(ranked)
    ids = [p.event.id for p in picked]
    disagreements = stored_findings(store, [], ids, rules)
    flagged = {i for d in disagreements for i in d.event_ids}
    disagreements += [
        Disagreement(
            kind="denial",
            summary=f"{citer.name(p.event.source.id if p.event.source else None) or 'unattributed'}"
            f" denies: {event_summary(p.event)}",
            event_ids=(p.event.id,),
        )
        for p in picked if p.event.status == "denied" and p.event.id not in flagged and not u.denial
    ]  # fmt: skip
    return lines, disagreements, _summary(ranked, u, rules), len(ranked)


def _whole(store: StoreReader, picked: Picked) -> Picked:
    """The picked event with its reports (one read each: a page holds a few)."""
    if isinstance(picked.event, StoredEvent):
        return picked
    event = store.event(picked.event.id)
    return replace(picked, event=event) if event is not None else picked


def _summary(picked: list[Picked], u: Understood, rules: AskRules) -> str:
    first = picked[0].event
    if u.shape == "when":
        basis = " (reported on)" if first.date.basis in PAGE_DATE_BASES else ""
        return f"{first.date.start or 'undated'}{basis}: {len(picked)} matching events"
    if u.shape == "who" or u.denial:
        who = list(dict.fromkeys(w for p in picked for w in p.who))
        return ("denied by " if u.denial else "") + (", ".join(who) or "no one named")
    if u.shape == "whether":
        told = [p for p in picked if p.event.status in rules.claimed]
        denied = [p for p in picked if p.event.status == "denied"]
        other = len(picked) - len(told) - len(denied)
        return (
            f"{'yes' if told else 'not as a fact'}: {len(told)} events told as so"
            + (f", {other} possible or planned" if other else "")
            + (f", {len(denied)} denied" if denied else "")
        )
    return f"{len(picked)} matching events"


def findings_answer(
    store: StoreReader,
    u: Understood,
    knowledge: Knowledge,
    rules: AskRules,
    citer: Citer,
    page: Page,
) -> tuple[list[AnswerLine], list[Disagreement], str | None, int]:
    """Where sources disagree: the store's findings of disagreement (naming the question's
    entities, when it names any), each with the facts it links."""
    chosen: list[Finding] = []
    lines: list[AnswerLine] = []
    for finding in store.findings():
        if finding.kind not in rules.disagreement_findings:
            continue
        events = [e for i in finding.event_ids if (e := store.event(i))]
        figures = [f for i in finding.figure_ids if (f := store.figure(i))]
        if u.entities and not _about(events, figures, u, knowledge):
            continue
        chosen.append(finding)
        lines += [line for f in figures if (line := figure_line(f, citer))]
        lines += [line for e in events for line in event_lines(e, citer, _who(e, knowledge), 1)]
        lines += [sentence_line(finding, span, citer) for span in finding.spans]
    disagreements = [
        Disagreement(f.kind, f.summary, f.figure_ids, f.event_ids, f.id) for f in chosen
    ]  # fmt: skip
    return lines, disagreements, f"{len(chosen)} disagreements" if chosen else None, len(chosen)


def _about(
    events: list[StoredEvent], figures: list[StoredFigure], u: Understood, knowledge: Knowledge
) -> bool:
    """A finding is about what the question names: one of its events names every entity,
    or one of its figures is owned by or goes to every state named."""
    if _score(events, u.entities, knowledge):
        return True
    return any(
        all(
            e.state in (side(f.subject, knowledge), side(f.recipient, knowledge))
            for e in u.entities
        )
        for f in figures
    )
