"""The Japanese reader: a document's sentences → the records the extraction core reads.

Dates are found once per stretch of text that shares a reference date (the page, or one
aggregator section), so 同日 and 翌年 count from the date an earlier sentence named, not
from the day the page was published. GiNZA parses only the sentences that can carry a
fact: a trigger word or a counted number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from kansoku.lang import sentences_to_parse
from kansoku.lang.items import ItemWords
from kansoku.lang.ja import creditlines, names, occasions, syntax, tellers, zeros
from kansoku.lang.ja.arguments import may_read_trigger, read_triggers
from kansoku.lang.ja.dates import DateRules, find_dates
from kansoku.lang.ja.eventdates import (
    DATELINE,
    dated_later,
    is_lead,
    is_reference_date,
    occasion_lead,
)
from kansoku.lang.ja.lexicon import Lexicon, alternation
from kansoku.lang.ja.numbers import NumberWords
from kansoku.lang.ja.parser import parse
from kansoku.lang.ja.quantities import may_read_quantity, read_quantities
from kansoku.lang.ja.sentence_tellers import (
    credited_to,
    headline_credit_start,
    opens_on_document,
    published_by,
    sentence_source,
    told_by,
)
from kansoku.lang.units import Units
from kansoku.model import Document, Mention
from kansoku.reading import (
    Claim,
    DateMention,
    QuantityReading,
    SentenceChoice,
    SentenceReading,
    TriggerReading,
)


@dataclass(frozen=True)
class Words:
    """Everything the Japanese reader looks words up in."""

    lexicon: Lexicon
    units: Units
    numbers: NumberWords
    dates: DateRules
    items: ItemWords

    def worth_parsing(self, text: str) -> bool:
        """A sentence can carry a fact: it has a trigger word the parse can make an event
        or a count of something the profile tracks. Both tests are the readers' own checks
        made before they look at the parse, so skipping the others loses nothing (they
        were 2–7% of the parsed sentences of the sample corpora).

        Measured on the sample corpora (``kansoku bench``): also requiring an entity in
        the sentence saved no time on topical pages and lost 1% of the facts (a count whose
        owner is named in the sentence before), so it is not required.
        """
        return may_read_trigger(text, self.lexicon) or may_read_quantity(
            text, self.units, self.numbers
        )


def read(
    doc: Document, words: Words, parse_all: bool = False, only: SentenceChoice | None = None
) -> list[SentenceReading]:
    lex = words.lexicon
    texts = [doc.sentence_text(s) for s in doc.sentences]
    wanted = sentences_to_parse(doc, texts, words.worth_parsing, parse_all, only)
    clauses = [_clause_of(doc, i, texts[i], lex) for i in wanted]
    parses = dict(zip(wanted, parse(clauses), strict=True))
    dates = _dates_by_sentence(doc, words.dates)
    readings = []
    mentions_by_sentence = []
    for index, sentence in enumerate(doc.sentences):
        text = texts[index]
        dateline = DATELINE.match(text)
        furniture = ((0, dateline.end()),) if dateline else ()
        mentions = [
            m for m in doc.mentions_in(sentence) if not dateline or m.start >= dateline.end()
        ]
        # ［ソウル 18日 ロイター］: the dateline's day is the report's, not the act's.
        own_dates = [d for d in dates[index] if not dateline or d.start >= dateline.end()]
        calendar = [d for d in own_dates if d.calendar]
        denied = lex.denied_part(text)
        reading = SentenceReading(
            index=index,
            dates=own_dates,
            spoken_of=lex.categories_in(denied),
            # これを否定した: the denial speaks of what the sentence before told.
            points_back=denied != text and any(word in denied for word in lex.denied_anaphora),
            source=sentence_source(text, mentions, lex).source,
            speaker=told_by(text, mentions, lex),
            publisher=published_by(text, mentions, lex),
            credit=_credit_line(text, mentions, lex),
            # この作業員6000人は…, 同氏は…: a sentence pointing back at the one before.
            continues=text.startswith(lex.anaphora)
            or opens_on_document(text, lex)
            or any(m.start == 0 and m.text.startswith(names.SAME) for m in mentions),
            turns_away=text.startswith(lex.turns),
            past=text.endswith(lex.past_endings),
            lead_date=_lead_date(
                text, [d for d in calendar if not is_reference_date(text, d, lex)], lex
            ),
            furniture=furniture,
        )
        parsed = parses.get(index)
        if parsed is not None:
            reading.triggers = read_triggers(text, parsed, mentions, calendar, lex, words.items)
            reading.quantities = read_quantities(
                text, parsed, mentions, lex, words.units, words.numbers
            )
        readings.append(reading)
        mentions_by_sentence.append(mentions)
    paragraphs = [s.paragraph for s in doc.sentences]
    zeros.subjects_from_before(readings, parses, mentions_by_sentence, paragraphs, lex)
    zeros.sides_from_before(readings, mentions_by_sentence, texts, lex)
    _dates_told_after(readings, texts, lex)
    _finished_acts_dated_before(readings, texts, lex)
    _credit_told_after(readings, texts, lex)
    _unnamed_credit_after(readings, texts, lex)
    _announced_after(readings, texts, lex)
    _credit_over_hearsay(readings, texts, lex)
    occasions.said_at_the_same_occasion(readings, texts, lex)
    creditlines.paragraph_credited_by_line(readings, paragraphs)
    creditlines.unnamed_teller_continues(readings, texts, lex)
    creditlines.quote_announced_before(readings, texts, mentions_by_sentence, lex)
    _headline_told_in_lead(readings, texts)
    _documents_of_their_publisher(readings, texts, lex)
    for reading in readings:
        reading.quantities = _counts_of_one_teller(reading.quantities)
    # Last: a claim credited to no one after every named credit gets its unnamed teller.
    tellers.credit_unnamed_tellers(readings, texts, mentions_by_sentence, lex)
    return readings


def _counts_of_one_teller(quantities: list[QuantityReading]) -> list[QuantityReading]:
    """防衛省は、損失は約900人で、うち負傷者は約600人とみていると述べた: a
    count a sentence leaves unsourced after one it credits is told by the same teller."""
    out: list[QuantityReading] = []
    teller: str | None = None
    for q in sorted(quantities, key=lambda q: q.quantity.start):
        if q.claim.source is None and teller is not None:
            q = replace(q, claim=credited_to(q.claim, teller))
        teller = q.claim.source or teller
        out.append(q)
    return out


def _documents_of_their_publisher(
    readings: list[SentenceReading], texts: list[str], lex: Lexicon
) -> None:
    """研究院は…公表した報告書で、…と分析した。…という。報告書は…と指摘した: a sentence
    opening on the document (報告書は, 同報告書によると) tells its publisher's word, even
    past a sentence that credited no one (a hearsay ending). The document is the
    sentence's teller: a topic inside what it says (報告書は、北朝鮮は…を提供したと指摘
    した) tells nothing. Until the text names another teller or says something as its
    own, what it says is said (…を送ったとされる) is the document's too."""
    publisher: str | None = None
    telling = False  # the text goes on telling the document
    for reading, text in zip(readings, texts, strict=True):
        if publisher is not None and opens_on_document(text, lex) and reading.source is None:
            _credit_all(reading, publisher, lambda claim: True)
            reading.source, telling = publisher, True
        elif telling and publisher and _tells_no_one_else(reading, text, publisher, lex):
            _credit_all(reading, publisher, _said_by_no_one)
        else:
            telling = False
        if reading.publisher is not None:
            publisher, telling = reading.publisher, True


def _tells_no_one_else(reading: SentenceReading, text: str, teller: str, lex: Lexicon) -> bool:
    """The sentence names no teller but ``teller`` (no unnamed one either: 軍事専門家は…と
    指摘) and states nothing as the text's own."""
    named = {reading.source, reading.speaker, reading.credit} - {None, teller}
    unnamed = _UNNAMED_SPEAKER(lex.unnamed_sources).search(text) is not None
    own = any(t.claim.source is None and t.claim.status == "asserted" for t in reading.triggers)
    return not named and not unnamed and not own


@cache
def _UNNAMED_SPEAKER(sources: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(sources)})(?:ら|たち)?(?:は|が|によ)")


def _said_by_no_one(claim: Claim) -> bool:
    return claim.source is None and claim.status in ("reported", "possible", "estimated")


def _credit_all(reading: SentenceReading, teller: str, which: Callable[[Claim], bool]) -> None:
    reading.triggers = [
        replace(t, claim=credited_to(t.claim, teller)) if which(t.claim) else t
        for t in reading.triggers
    ]
    reading.quantities = [
        replace(q, claim=credited_to(q.claim, teller)) if which(q.claim) else q
        for q in reading.quantities
    ]


def _headline_told_in_lead(readings: list[SentenceReading], texts: list[str]) -> None:
    """北朝鮮、弾道ミサイルを発射 / 防衛省によると、北朝鮮は18日…発射した: a headline's
    act the lead tells again takes the lead's date and, when the headline credits no one,
    the lead's credit (and a plan the lead announces: 外相が訪朝 / …訪れると発表した)."""
    if len(readings) < 2 or texts[0].rstrip().endswith("。"):
        return
    lead = _credited_by_line(readings[1].triggers, readings[2] if len(readings) > 2 else None)
    updated = []
    for t in readings[0].triggers:
        # (the same word first: 批准手続き完了 / 6月に署名した条約を批准した)
        told = next((o for o in lead if o.form == t.form), None) or next(
            (o for o in lead if o.entry.category == t.entry.category), None
        )
        if told is not None and t.claim.source is None and told.claim.source is not None:
            # 北朝鮮、…追加供与か / 聯合ニュースは…と報じた: the headline's guess is the
            # lead's teller's, told as sure as the headline tells it.
            hedged = t.claim.status in ("possible", "planned")
            status = t.claim.status if hedged else told.claim.status
            t = replace(t, claim=replace(told.claim, status=status))
        if told is not None and t.claim.status in ("asserted", told.claim.status):
            telling = told.claim.source is not None or told.claim.status == "planned"
            if t.claim.source is None and telling:
                t = replace(t, claim=told.claim)
        if told is not None and t.date is None and told.date is not None:
            # 派兵か: a guess about the act the lead dates is a guess about that act.
            t = replace(t, date=told.date, ongoing=False)
        updated.append(t)
    readings[0].triggers = updated


def _credited_by_line(
    lead: list[TriggerReading], line: SentenceReading | None
) -> list[TriggerReading]:
    """The lead's acts as its credit line tells them (…を批准した。朝鮮中央通信が12日
    報じた。): the line's teller's, for the headline the lead retells."""
    if line is None or line.credit is None:
        return lead
    credited = Claim(source=line.credit, status="reported", credited=True)
    return [
        replace(t, claim=credited) if t.claim.source is None and t.claim.status == "asserted" else t
        for t in lead
    ]


def _dates_told_after(readings: list[SentenceReading], texts: list[str], lex: Lexicon) -> None:
    """北朝鮮の技術者がロシアを訪問していた。訪問は先月中旬で、…: the act the sentence
    before told with no date of its own takes the date the next sentence gives it."""
    for before, reading in pairwise(readings):
        found = dated_later(texts[reading.index], reading.dates, lex)
        if found is None:
            continue
        word, date = found
        category = lex.triggers[word].entry.category
        before.triggers = [
            replace(t, date=date, ongoing=False)
            if t.date is None and (t.form == word or t.entry.category == category)
            else t
            for t in before.triggers
        ]


def _finished_acts_dated_before(
    readings: list[SentenceReading], texts: list[str], lex: Lexicon
) -> None:
    """両首脳の会談が4日に行われた。…大統領は首脳会談を終えたあと、…: an act told as
    finished, with no date of its own, is the one of its kind the text dated before."""
    dated: dict[str, DateMention] = {}  # category → the date the text last gave an act of it
    for reading in readings:
        text = texts[reading.index]
        reading.triggers = [
            replace(t, date=dated[t.entry.category], ongoing=False)
            if t.date is None
            and t.entry.category in dated
            and text.startswith(lex.finished_words, t.end)
            else t
            for t in reading.triggers
        ]
        dated |= {t.entry.category: t.date for t in reading.triggers if t.date is not None}


def _credit_told_after(readings: list[SentenceReading], texts: list[str], lex: Lexicon) -> None:
    """A外相は26日、B外相と会談した。外務省によると、両外相は…を協議した: an act the
    sentence before tells as the text's own, which the next sentence opens by crediting
    and goes on telling (an act of the same kind, or its date), is that teller's."""
    for before, reading in pairwise(readings):
        opened = _OPENING_CREDIT(lex.source_markers).match(texts[reading.index])
        if opened is None or reading.source is None:
            continue
        # (…とも会談する予定だ: another meeting, yet to come, tells nothing of this one)
        told = {t.entry.category for t in reading.triggers if t.claim.status in _TOLD}
        found = dated_later(texts[reading.index], reading.dates, lex)
        if found is not None:
            told.add(lex.triggers[found[0]].entry.category)
        credited = Claim(source=reading.source, status="reported", credited=True)
        before.triggers = [
            replace(t, claim=credited)
            if t.claim.source is None and t.claim.status == "asserted" and t.entry.category in told
            else t
            for t in before.triggers
        ]


_TOLD = ("asserted", "reported")


def _unnamed_credit_after(readings: list[SentenceReading], texts: list[str], lex: Lexicon) -> None:
    """…ことが分かった。複数の外交関係者が明らかにした。: a short sentence that only says
    unnamed sources told it makes what the sentence before states as fact reported (by
    no one named: the teller's state is not said)."""
    for before, reading in pairwise(readings):
        text = texts[reading.index]
        if reading.credit is not None or reading.triggers or len(text) > _CREDIT_LINE:
            continue
        said = _UNNAMED_TELLER(lex.unnamed_sources, lex.credit_endings).match(text)
        if said is None:
            continue
        before.triggers = [
            replace(t, claim=replace(t.claim, status="reported", credited=True))
            if t.claim.source is None and t.claim.status == "asserted"
            else t
            for t in before.triggers
        ]


_CREDIT_LINE = 40


def _announced_after(readings: list[SentenceReading], texts: list[str], lex: Lexicon) -> None:
    """外相は11日から北朝鮮を訪問する。外務省が10日発表した。: an act the sentence before
    ends on in the plain non-past, announced by a credit line of its own, is yet to come
    (as …訪問すると発表した is)."""
    for before, reading in pairwise(readings):
        text = texts[reading.index]
        if (
            reading.triggers
            or len(text) > _CREDIT_LINE
            or not text.rstrip("。").endswith(lex.credit_endings)
        ):
            continue
        told = texts[before.index]
        before.triggers = [
            replace(t, claim=replace(t.claim, status="planned"))
            if t.claim.status in ("asserted", "reported")
            and t.entry.category in lex.acts_announced_ahead
            and _NON_PAST_END.match(told, t.end)
            else t
            for t in before.triggers
        ]


def _credit_over_hearsay(readings: list[SentenceReading], texts: list[str], lex: Lexicon) -> None:
    """北朝鮮は…を送った。見返りに…を受け取ったという。聯合ニュースが伝えた。: a credit
    line after a sentence that goes on telling the report (…という) credits the sentence
    the report began with too."""
    for first, middle, line in zip(readings, readings[1:], readings[2:], strict=False):
        told = texts[middle.index].rstrip("。 ").removesuffix("です")
        if line.credit is None or not told.endswith(lex.hearsay):
            continue
        if first.source or first.speaker or first.credit:
            continue
        first.triggers = [
            replace(t, claim=credited_to(t.claim, line.credit)) if t.claim.source is None else t
            for t in first.triggers
        ]
        first.quantities = [
            replace(q, claim=credited_to(q.claim, line.credit)) if q.claim.source is None else q
            for q in first.quantities
        ]


_NON_PAST_END = re.compile(r"(?:する|させる|します|る)。?\s*$")


@cache
def _UNNAMED_TELLER(sources: tuple[str, ...], endings: tuple[str, ...]) -> re.Pattern[str]:
    """複数の政府関係者が明らかにした。 / 外交筋が17日、明らかにした。 / 英紙タイムズが
    …報じた (a paper the gazetteer does not know, named after its kind)."""
    return re.compile(
        rf"^[^、。「」]{{0,12}}(?:{alternation(sources)})[^、。「」がはのに]{{0,10}}?(?:ら)?(?:が|は)"
        rf"[^。「」]{{0,20}}?"
        rf"(?:{alternation(endings)})。?$"
    )


@cache
def _OPENING_CREDIT(markers: tuple[str, ...]) -> re.Pattern[str]:
    """A sentence that opens by naming its teller: 外務省によると、…"""
    return re.compile(rf"^[^、。「」]{{1,25}}?(?:{alternation(markers)})、")


def _dates_by_sentence(doc: Document, rules: DateRules) -> list[list[DateMention]]:
    """Each sentence's dates (offsets into the sentence), found over runs of sentences
    that share a reference date so that anaphora reach back across sentences."""
    found: list[list[DateMention]] = [[] for _ in doc.sentences]
    run: list[int] = []
    for index, sentence in enumerate(doc.sentences):
        if run and doc.reference_date(doc.sentences[run[0]]) != doc.reference_date(sentence):
            _resolve_run(doc, run, rules, found)
            run = []
        run.append(index)
    if run:
        _resolve_run(doc, run, rules, found)
    return found


def _resolve_run(
    doc: Document, run: list[int], rules: DateRules, found: list[list[DateMention]]
) -> None:
    sentences = [doc.sentences[i] for i in run]
    start = sentences[0].start
    chunk = doc.text[start : sentences[-1].end]
    for mention in find_dates(chunk, doc.reference_date(sentences[0]), rules):
        at = start + mention.start
        for index, sentence in zip(run, sentences, strict=True):
            if sentence.start <= at and start + mention.end <= sentence.end:
                shift = start - sentence.start
                found[index].append(
                    replace(mention, start=mention.start + shift, end=mention.end + shift)
                )
                break


def _clause_of(doc: Document, index: int, text: str, lex: Lexicon) -> str:
    """The text to parse: a headline without the credit that closes it (…追加派遣か
    韓国情報機関), which the parser would take for the noun the headline describes, and
    with its statements set apart. A prefix of the text of the same length, so the
    parse's offsets stay the text's."""
    start = headline_credit_start(text, doc.mentions_in(doc.sentences[index]), lex)
    clause = text[:start].rstrip() if start is not None else text
    if clause.rstrip().endswith(("。", "」", "）", ")")):
        return clause
    # A headline of two statements set apart by a space (露朝首脳が会談　協力拡大で一致):
    # the parser would join them into one noun phrase; a full stop in the space's place
    # keeps every offset.
    return syntax.HEADLINE_GAP.sub("。", clause)


def _lead_date(text: str, dates: list[DateMention], lex: Lexicon) -> DateMention | None:
    """The date a paragraph's lead gives its news (安保理は28日、…, 政府は12日の閣議で、…):
    near the start and set off by a comma. Not a deadline or a count's date (4月30日まで
    の任期)."""
    return next((d for d in dates if is_lead(text, d) or occasion_lead(text, d, lex)), None)


_TOLD_MARK = re.compile(r"と(?!して|し、|も)")
_POINTING_BACK = re.compile(r"(?:このことは|これは|この内容は|こうした内容は|この事実は)、?")


@cache
def _SAID_SO(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """…こう指摘した。: the speech points back at the sentence before."""
    return re.compile(rf"こう(?:{alternation(verbs)})[^。、]{{0,8}}。?$")


def _credit_line(text: str, mentions: list[Mention], lex: Lexicon) -> str | None:
    """A sentence that only says who reported: 朝鮮中央通信(KCNA)が12日報じた。, and one
    pointing back at what it credits (このことは、…が明らかにした。 / …は2日、こう指摘した。)."""
    if len(text) > 40 or not mentions:
        return None
    back = _POINTING_BACK.match(text)
    opening = back.end() if back else 0
    head = re.compile(r"(.{1,30}?)(?:が|は)").match(text, opening)
    said = text.rstrip("。").endswith(lex.credit_endings) or bool(
        _SAID_SO(lex.speech_verbs).search(text)
    )
    if head is None or not said:
        return None
    # 金総書記が発射を視察したと朝鮮中央通信が伝えた: the teller follows the told clause
    # (not the と of …の話として, which names the teller's own source).
    told = max((m.start() for m in _TOLD_MARK.finditer(text, head.end())), default=opening - 1)
    if told > 0:
        head = re.match(rf"^(.{{{told + 1},{told + 30}}}?)(?:が|は)", text) or head
    inside = [m for m in mentions if told < m.start and m.end <= head.end()]
    # 朝鮮中央通信: the outlet, not the country name inside it.
    return max(inside, key=lambda m: (m.end, m.end - m.start)).entity_id if inside else None
