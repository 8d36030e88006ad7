"""Event words that name no act of their own in their sentence (``kansoku.lang.en.reader``):
an infinitive of purpose (sent troops to fight), the act of the one helped (help Russia
retake Kursk), a light verb carrying an event noun (launched attacks: the attack is the
act), participles naming people (the killed and wounded)."""

from __future__ import annotations

from dataclasses import replace

from kansoku.lang.en.arguments import Parsed, modifier
from kansoku.lang.en.phrases import helped_verb
from kansoku.lang.en.words import forms_of
from kansoku.reading import Args

_LIGHT_NOUN_WITHIN = 4  # tokens: launched a fresh wave of attacks
_PURPOSE_WITHIN = 16  # tokens: shipped thousands of crates of rockets and rifle rounds to help


def purpose(p: Parsed, i: int) -> bool:
    """An infinitive after an event verb of its clause that is not one of intending
    (sent troops to fight; but: agreed to send, decided to send), or after a noun of what
    one can or must do (the skills to fight)."""
    if p.lower(i - 1) != p.lex.infinitive:
        return False
    if p.lower(i - 2) in p.lex.ability_nouns:
        return True  # lack the skills to fight, the need to boost defences: no act told
    for k in range(i - 2, max(-1, i - _PURPOSE_WITHIN), -1):
        word = p.lower(k)
        if word in (",", ";") or word in p.lex.clause_words:
            return False
        if p.lex.trigger_at(p.tokens, k) and not p.in_name(k):
            return word not in p.lex.intending_verbs
    return False


def carries_event_noun(p: Parsed, i: int) -> bool:
    """launched attacks on, launched a fresh strike: a light verb that is an event word of
    its own carries the event noun right after it (past articles and adjectives), which
    names the act (its subject is the noun's actor)."""
    if p.lower(i) not in p.lex.light_verbs or p.lower(i + 1) == p.lex.infinitive:
        return False
    for k in range(i + 1, min(len(p.tokens), i + 1 + _LIGHT_NOUN_WITHIN)):
        hit = p.lex.trigger_at(p.tokens, k)
        if hit is not None and not p.in_name(k):
            return p.lower(k) in forms_of(hit[0].words[0], "NOUN")
        if not modifier(p, k):
            return False
    return False


def helped_to(p: Parsed, i: int) -> bool:
    """help Russia retake Kursk, helped Russian troops repel, to help it deploy: the act
    the helping is for, whose doer is the one helped; the helper's act is the aid, this
    only its purpose."""
    k = i - 1
    if p.lower(k) in p.lex.object_pronouns:
        k -= 1
    while k >= 0 and (p.in_name(k) or p.lower(k) in p.lex.troop_words):
        k -= 1
    return k < i - 1 and p.lower(k) in p.lex.bare_infinitive_verbs


def participles_as_nouns(p: Parsed, i: int) -> bool:
    """killed and wounded, the killed: participles naming people, not an act."""
    word = p.lower(i)
    if not word.endswith(("ed", "en")):
        return False
    before, after = p.lower(i - 1), p.lower(i + 1)
    paired = after in ("and", "or") and p.lower(i + 2).endswith(("ed", "en"))
    return before in ("including", "the") or (paired and p.name_ending_at(i - 1) is None)


def attributive(p: Parsed, i: int) -> bool:
    """occupied territories, in occupied Donetsk, the annexed regions: a participle of the
    lexicon's ``adjective_participles`` before a noun or a name, after a preposition, a
    determiner or nothing, says what the place is, not an act told (eleventh pass)."""
    if p.lower(i) not in p.lex.adjective_participles:
        return False
    before, after = p.lower(i - 1), p.lower(i + 1)
    opens = i == 0 or before in p.lex.roles or before in p.lex.determiners or before in (",", "and")
    if any(n.first == i + 1 for n in p.names):
        return opens  # in occupied Donetsk (but: troops occupied Sudzha)
    stops = p.lex.roles.keys() | p.lex.clause_words | p.lex.determiners | p.lex.auxiliaries
    noun = after.isalpha() and after not in stops
    # to rebuild occupied territories, rebuilding occupied areas (but: has occupied about a
    # fifth, paratroopers captured three soldiers)
    verbal = p.lower(i - 2) == "to" or (before.endswith("ing") and before.isalpha())
    return noun and after not in p.lex.count_words and (opens or verbal)


def helped_verb_first(p: Parsed, last: int, args: Args) -> Args:
    """helped drive Ukrainian forces out, helped to expel them: the helping goes straight
    on to the bare verb of what is helped, so the parties after it are that verb's, not
    whom the help is for (left to the sentence's other partner); a place stays (help
    rebuild Kursk: the help goes where the place is)."""
    k = helped_verb(p, last)
    if k is None:
        return args
    places = {n.mention.entity_id for n in p.names if n.first > k and n.mention.kind == "place"}
    return replace(args, targets=[t for t in args.targets if t in places])
