"""Acts told from whoever receives them: "X received fuel from Y" (the one after "from"
gives, the subject receives), "X got economic help from Y" (an event noun received), "the
president received the visiting minister" (a person received: a meeting, not a
delivery)."""

from __future__ import annotations

from dataclasses import replace

from kansoku.lang.en.arguments import Parsed, passive
from kansoku.lang.en.phrases import cargo_owners
from kansoku.reading import Args

_CARGO_WITHIN = 4  # words: Russian air defence missiles


def guest_after(p: Parsed, first: int, last: int, hi: int) -> bool:
    """Putin received North Korean Foreign Minister Choe Son Hui (in Moscow): a person
    received, the first person named after the verb with no role word before (not a
    letter from Putin: the sender); in the passive, the one received is the subject and the
    host follows "by" (the envoy was received by the leader)."""
    people = [
        n for n in p.names if last < n.first < min(hi, last + 8) and n.mention.kind == "person"
    ]
    if not people:
        return False
    between = [p.lower(k) for k in range(last + 1, people[0].first)]
    if passive(p, first):
        return between == ["by"]
    return not any(word in p.lex.roles for word in between)


def received_args(p: Parsed, args: Args, last: int, bounds: tuple[int, int]) -> Args:
    """Pyongyang received oil from Moscow: the subject is whom the act is aimed at, the
    name after "from" who acts, else the one whose cargo it is (received North Korean
    shells), not: received oil, from no one named."""
    givers = [
        n.mention.entity_id for n in p.names
        if last < n.first < bounds[1] and p.lower(n.first - 1) == "from"
    ]  # fmt: skip
    if not givers:  # received some 3 million North Korean shells: whose the cargo is
        givers = [g for g in cargo_owners(p, last, bounds[1]) if g not in args.actors]
    if not givers or not args.actors:
        return Args()
    return Args(actors=givers[:1], targets=[*args.actors[:1], *args.described[:1]])


def passive_giver(p: Parsed, first: int, last: int, hi: int, args: Args) -> Args:
    """North Korea has been supplied with Russian air defence missiles: a transfer in the
    passive whose subject received it and whose giver is named only on the cargo
    (eleventh pass); with a by-phrase or a subject that gave, the args stay."""
    if args.actors or not args.described or not passive(p, first):
        return args
    owners = [o for o in _owners(p, last, hi) if o not in args.described]
    if not owners:
        return args
    partners = [e for e in args.partners if e not in owners]
    return replace(args, actors=owners[:1], targets=args.described[:1], partners=partners)


def _owners(p: Parsed, last: int, hi: int) -> list[str]:
    """The names right after the verb or its "with" that a word for cargo follows within
    a few words (supplied with Russian air defence missiles)."""
    found = []
    for named in p.names:
        if not (last < named.first < hi) or p.lower(named.first - 1) not in ("with", p.lower(last)):
            continue
        after = range(named.last + 1, min(hi, named.last + 1 + _CARGO_WITHIN))
        if any(p.lower(k) in p.lex.cargo for k in after):
            found.append(named.mention.entity_id)
    return found
