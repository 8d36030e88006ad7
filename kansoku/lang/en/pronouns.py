"""Pronoun subjects of English clauses (``kansoku.lang.en.arguments``): a pronoun opening
the clause (…announced that it had shipped more shells), or a possessive one before
a troop word (said its troops had helped Russia), stands for the nearest name before the
clause of a kind it can stand for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kansoku.lang.en.phrases import no_it
from kansoku.model import Mention

if TYPE_CHECKING:
    from kansoku.lang.en.arguments import Named, Parsed


def _named_before(p: Parsed, at: int) -> Named | None:
    """He signed the document on…: a pronoun opening the sentence stands for the person
    the sentences before named last (``Parsed.referents``)."""
    from kansoku.lang.en.arguments import Named  # (arguments imports this module)

    who = p.referents.get(p.lower(at))
    if who is None:
        return None
    token = p.tokens[at]
    return Named(at, at, Mention(token.start, token.end, token.text, who, "person"))


def pronoun_subject(p: Parsed, lo: int, first: int) -> Named | None:
    """…announced that it had shipped more shells: a pronoun opening the clause stands
    for the nearest name before the clause of a kind it can stand for."""
    at = next((k for k in range(lo, first) if _pronoun(p, k) is not None), None)
    if at is None or not all(_time_word(p, k) for k in range(lo, at)):
        return None  # (Seoul said on Friday it had seen…: past the day it was said)
    pronoun = _pronoun(p, at) or ""
    kinds = p.lex.pronouns[pronoun]
    earlier = [n for n in p.names if n.last < lo and (n.mention.kind in kinds or _speaks(p, n))]
    if pronoun == "it":  # (Japanese officials say it has…: not the officials' state)
        earlier = [n for n in earlier if not no_it(p, n)]
    # the envoy assured Shoigu her nation will…: not the one assured, after the verb
    told = [n for n in earlier if p.lower(n.first - 1) in p.lex.addressee_verbs]
    earlier = [n for n in earlier if n not in told] or earlier
    if not earlier:
        return _named_before(p, at) if at == 0 else None
    # …sent 1,500 troops to Russia's Far East, where they train: "they" are the troops;
    # but Ukraine's special forces said they had…: the troops are the name's own.
    troops = [k for k in range(earlier[-1].last + 1, lo) if p.lower(k) in p.lex.troop_words]
    if troops and not _own_troops(p, earlier[-1], troops[0]):
        return None
    return earlier[-1]


def _speaks(p: Parsed, named: Named) -> bool:
    """Moscow denied that it…, Pyongyang said it…: a capital speaking stands for its state."""
    verb = named.last + 1
    return named.mention.kind == "place" and (p.is_speech(verb) or p.lower(verb) in p.lex.denials)


def _pronoun(p: Parsed, k: int) -> str | None:
    """The plain pronoun at ``k``: itself, or what a possessive before a troop word is
    (its troops: it)."""
    word = p.lower(k)
    if word in p.lex.pronouns:
        return word
    owned = p.lower(k + 1)
    if word in p.lex.owning_pronouns and (
        owned in p.lex.troop_words or owned in p.lex.own_state_words
    ):
        return p.lex.owning_pronouns[word]  # its troops, his country: as "it", "he"
    return None


def _time_word(p: Parsed, k: int) -> bool:
    """A word of the time a verb of saying is dated by (on Monday, last week, Oct. 3)."""
    word = p.lower(k)
    return word in p.lex.after_closing_speech or word.isdigit() or p.tokens[k].text[:1].isupper()


def _own_troops(p: Parsed, named: Named, troops: int) -> bool:
    """Ukraine's special operations forces: troops named in the phrase of a possessive."""
    if p.lower(named.last + 1) not in p.lex.possessive:
        return False
    between = [p.lower(k) for k in range(named.last + 2, troops)]
    return all(w.isalpha() and w not in p.lex.clause_words for w in between)
