"""English, nineteenth pass (sentences written for the tests): a speaker set off from its
verb by a phrase of time (Moscow, on Friday, conceded…), a verb of saying set off from
its that-clause by an aside (conceded, officially, that…), where a transfer
leaves from (crates were moved from X to Y), a pronoun opening a sentence (He
ratified…), and "according to the report" after a sentence that credited a report."""

from __future__ import annotations

import pytest

from tests.conftest import on

_PUBLISHED = "2026-05-20"


@pytest.mark.parametrize(
    "text",
    [
        "Russia, on Friday, admitted that North Korean engineers had been sent to its "
        "territory to clear mines near the border.",
        "Russia, on Friday (May 15) admitted that North Korean engineers had been sent to "
        "its territory to clear mines near the border.",
        "Russia, on Friday, admitted, officially, that North Korean engineers had been "
        "sent to its territory to clear mines near the border.",
    ],
)
def test_a_speaker_set_off_by_a_phrase_of_time_tells_the_that_clause(english, text):
    sent = on(english(text, _PUBLISHED), "sent")[0]
    assert (sent.status, sent.source) == ("reported", "RUS"), sent


def test_a_closing_speaker_after_a_comma_still_closes(english):
    doc = english(
        "North Korean engineers were sent to Russia to clear mines near the border, the "
        "ministry in Seoul said, for the second time this month.",
        _PUBLISHED,
    )
    assert on(doc, "sent")[0].status == "reported"


@pytest.mark.parametrize("verb", ["transferred", "delivered", "sent", "supplied", "exported"])
def test_where_a_transfer_leaves_from_is_who_makes_it(english, verb):
    doc = english(
        f"Some 300 crates of rocket rounds were {verb} from North Korea to Russia over the "
        "spring, officials in Seoul said.",
        _PUBLISHED,
    )
    moved = on(doc, verb)[0]
    assert (moved.actor, moved.target) == ("PRK", "RUS"), moved


def test_troops_sent_from_a_place_are_still_their_states(english):
    doc = english(
        "North Korean troops were sent from Kursk to the Zaporizhzhia region in March, "
        "Ukraine's military intelligence said.",
        _PUBLISHED,
    )
    assert on(doc, "sent")[0].actor == "PRK"


def test_a_pronoun_opening_a_sentence_stands_for_the_person_named_before(english):
    doc = english(
        "Moscow and Pyongyang agreed on the Comprehensive Strategic Partnership Treaty "
        "while Vladimir Putin toured the North Korean capital. He ratified the pact on "
        "November 9.",
        _PUBLISHED,
    )
    ratified = on(doc, "ratified")[0]
    assert (ratified.actor, ratified.date_start) == ("vladimir-putin", "2025-11-09"), ratified


def test_according_to_the_report_credits_who_the_text_said_wrote_it(english):
    doc = english(
        "Pyongyang shipped some 9,000 crates of rocket rounds to Moscow last year, "
        "according to a new study published on Tuesday by the Multilateral Sanctions "
        "Monitoring Team.\n"
        "The team, which South Korea and Japan set up with nine partners, began work when "
        "Russia blocked the old UN panel.\nAround 120 missiles were transferred from "
        "North Korea to Russia in 2025, according to the study.",
        _PUBLISHED,
    )
    moved = on(doc, "transferred")[0]
    assert moved.source == "multilateral-sanctions-monitoring-team", moved


@pytest.mark.parametrize(
    "when",
    [
        "between April and September last year",
        "from April to September 2025",
        "April-September 2025",
    ],
)
def test_two_months_share_the_year_told_after_the_second(english, when):
    doc = english(
        f"Russia shipped North Korea about 400,000 barrels of diesel {when}, the monitors said.",
        _PUBLISHED,
    )
    shipped = on(doc, "shipped")[0]
    assert (shipped.date_start, shipped.date_end) == ("2025-04", "2025-09"), shipped


def test_a_range_across_new_year_starts_in_the_year_before(english):
    doc = english(
        "Russia shipped North Korea about 90,000 barrels of diesel from November to "
        "January 2026, the monitors said.",
        _PUBLISHED,
    )
    shipped = on(doc, "shipped")[0]
    assert (shipped.date_start, shipped.date_end) == ("2025-11", "2026-01"), shipped


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Japan denounced the dispatch of 2,000 more troops by Pyongyang to Russia.", "dispatch"),
        ("Japan condemned North Korea's deployment of engineers to Russia.", "deployment"),
    ],
)
def test_an_act_a_condemnation_is_about_is_the_accusers_claim(english, text, word):
    act = on(english(text, _PUBLISHED), word)[0]
    assert (act.status, act.source) == ("reported", "JPN"), act


def test_an_act_told_after_a_condemnation_in_a_clause_of_its_own_is_not_its(english):
    doc = english(
        "Japan condemned the test, and North Korea shipped more rockets to Russia.", _PUBLISHED
    )
    assert on(doc, "shipped")[0].source is None


@pytest.mark.parametrize(
    ("when", "start"),
    [
        ("over the past two years", "2024-05"),
        ("in the last 15 months", "2025-02"),
        ("during the past year", "2025-05"),
        ("over the past few weeks", "2026-05"),
    ],
)
def test_a_period_up_to_the_day_of_writing_starts_that_long_before(english, when, start):
    doc = english(
        f"North Korea shipped rocket rounds to Russia {when}, officials said.", _PUBLISHED
    )
    assert on(doc, "shipped")[0].date_start == start


def test_a_period_of_several_months_gives_no_start(english):
    doc = english(
        "North Korea shipped rocket rounds to Russia over the past several months, officials said.",
        _PUBLISHED,
    )
    assert on(doc, "shipped")[0].date_basis == "published"  # the page's, no start of its own


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un received Andrei Belousov in Wonsan on May 2, Russian officials said.",
        "Andrei Belousov was received by Kim Jong Un in Wonsan on May 2, Russian officials said.",
    ],
)
def test_a_person_received_is_a_guest_whatever_place_follows(english, text):
    (met,) = on(english(text, _PUBLISHED), "received")
    assert (met.type, met.actor, met.target) == ("CONSULT", "kim-jong-un", "andrei-belousov")


def test_a_letter_received_from_a_person_is_no_meeting(english):
    doc = english("North Korea received a letter from Vladimir Putin on Monday.", _PUBLISHED)
    assert not doc.events
