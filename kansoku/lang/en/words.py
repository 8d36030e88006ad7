"""English words: tokens with offsets, and the lexicon (``data/lang/en/lexicon.yaml``)
with every inflection of its lemmas.

Why lemminflect and not spaCy's lookup tables: the lexicon is written in lemmas and the
reader matches surface forms, so all it needs is each lemma's inflections once, when the
lexicon loads. lemminflect gives them from a 0.8 MB wheel; spacy-lookups-data, the other
candidate, is a 98 MB wheel of tables for every language. Tokens are a regular
expression: the reader works on word order around the gazetteer's names, not on a parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from lemminflect import getAllInflections

from kansoku.lang.items import ItemWords, item_words
from kansoku.reading import TriggerEntry

# Words, a possessive 's, n't, numbers with separators, and any other single character.
_TOKEN = re.compile(
    r"[A-Za-z]+(?=n['’]t\b)|n['’]t\b|['’]s\b|[A-Za-z]+(?:[-.][A-Za-z]+)*|\d+(?:[.,]\d+)*|\S"
)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


def tokenize(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


@cache
def forms_of(lemma: str, pos: str | None = None) -> frozenset[str]:
    """The lemma's inflections as a verb, a noun, or either when ``pos`` is None (and the
    lemma itself, unless it is no word of that part of speech: criticism is no verb)."""
    found: set[str] = set()
    for upos in (pos,) if pos else ("VERB", "NOUN"):
        for forms in getAllInflections(lemma, upos=upos).values():
            found.update(forms)
    if pos == "NOUN" and not found:  # a noun lemminflect does not know (sapper,
        # artilleryman: its plural in -men)
        plural = lemma[:-3] + "men" if lemma.endswith("man") else lemma + "s"
        found.update((lemma, plural))
    if not pos or found:
        found.add(lemma)
    return frozenset(found)


@dataclass(frozen=True)
class TriggerSpec:
    """An event word: what it means, and how its sentence is read."""

    words: tuple[str, ...]  # the lemma phrase
    entry: TriggerEntry
    roles: dict[str, str]  # preposition → role, overriding the lexicon's table
    verb_only: bool
    noun_only: bool
    needs: tuple[str, ...]  # as a noun, an event only when one of these verbs carries it
    speaker_is_actor: bool
    troops: TriggerEntry | None
    cargo_decides: bool  # what it sends decides its mode (send troops, send shells)
    receiving: bool = False  # its subject receives, "from" names the giver (received oil from)
    feeling: bool = False  # its participle is a feeling, no act (it was concerned about…)
    needs_cargo: bool = False  # an act only with cargo named (a ship carrying munitions)
    carrier: bool = False  # its subject may carry another's cargo (ships ferried troops)
    goods: TriggerEntry | None = None  # its meaning with cargo before it (missiles arrived)
    # Its meaning as material help: after a word of it (military support) or with cargo
    # (supported Russia with shells), not a stance (support for Russia's position).
    material: TriggerEntry | None = None
    guest: TriggerEntry | None = None  # its meaning with a person received (received Choe)
    presence: bool = False  # an act only where troops are said to be in a place
    by_cargo: tuple[tuple[str, TriggerEntry], ...] = ()  # the troop word's kind → its entry
    voiced: bool = False  # the act is in saying it (denied, condemned): its doer tells it
    # What its object names is its doer's claim (condemned the deployment of troops).
    frames_object: bool = False
    claims: TriggerEntry | None = None  # its meaning with a claim as object (rejected reports)
    not_before: tuple[str, ...] = ()  # no act with these as object (struck a deal)
    object_cargo: bool = False  # an act only when its first object is cargo (gave X shells)
    cargo_only: tuple[str, ...] = ()  # an act only when what moves is one of these (moved troops)
    each_target: bool = False  # one act on each target joined by "and" (sanctions on A and B)

    def matches(self, tokens: list[Token], at: int) -> int | None:
        """The index after the phrase if it starts at ``tokens[at]`` (a word of one or two
        tokens may stand between its words: take legal effect), else None."""
        i = at
        for n, word in enumerate(self.words):
            limit = i + (1 if n == 0 else 3)
            while i < min(limit, len(tokens)) and tokens[i].lower not in forms_of(word):
                i += 1
            if i >= min(limit, len(tokens)):
                return None
            i += 1
        return i


@dataclass(frozen=True)
class Lexicon:
    triggers: tuple[TriggerSpec, ...]  # longest phrase first
    first_words: frozenset[str]  # every form a trigger phrase can start with
    troop_words: frozenset[str]
    cargo: dict[str, str]  # a form of a word for what is sent → the sending's mode
    light_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    wishing_verbs: frozenset[str]
    addressee_verbs: frozenset[str]
    estimating_verbs: frozenset[str]
    estimating_hedges: frozenset[str]
    adjective_participles: frozenset[str]
    limit_verbs: frozenset[str]
    reciprocal_phrases: tuple[str, ...]
    estimate_nouns: frozenset[str]
    quoting_verbs: frozenset[str]
    aside_openers: frozenset[str]
    raising_verbs: dict[str, str]  # a participle (believed, said) → the status it gives
    intending_verbs: frozenset[str]
    writer_asides: frozenset[str]
    after_closing_speech: frozenset[str]
    home_offices: tuple[str, ...]
    never_a_state: frozenset[str]
    source_markers: tuple[tuple[str, ...], ...]
    status_markers: dict[str, frozenset[str]]
    infinitive: str
    negations: frozenset[str]
    future_modals: frozenset[str]
    denials: frozenset[str]
    refusals: frozenset[str]
    anaphora: tuple[str, ...]
    pronouns: dict[str, frozenset[str]]  # pronoun → the kinds of entity it stands for
    speaking_pronouns: frozenset[str]
    person_titles: frozenset[str]
    turns: tuple[str, ...]
    clause_words: frozenset[str]
    roles: dict[str, str]
    possessive: frozenset[str]
    documents: frozenset[str]
    claim_nouns: frozenset[str]
    denied_anaphora: frozenset[str]
    described_sources: dict[str, tuple[str, ...]]  # a think tank → the kinds it can be
    publishing_verbs: frozenset[str]
    pair_words: dict[str, str]
    definite_references: dict[str, str]  # the treaty → the kind of entity it refers to
    future_words: tuple[str, ...]
    determiners: frozenset[str]
    passive_auxiliaries: frozenset[str]
    ongoing_auxiliaries: frozenset[str]
    conjunctions: frozenset[str]
    auxiliaries: frozenset[str]
    light_prepositions: frozenset[str]
    comparatives: frozenset[str] = frozenset()  # no fewer than: a bound, not a negation
    described_speakers: tuple[str, ...] = ()  # a U.S. official … the official said
    described_kinds: frozenset[str] = frozenset()  # whom such a speaker can serve
    half_names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # the North → N.
    generic_name_words: frozenset[str] = frozenset()  # ministry, national: no agency alone
    credit_nouns: frozenset[str] = frozenset()  # by Seoul's count, in Kyiv's assessment
    credit_prepositions: frozenset[str] = frozenset()  # by, in (…'s count)
    that_speech_verbs: frozenset[str] = frozenset()  # has learned that: saying with "that"
    before_that: frozenset[str] = frozenset()  # admitted, at last, that…
    acts_of_saying: frozenset[str] = frozenset()  # admitted that…: an act and a saying
    evidence_nouns: frozenset[str] = frozenset()  # detected signs that…
    evidence_links: frozenset[str] = frozenset()  # no sign of: what the evidence is of
    perfect_auxiliaries: frozenset[str] = frozenset()  # it has been reported that
    origin_suffixes: frozenset[str] = frozenset()  # North Korean-made: a modifier
    befalling_verbs: frozenset[str] = frozenset()  # soldiers captured in Kursk: passive
    befalling_next: frozenset[str] = frozenset()  # what may follow such a participle
    vouching_verbs: frozenset[str] = frozenset()  # could not confirm reports that…
    perceiving_verbs: frozenset[str] = frozenset()  # were spotted by X: X's sighting
    private_speakers: tuple[str, ...] = ()  # South Korean experts: no state's voice
    as_judging_verbs: frozenset[str] = frozenset()  # analysts see X as Y: their view
    noun_markers: frozenset[str] = frozenset()  # member states: a noun after these
    count_words: frozenset[str] = frozenset()  # eleven states: a plural noun after these
    part_words: frozenset[str] = frozenset()  # some of these units: troops named again
    partitives: frozenset[str] = frozenset()  # 300 of them: people named before
    # according to him, in her words: a phrase → the speaking pronoun it holds
    pronoun_credits: tuple[tuple[tuple[str, ...], str], ...] = ()
    reference_modifiers: tuple[str, ...] = ()  # the top spy agency: still the agency
    back_credits: tuple[tuple[str, ...], ...] = ()  # That is according to X: the lead's
    manner_adverbs: frozenset[str] = frozenset()  # was first reported by: still passive
    bare_infinitive_verbs: frozenset[str] = frozenset()  # help Russia retake: a purpose
    object_pronouns: frozenset[str] = frozenset()  # help it deploy: who is helped
    private_people: frozenset[str] = frozenset()  # Russian tourists: no state's act
    owning_pronouns: dict[str, str] = field(default_factory=dict)  # its troops: as "it"
    former_words: frozenset[str] = frozenset()  # a former U.S. official: no state's voice
    not_cargo: frozenset[str] = frozenset()  # sent a message, delivered a letter: no aid
    classified_heads: frozenset[str] = frozenset()  # attack drones, combat zone: a kind
    gerund_heads: frozenset[str] = frozenset()  # shipping firms: a kind of body, no act
    carried_people: frozenset[str] = frozenset()  # hand North Korean captives to Seoul
    occasion_words: frozenset[str] = frozenset()  # agreed at the talks the lead dates
    background_words: frozenset[str] = frozenset()  # had previously called: another time
    gerund_prepositions: frozenset[str] = frozenset()  # accused X on Friday of sending
    before_the_report: frozenset[str] = frozenset()  # had previously sent: not this month
    present_auxiliaries: frozenset[str] = frozenset()  # is visiting: as of the report
    earlier_clauses: frozenset[str] = frozenset()  # after Pyongyang sent troops: before
    cumulative_phrases: tuple[str, ...] = ()  # has sent 15,000 troops so far: a total
    occasion_prepositions: frozenset[str] = frozenset()  # signed…, during the visit
    month_openers: frozenset[str] = frozenset()  # in May, since May: the month
    ability_nouns: frozenset[str] = frozenset()  # the skills to fight: no act
    false_judgement: TriggerEntry | None = None  # claims that… are a fabrication, X said
    author_openings: tuple[str, ...] = ()  # Researchers estimated…: the study's authors
    topic_prepositions: frozenset[str] = frozenset()  # intelligence on the deployment
    enacting_nouns: frozenset[str] = frozenset()  # a bill on the ratification: enacts it
    subject_modifiers: frozenset[str] = frozenset()  # links between two capitals suggest
    condition_openers: frozenset[str] = frozenset()  # if confirmed: no one says so
    speech_tails: frozenset[str] = frozenset()  # …, the NIS said, with losses put at…
    adjective_endings: tuple[str, ...] = ()  # Russian, North Korean: a demonym adjective
    clause_openers: frozenset[str] = frozenset()  # which, who, when: a clause with its verb
    located_suffixes: frozenset[str] = frozenset()  # London-based: where, no party
    judging_verbs: frozenset[str] = frozenset()  # acknowledged sending: not its date
    media_words: frozenset[str] = frozenset()  # reports in South Korean media: theirs
    reciprocals: tuple[tuple[str, ...], ...] = ()  # help each other: a pact's commitment
    resident_titles: frozenset[str] = frozenset()  # the ambassador attended: no visit
    participle_openers: frozenset[str] = frozenset()  # Having deployed…, North Korea…
    goods_words: frozenset[str] = frozenset()  # cargo that is no troops: missiles, shells
    vehicle_words: frozenset[str] = frozenset()  # ships, trains: they pay no visits
    material_words: frozenset[str] = frozenset()  # military support: help that is things
    receiving_verbs: frozenset[str] = frozenset()  # received aid from: the giver after "from"
    partaking_words: frozenset[str] = frozenset()  # took part in the fighting: its subject's
    presence: TriggerSpec | None = None  # troops are in Kursk: the act such a clause tells
    presence_verbs: frozenset[str] = frozenset()  # are, remain, has (12,000 troops in…)
    presence_places: frozenset[str] = frozenset()  # troops are in Kursk: where they are
    presence_counts: frozenset[str] = frozenset()  # troops in Kursk number 11,000
    presence_fillers: frozenset[str] = frozenset()  # has some 12,000 military personnel
    # declined to discuss, keen to secure, accused of: words of acts told as not done
    unclaimed: dict[str, frozenset[str]] = field(default_factory=dict)
    preposition_pairs: dict[str, str] = field(default_factory=dict)  # out of → from
    flag_suffixes: frozenset[str] = frozenset()  # Russian-flagged: the ship's owner
    own_state_words: frozenset[str] = frozenset()  # his country would…: his state

    def trigger_at(self, tokens: list[Token], at: int) -> tuple[TriggerSpec, int] | None:
        """The longest trigger phrase starting at ``tokens[at]`` and the index after it."""
        if tokens[at].lower not in self.first_words:
            return None
        for spec in self.triggers:
            end = spec.matches(tokens, at)
            if end is not None:
                return spec, end
        return None


def _entry(spec: dict[str, Any]) -> TriggerEntry:
    aimed = spec.get("aimed")
    return TriggerEntry(
        spec["type"],
        spec.get("mode"),
        spec.get("target"),
        TriggerEntry(aimed["type"], aimed.get("mode")) if aimed else None,
        spec.get("measure"),
    )


def _trigger(phrase: str, spec: dict[str, Any]) -> TriggerSpec:
    troops = spec.get("troops")
    return TriggerSpec(
        words=tuple(phrase.split()),
        entry=_entry(spec),
        roles=dict(spec.get("roles") or {}),
        verb_only=bool(spec.get("verb_only")),
        noun_only=bool(spec.get("noun_only")),
        needs=tuple(spec.get("needs") or ()),
        speaker_is_actor=bool(spec.get("speaker_is_actor")),
        troops=_entry(troops) if troops else None,
        cargo_decides=bool(spec.get("cargo_decides")),
        receiving=bool(spec.get("receiving")),
        feeling=bool(spec.get("feeling")),
        needs_cargo=bool(spec.get("needs_cargo")),
        carrier=bool(spec.get("carrier")),
        goods=_entry(spec["goods"]) if spec.get("goods") else None,
        material=_entry(spec["material"]) if spec.get("material") else None,
        guest=_entry(spec["guest"]) if spec.get("guest") else None,
        presence=bool(spec.get("presence")),
        by_cargo=tuple((str(k), _entry(v)) for k, v in (spec.get("by_cargo") or {}).items()),
        voiced=bool(spec.get("voiced")),
        frames_object=bool(spec.get("frames_object")),
        claims=_entry(spec["claims"]) if spec.get("claims") else None,
        not_before=tuple(spec.get("not_before") or ()),
        object_cargo=bool(spec.get("object_cargo")),
        cargo_only=tuple(spec.get("cargo_only") or ()),
        each_target=bool(spec.get("each_target")),
    )


def _all_forms(lemmas: Any, pos: str | None = None) -> frozenset[str]:
    return frozenset(form for lemma in lemmas or () for form in forms_of(str(lemma), pos))


def load_lexicon(data: dict[str, Any]) -> Lexicon:
    triggers = sorted(
        (_trigger(str(phrase), spec) for phrase, spec in data["triggers"].items()),
        key=lambda t: len(t.words),
        reverse=True,
    )
    return Lexicon(
        triggers=tuple(triggers),
        first_words=frozenset(f for t in triggers for f in forms_of(t.words[0])),
        **_act_words(data),
        **_claim_words(data),
        **_reference_words(data),
    )


def _act_words(data: dict[str, Any]) -> dict[str, Any]:
    """Words of acts and their hedges: troops, cargo, verbs of saying, wishing, raising."""
    return {
        "troop_words": _all_forms(data["troop_words"], "NOUN"),
        "cargo": {
            form: str(mode)
            for mode, words in data["cargo"].items()
            for form in _all_forms(words, "NOUN")
        },
        "light_verbs": _all_forms(data["light_verbs"], "VERB"),
        "speech_verbs": _all_forms(data["speech_verbs"], "VERB"),
        "wishing_verbs": _all_forms(data["wishing_verbs"], "VERB"),
        "addressee_verbs": _all_forms(data["addressee_verbs"], "VERB"),
        "estimating_verbs": _all_forms(data["estimating_verbs"], "VERB"),
        "estimate_nouns": frozenset(data["estimate_nouns"]),
        "estimating_hedges": frozenset(data.get("estimating_hedges") or ()),
        "adjective_participles": frozenset(data.get("adjective_participles") or ()),
        "limit_verbs": _all_forms(data.get("limit_verbs"), "VERB"),
        "reciprocal_phrases": tuple(data.get("reciprocal_phrases") or ()),
        "quoting_verbs": _all_forms(data["quoting_verbs"], "VERB"),
        "aside_openers": frozenset(data["aside_openers"]),
        "raising_verbs": {
            form: str(status)
            for status, verbs in data["raising_verbs"].items()
            for form in _all_forms(verbs, "VERB")
        },
        "intending_verbs": _all_forms(data["intending_verbs"], "VERB"),
        "writer_asides": frozenset(data["writer_asides"]),
        "after_closing_speech": frozenset(data["after_closing_speech"]),
        "home_offices": tuple(data["home_offices"]),
        "never_a_state": frozenset(data["never_a_state"]),
        "source_markers": tuple(tuple(m.split()) for m in data["source_markers"]),
        "status_markers": {k: frozenset(v) for k, v in data["status_markers"].items()},
        "infinitive": str(data["infinitive"]),
        "negations": frozenset(data["negations"]),
        "future_modals": frozenset(data["future_modals"]),
        "denials": frozenset(data["denials"]),
        "refusals": _all_forms(data["refusals"], "VERB"),
    }


def _claim_words(data: dict[str, Any]) -> dict[str, Any]:
    """Words of credits and reference: denials, pronouns, roles, claim nouns, auxiliaries."""
    return {
        "anaphora": tuple(data["anaphora"]),
        "pronouns": {str(k): frozenset(v) for k, v in data["pronouns"].items()},
        "speaking_pronouns": frozenset(data["speaking_pronouns"]),
        "owning_pronouns": {str(k): str(v) for k, v in (data.get("owning_pronouns") or {}).items()},
        "person_titles": frozenset(data["person_titles"]),
        "turns": tuple(data["turns"]),
        "clause_words": frozenset(data["clause_words"]),
        "roles": dict(data["roles"]),
        "possessive": frozenset(data["possessive"]),
        "documents": _all_forms(data["documents"], "NOUN"),
        "claim_nouns": frozenset(data["claim_nouns"]),
        "denied_anaphora": frozenset(data.get("denied_anaphora") or ()),
        "described_sources": {
            str(noun): tuple(kinds) for noun, kinds in (data.get("described_sources") or {}).items()
        },
        "publishing_verbs": _all_forms(data["publishing_verbs"], "VERB"),
        "pair_words": dict(data["pair_words"]),
        "definite_references": dict(data["definite_references"]),
        "future_words": tuple(data.get("future_words") or ()),
        "determiners": frozenset(data["determiners"]),
        "passive_auxiliaries": frozenset(data["passive_auxiliaries"]),
        "ongoing_auxiliaries": frozenset(data["ongoing_auxiliaries"]),
        "conjunctions": frozenset(data["conjunctions"]),
        "auxiliaries": frozenset(data["auxiliaries"]),
        "light_prepositions": frozenset(data["light_prepositions"]),
        "comparatives": frozenset(data.get("comparatives") or ()),
        "unclaimed": {str(k): frozenset(v) for k, v in (data.get("unclaimed") or {}).items()},
        "flag_suffixes": frozenset(data.get("flag_suffixes") or ()),
        "own_state_words": frozenset(data.get("own_state_words") or ()),
        "preposition_pairs": {
            str(k): str(v) for k, v in (data.get("preposition_pairs") or {}).items()
        },
    }


def _reference_words(data: dict[str, Any]) -> dict[str, Any]:
    """Words of described speakers, credits by phrase and evidence."""
    return {
        "described_speakers": tuple((data.get("described_speakers") or {}).get("nouns") or ()),
        "described_kinds": frozenset((data.get("described_speakers") or {}).get("kinds") or ()),
        "half_names": {str(k): tuple(v) for k, v in (data.get("half_names") or {}).items()},
        "generic_name_words": frozenset(data.get("generic_name_words") or ()),
        "credit_nouns": frozenset(data.get("credit_nouns") or ()),
        "credit_prepositions": frozenset(data.get("credit_prepositions") or ()),
        "that_speech_verbs": _all_forms(data.get("that_speech_verbs"), "VERB"),
        "before_that": frozenset(data.get("before_that") or ()),
        "acts_of_saying": _all_forms(data.get("acts_of_saying"), "VERB"),
        "evidence_nouns": frozenset(data.get("evidence_nouns") or ()),
        "perceiving_verbs": _all_forms(data.get("perceiving_verbs"), "VERB"),
        "private_speakers": tuple(data.get("private_speakers") or ()),
        "as_judging_verbs": _all_forms(data.get("as_judging_verbs"), "VERB"),
        "noun_markers": frozenset(data.get("noun_markers") or ()),
        "count_words": frozenset(data.get("count_words") or ()),
        "part_words": frozenset(data.get("part_words") or ()),
        "partitives": frozenset(data.get("partitives") or ()),
        "pronoun_credits": tuple(
            (tuple(str(k).split()), str(v)) for k, v in (data.get("pronoun_credits") or {}).items()
        ),
        "reference_modifiers": tuple(str(w) for w in data.get("reference_modifiers") or ()),
        "manner_adverbs": frozenset(data.get("manner_adverbs") or ()),
        "back_credits": tuple(
            tuple(t.lower for t in tokenize(str(phrase)))
            for phrase in data.get("back_credits") or ()
        ),
        "evidence_links": frozenset(data.get("evidence_links") or ()),
        "perfect_auxiliaries": frozenset(data.get("perfect_auxiliaries") or ()),
        "origin_suffixes": frozenset(data.get("origin_suffixes") or ()),
        "befalling_next": frozenset(data.get("befalling_next") or ()),
        "vouching_verbs": _all_forms(data.get("vouching_verbs"), "VERB"),
        "bare_infinitive_verbs": _all_forms(data.get("bare_infinitive_verbs"), "VERB"),
        "object_pronouns": frozenset(data.get("object_pronouns") or ()),
        "private_people": _all_forms(data.get("private_people"), "NOUN"),
        "former_words": frozenset(data.get("former_words") or ()),
        "not_cargo": _all_forms(data.get("not_cargo"), "NOUN"),
        "classified_heads": _all_forms(data.get("classified_heads"), "NOUN"),
        "gerund_heads": _all_forms(data.get("gerund_heads"), "NOUN"),
        "carried_people": _all_forms(data.get("carried_people"), "NOUN"),
        "occasion_words": frozenset(data.get("occasion_words") or ()),
        "background_words": frozenset(data.get("background_words") or ()),
        "gerund_prepositions": frozenset(data.get("gerund_prepositions") or ()),
        "before_the_report": frozenset(data.get("before_the_report") or ()),
        "present_auxiliaries": frozenset(data.get("present_auxiliaries") or ()),
        "earlier_clauses": frozenset(data.get("earlier_clauses") or ()),
        "cumulative_phrases": tuple(data.get("cumulative_phrases") or ()),
        "occasion_prepositions": frozenset(data.get("occasion_prepositions") or ()),
        "month_openers": frozenset(data.get("month_openers") or ()),
        "ability_nouns": _all_forms(data.get("ability_nouns"), "NOUN"),
        "author_openings": tuple(f"{w} " for w in data.get("author_openings") or ()),
        "false_judgement": _entry(data["false_judgement"]) if data.get("false_judgement") else None,
        "topic_prepositions": frozenset(data.get("topic_prepositions") or ()),
        "enacting_nouns": _all_forms(data.get("enacting_nouns"), "NOUN"),
        "subject_modifiers": frozenset(data.get("subject_modifiers") or ()),
        "condition_openers": frozenset(data.get("condition_openers") or ()),
        "speech_tails": frozenset(data.get("speech_tails") or ()),
        "adjective_endings": tuple(data.get("adjective_endings") or ()),
        "clause_openers": frozenset(data.get("clause_openers") or ()),
        "located_suffixes": frozenset(data.get("located_suffixes") or ()),
        "judging_verbs": _all_forms(data.get("judging_verbs"), "VERB"),
        "media_words": frozenset(data.get("media_words") or ()),
        "reciprocals": tuple(tuple(str(r).split()) for r in data.get("reciprocals") or ()),
        "resident_titles": frozenset(data.get("resident_titles") or ()),
        "participle_openers": frozenset(data.get("participle_openers") or ()),
        "receiving_verbs": _all_forms(data.get("receiving_verbs"), "VERB"),
        "partaking_words": _all_forms(data.get("partaking_verbs"), "VERB") | {"part"},
        "material_words": frozenset(data.get("material_words") or ()),
        "vehicle_words": _all_forms(data.get("vehicle_words"), "NOUN"),
        "goods_words": frozenset(
            form
            for mode, lemmas in data["cargo"].items()
            if mode not in ("troops", "workers")
            for form in _all_forms(lemmas, "NOUN")
        ),
        **_presence_words(data.get("presence") or {}),
        "befalling_verbs": frozenset(
            form
            for verb in data.get("befalling_verbs") or ()
            for form in forms_of(verb, "VERB")
            if form.endswith(("ed", "en", "t", "n"))
        ),
    }


def _presence_words(data: dict[str, Any]) -> dict[str, Any]:
    """Clauses that place a state's troops in another's land (12,000 troops are in Kursk)."""
    if not data:
        return {}
    verbs = [str(v) for v in data.get("verbs") or ()]
    return {
        "presence": _trigger(verbs[0], {**data["entry"], "presence": True}),
        "presence_verbs": _all_forms([*verbs, *data.get("counts", ())], "VERB"),
        "presence_counts": _all_forms(data.get("counts"), "VERB"),
        "presence_places": frozenset(data.get("places") or ()),
        "presence_fillers": frozenset(data.get("fillers") or ()),
    }


def _inflected(phrase: str) -> list[str]:
    """A lemma phrase with its last word in every form (artillery shell, artillery shells)."""
    *words, last = phrase.split(" ")
    return [" ".join([*words, form]) for form in sorted(forms_of(last, "NOUN"))]


def load_items(data: dict[str, Any]) -> ItemWords:
    """The item words of ``items.yaml``, lemmas inflected, matched as whole words."""
    words = {
        str(item): [form for lemma in lemmas or () for form in _inflected(str(lemma))]
        for item, lemmas in (data.get("items") or {}).items()
    }
    none = [form for lemma in data.get("none") or () for form in _inflected(str(lemma))]
    return item_words(words, none, whole_words=True)
