"""Who says so across Korean sentences, where the reader can tell it: a lead whose
teller the next sentence names (…것으로 알려졌다. 정부 소식통은 "…"고 전했다; 북한이 …을
비준했다. 조선중앙통신은 "…"고 보도했다), and the sentence before credited by an unnamed
office of the publishing state (…을 넘겼다. 군 당국은 이러한 사실을 확인했다).

The core (``extract/passes.py``) carries a teller forward to later sentences; these
passes carry one back to the sentence before, which Korean news writes first."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from kansoku.lang.ko.claims import speaker_phrase
from kansoku.lang.ko.words import Lexicon
from kansoku.model import Document
from kansoku.reading import SentenceReading, TriggerReading

_OPENING = 24  # characters in which a sentence's source marker opens it
_LEAD = 3  # sentences (a headline, a subheading, the lead) that open an article


def carried_tellers(doc: Document, readings: list[SentenceReading], lex: Lexicon) -> None:
    """그는 …고 덧붙였다; 이 당국자는 "…"고 설명했다: a sentence whose teller is a pronoun or
    a demonstrative with an unnamed teller's noun is told by whom the sentence before
    named as its teller (else the person it opened with), not by an office of the
    publishing state; it keeps that teller for the sentences after it."""
    for i in range(1, len(readings)):
        current, before = readings[i], readings[i - 1]
        text = doc.sentence_text(doc.sentences[i])
        if current.source or current.speaker or not _anaphoric(text, lex):
            continue
        if speaker_phrase(text, lex) is None:
            continue
        teller = _teller_of(before) or _opening_person(doc, i - 1)
        if teller is None:
            current.home_speaker = before.home_speaker
            continue
        current.speaker, current.home_speaker = teller, False
        current.triggers = [
            replace(t, claim=replace(t.claim, source=teller, status=_told(t)))
            if t.claim.credited and t.claim.source is None
            else t
            for t in current.triggers
        ]
        current.quantities = [
            replace(q, claim=replace(q.claim, source=teller))
            if q.claim.credited and q.claim.source is None
            else q
            for q in current.quantities
        ]


def _anaphoric(text: str, lex: Lexicon) -> bool:
    """The sentence opens (past 이어, 또) with a teller named again: 그는, 이 당국자는."""
    body = re.sub(r"^\s*(?:이어|또한|또|아울러|그러면서)\s", "", text)
    return any(
        re.match(rf"{re.escape(w)}(?:은|는|도|이|가)\s", body) for w in lex.anaphoric_tellers
    )


def _teller_of(reading: SentenceReading) -> str | None:
    own = [t.claim.source for t in reading.triggers if t.claim.source]
    return reading.source or reading.speaker or next(iter(own), None)


def _opening_person(doc: Document, index: int) -> str | None:
    """The person a sentence opens with as its topic (쇼이구 서기는 …에 도착했다)."""
    sentence = doc.sentences[index]
    named = doc.mentions_in(sentence)
    first = min(named, key=lambda m: m.start, default=None)
    if first is None or first.kind != "person" or first.start > 12:
        return None
    return first.entity_id


def home_credits(readings: list[SentenceReading], pointing: list[bool]) -> None:
    """북한이 …을 넘겼다. 군 당국은 이러한 사실을 확인했다: an unnamed office of the
    publishing state crediting the sentence before with what it said makes that sentence's
    unsourced facts its state's, as its own are."""
    for i in range(1, len(readings)):
        current, before = readings[i], readings[i - 1]
        if not (pointing[i] and current.home_speaker and current.speaker is None):
            continue
        if _names_a_teller(before):
            continue
        mark_credited(before)
        before.home_speaker = bool(before.triggers or before.quantities)


def _denies(reading: SentenceReading, lex: Lexicon) -> bool:
    """The sentence tells a rejection or an act as denied: its teller denies, not tells."""
    rejecting = lex.triggers.get(lex.rejecting_word)
    category = rejecting.entry.category if rejecting is not None else None
    return any(t.entry.category == category or t.claim.status == "denied" for t in reading.triggers)


def credited_ahead(doc: Document, readings: list[SentenceReading], lex: Lexicon) -> None:
    """…것으로 알려졌다. 정부 소식통은 "…"고 전했다: what a sentence tells as someone's
    finding, with no one named in it or just before it, is the teller's whom the next
    sentence names (in its paragraph, or right after a paragraph of one sentence) when
    that one tells of the same kind of act or of none."""
    # (a broadcast's hand-over to its reporter closing the lead's paragraph is no sentence
    # of it)
    paragraphs = Counter(
        s.paragraph for s in doc.sentences if not sign_off(doc.sentence_text(s), lex)
    )
    for i, current in enumerate(readings[:-1]):
        following = _next_telling(doc, readings, i, lex)
        after = readings[following]
        before = readings[i - 1] if i > 0 else None
        if _names_a_teller(current) or current.continues or after.turns_away:
            continue
        if before is not None and (_names_a_teller(before) or before.credit):
            continue
        paragraph = doc.sentences[i].paragraph
        if paragraph != doc.sentences[following].paragraph and paragraphs[paragraph] > 1:
            continue
        kinds = {t.entry.category for t in after.triggers}
        told = {t.entry.category for t in current.triggers}
        if _denies(after, lex):
            continue  # (…방러설이 나왔다. 대변인은 "계획이 없다"고 답했다: not the denier's)
        if kinds and told and not kinds & told and not _opens_on_source(doc, following, lex):
            continue
        teller = after.source or after.speaker
        if teller is None and not after.home_speaker:
            continue
        unsourced = [t for t in current.triggers if t.claim.credited and t.claim.source is None]
        counts = [q for q in current.quantities if q.claim.credited and q.claim.source is None]
        if teller is None:
            current.home_speaker = bool(unsourced or counts)
            continue
        aside = _circumstantial(doc, following, after, lex.circumstance_words)
        if i < _LEAD and _retold(current, after, teller, aside):
            unsourced += [t for t in current.triggers if _stated(t)]
        current.triggers = credit_triggers(current.triggers, unsourced, teller)
        current.quantities = [
            replace(q, claim=replace(q.claim, source=teller)) if q in counts else q
            for q in current.quantities
        ]


_LABEL_WORDS = 3  # a line of fewer words that tells nothing is a label (◀ 리포트 ▶)


def _next_telling(doc: Document, readings: list[SentenceReading], i: int, lex: Lexicon) -> int:
    """The sentence after the ``i``-th that may name its teller: the next one, past a
    label between them that tells nothing (…관측이 제기됐습니다. ◀ 기자 ▶ 합참은
    …고 전했습니다; …분석이 나왔습니다. 홍길동 기자가 보도합니다. 연구소는 …)."""
    j = i + 1
    if j + 1 >= len(readings):
        return j
    label = readings[j]
    text = doc.sentence_text(doc.sentences[j])
    words = re.findall(r"[\uac00-\ud7a3A-Za-z]+", text)
    empty = not (label.triggers or label.quantities or _names_a_teller(label))
    short = len(words) < _LABEL_WORDS or sign_off(text, lex)
    return j + 1 if empty and short else j


def _opens_on_source(doc: Document, index: int, lex: Lexicon) -> bool:
    """The sentence opens on whom it is told by (복수의 정부 소식통에 따르면 …): the finding
    told just before with no one named (…것으로 알려졌다) is theirs too, whatever act the
    sentence goes on to tell."""
    text = doc.sentence_text(doc.sentences[index])
    return any(0 < text.find(m) <= _OPENING for m in lex.source_markers if m.startswith("에 "))


def sign_off(text: str, lex: Lexicon) -> bool:
    """A broadcast's line handing over to its reporter (김철수 기자가 보도합니다): it tells
    nothing and names no teller."""
    forms = lex.teller_forms.get("sign_offs", ())
    return bool(forms) and text.strip().rstrip(".").endswith(forms)


def _names_a_teller(reading: SentenceReading) -> bool:
    return bool(reading.source or reading.speaker or reading.home_speaker)


def _stated(trigger: TriggerReading) -> bool:
    return trigger.claim.source is None and trigger.claim.status == "asserted"


def _told(trigger: TriggerReading) -> str:
    """The status of a fact credited to a teller: an asserted one is reported."""
    return "reported" if trigger.claim.status == "asserted" else trigger.claim.status


def credit_triggers(
    triggers: list[TriggerReading], chosen: list[TriggerReading], teller: str | None
) -> list[TriggerReading]:
    """``triggers`` with the ``chosen`` ones credited to ``teller`` (told, no longer
    asserted)."""
    return [
        replace(t, claim=replace(t.claim, source=teller, status=_told(t), credited=True))
        if t in chosen
        else t
        for t in triggers
    ]


def _circumstantial(
    doc: Document, index: int, reading: SentenceReading, words: tuple[str, ...]
) -> set[int]:
    """The starts of the event words a sentence names only as when its teller spoke
    (국방장관은 회담을 마친 뒤 취재진에게 "…"라고 말했다: after the talks, not what
    was said)."""
    text = doc.sentence_text(doc.sentences[index])
    return {
        t.start
        for t in reading.triggers
        if text[t.end :].lstrip().startswith(tuple(w + " " for w in words))
    }


def _retold(current: SentenceReading, after: SentenceReading, teller: str, aside: set[int]) -> bool:
    """北이 …을 비준했다. 조선중앙통신은 "…비준됐다"고 보도했다: a lead stated as fact whose
    kind of act the next sentence's teller tells again, as what they said, is theirs (not an
    act the teller only speaks after: ``aside``)."""
    told = [t for t in after.triggers if t.claim.source == teller and t.start not in aside]
    return any(_same_act(t, u) for t in current.triggers for u in told)


def _same_act(one: TriggerReading, other: TriggerReading) -> bool:
    """Acts of one kind, not told the other way round (북한이 러시아에 병력을 보냈다 /
    러시아가 북한에 원유를 보냈다: two acts)."""
    if one.entry.category != other.entry.category:
        return False
    doers = [*one.args.actors, *(b.entity_id for b in one.args.borrowed)]
    return not (set(doers) & set(other.args.targets)) and not (
        set(one.args.targets) & set(other.args.actors)
    )


def mark_credited(reading: SentenceReading) -> None:
    """The sentence's unsourced facts are someone's word (whose, the passes decide)."""
    reading.triggers = [
        replace(t, claim=replace(t.claim, credited=True)) if t.claim.source is None else t
        for t in reading.triggers
    ]
    reading.quantities = [
        replace(q, claim=replace(q.claim, credited=True)) if q.claim.source is None else q
        for q in reading.quantities
    ]


def credited_back(readings: list[SentenceReading]) -> None:
    """북한이 …을 파견한 것으로 파악됐다. 이들은 …에 투입될 예정이다. 국가정보원은 …에
    이같이 보고했다: a sentence pointing back at what it tells (이같이) reaches past one
    sentence that names no teller to the lead before it, whose facts told as found or
    stated (a lead's) are that teller's too."""
    for j in range(2, len(readings)):
        teller = readings[j].credit
        middle, lead = readings[j - 1], readings[j - 2]
        if teller is None or _names_a_teller(middle) or middle.turns_away:
            continue
        if _names_a_teller(lead) or (j - 2 >= _LEAD and not lead.continues):
            continue
        found = [
            t for t in lead.triggers
            if t.claim.source is None and (t.claim.credited or (j - 2 < _LEAD and _stated(t)))
        ]  # fmt: skip
        lead.triggers = credit_triggers(lead.triggers, found, teller)
        lead.quantities = [
            replace(q, claim=replace(q.claim, source=teller))
            if q.claim.source is None and (q.claim.credited or found)
            else q
            for q in lead.quantities
        ]
