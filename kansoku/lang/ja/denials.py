"""Denials: whose act a denial speaks of when the denied act names no actor."""

from __future__ import annotations

import re
from dataclasses import replace

from kansoku.lang.ja.lexicon import Lexicon
from kansoku.model import Mention
from kansoku.reading import Args, Borrowed, Claim, TriggerReading


def lend_the_denier(args: Args, claim: Claim) -> None:
    """北朝鮮外務省は…ロシアへの派兵をめぐる報道を否定した: an act denied with no actor of its
    own, aimed at someone other than the denier, is the denier's own (whoever else's
    claim it answers)."""
    if claim.status != "denied" or claim.source is None or args.actors or args.borrowed:
        return
    if args.origins or not args.targets or claim.source in args.targets:
        return
    args.borrowed.append(Borrowed(claim.source, unsaid=True))


def lend_the_denials_actor(readings: list[TriggerReading]) -> None:
    """北朝鮮、ロシアへの派兵を否定: an act denied with no actor of its own and no credit
    (a headline) is the act of whoever the sentence's denial word has as its actor, when
    the act is aimed at someone else."""
    denials = [r for r in readings if r.entry.mode == "denial"]
    for reading in readings:
        args = reading.args
        if reading.claim.status != "denied" or args.actors or args.borrowed or args.origins:
            continue
        denier = next((_actor_of(d) for d in denials if d.start > reading.start), None)
        if denier is not None and args.targets and denier not in args.targets:
            args.borrowed.append(Borrowed(denier, unsaid=True))


def _actor_of(reading: TriggerReading) -> str | None:
    if reading.args.actors:
        return reading.args.actors[0]
    return reading.args.borrowed[0].entity_id if reading.args.borrowed else None


def credit_the_quoted_denier(
    readings: list[TriggerReading], text: str, lex: Lexicon
) -> list[TriggerReading]:
    """ペスコフ報道官は…「そのような情報はない」と述べ、否定した: a denial its doer makes
    in words the sentence quotes is told on that speaker's word (its source)."""
    quotes = tuple(f"」と{verb}" for verb in lex.quoting_verbs)
    out = []
    for reading in readings:
        claim = reading.claim
        if (
            reading.entry.mode == "denial"
            and claim.source is None
            and claim.status == "asserted"
            and reading.args.actors
            and any(q in text[: reading.start] for q in quotes)
        ):
            speaker = reading.args.actors[0]
            reading = replace(
                reading, claim=Claim(source=speaker, status="reported", credited=True)
            )
        out.append(reading)
    return out


def aim_back(
    readings: list[TriggerReading], text: str, mentions: list[Mention], lex: Lexicon
) -> None:
    """ロシア軍は…を認めたが、ウクライナ側はこれを否定した / ロシア軍「…」…ウクライナ側は
    否定: a denial with no object of its own (これを, or none) answers whoever the
    sentence's earlier clause has speak, when that is another party."""
    for reading in readings:
        denier = _actor_of(reading)
        if reading.entry.mode != "denial" or reading.args.targets or denier is None:
            continue
        before = text[: reading.start]
        if not (before.endswith(lex.denied_anaphora) or before.endswith(("は", "も"))):
            continue
        own = [m.start for m in mentions if m.entity_id == denier and m.end <= reading.start]
        if not own:
            continue
        claimant = next(
            (
                m
                for m in mentions
                if m.end <= own[-1]
                and m.entity_id != denier
                and _SPEAKS.match(text, m.end)
                and _BREAK.search(text, m.end, own[-1])
            ),
            None,
        )
        if claimant is not None:
            reading.args.targets.append(claimant.entity_id)


# A party opening a clause as its subject or speaker (ロシア軍は, ロシア側が, ロシア軍「),
# and what closes that clause before the denier's (…たが、, 」…, a gap).
_SPEAKS = re.compile(r"(?:側|軍|政府)?[はが「]")
_BREAK = re.compile(r"が、|」|…|\s")
