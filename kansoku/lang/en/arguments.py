"""Who does what to whom in an English sentence, read from word order around the names.

English gives roles by position and preposition, not by particle: the subject stands
before the verb (North Korea sent…), the object after it, and a preposition names the
rest (to Russia: whom; with Kim: with whom; by Moscow: who, in a passive or after a noun;
between A and B: both). An event word is looked at inside its clause — the words up to
the nearest clause word (that, which, after…), semicolon or verb of saying on the left,
and up to the next comma on the right — so that a name in another clause is not taken
for one of its parties.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from lemminflect import getAllLemmas

from kansoku.lang.en.phrases import (
    another_verbs_agent,
    cargo_noun_before_noun,
    closes_phrase,
    compound_noun,
    fired_thing,
    infinitive_at,
    joined_verb,
    made_by_demonym,
    moved_by_verb_before,
    owned_by_demonym,
    shared_subjects,
)
from kansoku.lang.en.pronouns import pronoun_subject
from kansoku.lang.en.told import told_clause
from kansoku.lang.en.words import Lexicon, Token, TriggerSpec, forms_of
from kansoku.model import Mention
from kansoku.reading import Args, Borrowed

_AS_IDIOMS = frozenset({"well", "early", "soon", "such", "much", "many", "long", "far", "so"})
_THAT_WITHIN = 8  # tokens between a verb that tells with "that" and "that"
_JUDGED_WITHIN = 12  # words: view Pyongyang's latest shipment of rockets to Moscow as

_STOPS = frozenset(";:—–")
_RELATIVES = frozenset({"who", "which"})
_ARTICLES = frozenset({"the", "a", "an", "this", "its", "his", "her", "their"})
_LIGHT_WITHIN = 4  # words between a light verb and its noun (deepen close military ties)


@dataclass
class Named:
    """A mention and the tokens it covers."""

    first: int
    last: int  # inclusive
    mention: Mention


def _owner_within(
    named: Named, names: list[Named], tokens: list[Token], possessive: frozenset[str]
) -> bool:
    """The name is the possessor inside a longer name (South Korea in South Korea's
    National Intelligence Service)."""
    after = named.last + 1
    return (
        after < len(tokens)
        and tokens[after].lower in possessive
        and any(o.first <= named.first and o.last >= after for o in names if o is not named)
    )


def _flag_token(text: str, tokens: list[Token], m: Mention, lex: Lexicon) -> list[int]:
    """Russian-flagged ships, a Russia-registered tanker: a name joined by a hyphen to a
    word of flag or ownership is the owner of the noun after it (twelfth pass)."""
    word = re.match(r"-([a-z]+)\b", text[m.end :])
    if word is None or word.group(1) not in lex.flag_suffixes:
        return []
    return [i for i, t in enumerate(tokens) if t.start == m.start][:1]


def _origin_modifier(text: str, end: int, lex: Lexicon) -> bool:
    """A name joined by a hyphen to a participle of origin (North Korean-made, Iranian-
    designed) only describes a thing."""
    if text[end : end + 1] != "-":
        return False
    word = re.match(r"[A-Za-z]+", text[end + 1 :])
    return word is not None and word.group().lower() in lex.origin_suffixes


@dataclass
class Parsed:
    """One sentence's tokens and the mentions on them."""

    text: str
    tokens: list[Token]
    names: list[Named]
    lex: Lexicon
    # Whom a pronoun opening the sentence stands for, from the sentences before (He
    # signed…: the person the text named last).
    referents: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        text: str,
        tokens: list[Token],
        mentions: list[Mention],
        lex: Lexicon,
        referents: Mapping[str, str] | None = None,
    ) -> Parsed:
        names = []
        for m in mentions:
            if _origin_modifier(text, m.end, lex):
                continue  # North Korean-made missiles: where they come from, no party
            covered = [i for i, t in enumerate(tokens) if t.start >= m.start and t.end <= m.end]
            covered = covered or _flag_token(text, tokens, m, lex)  # Russian-flagged ships
            if covered:
                names.append(Named(covered[0], covered[-1], m))
        # South Korea's spy agency is one name: the owner before its 's is no name of its own.
        own = [n for n in names if not _owner_within(n, names, tokens, lex.possessive)]
        return cls(text, tokens, own, lex, referents or {})

    def lower(self, i: int) -> str:
        return self.tokens[i].lower if 0 <= i < len(self.tokens) else ""

    def is_speech(self, i: int) -> bool:
        """A verb of saying (not a word of a name: the State Duma; not a noun after an
        article: dismissed the report on Friday)."""
        before = self.lower(i - 1)
        if before in _ARTICLES or before in self.lex.noun_markers:
            return False  # (member states, of reports: nouns)
        counted = before in self.lex.count_words or before.isdigit()
        if counted and self.lower(i).endswith("s"):
            return False  # eleven states, several reports: nouns (but "the two said")
        if self.in_name(i):
            return False
        # The NIS has learned that…: a verb that tells only with its that-clause.
        # (has detected signs that…, obtained intelligence that…: evidence before "that")
        k = i + 1 + (self.lower(i + 1) in self.lex.evidence_nouns or self.lower(i + 1) == "out")
        while k < i + _THAT_WITHIN and self.lower(k) in self.lex.before_that:
            k += 1  # admitted, at last, that…
        that = self.lower(i) in self.lex.that_speech_verbs and self.lower(k) == "that"
        return that or self.lower(i) in self.lex.speech_verbs or self._judged_as(i)

    def _judged_as(self, i: int) -> bool:
        """Analysts see the deliveries as payment for…: a verb of judging with "as" in its
        clause tells its subject's view."""
        if self.lower(i) not in self.lex.as_judging_verbs:
            return False
        for k in range(i + 1, min(i + _JUDGED_WITHIN, len(self.tokens))):
            if self.lower(k) == "as":  # (not as well as, as early as, such as)
                return not ({self.lower(k - 1), self.lower(k + 1)} & _AS_IDIOMS)
            if (
                not self.lower(k).replace("-", "").isalnum()
                and self.lower(k) not in self.lex.possessive
            ):
                return False
        return False

    def in_name(self, i: int) -> bool:
        return any(n.first <= i <= n.last for n in self.names)

    def name_ending_at(self, i: int) -> Named | None:
        return next((n for n in self.names if n.last == i), None)

    def troops_after(self, named: Named) -> bool:
        """A name followed by a word for troops (North Korean soldiers): their owner."""
        return any(
            self.lower(k) in self.lex.troop_words for k in range(named.last + 1, named.last + 3)
        )


_ASIDE_WORDS = 9  # tokens of "…, a senior U.S. defense official said, …"


def clause(p: Parsed, first: int, last: int, as_noun: bool = False) -> tuple[int, int]:
    """Token bounds [lo, hi) of the clause around tokens ``first..last``."""
    lo = first
    contact = None if as_noun else contact_relative(p, first)
    if contact is not None:  # the pact Moscow signed with Pyongyang: a clause of its own
        lo = 0
    while lo > 0:
        word = p.lower(lo - 1)
        if told_clause(p, lo):
            break  # (the envoy assured Shoigu her nation will…: its own clause)
        if word == ")":  # the State Duma (lower house of parliament) ratified: look past it
            opening = max((k for k in range(lo - 1) if p.lower(k) == "("), default=None)
            if opening is not None:
                lo = opening
                continue
        opening = parenthetical_speech(p, lo - 1)
        if opening is not None:  # North Korea, the official said, has sent…: past the aside
            lo = opening
            continue
        if word in p.lex.clause_words or word in _STOPS:
            break
        if p.is_speech(lo - 1) and raising_at(p, lo - 1) is None:
            break  # (North Korea is said to have sent…: a hedge on the same clause)
        if word in ("and", "but") and p.lower(lo - 2) == ",":
            break  # …, and the two ministers agreed: a clause of its own
        lo -= 1
    lo = contact if contact is not None else lo
    hi = last + 1
    while hi < len(p.tokens):
        word = p.lower(hi)
        if word == "," and p.lower(hi + 1) == "including":
            hi += 2
            continue
        # (A full stop inside a sentence closes an abbreviation: on Dec. 21.)
        if word in (",", "(") or word in p.lex.clause_words or word in _STOPS:
            break
        if as_noun and word in p.lex.auxiliaries and p.lower(hi + 1) in p.lex.light_verbs:
            hi += 2  # talks were held in Moscow between…: the noun's own passive goes on
            continue
        if p.is_speech(hi) or (as_noun and word in p.lex.auxiliaries):
            break  # Moscow's veto at the Council does not remove…: the noun's phrase ends
        if word == "to" and (_verb(p.lower(hi + 1)) or infinitive_at(p, hi + 1)):
            break  # sent troops to support its offensive against…: a clause of its own
        if word == "and" and hi > last + 1 and joined_verb(p, hi + 1):
            break  # fired shells into the sea and condemned U.S. drills: a verb of its own
        hi += 1
    return lo, hi


def contact_relative(p: Parsed, first: int) -> int | None:
    """The pact Moscow signed with Pyongyang, the shells North Korea has shipped: a verb
    right after a name (past an auxiliary of the perfect) that follows a common noun in
    lower case opens a relative clause with no "that"; where its subject begins."""
    k = first - 1
    if p.lower(k) in p.lex.perfect_auxiliaries:
        k -= 1
    named = p.name_ending_at(k)
    if named is None or named.first < 1:
        return None
    head = p.tokens[named.first - 1].text
    lemmas = getAllLemmas(head.lower())
    if not head.isalpha() or not head.islower() or head in p.lex.person_titles:
        return None
    hedges = [
        *p.lex.status_markers.values(),
        p.lex.clause_words,
        p.lex.conjunctions,
        p.lex.determiners,
    ]
    if head in p.lex.roles or any(head in words for words in hedges):
        return None  # whether Seoul had held talks, if Pyongyang sent: no noun before it
    # (the accord Moscow signed: a word that may be a verb is a noun after its modifier)
    noun = (
        "VERB" not in lemmas
        or modifier(p, named.first - 2)
        or p.lower(named.first - 2) in p.lex.cargo
    )
    return named.first if "NOUN" in lemmas and noun else None


def parenthetical_speech(p: Parsed, comma: int) -> int | None:
    """The comma opening "…, the official said, …" when token ``comma`` closes such an
    aside (a short speaker and a verb of saying set off by commas inside a clause, which
    goes on with a verb: has sent, were sent), else None."""
    if p.lower(comma) != "," or not p.is_speech(comma - 1):
        return None
    if p.lower(comma + 1) not in p.lex.auxiliaries | p.lex.passive_auxiliaries:
        return None
    for k in range(comma - 2, max(-1, comma - _ASIDE_WORDS), -1):
        if p.lower(k) == ",":
            return k if k > 0 else None
        word = p.lower(k)
        if not (
            word.replace("-", "").replace(".", "").isalnum()
            or word == "."
            or word in p.lex.possessive
        ):
            return None
    return None


def _parenthetical_tokens(p: Parsed, lo: int, first: int) -> set[int]:
    """The tokens of "…, the official said, …" asides between ``lo`` and ``first``."""
    inside: set[int] = set()
    for k in range(lo, first):
        opening = parenthetical_speech(p, k)
        if opening is not None:
            inside.update(range(opening, k + 1))
    return inside


def raising_at(p: Parsed, k: int) -> str | None:
    """The status a passive verb of saying or believing at ``k`` gives the infinitive it
    raises (troops are believed to have been sent: possible; is said to have: reported),
    or None when ``k`` is not one (an adverb may stand between: are widely believed to)."""
    status = p.lex.raising_verbs.get(p.lower(k))
    if status is None or p.lower(k + 1) != p.lex.infinitive:
        return None
    aux = k - 2 if p.lower(k - 1).endswith("ly") else k - 1
    return status if p.lower(aux) in p.lex.passive_auxiliaries else None


def _verb(word: str) -> bool:
    """A word that can only be a verb (support, fight), not a noun or a name."""
    lemmas = getAllLemmas(word)
    return "VERB" in lemmas and "NOUN" not in lemmas


def relative_subject(p: Parsed, lo: int) -> Named | None:
    """Shoigu, who is on a visit…: the name a relative clause opening at ``lo`` is about."""
    if p.lower(lo - 1) not in _RELATIVES:
        return None
    k = lo - 2
    if p.lower(k) == ",":
        k -= 1
    return p.name_ending_at(k)


def role_before(p: Parsed, named: Named, lo: int, roles: dict[str, str]) -> str | None:
    """The role the preposition before a name gives it (looking back past articles and
    other words of its phrase, up to three), None for a bare subject or object. After a
    possessive (to Russia's Kursk Oblast) the name takes the owner's role."""
    k = named.first - 1
    if k >= lo and p.lower(k) in p.lex.possessive:
        owner = p.name_ending_at(k - 1)
        if owner is not None:
            return role_before(p, owner, lo, roles)
    for k in range(named.first - 1, max(lo, named.first - 4) - 1, -1):
        word = p.lower(k)  # (hauled out of Chongjin: read as "from")
        word = p.lex.preposition_pairs.get(f"{p.lower(k - 1)} {word}", word)
        if word in roles:
            return None if closes_phrase(p, k) else roles[word]
        if p.name_ending_at(k) is not None or (word in p.lex.conjunctions and _listed(p, named)):
            continue  # to Russia, China and Iran: one preposition for the list
        if word in p.lex.clause_words or not word.isalpha():
            return None
    return None


def _listed(p: Parsed, named: Named) -> bool:
    """A name inside a list (…, China and Iran): followed by a comma or a conjunction, or
    joined to the name before it by "and"."""
    return p.lower(named.last + 1) in p.lex.conjunctions or p.lower(named.first - 1) in (
        "and",
        "or",
    )


def noun_use(p: Parsed, i: int, spec: TriggerSpec) -> bool:
    """Whether the trigger at ``i`` stands as a noun (the supply of shells, Russia's veto)."""
    word = p.lower(i)
    verbs, nouns = forms_of(spec.words[0], "VERB"), forms_of(spec.words[0], "NOUN")
    if word not in verbs:
        return True
    if word not in nouns:
        return False
    before = p.lower(i - 1)
    named = p.name_ending_at(i - 1)
    # Did North Korea deploy…, will Moscow supply…: a name after an auxiliary is a subject.
    subject = named is not None and p.lower(named.first - 1) in p.lex.auxiliaries
    return (
        before in p.lex.determiners
        or before in p.lex.possessive
        or (before in p.lex.roles and before != p.lex.infinitive)  # hit Russia with sanctions
        or (named is not None and not subject)
        or p.lower(i + 1) in ("of", "by")
        or (before in p.lex.cargo and not before.endswith("s"))  # a drone attack
        # North Korea's arms supplies, its arms deliveries: an owner before the cargo
        or (before in p.lex.cargo and p.lower(i - 2) in p.lex.possessive | p.lex.determiners)
        or moved_by_verb_before(p, i)  # ship arms
        or cargo_noun_before_noun(p, i)  # arms dealings
        or compound_noun(p, i)  # an apartment block
        or owned_by_demonym(p, i)  # Russian engineering help
        or ("-" in before and before.endswith("ed"))  # Russian-flagged ships (twelfth pass)
        # Talks were held…: a plural opening the sentence before an auxiliary is its subject
        or (before == "" and word.endswith("s") and p.lower(i + 1) in p.lex.auxiliaries)
    )


def passive(p: Parsed, i: int) -> bool:
    """A past participle after a form of be within two words (were reportedly sent), or
    right after the noun it describes (entities accused of…, ships sanctioned by…)."""
    word = p.lower(i)
    if not word.endswith(("ed", "en", "t", "n", "uck")):  # (struck)
        return False
    reduced = (
        p.lower(i + 1) in ("by", "of")
        and p.lower(i - 1).isalpha()
        and (p.lower(i - 1) not in p.lex.auxiliaries and p.name_ending_at(i - 1) is None)
    )
    # soldiers captured in Kursk, troops killed near Sudzha: a participle of what befalls
    # troops right after them (not: troops deployed to Kursk, sent by their own state).
    befallen = (
        word in p.lex.befalling_verbs
        and p.lower(i - 1) in p.lex.troop_words
        and p.lower(i + 1) in p.lex.befalling_next  # (troops killed 50 soldiers: active)
    )
    passive_aux = any(p.lower(k) in p.lex.passive_auxiliaries for k in (i - 1, i - 2))
    return reduced or befallen or passive_aux or fired_thing(p, i)


def _heads(p: Parsed, names: list[Named]) -> list[list[Named]]:
    """Names grouped into coordinated groups (Putin and Kim), each name the head of its
    phrase (Russian President Vladimir Putin: Putin)."""
    groups: list[list[Named]] = []
    for named in names:
        if groups:
            prev = groups[-1][-1]
            between = [p.lower(k) for k in range(prev.last + 1, named.first)]
            pair = (named.first, named.last) == (prev.first, prev.last)  # the two countries
            if pair or (between and all(w in p.lex.conjunctions for w in between)):
                groups[-1].append(named)
                continue
            joined = any(w in p.lex.conjunctions or w in p.lex.clause_words for w in between)
            if len(between) <= 3 and not joined:
                groups[-1][-1] = named  # the same phrase: its last name is its head
                continue
        groups.append([named])
    return groups


def read_args(
    p: Parsed, spec: TriggerSpec, first: int, last: int, as_noun: bool
) -> tuple[Args, tuple[int, int]]:
    """The names of a trigger's clause by role, and the clause's bounds."""
    lo, hi = clause(p, first, last, as_noun)
    roles = {**p.lex.roles, **spec.roles}
    args = Args()
    aside = _parenthetical_tokens(p, lo, first)
    before = [
        n for n in p.names
        if lo <= n.first and n.last < first and n.first not in aside and not _people_of(p, n)
    ]  # fmt: skip
    after = [n for n in p.names if last < n.first and n.last < hi and not _people_of(p, n)]
    # The subject phrase, with its of-names (the foreign minister of South Korea).
    subjects = [n for n in before if role_before(p, n, lo, roles) in (None, "of")]
    subjects = shared_subjects(p, subjects, lo, first)  # condemned X and summoned Y
    is_passive = not as_noun and passive(p, first)
    relative = relative_subject(p, lo) or (None if is_passive else pronoun_subject(p, lo, first))
    if relative is not None and not subjects:
        subjects = [relative]
    if as_noun:
        owner = _owner_of_noun(p, first)
        if owner is not None:
            args.actors.append(owner.mention.entity_id)
        else:
            verb = _light_verb_before(p, first, lo)
            if verb is not None:
                # hit Russia with sanctions: the verb's subject acts, its object is aimed at.
                _subject(args, _heads(p, [n for n in subjects if n.last < verb]))
                args.targets += [n.mention.entity_id for n in before if verb < n.first]
    elif is_passive:
        args.described += [n.mention.entity_id for n in subjects]
    else:
        _subject(args, _heads(p, subjects))
    for n in before:
        role = role_before(p, n, lo, roles)
        if role in ("target", "partner"):
            args.earlier.insert(0, (n.mention.entity_id, role == "partner"))
        elif role == "parties":  # The treaty between Russia and Laos took effect
            args.parties.append(n.mention.entity_id)
    for n in (n for n in after if not another_verbs_agent(p, last, n, roles)):
        _place(args, p, n, role_before(p, n, last + 1, roles), is_passive or as_noun)
    return args, (lo, hi)


def _people_of(p: Parsed, named: Named) -> bool:
    """Russian tourists, North Korean students: a demonym naming private people, who act
    for themselves, not for their state."""
    k = named.last + 1
    if p.lower(k) not in p.lex.private_people and modifier(p, k):
        k += 1  # Russian young tourists
    return p.lower(k) in p.lex.private_people


def doers_for(p: Parsed, i: int, lo: int) -> list[Named] | None:
    """sanctioned three firms for shipping…, thanked Pyongyang for sending…: a gerund after
    "for" is done by the object of the verb before it, not by its subject. The names that
    object phrase ends with (none when they only modify an unnamed head: Russian shipping
    firms), or None when the gerund follows no verb's object."""
    if p.lower(i - 1) != "for" or not p.lower(i).endswith("ing") or passive(p, i - 2):
        return None
    k, names = i - 2, list[Named]()
    while k >= lo:
        named = p.name_ending_at(k)
        if named is not None:
            names.insert(0, named)
            k = named.first - 1
            continue
        hyphen = p.lower(k) == "-" or p.lower(k) in p.lex.possessive  # Russia-based, its
        lemmas = getAllLemmas(p.lower(k))
        if (
            "VERB" in lemmas
            and p.lower(k).endswith(("ed", "s"))
            and k < i - 2
            and not hyphen
            and p.lower(k - 1) != "-"
        ):
            break  # the verb whose object this is
        plain = p.lower(k).replace("-", "").isalnum()
        if not (plain or hyphen) or p.lower(k) in p.lex.clause_words:
            return None
        k -= 1
    if k < lo or passive(p, k):
        return None  # For shipping…; was sanctioned for shipping: its subject did it
    # (North Korea's defence ministry: its owner; Russian shipping firms: none named)
    end = names[-1].last if names else i
    owner = p.lower(end) in p.lex.possessive or p.lower(end + 1) in p.lex.possessive
    return names if end == i - 2 or owner else []


def _subject(args: Args, groups: list[list[Named]]) -> None:
    if not groups:
        return
    nearest = groups[-1]
    args.actors.append(nearest[-1].mention.entity_id)
    args.joint += [n.mention.entity_id for n in nearest[:-1]]
    args.actors += [n.mention.entity_id for g in reversed(groups[:-1]) for n in g[-1:]]


def _place(args: Args, p: Parsed, named: Named, role: str | None, by_is_actor: bool) -> None:
    entity = named.mention.entity_id
    if role == "actor":
        if by_is_actor:
            args.actors.insert(0, entity)
    elif role in (None, "of"):
        if p.troops_after(named):
            args.objects.append(entity)
            args.borrowed.append(Borrowed(entity))  # sent North Korean troops: theirs
        elif role is None and not by_is_actor and not made_by_demonym(p, named):
            args.targets.append(entity)  # aiding Moscow, met Kim: the verb's object
        else:
            args.objects.append(entity)
    else:
        args.add(role, entity)  # a role with no list (for, from) is no party


def _owner_of_noun(p: Parsed, i: int) -> Named | None:
    """Russia's veto, the Russian veto, North Korea's latest supply, a Ukrainian drone
    attack: the owner of the event noun, past articles, words like "latest" and what it
    is made with only (not: resolutions banning
    arms trade)."""
    for k in range(i - 1, max(-1, i - 4), -1):
        word = p.lower(k)
        if word in p.lex.possessive:
            return p.name_ending_at(k - 1)
        named = p.name_ending_at(k)
        if named is not None:
            return named
        # a Ukrainian drone attack, a Russian missile strike: what it is made with
        if word not in p.lex.determiners and (word not in p.lex.cargo or k == 0):
            return None
    return None


def _light_verb_before(p: Parsed, i: int, lo: int) -> int | None:
    """held talks, cast a veto, is on a visit, hit Russia with sanctions: the verb (or
    preposition) that makes its subject do what the noun names, if one stands before it."""
    last = i - 1
    if p.lower(last) == "with":  # hit Russia with sanctions: past the verb's object
        named = p.name_ending_at(last - 1)
        last = named.first - 1 if named else last
    for k in range(last, max(lo, last - _LIGHT_WITHIN) - 1, -1):
        if p.lower(k) in p.lex.light_verbs or p.lower(k) in p.lex.light_prepositions:
            return k
        if p.lower(k) == "in" and p.lower(k - 1) in p.lex.partaking_words:
            return k - 1  # took part in the fighting, engaged in combat
        if not modifier(p, k):
            return None
    return None


def modifier(p: Parsed, k: int) -> bool:
    """A word that may stand between a light verb and its noun: an article, an adjective
    and its conjunction (develop military and technical cooperation), or the weapon a
    noun is made with (launched a drone attack)."""
    word = p.lower(k)
    if word in p.lex.determiners or (word == "and" and not p.in_name(k)):
        return True
    if word in p.lex.cargo and not word.endswith("s"):
        return True  # a missile attack, a drone strike: what it is made with
    return not p.in_name(k) and "ADJ" in getAllLemmas(word) and "VERB" not in getAllLemmas(word)
