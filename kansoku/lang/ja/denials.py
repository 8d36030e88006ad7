"""Denials: whose act a denial speaks of when the denied act names no actor."""

from __future__ import annotations

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
