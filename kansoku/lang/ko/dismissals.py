"""Denials that are a saying of their own (eleventh pass).

- A rejection or accusation voiced by a person or an office (대변인은 …을 "날조"라고
  일축했다; 외무성은 …을 규탄했다) is that one's word: the speaker is its teller, as in
  English (`voiced`), not the writer.
- A bare dismissal naming neither the act nor the claim (러시아 국방부는 "적의 정보전일
  뿐"이라고 일축했다) speaks of the claim the page told before it, credited to someone
  else: the denial is aimed at what that claim's sentence told.
"""

from __future__ import annotations

from dataclasses import replace

from kansoku.lang import SPEAKING_KINDS
from kansoku.reading import Mention, SentenceReading, TriggerReading

Named = tuple[str, int, "str | None"]  # a name's entity, where it starts, its role


def voiced(
    triggers: list[TriggerReading], mentions: list[Mention], said: tuple[str | None, str | None],
    acts: tuple[str, ...], names: tuple[list[Named], list[tuple[int, int]]],
) -> list[TriggerReading]:  # fmt: skip
    """A rejection whose doer is a person or an office, told with no teller: the doer
    tells it (or the outlet that relays the doer's words); ``said``: (that outlet, the
    sentence's speaker, the doer when the clause names none, else the topic named
    before it outside quotes, from ``names``: the sentence's names and its quotes)."""
    relayed_by, speaker = said
    kinds = {m.entity_id: m.kind for m in mentions}
    out = []
    for t in triggers:
        lent = [b.entity_id for b in t.args.borrowed]
        # the speaker before a name the grammar lent from inside the quote (대변인은
        # "키이우가 만든 날조"라고 일축했다: not Kyiv)
        if t.args.actors:
            doer: str | None = t.args.actors[0]
        else:
            doer = speaker or (lent[0] if lent else topic_before(*names, t.start))
        if (
            t.entry.category in acts
            and t.claim.source is None
            and t.claim.status == "asserted"
            and doer is not None
            and kinds.get(doer) in SPEAKING_KINDS
        ):
            t = replace(t, claim=replace(t.claim, source=relayed_by or doer, credited=True))
            if not t.args.actors:  # a name inside its quote is not its doer
                t = replace(t, args=replace(t.args, actors=[doer], borrowed=[]))
        out.append(t)
    return out


def topic_before(marked: list[Named], quoted: list[tuple[int, int]], at: int) -> str | None:
    """The first subject or topic named outside quotes before ``at`` (대변인은 "…"라고
    일축했다: the spokesman): (entity, start, role) of each name."""
    for entity, start, role in marked:
        if start < at and role == "actor" and not any(a <= start < b for a, b in quoted):
            return entity
    return None


def bare_dismissals(readings: list[SentenceReading], denial: str, alike: tuple[str, ...]) -> None:
    """A sentence whose only event is a denial (no act, no claim noun, not pointing back)
    speaks of the categories the last earlier sentence credited to another teller told
    (with ``alike``, categories one telling of moving troops can take, all of them)."""
    for i, reading in enumerate(readings):
        if reading.points_back or not reading.triggers:
            continue
        if any(t.entry.category != denial for t in reading.triggers):
            continue
        if any(t.args.targets or t.args.objects for t in reading.triggers):
            continue  # (한국 정부의 설명을 "궤변"이라고 일축했다: it names what it rejects)
        deniers = {t.args.actors[0] for t in reading.triggers if t.args.actors}
        for earlier in reversed(readings[max(0, i - 4) : i]):
            claimed = [
                t for t in earlier.triggers
                if t.entry.category != denial and t.claim.credited
                and t.claim.source is not None and t.claim.source not in deniers
                and t.claim.status in ("reported", "possible")
            ]  # fmt: skip
            if claimed:
                spoken = [t.entry.category for t in claimed]
                if alike and any(c in alike for c in spoken):
                    spoken += alike
                reading.spoken_of = tuple(dict.fromkeys(spoken))
                break
