"""The English reader: a document's sentences → the records the extraction core reads."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kansoku.lang.en.arguments import (
    Parsed,
    clause,
    dates_speech,
    noun_use,
    passive,
    read_args,
    trigger_date,
)
from kansoku.lang.en.claims import Speech, claim_for, home_office, source_marker, speeches
from kansoku.lang.en.dates import DateRules, find_dates
from kansoku.lang.en.quantities import NumberWords, read_quantities
from kansoku.lang.en.words import Lexicon, TriggerSpec, forms_of, tokenize
from kansoku.lang.items import ItemWords
from kansoku.lang.units import Units
from kansoku.model import Document
from kansoku.reading import Args, DateMention, SentenceReading, TriggerReading

# A wire dateline opening a sentence: SEOUL, Oct 18 (Reuters) -, MOSCOW, October 26. /TASS/.
# PYONGYANG, North Korea (AP) —, SEOUL: (the date is the page's, never an event's).
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?)?\s*(?:\([A-Za-z .]+\)\s*)?"
    r"(?:/[A-Za-z]+/\.?)?\s*(?:--|[-–—:])\s*"
)
# A line that only credits the sentence before: "Source: Interfax".
_CREDIT = re.compile(r"^(?:Source|Sources|Via)\s*:", re.IGNORECASE)
_LEAD_WITHIN = 4  # tokens: "On Tuesday, North Korea…"
_CARGO_WITHIN = 12  # tokens: supplied North Korea with more than 1 million barrels of oil


@dataclass(frozen=True)
class Words:
    lexicon: Lexicon
    units: Units
    numbers: NumberWords
    dates: DateRules
    items: ItemWords


def read(doc: Document, words: Words, parse_all: bool = False) -> list[SentenceReading]:
    readings = []
    for index, sentence in enumerate(doc.sentences):
        text = doc.sentence_text(sentence)
        dates = find_dates(text, doc.reference_date(sentence), words.dates)
        readings.append(_read_sentence(index, text, doc, dates, words))
    return readings


def _read_sentence(
    index: int, text: str, doc: Document, dates: list[DateMention], words: Words
) -> SentenceReading:
    lex = words.lexicon
    dateline = _DATELINE.match(text)
    furniture = ((0, dateline.end()),) if dateline else ()
    if dateline:
        dates = [d for d in dates if d.start >= dateline.end()]
    mentions = [
        m
        for m in doc.mentions_in(doc.sentences[index])
        if not dateline or m.start >= dateline.end()
    ]
    tokens = tokenize(text)
    p = Parsed.of(text, tokens, mentions, lex)
    marked = source_marker(p)
    talks = speeches(p)
    opening = text.lstrip().lower()
    reading = SentenceReading(
        index=index,
        dates=dates,
        source=marked[1],
        speaker=next((s.speaker for s in talks if s.speaker), None),
        home_speaker=any(s.home for s in talks)
        or (marked[0] and marked[1] is None and home_office(p, range(len(tokens)))),
        publisher=_publisher(p),
        credit=_credit_line(p),
        continues=_starts_with(opening, lex.anaphora),
        turns_away=_starts_with(opening, lex.turns),
        past=any(
            t.lower in ("was", "were", "had", "did") or t.lower.endswith("ed") for t in tokens
        ),
        lead_date=_lead_date(p, dates),
        furniture=furniture,
    )
    reading.triggers = _triggers(p, dates, marked, talks, words.items)
    reading.spoken_of = tuple(dict.fromkeys(t.entry.category for t in reading.triggers))
    reading.quantities = read_quantities(p, words.numbers, words.units, marked, talks)
    return reading


def _triggers(
    p: Parsed,
    dates: list[DateMention],
    marked: tuple[bool, str | None],
    talks: list[Speech],
    items: ItemWords,
) -> list[TriggerReading]:
    found = []
    i = 0
    while i < len(p.tokens):
        hit = p.lex.trigger_at(p.tokens, i)
        if hit is None or p.in_name(i):
            i += 1
            continue
        spec, end = hit
        reading = _trigger(p, spec, i, end - 1, dates, marked, talks)
        if reading is not None:
            found.append(replace(reading, items=_moved(p, spec, i, end - 1, items)))
        i = end
    return _dated_after(p, found, dates)


def _purpose(p: Parsed, i: int) -> bool:
    """An infinitive after an event verb of its clause that is not one of intending
    (sent troops to fight; but: agreed to send, decided to send)."""
    if p.lower(i - 1) != p.lex.infinitive:
        return False
    for k in range(i - 2, max(-1, i - 10), -1):
        word = p.lower(k)
        if word in (",", ";") or word in p.lex.clause_words:
            return False
        if p.lex.trigger_at(p.tokens, k) and not p.in_name(k):
            return word not in p.lex.intending_verbs
    return False


def _participles_as_nouns(p: Parsed, i: int) -> bool:
    """killed and wounded, the killed: participles naming people, not an act."""
    word = p.lower(i)
    if not word.endswith(("ed", "en")):
        return False
    before, after = p.lower(i - 1), p.lower(i + 1)
    paired = after in ("and", "or") and p.lower(i + 2).endswith(("ed", "en"))
    return before in ("including", "the") or (paired and p.name_ending_at(i - 1) is None)


def _dated_after(
    p: Parsed, triggers: list[TriggerReading], dates: list[DateMention]
) -> list[TriggerReading]:
    """An event word whose clause tells no date takes the first one after it, before the
    next event word (held talks with his counterpart, Choe, in Wonsan on Saturday)."""
    dated = []
    for k, trigger in enumerate(triggers):
        upto = triggers[k + 1].start if k + 1 < len(triggers) else len(p.text)
        after = [
            d for d in dates
            if d.calendar and trigger.end <= d.start and d.end <= upto and not dates_speech(p, d)
        ]  # fmt: skip
        if trigger.date is None and after:
            trigger = replace(trigger, date=after[0])
        dated.append(trigger)
    return dated


def _trigger(
    p: Parsed,
    spec: TriggerSpec,
    first: int,
    last: int,
    dates: list[DateMention],
    marked: tuple[bool, str | None],
    talks: list[Speech],
) -> TriggerReading | None:
    if p.is_speech(first) and p.lower(last + 1) in ("that", ":"):
        return None  # warned that…, accused that…: a verb of saying here, no act
    if _participles_as_nouns(p, first):
        return None  # casualties, including killed and wounded: people, no act
    if _purpose(p, first):
        return None  # troops sent to Russia to fight, fought to retake: another act's purpose
    describing = p.lower(first - 1) in p.lex.determiners and any(
        n.first == first + 1 for n in p.names
    )
    compound = (
        p.name_ending_at(first - 1) is not None
        and p.lower(first + 1).isalpha()
        and (p.lower(first + 1) not in p.lex.roles and p.name_ending_at(first + 1) is None)
    )
    if p.lower(first).endswith("ing") and (describing or compound):
        return None  # the fighting Russian army, Russian shipping companies: a modifier
    as_noun = len(spec.words) == 1 and noun_use(p, first, spec)
    if (as_noun and spec.verb_only) or (not as_noun and spec.noun_only and len(spec.words) == 1):
        return None
    # sanctions, cooperation: a form that can be the noun needs a verb carrying it, even
    # where it could be read as a verb (international sanctions on…).
    noun_form = p.lower(first) in forms_of(spec.words[0], "NOUN")
    if spec.needs and noun_form and not _carried(p, first, spec.needs):
        return None
    args, bounds = read_args(p, spec, first, last, as_noun)
    claim = claim_for(p, first, bounds, marked, talks)
    if claim is None:
        return None
    if spec.speaker_is_actor:
        # The companies violated the resolutions, the Treasury said: the speaker judges
        # the clause's subject; with either unnamed, there is no one's judgement.
        if not (claim.source and args.actors):
            return None
        args = Args(actors=[claim.source], targets=[args.actors[0]])
    entry = spec.entry
    if spec.troops is not None and _troops_before(p, first, bounds[0]):
        entry = spec.troops
    elif spec.cargo_decides:
        cargo = _cargo(p, range(last + 1, min(bounds[1], last + _CARGO_WITHIN)))
        if cargo is None and passive(p, first):  # shells were sent: what is sent came first
            cargo = _cargo(p, range(first - 1, max(bounds[0], first - 10) - 1, -1))
        entry = replace(entry, mode=cargo) if cargo else entry
    start, end = p.tokens[first].start, p.tokens[last].end
    ongoing = p.lower(first).endswith("ing") and p.lower(first - 1) in p.lex.ongoing_auxiliaries
    return TriggerReading(
        start=start,
        end=end,
        form=p.text[start:end],
        entry=entry,
        args=args,
        claim=claim,
        date=trigger_date(p, dates, bounds, start),
        ongoing=ongoing,
    )


def _carried(p: Parsed, i: int, needs: tuple[str, ...]) -> bool:
    """impose sanctions, expand cooperation: a verb that carries the noun, just before it
    (past its articles) or, in the passive, after it (sanctions were imposed)."""
    verbs = {form for verb in needs for form in forms_of(verb, "VERB")}
    window = [p.lower(k) for k in range(i - 4, i + 4) if k != i]
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


def _troops_before(p: Parsed, i: int, lo: int) -> bool:
    return any(p.lower(k) in p.lex.troop_words for k in range(max(lo, i - 6), i))


def _starts_with(opening: str, words: tuple[str, ...]) -> bool:
    return any(opening.startswith(w + " ") or opening.startswith(w + ",") for w in words)


def _publisher(p: Parsed) -> str | None:
    """The subject of a sentence that publishes a document (the ministry released a
    report): the text goes on to tell what the document says."""
    for i, tok in enumerate(p.tokens):
        if tok.lower in p.lex.publishing_verbs and any(
            p.lower(k) in p.lex.documents for k in range(i + 1, i + 5)
        ):
            before = [n for n in p.names if n.last < i]
            return before[-1].mention.entity_id if before else None
    return None


def _credit_line(p: Parsed) -> str | None:
    """Source: Interfax — a line that only says where the paragraph before is from."""
    if not _CREDIT.match(p.text) or not p.names:
        return None
    return p.names[-1].mention.entity_id


def _lead_date(p: Parsed, dates: list[DateMention]) -> DateMention | None:
    """On Tuesday, North Korea…: a date opening the sentence, set off by a comma."""
    limit = p.tokens[_LEAD_WITHIN].start if len(p.tokens) > _LEAD_WITHIN else len(p.text)
    return next(
        (d for d in dates if d.calendar and d.start < limit and p.text[d.end : d.end + 1] == ","),
        None,
    )
