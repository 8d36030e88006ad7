"""Events from English news: who acts on whom, read from word order and prepositions.

Every sentence here was written for these tests and runs through the whole pipeline.
"""

from __future__ import annotations

import pytest
from conftest import one

PUBLISHED = "2024-11-20"


@pytest.mark.parametrize(
    ("text", "type_", "actor", "target"),
    [
        # subject before the verb, "to" names the target
        ("North Korea has sent thousands of soldiers to Russia.", "AID", "PRK", "RUS"),
        # the verb's bare object is whom it is aimed at
        ("Pyongyang is helping Moscow in its war.", "AID", "PRK", "RUS"),
        ("The foreign minister of South Korea condemned Russia on Monday.", "ACCUSE", "KOR", "RUS"),
        # "with" names the other party of a meeting; a person acts for himself
        (
            "Vladimir Putin met Kim Jong Un in the Far East.",
            "CONSULT",
            "vladimir-putin",
            "kim-jong-un",
        ),
        ("Sergei Shoigu held talks with Kim Jong Un.", "CONSULT", "sergei-shoigu", "kim-jong-un"),
        # a visit's "to" and an arrival's "in" name whom it visits
        ("Andrei Belousov arrived in North Korea for talks.", "CONSULT", "andrei-belousov", "PRK"),
        # passive: "by" names who acts, what was sent came first
        ("Artillery shells were shipped to Russia by North Korea.", "AID", "PRK", "RUS"),
        # a possessive owns an event noun
        ("Russia's veto ended the mandate of the monitors.", "REJECT", "RUS", "UNSC"),
        # a relative clause is about the name before it
        (
            "Lavrov, who is on a visit to Pyongyang, praised the ties.",
            "CONSULT",
            "sergei-lavrov",
            "PRK",
        ),
        # a pronoun opening the clause stands for the state named before it
        ("North Korea said it would continue to help Russia.", "AID", "PRK", "RUS"),
    ],
)
def test_roles_come_from_position_and_prepositions(english, text, type_, actor, target):
    event = one(english(text), type_)
    assert (event.actor, event.target) == (actor, target)


def test_what_is_sent_decides_the_mode_of_a_sending(english):
    assert one(english("North Korea sent troops to Russia."), "AID").mode == "troops"
    assert one(english("North Korea sent artillery shells to Russia."), "AID").mode == "weapons"


def test_a_parenthesis_does_not_hide_the_subject(english):
    doc = english(
        "The Treaty on Comprehensive Strategic Partnership was signed in June. "
        "Russia's State Duma (the lower house of parliament) ratified the treaty on Thursday."
    )
    ratified = [e for e in doc.events if e.mode == "ratify"]
    assert ratified and ratified[0].actor == "state-duma"
    assert ratified[0].target == "PRK"  # the treaty's other party
    assert ratified[0].date_start == "2024-11-14"


def test_a_participle_describing_a_name_is_no_event(english):
    doc = english("A banner hailed the fighting Russian army and its people.")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_word_of_a_name_is_no_event(english):
    doc = english("The State Duma approved the budget on Monday.")
    assert doc.events == []


def test_a_noun_that_needs_a_verb_is_no_event_alone(english):
    doc = english("Experts monitoring international sanctions on North Korea met in Vienna.")
    assert not [e for e in doc.events if e.type == "SANCTION"]
    doc = english("Washington imposed new sanctions on North Korea on Friday.")
    assert one(doc, "SANCTION").target == "PRK"


def test_a_reaction_answers_the_act_told_before_it_across_a_paragraph(english):
    doc = english(
        "Russia blocked the renewal of the UN monitoring panel on Thursday.\n\n"
        "The move drew criticism, including by South Korea's foreign ministry."
    )
    accuse = one(doc, "ACCUSE")
    assert (accuse.actor, accuse.target) == ("rok-ministry-of-foreign-affairs", "RUS")


def test_a_page_that_lost_its_spaces_still_splits_into_sentences(english):
    doc = english("Troops left Pyongyang.A ministry official confirmed it on Monday.")
    assert len(doc.sentences) == 2
