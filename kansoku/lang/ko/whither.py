"""A sending or a deployment told again with no receiver and no place (정보 당국은 "북한이
공병을 교대시키는 한편 연내 의료진을 더 파견할 수 있다"고 봤다): it goes where the same
state's sending the text told just before went (러시아에 파견된 북한 공병). The state of a
name is the state whose name it begins with (북한군 → 북한), as the linker reads it."""

from __future__ import annotations

import re
from dataclasses import replace

from kansoku.model import Document
from kansoku.reading import SentenceReading, TriggerReading

_BACK = 3  # sentences back in which the receiver may be named
# A phrase of where right before the word (평양 인근에 배치했다, 최전방에): it went there.
_WHERE = re.compile(r"[\uac00-\ud7a3](?:에|에서)\s")
_NEAR = 16  # characters before the word in which that phrase is read


def receivers_before(
    doc: Document, readings: list[SentenceReading], kinds: tuple[str, ...]
) -> None:
    """Give each receiverless act of ``kinds`` the receiver of the same state's act of
    those kinds in the sentences just before (never its own state)."""
    state = _states(doc)
    for i, reading in enumerate(readings):
        if not any(_unaimed(t, kinds) for t in reading.triggers):
            continue
        earlier = [
            t for r in readings[max(0, i - _BACK) : i] for t in r.triggers
            if t.entry.category in kinds and t.args.targets and t.claim.status != "denied"
        ]  # fmt: skip
        text = doc.sentence_text(doc.sentences[i])
        reading.triggers = [
            _aimed(t, earlier, state)
            if _unaimed(t, kinds) and not _WHERE.search(text, max(0, t.start - _NEAR), t.start)
            else t
            for t in reading.triggers
        ]


def _states(doc: Document) -> dict[str, str]:
    """Each named entity's state: a country its own, a name beginning with a country's name
    (북한군, 러시아 국방부) that country's."""
    countries = {m.start: m.entity_id for m in doc.mentions if m.kind == "country"}
    return {
        m.entity_id: countries[m.start]
        for m in doc.mentions
        if m.start in countries and m.kind in ("country", "organization", "agency", "person")
    }


def _unaimed(trigger: TriggerReading, kinds: tuple[str, ...]) -> bool:
    args = trigger.args
    return (
        trigger.entry.category in kinds
        and trigger.entry.default_target is None
        and bool(args.actors or args.borrowed)
        and not (args.targets or args.places or args.partners or args.parties or args.origins)
    )


def _aimed(
    trigger: TriggerReading, earlier: list[TriggerReading], state: dict[str, str]
) -> TriggerReading:
    args = trigger.args
    doer = (args.actors or [b.entity_id for b in args.borrowed])[0]
    side = state.get(doer, doer)
    for t in reversed(earlier):
        sides = {
            state.get(e, e)
            for e in (*t.args.actors, *(b.entity_id for b in t.args.borrowed), *t.args.described)
        }
        whither = t.args.targets[0]
        if side in sides and state.get(whither, whither) != side:
            return replace(trigger, args=replace(args, targets=[whither]))
    return trigger
