"""Names around a shipment that are not its doer.

A route (나진항을 거쳐, 라선항 등을 통해 러시아로 향한 컨테이너) or a berth (…항 석유
터미널에 정박한 유조선): the port or place the cargo passes on its way or is loaded at is
where it leaves from, so its state sends it.

A teller heading the sentence (연구소는 …로 향한 컨테이너가 …에 달한다고 분석했다): an
agency, an institute or an outlet that only tells of a shipment in a clause it reports
(…다고, …것으로) did not move it; the clause, naming no doer, borrows none from it.
"""

from __future__ import annotations

import re

from kansoku.model import Mention
from kansoku.reading import Args

_ROUTE = re.compile(r"(?:\s등)?[을를]\s(?:거쳐|거친|통해|통한|경유해|경유하여|경유한)")
# a port's terminal or pier where a ship called (보스토치니항 석유 터미널에 정박했다)
_BERTH = re.compile(r"(?:\s[\uac00-\ud7a3]+){0,2}\s?(?:터미널|부두|하역시설|하역 시설|항구)에")
_TELLING_KINDS = ("agency", "organization", "outlet")
# The clause closed by the ending of what is told (…했다고, …한 것으로, …하는 것으로):
# the event word's clause is reported, not its teller's own act.
_TOLD = re.compile(r"(?:[다라]고|것으로|[다라]는\s(?:분석|평가|판단|추정|추산))(?:\s|$)")


def route_origins(text: str, mentions: list[Mention], lo: int, start: int) -> list[str]:
    """The places of the clause before the word at ``start`` that its cargo passes
    through (…을 거쳐, …을 통해), nearest the word first."""
    found = [
        m.entity_id
        for m in mentions
        if m.kind == "place" and lo <= m.start and m.end <= start
        and (_ROUTE.match(text, m.end) or _BERTH.match(text, m.end))
    ]  # fmt: skip
    return found[::-1]


def telling_topic(text: str, topic: Mention, end: int) -> bool:
    """The topic is a teller (an agency, an institute, an outlet) and the event word ending
    at ``end`` lies in a clause it tells."""
    return topic.kind in _TELLING_KINDS and _TOLD.search(text, end) is not None


# (향한 컨테이너가, 옮겨진 탄약이: an adnominal event word describing the subject after it)
_DESCRIBED_SUBJECT = re.compile(r"\s(?:[\uac00-\ud7a3]+\s){0,2}?[\uac00-\ud7a3]+(?:이|가)\s")
_TOPICS = ("은", "는", "도")


def drop_tellers(
    args: Args, text: str, named: list[tuple[Mention, str | None]], span: tuple[int, int]
) -> None:
    """A teller topic (연구소는 …로 향한 컨테이너가 늘었다고 밝혔다) is not the doer of an
    act its told clause describes a subject of its own with (the containers headed there);
    a topic telling its own act (국방부는 병력을 …에 투입했다고 밝혔다) stays."""
    start, end = span
    if not (_adnominal(text[end - 1 : end]) and _DESCRIBED_SUBJECT.match(text, end)):
        return
    for mention, particle in named:
        if particle in _TOPICS and telling_topic(text, mention, start):
            args.actors[:] = [a for a in args.actors if a != mention.entity_id]


def _adnominal(ch: str) -> bool:
    """A syllable closing an adnominal ending (향한, 옮겨진, 향하는, 보낼)."""
    code = ord(ch) - 0xAC00 if ch else -1
    return 0 <= code < 11172 and (code % 28 in (4, 8) or ch == "는")


def unnamed_voice(text: str, mention: Mention, voices: frozenset[str]) -> bool:
    """A state's name qualifying an unnamed voice (일본 언론 보도를 부인했다, 외신)."""
    rest = text[mention.end : mention.end + 8]
    return mention.kind == "country" and any(
        rest.startswith(" " + w) or rest.startswith(w) for w in voices
    )
