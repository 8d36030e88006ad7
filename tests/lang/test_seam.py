"""The language seam: a made-up language of a handful of words, registered like the real
ones, goes through the same extraction core and gets the same domain reasoning.

Toy grammar, one clause per sentence, sentences end with "!":
    ACTOR VERB [TARGET] [NUMBER grunt] [per SOURCE] [mebbe] [dNN]
Names are the gazetteer's Latin aliases. The toy reader knows only its words; who can
act, implied targets, allies, stand-alone categories, attribution across sentences and
figure owners all come from the core.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

import kansoku.lang
from kansoku.knowledge import DATA, Knowledge, load_knowledge
from kansoku.lang import Language, register
from kansoku.model import Document, Sentence
from kansoku.pipeline import analyse
from kansoku.reading import (
    Args,
    Claim,
    DateMention,
    Quantity,
    QuantityReading,
    SentenceChoice,
    SentenceReading,
    TriggerEntry,
    TriggerReading,
)

VERBS = {
    "zog": TriggerEntry("AID", "troops"),  # send
    "depo": TriggerEntry("MOBILIZE", "troops"),  # deploy
    "vok": TriggerEntry("CONSULT", "meeting"),  # meet
    "bam": TriggerEntry("ASSAULT"),  # attack
    "nix": TriggerEntry("REJECT", "denial"),  # deny
}
COUNTER = "grunt"  # soldiers
_WORD = re.compile(r"[^\s!]+")


class Toy(Language):
    code = "xx"

    def sentence_ends(self, line: str) -> list[int]:
        return [m.end() for m in re.finditer("!", line)]

    def read(
        self, doc: Document, parse_all: bool = False, only: SentenceChoice | None = None
    ) -> list[SentenceReading]:
        # No parse to spare: every sentence is read (the core drops what ``only`` leaves out).
        return [self._sentence(doc, i, s) for i, s in enumerate(doc.sentences)]

    def _sentence(self, doc: Document, index: int, sentence: Sentence) -> SentenceReading:
        text = doc.sentence_text(sentence)
        mentions = doc.mentions_in(sentence)
        words = list(_WORD.finditer(text))

        def named(at: int) -> str | None:
            return next((m.entity_id for m in mentions if m.start <= at < m.end), None)

        source = next(
            (named(w.end() + 1) for w in words if w.group() == "per" and named(w.end() + 1)), None
        )
        claim = Claim(
            source, "possible" if "mebbe" in text else "reported" if source else "asserted"
        )
        reading = SentenceReading(index=index, source=source)
        reading.dates = [
            self._date(w, doc, sentence) for w in words if re.fullmatch(r"d\d\d", w.group())
        ]
        reading.lead_date = next(iter(reading.dates), None)  # the toy dates its news once
        if text.startswith("per ") and len(words) == 2:
            reading.credit = source  # "per NIS!": a credit line for the sentence before
        for w in words:
            entry = VERBS.get(w.group())
            if entry is None:
                continue
            before = [m.entity_id for m in mentions if m.end <= w.start() and m.start == 0]
            after = named(w.end() + 1)
            args = Args(actors=before, targets=[after] if after and after != source else [])
            date = reading.dates[0] if reading.dates else None
            reading.triggers.append(
                TriggerReading(w.start(), w.end(), w.group(), entry, args, claim, date)
            )
            reading.spoken_of += (entry.category,)
        for number, counter in re.findall(rf"(\d+) ({COUNTER})", text):
            at = text.index(number)
            quantity = Quantity(at, at + len(number) + 1 + len(counter), f"{number} {counter}",
                                float(number), None, "exact", counter)  # fmt: skip
            owners = tuple(m.entity_id for m in mentions if m.start == 0)
            reading.quantities.append(
                QuantityReading(quantity, "troops", "persons", None, owners, claim)
            )
        return reading

    def _date(self, word: re.Match[str], doc: Document, sentence: Sentence) -> DateMention:
        reference = doc.reference_date(sentence) or ""
        value = f"{reference[:7]}-{word.group()[1:]}"
        return DateMention(word.start(), word.end(), word.group(), value, None, "partial")


@pytest.fixture(scope="module")
def toy() -> Knowledge:
    registry = dict(kansoku.lang._REGISTRY)
    register(Toy)
    try:
        knowledge = load_knowledge(DATA)
    finally:
        kansoku.lang._REGISTRY.clear()
        kansoku.lang._REGISTRY.update(registry)
    # Every toy page is read, whoever it names (the page filter has its own tests).
    return replace(knowledge, topic=replace(knowledge.topic, read_pages_naming=()))


def read_toy(knowledge: Knowledge, text: str) -> Document:
    doc = Document(
        source="toy.txt", raw_sha256="0", text=text, language="xx", published="2024-11-20"
    )
    return analyse(doc, knowledge)


def test_the_toy_language_is_registered_like_the_real_ones(toy):
    assert isinstance(toy.language("xx"), Toy)
    assert {"ja", "en", "ko", "xx"} <= set(toy.languages)
    assert "xx" not in load_knowledge(DATA).languages  # the registry was restored


def test_a_sent_force_with_its_count_and_source(toy):
    doc = read_toy(toy, "DPRK zog Russia 3000 grunt per NIS d18!")
    [event] = doc.events
    assert (event.type, event.actor, event.target) == ("AID", "PRK", "RUS")
    assert (event.status, event.source, event.date_start) == (
        "reported",
        "national-intelligence-service",
        "2024-11-18",
    )
    [figure] = doc.figures
    assert (figure.value, figure.subject, figure.recipient) == (3000, "PRK", "RUS")


def test_a_deployment_on_an_allys_soil_is_aid(toy):
    [event] = read_toy(toy, "DPRK depo Kursk!").events
    assert (event.type, event.actor, event.target) == ("AID", "PRK", "RUS")


def test_what_is_sent_goes_to_the_state_of_the_place_named(toy):
    [event] = read_toy(toy, "DPRK zog 500 grunt to Kursk!").events
    assert (event.type, event.target) == ("AID", "RUS")


def test_a_fight_with_no_opponent_named_is_against_the_other_side(toy):
    [event] = read_toy(toy, "DPRK bam!").events
    assert (event.type, event.target) == ("ASSAULT", "UKR")


def test_only_categories_that_stand_alone_are_kept_without_a_second_party(toy):
    doc = read_toy(toy, "Russia vok! Russia nix!")
    assert [(e.type, e.target) for e in doc.events] == [("REJECT", None)]


def test_a_credit_line_gives_its_source_to_the_sentence_before(toy):
    [event] = read_toy(toy, "DPRK zog Russia! per NIS!").events
    assert (event.source, event.status) == ("national-intelligence-service", "reported")


def test_a_paragraph_date_carries_to_the_next_sentence(toy):
    doc = read_toy(toy, "DPRK zog Russia d18! Russia vok DPRK!")
    meeting = next(e for e in doc.events if e.type == "CONSULT")
    assert (meeting.date_start, meeting.date_basis) == ("2024-11-18", "context")
