"""Event nouns whose doer is named only on what they move (tenth pass): the transfer of
Russian air defence systems to North Korea, the shipments of North Korean rockets: with
no owner or subject of its own, the noun's of-phrase headed by a demonym before the cargo
names the state that gives it (``made_by_demonym``: a maker, never whom it is aimed at).
"""

from __future__ import annotations

from dataclasses import replace

from kansoku.lang.en.arguments import Named, Parsed
from kansoku.lang.en.phrases import made_by_demonym
from kansoku.reading import Args

_OF_WITHIN = 3  # words: the transfer of its latest North Korean…
_MODIFIERS_WITHIN = 4  # words: Russian mobile air defence systems


def cargo_giver(p: Parsed, last: int, as_noun: bool, args: Args) -> Args:
    """The args of an event noun with the giver its of-phrase's demonym names, when it
    names no doer of its own."""
    if not as_noun or args.actors or p.lower(last + 1) != "of":
        return args
    for k in range(last + 2, last + 2 + _OF_WITHIN):
        named = [n for n in p.names if n.first == k]
        if named:
            demonym = next((n for n in named if _heads_cargo(p, n)), None)
            if demonym is None:
                return args
            giver = demonym.mention.entity_id
            return replace(
                args,
                actors=[giver],
                targets=[t for t in args.targets if t != giver],
                objects=[o for o in args.objects if o != giver],
            )
        if p.lower(k) not in p.lex.determiners:
            return args
    return args


def _heads_cargo(p: Parsed, named: Named) -> bool:
    """Russian air defence systems (to…), North Korean shells: a demonym before the
    words of what is moved, up to where the phrase ends or a role begins."""
    if made_by_demonym(p, named):
        return True
    if not named.mention.text.endswith(p.lex.adjective_endings):
        return False
    for k in range(named.last + 1, named.last + 2 + _MODIFIERS_WITHIN):
        word = p.lower(k)
        if k > named.last + 1 and (word in p.lex.roles or word in (",", ".", "")):
            return True
        if not word.replace("-", "").isalpha() or word in p.lex.clause_words:
            return False
    return False
