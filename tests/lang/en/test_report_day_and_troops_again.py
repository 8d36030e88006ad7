"""English, seventeenth pass (sentences written for the tests):

- An act told in the present tense is going on at the report's time: the report's day is
  its (is visiting; a headline's "arrives").
- A wire's dateline day dates the news its lead tells, on the lead's line or split off as
  a sentence of its own (MOSCOW, March 4. /TASS/. …).
- A sentence that opens by naming a treaty and then a verb of its own (The pact was signed
  in June) tells another act: its date is not the act's before it.
- A bill or a decree "on" an act enacts it (approved a bill on the ratification).
- Troops named again as a subject (the soldiers, some of these units) are the troops the
  sentences before moved: their owner does the act.
"""

from __future__ import annotations

import pytest

from tests.conftest import on, state_of, states

_PUBLISHED = "2026-03-06"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Russia's defence minister arrives in Pyongyang for talks", "arrives"),
        ("Russia's defence minister is visiting Pyongyang, state media said.", "visiting"),
        ("Pyongyang sends more soldiers to Russia, Seoul says", "sends"),
    ],
)
def test_an_act_told_in_the_present_takes_the_report_day(english, text, trigger):
    doc = english(text, _PUBLISHED)
    (act,) = on(doc, trigger)
    assert act.date_start == _PUBLISHED and act.date_basis == "published", act


def test_a_plural_noun_is_no_present_tense(english):
    doc = english("Putin's visits to Pyongyang have been rare.", _PUBLISHED)
    assert all(e.date_start != _PUBLISHED for e in doc.events), doc.events


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL, March 4 (Reuters) - Pyongyang has shipped more rockets to Russia, Seoul said.",
        "MOSCOW, March 4. /TASS/. Russia's upper house has approved the ratification of the"
        " defence pact with Pyongyang.",
    ],
)
def test_a_dateline_day_dates_the_lead(english, text):
    doc = english(text, _PUBLISHED)
    assert doc.events and doc.events[0].date_start == "2026-03-04", doc.events


def test_a_dateline_day_does_not_date_what_is_planned(english):
    doc = english(
        "SEOUL, March 4 (Reuters) - Pyongyang will ship more rockets to Russia.", _PUBLISHED
    )
    (ship,) = on(doc, "ship")
    assert ship.date_start is None, ship


def test_a_treaty_named_again_with_a_verb_of_its_own_is_another_act(english):
    doc = english(
        "Russia's upper house has approved the ratification of the defence pact with"
        " Pyongyang. The pact was signed in June 2025.",
        _PUBLISHED,
    )
    ratified = [e for e in doc.events if e.mode == "ratify"]
    assert ratified and ratified[0].date_start == "2026-03", ratified


def test_a_meeting_named_again_takes_the_date_it_is_given(english):
    doc = english(
        "Russia's defence minister met North Korea's leader Kim Jong Un. The talks were held"
        " in Pyongyang on Wednesday.",
        _PUBLISHED,
    )
    (met,) = on(doc, "met")
    assert met.date_start == "2026-03-04", met


@pytest.mark.parametrize(
    "text",
    [
        "Russia's upper house has approved a bill on the ratification of the pact with Pyongyang.",
        "The State Duma passed a law on the ratification of the defence pact with Pyongyang.",
    ],
)
def test_a_bill_on_an_act_enacts_it(english, text):
    doc = english(text, _PUBLISHED)
    assert any(e.mode == "ratify" for e in doc.events), doc.events


def test_a_topic_after_a_preposition_is_still_no_act(english):
    doc = english("The envoys held talks on the ratification.", _PUBLISHED)
    assert not [e for e in doc.events if e.mode == "ratify"], doc.events


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Pyongyang has deployed 9,000 soldiers to Kursk. Some of these units have already"
            " taken part in the fighting, officials in Kyiv said.",
            "fighting",
        ),
        (
            "Pyongyang has deployed 9,000 soldiers to Kursk. The soldiers fought Ukrainian"
            " forces near the border.",
            "fought",
        ),
        (
            "About 9,000 North Korean soldiers were deployed to Kursk. Most of those troops"
            " participated in battles.",
            "battles",
        ),
    ],
)
def test_troops_named_again_act_for_their_owner(english, text, trigger):
    doc = english(text, _PUBLISHED)
    (act,) = on(doc, trigger)
    assert states(act) == ("PRK", "UKR"), act


def test_troops_named_with_their_owner_keep_it(english):
    doc = english(
        "Pyongyang has deployed 9,000 soldiers to Kursk. Ukrainian soldiers fought them near"
        " the border.",
        _PUBLISHED,
    )
    fought = on(doc, "fought")
    assert all(states(e)[0] != "PRK" for e in fought), fought


def test_the_press_relaying_a_named_speaker_is_not_the_source(english):
    doc = english(
        "As reported by local media, Seoul's spy agency told lawmakers on Tuesday that"
        " Pyongyang had shipped more rockets to Russia.",
        _PUBLISHED,
    )
    (shipped,) = on(doc, "shipped")
    assert shipped.source == "national-intelligence-service", shipped


def test_the_press_alone_is_still_the_source(english):
    doc = english(
        "As reported by local media, Pyongyang shipped more rockets to Russia.", _PUBLISHED
    )
    (shipped,) = on(doc, "shipped")
    assert shipped.source == "media", shipped


def test_a_gerund_after_a_verb_of_saying_is_the_speaker_s_act(english):
    doc = english("Moscow reported supplying 4,000 barrels of diesel to Pyongyang.", _PUBLISHED)
    (supplied,) = on(doc, "supplying")
    assert states(supplied) == ("RUS", "PRK") and supplied.status == "reported", supplied


def test_an_admission_is_an_act_and_credits_what_it_admits(english):
    doc = english("Pyongyang admitted that it had sent soldiers to Russia.", _PUBLISHED)
    (admitted,) = on(doc, "admitted")
    (sent,) = on(doc, "sent")
    assert admitted.type == "CONCEDE", admitted
    assert state_of(sent.source) == "PRK" and sent.status == "reported", sent


@pytest.mark.parametrize(
    "text",
    [
        "Talks were held in Vladivostok between Russia and North Korea.",
        "Meetings were held in Moscow between Russian and North Korean diplomats.",
    ],
)
def test_talks_held_between_two_sides(english, text):
    doc = english(text, _PUBLISHED)
    consulted = [e for e in doc.events if e.type == "CONSULT"]
    assert consulted and {consulted[0].actor, consulted[0].target} == {"RUS", "PRK"}, doc.events
