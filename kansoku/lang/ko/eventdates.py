"""Which date of a Korean sentence is its event's: the date of the event word's clause,
else the date right after the sentence's topic, never the day the sentence is told on
(국정원은 4일 북한이 …했다고 밝혔다) nor a date of a clause a claim noun names (…이 9월
방문한다는 보도를 부인했다)."""

from __future__ import annotations

import re

from kansoku.lang.ko.words import ADNOMINAL, Lexicon, Morph
from kansoku.model import Mention
from kansoku.reading import Args, DateMention

# The lead of a Korean news sentence: its topic, then the day (외교부는 5일 …; 김 위원장도
# 같은 날 …).
_TOPIC_DATE = re.compile(r"[\uac00-\ud7a3A-Za-z)]+(?:은|는|이|가|도)\s$")


def date_of(
    text: str, morphs: list[Morph], dates: list[DateMention], span: tuple[int, int, int],
    args: Args, spoken: tuple[int, str | None] | None, performed: bool,
    quoted: list[tuple[int, int]], lex: Lexicon, mentions: list[Mention],
) -> DateMention | None:  # fmt: skip
    """The date of the event word at ``span`` (its clause's start, its start and end)."""
    lo, start, end = span
    # 지난 6월 러시아와 체결한 조약을 비준했다: a date before a relative clause's ending
    # is that clause's.
    # (오는 3~5일 …에서 열리는 포럼에 참석: the date of the occasion attended is the act's)
    lo = max([lo] + [
        m.end for m in morphs if m.tag == ADNOMINAL and m.end <= start
        and not any(d.start <= m.start < d.end for d in dates)  # 같은 날: a date's own
        and not text[: m.end].endswith(lex.occasion_verbs)
    ])  # fmt: skip
    # 국정원은 4일 북한이 …했다고 밝혔다: the 4th is the telling's, not the act's (unless
    # the act is the speaker's own, or done by saying it)
    doer = next(iter(args.actors or [b.entity_id for b in args.borrowed]), None)
    told = spoken is not None and end <= spoken[0] and not performed and doer != spoken[1]
    # (김 부부장은 17일 …라고 반박했다고 통신이 보도했다: the topic before the day does
    # the act, the outlet after tells it; the 17th is the rebuttal's)
    doing = [m.end for m in mentions if doer is not None and m.entity_id == doer]
    dates_of_act = [
        d for d in dates
        if not (told and _telling_date(text, d) and not any(e <= d.start for e in doing))
    ]  # fmt: skip
    return _event_date(text, dates_of_act, lo, start, end, [] if performed else quoted, lex)


def _telling_date(text: str, date: DateMention) -> bool:
    """A date right after the topic that opens the sentence, before any subject (국정원은
    4일 북한이 …고 밝혔다): when the sentence is told, the day of its telling."""
    before = text[: date.start]
    return bool(re.fullmatch(r"\s*(?:\S+\s){0,3}?\S+(?:은|는|도)\s", before)) and not re.search(
        r"[\uac00-\ud7a3](?:이|가)\s", before
    )


def _event_date(
    text: str, dates: list[DateMention], lo: int, start: int, end: int,
    quoted: list[tuple[int, int]], lex: Lexicon,
) -> DateMention | None:  # fmt: skip
    """The date of the event word's clause (올해 들어 …: a date whose own verb only ends
    its phrase is still the clause's), else the date written right after the sentence's
    topic, which the topic's later clauses share (외교부는 5일 논평을 내고 …을 촉구했다)."""
    in_clause = [
        d for d in dates if d.calendar and d.end <= end
        and (lo <= d.start or text[d.end : lo].strip() in lex.date_verbs)
    ]  # fmt: skip
    if in_clause:
        # 지난해 8월부터 올해 2월까지: a span of time is dated from its start
        return next((d for d in in_clause if d.since), in_clause[-1])
    if any(a <= start < b for a, b in quoted):
        return None
    lead = next(
        (d for d in dates if d.calendar and d.end <= start and _lead_date(text, d, start)), None
    )
    later = [d for d in dates if d.calendar and lead is not None and lead.end <= d.start < start]
    return lead if lead is not None and not later else None


def _lead_date(text: str, date: DateMention, start: int) -> bool:
    """A date right after the sentence's topic (외교부는 5일 …), not one to come (오는 9월: 는
    ends no topic there), nor one after a subject whose clause a claim noun closes before
    the event word (…총비서가 9월 방문한다는 보도를 부인했다: the visit's date)."""
    before = text[: date.start]
    if not _TOPIC_DATE.search(before) or _AHEAD_WORD.search(before):
        return False
    return not (re.search(r"(?:이|가)\s$", before) and _TOLD_CLAIM.search(text, date.end, start))


# 오는 9월, 다가오는 10일: a date to come
_AHEAD_WORD = re.compile(r"(?<![\uac00-\ud7a3])(?:다가)?오는\s$")
# a clause told and named by the noun after it (…한다는 보도를, …할 것이라는 관측에)
_TOLD_CLAIM = re.compile(
    r"[다라]는\s(?:[\uac00-\ud7a3]+\s){0,2}(?:보도|주장|소식|관측|전망|설|의혹|분석)"
)
