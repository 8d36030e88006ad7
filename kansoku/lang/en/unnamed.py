"""Unnamed tellers: a claim credited to experts, the press or sources the text does not name.

Experts say…, analysts believe…, according to local media, …, people familiar with the
matter said, a source told the agency that…, it is widely believed that…: the text does
not assert the claim itself, it credits someone it leaves unnamed. The claim keeps its
status and gets a generic teller chosen by the head word of the teller's phrase (lexicon
``unnamed_tellers``: experts, analysts, a think tank → experts; media, reports → media;
sources, people familiar with… → unnamed-sources; officials → unnamed-officials), or — for
an official of a state or body named in that phrase itself (Ukrainian officials, a South
Korean government source, North Korean state media) — that state or body. Experts and the
press of a state (Russian media, South Korean analysts) are not the state: they get the
generic teller. A view told as no one's (it is believed that…) is unnamed sources'.

This runs after every other credit of the reader: a teller named in the sentence, a lead
told by the teller after it, a described source named later, an office of the page's
state all win; only a claim still credited to no one is given a generic teller. The
generic tellers have no names in the gazetteer, so they never become an actor or a target.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from kansoku.lang.en.words import Token, forms_of, tokenize
from kansoku.model import Mention
from kansoku.reading import Claim, SentenceReading

# A claim the text states as its own has no teller; every other may be someone's word.
_OWN = "asserted"
_PHRASE = 9  # tokens: how long a teller's phrase may run (a think tank in Washington)
_OWNERS = ("country", "organization", "agency")  # whom an official may speak for
_NAMED = ("person", "outlet")  # tellers the reader credits by name
_PLACES = ("country", "place")  # where a teller is from or sits
_GOES_ON = 2  # sentences: how far back a paragraph's credited body goes on in "officials"
_CLOSING = 7  # tokens: what may follow a verb closing its sentence (…, a source told Reuters)


@dataclass(frozen=True)
class TellerWords:
    """The words of ``unnamed_tellers`` in the English lexicon."""

    heads: dict[tuple[str, ...], str]  # a head word (or words) → its generic teller
    verbs: frozenset[str]  # every form of a verb of saying or judging
    owner_speaking: dict[str, str]  # generic teller → how it speaks for its owner
    official_words: frozenset[str]  # a South Korean government source: the state's
    state_run: frozenset[str]  # North Korean state media: the state's voice
    former: frozenset[str]  # a former U.S. official: no state's
    boundaries: frozenset[str]  # where a teller's phrase ends
    markers: tuple[tuple[str, ...], ...]  # according to …
    unheld: frozenset[str]  # it is believed that…: a view no one holds
    unheld_teller: str | None
    unheld_openers: tuple[tuple[str, ...], ...] = field(default=())  # it is, it has been
    private: frozenset[str] = frozenset()  # generic tellers no office speaks as (experts)
    continuing: frozenset[str] = frozenset()  # bare officials: the paragraph's credited body
    anaphoric: frozenset[str] = frozenset()  # the sources said: ones told of before
    state_press: dict[str, frozenset[str]] = field(default_factory=dict)  # all state-run
    not_names: frozenset[str] = frozenset()  # capitalised words after a head: no name
    heads_words: frozenset[str] = frozenset()  # every word of a head
    between: frozenset[str] = frozenset()  # analysts have long said: words before the verb
    complementizer: str = ""  # that: opens what a verb says


def load_teller_words(data: dict[str, Any] | None, speech: frozenset[str]) -> TellerWords | None:
    """The lexicon's ``unnamed_tellers`` section (None when it has none)."""
    if not data:
        return None
    heads = {tuple(str(k).split()): str(v) for k, v in (data.get("heads") or {}).items()}
    extra = frozenset(f for v in data.get("verbs") or () for f in forms_of(str(v), "VERB"))
    return TellerWords(
        heads=heads,
        verbs=speech | extra,
        owner_speaking={str(k): str(v) for k, v in (data.get("owner_speaking") or {}).items()},
        official_words=frozenset(data.get("official_words") or ()),
        state_run=frozenset(data.get("state_run") or ()),
        former=frozenset(data.get("former") or ()),
        boundaries=frozenset(str(b) for b in data.get("boundaries") or ()),
        markers=tuple(tuple(str(m).split()) for m in data.get("markers") or ()),
        unheld=frozenset(data.get("unheld") or ()),
        unheld_teller=data.get("unheld_teller"),
        unheld_openers=tuple(tuple(str(m).split()) for m in data.get("unheld_openers") or ()),
        private=frozenset(data.get("private") or ()),
        continuing=frozenset(data.get("continuing") or ()),
        anaphoric=frozenset(data.get("anaphoric") or ()),
        state_press={
            str(k): frozenset(v or ()) for k, v in (data.get("state_press") or {}).items()
        },
        not_names=frozenset(str(w).lower() for w in data.get("not_names") or ()),
        heads_words=frozenset(w for head in heads for w in head),
        between=frozenset(data.get("between") or ()),
        complementizer=str(data.get("complementizer") or ""),
    )


@dataclass(frozen=True)
class Teller:
    """A teller's phrase and the characters of the sentence it credits [lo, hi)."""

    source: str
    lo: int
    hi: int
    phrase: tuple[int, int]  # characters of the teller's own phrase
    not_the_state: frozenset[str] = frozenset()  # states its phrase names (Russian media)


def credit_unnamed_tellers(
    readings: list[SentenceReading],
    texts: list[str],
    mentions: list[list[Mention]],
    words: TellerWords | None,
    paragraphs: list[int],
    kinds: dict[str, str | None],
) -> None:
    """Give each claim still credited to no one the unnamed teller framing it in its
    sentence (not in a sentence an office of the page's own state speaks: that state's;
    not bare officials going on from a state or agency the paragraph just credited)."""
    if words is None:
        return
    for reading in readings:
        found = tellers(texts[reading.index], mentions[reading.index], words)
        if reading.home_speaker:  # the defense ministry said: the page's state's (not experts)
            found = [t for t in found if t.source in words.private]
        if _goes_on(readings, reading.index, paragraphs, kinds):
            found = [t for t in found if t.source not in words.continuing]
        if not found:
            continue
        reading.triggers = [
            replace(t, claim=c) if (c := _credited(t.claim, t.start, t.end, found)) else t
            for t in reading.triggers
        ]
        reading.quantities = [
            replace(q, claim=c)
            if (c := _credited(q.claim, q.quantity.start, q.quantity.end, found))
            else q
            for q in reading.quantities
        ]


def _goes_on(
    readings: list[SentenceReading], index: int, paragraphs: list[int], kinds: dict[str, str | None]
) -> bool:
    """The sentences just before in the paragraph (or a one-sentence paragraph before it)
    credited a state or an agency (The NIS told lawmakers… Officials said…; U.S. officials
    say… One official said…): bare officials and sources are theirs (the paragraph's
    credit, kansoku.extract.passes.attribution)."""
    sizes = Counter(paragraphs)
    for before in readings[max(0, index - _GOES_ON) : index][::-1]:
        # (wires give a sentence a paragraph of its own: a lone one still goes on)
        if paragraphs[before.index] != paragraphs[index] and sizes[paragraphs[before.index]] > 1:
            return False
        told = [before.source, *(t.claim.source for t in before.triggers)]
        if any(kinds.get(s or "") in _OWNERS for s in told):
            return True
    return False


def _credited(claim: Claim, start: int, end: int, found: list[Teller]) -> Claim | None:
    """The claim credited to the unnamed teller framing it; None when it needs no change."""
    if claim.status == _OWN:
        return None
    for teller in found:
        inside = teller.phrase[0] <= start < teller.phrase[1]
        # Russian media reported…: the state named in the press's phrase is not its teller.
        unsourced = claim.source is None or claim.source in teller.not_the_state
        if teller.lo <= start and end <= teller.hi and not inside and unsourced:
            return replace(claim, source=teller.source, credited=True)
    return None


def tellers(text: str, mentions: list[Mention], words: TellerWords) -> list[Teller]:
    """The unnamed tellers of a sentence, each with the stretch of it it frames: one
    according to which the sentence is, a view no one holds opening it, one speaking
    before what it says (Experts say…), one closing what it said (…, sources said)."""
    tokens = tokenize(text)
    low = [t.text.lower() for t in tokens]
    found: list[Teller] = []
    for k in range(len(tokens)):
        for marker in words.markers:
            if tuple(low[k : k + len(marker)]) == marker:
                span = _phrase_after(low, k + len(marker), words)
                teller = _teller(tokens, low, span, mentions, words)
                if teller:  # according to analysts, …: the whole sentence
                    found.append(Teller(teller[0], 0, len(text), _chars(tokens, span), teller[1]))
        if words.unheld_teller and low[k] in words.unheld and _unheld_view(low, k, words):
            found.append(  # it is widely believed that …
                Teller(words.unheld_teller, tokens[k].end, len(text), (0, 0))
            )
        if low[k] in words.verbs:
            found += _speaking(tokens, low, k, text, mentions, words)
    return found


def _speaking(
    tokens: list[Token],
    low: list[str],
    v: int,
    text: str,
    mentions: list[Mention],
    words: TellerWords,
) -> list[Teller]:
    """The teller speaking with the verb at ``v``: its subject before it frames what
    follows (Analysts believe…), or what came before the comma opening it (…, officials
    said; …, said a person familiar with the plans)."""
    before = _phrase_before(low, v, words)
    teller = _teller(tokens, low, before, mentions, words)
    if teller is not None:
        phrase = _chars(tokens, before)
        opens_clause = before[0] == 0 or low[before[0] - 1] in words.boundaries
        closes = _closes(low, v, words)
        if before[0] > 0 and low[before[0] - 1] == "," and closes:  # …, experts say.
            return [Teller(teller[0], 0, phrase[0], phrase, teller[1])]
        if opens_clause:
            return [Teller(teller[0], tokens[v].end, len(text), phrase, teller[1])]
        return []
    if v > 0 and low[v - 1] == ",":  # …, said a source close to the talks.
        after = _phrase_after(low, v + 1, words)
        teller = _teller(tokens, low, after, mentions, words)
        ends = after[1] >= len(low) - 1 or low[after[1]] in words.boundaries
        # (…, state media reported: "state" is no verb there, the phrase has its own)
        own_verb = any(low[j] in words.verbs for j in range(*after))
        if teller is not None and ends and not own_verb:
            start = tokens[v - 1].start
            return [Teller(teller[0], 0, start, _chars(tokens, after), teller[1])]
    return []


def _closes(low: list[str], v: int, words: TellerWords) -> bool:
    """The verb at ``v`` closes what it says (…, experts said; …, experts said Monday,
    pointing to…; …, two sources told Reuters, in what…): a few words after it, up to
    the sentence's end or a comma, with no "that"."""
    rest = low[v + 1 :]
    clause = rest[: rest.index(",")] if "," in rest else rest
    return len(clause) <= _CLOSING and words.complementizer not in clause


def _phrase_before(low: list[str], v: int, words: TellerWords) -> tuple[int, int]:
    """Tokens [lo, hi) of the phrase before the verb at ``v`` (its subject), past the
    adverbs and auxiliaries right before the verb (analysts have long said)."""
    hi = v
    while hi > 0 and (low[hi - 1].endswith("ly") or low[hi - 1] in words.between):
        hi -= 1
    lo = hi
    while lo > 0 and hi - lo < _PHRASE and low[lo - 1] not in words.boundaries:
        lo -= 1
    return lo, hi


def _phrase_after(low: list[str], k: int, words: TellerWords) -> tuple[int, int]:
    """Tokens [k, hi) of the phrase from ``k`` to the next boundary."""
    hi = k
    while hi < len(low) and hi - k < _PHRASE and low[hi] not in words.boundaries:
        hi += 1
    return k, hi


def _chars(tokens: list[Token], span: tuple[int, int]) -> tuple[int, int]:
    lo, hi = span
    if hi <= lo:
        return (0, 0)
    return tokens[lo].start, tokens[hi - 1].end


def _teller(
    tokens: list[Token],
    low: list[str],
    span: tuple[int, int],
    mentions: list[Mention],
    words: TellerWords,
) -> tuple[str, frozenset[str]] | None:
    """Who a phrase credits: the state or body owning an official (Ukrainian officials),
    else the generic teller of its head word; None when it has no such head, or names a
    teller of another kind (a person, an outlet, a named institute: the reader's own).
    With it, the states the phrase names that it does not speak for (Russian media)."""
    lo, hi = span
    head = _head(low, lo, hi, words)
    if head is None or low[lo] in words.anaphoric:
        return None  # (the sources said: the ones told of before)
    at, generic = head
    start, end = _chars(tokens, (lo, hi))
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    if any(m.kind in _NAMED for m in inside):
        return None  # a Reuters reporter, an aide to Kim: named
    owners = [m for m in inside if m.end <= tokens[at].start and m.kind in _OWNERS]
    if any(m.kind in _OWNERS[1:] for m in inside if m.start >= tokens[at].start):
        return None  # experts at the Oslo Institute: the institute's
    if _named_after(tokens, at, hi, inside, words):
        return None  # analyst Jane Roe said: a name the gazetteer lacks
    if generic in words.private and any(m.kind != "country" for m in owners):
        return None  # UN experts, Stimson Center analysts: the body named
    if not owners and words.state_run & set(low[lo:at]):
        return None  # state media reported: whose state, the paragraph tells
    owner = _owner(low[lo:at], owners, generic, words)
    if owner is not None:
        return owner, frozenset()
    # Russian media, media in Japan, analysts in Seoul: no state's voice, wherever named.
    places = {m.entity_id for m in inside if m.kind in _PLACES} if generic in words.private else ()
    return generic, frozenset(places)


def _named_after(
    tokens: list[Token], at: int, hi: int, inside: list[Mention], words: TellerWords
) -> bool:
    """A capitalised word right after the head word that no place or state begins (analyst
    Jane Roe; not sources in Seoul, officials on Monday): the teller is named."""
    k = at + 1
    while k < hi and tokens[k].text.lower() in words.heads_words:
        k += 1
    if k >= hi or not tokens[k].text[:1].isupper() or tokens[k].text.lower() in words.not_names:
        return False
    return not any(m.start <= tokens[k].start < m.end for m in inside)


def _head(low: list[str], lo: int, hi: int, words: TellerWords) -> tuple[int, str] | None:
    """(index, generic teller) of the last teller word of the phrase (military experts,
    people familiar with the matter: its first such word when it runs on)."""
    best: tuple[int, str] | None = None
    for k in range(lo, hi):
        for head, generic in words.heads.items():
            if tuple(low[k : k + len(head)]) == head and k + len(head) <= hi:
                best = (k, generic)
    return best


def _owner(
    before: list[str], owners: list[Mention], generic: str, words: TellerWords
) -> str | None:
    """The state or body a teller speaks for when named before its head (U.S. officials,
    a South Korean government source, North Korean state media); None for experts, the
    press and sources on a state (Russian media, South Korean analysts)."""
    if not owners or words.former & set(before):
        return None  # a former U.S. official: no state's voice
    owner = owners[-1]
    if words.state_run & set(before) or owner.entity_id in words.state_press.get(generic, ()):
        return owner.entity_id  # North Korean (state) media
    speaks = words.owner_speaking.get(generic)
    if speaks == "owned" or (speaks == "official" and words.official_words & set(before)):
        return owner.entity_id
    return None


def _unheld_view(low: list[str], k: int, words: TellerWords) -> bool:
    """it is (widely) believed that…, it has been reported that…: a view no one holds."""
    if k + 1 >= len(low) or low[k + 1] != words.complementizer:
        return False
    j = k - 1
    while j >= 0 and low[j].endswith("ly"):
        j -= 1
    return any(tuple(low[j - len(o) + 1 : j + 1]) == o for o in words.unheld_openers)
