"""Event words in phrases that tell of an act without telling it as done (twelfth pass):
a dealing both its parties deny (the standing denial is the only act), a topic someone
declined to discuss, an act someone is keen to secure, and "accused of" describing whom
a sanction names (``kansoku.lang.en.reader``)."""

from __future__ import annotations

from dataclasses import replace

from lemminflect import getAllLemmas

from kansoku.lang.en.arguments import Parsed
from kansoku.lang.en.phrases import phrase_start
from kansoku.reading import Claim

_BACK = 8  # tokens: declined to discuss the two countries' military cooperation
_THAT_WITHIN = 14  # tokens: claims by X that the North has sent 3,000 more soldiers to…
_CLAIMANT_WITHIN = 10  # tokens: assertions from Japan's Ministry of Defense that
_PHRASE_ENDS = frozenset({",", ";", ".", ":", "which", "who", "but", "while", "though"})
_PREFIXES = frozenset({"re", "co", "pre", "non", "self", "counter", "anti", "de", "un"})
_BOUNDARIES = frozenset({",", ";", ".", ":", "that", "which", "who", "but", "while"})


def told_as_no_act(p: Parsed, first: int, last: int, hi: int, denied: bool) -> bool:
    """Whether the event word at ``first..last`` (its clause ending at ``hi``) names an
    act the sentence does not tell as done."""
    words = p.lex.unclaimed
    if not words:
        return False
    if denied and _pair_denies_dealing(p, first, last, hi):
        return True
    if _hyphened(p, first):
        return True  # a U.N.-backed team, Moscow-led talks: a modifier, no act
    if p.lower(last + 1) in words.get("indefinite_objects", frozenset()):
        return True  # trying to blame others: aimed at no one named
    if _after(p, first, words.get("topic_verbs", frozenset()), p.lex.refusals):
        return True  # refused to talk about the arms pipeline: a topic
    wish = words.get("wish_words", frozenset())
    if _after(p, first, words.get("obtaining_verbs", frozenset()), wish):
        return True  # eager to win Moscow's backing: not yet given
    if _contrasted(p, first, words.get("contrasts", frozenset())):
        return True  # sentry work rather than offensives: the act not done
    if _restated(p, first, words.get("restating_frames", frozenset())):
        return True  # this would mark a first handover…: the claim before, weighed again
    return _charge_participle(p, first, words.get("charge_participles", frozenset()))


_CONTRAST_MODIFIERS = 2  # words: rather than large frontline assaults
_RESTATED_MODIFIERS = 3  # words: it would be the first such deployment


def _restated(p: Parsed, first: int, frames: frozenset[str]) -> bool:
    """An event noun after a restating frame (it would be, this would mark) and up to
    three words of its own phrase."""
    for k in range(first - 1, max(-1, first - 2 - _RESTATED_MODIFIERS), -1):
        if " ".join(p.lower(j) for j in range(k - 2, k + 1)) in frames:
            return True
        if not p.lower(k).replace("-", "").isalpha() or p.name_ending_at(k) is not None:
            return False
    return False


def _contrasted(p: Parsed, first: int, contrasts: frozenset[str]) -> bool:
    """An event word right after a contrast (rather than, instead of), past up to two
    modifiers with no name among them."""
    for k in range(first - 1, max(-1, first - 2 - _CONTRAST_MODIFIERS), -1):
        pair = f"{p.lower(k - 1)} {p.lower(k)}"
        three = f"{p.lower(k - 2)} {pair}"
        if pair in contrasts or three in contrasts:
            return True
        if not p.lower(k).replace("-", "").isalpha() or p.name_ending_at(k) is not None:
            return False
    return False


def _hyphened(p: Parsed, first: int) -> bool:
    """U.N.-backed, Kremlin-sponsored: an event word glued by a hyphen to the name or word
    before it (not a prefix: re-supply, co-operate) only describes the noun after it."""
    start = p.tokens[first].start
    before = p.text[:start]
    if not before.endswith("-") or not (before[:-1][-1:].isalpha() or before.endswith(".-")):
        return False
    head = before[:-1].split()[-1].split("-")[-1].lower() if before[:-1].split() else ""
    return head not in _PREFIXES


def _after(p: Parsed, first: int, verbs: frozenset[str], heads: frozenset[str]) -> bool:
    """A verb of ``verbs`` after "to" and a word of ``heads`` (declined to discuss, keen
    to secure) before the event word, with no clause boundary between."""
    for k in range(first - 1, max(-1, first - _BACK), -1):
        word = p.lower(k)
        if word in _BOUNDARIES:
            return False
        if word in verbs and p.lower(k - 1) == p.lex.infinitive:
            return p.lower(k - 2) in heads or p.lower(k - 3) in heads
    return False


def _charge_participle(p: Parsed, first: int, participles: frozenset[str]) -> bool:
    """a bank suspected of routing funds; entities it accused of…: a participle of
    charging with "of" after a common noun (or a noun and a pronoun) only describes it."""
    if p.lower(first) not in participles or p.lower(first + 1) != "of":
        return False
    k = first - 1
    if p.lower(k) in ("it", "they", "he", "she"):
        k -= 1  # (firms it accused of…: the noun the relative clause describes)
    before = p.lower(k)
    if not before.isalpha() or p.in_name(k) or before in p.lex.auxiliaries:
        return False
    lemmas = getAllLemmas(before)
    return "NOUN" in lemmas and before not in p.lex.passive_auxiliaries


def _pair_denies_dealing(p: Parsed, first: int, last: int, hi: int) -> bool:
    """Pyongyang and the Kremlin reject arms sales; both nations deny any weapons swaps:
    a dealing denied by the two who would deal, with no party named after the denial."""
    dealings = p.lex.unclaimed.get("dealings", frozenset())
    if not any(p.lower(k) in dealings for k in range(first - 1, last + 2)):  # (trading arms)
        return False
    at = next(
        (k for k in range(first - 1, max(-1, first - 12), -1) if p.lower(k) in p.lex.denials),
        None,
    )
    if at is None:
        return False
    start = phrase_start(p, at)
    subjects = {n.mention.entity_id for n in p.names if start <= n.first and n.last < at}
    phrase = " ".join(p.lower(k) for k in range(max(0, start - 3), at))
    pair = len(subjects) >= 2 or any(w in f" {phrase} " for w in _pair_phrases(p))
    end = next((k for k in range(at + 1, hi + 1) if p.lower(k) in _PHRASE_ENDS), hi)
    named_after = any(at < n.first <= end for n in p.names)  # (not past ", which…")
    return pair and not named_after


def _pair_phrases(p: Parsed) -> list[str]:
    return [f" {w} " for w in p.lex.pair_words]


def credited_claim(p: Parsed, at: int, claim: Claim) -> Claim:
    """assertions from Kyiv's spies that…, allegations by Tokyo that…, London's
    allegations that…: the act in the that-clause of a claim noun credited to someone is
    theirs (not the speaker's who answers it); judged false in the sentence (regards them
    as speculation, called them "a lie") or denied, it is denied."""
    that = next(
        (k for k in range(at - 1, max(-1, at - _THAT_WITHIN), -1) if p.lower(k) in ("that", ".")),
        None,
    )
    if that is None or p.lower(that) != "that":
        return claim
    claimant = _claimant(p, that)
    if claimant is None:
        return claim
    false = p.lex.unclaimed.get("false_words", frozenset())
    judged = any(t.lower in false for t in p.tokens)
    status = "denied" if judged or claim.status == "denied" else claim.status
    status = "reported" if status == "asserted" else status
    return replace(claim, source=claimant, status=status, credited=True)


def _claimant(p: Parsed, that: int) -> str | None:
    """Whom the claim noun before "that" is credited to: a name after by/from/of (claims
    by Kyiv that) or the owner before it (Seoul's reports that)."""
    for c in range(that - 1, max(-1, that - _CLAIMANT_WITHIN), -1):
        if p.lower(c) not in p.lex.claim_nouns:
            continue
        after = [n for n in p.names if c < n.first and n.last < that]
        if after and p.lower(c + 1) in ("by", "from", "of"):
            return after[-1].mention.entity_id
        owner = p.name_ending_at(c - 1) or p.name_ending_at(c - 2)
        if owner is not None and p.lower(owner.last + 1) in p.lex.possessive:
            return owner.mention.entity_id
        return None
    return None
