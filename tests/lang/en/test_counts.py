"""Numbers that count nothing, and counts told after a verb of amounting (sentences
written for the tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-11-20"


@pytest.mark.parametrize(
    "text",
    [
        "North Korea gave Russia a batch of KN-24 missiles last spring.",
        "North Korea gave Russia several 170mm guns and Hwasong-11 missiles.",
    ],
)
def test_a_designation_is_no_count(english, text):
    assert not [f for f in english(text).figures if f.value in (24, 170, 11)]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("North Korean casualties in Russia have reached 4,100, Kyiv said.", "casualties", 4100),
        ("North Korean troops in Russia now number about 12,500.", "troops", 12500),
        ("North Korea's losses in Russia rose to 2,300 in March.", "casualties", 2300),
        ("North Korean troops in Russia are estimated at 13,000.", "troops", 13000),
    ],
)
def test_a_count_after_a_verb_of_amounting_counts_its_subject(english, text, kind, value):
    figures = [f for f in english(text).figures if f.value == value]
    assert figures and figures[0].kind == kind


def test_people_left_unnamed_are_counted_by_what_befell_them(english):
    doc = english(
        "North Korea sent 9,000 soldiers to Russia, of whom 2,100 were killed or wounded."
    )
    hurt = [f for f in doc.figures if f.value == 2100]
    assert hurt and (hurt[0].kind, hurt[0].measure) == ("casualties", "casualties")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Russia paid North Korea 7 billion dollars for arms.", 7e9, "USD"),
        ("North Korea earned about 14 trillion won from Russia.", 14e12, "KRW"),
    ],
)
def test_a_currency_written_after_the_number(english, text, value, unit):
    money = [f for f in english(text).figures if f.kind == "money"]
    assert money and (money[0].value, money[0].unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Some 2,400 North Koreans were moved to Russia last winter.", "troops", 2400),
        ("Roughly 900 North Koreans have been killed or wounded in Russia.", "casualties", 900),
        ("North Korea has sent a 6,000-strong force to Russia.", "troops", 6000),
        ("North Korea has sent 2.5m artillery shells to Russia.", "shells", 2.5e6),
    ],
)
def test_people_of_a_state_and_joined_counts(english, text, kind, value):
    figures = [f for f in english(text).figures if f.value == value]
    assert figures and figures[0].kind == kind
    assert figures[0].subject == "PRK"


@pytest.mark.parametrize(
    "text",
    [
        "North Korea has sent an estimated 7,500 soldiers to Russia.",
        "North Korea has sent 7,500 soldiers to Russia, according to Ukrainian estimates.",
    ],
)
def test_a_count_given_as_an_estimate(english, text):
    figures = [f for f in english(text).figures if f.value == 7500]
    assert figures and figures[0].status == "estimated"
