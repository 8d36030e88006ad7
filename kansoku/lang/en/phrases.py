"""Phrases around an English event word that say it names no act here, or that it is a
noun (``kansoku.lang.en.arguments``, ``kansoku.lang.en.reader``): a sending of no cargo
(sent a message), a kind of thing (attack drones), an act only talked about (intelligence
on the deployment), helping to do something no party is named for (it helped build),
what a verb of sending moves (ship arms), and a noun owned by a demonym adjective past
its modifiers (Russian engineering help).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lemminflect import getAllLemmas

from kansoku.reading import Args

if TYPE_CHECKING:
    from kansoku.lang.en.arguments import Named, Parsed

_HELP_OBJECT_WITHIN = 6  # tokens: help restore infrastructure facilities in Kursk
_MODIFIERS_WITHIN = 3  # tokens: Russian military engineering help
_OWNER_WITHIN = 6  # tokens: condemned North Korea's latest arms transfers
_PHRASE_ENDS = frozenset({",", ";", ".", "that", "which", "who", "because", "after", "while"})
_AIMED_AT = frozenset({"at", "on", "into", "against", "toward", "towards"})
_DEFINITE = frozenset({"the", "this", "that", "such"})


def sends_no_cargo(p: Parsed, last: int, hi: int) -> bool:
    """sent a congratulatory message to Putin, delivered a letter from Kim: what the
    clause sends is words, people on a visit or gifts, and it names no cargo."""
    words = [p.lower(k) for k in range(last + 1, hi)]
    return any(w in p.lex.not_cargo for w in words) and not any(w in p.lex.cargo for w in words)


def classifies(p: Parsed, i: int) -> bool:
    """attack drones, combat zone, strike group: an event word in its base form right
    before a noun it only classifies."""
    word = p.lower(i)
    if word.endswith(("ed", "ing")) or p.lower(i + 1) not in p.lex.classified_heads:
        return False
    before, lex = p.lower(i - 1), p.lex
    named = p.name_ending_at(i - 1)
    verb_context = (
        before in lex.auxiliaries or before in lex.future_modals or before == lex.infinitive
        or before in lex.negations or before in lex.pronouns or before in lex.clause_words
        or before in ("and", "or")
        or (named is not None and not named.mention.text.endswith(lex.adjective_endings))
    )  # fmt: skip
    return not verb_context  # (could transfer submarine technology: a verb)


def only_talked_about(p: Parsed, first: int, args: Args) -> bool:
    """shared intelligence on the deployment, raised concerns over the transfer: a bare
    definite event noun after a preposition of topic, with no party named after it, names
    an act told elsewhere (whose doer the sentence does not say)."""
    # (an actor may be the subject of the verb before: the two ministers agreed to share…)
    named = args.targets or args.objects or args.partners or args.parties or args.described
    return (
        not named
        and p.lower(first - 1) in _DEFINITE
        and p.lower(first - 2) in p.lex.topic_prepositions
        and p.lower(first - 3) not in p.lex.enacting_nouns  # (a bill on the ratification)
    )


def helped_verb(p: Parsed, i: int) -> int | None:
    """Where the bare verb of what is helped stands, when the word at ``i`` is a helping
    followed by one (helped build, help to expel)."""
    if p.lower(i) not in p.lex.bare_infinitive_verbs:
        return None
    k = i + 1 + (p.lower(i + 1) == p.lex.infinitive)
    bare = p.lower(k)
    if not bare.isalpha() or p.in_name(k) or "VERB" not in getAllLemmas(bare):
        return None
    return None if bare in p.lex.determiners or bare in p.lex.roles else k


def helps_no_one(p: Parsed, i: int) -> bool:
    """the regime it once helped build: a helping followed by the bare verb of what is
    helped, with no one named it is done for or to (not: help rebuild Kursk)."""
    k = helped_verb(p, i)
    if k is None:
        return False
    for j in range(k + 1, min(len(p.tokens), k + 1 + _HELP_OBJECT_WITHIN)):
        if p.in_name(j):
            return False
        if not p.lower(j).replace("-", "").isalnum() or p.lower(j) in p.lex.clause_words:
            break
    return True


def moved_by_verb_before(p: Parsed, i: int) -> bool:
    """ship arms, sell arms: a word for cargo right after an event verb is its object,
    a noun (not a second act)."""
    if p.lower(i) not in p.lex.cargo or i == 0 or p.in_name(i - 1):
        return False
    return p.lex.trigger_at(p.tokens, i - 1) is not None


def owned_by_demonym(p: Parsed, i: int) -> bool:
    """Russian engineering help, North Korean artillery support: a demonym adjective
    before the word, past its modifiers, owns a noun (an adjective is no subject)."""
    for k in range(i - 1, max(-1, i - 1 - _MODIFIERS_WITHIN), -1):
        named = p.name_ending_at(k)
        if named is not None:
            return k < i - 1 and named.mention.text.endswith(p.lex.adjective_endings)
        word = p.lower(k)
        if not word.isalpha() or word.endswith(("ly", "s", "ed")) or _no_modifier(p, word):
            return False
    return False


def made_by_demonym(p: Parsed, named: Named) -> bool:
    """fired North Korean ballistic missiles at Kyiv: a demonym before the cargo a verb
    moves or fires, heading its phrase, names its maker, not whom the act is aimed at
    (but: helped North Korean missile development, aimed at the programme)."""
    if not named.mention.text.endswith(p.lex.adjective_endings):
        return False
    for k in range(named.last + 1, named.last + 2 + _MODIFIERS_WITHIN):
        word = p.lower(k)
        if word in p.lex.cargo or word in p.lex.carried_people:  # (North Korean captives)
            after = p.lower(k + 1)
            return after in _PHRASE_ENDS or after in p.lex.roles or after in ("", "and")
        if not word.replace("-", "").isalpha() or _no_modifier(p, word):
            return False
    return False


def closes_phrase(p: Parsed, k: int) -> bool:
    """called on Russia to stop…: a preposition that ends an event phrase makes the name
    after it the phrase's bare object, with no role of its own."""
    hit = p.lex.trigger_at(p.tokens, k - 1) if k > 0 else None
    return hit is not None and hit[1] == k + 1 and len(hit[0].words) > 1


def another_verbs_agent(p: Parsed, last: int, named: Named, roles: dict[str, str]) -> bool:
    """shells supplied by North Korea account for half the ammunition used by Russian
    forces: a by-phrase after another participle is that participle's agent."""
    k = named.first - 1
    while k > last and p.lower(k) in p.lex.determiners:
        k -= 1
    if k <= last or roles.get(p.lower(k)) != "actor":
        return False
    return any(p.lower(j).endswith("ed") and not p.in_name(j) for j in range(last + 1, k))


def infinitive_at(p: Parsed, k: int) -> bool:
    """signed an agreement to build a bridge across the river: a word after "to" that may
    be a verb and takes an object opens a clause of its own (not: sent to border areas)."""
    if "VERB" not in getAllLemmas(p.lower(k)):
        return False
    return p.lower(k + 1) in p.lex.determiners or any(n.first == k + 1 for n in p.names)


def received_noun(p: Parsed, i: int, lo: int) -> bool:
    """North Korea received military aid from Russia, got help from Moscow: an event noun
    that is the object of a verb of receiving is given by the one named after "from"."""
    for k in range(i - 1, max(lo - 1, i - 1 - _MODIFIERS_WITHIN), -1):
        if p.lower(k) in p.lex.receiving_verbs:
            return True
        if not p.lower(k).isalpha() or _no_modifier(p, p.lower(k)) or p.in_name(k):
            return False
    return False


def means_doers(p: Parsed, i: int, lo: int) -> list[Named] | None:
    """North Korea is helping Russia's war by sending troops; accused North Korea of
    prolonging the war by sending troops: a gerund after "by" is the means of the act
    before it and done by that act's doer — the clause's subject, or the one accused of
    the gerund after "of" — not the name nearest before it (Russia's war)."""
    if p.lower(i - 1) != "by" or not p.lower(i).endswith("ing"):
        return None
    names = [n for n in p.names if lo <= n.first and n.last < i - 1]
    for k in range(i - 2, lo - 1, -1):
        if p.lower(k) in ("of", "for") and p.lower(k + 1).endswith("ing"):
            names = [n for n in names if n.last < k][-1:]
            break
    return names[:1] or None


def _no_modifier(p: Parsed, word: str) -> bool:
    lex = p.lex
    return (
        word in lex.auxiliaries or word in lex.clause_words or word in lex.roles
        or word in lex.negations or word == lex.infinitive or word in lex.troop_words
        or word in lex.future_modals
    )  # fmt: skip


def shared_subjects(p: Parsed, subjects: list[Named], lo: int, first: int) -> list[Named]:
    """South Korea condemned the deployment of North Korean troops and summoned the envoy:
    a verb joined by "and" to an earlier verb of its clause shares that verb's subject;
    the names after the earlier verb are its objects."""
    k = first - 1
    if p.lower(k) in p.lex.manner_adverbs or p.lower(k) == "then":
        k -= 1  # and then summoned, and also summoned
    if p.lower(k) != "and":
        return subjects
    verb = next((j for j in range(lo, k) if _finite_verb(p, j)), None)
    if verb is None:
        return subjects
    return [n for n in subjects if n.last < verb]


def fired_thing(p: Parsed, i: int) -> bool:
    """the first batches fired at Kharkiv, missiles launched at Kyiv: a participle right
    after a plural common noun that is no one's troops, followed by where it was aimed,
    describes the thing (a passive), whose maker is no doer."""
    before = p.lower(i - 1)
    if not p.lower(i).endswith("ed") or p.lower(i + 1) not in _AIMED_AT:
        return False
    lemmas = getAllLemmas(before)
    plain = before.isalpha() and before.endswith("s") and not p.in_name(i - 1)
    earlier = p.lower(i - 2)
    counted = earlier in p.lex.determiners or earlier in p.lex.count_words or earlier.isdigit()
    noun = "NOUN" in lemmas and ("VERB" not in lemmas or counted)  # (the first batches)
    return plain and noun and before not in p.lex.troop_words


def joined_verb(p: Parsed, j: int) -> bool:
    """…and condemned, …and said: a past-tense verb or a verb of saying after "and" opens
    a verb phrase of its own (its object is not the first verb's)."""
    return _finite_verb(p, j) and p.name_ending_at(j - 1) is None


def _finite_verb(p: Parsed, j: int) -> bool:
    """A past-tense verb or a verb of saying, not inside a name."""
    word = p.lower(j)
    if p.in_name(j) or p.lower(j - 1) in p.lex.determiners:
        return False
    past = word.endswith("ed") and "VERB" in getAllLemmas(word)
    return past or p.is_speech(j)


def judged_act(p: Parsed, start: int) -> bool:
    """North Korea acknowledged sending troops only in April, Seoul condemned the
    deployment on Friday: an act named as the object of a verb that judges or owns up to
    it (lexicon ``judging_verbs``) is not dated by the judging's date."""
    first = next((k for k, t in enumerate(p.tokens) if t.start == start), None)
    if first is None:
        return False
    k = first - 1
    while k >= first - _OWNER_WITHIN and _owner_word(p, k):
        k -= 1  # (discussed North Korea's arms supplies, denied any arms transfers)
    return p.lower(k) in p.lex.judging_verbs and not p.in_name(k)


def _owner_word(p: Parsed, k: int) -> bool:
    """A word of the object phrase before its event word: an article, an owner (North
    Korea's, Russian), the cargo (arms) — not a name the event word describes (praised
    the partnership treaty signed by…)."""
    word = p.lower(k)
    named = next((n for n in p.names if n.first <= k <= n.last), None)
    if named is not None:
        owner = p.lower(named.last + 1) in p.lex.possessive
        return owner or named.mention.text.endswith(p.lex.adjective_endings)
    return (
        word in p.lex.determiners or word in p.lex.possessive or word in p.lex.cargo
        or word == "any"
    )  # fmt: skip


def no_it(p: Parsed, named: Named) -> bool:
    """U.S. officials, South Korean and Ukrainian officials: a demonym adjective, or a name
    before a plural noun, only says whose people they are; "it" in their words does not
    stand for it (U.S. officials said it had dispatched thousands of soldiers), nor for a
    name after a preposition (to Russia)."""
    if (
        named.mention.text.endswith(p.lex.adjective_endings)
        or p.lower(named.first - 1) in p.lex.roles
    ):
        return True  # (…sending troops to Russia, … said it had: not the one sent to)
    word = p.lower(named.last + 1)
    lemmas = getAllLemmas(word)
    return word.endswith("s") and "NOUN" in lemmas and "VERB" not in lemmas


def cargo_owners(p: Parsed, last: int, hi: int) -> list[str]:
    """Russian ships ferried North Korean troops, a ship carrying North Korean munitions:
    the names right before a word for troops or cargo after a carrying word, in its
    clause, say whose cargo it is (not whom it goes to)."""
    owners = []
    for named in p.names:
        if last < named.first and named.last < hi:
            after = [p.lower(k) for k in range(named.last + 1, min(hi, named.last + 3))]
            if any(w in p.lex.cargo or w in p.lex.troop_words for w in after):
                owners.append(named.mention.entity_id)
    return owners


def result_of_act(p: Parsed, i: int, category: str) -> bool:
    """Russian drones attacked Sumy overnight, killing two people: an -ing form after a
    comma that tells what an act of the same kind before it did is that act, not another."""
    if not p.lower(i).endswith("ing") or p.lower(i - 1) != ",":
        return False
    for k in range(i - 2, -1, -1):
        hit = p.lex.trigger_at(p.tokens, k)
        if hit is not None and not p.in_name(k) and hit[0].entry.category == category:
            return True
    return False


def cargo_noun_before_noun(p: Parsed, i: int) -> bool:
    """arms dealings, arms sales: a word for cargo right before a common noun qualifies it
    (a noun), not a verb (North Korea arms Russia)."""
    after = p.lower(i + 1)
    if p.lower(i) not in p.lex.cargo or not after.isalpha() or p.in_name(i + 1):
        return False
    lemmas = getAllLemmas(after)
    return "NOUN" in lemmas and after not in p.lex.roles and after not in p.lex.determiners


def compound_noun(p: Parsed, i: int) -> bool:
    """an apartment block, the border crossing: a word after an article and a common noun
    is the head of a compound noun, not a verb."""
    before = p.lower(i - 1)
    if p.lower(i - 2) not in ("a", "an", "the") or not before.isalpha() or p.in_name(i - 1):
        return False
    lemmas = getAllLemmas(before)
    return "NOUN" in lemmas and "VERB" not in lemmas and "ADJ" not in lemmas


def before_relative_word(p: Parsed, names: list[Named], start: int, v: int) -> list[Named]:
    """a group of 11 countries that monitors sanctions on Pyongyang said: the names inside
    a relative clause of the speaker's phrase say what the speaker does, not who it is."""
    opener = next((k for k in range(start - 1, v) if p.lower(k) in ("that", "which", "who")), None)
    if opener is None:
        return names
    return [n for n in names if n.last < opener]


def relative_of_noun(p: Parsed, k: int) -> bool:
    """countries that monitor, a group which tracks: "that", "which" or "who" at ``k``
    right after a common noun opens a relative clause of that noun (not: said that)."""
    if p.lower(k) not in ("that", "which", "who"):
        return False
    before, earlier = p.lower(k - 1), p.lower(k - 2)
    lemmas = getAllLemmas(before)
    # (nine states that: a noun after a count or an article, though "states" can be a verb)
    counted = earlier.isdigit() or earlier in p.lex.count_words or earlier in p.lex.determiners
    return before.isalpha() and "NOUN" in lemmas and ("VERB" not in lemmas or counted)


def answered_press(p: Parsed, first: int, hi: int) -> list[str]:
    """dismissed as fabrications reports in South Korean media that…: a denial answers
    whoever its claim noun is credited to (in X's press, by X), when it names them."""
    if p.lower(first) not in p.lex.denials:
        return []
    # (its own phrase, past "as": dismissed as "fabrications" reports in…)
    hi = next((k for k in range(first + 2, hi) if p.lower(k) in _PHRASE_ENDS), hi)
    for named in p.names:
        if not first < named.first < hi:
            continue
        before, after = p.lower(named.first - 1), p.lower(named.last + 1)
        claimed = any(p.lower(k) in p.lex.claim_nouns for k in range(first + 1, named.first))
        if claimed and (after in p.lex.media_words or before == "by"):
            return [named.mention.entity_id]
    return []


def mutual_commitment(p: Parsed, first: int) -> bool:
    """(pledged) to help each other if either faces aggression, obliges each side to
    provide assistance: an act done by or for "each other", "each side" is what a pact
    commits its parties to, no act told. A light verb before a noun's event word is
    stepped over: (pledged) to provide aid to one another."""
    at = first - 1
    if p.lower(at) in p.lex.light_verbs:
        at -= 1
    before = p.lower(at)
    if before != p.lex.infinitive and before not in p.lex.future_modals:
        return False  # (the two met each other in Vladivostok: told)
    words = [t.lower for t in p.tokens]
    for phrase in p.lex.reciprocals:
        n = len(phrase)
        for k in range(max(0, first - 4), min(len(words), first + 6)):
            if tuple(words[k : k + n]) == phrase and not _stop_between(p, first, k):
                return True
    return False


def _stop_between(p: Parsed, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return any(
        p.lower(k) in (",", ";", ".") or p.lower(k) in p.lex.clause_words for k in range(lo + 1, hi)
    )


def resident_attends(p: Parsed, spec_roles: dict[str, str], lo: int, first: int) -> bool:
    """Russia's ambassador to Pyongyang attended: an envoy posted where the act happens
    does not come on a visit (words whose "in" names whom they visit)."""
    if spec_roles.get("in") != "target":
        return False
    return any(p.lower(k) in p.lex.resident_titles for k in range(lo, first))


def phrase_start(p: Parsed, v: int) -> int:
    """The first token of the phrase before a verb of saying (its subject), back to
    punctuation or a clause word; a bracketed short name stays inside it (South Korea's
    National Intelligence Service (NIS) said)."""
    k = v
    while k > 0:
        word = p.lower(k - 1)
        if word == ")" and "(" in (p.lower(k - 3), p.lower(k - 4)):
            k = k - 3 if p.lower(k - 3) == "(" else k - 4
            continue
        if not (word.isalnum() or word in p.lex.possessive or "-" in word or "." in word):
            break
        if word in p.lex.clause_words and not relative_of_noun(p, k - 1):
            break  # (a group of 11 countries that monitors sanctions on Pyongyang said)
        k -= 1
    return k
