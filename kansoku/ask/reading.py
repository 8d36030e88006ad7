"""Reading a question with the machinery that reads the articles.

The question becomes a one-sentence Document and goes through the same language seam as
an article: the language's sentence splitter, ``link`` for entity mentions (the
gazetteer's aliases in any language, militaries naming their state), and the language's
reader for event words with their parties, claims and dates. The counted kind comes from
the language's ``units.yaml``; the shape of answer asked for from its question words
(``questions.yaml``). Nothing here holds a word of any language.
"""

from __future__ import annotations

import re
from datetime import date

from kansoku.ask.records import AskedEntity, AskedEvent, Understood
from kansoku.ask.words import AskRules, Hit, QuestionLanguage, QuestionWords
from kansoku.knowledge import Knowledge
from kansoku.langid import identify
from kansoku.link import link
from kansoku.model import Document, Mention
from kansoku.reading import DateMention, SentenceReading, TriggerReading

# What a question may end with after its words: marks of a question, full stops, spaces.
_CLOSING = "?？。.!！ 　\n"


def read_question(
    question: str,
    knowledge: Knowledge,
    words: QuestionWords,
    language: str | None = None,
    today: str | None = None,
) -> Understood:
    """What ``question`` asks, as far as the knowledge and the question words tell."""
    code = language or _language_of(question, words)
    qwords = words.languages.get(code or "")
    if qwords is None:
        return _unread(code)
    lang = knowledge.language(code)
    doc = Document(source="question", raw_sha256="", body=question, language=code)
    doc.text = question
    doc.published = today or date.today().isoformat()  # relative dates count from now
    doc.sentences = lang.split_sentences(question)
    doc.mentions, _ = link(question, lang, knowledge.gazetteer)
    readings = lang.read(doc, parse_all=True)
    entities = _entities(doc.mentions, knowledge)
    triggers = [t for r in readings for t in r.triggers]
    spans = [
        (doc.sentences[r.index].start + t.start, doc.sentences[r.index].start + t.end)
        for r in readings for t in r.triggers
    ]  # fmt: skip
    denials = [
        t for t in triggers if knowledge.categories.is_denial(t.entry.category, t.entry.mode)
    ]
    events = [_asked_event(t) for t in triggers if t not in denials]
    events += _flow_asked(question, qwords, entities, events, knowledge, words.rules)
    kinds, measure, named_in = _kinds(question, qwords, doc.mentions, spans)
    owners = _owners(events, entities, named_in)
    shape, said = _shape(question, qwords, words.rules.precedence)
    since, until = _period(question, qwords, readings, doc)
    return Understood(
        language=code,
        shape=shape or _default_shape(kinds, events, bool(denials)),
        question_words=said,
        entities=tuple(entities),
        kinds=kinds,
        measure=measure,
        unit=_unit(question, qwords, kinds),
        owners=owners,
        events=tuple(dict.fromkeys(events)),
        denial=bool(denials),
        deniers=tuple(dict.fromkeys(a for t in denials for a in t.args.actors)),
        since=since,
        until=until,
    )


def _flow_asked(
    question: str,
    qwords: QuestionLanguage,
    entities: list[AskedEntity],
    events: list[AskedEvent],
    knowledge: Knowledge,
    rules: AskRules,
) -> list[AskedEvent]:
    """A flow asked with a verb the readers leave alone ("What has Russia given North
    Korea?"): the first state named gives (or, with a receiving verb, receives)."""
    if any(knowledge.categories.sends(e.category, e.mode) for e in events):
        return []
    giving = qwords.giving_words.find(question)
    receiving = qwords.receiving_words.find(question)
    if not (giving or receiving):
        return []
    states = list(dict.fromkeys(e.state for e in entities if e.state))
    first, second = ([*states, None, None])[:2]
    giver, receiver = (first, second) if giving else (second, first)
    category, mode = rules.transfer_event
    word = (giving or receiving)[0].form
    return [AskedEvent(category, mode, word, tuple(filter(None, [giver])),
                       tuple(filter(None, [receiver])))]  # fmt: skip


def _unread(code: str | None) -> Understood:
    """A question in a language kansoku has no question words for: nothing read."""
    return Understood(
        language=code, shape=None, question_words=(), entities=(), kinds=(), measure=None,
        unit=None, owners=(), events=(), denial=False, deniers=(), since=None, until=None,
    )  # fmt: skip


def _language_of(question: str, words: QuestionWords) -> str | None:
    """The question's language as articles are identified; a language with no question
    words (a short Latin question taken for another language, han characters alone) is
    replaced by the one whose question words and counted nouns the text uses most."""
    code = identify(question)
    if code in words.languages:
        return code
    counts = {c: _own_words(question, q) for c, q in words.languages.items()}
    best = max(counts, key=lambda c: counts[c], default=None)
    return best if best is not None and counts[best] else code


def _own_words(question: str, qwords: QuestionLanguage) -> int:
    """How many of a language's question words and counted nouns the question uses."""
    first = (question.split() or [""])[0].lower()
    return (
        len(qwords.shape_words.find(question))
        + len(qwords.term_words.find(question))
        + (first in qwords.whether_openers)
    )


def _entities(mentions: list[Mention], knowledge: Knowledge) -> list[AskedEntity]:
    """The entities the question names, once each. A military named by its state (North
    Korean troops) is that state: its facts are the state's."""
    gaz = knowledge.gazetteer
    found: dict[str, AskedEntity] = {}
    states_inside = {
        (m.start, m.end): next(
            (c.entity_id for c in mentions if c.kind == "country" and c.start == m.start
             and c.end < m.end), None,
        )
        for m in mentions
    }  # fmt: skip
    for m in mentions:
        entity = gaz.entities.get(m.entity_id)
        kind = entity.kind if entity else m.kind
        state = gaz.state_of(m.entity_id)
        if kind == "organization" and states_inside[(m.start, m.end)]:
            continue  # the state named inside it stands for it
        match = _match_of(kind, entity is not None and bool(entity.stands_for))
        found.setdefault(
            m.entity_id,
            AskedEntity(
                id=m.entity_id, name=entity.name_en if entity else m.entity_id, kind=kind,
                text=m.text, state=state, match=match,
            ),
        )  # fmt: skip
    return list(found.values())


def _match_of(kind: str | None, stands_for: bool) -> str:
    if kind == "country" or stands_for:
        return "state"
    if kind in ("treaty", "weapon", "place"):
        return "named"
    return "exact"


def _owners(
    events: list[AskedEvent], entities: list[AskedEntity], named_in: list[Mention]
) -> tuple[str, ...]:
    """Whose count the question asks: the actor of its verb; else the state in a name
    holding the kind's word (North Korean troops); else the first state or person
    it names that is not where things go."""
    actors = [a for e in events for a in e.actors]
    if actors:
        return tuple(dict.fromkeys(actors))
    inside = [
        e.id for e in entities if any(m.text.startswith(e.text) for m in named_in)
    ]  # fmt: skip
    if inside:
        return tuple(inside[:1])
    targets = {t for e in events for t in e.targets}
    first = next(
        (e.id for e in entities if e.match == "state" or e.kind == "person"
         if e.id not in targets and e.state not in targets), None,
    )  # fmt: skip
    return (first,) if first else ()


def _asked_event(trigger: TriggerReading) -> AskedEvent:
    return AskedEvent(
        category=trigger.entry.category,
        mode=trigger.entry.mode,
        text=trigger.form,
        actors=tuple(trigger.args.actors),
        targets=tuple(dict.fromkeys([*trigger.args.targets, *trigger.args.objects])),
    )


def _kinds(
    question: str, qwords: QuestionLanguage, mentions: list[Mention], words: list[tuple[int, int]]
) -> tuple[tuple[str, ...], str | None, list[Mention]]:
    """The counted kind asked for, the measure within it, and the names a word of that
    kind stands in (North Korean troops: North Korea's).

    What befalls the counted (killed) decides, as it does in an article; else the word
    for the kind nearest the question word (how many of the North Korean troops have
    died: the dead, not the troops), preferring words outside an entity's name (North
    Korean troops is a name; its troops count only when nothing else does); else the
    counter after a counting word (a counter of rounds: shells, rockets…); else what
    the verb moves (dispatched: troops). A noun inside a longer event word or counter
    (``words``, and the counters found) is part of that word, not a noun of its own.
    """
    words = words + [(c.start, c.end) for c in qwords.counter_words.find(question)]
    hits = [
        h for h in qwords.term_words.find(question)
        if not any(s <= h.start and h.end <= e and e - s > h.end - h.start for s, e in words)
    ]  # fmt: skip
    terms = [(h, qwords.terms[qwords.key(h.form)]) for h in hits]
    outcomes = [(h, t) for h, t in terms if t.outcome]
    if outcomes:
        return (outcomes[0][1].kind,), outcomes[0][1].measure, []
    outside = [(h, t) for h, t in terms if not any(m.start <= h.start < m.end for m in mentions)]
    chosen = outside or terms
    if chosen:
        anchor = _question_word_at(question, qwords)
        _, term = min(chosen, key=lambda ht: abs(ht[0].start - anchor))
        named_in = [
            m for h, t in terms if t.kind == term.kind for m in mentions
            if m.start <= h.start < m.end
        ]  # fmt: skip
        return (term.kind,), term.measure, named_in
    counted = _counted_kinds(question, qwords)
    if counted:
        return counted, None, []
    moved = [qwords.moved_by[qwords.key(h.form)] for h in qwords.moved_words.find(question)]
    return tuple(dict.fromkeys(moved)), None, []


def _unit(question: str, qwords: QuestionLanguage, kinds: tuple[str, ...]) -> str | None:
    """The unit asked in: the kind's one unit, or the one its counter in the question
    gives (barrels or tonnes of oil); None when the kind has several and none is said."""
    spec = qwords.units.kinds.get(kinds[0]) if kinds else None
    if spec is None:
        return None
    if isinstance(spec.unit, str):
        return spec.unit
    for hit in qwords.counter_words.find(question):
        counter = qwords.counter_forms[qwords.key(hit.form)]
        if counter in spec.counters:
            return spec.unit_for(counter)
    return None


def _question_word_at(question: str, qwords: QuestionLanguage) -> int:
    hits = [h for h in qwords.shape_words.find(question) if qwords.shapes[qwords.key(h.form)]
            == "how_many"]  # fmt: skip
    return hits[0].start if hits else len(question)


def _counted_kinds(question: str, qwords: QuestionLanguage) -> tuple[str, ...]:
    """The kinds counted with the counter after a counting word (rounds: shells, rockets…)."""
    for hit in qwords.count_words.find(question):
        rest = question[hit.end :].lstrip()
        counter = max((c for c in qwords.counters if rest.startswith(c)), key=len, default=None)
        if counter:
            return qwords.counters[counter]
    return ()


def _shape(
    question: str, qwords: QuestionLanguage, precedence: tuple[str, ...]
) -> tuple[str | None, tuple[str, ...]]:
    """The shape of answer the question words ask for, and those words."""
    hits: list[Hit] = qwords.shape_words.find(question)
    shapes = {qwords.shapes[qwords.key(h.form)]: h.form for h in reversed(hits)}
    for shape in precedence:
        if shape in shapes:
            return shape, tuple(h.form for h in hits if qwords.shapes[qwords.key(h.form)] == shape)
    body = question.rstrip(_CLOSING)
    first = body.split()[0].lower() if body.split() else ""
    if first in qwords.whether_openers:
        return "whether", (first,)
    ending = next((e for e in reversed(qwords.whether_endings) if body.endswith(e)), None)
    if ending:
        return "whether", (ending,)
    return None, ()


def _default_shape(kinds: tuple[str, ...], events: list[AskedEvent], denial: bool) -> str | None:
    """With no question word: a count named alone asks for its figures; an event, for
    what happened."""
    if events or denial:
        return "what"
    return "how_many" if kinds else None


def _period(
    question: str, qwords: QuestionLanguage, readings: list[SentenceReading], doc: Document
) -> tuple[str | None, str | None]:
    """The period the question asks about: the dates its reader found, each the start or
    the end of the period when a since or until word stands beside it."""
    since: str | None = None
    until: str | None = None
    for reading in readings:
        offset = doc.sentences[reading.index].start
        for mention in reading.dates:
            if not mention.calendar:
                continue
            role = _date_role(question, mention, offset, qwords)
            if role == "since":
                since = mention.value
            elif role == "until":
                until = mention.end_value or mention.value
            else:  # the date is the period: from 2023 to 2024 keeps its start
                since = since or mention.value
                until = mention.end_value or mention.value
    return since, until


def _date_role(question: str, mention: DateMention, offset: int, qwords: QuestionLanguage) -> str:
    """Whether a date starts the period asked about (since), ends it (until) or is it."""
    start, end = offset + mention.start, offset + mention.end
    if qwords.period_words_before:  # since 2024; a reader may take "by" into the date
        near = [question[max(0, start - 12) : start], mention.text.split(" ")[0]]
        pattern = r"(?:^|\W)(?:{})\W*$"
    else:  # 2024年以降: the word follows the date
        near = [question[end : end + 8]]
        pattern = r"^\s*(?:{})"

    def beside(words: tuple[str, ...]) -> bool:
        found = re.compile(pattern.format("|".join(map(re.escape, words)) or r"(?!x)x"), re.I)
        return any(found.search(text) for text in near)

    if mention.since or beside(qwords.since_words):
        return "since"
    if beside(qwords.until_words):
        return "until"
    return "both"
