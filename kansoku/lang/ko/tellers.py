"""Who says so, in forms Korean news writes around the fact rather than in its sentence:

- a credit line after it, the finding of a body that studied something (…것으로 추정됩니다.
  연구소가 항공사진을 판독한 결과다), or opening the sentence (단체가 통계를 집계한
  결과, …);
- a report or the research team named again as the teller (보고서는 …고 평가했다; 연구진은
  …고 지적했다): the body that gave the report out or was named with it before;
- circles of the publishing state's government holding a view (정부 안팎에선 …가능성이
  거론된다) and its unnamed offices (정부 소식통, 우리 정보 당국): a Korean page's own
  state, whatever outlet carries the page.

The words are the lexicon's ``teller_forms``."""

from __future__ import annotations

import re
from dataclasses import replace

from kansoku.lang.ko.credits import credit_triggers, mark_credited
from kansoku.lang.ko.words import Lexicon
from kansoku.model import Document, Mention
from kansoku.reading import SentenceReading

_SUBJECT_PARTICLES = ("이 ", "가 ", "은 ", "는 ", "측이 ", "측은 ")
_BRACKETED = re.compile(r"^\)?(?:\([^()]{1,16}\))?")
# (…분석한 결과다, …확인한 결과입니다: a credit line; …분석한 결과, …: an opening one)
_CLOSING = ("다", "이다", "입니다", "였다", "였습니다", "이었다")


def _forms(lex: Lexicon, name: str) -> tuple[str, ...]:
    return lex.teller_forms.get(name, ())


def _text(doc: Document, i: int) -> str:
    return doc.sentence_text(doc.sentences[i])


def credit(reading: SentenceReading, teller: str, stated: bool = True) -> None:
    """The sentence's facts that name no source are ``teller``'s (told as found, or, with
    ``stated``, told as fact), reported rather than asserted."""
    unsourced = [
        t for t in reading.triggers if t.claim.source is None and (t.claim.credited or stated)
    ]
    reading.triggers = credit_triggers(reading.triggers, unsourced, teller)
    reading.quantities = [
        replace(q, claim=replace(q.claim, source=teller, credited=True))
        if q.claim.source is None and (q.claim.credited or stated)
        else q
        for q in reading.quantities
    ]


def _finding(text: str, lex: Lexicon) -> re.Match[str] | None:
    verbs = _forms(lex, "finding_verbs")
    if not verbs:
        return None
    return re.search(
        rf"(?:{'|'.join(map(re.escape, verbs))})(?:한|해 본|했던)\s?결과(?P<tail>[\uac00-\ud7a3]*)",
        text,
    )


def _finder(text: str, at: int, mentions: list[Mention]) -> str | None:
    """The body whose study the finding is: the first name before it that is a subject or
    a topic (VOA가, 연구소는), not a state only described (북한 나진항)."""
    for m in sorted(mentions, key=lambda m: m.start):
        # (미국의소리(VOA)가, 연구소(CSIS)는: past the bracketed short name)
        rest = _BRACKETED.sub("", text[m.end : at])
        if m.end <= at and rest.startswith(_SUBJECT_PARTICLES):
            return m.entity_id
    return None


def finding_credits(doc: Document, readings: list[SentenceReading], lex: Lexicon) -> None:
    """A body's study credited after the fact (…옮긴 것으로 보인다. 연구소가 선박 기록을
    추적한 결과다: the sentence before is the institute's) or before it (방송이 …을 조사한
    결과, …: this sentence is)."""
    for i, reading in enumerate(readings):
        text = _text(doc, i)
        found = _finding(text, lex)
        if found is None or reading.source is not None:
            continue
        mentions = doc.mentions_in(doc.sentences[i])
        teller = _finder(text, found.start(), mentions)
        if teller is None:
            continue
        closing = found.group("tail") in _CLOSING and not text[found.end() :].strip(" .")
        if closing and i > 0 and readings[i - 1].source is None:
            credit(readings[i - 1], teller)
            reading.speaker = reading.speaker or teller
        elif not closing:
            credit(reading, teller)
            reading.speaker = teller


def reckonings(doc: Document, readings: list[SentenceReading], lex: Lexicon) -> None:
    """방송은 …것으로 보며, 이를 토대로 추산하면 …에 달한다: a sum worked out on a
    teller's view is that teller's (the sentence's topic, else the sentence before's), its
    counts estimated."""
    frames = _forms(lex, "reckoning_frames")
    for i, reading in enumerate(readings):
        text = _text(doc, i)
        at = min((k for k in (text.find(f) for f in frames) if k >= 0), default=-1)
        if at < 0 or reading.source is not None:
            continue
        mentions = doc.mentions_in(doc.sentences[i])
        topic = [
            m for m in mentions
            if m.end <= at and _BRACKETED.sub("", text[m.end : at]).startswith(("은 ", "는 "))
        ]  # fmt: skip
        before = readings[i - 1] if i > 0 else None
        teller = (
            topic[0].entity_id
            if topic
            else reading.speaker or (before.source or before.speaker if before else None)
        )
        if teller is None:
            continue
        credit(reading, teller)
        reading.quantities = [
            replace(q, claim=replace(q.claim, status="estimated"))
            if q.quantity.start > at and q.claim.status in ("asserted", "reported")
            else q
            for q in reading.quantities
        ]


def _opens_with(text: str, words: tuple[str, ...]) -> bool:
    body = re.sub(r"^\s*(?:이어|또한|또|아울러|다만|특히)\s", "", text)
    return any(
        re.match(rf"{re.escape(w)}(?:은|는|도|에서는|에서도|에서|에 따르면|에 의하면)\s", body)
        for w in words
    )


def report_tellers(doc: Document, readings: list[SentenceReading], lex: Lexicon) -> None:
    """보고서는 …고 평가했다; 연구진은 …고 지적했다: a report or a research team named again,
    bare, as who says so is the body that gave the report out or was named with it last."""
    heads = _forms(lex, "report_heads")
    last: str | None = None
    for i, reading in enumerate(readings):
        text = _text(doc, i)
        own = reading.source or reading.speaker
        if own is None and last is not None and _opens_with(text, heads):
            reading.speaker = last
            credit(reading, last, stated=False)
            continue
        if reading.publisher or (own and any(h in text for h in heads)):
            last = reading.publisher or own


def home_circles(doc: Document, readings: list[SentenceReading], lex: Lexicon) -> None:
    """정부 안팎에선 …가능성이 거론된다: a view held in the government's circles is the
    publishing state's word, as its unnamed officials' is."""
    circles = _forms(lex, "home_circles")
    for i, reading in enumerate(readings):
        if reading.source or reading.speaker or not circles:
            continue
        body = re.sub(r"^\s*(?:또|한편|다만|특히)\s", "", _text(doc, i))
        if body.startswith(circles):
            mark_credited(reading)
            reading.home_speaker = True


def home_defaults(readings: list[SentenceReading], lex: Lexicon) -> None:
    """What an unnamed office of the publishing state tells (정부 소식통은, 군 당국은, 우리
    정보 당국이 파악했다) is the state a Korean page's own officials speak for, when no
    outlet of the page says otherwise (the core gives the outlet's state first)."""
    state = lex.home_state
    if state is None:
        return
    for reading in readings:
        if reading.home_speaker and reading.source is None and reading.speaker is None:
            credit(reading, state, stated=False)
