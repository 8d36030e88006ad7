"""Clauses said to an addressee (twelfth pass, split from ``arguments``): the day of a
briefing given to someone (briefed MPs late on Monday), and a clause said with no "that"
after the one addressed (the envoy assured Shoigu her nation will…)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kansoku.lang.en.arguments import Parsed

_ADDRESSEE_WITHIN = 7  # tokens: briefed a closed Assembly panel on Sunday


def told_to(p: Parsed, k: int) -> bool:
    """informed MPs on Sunday, briefed the defence panel late on Monday: a verb of telling
    and its addressee, a few plain words before the date: the date is the telling's."""
    for j in range(k, max(-1, k - _ADDRESSEE_WITHIN), -1):
        if p.lower(j) in p.lex.addressee_verbs:
            return j < k
        if not p.lower(j).replace("-", "").isalnum() or p.lower(j) in p.lex.clause_words:
            return False
    return False


def told_clause(p: Parsed, lo: int) -> bool:
    """A possessive pronoun and a word for a state right after the one addressed (the envoy
    assured Shoigu her nation will…) open the clause said, with no "that"."""
    return (
        p.lower(lo) in p.lex.owning_pronouns
        and p.lower(lo + 1) in p.lex.own_state_words
        and (named := p.name_ending_at(lo - 1)) is not None
        and p.lower(named.first - 1) in p.lex.addressee_verbs
    )
