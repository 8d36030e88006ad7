"""Extraction: a document's sentence readings → its events, figures and date notes.

The language has read each sentence into typed records (``kansoku.reading``); this core
turns them into facts with reasoning that is the same in every language. First each
sentence on its own (``sentence_facts``), then small document-level passes for what a
sentence owes to the ones around it (``passes``). Offsets of every fact are its
sentence's, into ``Document.text``.
"""

from __future__ import annotations

from collections.abc import Sequence

from kansoku.extract import passes
from kansoku.extract.events import sentence_events
from kansoku.extract.figures import figure_events, fill_owners, sentence_figures
from kansoku.extract.items import counted_items, link_figures
from kansoku.extract.passes import SentenceFacts
from kansoku.knowledge import Knowledge
from kansoku.model import Document, Event, Figure
from kansoku.reading import SentenceReading

# The version of extraction that made a stored fact: every event report and figure (and
# every document, for the facts it did not yield) records it. Bump it (by one) whenever a
# change to the code or the data files can change what extraction outputs for a stored
# text, so that `kansoku reprocess` re-extracts what an older version made. Facts stored
# before versions were recorded have none (NULL), which counts as older than any.
EXTRACTOR_VERSION = 24


def sentence_facts(
    doc: Document,
    reading: SentenceReading,
    knowledge: Knowledge,
    treaties: Sequence[tuple[int, str]] = (),
) -> SentenceFacts:
    """The events and figures one sentence tells by itself (``treaties``: where the text
    names a treaty, in order: a ratification naming none is of the last one before)."""
    sentence = doc.sentences[reading.index]
    mentions = [
        m
        for m in doc.mentions_in(sentence)
        if not any(start <= m.start < end for start, end in reading.furniture)
    ]
    reference = doc.reference_date(sentence)
    smallest = knowledge.categories.smallest_counts
    # One soldier's story is no troop strength (categories.yaml: smallest_counts).
    reading.quantities = [
        q for q in reading.quantities if q.quantity.value >= smallest.get(q.kind, 0)
    ]
    treaty = next((t for start, t in reversed(treaties) if start < sentence.end), None)
    unaimed: list[Event] = []
    # An event the text does not date is "reported on" its page's date; a page that never
    # says when it was published gives the earliest it can be from (the newest date it
    # names), which bounds nothing from above (basis "not_before").
    published = doc.publication_date(sentence)
    page_date = (published, "published") if published else (reference, "not_before")
    events = sentence_events(reading, mentions, page_date, knowledge, treaty, unaimed)
    figures = sentence_figures(reading, reference, knowledge)
    fill_owners(figures, reading, events, knowledge)
    # A transfer still waiting for its recipient is a transfer all the same: the counts
    # of its sentence can be of what it moves (passes.continued_recipients unlinks them
    # when it finds none).
    counted_items([*events, *unaimed], figures, knowledge)
    states = [knowledge.gazetteer.state_of(m.entity_id) for m in mentions]
    made = figure_events(figures, [s for s in states if s], knowledge)
    link_figures(figures, [*events, *unaimed], made, knowledge)
    events += made
    facts = SentenceFacts(sentence, reading, events, figures, unaimed)
    for fact in [*facts.facts, *unaimed]:
        fact.start, fact.end = sentence.start, sentence.end
    for event in [*events, *unaimed]:
        event.spoken_of = reading.spoken_of
    return facts


def extract(doc: Document, readings: list[SentenceReading], knowledge: Knowledge) -> Document:
    """Fill ``doc.events``, ``doc.figures`` and ``doc.notes`` from the sentence readings."""
    treaties = [
        (m.start, m.entity_id) for m in doc.mentions
        if knowledge.gazetteer.kind_of(m.entity_id) == "treaty"
    ]  # fmt: skip
    sentences = [sentence_facts(doc, reading, knowledge, treaties) for reading in readings]
    passes.reactions(sentences, knowledge)
    passes.continued_recipients(sentences, knowledge)
    passes.shuttle_directions(sentences, knowledge)
    passes.paragraph_dates(sentences)
    passes.denied_copies(sentences, knowledge)
    passes.denial_targets(sentences, knowledge)
    passes.home_sources(sentences, knowledge.home_state(doc.url))
    passes.attribution(sentences)
    passes.headline_dates(doc, sentences, knowledge)
    passes.figure_owners(sentences, knowledge)
    passes.date_notes(doc, sentences)
    for facts in sentences:
        facts.figures = _about_the_topic(facts.figures, doc.core, knowledge)
        doc.events += facts.events
        doc.figures += facts.figures
    passes.unread_notes(doc, sentences, knowledge)  # on the facts kept
    return doc


def _about_the_topic(figures: list[Figure], core: bool, knowledge: Knowledge) -> list[Figure]:
    """A count about a core party (Russia's losses, a North Korean launch) measures the
    topic only in a document about its core; elsewhere it belongs to another story."""
    if core:
        return figures
    parties = knowledge.topic.core_parties
    gaz = knowledge.gazetteer
    return [
        f for f in figures
        if gaz.state_of(f.subject) not in parties and gaz.state_of(f.recipient) not in parties
    ]  # fmt: skip
