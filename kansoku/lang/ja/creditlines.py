"""Credits a sentence gives beyond itself.

A credit line closing a wire paragraph credits its lead too; a bare teller (関係者によると)
is the one the text named before.

Kyodo and Jiji close a lead paragraph by naming who announced it (…と会談した。両外相は
…で合意した。ロシア外務省が発表した。): the line credits every sentence of the paragraph
told in the writer's voice, not only the one right before it (which the core credits)."""

from __future__ import annotations

import re
from dataclasses import replace

from kansoku.lang.ja.lexicon import Lexicon, alternation
from kansoku.lang.ja.sentence_tellers import TOPIC_PHRASE, credited_to
from kansoku.model import Mention
from kansoku.reading import Claim, SentenceReading

# How many sentences before the one right above the line it reaches (the paragraph's
# lead only).
_REACH = 2


def paragraph_credited_by_line(readings: list[SentenceReading], paragraphs: list[int]) -> None:
    """Credit the acts of the paragraph's earlier sentences to its closing credit line."""
    for line in readings:
        if line.credit is None or line.triggers or line.index < 2:
            continue
        above = readings[line.index - 1]
        if paragraphs[above.index] != paragraphs[line.index] or _told_by_someone(above):
            continue
        if not above.past or any(t.ongoing for t in above.triggers):
            continue  # …条約を結んでいる: background of the writer's own between them
        credited = Claim(source=line.credit, status="reported", credited=True)
        for back in range(2, 2 + _REACH):
            if line.index - back < 0:
                break
            earlier = readings[line.index - back]
            if paragraphs[earlier.index] != paragraphs[line.index] or _told_by_someone(earlier):
                break
            first = earlier.index == 0 or paragraphs[earlier.index - 1] != paragraphs[earlier.index]
            if not first:
                continue  # only the paragraph's lead is reached past the sentence above
            earlier.triggers = [
                replace(t, claim=credited)
                if t.claim.source is None and t.claim.status == "asserted"
                else t
                for t in earlier.triggers
            ]


def _told_by_someone(reading: SentenceReading) -> bool:
    """The sentence names its own teller: the line's credit stops there."""
    return bool(
        reading.source
        or reading.speaker
        or reading.credit
        or any(t.claim.source is not None for t in reading.triggers)
    )


def unnamed_teller_continues(
    readings: list[SentenceReading], texts: list[str], lex: Lexicon
) -> None:
    """…と韓国政府関係者が明らかにした。関係者によると、…: a bare official of the same kind
    (関係者, 同高官) opening a later sentence is the one the text named before, with the
    state or body it speaks for: what it tells is that teller's. (Experts, sources and
    the press (never_a_state) are no such official.)"""
    officials = tuple(w for w in lex.unnamed_sources if w not in lex.never_a_state)
    bare_teller = _bare_teller(officials, lex.source_markers)
    last: tuple[str, str] | None = None  # the last teller named, and its sentence
    for reading in readings:
        text = texts[reading.index]
        bare = bare_teller.match(text)
        if bare is not None and reading.source is None and last and bare["who"] in last[1]:
            _credit_reports(reading, last[0])
        told = [t.claim.source for t in reading.triggers if t.claim.source]
        source = reading.source or reading.speaker or (told[0] if told else None)
        last = (source, text) if source else last


def _credit_reports(reading: SentenceReading, source: str) -> None:
    credited = Claim(source=source, status="reported", credited=True)
    reading.triggers = [
        replace(t, claim=credited) if _unsourced_report(t.claim) else t for t in reading.triggers
    ]
    reading.quantities = [
        replace(q, claim=replace(q.claim, source=source)) if _unsourced_report(q.claim) else q
        for q in reading.quantities
    ]


def _unsourced_report(claim: Claim) -> bool:
    return claim.source is None and claim.status in ("reported", "estimated", "possible")


def _bare_teller(sources: tuple[str, ...], markers: tuple[str, ...]) -> re.Pattern[str]:
    """関係者によると、 / 同高官によれば、: a teller named by no state or body."""
    who = "|".join(map(re.escape, sources))
    said = "|".join(map(re.escape, markers))
    return re.compile(rf"^(?:同|この|その)?(?P<who>{who})(?:ら|たち)?(?:{said})、")


def quote_announced_before(
    readings: list[SentenceReading], texts: list[str], mentions: list[list[Mention]], lex: Lexicon
) -> None:
    """報道官はこう述べた。「…」: a sentence that announces the words after it credits the
    quoted sentences that follow it to whoever it opens with."""
    if not lex.announcing_words:
        return
    announcing = re.compile(
        rf"(?:{alternation(lex.announcing_words)})(?!した|して|いう|いった)、?[^。「」、]{{1,12}}$"
    )
    speaker: str | None = None
    for reading in readings:
        text = texts[reading.index].strip()
        if speaker is not None and text.startswith("「"):
            reading.triggers = [
                replace(t, claim=credited_to(t.claim, speaker)) if t.claim.source is None else t
                for t in reading.triggers
            ]
            reading.quantities = [
                replace(q, claim=credited_to(q.claim, speaker)) if q.claim.source is None else q
                for q in reading.quantities
            ]
            continue
        announced = announcing.search(text.rstrip("。:："))
        speaker = _opening_topic(text, mentions[reading.index]) if announced else None


def _opening_topic(text: str, mentions: list[Mention]) -> str | None:
    """The name nearest the は of the sentence's first topic (ウクライナの情報総局は: the
    directorate, not its state)."""
    first = next((found for m in mentions if (found := TOPIC_PHRASE.match(text, m.end))), None)
    if first is None:
        return None
    within = [m for m in mentions if m.end < first.end()]
    return max(within, key=lambda m: (m.end, m.end - m.start)).entity_id if within else None
