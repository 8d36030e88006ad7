"""A transfer told again with what moved as its subject and no giver (…방사포 120문이 러시아에
넘어간 것으로 평가한다): the giver is the one the sentence before, or the one before it, named
for the same kind of act towards the same receiver (북한이 러시아에 방사포를 넘긴 정황이
포착됐다)."""

from __future__ import annotations

from dataclasses import replace

from kansoku.reading import Borrowed, SentenceReading, TriggerReading

_BACK = 2  # sentences back in which the giver may be named


def givers_before(readings: list[SentenceReading], kinds: tuple[str, ...]) -> None:
    """Lend each giverless transfer of ``kinds`` the giver named for it just before."""
    for i, reading in enumerate(readings):
        if not any(_giverless(t, kinds) for t in reading.triggers):
            continue
        earlier = [t for r in readings[max(0, i - _BACK) : i] for t in r.triggers if t.args.actors]
        reading.triggers = [
            _lent(t, earlier) if _giverless(t, kinds) else t for t in reading.triggers
        ]


def _giverless(trigger: TriggerReading, kinds: tuple[str, ...]) -> bool:
    args = trigger.args
    return (
        trigger.entry.category in kinds
        and not args.actors
        and not args.origins
        and not args.cargo_of
        and bool(args.targets)
    )


def _lent(trigger: TriggerReading, earlier: list[TriggerReading]) -> TriggerReading:
    same = [
        t for t in earlier
        if t.entry.category == trigger.entry.category
        and set(t.args.targets[:1]) == set(trigger.args.targets[:1])
        and t.args.actors[0] not in trigger.args.targets
    ]  # fmt: skip
    if not same:
        return trigger
    giver = Borrowed(same[-1].args.actors[0], unsaid=True)
    # (after any the grammar lent: 170㎜ 자주포 수십 문이 …넘어간: the goods' own name may not act)
    return replace(trigger, args=replace(trigger.args, borrowed=[*trigger.args.borrowed, giver]))
