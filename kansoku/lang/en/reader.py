"""The English reader: a document's sentences → the records the extraction core reads."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lemminflect import getAllLemmas

from kansoku.lang.en.acts import (
    attributive,
    carries_event_noun,
    helped_to,
    helped_verb_first,
    participles_as_nouns,
    purpose,
)
from kansoku.lang.en.answers import answered
from kansoku.lang.en.arguments import (
    Named,
    Parsed,
    clause,
    doers_for,
    noun_use,
    passive,
    read_args,
)
from kansoku.lang.en.claims import (
    TITLED,
    Speech,
    home_office,
    lead_account,
    source_marker,
    speeches,
)
from kansoku.lang.en.conjoined import each_target
from kansoku.lang.en.credits import pronoun_credit
from kansoku.lang.en.datelines import wire_dateline
from kansoku.lang.en.dates import DateRules, find_dates
from kansoku.lang.en.dating import dated_after, dated_by_dateline, lead_date, trigger_date
from kansoku.lang.en.described import (
    credit_unsourced,
    described_sources,
    description,
    document_tellers,
    study_authors,
)
from kansoku.lang.en.earlier import told_as_earlier, told_as_now
from kansoku.lang.en.exchanges import given_back
from kansoku.lang.en.judged import judged_false
from kansoku.lang.en.next_dates import dated_ahead
from kansoku.lang.en.nominal import cargo_giver
from kansoku.lang.en.numbers import NumberWords
from kansoku.lang.en.occasions import occasion_dates
from kansoku.lang.en.openings import opening_subject, speaker_of_gerund
from kansoku.lang.en.phrases import (
    answered_press,
    cargo_owners,
    classifies,
    helps_no_one,
    judged_act,
    means_doers,
    mutual_commitment,
    only_talked_about,
    received_noun,
    resident_attends,
    result_of_act,
    sends_no_cargo,
)
from kansoku.lang.en.presence import present_troops
from kansoku.lang.en.publishing import credit_line, publisher
from kansoku.lang.en.quantities import Counted, read_quantities
from kansoku.lang.en.receiving import guest_after, passive_giver, received_args
from kansoku.lang.en.status import claim_for
from kansoku.lang.en.tellers import (
    credited_back,
    lead_told_after,
    quoted_ahead,
    relayed_by_press,
    unnamed_speaker,
)
from kansoku.lang.en.troops_again import troops_named_again
from kansoku.lang.en.unclaimed import told_as_no_act
from kansoku.lang.en.unnamed import TellerWords, credit_unnamed_tellers
from kansoku.lang.en.voices import accused_acts, claimed_entry, other_object, own_word
from kansoku.lang.en.words import Lexicon, TriggerSpec, forms_of, tokenize
from kansoku.lang.items import ItemWords
from kansoku.lang.units import Units
from kansoku.model import Document, Mention
from kansoku.reading import (
    Args,
    DateMention,
    SentenceReading,
    TriggerEntry,
    TriggerReading,
)

# A line that only credits the sentence before: "Source: Interfax".
_REFERENT_WITHIN = 4  # sentences: how far back a speaking "he" looks for its name (wires
# set a quote paragraphs after the speaker was named; the nearest person named wins)
_COUNTED_WITHIN = 3  # sentences: how far back a count's left-out noun is looked for
_CARGO_WITHIN = 12  # tokens: supplied North Korea with more than 1 million barrels of oil


@dataclass(frozen=True)
class Words:
    lexicon: Lexicon
    units: Units
    numbers: NumberWords
    dates: DateRules
    items: ItemWords
    tellers: TellerWords | None = None  # experts say…, sources said: unnamed tellers


def read(doc: Document, words: Words, parse_all: bool = False) -> list[SentenceReading]:
    readings: list[SentenceReading] = []
    kinds = {m.entity_id: m.kind for m in doc.mentions}
    for index, sentence in enumerate(doc.sentences):
        text = doc.sentence_text(sentence)
        dates = find_dates(text, doc.reference_date(sentence), words.dates)
        earlier = doc.sentences[max(0, index - _REFERENT_WITHIN) : index]
        referents = _referents([m for s in earlier for m in doc.mentions_in(s)], words.lexicon)
        referents = unnamed_speaker(referents, readings[-_REFERENT_WITHIN:], kinds, words.lexicon)
        counted = _counted_last(readings[-_COUNTED_WITHIN:], words.units.money_kind)
        readings.append(_read_sentence(index, text, doc, dates, words, referents, counted))
    texts = [doc.sentence_text(s) for s in doc.sentences]
    named = [doc.mentions_in(s) for s in doc.sentences]
    answered(readings, texts, words.lexicon, named)
    given_back(readings, texts, words.lexicon)  # In return, Moscow sent oil
    described_sources(readings, texts, kinds, words.lexicon)
    document_tellers(readings, texts, words.lexicon)  # The report says…
    study_authors(readings, texts, kinds, words.lexicon)  # Researchers estimated…
    quoted_ahead(readings, texts)
    dated_ahead(readings, texts, words.lexicon, named)  # '…,' she added on Monday
    troops_named_again(readings, texts, words.lexicon)  # Some of these units fought…
    occasion_dates(readings, texts, words.lexicon, doc.published)  # at the same sitting
    credited_back(readings, texts, doc, words.lexicon)
    lead_told_after(readings, [description(t, words.lexicon) is not None for t in texts])
    _filed_offices(readings, _filed_from(doc, readings))
    paragraphs = [s.paragraph for s in doc.sentences]
    credit_unnamed_tellers(readings, texts, named, words.tellers, paragraphs, kinds)
    return readings


def _filed_from(doc: Document, readings: list[SentenceReading]) -> str | None:
    """KYIV, March 5 (Reuters) -: the place named in the story's first dateline."""
    for reading, sentence in zip(readings, doc.sentences, strict=False):
        inside = [
            m for m in doc.mentions_in(sentence) for lo, hi in reading.furniture
            if m.kind == "place" and lo <= m.start and m.end <= hi
        ]  # fmt: skip
        if reading.furniture:
            return inside[0].entity_id if inside else None
    return None


def _filed_offices(readings: list[SentenceReading], place: str | None) -> None:
    """KYIV (Reuters) - …, the defence ministry said: an unnamed office of a wire story
    filed from a place is that place's state's (not the wire's home), when no one else
    is credited. A sentence that goes on with no speaker named (The ministry also said…)
    after such an office spoke last is that office's too."""
    home = False
    for reading in readings:
        if reading.speaker or reading.source:
            home = False
        elif reading.home_speaker or (home and reading.continues):
            reading.home_speaker = home = True
        if place is None or not reading.home_speaker:
            continue
        credit_unsourced(reading, place)


def _counted_last(readings: list[SentenceReading], money: str) -> Counted | None:
    """The kind and measure the sentences just before counted last (for another 3,000,
    put the figure at 3,000)."""
    kinds = [(q.kind, q.measure) for r in readings for q in r.quantities if q.kind != money]
    return kinds[-1] if kinds else None


def _referents(mentions: list[Mention], lex: Lexicon) -> dict[str, str]:
    """Whom each pronoun would stand for as a speaker: the last name of a kind it can
    stand for in the sentences before (Kirby spoke on Monday. He said…)."""
    found = {}
    for pronoun in lex.speaking_pronouns:
        kinds = lex.pronouns[pronoun]
        named = [m for m in mentions if m.kind in kinds]
        if named:
            found[pronoun] = named[-1].entity_id
    people = [m for m in mentions if m.kind == "person"]
    if people:
        found[TITLED] = people[-1].entity_id  # …, the president said.
    return found


def _read_sentence(
    index: int,
    text: str,
    doc: Document,
    dates: list[DateMention],
    words: Words,
    referents: dict[str, str],
    counted: Counted | None = None,
) -> SentenceReading:
    lex = words.lexicon
    found = doc.mentions_in(doc.sentences[index])
    dateline = wire_dateline(text, found)
    furniture = ((0, dateline.end()),) if dateline else ()
    datelined = None
    if dateline:
        datelined = next((d for d in dates if d.calendar and d.end <= dateline.end()), None)
        dates = [d for d in dates if d.start >= dateline.end()]
    mentions = [m for m in found if not dateline or m.start >= dateline.end()]
    tokens = tokenize(text)
    p = Parsed.of(text, tokens, mentions, lex, referents)
    marked = source_marker(p)
    if marked[1] is None and (told := pronoun_credit(p, referents)) is not None:
        marked = (True, told)  # According to him, …: the person named last
    talks = speeches(p, referents)
    marked = relayed_by_press(marked, talks, mentions)
    opening = text.lstrip().lower()
    reading = SentenceReading(
        index=index,
        dates=dates,
        # according to X, …; X said that …; …, X said: whose account the sentence is.
        source=marked[1] or (None if marked[0] else lead_account(p, talks)),
        speaker=next((s.speaker for s in talks if s.speaker), None),
        home_speaker=any(s.home for s in talks)
        or (marked[0] and marked[1] is None and home_office(p, range(len(tokens)))),
        publisher=publisher(p),
        credit=credit_line(p),
        continues=_starts_with(opening, lex.anaphora),
        turns_away=_starts_with(opening, lex.turns),
        past=any(
            t.lower in ("was", "were", "had", "did") or t.lower.endswith("ed") for t in tokens
        ),
        lead_date=lead_date(p, dates) or datelined,  # (MOSCOW, November 6.: the news's day)
        furniture=furniture,
    )
    reading.triggers = _triggers(p, dates, marked, talks, words.items)
    if datelined is not None:  # SEOUL, Nov 6 (Reuters) - X has sent…
        reading.triggers = dated_by_dateline(reading.triggers, datelined)
    if (rejection := judged_false(p, talks, dates, reading.triggers)) is not None:
        reading.triggers.append(rejection)  # claims that… are a fabrication, X said
    reading.spoken_of = tuple(dict.fromkeys(t.entry.category for t in reading.triggers))
    quantities = read_quantities(p, words.numbers, words.units, marked, talks, counted)
    # said on Dec. 16 that North Korean soldiers…: a day of a date counts nothing.
    reading.quantities = [
        q for q in quantities if not any(d.start <= q.quantity.start < d.end for d in dates)
    ]
    return reading


def _triggers(
    p: Parsed,
    dates: list[DateMention],
    marked: tuple[bool, str | None],
    talks: list[Speech],
    items: ItemWords,
) -> list[TriggerReading]:
    found: list[TriggerReading] = []
    accusations: list[TriggerReading] = []  # condemned the deployment: see accused_acts
    i = 0
    while i < len(p.tokens):
        hit = p.lex.trigger_at(p.tokens, i)
        if hit is None and p.lex.presence and present_troops(p, i) is not None:
            hit = (p.lex.presence, i + 1)  # N of its troops are in <place>
        if hit is None or p.in_name(i):
            i += 1
            continue
        spec, end = hit
        reading = _trigger(p, spec, i, end - 1, dates, marked, talks)
        if reading is not None:
            moved = replace(reading, items=_moved(p, spec, i, end - 1, items))
            targets = each_target(p, spec, end - 1, moved)  # sanctions on A and B
            found += targets
            accusations += targets if spec.frames_object else []
        i = end
    return dated_after(p, accused_acts(p, found, accusations), dates)


def _entry(
    p: Parsed, spec: TriggerSpec, first: int, last: int, bounds: tuple[int, int]
) -> TriggerEntry | None:
    """What the event word means here: troops before it, or the cargo it moves, may
    decide its mode; a verb of receiving with no cargo named is no aid."""
    entry = spec.entry
    if other_object(p, spec, first, last, bounds[1]):
        return None  # struck a deal: no attack
    if (claimed := claimed_entry(p, spec, last, bounds[1])) is not None:
        return claimed  # rejected the reports: a denial
    if spec.presence and (troop := present_troops(p, first)) is not None:
        return dict(spec.by_cargo).get(p.lex.cargo.get(p.lower(troop), ""), entry)
    if spec.feeling and p.lower(first).endswith("ed"):
        return None  # it was concerned about X's deployment: how its subject feels
    moved = _cargo(p, _cargo_window(p, last, bounds[1]))  # (flew 450 sappers to Kursk)
    if spec.troops is not None and (_troops_before(p, first, bounds[0]) or moved == "troops"):
        return spec.troops
    if spec.goods is not None and _troops_before(p, first, bounds[0], p.lex.goods_words):
        return spec.goods  # a batch of missiles arrived in Russia: cargo, no visit
    if entry.mode == "visit" and _troops_before(p, first, bounds[0], p.lex.vehicle_words):
        return None  # two freighters visited the port: no one meets anyone
    if spec.material is not None and (kind := _material(p, first, last, bounds[1])):
        return replace(spec.material, mode=kind if kind in p.lex.cargo.values() else None)
    if spec.cargo_only and not _moves_only(p, spec, first, last, bounds):
        return None  # moved arms, moved to block a vote: only troops moved are an act
    if not spec.cargo_decides and not spec.needs_cargo:
        return entry
    cargo = _cargo(p, _cargo_window(p, last, bounds[1]))
    if cargo is None and passive(p, first):  # shells were sent: what is sent came first
        cargo = _cargo(p, range(first - 1, max(bounds[0], first - 10) - 1, -1))
    if cargo is None and sends_no_cargo(p, last, bounds[1]):
        return None  # sent a congratulatory message, delivered a letter: no aid
    if (spec.receiving or spec.needs_cargo) and cargo is None:
        return None  # received a delegation, carrying passengers: no cargo, no aid
    return replace(entry, mode=cargo) if cargo and spec.cargo_decides else entry


def _moves_only(
    p: Parsed, spec: TriggerSpec, first: int, last: int, bounds: tuple[int, int]
) -> bool:
    """A word of the kinds of cargo the event word moves, after it or before it in its
    clause (moved artillery units; the units were moved)."""
    after = p.lower(last + 2)
    step = p.lower(last + 1) == "to" and after.isalpha() and after not in p.lex.determiners
    if step and not any(n.first == last + 2 for n in p.names):
        return False  # moved to send troops: a step toward another act, told by it
    words = (*_cargo_window(p, last, bounds[1]), *range(max(bounds[0], first - 10), first))
    return any(p.lex.cargo.get(p.lower(k)) in spec.cargo_only for k in words)


def _material(p: Parsed, first: int, last: int, hi: int) -> str | None:
    """Help that is things: a word of material help right before the event word
    (military support, financial backing), or cargo after "with" (supported Russia with
    shells and troops); the cargo's mode when one is named, else "material"."""
    window = _cargo_window(p, last, hi)
    after_with = [k for k in window if p.lower(k) == "with"]
    cargo = _cargo(p, range(after_with[0] + 1, min(after_with[0] + 5, hi))) if after_with else None
    if cargo is not None:
        return cargo
    return "material" if p.lower(first - 1) in p.lex.material_words else None


def _cargo_window(p: Parsed, last: int, hi: int) -> range:
    """The words after an event word where its cargo may be named, a name counted as one
    word (received N Hwasong-11 and Hwasong-11B solid-fuel missiles from…)."""
    end, seen = last + 1, 1
    while end < hi and seen < _CARGO_WITHIN:
        end = next((n.last for n in p.names if n.first == end), end) + 1
        seen += 1
    return range(last + 1, end)


def _doers(p: Parsed, first: int, lo: int, args: Args) -> Args | None:
    """sanctioned firms for shipping…, helping Russia's war by sending troops: a gerund
    done by another than the name before it (None: by no one named, no act)."""
    doers = doers_for(p, first, lo)
    doers = means_doers(p, first, lo) if doers is None else doers
    if doers is None:
        return args
    if not doers:
        return None
    ids = [n.mention.entity_id for n in doers]
    targets = [t for t in args.targets if t not in ids]
    return replace(args, actors=ids[-1:], joint=[], targets=targets)


def _trigger(
    p: Parsed,
    spec: TriggerSpec,
    first: int,
    last: int,
    dates: list[DateMention],
    marked: tuple[bool, str | None],
    talks: list[Speech],
) -> TriggerReading | None:
    as_noun = len(spec.words) == 1 and not spec.presence and noun_use(p, first, spec)
    if not _an_act_here(p, spec, first, last, as_noun):
        return None
    args, bounds = read_args(p, spec, first, last, as_noun)
    args = helped_verb_first(p, last, args)  # helped drive Ukrainian forces out
    args = cargo_giver(p, last, as_noun, args)  # the transfer of Russian missiles to…
    args = passive_giver(p, first, last, bounds[1], args)  # was supplied with Russian jets
    if resident_attends(p, spec.roles, bounds[0], first):
        return None  # Russia's ambassador to Pyongyang attended: posted there, no visit
    if as_noun and only_talked_about(p, first, args):
        return None  # shared intelligence on the deployment: an act told elsewhere
    if not args.targets and (answered := answered_press(p, first, len(p.tokens))):
        args = replace(args, targets=answered)  # dismissed reports in Seoul's media
    if spec.carrier and (owners := cargo_owners(p, last, bounds[1])):
        targets = [t for t in args.targets if t not in owners]  # (not whom it goes to)
        args = replace(args, cargo_of=owners, targets=targets)
    done_by = _doers(p, first, bounds[0], args)  # sanctioned firms for shipping…: theirs
    if done_by is None:
        return None
    args = done_by
    opening = opening_subject(p, first) or speaker_of_gerund(p, first)
    if not args.actors and opening is not None:
        args = replace(args, actors=[opening.mention.entity_id])  # Having sent…, X…
    claim = claim_for(p, first, bounds, marked, talks)
    if claim is None or told_as_no_act(p, first, last, bounds[1], claim.status == "denied"):
        return None  # declined to discuss the cooperation; both deny arms deals
    claim = own_word(p, spec, claim, args)  # Moscow denied it: its own word
    if spec.speaker_is_actor:
        # The companies violated the resolutions, the Treasury said: the speaker judges
        # the clause's subject; with either unnamed, there is no one's judgement.
        if not (claim.source and args.actors):
            return None
        args = Args(actors=[claim.source], targets=[args.actors[0]])
    guest = spec.guest if spec.guest and guest_after(p, first, last, bounds[1]) else None
    if (spec.receiving and guest is None) or received_noun(p, first, bounds[0]):
        args = received_args(p, args, last, bounds)  # received oil from, received aid from
    entry = guest or _entry(p, spec, first, last, bounds)
    if entry is None:
        return None
    start, end = p.tokens[first].start, p.tokens[last].end
    ongoing = p.lower(first).endswith("ing") and p.lower(first - 1) in p.lex.ongoing_auxiliaries
    earlier = told_as_earlier(p, first, bounds, claim, as_noun)
    return TriggerReading(
        start=start,
        end=end,
        form=p.text[start:end],
        entry=entry,
        args=args,
        claim=claim,
        date=None if judged_act(p, start) else trigger_date(p, dates, bounds, start),
        ongoing=ongoing or earlier,
        present=told_as_now(p, first, as_noun) and not earlier,
    )


def _an_act_here(p: Parsed, spec: TriggerSpec, first: int, last: int, as_noun: bool) -> bool:
    """Whether the event word at ``first..last`` names an act of its own here, not a verb
    of saying, people, another act's purpose, a modifier or a kind of something."""
    if p.is_speech(first) and p.lower(last + 1) in ("that", ":"):
        # warned that…, accused that…: a verb of saying here, no act (but admitted that…)
        return p.lower(first) in p.lex.acts_of_saying
    if participles_as_nouns(p, first) or attributive(p, first):
        return False  # the killed and wounded: people; occupied Donetsk: a place
    if purpose(p, first) or helped_to(p, first) or helps_no_one(p, first):
        return False  # troops sent to Russia to fight, fought to retake: another act's purpose
    if mutual_commitment(p, first):
        return False  # pledged to help each other if attacked: what a pact commits to
    if result_of_act(p, first, spec.entry.category):
        return False  # attacked Sumy, killing two people: the attack's toll, no act
    if len(spec.words) == 1 and carries_event_noun(p, first):
        return False  # launched attacks, conducted strikes: one act, the noun's
    describing = p.lower(first - 1) in p.lex.determiners and any(
        n.first == first + 1 for n in p.names
    )
    compound = (
        p.name_ending_at(first - 1) is not None
        and p.lower(first + 1).isalpha()
        and (p.lower(first + 1) not in p.lex.roles and p.name_ending_at(first + 1) is None)
    )
    if p.lower(first).endswith("ing") and (describing or compound):
        return False  # the fighting Russian army, Russian shipping companies: a modifier
    noun_form = p.lower(first) in forms_of(spec.words[0], "NOUN")
    if as_noun and noun_form and p.lower(last + 1) in p.lex.troop_words:
        return False  # combat engineers, assault units: a kind of troops, no act
    if noun_form and first == last and classifies(p, first):
        return False  # attack drones, combat zone: a kind of thing, no act
    if p.lower(first).endswith("ing") and _names_a_kind(p, first):
        return False  # four shipping companies: what kind of companies, no act
    if (as_noun and spec.verb_only) or (not as_noun and spec.noun_only and len(spec.words) == 1):
        return False
    # sanctions, cooperation: a form that can be the noun needs a verb carrying it, even
    # where it could be read as a verb (international sanctions on…).
    return not (spec.needs and noun_form and not _carried(p, first, spec.needs))


def _names_a_kind(p: Parsed, i: int) -> bool:
    """four shipping companies, the shipping firms: an -ing word between a count or an
    article and a noun that is no cargo, troops or preposition modifies the noun; so does
    one before a noun that only names a kind of body (lenders and trucking companies)."""
    before, after = p.lower(i - 1), p.lower(i + 1)
    counted = before in p.lex.determiners or before.isdigit() or before in p.lex.count_words
    plain = after.isalpha() and after not in p.lex.roles and after not in p.lex.cargo
    lemmas = getAllLemmas(after)
    noun = "NOUN" in lemmas and "VERB" not in lemmas and after not in p.lex.troop_words
    # lenders and trucking companies: the noun names a kind of body, whatever precedes
    return (counted and plain and noun and p.name_ending_at(i + 1) is None) or (
        after in p.lex.gerund_heads
    )


def _carried(p: Parsed, i: int, needs: tuple[str, ...]) -> bool:
    """impose sanctions, expand cooperation: a verb that carries the noun, just before it
    (past its articles) or, in the passive, after it (sanctions were imposed)."""
    verbs = {form for verb in needs for form in forms_of(verb, "VERB")}
    # (approved a bill on the ratification: the verb carries the instrument that enacts it)
    lo = next((k - 3 for k in range(i - 3, i) if p.lower(k) in p.lex.enacting_nouns), i - 4)
    window = [p.lower(k) for k in range(lo, i + 4) if k != i]
    return any(w in verbs for w in window)


def _cargo(p: Parsed, words: range) -> str | None:
    """The mode a sending takes from what it sends: sent troops, sent shells."""
    for k in words:
        mode = p.lex.cargo.get(p.lower(k))
        if mode is not None:
            return mode
    return None


def _moved(
    p: Parsed, spec: TriggerSpec, first: int, last: int, items: ItemWords
) -> tuple[str, ...]:
    """The items of the phrase that best tells what an event word moves: the first its
    clause names after it (sent artillery shells; supplied Russia with 1 million barrels
    of oil; the transfer of missile technology), else the last before it in the passive
    (troops were deployed), else the one right before an event noun (arms deliveries).
    Of item words that run together the last is the head (missile technology); words
    joined by a conjunction are conjuncts, each with its own (sappers and builders)."""
    lo, hi = clause(p, first, last)
    after = range(last + 1, min(hi, last + _CARGO_WITHIN))
    if after:
        found = _conjuncts(p, items.find(p.text, p.tokens[after[0]].start, p.tokens[after[-1]].end))
        if found:
            return found
    before = range(max(lo, first - 10), first)
    named = (
        items.find(p.text, p.tokens[before[0]].start, p.tokens[before[-1]].end) if before else []
    )
    if named and passive(p, first):
        return (named[-1][2],)  # shells were sent: what is sent came first
    if named and named[-1][1] == p.tokens[first - 1].end and noun_use(p, first, spec):
        return (named[-1][2],)  # arms deliveries, troop deployment
    return ()


def _conjuncts(p: Parsed, named: list[tuple[int, int, str]]) -> tuple[str, ...]:
    """The heads of the first run of item words and of the runs a conjunction joins to it
    (1,000 sappers and 5,000 military builders: engineers, workers)."""
    if not named:
        return ()
    heads: list[str] = []
    head = named[0]
    for following in named[1:]:
        between = p.text[head[1] : following[0]]
        if not between.strip(" -"):
            head = following  # missile technology
            continue
        if not _joins(p, between):
            break
        heads.append(head[2])
        head = following
    heads.append(head[2])
    return tuple(dict.fromkeys(heads))


def _joins(p: Parsed, between: str) -> bool:
    """What stands between two item words joins them: a conjunction, with at most numbers
    and a few words of the second's phrase (and 5,000 military), no preposition or clause
    word (troops to Russia and shells)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+|,|&", between)]
    joined = any(w in p.lex.conjunctions or w == "or" for w in words)
    other = [w for w in words if w not in p.lex.conjunctions and w not in ("or", "as", "well")]
    stops = p.lex.clause_words | set(p.lex.roles)
    return joined and len(other) <= 2 and not any(w in stops for w in other)


def _troops_before(p: Parsed, i: int, lo: int, words: frozenset[str] | None = None) -> bool:
    """Troops (or ``words``) before the event word in its clause, or before the relative
    clause it opens (the North Korean troops, who arrived in Russia…)."""
    start = max(0, lo - 4) if p.lower(lo - 1) in ("who", "which", "that") else max(lo, i - 6)
    if words is None and any(_people(p, n) and start <= n.first < i for n in p.names):
        return True  # 9,000 North Koreans arrived in Russia: people, as troops are
    return any(p.lower(k) in (words or p.lex.troop_words) for k in range(start, i))


def _people(p: Parsed, named: Named) -> bool:
    """North Koreans, Russians: a state's people named by its demonym's plural."""
    mention = named.mention
    plural = p.text[mention.end : mention.end + 1] == "s" and mention.text.endswith("an")
    return mention.kind == "country" and plural


def _starts_with(opening: str, words: tuple[str, ...]) -> bool:
    return any(opening.startswith(w + " ") or opening.startswith(w + ",") for w in words)
