"""The Korean reader: a document's sentences → the records the extraction core reads.
Kiwi analyses only the sentences that can carry a fact (an event word or a counted
number), as GiNZA does for Japanese."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kansoku.lang.items import ItemWords
from kansoku.lang.ko import arguments, cargo
from kansoku.lang.ko.claims import claim_for, quotes, source_marker, speaker
from kansoku.lang.ko.dates import find_dates
from kansoku.lang.ko.numbers import NumberWords, find_quantities, kind_of
from kansoku.lang.ko.words import ADNOMINAL, Lexicon, Morph, morphemes
from kansoku.lang.units import Units
from kansoku.model import Document, Mention
from kansoku.reading import DateMention, QuantityReading, SentenceReading, TriggerReading

# A wire's dateline and byline: (서울=연합뉴스) 김철수 기자 =, 【서울=뉴시스】, [뉴스핌=… 기자]
_DATELINE = re.compile(
    r"^\s*[(\[【［][^)\]】］]{1,24}[)\]】］]\s*(?:[\uac00-\ud7a3]{2,4}\s*(?:기자|특파원)\s*=\s*)?"
)
_OUTCOME_WINDOW = 12  # characters around a count in which what befell them is told
_OTHERS = "others"  # the measure a list adds with 등 (and others)


@dataclass(frozen=True)
class Words:
    lexicon: Lexicon
    units: Units
    numbers: NumberWords
    items: ItemWords

    def worth_parsing(self, text: str) -> bool:
        return bool(self.lexicon.find_triggers(text)) or bool(find_quantities(text, self.numbers))


def read(doc: Document, words: Words, parse_all: bool = False) -> list[SentenceReading]:
    texts = [doc.sentence_text(s) for s in doc.sentences]
    wanted = [i for i, text in enumerate(texts) if parse_all or words.worth_parsing(text)]
    analysed = dict(zip(wanted, morphemes([texts[i] for i in wanted]), strict=True))
    readings = []
    for index, sentence in enumerate(doc.sentences):
        text = texts[index]
        dateline = _DATELINE.match(text)
        start = dateline.end() if dateline else 0
        mentions = [m for m in doc.mentions_in(sentence) if m.start >= start]
        dates = [d for d in find_dates(text, doc.reference_date(sentence)) if d.start >= start]
        marked = source_marker(text, mentions, words.lexicon)
        spoken = speaker(text, mentions, words.lexicon)
        reading = _sentence(index, text, dates, marked, spoken, words)
        reading.furniture = ((0, start),) if dateline else ()
        morphs = analysed.get(index)
        if morphs is not None:
            reading.triggers = _triggers(text, morphs, mentions, dates, marked, spoken, words)
            reading.quantities = _quantities(text, morphs, mentions, marked, spoken, words)
            reading.spoken_of = tuple(dict.fromkeys(t.entry.category for t in reading.triggers))
        readings.append(reading)
    return readings


def _sentence(
    index: int,
    text: str,
    dates: list[DateMention],
    marked: tuple[bool, str | None],
    spoken: tuple[int, str | None] | None,
    words: Words,
) -> SentenceReading:
    lex = words.lexicon
    return SentenceReading(
        index=index,
        dates=dates,
        source=marked[1],
        speaker=spoken[1] if spoken else None,
        continues=text.startswith(tuple(a + " " for a in lex.anaphora)),
        turns_away=text.startswith(lex.turns),
        past=bool(re.search(r"[았었였했]다|됐다", text)),
        lead_date=next((d for d in dates if d.calendar and d.start < 6), None),
    )


def _triggers(
    text: str,
    morphs: list[Morph],
    mentions: list[Mention],
    dates: list[DateMention],
    marked: tuple[bool, str | None],
    spoken: tuple[int, str | None] | None,
    words: Words,
) -> list[TriggerReading]:
    lex = words.lexicon
    quoted = quotes(text)
    found = []
    for start, end, form in lex.find_triggers(text):
        if any(m.start <= start < m.end for m in mentions):
            continue  # a word inside a name (조약 in a treaty's name)
        spec = lex.triggers[form]
        if spec.needs and not any(n in text[max(0, start - 10) : end + 10] for n in spec.needs):
            continue
        if _compound(morphs, end):
            continue  # 파병군 (troops sent): the event word is part of a noun
        lo = arguments.clause_start(morphs, start, mentions)
        if spec.troops_only and not any(w in text[lo:start] for w in lex.troop_words):
            continue
        args = arguments.read_args(text, morphs, mentions, spec, start, end, lex, quoted)
        claim = claim_for(text, morphs, start, end, marked, spoken, lex)
        # 지난 6월 러시아와 체결한 조약을 비준했다: a date before a relative clause's ending
        # is that clause's.
        lo = max([lo] + [m.end for m in morphs if m.tag == ADNOMINAL and m.end <= start])
        in_clause = [d for d in dates if d.calendar and lo <= d.start and d.end <= end]
        passive = arguments.voice(text, end, lex) == "passive"
        clause = arguments.clause_start(morphs, start, mentions)
        moved = cargo.moved(text, morphs, start, end, clause, passive, words.items)
        found.append(
            TriggerReading(
                start=start,
                end=end,
                form=form,
                entry=spec.entry,
                args=args,
                claim=claim,
                date=in_clause[-1] if in_clause else None,
                items=moved,
            )
        )
    return found


def _quantities(
    text: str,
    morphs: list[Morph],
    mentions: list[Mention],
    marked: tuple[bool, str | None],
    spoken: tuple[int, str | None] | None,
    words: Words,
) -> list[QuantityReading]:
    units = words.units
    found = []
    for quantity, counter in find_quantities(text, words.numbers):
        if any(w in text[max(0, quantity.start - 8) : quantity.start] for w in units.limit_words):
            continue  # 상한선인 50만 배럴: a cap is no count of anything done
        kind_noun = kind_of(text, quantity, units)
        # 4700여 명이 죽거나 다쳤다; 전사한 북한군 300명: what happened to them, told after
        # the count or in the clause describing the counted noun before it.
        around = text[max(0, quantity.start - _OUTCOME_WINDOW) : quantity.end + _OUTCOME_WINDOW]
        outcome = next((v for k, v in units.outcomes.items() if k in around), None)
        if outcome is not None and (kind_noun is None or kind_noun[0] == "troops"):
            kind, measure = outcome[0], outcome[1] or None
        elif kind_noun is not None:
            # 병력 3000여 명을 추가로 파견: a count of its own (추가, 증파).
            near = text[max(0, quantity.start - 12) : quantity.end + 8]
            extra = next(
                (m for w, m in units.measures.items() if m == "additional" and w in near), None
            )
            kind, measure = (
                kind_noun[0],
                _measure(text, quantity.start, kind_noun[1], units) or extra,
            )
        else:
            continue
        unit = units.currencies.get(counter) or units.kinds[kind].unit_for(counter)
        claim = claim_for(text, morphs, quantity.start, quantity.end, marked, spoken,
                          words.lexicon, figure=True)  # fmt: skip
        owners = tuple(
            m.entity_id for m in reversed(mentions)
            if 0 <= quantity.start - m.end <= 14 and _owns_count(text, m, quantity.start, words)
        )  # fmt: skip
        found.append(QuantityReading(quantity, kind, unit, measure, owners, claim))
    return found


def _compound(morphs: list[Morph], end: int) -> bool:
    """The event word runs on into a noun of the same word (파병군, 지원금): a thing named,
    not an act told."""
    following = next((m for m in morphs if m.start >= end), None)
    return following is not None and following.start == end and following.tag in ("NNG", "XSN")


def _measure(text: str, at: int, noun: str | None, units: Units) -> str | None:
    """The measure of a count's noun, or of the nouns joined before it (공병과 건설인력
    6000명: sappers and builders together, a measure of their own)."""
    measure = units.measures.get(noun or "")
    if measure is None or noun is None:
        return measure
    head = text.rfind(noun, 0, at)
    before = text[max(0, head - 16) : head]
    before = before[max((m.end() for m in re.finditer(r"\d", before)), default=0) :]
    named = {measure}
    # 공병과 (군사) 건설 인력: a list of nouns counted together (not 사망 300명, 부상 2700명:
    # counts of their own).
    if re.search(r"(?:과|와|·|및|,)\s?", before):
        named |= {m for w, m in units.measures.items() if w in before and m != "additional"}
    if re.search(r"\s등\s", text[head:at]):  # 건설 인력 등 6000명: and others
        named.add(_OTHERS)
    if len(named) == 1:
        return measure
    return units.measure_sets.get(frozenset(named)) or "+".join(sorted(named))


def _owns_count(text: str, mention: Mention, at: int, words: Words) -> bool:
    """북한군 1만명, 북한 육군 병사 7천명, 북한군이 최소 3000명을: a name owning the count after
    it, with only its suffix, 의, bare nouns of its phrase or a subject particle and a
    qualifier between (not 러시아 공격으로 8명: a cause, marked by its particle)."""
    between = text[mention.end : at].split()
    ignored = {"의", "군", "측", "군의", "측의", "이", "가", *words.units.count_fillers}
    particles = tuple(p for p in words.lexicon.particles if p)
    return all(
        w in ignored or w.rstrip("의") in ignored or not w.endswith(particles) for w in between
    )
