"""When an English event word happened, beyond the date of its own clause: a date
opening the sentence (On Tuesday, …), or the first date after it before the next event
word (held talks with Choe, in Wonsan on Saturday) — not one in a clause of its own
(…, which the U.N. banned in 2017), nor the date of a verb that judges it (acknowledged
sending troops only in April)."""

from __future__ import annotations

from dataclasses import replace

from kansoku.lang.en.arguments import Parsed
from kansoku.lang.en.claims import relative_asides
from kansoku.lang.en.phrases import judged_act
from kansoku.lang.en.told import told_to
from kansoku.model import TOLD_AS_DONE
from kansoku.reading import DateMention, TriggerReading

_LEAD_WITHIN = 4  # tokens: "On Tuesday, North Korea…"
_AFTER_WITHIN = 8  # tokens: after the Russian delegation vetoed
_WHEN_WITHIN = 14  # tokens: "…, when the envoy sat down for talks with the leader"
_SPANS = frozenset({"months", "weeks", "days", "years", "shortly", "soon", "just", "hours"})


def dated_after(
    p: Parsed, triggers: list[TriggerReading], dates: list[DateMention]
) -> list[TriggerReading]:
    """An event word whose clause tells no date takes the first one after it, before the
    next event word (held talks with his counterpart, Choe, in Wonsan on Saturday)."""
    dated = []
    lead = lead_date(p, dates)
    for k, trigger in enumerate(triggers):
        if judged_act(p, trigger.start):
            dated.append(trigger)
            continue
        upto = triggers[k + 1].start if k + 1 < len(triggers) else len(p.text)
        after = [
            d for d in dates
            if d.calendar and trigger.end <= d.start and d.end <= upto and not dates_speech(p, d, trigger.start)
            and not _another_clause(p, trigger.end, d.start)
        ]  # fmt: skip
        if trigger.date is None and lead is not None and _leads(p, lead, trigger):
            trigger = replace(trigger, date=lead)
        elif trigger.date is None and after:
            trigger = replace(trigger, date=after[0])
        elif trigger.date is None and (earlier := _followed_clause(p, trigger, dates)):
            trigger = replace(trigger, date=earlier)
        elif trigger.date is None and (then := _when_clause(p, trigger, dates)):
            trigger = replace(trigger, date=then)
        elif trigger.date is None and dated and _during(p, trigger) and dated[-1].date:
            # signed on June 19, during Putin's visit: the visit was then too.
            trigger = replace(trigger, date=dated[-1].date)
        dated.append(trigger)
    return dated


def dated_by_dateline(
    triggers: list[TriggerReading], dateline: DateMention
) -> list[TriggerReading]:
    """The day of a wire's dateline (MOSCOW, November 6. /TASS/.) is the day of the news
    its sentence tells: an act told as done, with no date of its own and not told as of
    an earlier time or going on."""
    return [
        replace(t, date=dateline)
        if t.date is None and not t.ongoing and t.claim.status in TOLD_AS_DONE
        else t
        for t in triggers
    ]


def _during(p: Parsed, trigger: TriggerReading) -> bool:
    """An event word in a phrase of the occasion of the act before it (…, during
    Putin's visit to Pyongyang)."""
    first = _index_at(p, trigger.start)
    return any(p.lower(k) in p.lex.occasion_prepositions for k in range(max(0, first - 6), first))


def _followed_clause(
    p: Parsed, trigger: TriggerReading, dates: list[DateMention]
) -> DateMention | None:
    """Sanctions monitoring lapsed in May 2024 after Moscow's envoy blocked it; a group
    formed in 2024, weeks after Russia vetoed…: an act in an after-clause with no date of
    its own came before the date of the clause it follows, in that year at the latest —
    its year (an act of another year told as background, not of the report's date)."""
    first = _index_at(p, trigger.start)
    k = next((j for j in range(first - 1, max(-1, first - _AFTER_WITHIN), -1)
              if p.lower(j) in ("after", ".", ";", "but", "while")), None)  # fmt: skip
    if k is None or p.lower(k) != "after":
        return None
    j = k - 1 - (p.lower(k - 1) in _SPANS)  # (months after, weeks after)
    j -= p.lower(j) == ","
    if j < 0:
        return None
    end = p.tokens[j].end
    date = next((d for d in dates if d.calendar and d.end == end), None)
    if date is None or dates_speech(p, date) or not date.value:
        return None
    return replace(date, value=date.value[:4], end_value=None, since=False)


def _when_clause(
    p: Parsed, trigger: TriggerReading, dates: list[DateMention]
) -> DateMention | None:
    """The envoy last came on May 3, when he met the leader: an act in a when-clause set
    off after a date happened on that date."""
    first = _index_at(p, trigger.start)
    k = next((j for j in range(first - 1, max(-1, first - _WHEN_WITHIN), -1)
              if p.lower(j) in ("when", ".", ";")), None)  # fmt: skip
    if k is None or k < 2 or p.lower(k) != "when" or p.lower(k - 1) != ",":
        return None
    end = p.tokens[k - 2].end
    return next((d for d in dates if d.calendar and d.end == end and d.value), None)


def _another_clause(p: Parsed, start: int, end: int) -> bool:
    """…sending workers abroad, which the U.N. banned in 2017: a clause word between an
    event word and a date after it gives the date to that clause."""
    return any(start <= t.start < end and t.lower in p.lex.clause_openers for t in p.tokens)


def _leads(p: Parsed, lead: DateMention, trigger: TriggerReading) -> bool:
    """Since 2022, Pyongyang has sent shells…: a date opening the sentence dates the first
    act after it, when no verb of saying comes between (On Monday, Seoul said…: the
    date of the telling)."""
    between = [k for k, t in enumerate(p.tokens) if lead.end <= t.start < trigger.start]
    return not any(p.is_speech(k) or p.lex.trigger_at(p.tokens, k) for k in between)


def lead_date(p: Parsed, dates: list[DateMention]) -> DateMention | None:
    """On Tuesday, North Korea…: a date opening the sentence, set off by a comma."""
    limit = p.tokens[_LEAD_WITHIN].start if len(p.tokens) > _LEAD_WITHIN else len(p.text)
    return next(
        (d for d in dates if d.calendar and d.start < limit and p.text[d.end : d.end + 1] == ","),
        None,
    )


def trigger_date(
    p: Parsed, dates: list[DateMention], bounds: tuple[int, int], at: int
) -> DateMention | None:
    """The calendar date told in the trigger's clause, nearest to it — not one that dates
    a verb of saying (a defense ministry official on Monday confirmed…)."""
    lo, hi = bounds
    start = p.tokens[lo].start if lo < len(p.tokens) else len(p.text)
    end = p.tokens[hi - 1].end if 0 < hi <= len(p.tokens) else len(p.text)
    inside = [d for d in dates if d.calendar and start <= d.start and d.end <= end]
    inside = [d for d in inside if not dates_speech(p, d, at)]
    # The pact, which they signed in June, took effect on Wednesday; the pact signed in June
    # took effect: the date of an aside or of an event word before it is that act's.
    k = _index_at(p, at)
    aside = relative_asides(p, k)
    acts_before = [t.end for i, t in enumerate(p.tokens[lo:k], lo) if p.lex.trigger_at(p.tokens, i)]
    inside = [
        d for d in inside
        if not any(i in aside for i, t in enumerate(p.tokens) if d.start <= t.start < d.end)
        and not (d.end <= at and any(end <= d.start for end in acts_before))
    ]  # fmt: skip
    if (opening := _complement_opening(p, at)) is not None:
        # accused Moscow on Tuesday of buying shells: the day is the accusation's.
        inside = [d for d in inside if d.start >= opening]
    if not inside:
        return None
    return min(inside, key=lambda d: abs(d.start - at))


def _complement_opening(p: Parsed, at: int) -> int | None:
    """Where a gerund's clause opens when a preposition ties it to the verb before it
    (accused X of shipping, criticised Y for sending): that preposition."""
    k = next((i for i, t in enumerate(p.tokens) if t.start == at), None)
    if (
        k is None
        or not p.lower(k).endswith("ing")
        or p.lower(k - 1) not in p.lex.gerund_prepositions
    ):
        return None
    return p.tokens[k - 1].start


def dates_speech(p: Parsed, date: DateMention, act: int | None = None) -> bool:
    """Kirby said last Friday that…, an official on Monday confirmed…: the date is when
    it was said — unless what was said is the act itself (``act``: where its word starts;
    the White House on Friday accused…, Seoul denied on Monday…: the day of the saying
    is the day of the accusation)."""
    after = _index_at(p, date.end)
    before = max((i for i, t in enumerate(p.tokens) if t.end <= date.start), default=-1)
    if p.lower(before) == "on":
        before -= 1
    # (a report released Thursday: the day of the publishing, too)
    said = [i for i in (after, before) if p.is_speech(i) or p.lower(i) in p.lex.publishing_verbs]
    if act is not None and any(p.tokens[i].start == act for i in said):
        return False
    return bool(said) or told_to(p, before)


def _index_at(p: Parsed, offset: int) -> int:
    """The first token at or after character ``offset`` (past the last, none is)."""
    return next((k for k, t in enumerate(p.tokens) if t.start >= offset), len(p.tokens))
