"""Earning and being paid (북한이 …을 보낸 대가로 수억 달러를 벌어들였다; …로부터 외화를
챙겼다): the subject gets the money, so it is the act's receiver; the payer is the one named
with 로부터 or 에서, else the one the act paid for was aimed at (러시아에 병력을 보낸
대가로: Russia pays)."""

from __future__ import annotations

import re

from kansoku.model import Mention
from kansoku.reading import Args

# (…에 포탄을 넘긴 대가로, …에 인력을 파견한 반대급부로)
_PAID_FOR = re.compile(r"(?:대가|반대급부|보상)(?:로|로서|으로)?\s")
_AIMED = re.compile(r"(?:에|에게|측에)\s")


def earned(args: Args, text: str, mentions: list[Mention], start: int) -> Args:
    """The arguments of an earning at ``start`` turned round: who earns receives, who
    pays gives."""
    earner = (args.actors or [b.entity_id for b in args.borrowed])[:1]
    payers = args.origins[:1] or _paid_for_by(text, mentions, start, earner)
    others = [t for t in args.targets if t not in earner]
    return Args(actors=payers, targets=earner or others, places=args.places, objects=args.objects)


def _paid_for_by(text: str, mentions: list[Mention], start: int, earner: list[str]) -> list[str]:
    """The state the act paid for was aimed at, in the phrase before 대가로 ahead of the
    earning word."""
    found = list(_PAID_FOR.finditer(text, 0, start))
    if not found:
        return []
    paid = found[-1]
    aimed = [
        m.entity_id for m in mentions
        if m.end <= paid.start() and m.kind == "country" and m.entity_id not in earner
        and _AIMED.match(text, m.end)
    ]  # fmt: skip
    return aimed[-1:]
