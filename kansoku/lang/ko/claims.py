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

from kansoku.lang.ko.words import Lexicon, Morph
from kansoku.model import Mention
from kansoku.reading import Claim

# Connective endings that join two statements (…했고, …하며): the modality of the second
# is not the first's.
_JOINING = frozenset({"고", "며", "으며", "면서", "으면서", "지만", "는데", "은데", "ㄴ데"})
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
# A quoted clause closed by its quotative ending before the verb of saying (…했다고 밝혔다).
_QUOTATIVE = re.compile(r"(?:다|라|냐|자)?고\s")
_TOPIC = re.compile(r"[\uac00-\ud7a3A-Za-z]+(?:은|는)(?=\s)")
_SUBJECT = re.compile(r"[\uac00-\ud7a3A-Za-z]+(?:이|가)(?=\s)")


def source_marker(text: str, mentions: list[Mention], lex: Lexicon) -> tuple[bool, str | None]:
    """(marked, entity) for 국정원에 따르면 / 정부 관계자에 따르면."""
    for marker in lex.source_markers:
        at = text.find(marker)
        if at <= 0:
            continue
        before = [m for m in mentions if m.end <= at and at - m.end <= 8]
        if not before:
            return True, None
        named = before[-1]
        between = text[named.end : at]
        unnamed = any(u in between for u in lex.never_a_state)
        return True, None if unnamed else named.entity_id
    return False, None


def quotes(text: str) -> list[tuple[int, int]]:
    """The spans inside double quotes."""
    return [(m.start() + 1, m.end() - 1) for m in _QUOTED.finditer(text)]


def speaker(text: str, mentions: list[Mention], lex: Lexicon) -> tuple[int, str | None] | None:
    """(where what is said ends, its speaker) when someone says the sentence's content:
    a headline opening with a name and a quote (국정원 "…"); a sentence closed by a verb
    of saying, whose speaker is the topic between the quoted clause and the verb (…고 이
    의원과 박 의원은 설명했다), else the sentence's topic (국정원은 "…"고 부연했다;
    이성권·박선원 의원은 …고 밝혔다: 이성권). None as speaker when the topic names no
    entity (이 의원은): the paragraph's speaker is meant."""
    headline = re.match(r"\s*([^\s\"“]+)\s*[\"“]", text)
    spans = quotes(text)
    if headline and spans:
        named = [m for m in mentions if m.end <= headline.end(1)]
        if named:
            return spans[0][1], named[-1].entity_id
    body = text.rstrip(" .\"'”’")
    tail = body[-14:]
    said = list(lex.speech_verbs.finditer(tail))
    if not said:
        return None
    at = len(body) - len(tail) + said[-1].start()
    quoted_end = max(
        [e for _, e in spans if e <= at] + [m.end() for m in _QUOTATIVE.finditer(text, 0, at)],
        default=0,
    )
    between = text[quoted_end:at]
    if _TOPIC.search(between) or _SUBJECT.search(between):
        return at, _who([m for m in mentions if quoted_end <= m.start and m.end <= at])
    topic = _TOPIC.search(text[:at]) or _SUBJECT.search(text[:at])
    if topic is None:
        return at, None
    return at, _who([m for m in mentions if m.end <= topic.end()])


def _who(named: list[Mention]) -> str | None:
    """The speaker among the names of a topic phrase: the first that is not a state or a
    place qualifying it (미국 워싱턴의 전략국제문제연구소는: the institute)."""
    own = [m for m in named if m.kind not in ("country", "place")]
    return (own or named)[0].entity_id if named else None


def claim_for(
    text: str,
    morphs: list[Morph],
    start: int,
    end: int,
    marked: tuple[bool, str | None],
    spoken: tuple[int, str | None] | None,
    lex: Lexicon,
    figure: bool = False,
) -> Claim:
    credited, source = marked
    if spoken is not None and end <= spoken[0]:
        credited = True
        source = source or spoken[1]
    window = text[end : _clause_close(morphs, end, spoken)]
    markers = lex.status_markers
    if any(w in window for w in markers["denied"]):
        status = "denied"
    elif any(w in window for w in markers["planned"]):
        status = "planned"
    elif figure and any(w in window for w in lex.estimate_words):
        status = "estimated"
    elif any(w in window for w in markers["possible"]):
        status = "possible"
    elif credited or any(w in window for w in markers["reported"]):
        status = "reported"
    else:
        status = "asserted"
    return Claim(source=source, status=status, credited=credited)


def _clause_close(morphs: list[Morph], end: int, spoken: tuple[int, str | None] | None) -> int:
    """Where the modality of an event word ending at ``end`` stops: the sentence's end,
    or a connective that joins a second statement, or the verb of saying."""
    stop = spoken[0] if spoken is not None and spoken[0] >= end else None
    for m in morphs:
        if m.start < end:
            continue
        if stop is not None and m.start >= stop:
            return stop
        if m.tag in ("EF", "SF") or (m.tag == "EC" and m.form in _JOINING):
            return m.end
    return stop if stop is not None else (morphs[-1].end if morphs else end)
