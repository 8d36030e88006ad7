"""English, eighteenth pass (sentences written for the tests): an act in a when-clause
after a date happened then; a capitalised May after a time word is the month, no hedge;
what is sent gives the mode when it has one of its own."""

from __future__ import annotations

import pytest

from tests.conftest import on

_PUBLISHED = "2026-04-14"


def test_an_act_in_a_when_clause_takes_the_date_before_it(english):
    doc = english(
        "Kim Jong Un received Sergei Shoigu. Shoigu last went to Pyongyang on February 9, "
        "when he held a long meeting with Kim.",
        _PUBLISHED,
    )
    (meeting,) = on(doc, "meeting")
    assert meeting.date_start == "2026-02-09", meeting


def test_a_when_clause_with_no_date_before_it_takes_none_of_it(english):
    doc = english(
        "Kim Jong Un received Sergei Shoigu. Shoigu held a long meeting with Kim when he "
        "came to Pyongyang.",
        _PUBLISHED,
    )
    assert all(m.date_start != "2026-02-09" for m in on(doc, "meeting"))


@pytest.mark.parametrize(
    "text",
    [
        "Antony Blinken said in May that Russia delivered oil to North Korea.",
        "Since May, Russia has delivered oil to North Korea, Antony Blinken said.",
    ],
)
def test_the_month_may_is_no_hedge(english, text):
    (delivery,) = on(english(text, _PUBLISHED), "delivered")
    assert delivery.status == "reported", delivery


def test_the_modal_may_is_still_a_hedge(english):
    doc = english("Antony Blinken said that Russia may deliver oil to North Korea.", _PUBLISHED)
    (delivery,) = on(doc, "deliver")
    assert delivery.status == "possible", delivery


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        ("North Korea sent 2,000 laborers to Russia.", "sent", "workers"),
        ("Russia sent technicians to North Korea.", "sent", "experts"),
        ("North Korea sent 3,000 soldiers to Russia.", "sent", "troops"),
    ],
)
def test_what_is_sent_gives_the_mode(english, text, trigger, mode):
    (sent,) = on(english(text, _PUBLISHED), trigger)
    assert sent.mode == mode, sent


@pytest.mark.parametrize(
    "text",
    [
        "North Korea on Thursday admitted, at last, that it had sent soldiers to Russia.",
        "North Korea admitted publicly that it had sent troops to Russia.",
    ],
)
def test_words_between_an_admission_and_its_that_clause(english, text):
    (sent,) = on(english(text, _PUBLISHED), "sent")
    assert (sent.status, sent.source) == ("reported", "PRK"), sent


def test_an_admission_of_a_report_is_no_that_clause_of_its_own(english):
    doc = english("Russia acknowledged the report that North Korea had sent troops.", _PUBLISHED)
    (sent,) = on(doc, "sent")
    assert sent.source != "RUS", sent


def test_a_treaty_between_two_states_takes_effect_between_them(english):
    doc = english(
        "The defence pact between Russia and North Korea has taken effect, the Russian "
        "foreign ministry said on Thursday.",
        _PUBLISHED,
    )
    (in_force,) = on(doc, "taken effect")
    assert {in_force.actor, in_force.target} == {"RUS", "PRK"}, in_force


@pytest.mark.parametrize(
    "text",
    [
        "The defence pact between Russia and North Korea, which Vladimir Putin and Kim Jong Un "
        "signed in March, took effect on Thursday, state media said.",
        "The defence pact between Russia and North Korea signed in March took effect, the "
        "Russian foreign ministry said.",
    ],
)
def test_the_signing_date_is_not_the_date_it_takes_effect(english, text):
    (in_force,) = on(english(text, _PUBLISHED), "took effect")
    assert not (in_force.date_start or "").startswith("2026-03"), in_force


def test_a_capital_that_tells_speaks_for_its_state(english):
    doc = english(
        "North Korea shipped more rockets to Russia, officials in Seoul said.", _PUBLISHED
    )
    assert on(doc, "shipped")[0].source == "KOR"
