"""How sure the text is of one fact and whom it credits (split from ``claims`` in the
eleventh pass): the clause's hedges, its framing speech, a denial before it."""

from __future__ import annotations

from kansoku.lang.en.arguments import Parsed, raising_at
from kansoku.lang.en.claims import CARRIERS, Speech, relative_asides
from kansoku.lang.en.credits import (
    estimate_given,
    impersonal,
    month_day,
    negated,
    unsaid_before,
    unseen,
)
from kansoku.lang.en.phrases import phrase_start
from kansoku.lang.en.unclaimed import credited_claim
from kansoku.reading import Claim


def claim_for(
    p: Parsed,
    at: int,
    bounds: tuple[int, int],
    marked: tuple[bool, str | None],
    talks: list[Speech],
    figure: bool = False,
) -> Claim | None:
    """The claim for the fact at token ``at`` in the clause ``bounds``; None when its
    clause negates it (North Korea has not sent troops: no event)."""
    lo, hi = bounds
    # North Korea, which is believed to…, sent: a relative clause's hedge is its own.
    aside = relative_asides(p, at)
    before = [p.lower(k) for k in range(lo, at) if k not in aside and not month_day(p, k)]
    if negated(p, range(lo, at), aside) or unseen(p, range(max(0, lo - 4), at)):
        return None
    credited, source, speech = _framed(p, at, marked, talks)
    markers = p.lex.status_markers
    context = [
        p.lower(k) for k in range(max(0, lo - 3), at) if k not in aside and not month_day(p, k)
    ]
    # demanded that…, hopes that…: what is asked for or wished is yet to come.
    wished = any(p.lower(k) in p.lex.wishing_verbs for k in range(lo - 3, lo))
    denial, denier = _denier(p, at)
    # About 3,000 troops are believed to have been sent: a count's hedge follows it.
    span = range(lo, hi + 1) if figure else range(lo, at)
    raised = next((r for k in span if k not in aside and (r := raising_at(p, k)) is not None), None)
    hedges = [w for w in before if w in markers["possible"]]
    if p.lower(lo - 1) == "that":
        hedges += [w for w in context[:3] if w in markers["possible"]]
    conditional = "if" in (p.lower(lo - 1), p.lower(hi))
    if denial == "denied":
        status, source = "denied", denier or source
    elif denial == "undenied":
        status, source = "possible", denier or source
    elif figure and not conditional and _hedged_count(p, hedges, raised):
        status = "estimated"  # the unit has likely lost over 900 men
    elif raised == "possible" or hedges or conditional:
        status = "possible"  # likely to be sent; help each other if attacked
    elif (
        wished
        or (p.lower(at - 1) == p.lex.infinitive and not figure)
        or any(w in markers["planned"] and w != p.lex.infinitive for w in before)
    ):
        status = "planned"
    elif figure and (
        raised == "estimated" or (speech is not None and speech.estimate) or estimate_given(p, at)
    ):
        status = "estimated"
    elif credited or raised is not None or any(w in markers["reported"] for w in context):
        status = "reported"
        credited = True  # reportedly, allegedly: someone unnamed says so
    else:
        status = "asserted"
    # claims by Kyiv that…, Seoul's reports that…: the claim noun's owner's
    return credited_claim(p, at, Claim(source=source, status=status, credited=credited))


def _hedged_count(p: Parsed, hedges: list[str], raised: str | None) -> bool:
    """A count hedged only by adverbs of judging (have likely suffered, probably sent):
    the teller's own estimate, not a possibility (a modal, may send: possible)."""
    if not hedges or raised == "possible":
        return False  # are believed to be in Russia: the raising verb's hedge, possible
    return all(w in p.lex.estimating_hedges for w in hedges)


def _framed(
    p: Parsed, at: int, marked: tuple[bool, str | None], talks: list[Speech]
) -> tuple[bool, str | None, Speech | None]:
    """(credited, source, the speech framing the fact): the sentence's marked credit, or
    the speech around the fact and its speaker (the outlet's source when it carries it)."""
    unsaid = unsaid_before(p, at)  # could not confirm reports that…: unnamed hearsay
    framing = [s for s in talks if s.frames[0] <= at < s.frames[1] and not unsaid]
    credited, source = marked
    credited = credited or unsaid or impersonal(p, at)  # it is estimated that…: someone's
    # …, Yonhap reported, citing unnamed sources: the unnamed credit leaves the speaker.
    named = [s for s in framing if s.speaker]
    # Lavrov said that…, RIA reported: the outlet carries the words of the one it quotes.
    named = [s for s in named if not s.carrier] or named
    speech = (named or framing)[-1] if framing else None
    if speech is not None:
        credited = True
        # …, Kirby said, according to Yonhap: the outlet carries the speaker's words.
        carried = source is not None and speech.speaker is not None and not speech.carrier
        carried = carried and any(
            n.mention.entity_id == source and n.mention.kind in CARRIERS for n in p.names
        )
        source = speech.speaker if carried else source or speech.speaker
    return credited, source, speech


def _denier(p: Parsed, at: int) -> tuple[str | None, str | None]:
    """("denied" or "undenied", who) for a fact after a verb of denial in its sentence
    (Moscow denied sending troops; dismissed reports that…; did not deny that…), with no
    clause boundary of its own in between but that; who denies is the verb's subject."""
    for k in range(at - 1, max(-1, at - 12), -1):
        word = p.lower(k)
        if word in p.lex.denials:
            start = phrase_start(p, k)
            names = [n for n in p.names if start <= n.first and n.last < k]
            if not names and p.lower(start - 1) == ",":  # Russia's envoy, A. Matsegora, denied
                head = phrase_start(p, start - 1)
                names = [n for n in p.names if head <= n.first and n.last < start - 1][:1]
            who = names[-1].mention.entity_id if names else None
            # did not deny that…: no denial, and no assertion either, only a possibility
            unsaid = any(p.lower(j) in p.lex.negations for j in range(max(0, k - 3), k))
            return ("undenied" if unsaid else "denied"), who
        if word in (";", ".") or (word in p.lex.clause_words and word != "that"):
            return None, None
    return None, None
