"""Acts told from whoever receives them: "X received fuel from Y" (the one after "from"
gives, the subject receives), "X got economic help from Y" (an event noun received), "the
president received the visiting minister" (a person received: a meeting, not a
delivery)."""

from __future__ import annotations

from kansoku.lang.en.arguments import Parsed
from kansoku.reading import Args


def guest_after(p: Parsed, last: int, hi: int) -> bool:
    """Putin received North Korean Foreign Minister Choe Son Hui: a person received (not
    a letter from Putin: the sender)."""
    named = [n for n in p.names if last < n.first < min(hi, last + 8)]
    plain = (
        not any(p.lower(k) in p.lex.roles for k in range(last + 1, named[-1].first))
        if named
        else False
    )
    return plain and named[-1].mention.kind == "person"


def received_args(p: Parsed, args: Args, last: int, bounds: tuple[int, int]) -> Args:
    """Pyongyang received oil from Moscow: the subject is whom the act is aimed at, the
    name after "from" who acts (not: received oil, from no one named)."""
    givers = [
        n.mention.entity_id for n in p.names
        if last < n.first < bounds[1] and p.lower(n.first - 1) == "from"
    ]  # fmt: skip
    if not givers or not args.actors:
        return Args()
    return Args(actors=givers[:1], targets=[*args.actors[:1], *args.described[:1]])
