"""The Korean reader: a document's sentences → the records the extraction core reads.
Kiwi analyses only the sentences that can carry a fact (an event word or a counted
number), as GiNZA does for Japanese."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kansoku.lang import sentences_to_parse
from kansoku.lang.items import ItemWords
from kansoku.lang.ko import (
    answers,
    arguments,
    cargo,
    dismissals,
    givers,
    rejections,
    tellers,
    unnamed,
    whither,
)
from kansoku.lang.ko.claims import (
    claim_for,
    home_voice,
    published_by,
    quotes,
    source_marker,
    speaker,
    speakers,
)
from kansoku.lang.ko.clauses import aim_of_a_told_act, provision
from kansoku.lang.ko.credits import (
    carried_tellers,
    credited_ahead,
    credited_back,
    home_credits,
    mark_credited,
)
from kansoku.lang.ko.dates import find_dates
from kansoku.lang.ko.earlier import told_as_earlier
from kansoku.lang.ko.eventdates import date_of
from kansoku.lang.ko.numbers import NumberWords, find_quantities, kind_of
from kansoku.lang.ko.words import Lexicon, Morph, morphemes
from kansoku.lang.units import Units
from kansoku.model import Document, Mention
from kansoku.reading import (
    Args,
    DateMention,
    QuantityReading,
    SentenceChoice,
    SentenceReading,
    TriggerReading,
)

# A wire's dateline and byline: (서울=연합뉴스) 김철수 기자 =, 【서울=뉴시스】, [뉴스핌=… 기자]
_DATELINE = re.compile(
    r"^\s*[(\[【［][^)\]】］]{1,24}[)\]】］]\s*(?:[\uac00-\ud7a3]{2,4}\s*(?:기자|특파원)\s*=\s*)?"
)
# A sentence's credits: its source marker, its (last) speaker, a first speaker of two.
_Said = tuple[tuple[bool, str | None], tuple[int, str | None] | None, tuple[int, str | None] | None]
_OUTCOME_WINDOW = 12  # characters around a count in which what befell them is told
_OTHERS = "others"  # the measure a list adds with 등 (and others)
_CARGO_AFTER = 10  # characters after a movement word in which the goods it moves are named


@dataclass(frozen=True)
class Words:
    lexicon: Lexicon
    units: Units
    numbers: NumberWords
    items: ItemWords

    def worth_parsing(self, text: str) -> bool:
        if self.lexicon.find_triggers(text) or find_quantities(text, self.numbers):
            return True
        # (대사관은 "근거 없는 주장"이라고 답했다: a dismissal with no event word)
        return any(rejections.dismissing(text[a:b], self.lexicon) for a, b in quotes(text))


def read(
    doc: Document, words: Words, parse_all: bool = False, only: SentenceChoice | None = None
) -> list[SentenceReading]:
    texts = [doc.sentence_text(s) for s in doc.sentences]
    wanted = sentences_to_parse(doc, texts, words.worth_parsing, parse_all, only)
    analysed = dict(zip(wanted, morphemes([texts[i] for i in wanted]), strict=True))
    readings: list[SentenceReading] = []
    last_day: str | None = None  # the last day named
    act_day: str | None = None  # the last day of an act told
    for index, sentence in enumerate(doc.sentences):
        text = texts[index]
        dateline = _DATELINE.match(text)
        start = dateline.end() if dateline else 0
        mentions = [m for m in doc.mentions_in(sentence) if m.start >= start]
        dates = find_dates(text, doc.reference_date(sentence), (last_day, act_day))
        dates = [d for d in dates if d.start >= start]
        days = [d.value for d in dates if d.value and len(d.value) == 10]
        last_day = days[-1] if days else last_day
        act_before, act_day = act_day, _day_of_acts(text, dates, words.lexicon) or act_day
        first, spoken = speakers(text, mentions, words.lexicon)
        marked = _relaying(source_marker(text, mentions, words.lexicon), spoken, mentions)
        reading = _sentence(index, text, dates, marked, spoken, words, mentions)
        reading.furniture = ((0, start),) if dateline else ()
        morphs = analysed.get(index)
        if morphs is not None and not text.lstrip().startswith(words.lexicon.caption_openers):
            # ([사진] …이 11월 4일 회담하고 있다: a photo's caption tells no act of its own)
            said = (marked, spoken, first)
            reading.triggers = _triggers(text, morphs, mentions, dates, said, words)
            reading.triggers += rejections.spoken_denials(
                text, reading.triggers, dates, (marked, spoken), words.lexicon
            ) + rejections.quoted_dismissal(
                text, reading.triggers, dates, (marked, spoken), words.lexicon
            )
            reading.triggers = rejections.fabricators(
                text, reading.triggers, mentions, words.lexicon, aim=False
            )
            # (…보고서에서 러시아가 지난해 …을 공급했다고 밝혔다. 보고서에 따르면 …: the
            # report goes on; its undated act is of the date of the act told just before)
            before = _last_act_date(readings[-2:]) or act_before
            if before and text.lstrip().startswith(words.lexicon.report_goes_on):
                reading.triggers = _dated_as_before(reading.triggers, before)
            names = [
                (n.mention.entity_id, n.mention.start, n.role)
                for n in arguments.mark(text, mentions, words.lexicon, words.lexicon.roles)
            ]  # fmt: skip
            reading.triggers = dismissals.voiced(
                reading.triggers, mentions, (marked[1], spoken[1] if spoken else None),
                words.lexicon.voiced, (names, quotes(text)),
            )  # fmt: skip
            reading.quantities = _quantities(text, morphs, mentions, said, words)
            reading.spoken_of = tuple(dict.fromkeys(t.entry.category for t in reading.triggers))
            reading.points_back = _denies_the_one_before(text, words.lexicon)
        if text.rstrip(" .").endswith(words.lexicon.explaining_endings):
            _explains(reading)  # …보냈다는 것이다: the sentence before's teller says it
        elif text.rstrip(" .").endswith(words.lexicon.news_endings):
            _heard(reading)  # …바치고 있다는 소식입니다: news heard
        readings.append(reading)
    rejecting = words.lexicon.triggers.get(words.lexicon.rejecting_word)
    if rejecting is not None:
        dismissals.bare_dismissals(readings, rejecting.entry.category, words.lexicon.moved_alike)
    for i, reading in enumerate(readings):  # (키이우가 꾸며낸 날조: aimed at its maker)
        named = doc.mentions_in(doc.sentences[i])
        reading.triggers = rejections.fabricators(
            texts[i], reading.triggers, named, words.lexicon, aim=True
        )
    givers.givers_before(readings, words.lexicon.moved_alike)
    whither.receivers_before(doc, readings, words.lexicon.moved_alike)
    carried_tellers(doc, readings, words.lexicon)
    tellers.report_tellers(doc, readings, words.lexicon)
    tellers.finding_credits(doc, readings, words.lexicon)
    tellers.reckonings(doc, readings, words.lexicon)
    tellers.home_circles(doc, readings, words.lexicon)
    unnamed.unnamed_speakers(doc, readings, words.lexicon)
    credited_ahead(doc, readings, words.lexicon)
    credited_back(readings)
    home_credits(readings, [_points_back(t, words.lexicon) for t in texts])
    tellers.home_defaults(readings, words.lexicon)
    unnamed.credit_unnamed_tellers(doc, readings, words.lexicon)
    return readings


def _held_in_a_place(
    targets: list[str], mentions: list[Mention], before: str, lex: Lexicon
) -> bool:
    """참석: attending what is held in a city or a region is going there; not an embassy's
    reception, nor what an envoy posted in the country attends (주한 러시아대사는)."""
    places = {m.entity_id for m in mentions if m.kind == "place"}
    return any(t in places for t in targets) and not any(w in before for w in lex.resident_words)


def _last_act_date(readings: list[SentenceReading]) -> str | None:
    """The date of the last dated act the readings tell."""
    dated = [t.date.value for r in readings for t in r.triggers if t.date and t.date.calendar]
    return dated[-1] if dated else None


def _dated_as_before(triggers: list[TriggerReading], day: str) -> list[TriggerReading]:
    """통신에 따르면 그는 …을 돕겠다고 강조했다: the report the sentence before told
    goes on; an act it leaves undated is of that report's day."""
    told = DateMention(0, 0, "", day, None, "relative")
    return [t if t.date is not None else replace(t, date=told) for t in triggers]


def _explains(reading: SentenceReading) -> None:
    """A sentence that spells out what the one before told (이 같은 내용은 …에서 확인됐다.
    북한이 …을 보냈다는 것이다): its unsourced facts are someone's word, that one's."""
    reading.continues = True
    mark_credited(reading)


def _heard(reading: SentenceReading) -> None:
    """A sentence closed as news heard (…다는 소식입니다): its unsourced facts told as
    done are reported, someone's word."""
    mark_credited(reading)
    reading.triggers = [
        replace(t, claim=replace(t.claim, status="reported"))
        if t.claim.source is None and t.claim.status == "asserted"
        else t
        for t in reading.triggers
    ]


def _day_of_acts(text: str, dates: list[DateMention], lex: Lexicon) -> str | None:
    """The last day a sentence names for what it tells, not for its telling (29일 도착했다고
    30일 보도했다: the 29th): what a later 같은 날 refers to."""
    acts = [
        d.value for d in dates
        if d.value and len(d.value) == 10 and not lex.speech_verbs.match(text, d.end + 1)
    ]  # fmt: skip
    return acts[-1] if acts else None


def _relaying(
    marked: tuple[bool, str | None], spoken: tuple[int, str | None] | None,
    mentions: list[Mention],
) -> tuple[bool, str | None]:  # fmt: skip
    """타스통신에 따르면 쇼이구 서기는 …고 밝혔다; 홍길동 의원에 따르면 국정원은 …고
    보고했다: the outlet or the lawmaker only relays; the one it quotes is the source."""
    kinds = {m.entity_id: m.kind for m in mentions}
    if marked[1] is None or spoken is None:
        return marked
    if spoken[1] is None or kinds.get(spoken[1]) == "outlet":
        return marked
    return True, spoken[1]


def _sentence(
    index: int,
    text: str,
    dates: list[DateMention],
    marked: tuple[bool, str | None],
    spoken: tuple[int, str | None] | None,
    words: Words,
    mentions: list[Mention],
) -> SentenceReading:
    lex = words.lexicon
    publisher = published_by(text, mentions, lex)
    return SentenceReading(
        index=index,
        dates=dates,
        source=marked[1],
        # 연구소는 3일 보고서를 공개했다: who gives out a document speaks by it (보고서에
        # 따르면, in the next sentence, is theirs)
        speaker=spoken[1] if spoken and spoken[1] else publisher,
        publisher=publisher,
        home_speaker=home_voice(text, marked, spoken, lex),
        # 국정원은 19일 이같이 밝혔다: the sentence before is what it said
        credit=spoken[1] if spoken and _points_back(text, lex) else None,
        # "…": a sentence all quoted goes on with the speaker before it
        continues=(
            text.startswith(tuple(a + " " for a in lex.anaphora))
            and not text.startswith(lex.reactions)
        )
        or _all_quoted(text),
        turns_away=text.startswith(lex.turns + lex.reactions),
        past=bool(re.search(r"[았었였했]다|됐다", text)),
        lead_date=next((d for d in dates if d.calendar and d.start < 6), None),
    )


def _points_back(text: str, lex: Lexicon) -> bool:
    """The sentence tells that the one before is what was said: 이같이 밝혔다, or a
    demonstrative's noun as the object told (이같은 내용을, 이 같은 동향을, 이러한 사실을)."""
    if any(w in text for w in lex.pointing_objects):
        return True
    words = "|".join(map(re.escape, lex.pointing_determiners))
    return bool(words) and bool(
        re.search(
            rf"(?<![\uac00-\ud7a3])(?:{words})\s?[\uac00-\ud7a3]{{1,4}}(?:을|를|과|와)\s", text
        )
    )


def _denies_the_one_before(text: str, lex: Lexicon) -> bool:
    """The sentence denies what the one before told (이를 일축했다, 이 같은 보도를
    부인했다, 이에 대해 …사실이 아니라고 반박했다)."""
    if not any(w in text for w in lex.status_markers["denied"]):
        return False
    words = [w for w in lex.denied_anaphora if " " in w or w.endswith("를")]
    determiners = [*lex.pointing_determiners, *(w for w in lex.denied_anaphora if w not in words)]
    nouns = "|".join(map(re.escape, sorted(lex.claim_nouns, key=len, reverse=True)))
    pointed = "|".join(map(re.escape, sorted(determiners, key=len, reverse=True)))
    return any(re.search(rf"(?<![\uac00-\ud7a3]){re.escape(w)}\s", text) for w in words) or bool(
        re.search(
            rf"(?<![\uac00-\ud7a3])(?:{pointed})\s?(?:{nouns})(?:을|를|에|과|와|은|는|도)", text
        )
    )


def _inner_teller(
    text: str, start: int, quoted: list[tuple[int, int]], mentions: list[Mention], lex: Lexicon
) -> tuple[int, str | None] | None:
    """(where it ends, its teller) of a claim a quote itself credits to someone named
    (의원은 "우크라이나 정부는 북한이 …을 보냈다고 주장하고 있다"고 말했다: Ukraine's claim,
    quoted), for the event word at ``start`` inside it; else None."""
    span = next(((a, b) for a, b in quoted if a <= start < b), None)
    if span is None:
        return None
    a, b = span
    inner = [
        replace(m, start=m.start - a, end=m.end - a)
        for m in mentions
        if a <= m.start and m.end <= b
    ]
    said = speaker(text[a:b].rstrip(" .") + ".", inner, lex)
    if said is None or said[1] is None or start - a >= said[0]:
        return None
    return a + said[0], said[1]


def _troops_named(text: str, mentions: list[Mention], lo: int, start: int, lex: Lexicon) -> bool:
    """Troops stand in the clause: a name of troops (북한군) or a word for them of two
    syllables or more (병력, 부대; not 군 inside 군사대표단)."""
    named = any(
        lo <= m.start and m.end <= start and m.text.endswith(lex.troop_words) for m in mentions
    )
    return named or any(w in text[lo:start] for w in lex.troop_words if len(w) > 1)


def _all_quoted(text: str) -> bool:
    """The whole sentence is a quote (a speaker's words set apart after their sentence)."""
    body = text.strip()
    return (
        body[:1] in ('"', "“") and body.rstrip(".").endswith(('"', "”")) and len(quotes(body)) == 1
    )


_DESCRIBED = 12  # characters after an adnominal event word in which the noun it describes is


def _triggers(
    text: str,
    morphs: list[Morph],
    mentions: list[Mention],
    dates: list[DateMention],
    said: _Said,
    words: Words,
) -> list[TriggerReading]:
    marked, spoken, first = said
    lex = words.lexicon
    quoted = quotes(text)
    found = []
    for start, end, form in lex.find_triggers(text):
        if any(m.start <= start < m.end for m in mentions):
            continue  # a word inside a name (조약 in a treaty's name)
        spec = lex.triggers[form]
        if spec.needs and not any(n in text[max(0, start - 10) : end + 10] for n in spec.needs):
            continue
        if _compound(morphs, end) or _inside_noun(morphs, start, end):
            continue  # 파병군 (troops sent), 전투기 (a fighter): part of another noun
        if _occasion(text, end, lex) or _qualifies_noun(text, end, spec.entry.category, lex):
            continue  # 체결 1주년을 맞아, 파병 대가로, 전투 부대를: no act told
        if provision(text, end, lex):
            continue  # …을 제공한다는 조항: what a treaty provides for
        if aim_of_a_told_act(text, end, lex):
            continue  # 지원하기 위해 포탄을 보냈다: the shells' aim
        lo = arguments.clause_start(morphs, start, mentions)
        if spec.clause_needs and not any(w in text[lo:start] for w in spec.clause_needs):
            continue
        # (러시아에서 일하는 북한 노동자: the noun its adnominal form describes, too)
        upto = end + _DESCRIBED if spec.described_acts else start
        troops = any(w in text[lo:upto] for w in lex.troop_words)
        if spec.troops is not None and _troops_named(text, mentions, lo, start, lex):
            spec = spec.troops  # 병력이 …에 도착했다: troops deployed there
        if spec.troops_only and not troops:
            # 노동자들이 …에 투입됐다: workers sent; 나진항에서 러시아로 향한 컨테이너: goods
            # on their way, a shipment
            goods = words.items.find(text, lo, end + _CARGO_AFTER)
            if spec.workers is not None and any(w in text[lo:upto] for w in lex.worker_words):
                spec = spec.workers
            elif spec.cargo is None or not goods:
                continue
            else:
                spec = spec.cargo
        args = arguments.read_args(text, morphs, mentions, spec, start, end, lex, quoted)
        if spec.needs_target and not _held_in_a_place(args.targets, mentions, text[:start], lex):
            continue
        # 그는 "…을 지지할 것"이라고 말했다: saying it is the act (a pledge made that day)
        performed = spec.entry.category in lex.speech_acts and any(
            a <= start < b for a, b in quoted
        )
        inner = _inner_teller(text, start, quoted, mentions, lex)
        claim = claim_for(
            text, morphs, start, end, *(((False, None), inner) if inner else (marked, spoken)),
            lex, performed=performed, first=None if inner else first,
        )  # fmt: skip
        claimant = answers.claimed_by(text, arguments.mark(text, mentions, lex, lex.roles),
                                      (start, end), lex)  # fmt: skip
        if claimant is not None and claimant not in args.actors[:1]:
            # 국방부가 북한이 …을 넘겼다고 평가한 데 대해 반박: the ministry's claim, answered
            claim = replace(claim, source=claimant, credited=True)
        date = date_of(text, morphs, dates, (lo, start, end), args, spoken, performed, quoted,
                        lex, mentions)  # fmt: skip
        passive = arguments.voice(text, end, lex) == "passive"
        undergone = (
            passive or form.endswith(("됐", "된", "돼")) or text.startswith(("졌", "져"), end)
        )
        if undergone and spoken and spoken[1] and end <= spoken[0]:
            args = _not_by_teller(args, spoken[1])  # …이 옮겨졌다고 설명했다: not the teller's act
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
                date=date,
                ongoing=told_as_earlier(text, start, end, lex),
                items=moved,
            )
        )
    return found


def _not_by_teller(args: Args, teller: str) -> Args:
    """Who tells of an act undergone (국정원은 …이 북한으로 옮겨졌다고 설명했다) did not do it."""
    lent = [b.entity_id for b in args.borrowed[:1]]
    if args.actors[:1] == [teller] or (not args.actors and lent == [teller]):
        others = [b for b in args.borrowed if b.entity_id != teller]
        return replace(args, actors=[a for a in args.actors if a != teller], borrowed=others)
    return args


def _quantities(
    text: str,
    morphs: list[Morph],
    mentions: list[Mention],
    said: _Said,
    words: Words,
) -> list[QuantityReading]:
    marked, spoken, first = said
    units = words.units
    claimants = arguments.mark(text, mentions, words.lexicon, words.lexicon.roles)
    quoted = quotes(text)
    found = []
    for quantity, counter in find_quantities(text, words.numbers):
        if any(w in text[max(0, quantity.start - 8) : quantity.start] for w in units.limit_words):
            continue  # 상한선인 50만 배럴: a cap is no count of anything done
        kind_noun = kind_of(text, quantity, units, words.numbers.conversions)
        # 4700여 명이 죽거나 다쳤다; 전사한 북한군 300명: what happened to them, told after
        # the count or in the clause describing the counted noun before it.
        around = text[max(0, quantity.start - _OUTCOME_WINDOW) : quantity.end + _OUTCOME_WINDOW]
        outcome = next((v for k, v in units.outcomes.items() if k in around), None)
        if outcome is not None and (kind_noun is None or kind_noun[0] == "troops"):
            kind, measure = outcome[0], outcome[1] or None
        elif kind_noun is not None:
            # 병력 3000여 명을 추가로 파견: a count of its own (추가, 증파).
            # (not 2차 inside the count 12차례 itself)
            near = (
                text[max(0, quantity.start - 12) : quantity.start]
                + " "
                + text[quantity.end : quantity.end + 8]
            )
            extra = next(
                (m for w, m in units.measures.items()
                 if m == "additional" and re.search(rf"(?<![0-9]){re.escape(w)}", near)),
                None,
            )  # fmt: skip
            kind, measure = (
                kind_noun[0],
                _measure(text, quantity.start, kind_noun[1], units) or extra,
            )
        else:
            continue
        unit = units.currencies.get(counter) or units.kinds[kind].unit_for(counter)
        # (의원은 "국정원은 …을 넘긴 것으로 파악하고 있다"고 말했다: the agency's count)
        inner = _inner_teller(text, quantity.start, quoted, mentions, words.lexicon)
        claim = claim_for(
            text, morphs, quantity.start, quantity.end,
            *(((False, None), inner) if inner else (marked, spoken)), words.lexicon,
            figure=True, first=None if inner else first,
        )  # fmt: skip
        claimant = answers.claimed_by(text, claimants, (quantity.start, quantity.end),
                                      words.lexicon)  # fmt: skip
        if claimant is not None:  # 국방부가 … 포탄 수백만 발을 넘겼다고 평가한 데 대해
            claim = replace(claim, source=claimant, credited=True)
        owners = tuple(
            m.entity_id for m in reversed(mentions)
            if 0 <= quantity.start - m.end <= 14 and _owns_count(text, m, quantity.start, words)
        )  # fmt: skip
        found.append(QuantityReading(quantity, kind, unit, measure, owners, claim))
    return found


def _occasion(text: str, end: int, lex: Lexicon) -> bool:
    """The event word names an occasion or a price, not an act the sentence tells: it is
    followed by a count of years or a word of those (체결 1주년을 맞아, 서명 2돌, 파병
    대가로 현금을 지급)."""
    rest = re.sub(r"^\s?(?:\d+\s?)?", "", text[end : end + 16])
    return bool(lex.occasion_words) and rest.startswith(lex.occasion_words)


def _qualifies_noun(text: str, end: int, category: str, lex: Lexicon) -> bool:
    """The event word qualifies the noun after it (전투 부대를 보낸: a combat unit sent)."""
    heads = lex.modifier_heads.get(category, ())
    word = text[end:].split(maxsplit=1)
    return bool(heads) and text[end : end + 1] == " " and bool(word) and word[0] in heads


def _compound(morphs: list[Morph], end: int) -> bool:
    """The event word runs on into a noun of the same word (파병군, 지원금): a thing named,
    not an act told."""
    following = next((m for m in morphs if m.start >= end), None)
    return following is not None and following.start == end and following.tag in ("NNG", "XSN")


def _inside_noun(morphs: list[Morph], start: int, end: int) -> bool:
    """The event word is the front of a longer noun the analyser reads as one (전투기: a
    fighter jet, not combat; 발사체: a launcher), or straddles the end of a noun it starts
    inside (경제공동위원회: 경제 + 공동, no 제공)."""
    return any(
        m.tag.startswith("NN")
        and ((m.start <= start and end < m.end) or m.start < start < m.end < end)
        for m in morphs
    )


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
    # (북한군 사상자가 4천 명을: the counted noun with its subject particle)
    counted = {noun for spec in words.units.kinds.values() for noun in spec.nouns}
    return all(
        w in ignored or w.rstrip("의") in ignored or not w.endswith(particles)
        or re.sub(r"(?:이|가|은|는|도)$", "", w) in counted
        for w in between
    )  # fmt: skip
