"""What moves and what a count quantifies, decided by the core from what a language read.

The sentences here are read by hand into the records a language hands the core
(``kansoku.reading``), so each test says exactly what the language read and checks only
the domain's decision: which events have an item, the fallbacks when the object names
none, which event a count quantifies, which treaty an act on a treaty is about.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kansoku.extract import extract
from kansoku.knowledge import DATA, Knowledge
from kansoku.model import Document, Mention, Sentence
from kansoku.reading import (
    Args,
    Claim,
    Quantity,
    QuantityReading,
    SentenceReading,
    TriggerEntry,
    TriggerReading,
)

TREATY = "comprehensive-strategic-partnership-treaty"


def trigger(
    category: str,
    mode: str | None,
    items: tuple[str, ...] = (),
    status: str = "asserted",
    actor: str = "PRK",
    target: str | None = "RUS",
    objects: tuple[str, ...] = (),
    at: int = 0,
) -> TriggerReading:
    args = Args(actors=[actor], targets=[target] if target else [], objects=list(objects))
    entry = TriggerEntry(category, mode)
    return TriggerReading(at, at + 1, "w", entry, args, Claim(status=status), None, items=items)


def count(
    kind: str, value: float, measure: str | None = None, status: str = "asserted"
) -> QuantityReading:
    quantity = Quantity(5, 6, "n", value, None, "exact", "x")
    return QuantityReading(quantity, kind, "u", measure, ("PRK",), Claim(status=status))


def read(
    *sentences: SentenceReading, knowledge: Knowledge, mentions: list[Mention] | None = None
) -> Document:
    """The document the core makes of sentences read by hand (each 40 characters, a
    paragraph of its own)."""
    text = "".join("s" * 40 for _ in sentences)
    doc = Document(source="t", raw_sha256="0", text=text, published="2024-11-20", language="xx")
    doc.sentences = [Sentence(i * 40, i * 40 + 40, paragraph=i) for i in range(len(sentences))]
    doc.mentions = mentions or []
    for i, reading in enumerate(sentences):
        reading.index = i
    return extract(doc, list(sentences), knowledge)


@pytest.fixture
def sentence():
    def make(triggers=(), quantities=()) -> SentenceReading:
        return SentenceReading(0, triggers=list(triggers), quantities=list(quantities))

    return make


# ------------------------------------------------------------------------- the item


def test_the_item_read_from_the_object_wins_over_the_mode(knowledge, sentence):
    doc = read(sentence([trigger("AID", "weapons", ("oil",))]), knowledge=knowledge)
    assert [e.item for e in doc.events] == ["oil"]


def test_only_events_that_move_things_have_an_item(knowledge, sentence):
    # A meeting or a denial names troops in its phrases: it moves none.
    doc = read(
        sentence([trigger("CONSULT", "meeting", ("troops",)),
                  trigger("REJECT", "denial", ("troops",), target=None)]),
        knowledge=knowledge,
    )  # fmt: skip
    assert len(doc.events) == 2 and all(e.item is None for e in doc.events)


def test_with_nothing_named_a_mode_that_is_an_item_is_the_item(knowledge, sentence):
    doc = read(sentence([trigger("AID", "troops")], [count("shells", 5000)]), knowledge=knowledge)
    assert doc.events[0].item == "troops"  # a dispatch moves troops, whatever else is counted


def test_with_nothing_named_a_count_of_the_sentence_says_what_moves(knowledge, sentence):
    doc = read(
        sentence([trigger("AID", "transport")], [count("containers", 9000)]), knowledge=knowledge
    )
    assert doc.events[0].item == "containers"


def test_a_count_another_event_moves_is_not_taken_again(knowledge, sentence):
    # The shells are the shipment's; the support names nothing and guesses nothing.
    doc = read(
        sentence([trigger("AID", None), trigger("AID", "transport", ("shells",), at=3)],
                 [count("shells", 5000)]),
        knowledge=knowledge,
    )  # fmt: skip
    assert sorted(str(e.item) for e in doc.events) == ["None", "shells"]


def test_a_supply_that_names_nothing_is_guessed_to_move_weapons(knowledge, sentence):
    doc = read(sentence([trigger("AID", "weapons")]), knowledge=knowledge)
    assert doc.events[0].item == "weapons"


def test_items_named_together_are_the_one_that_takes_them_in(knowledge, sentence):
    doc = read(
        sentence([trigger("AID", "troops", ("engineers", "workers")),
                  trigger("AID", "weapons", ("shells", "missiles"), target="BLR", at=3)]),
        knowledge=knowledge,
    )  # fmt: skip
    assert [e.item for e in doc.events] == ["troops", "weapons"]


def test_the_object_an_aid_is_aimed_at_is_no_cargo(knowledge, sentence):
    # Supported the Russian army: the language read troops in the object, which is whom
    # the support is for.
    supported = trigger("AID", None, ("troops",), target=None, objects=("russian-armed-forces",))
    doc = read(sentence([supported]), knowledge=knowledge)
    assert [(e.target, e.item) for e in doc.events] == [("russian-armed-forces", None)]


def test_two_items_sent_by_one_sentence_are_two_events(knowledge, sentence):
    doc = read(
        sentence([trigger("AID", "weapons", ("shells",)),
                  trigger("AID", "weapons", ("missiles",), at=3)]),
        knowledge=knowledge,
    )  # fmt: skip
    assert sorted(str(e.item) for e in doc.events) == ["missiles", "shells"]


# -------------------------------------------------------------- the event of a count


def test_a_count_quantifies_the_event_that_moves_what_it_counts(knowledge, sentence):
    doc = read(
        sentence([trigger("AID", "troops"), trigger("AID", "weapons", ("shells",), at=3)],
                 [count("shells", 5000), count("troops", 10000)]),
        knowledge=knowledge,
    )  # fmt: skip
    by_item = {e.item: e for e in doc.events}
    shells, troops = doc.figures
    assert shells.event is by_item["shells"] and troops.event is by_item["troops"]


def test_a_count_of_workers_quantifies_their_dispatch_first(knowledge, sentence):
    doc = read(
        sentence([trigger("AID", "troops"), trigger("AID", "troops", ("workers",), at=3)],
                 [count("troops", 3000, measure="workers")]),
        knowledge=knowledge,
    )  # fmt: skip
    [figure] = doc.figures
    assert figure.event is not None and figure.event.item == "workers"


def test_a_count_quantifies_an_event_told_with_its_modality(knowledge, sentence):
    # 3,000 are there; 12,000 more are to be sent: the planned dispatch is the 12,000's.
    doc = read(
        sentence([trigger("AID", "troops", status="planned")],
                 [count("troops", 3000), count("troops", 12000, status="planned")]),
        knowledge=knowledge,
    )  # fmt: skip
    present, planned = doc.figures
    assert present.event is None and planned.event is doc.events[0]


def test_a_count_told_otherwise_than_its_only_event_still_quantifies_it(knowledge, sentence):
    # 6,000 sappers, whose dispatch was decided: the count is told as fact, the dispatch
    # as planned.
    doc = read(
        sentence([trigger("AID", "troops", status="planned")], [count("troops", 6000)]),
        knowledge=knowledge,
    )
    assert doc.figures[0].event is doc.events[0]


def test_casualties_quantify_the_combat_they_are_evidence_of(knowledge, sentence):
    doc = read(sentence([], [count("casualties", 3000)]), knowledge=knowledge)
    [combat] = doc.events
    assert (combat.type, combat.target) == ("ASSAULT", "PRK")
    assert doc.figures[0].event is combat


def test_a_count_of_what_no_event_moves_quantifies_none(knowledge, sentence):
    doc = read(
        sentence([trigger("CONSULT", "meeting")], [count("troops", 10000)]), knowledge=knowledge
    )
    assert doc.figures[0].event is None


# -------------------------------------------------------------------------- the treaty


def test_a_ratification_names_the_treaty_its_phrases_name(knowledge, sentence):
    ratified = trigger("AGREE", "ratify", actor="RUS", target="PRK", objects=(TREATY,))
    doc = read(sentence([ratified]), knowledge=knowledge)
    assert doc.events[0].treaty == TREATY


def test_a_ratification_naming_none_is_of_the_treaty_named_before(knowledge, sentence):
    named = Mention(2, 10, "the treaty", TREATY, "treaty")
    first = sentence([trigger("AGREE", "treaty", actor="RUS", target="PRK")])
    second = sentence([trigger("AGREE", "in_force", actor="RUS", target="PRK")])
    doc = read(first, second, mentions=[named], knowledge=knowledge)
    assert [e.treaty for e in doc.events] == [TREATY, TREATY]


def test_an_agreement_that_is_no_act_on_a_treaty_names_none(knowledge, sentence):
    named = Mention(2, 10, "the treaty", TREATY, "treaty")
    doc = read(sentence([trigger("AGREE", None, objects=(TREATY,))]), mentions=[named],
               knowledge=knowledge)  # fmt: skip
    assert doc.events[0].treaty is None


# ------------------------------------------------------------------------ the data


def test_every_language_names_the_items_categories_lists(knowledge):
    listed = set(knowledge.categories.items.order)
    for code in ("ja", "en", "ko"):
        data = yaml.safe_load((Path(DATA) / "lang" / code / "items.yaml").read_text("utf-8"))
        assert set(data["items"]) == listed, code
        assert all(data["items"][item] for item in listed), code


def test_items_agree_when_one_takes_in_the_other(knowledge):
    items = knowledge.categories.items
    assert items.agree("weapons", "shells") and items.agree("shells", None)
    assert items.agree("troops", "engineers")
    assert not items.agree("shells", "missiles") and not items.agree("oil", "troops")
    assert items.common(["shells", "rockets"]) == "munitions"
    assert items.common(["troops", "shells"]) == "troops"  # none takes both: the list's order
    assert items.of_count("troops", "workers") == "workers"
    assert items.of_count("troops", "killed") == "troops"
