"""Who says so, and how sure the text is: the Korean claim reader.

- a source marker (X에 따르면): the whole sentence is X's; an unnamed source (관계자, 소식통)
  credits it to no one named unless a state is attached to it (정부 관계자);
- a verb of saying closing the sentence (…고 밝혔다, …고 보도했다): what it says is its
  speaker's, the sentence's topic (국정원은, 조선중앙통신은);
- modality after the event word, in its clause: 예정, 계획, 하기로 (planned); 가능성,
  것으로 보인다, 추정 (possible); 것으로 알려졌다 (reported); 부인 (denied).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kansoku.lang.ko.clauses import (
    act_object,
    answered,
    auxiliary,
    body_state,
    conditional,
    described,
    negated,
    past_syllable,
    posted,
    relative_end,
    view_holder_words,
    view_origin,
)
from kansoku.lang.ko.headlines import (
    headline_teller,
    headline_teller_words,
    quote_headline,
    quote_then_teller,
    who,
)
from kansoku.lang.ko.words import Lexicon, Morph
from kansoku.model import Mention
from kansoku.reading import Claim

# Connective endings that join two statements (…했고, …하며): the modality of the second
# is not the first's.
_JOINING = frozenset({"고", "며", "으며", "면서", "으면서", "지만", "는데", "은데", "ㄴ데"})
# (″…″: some broadcasters quote with double primes)
_QUOTED = re.compile(r"[\"“″][^\"“”″]*[\"”″]")
# A quoted clause closed by its quotative ending before the verb of saying (…했다고 밝혔다),
# or a judged one by 것으로 (…보낸 것으로 국정원은 판단했다).
_QUOTATIVE = re.compile(r"(?:다|라|냐|자)?고\s|것으?로\s|(?:다|라)는\s")
# Syllables a verb's ending follows (보냈다는, 한다는, 있다는, 파병이라는): a word closed by
# 다는 or 라는 after one of them quotes a clause, it is no topic.
_VERB_BEFORE_QUOTATIVE = "".join(
    [chr(0xAC00 + i) for i in range(11172) if i % 28 == 20] + list("한된있없이하간는")
)
# (연구소(CSIS)는: a name with its abbreviation in brackets; not a verb's adnominal 는: 하는,
# 있는, nor a quoting 다는: 보냈다는 보도에 대해)
_TOPIC = re.compile(
    r"[\uac00-\ud7a3A-Za-z)]+(?<![하되있없않])(?<![" + _VERB_BEFORE_QUOTATIVE + r"][다라])"
    r"(?:은|는)(?=\s)"
)
# (미 국방부도 …고 밝혔다: a speaker joining others takes 도; 자유아시아방송(RFA)이)
_SUBJECT = re.compile(r"[\uac00-\ud7a3A-Za-z)]+(?:이|가|도)(?=\s)")


def source_marker(text: str, mentions: list[Mention], lex: Lexicon) -> tuple[bool, str | None]:
    """(marked, entity) for 국정원에 따르면 / 정부 관계자에 따르면 / 홍길동 민주당 의원에
    따르면 / 국방부가 국회에 제출한 자료에 따르면."""
    for marker in lex.source_markers:
        at = text.find(marker)
        if at <= 0:
            continue
        owner = _report_owner(text, at, mentions, lex)
        if owner is not None:
            return True, owner
        before = [m for m in mentions if m.end <= at and _apposed(text[m.end : at], lex)]
        if not before:
            return True, None
        named = before[-1]
        between = text[named.end : at]
        unnamed = any(u in between for u in lex.never_a_state) or _located(named, between, lex)
        return True, None if unnamed else named.entity_id
    holder = view_origin(text, mentions, lex)  # …는 분석이 우크라이나 정보당국에서 나왔다
    if holder is None and view_holder_words(text, lex) is not None:
        return True, None  # …다는 정보 당국의 관측이 나온다: held by someone unnamed
    return (True, holder) if holder is not None else (False, None)


def _located(named: Mention, after: str, lex: Lexicon) -> bool:
    """The state's bare name qualifies a teller located there (북한 소식통, 러시아 현지
    소식통은): a witness in the state, not its voice (미국 정부 소식통, 북한 당국: its voice)."""
    words = " ".join(after.split())
    bare = not named.text.endswith(("정부", "당국", "측"))
    return (
        named.kind == "country"
        and bare
        and (words in lex.located_tellers or re.sub(r"(?:은|는|이|가|도)$", "", words)
             in lex.located_tellers)
    )  # fmt: skip


# Particles that end a word of a phrase governed by another word (국방부가 제출한, 국회에):
# no longer the name's own title after it.
_GOVERNED = ("이", "가", "은", "는", "을", "를", "에", "와", "과", "로", "도", "서", "한", "된")


def _apposed(between: str, lex: Lexicon) -> bool:
    """The words between a name and a source marker are its own: close to it (국방부
    관계자에), or bare nouns in apposition (홍길동 더불어민주당 의원에, 미 국방부 고위
    관계자에)."""
    if len(between) <= 8:
        return True
    words = between.split()
    return len(between) <= 24 and len(words) <= 3 and not any(w.endswith(_GOVERNED) for w in words)


def _report_owner(text: str, at: int, mentions: list[Mention], lex: Lexicon) -> str | None:
    """Who gave out the document a source marker names: the name right before the noun
    (국정원 보고서에 따르면), the giver of one received (국방부로부터 제출받은 자료), else
    the subject or owner of the clause describing it (연구소가 공개한 보고서, 국방부의
    자료)."""
    noun = next((n for n in lex.report_nouns if text.endswith(n, 0, at)), None)
    if noun is None:
        return None
    head = at - len(noun)
    lo = max(text.rfind(",", 0, head) + 1, head - 40, 0)
    named = [m for m in mentions if lo <= m.start and m.end <= head]
    if not named:
        return None
    if not text[named[-1].end : head].strip():
        return named[-1].entity_id  # 국정원 보고서
    clause = text[lo:head]
    if "받은" in clause:
        giver = [m for m in named if text.startswith(("로부터", "에서", "에게서"), m.end)]
        if giver:
            return giver[-1].entity_id
    subject = [m for m in named if text.startswith(("이 ", "가 ", "은 ", "는 ", "의 "), m.end)]
    return subject[0].entity_id if subject else None


def published_by(text: str, mentions: list[Mention], lex: Lexicon) -> str | None:
    """The topic of a sentence that gives out a document (연구소는 19일 보고서를 공개했다):
    the text goes on to tell what the document says."""
    nouns = "|".join(map(re.escape, lex.report_nouns))
    verbs = "|".join(map(re.escape, lex.publishing_verbs))
    published = re.search(rf"(?:{nouns})(?:를|을)\s(?:{verbs})", text) if nouns and verbs else None
    if published is None:
        return None
    topics = [m for m in mentions if m.end < published.start() and _TOPIC.match(text, m.start)]
    topics = [m for m in topics if re.match(r"[\uac00-\ud7a3)]*(?:은|는)\s", text[m.end :])]
    return topics[0].entity_id if topics else None


def quotes(text: str) -> list[tuple[int, int]]:
    """The spans inside double quotes."""
    return [(m.start() + 1, m.end() - 1) for m in _QUOTED.finditer(text)]


def speaker(text: str, mentions: list[Mention], lex: Lexicon) -> tuple[int, str | None] | None:
    """(where what is said ends, its speaker) when someone says the sentence's content:
    a headline opening with a name and a quote (국정원 "…"); a sentence closed by a verb
    of saying, whose speaker is the topic between the quoted clause and the verb (…고 이
    의원과 박 의원은 설명했다), else the sentence's topic (국정원은 "…"고 부연했다;
    김철수·홍길동 의원은 …고 밝혔다: 김철수). None as speaker when the topic names no
    entity (이 의원은): the paragraph's speaker is meant, and for hearsay (…다고 한다)."""
    headline = quote_headline(text)
    spans = quotes(text)
    said = speaker_phrase(text, lex)
    if len(spans) > 1 and said is not None and said[0] >= spans[-1][1]:
        # 국정원은 "…"며 "…"고 보고했다: a run of quotes the closing verb says, not a
        # headline's first quote
        headline = None
    if headline and spans:
        named = [m for m in mentions if m.end <= headline.end(1)]
        if named:
            # 조선중앙통신은 "…": the outlet, not the state inside its name.
            return spans[0][1], who(named)
        if headline.group(1).split()[-1] in lex.unnamed_tellers:
            # 군 당국 "…", 정부 고위 관계자 "…": told, no one named
            return spans[0][1], None
    teller = headline_teller(text, mentions, lex) or quote_then_teller(text, mentions)
    if teller is not None:
        return teller
    if said is None:
        # "북한, 러시아에 병력 추가 파견": words all quoted are someone's, no one named
        body = text.strip()
        quoted = body[:1] in ('"', "“", "″") and body.rstrip(".").endswith(('"', "”", "″"))
        return (len(text), None) if quoted and len(spans) == 1 else None
    at, lo, hi = said
    named = [m for m in mentions if lo <= m.start and m.end <= hi]
    topic = " ".join(text[lo:hi].split()[-3:])
    if re.sub(r"(?:은|는|이|가|도)$", "", topic.split()[-1] if topic else "") in lex.mute_heads:
        named = []  # 또 북한군 사상자는 …늘었다고 밝혔다: what is told of, not who tells
    if any(w in topic for w in lex.never_a_state):
        # 북한 전문가는: an expert on the state, not its voice; 북한군 포로는: a captive of
        # that army, not its spokesman (a name written bare before such a word)
        named = [
            m
            for m in named
            if m.kind not in ("country", "place") and not _qualifies(text, m.end, hi, lex)
        ]
    named = [m for m in named if not _located(m, text[m.end : hi], lex)]
    named = [m for m in named if not posted(text, m.end, hi, lex)]  # 러시아 주재 북한 대사
    # 러시아가 제공하는 기술에 대해서는 "…"고 전했다: what is spoken of, not who speaks.
    frames = "|".join(map(re.escape, lex.reaction_frames))
    upto = next((a for a, _ in spans if a >= hi), at)
    about = list(re.finditer(rf"(?:{frames})(?:서)?(?:는|도)?\s", text[lo:upto])) if frames else []
    if about:
        named = [m for m in named if m.start >= lo + about[-1].end()]
    if not named and not any(w in topic for w in lex.never_a_state):
        return at, body_state(topic, lex)  # 한기정 더불어민주당 의원은: that body's state
    return at, who(named)


def _qualifies(text: str, end: int, hi: int, lex: Lexicon) -> bool:
    """The name ending at ``end`` is written bare before a word of those that speak for no
    state (북한군 전문가인, 러시아군 포로는), so it says what the speaker knows or was."""
    rest = text[end:hi].lstrip()
    return any(rest.startswith(w) for w in lex.never_a_state)


# A verb of saying joined to a second statement (…고 밝혔고, …라고 주장했지만): the first
# speaker's clause ends there.
_JOINED_SAYING = re.compile(r"(?<=[\uac00-\ud7a3])(?:고|으며|으나|지만|는데)[,\s]")


def speakers(
    text: str, mentions: list[Mention], lex: Lexicon
) -> tuple[tuple[int, str | None] | None, tuple[int, str | None] | None]:
    """(first, last) speakers of a sentence of two statements (국정원은 "…"고 밝혔고,
    크렘린궁은 "…"고 반박했다): the first says what comes before its verb, the last the
    rest; first is None when one speaker says it all."""
    spoken = speaker(text, mentions, lex)
    if spoken is None:
        return None, None
    closing = speaker_phrase(text, lex)  # (국정원은 "…"고 밝혔고: past its opening quote)
    limit = max(spoken[0], closing[0] if closing else 0)
    for joint in _JOINED_SAYING.finditer(text, 0, limit):
        if not past_syllable(text[joint.start() - 1]):
            continue  # 밝혔고, 주장했지만: a past verb joined on, not 보내고
        head = text[: joint.start()] + "다."
        said = speaker_phrase(head, lex)
        if said is None or said[0] < joint.start() - 8 or said[1] == said[2]:
            continue  # not a verb of saying closing a clause with its own speaker
        first = speaker(head, [m for m in mentions if m.end <= joint.start()], lex)
        if first is None or first[1] is None:
            continue
        cut = joint.end()
        rest = [
            replace(m, start=m.start - cut, end=m.end - cut) for m in mentions if m.start >= cut
        ]
        second = speaker(text[cut:], rest, lex)
        last = second[1] if second is not None and second[1] is not None else first[1]
        return (joint.start(), first[1]), (limit, last)
    return None, spoken


def speaker_phrase(text: str, lex: Lexicon, relayed: bool = False) -> tuple[int, int, int] | None:
    """(where what is said ends, start and end of the phrase naming who says it) for a
    sentence closed by a verb of saying, by a view its holder owns (…다는 게 국정원의
    판단이다) or holding one joined to the rest (…고 밝히며 사진을 공개했다); an empty
    phrase when the sentence names no one (hearsay: …다고 한다). ``relayed``: the clause
    another relays, whose speaker is a subject (…고 정보국장이 말했다고 보도했다)."""
    found = _saying(text, lex)
    if found is None:
        return None
    at, form, holder, joined = found
    if holder is not None:
        return at, holder[0], holder[1]
    spans = quotes(text)
    quotatives = list(_QUOTATIVE.finditer(text, 0, at))
    if form in lex.hearsay:
        # 국정원은 …을 포착했다고 한다: the one who told it, heard of; else no one named
        heard = _relayed(text, at - 1, lex) if text[at - 1 : at] in ("다", "라") else None
        return (at, heard[0], heard[1]) if heard else (at, at, at)
    quoted_end = max([e for _, e in spans if e <= at] + [m.end() for m in quotatives], default=0)
    if quoted_end == 0:
        quoted_end = described(text, at, lex)  # …을 제공한 정황을 포착했다: what was detected
    if joined or form.startswith(_QUOTING):
        quoted_end = max(quoted_end, at)  # …보냈다며, …것으로 보고 있다: the clause said ends
    thing = not any(w in text[:at] for w in lex.told_objects)
    if quoted_end == 0 and form in lex.confirming_verbs and act_object(text, at, lex):
        quoted_end = at  # 북한군의 파병을 확인했다: the act is what was confirmed
    elif quoted_end == 0 and form in lex.object_verbs and thing:
        return None  # 비준 정령을 발표했다: it publishes a thing, not a claim
    relay = _relayed(text, quotatives[-1].start(), lex) if quotatives else None
    if relay is not None and quotatives[-1].end() == quoted_end:
        # 국정원은 …고 보고했다고 정보위 간사가 전했다: the one who told it, not the relay
        return at, relay[0], relay[1]
    between = text[quoted_end:at]
    # (…고 이 의원과 박 의원은 설명했다: who speaks, between the clause said and the verb;
    # with nothing quoted, the sentence's topic says it, not a subject inside a relative
    # clause: 북한이 …을 제공한 정황을 포착했다고 백악관은 밝혔다)
    if quoted_end and (_TOPIC.search(between) or _SUBJECT.search(between)):
        return at, quoted_end, at
    topic = _sentence_topic(text, at, quoted_end, spans, relayed, lex)
    if topic is None:
        return at, at, at
    # 타스통신에 따르면 쇼이구 서기는: the topic's phrase starts after the source marker
    lo = max(
        (i + len(m) for m in lex.source_markers if (i := text.rfind(m, 0, topic.start())) >= 0),
        default=0,
    )
    if relayed:  # 통신은 정보국장이 …: the subject's own words, after the relay's
        lo = max([lo] + [t.end() for t in _TOPIC.finditer(text, 0, topic.start())])
    return at, lo, topic.end()


def _saying(text: str, lex: Lexicon) -> tuple[int, str, tuple[int, int] | None, bool] | None:
    """(where the saying starts, its form, the holder's phrase of a view) for a sentence
    closed by a verb of saying, by a held view (…는 게 X의 판단이다) or holding a verb of
    saying joined to another (…고 밝히며 …을 공개했다: the last such; True then)."""
    body = text.rstrip(" .\"'”’")
    tail = body[-14:]
    said = list(lex.speech_verbs.finditer(tail))
    if said:
        at, form = len(body) - len(tail) + said[-1].start(), said[-1].group()
        if form.startswith(("은 ", "는 ")):  # 국정원은 보고 있다: the topic's own particle
            at, form = at + 2, form[2:]
        return at, form, None, False
    view = _VIEW.search(body)
    if (
        view is not None
        and body[view.end("noun") :] in _COPULA
        and view.group("noun") in lex.view_nouns
    ):
        return view.start(), view.group("noun"), (view.start("who"), view.end("who")), False
    held = _HELD.search(body)
    if held is not None and held.group("noun") in lex.view_nouns:
        return held.start(), held.group("noun"), None, True  # 국정원은 …라는 입장이다
    joined = list(lex.speech_connectives.finditer(text))
    if joined:
        return joined[-1].start(), joined[-1].group(), None, True
    return None


# …다는 게 국정원의 판단이다, …라는 것이 군 당국의 설명이다: a view and its holder.
_VIEW = re.compile(
    r"(?:는|은|ㄴ)\s(?:게|것이|것은)\s(?P<who>[^\"“”]{1,30}?)(?:의)?\s?(?P<noun>[\uac00-\ud7a3]{2,3})"
    r"(?=이다$|입니다$|이었다$|였다$|이라고\s?한다$|라고\s?한다$)"
)
# 국정원은 …을 확인 중이라는 입장이다: the topic holds the view of the clause before.
_HELD = re.compile(r"(?:다|라)는\s(?P<noun>[\uac00-\ud7a3]{2,3})(?:이다|입니다)$")
_COPULA = ("이다", "입니다", "이었다", "였다", "이라고 한다", "라고 한다", "이라고한다", "라고한다")


def _sentence_topic(
    text: str, at: int, quoted_end: int, spans: list[tuple[int, int]], relayed: bool,
    lex: Lexicon,
) -> re.Match[str] | None:  # fmt: skip
    """The sentence's own topic, not one inside what it quotes (이어 "러시아는 …"고
    덧붙였다)."""
    outside = [
        t for pattern in (_TOPIC, _SUBJECT) for t in pattern.finditer(text, 0, at)
        if not any(a <= t.start() < b for a, b in spans)
        and not text.startswith((" 것", " 바", " 점"), t.end())  # 받은 것으로: a verb's ending
        and t.group() not in lex.not_subjects  # 추가 파병을: a noun, no subject
        # (합참이 …했다고 분석한 데 대해 …고 반박했다: the one answered, who says nothing)
        and not any(f in text[t.end() : at] for f in lex.answered_frames)
    ]  # fmt: skip
    # 아울러 북한이 …을 받은 것으로 파악했다: a lone subject before the clause said is that
    # clause's own (the speaker goes on from the sentence before); of two (통신이 …
    # 장관이 도착했다고 보도했다), the first says it. A subject right before a quote says
    # the quote (국정원이 "…"고 보고했다).
    inner = [t for t in outside if t.re is _SUBJECT and t.start() < quoted_end]
    opening = [t for t in inner if _opens_quote(text, t.end())]
    if len(inner) == 1 and not opening:
        outside.remove(inner[0])
    finding = re.search(r"것으?로\s*$", text[:quoted_end]) is not None
    if relayed and (opening or len(inner) > 1) and not (finding and not opening):
        # the relayed clause's speaker is its subject, not the relay's topic (but the
        # subjects of a finding, …이 …한 것으로 판단했다고, are what was found)
        return opening[-1] if opening else inner[0]
    topics = [t.start() for t in outside if t.re is _TOPIC]
    # (not a subject inside the clause said: 국정원은 …북한이 …할 것으로 전망했다고)
    later = [t for t in outside if t.re is _SUBJECT and topics and t.start() > max(topics)
             and t.start() >= quoted_end]  # fmt: skip
    if relayed and later:
        # 두 의원은 국정원이 이같이 보고했다고 밝혔다: the subject of the verb relayed, after
        # the relay's own topic, first said it
        return later[-1]
    return min(outside, key=lambda t: (t.re is _SUBJECT, t.start()), default=None)


# A verb of saying written with its quotative (…고 했다, …것으로 보고 있다).
_QUOTING = ("고 ", "로 ", "며 ", "라고 ")


def _opens_quote(text: str, at: int) -> bool:
    return text[at:].lstrip().startswith(('"', "“", "″"))


def _relayed(text: str, at: int, lex: Lexicon) -> tuple[int, int] | None:
    """The phrase naming who first said a clause that another relays (…고 보고했다고 …
    의원이 전했다): the quoted clause itself closes with a verb of saying and a topic."""
    inner = text[:at]
    tail = inner[-14:]
    said = [m for m in lex.speech_verbs.finditer(tail) if m.end() == len(tail)]
    if not said:
        return None
    found = speaker_phrase(inner + "다.", lex, relayed=True)
    if found is None or found[1] == found[2]:
        return None
    return found[1], found[2]


def home_voice(
    text: str, marked: tuple[bool, str | None], spoken: tuple[int, str | None] | None,
    lex: Lexicon,
) -> bool:  # fmt: skip
    """An unnamed office of the publishing state's own is the sentence's source (정부
    소식통에 따르면; 군 관계자는 …고 말했다; …고 정부 당국자가 전했다): in a Seoul paper,
    South Korea's."""
    if marked[0] and marked[1] is None:
        found = [i for i in (text.find(m) for m in lex.source_markers) if i > 0]
        phrase = (
            text[max(0, min(found) - 12) : min(found)]
            if found
            else view_holder_words(text, lex) or ""
        )
    elif spoken is not None and spoken[1] is None:
        said = speaker_phrase(text, lex)
        headline = quote_headline(text) if said is None else None
        closing = headline_teller_words(text) if said is None else None
        if headline is not None:
            phrase = headline.group(1)  # 군 당국 "…"
        elif closing is not None:
            phrase = closing  # …정부 소식통
        elif said is None or said[1] == said[2]:
            return False
        else:
            # the topic's own words (한 정부 소식통은), not the content before it
            phrase = " ".join(text[said[1] : said[2]].split()[-3:])
    else:
        return False
    if any(w in phrase for w in lex.never_a_state):
        return False  # 미국 정부 산하 매체: the press (or an expert), no office of the state
    return any(re.search(rf"(?<![\uac00-\ud7a3]){re.escape(o)}", phrase) for o in lex.home_offices)


def claim_for(
    text: str,
    morphs: list[Morph],
    start: int,
    end: int,
    marked: tuple[bool, str | None],
    spoken: tuple[int, str | None] | None,
    lex: Lexicon,
    figure: bool = False,
    performed: bool = False,
    first: tuple[int, str | None] | None = None,
) -> Claim:
    """How sure the text is of the act at ``start:end`` and who tells it; ``performed``:
    the act is done by saying it (a pledge quoted), whatever tense the quote has."""
    answer = answered(text, end, lex)
    if answer is not None and not any(w in text[end:] for w in lex.status_markers["denied"]):
        # …보냈다는 보도에 대해 크렘린궁은 "…"고 말했다: told by the report, no one named
        return Claim(source=None, status=answer, credited=True)
    credited, source = marked
    if first is not None and end <= first[0]:
        spoken = first  # 국정원은 "…"고 밝혔고, 크렘린궁은 …: the first speaker's clause
    if spoken is not None and end <= spoken[0]:
        credited = True
        source = source or spoken[1]
    whole = _clause_close(morphs, end, spoken)
    window = text[end:whole]
    # …것으로 파악됐다: found by someone unnamed (in a paragraph naming its source, theirs)
    # (…것으로 14일 확인됐다: the day of the finding between)
    found = re.sub(r"(것으?로)\s(?:\d{1,2}일|이날|오늘)\s", r"\1 ", window)
    credited = credited or any(w in found for w in lex.unnamed_findings)
    markers = lex.status_markers
    # (a quote after it: the speaker's mood; a noun it describes: the rest is the noun's)
    close = min(whole, _quote_ahead(text, end), relative_end(morphs, end) or whole)
    # 방문할 것이라는 관측이 나온다: the outer word (the last) says how sure the text is
    planned, possible = (max((text[end:close].rfind(w) for w in markers[k]), default=-1)
                         for k in ("planned", "possible"))  # fmt: skip
    judged = _judged(window, possible, markers["possible"])
    if judged:
        # 반입된 것으로 보고서는 추정했는데: someone's estimate told, not the text's guess
        possible, credited = -1, True
    planned = max(planned, _future(morphs, end, close) - end, -1)
    coming = any(w in text[max(0, start - _COMING_SPAN) : start] for w in lex.coming_times)
    if _non_past(morphs, end, close, coming):
        planned = max(planned, close - end)  # 효력이 발생한다: takes effect (to come)
    if performed:
        planned = -1
    if _denied(text, morphs, (start, end), window, spoken, lex):
        status = "denied"
    elif conditional(morphs, end, lex):
        status = "possible"  # 북한이 병력을 보낼 경우: supposed, not told
    elif figure and _estimated(text[end:], planned, lex):
        status = "estimated"  # 600만 발에 이를 것으로 추산했다: a count estimated, not planned
    elif planned >= 0 and planned > possible:
        status = "planned"
    elif figure and any(w in window for w in lex.estimate_words):
        status = "estimated"
    elif possible >= 0:
        status = "possible"
    elif credited or any(w in window for w in markers["reported"]):
        status = "reported"
    else:
        status = "asserted"
    return Claim(source=source, status=status, credited=credited)


def _denied(
    text: str, morphs: list[Morph], span: tuple[int, int], window: str,
    spoken: tuple[int, str | None] | None, lex: Lexicon,
) -> bool:  # fmt: skip
    """The act at ``span`` is denied: by the verb that says it (…의혹을 부인하고 있다), by
    a word of denial in its clause (…사실이 아니라고), unless the denial is withheld
    (부인하지 않았다), or by its own verb negated (보내지 않았다)."""
    start, end = span
    denials = lex.status_markers["denied"]
    denying = spoken is not None and end <= spoken[0] and text.startswith(denials, spoken[0])
    withheld = any(w in window and w.startswith(denials) for w in lex.status_markers["possible"])
    denial = denying or any(w in window for w in denials)
    return (denial and not withheld) or negated(morphs, start, end, lex)


def _estimated(rest: str, planned: int, lex: Lexicon) -> bool:
    """A count told with a future ending under a verb of estimating after it (600만 발에
    이를 것으로 추산했다, the verb of saying itself), not a plan."""
    estimate = max((rest.rfind(w) for w in lex.estimate_words), default=-1)
    return 0 <= planned < estimate


# The active past of a verb of judging (추정했다, 전망했는데): someone judged so.
_JUDGING = ("했", "하였", "해 왔")


def _judged(window: str, at: int, words: tuple[str, ...]) -> bool:
    """The last marker of possibility is a judging verb someone used in the active past
    (…것으로 추정했다), not the text's own hedge (…것으로 추정된다)."""
    if at < 0:
        return False
    word = max((w for w in words if window.startswith(w, at)), key=len, default="")
    return bool(word) and window.startswith(_JUDGING, at + len(word))


def _future(morphs: list[Morph], start: int, end: int) -> int:
    """Where the future's adnominal ending before 것 stands (발전시킬 것이다: will develop;
    the syllable hides the ending from the text), else -1."""
    found = [
        max(a.start, start) for p, a, b in zip(morphs, morphs[1:], morphs[2:], strict=False)
        if start <= a.end and b.end <= end and a.tag == "ETM" and a.form in ("ᆯ", "을", "ㄹ")
        and b.form == "것" and p.tag != "EP"  # 보냈을 것이다: a guess about the past
    ]  # fmt: skip
    return max(found, default=-1)


# The final ending of an action verb in the present (보낸다, 발생한다, 가진다): in news, what
# is to come or a rule, not a past act.
_NON_PAST = frozenset({"ᆫ다", "는다"})


# The same present told as someone's words, after a time to come (다음 달 방문한다고
# 발표했다: announced it will visit), and how far before the event word that time stands.
_NON_PAST_TOLD = frozenset({"ᆫ다고", "는다고"})
_COMING_SPAN = 20


def _non_past(morphs: list[Morph], end: int, close: int, coming: bool = False) -> bool:
    """The event word's own verb (not a later one: 관측이 나온다) closes its clause in the
    present, or is quoted in the present after a time to come (다음 달 …방문한다고)."""
    told = next((i for i, m in enumerate(morphs) if m.end > end and m.tag in ("EF", "EC")), 0)
    if coming and told and morphs[told].tag == "EC" and morphs[told].form in _NON_PAST_TOLD:
        verb = morphs[told - 1]
        return verb.tag in ("VV", "XSV") and verb.start <= end  # the event word's own verb
    ending = max((i for i, m in enumerate(morphs) if m.end <= close and m.tag == "EF"), default=0)
    if ending == 0 or morphs[ending].form not in _NON_PAST:
        return False
    verb = morphs[ending - 1]
    return verb.tag in ("VV", "XSV") and verb.start <= end and morphs[ending].end >= end


_QUOTE_MARKS = frozenset('"“”')


def _quote_ahead(text: str, end: int) -> int:
    """Where a quote opens after an event word told outside quotes (만나 "…할 것"이라고
    말했다): its modality is the speaker's, not the act's. The text's end otherwise."""
    if sum(ch in _QUOTE_MARKS for ch in text[:end]) % 2:
        return len(text)  # inside a quote: its own clause runs to the quote's end
    return next((i for i in range(end, len(text)) if text[i] in _QUOTE_MARKS), len(text))


def _clause_close(morphs: list[Morph], end: int, spoken: tuple[int, str | None] | None) -> int:
    """Where the modality of an event word ending at ``end`` stops: the sentence's end,
    or a connective that joins a second statement, or the verb of saying."""
    stop = spoken[0] if spoken is not None and spoken[0] >= end else None
    for m in morphs:
        if m.start < end:
            continue
        if stop is not None and m.start >= stop:
            return stop
        if m.tag in ("EF", "SF") or (
            m.tag == "EC" and m.form in _JOINING and not auxiliary(morphs, m)
        ):
            return m.end
    return stop if stop is not None else (morphs[-1].end if morphs else end)
