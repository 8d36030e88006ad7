"""Acts that are in the saying (tenth pass): who tells a denial or a condemnation, and
what rejecting a claim is.

- A voiced act (denied, condemned, urged, pledged; ``voiced`` in the lexicon) is told by
  its doer: with no one else credited, a doer who speaks (a person, a ministry, an
  agency) is its source (the Kremlin denied it; Seoul's foreign ministry condemned the
  deal; Russia's ambassador denied it); a state named alone is the writer's background.
- A word whose object says it is no act (``not_before``: struck a deal) gives none.
- A word whose object is a claim (rejected the reports, rejected the accusations as
  groundless) means what its ``claims`` entry says: a denial, not any refusal.
- An act named as what an accusation is about (condemned the deployment, denounced the
  dispatch of troops) is the accuser's claim, as "accused X of sending" is.
"""

from __future__ import annotations

from dataclasses import replace

from kansoku.lang.en.arguments import Named, Parsed
from kansoku.lang.en.words import TriggerSpec
from kansoku.reading import Args, Claim, TriggerEntry, TriggerReading

_OBJECT_WITHIN = 5  # words: rejected South Korea's latest accusations
_OFFICE_WITHIN = 3  # words: Russia's new ambassador, Seoul's defence ministry
_BACKGROUND = frozenset({"country", "place"})  # a state or a capital named as the doer


def own_word(p: Parsed, spec: TriggerSpec, claim: Claim, args: Args) -> Claim:
    """The claim of a voiced act: its doer's own word when no one else is credited and
    the doer is one who speaks (a person, a ministry, an agency); a state named alone is
    the writer's background (both capitals deny it; an accusation Moscow rejects)."""
    if not spec.voiced or claim.source is not None or not args.actors:
        return claim
    doer = args.actors[0]
    named = [n for n in p.names if n.mention.entity_id == doer]
    if not named or not all(n.mention.kind not in _BACKGROUND or _office_of(p, n) for n in named):
        return claim
    return replace(claim, source=doer)


def _office_of(p: Parsed, named: Named) -> bool:
    """Seoul's defence ministry, Russia's ambassador: a state owning an office or a title
    that speaks for it."""
    if p.lower(named.last + 1) not in p.lex.possessive:
        return False
    heads = {office.split()[-1] for office in p.lex.home_offices} | p.lex.person_titles
    return any(p.lower(k) in heads for k in range(named.last + 2, named.last + 2 + _OFFICE_WITHIN))


def other_object(p: Parsed, spec: TriggerSpec, first: int, last: int, hi: int) -> bool:
    """struck a deal, the accord the two sides struck: an object (after the word, or
    the noun a relative clause of it describes) that makes the word no act; gave no
    details, gave a speech: a word that is an act only with cargo as its first object."""
    if spec.object_cargo and not _cargo_first(p, last):
        return True
    after = range(last + 1, min(hi + 1, last + 1 + _OBJECT_WITHIN))
    before = range(max(0, first - _OBJECT_WITHIN), first)
    return any(p.lower(k) in spec.not_before for k in (*before, *after))


def _cargo_first(p: Parsed, last: int) -> bool:
    """gave North Korea millions of mortar shells, diesel and wheat: past the one given
    to, the first object's phrase runs on to a word for cargo, with no negation,
    preposition, clause word or participle before it (gave no details about…, gave a
    speech praising…, gave Kim a limousine during…)."""
    k = last + 1
    given = next((n for n in p.names if n.first == k), None)
    k = given.last + 1 if given is not None else k
    for j in range(k, k + _OBJECT_WITHIN):
        word = p.lower(j)
        if word in p.lex.cargo:
            return True
        stops = p.lex.negations | p.lex.clause_words | set(p.lex.roles) - {"of"}
        if word in stops or word.endswith("ing") or not word.replace("-", "").isalnum():
            return False
    return False


def claimed_entry(p: Parsed, spec: TriggerSpec, last: int, hi: int) -> TriggerEntry | None:
    """The entry of a word whose object is a claim (rejected the reports), else None."""
    if spec.claims is None:
        return None
    for k in range(last + 1, min(hi + 1, last + 1 + _OBJECT_WITHIN)):
        word = p.lower(k)
        if word in p.lex.claim_nouns:
            return spec.claims
        if word in (",", ";", ".") or word in p.lex.clause_words:
            return None
    return None


_ACCUSED_WITHIN = 5  # words: condemned North Korea's large deployment


def accused_acts(
    p: Parsed, found: list[TriggerReading], accusations: list[TriggerReading]
) -> list[TriggerReading]:
    """Seoul condemned Pyongyang's deployment of troops: the deployment, told as what the
    condemnation is about (``accusations``: words whose object is their doer's claim), is
    Seoul's claim (reported), not the writer's own word."""
    out = []
    for act in found:
        accusation = next((a for a in accusations if _about(p, a, act)), None)
        if accusation is not None and act.claim.source is None and act.claim.status == "asserted":
            accuser = accusation.claim.source or accusation.args.actors[0]
            act = replace(act, claim=Claim(source=accuser, status="reported", credited=True))
        out.append(act)
    return out


def _about(p: Parsed, accusation: TriggerReading, act: TriggerReading) -> bool:
    """The act's word opens the accusation's object, a few words after it with no comma
    or clause between (denounced the dispatch of…, condemned X's deployment)."""
    if not accusation.args.actors or act is accusation or act.start < accusation.end:
        return False
    between = p.text[accusation.end : act.start].lower().split()
    if len(between) > _ACCUSED_WITHIN or any(not w.replace("'s", "").isalpha() for w in between):
        return False
    return not any(w in p.lex.clause_words or w in p.lex.conjunctions for w in between)
