"""What an English event word moves: the item its clause names after it, or before it in
the passive. Every sentence was written for these tests and runs through the whole
pipeline."""

from __future__ import annotations

import pytest
from conftest import one


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("North Korea sent artillery shells to Russia in August.", "shells"),
        ("North Korea has dispatched about 8,000 troops to Russia.", "troops"),
        # "with" and "of" phrases after the verb
        ("Russia supplied North Korea with more than a million barrels of oil.", "oil"),
        ("Russia provided North Korea with air defense systems last year.", "air_defence"),
        # of words that run together the last is the head
        ("Moscow has provided Pyongyang with missile technology.", "technology"),
        # in the passive what is sent comes first
        ("Dozens of ballistic missiles were sent to Russia by North Korea.", "missiles"),
        # an event noun with its item before it
        ("Ammunition deliveries by North Korea to Russia continued in October.", "munitions"),
    ],
)
def test_the_object_names_what_moves(facts, text, item):
    assert one(facts(text, language="en"), "AID").item == item


def test_conjuncts_are_read_as_one_item(facts):
    doc = facts(
        "Pyongyang will send 2,000 sappers and 4,000 military builders to Russia.", language="en"
    )
    assert one(doc, "AID").item == "troops"  # sappers and builders, taken in by troops


def test_a_preposition_ends_the_object(facts):
    # The shells belong to another phrase than the troops sent.
    doc = facts("North Korea sent troops to Russia along with shells.", language="en")
    assert one(doc, "AID").item == "troops"
