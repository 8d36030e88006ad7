"""English counted numbers: the number as written, its qualifier and what it counts."""

from __future__ import annotations

import pytest

from kansoku.model import Document, Figure


def figure(doc: Document) -> Figure:
    assert doc.figures, f"no figure in {doc.text!r}"
    return doc.figures[0]


@pytest.mark.parametrize(
    ("text", "kind", "value", "value_max", "qualifier"),
    [
        ("North Korea sent 13,000 troops to Russia.", "troops", 13000, None, "exact"),
        ("North Korea sent some 10,000 soldiers to Russia.", "troops", 10000, None, "about"),
        (
            "North Korea sent more than one-thousand containers to Russia.",
            "containers",
            1000,
            None,
            "at_least",
        ),
        (
            "North Korea sent between 10,000 and 12,000 troops to Russia.",
            "troops",
            10000,
            12000,
            "exact",
        ),
        ("North Korea sent 10,000-12,000 troops to Russia.", "troops", 10000, 12000, "exact"),
        (
            "North Korea sent as many as 1.5 million artillery shells to Russia.",
            "shells",
            1500000,
            None,
            "up_to",
        ),
        (
            "North Korea sent hundreds of thousands of rounds of artillery shells to Russia.",
            "shells",
            100000,
            None,
            "several",
        ),
        ("Russia shipped 1 million barrels of oil to North Korea.", "oil", 1000000, None, "exact"),
        ("Russia paid North Korea $3 billion for the shells.", "money", 3000000000, None, "exact"),
        (
            "North Korea sent five thousand military builders to Russia.",
            "troops",
            5000,
            None,
            "exact",
        ),
    ],
)
def test_numbers_and_what_they_count(english, text, kind, value, value_max, qualifier):
    found = figure(english(text))
    assert (found.kind, found.value, found.value_max, found.qualifier) == (
        kind,
        value,
        value_max,
        qualifier,
    )


def test_units_come_from_the_counter(english):
    assert figure(english("Russia shipped 74,000 tons of oil to North Korea.")).unit == "tonnes"
    assert (
        figure(english("Russia shipped 1 million barrels of oil to North Korea.")).unit == "barrels"
    )
    assert figure(english("Russia paid North Korea $3 billion.")).unit == "USD"


@pytest.mark.parametrize(
    ("text", "kind", "measure"),
    [
        (
            "About 3,000 North Korean soldiers have been killed or wounded in Kursk.",
            "casualties",
            "casualties",
        ),
        ("Ukraine killed 300 North Korean soldiers in Kursk.", "casualties", "killed"),
        ("North Korea has lost 1,200 troops in Kursk.", "casualties", "casualties"),
        ("Some 2,700 North Korean soldiers were wounded in Kursk.", "casualties", "wounded"),
    ],
)
def test_what_happened_to_counted_people_makes_them_losses(english, text, kind, measure):
    found = figure(english(text))
    assert (found.kind, found.measure) == (kind, measure)


def test_a_number_without_a_counted_noun_is_no_figure(english):
    doc = english("Any such deal would violate Resolution 1874, adopted in 2009.")
    assert doc.figures == []


def test_a_cap_is_no_count(english):
    doc = english("The resolution sets a cap of 500,000 barrels of oil for North Korea.")
    assert doc.figures == []


def test_a_receiver_s_count_is_not_the_receiver_s(english):
    doc = english("North Korea received 1 million barrels of oil from Russia last year.")
    assert doc.figures[0].subject != "PRK"
