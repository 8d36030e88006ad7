"""English: which act a date belongs to, and when an act has no date of the report's
month (sixteenth pass; sentences written for the tests).

- The day of a saying that is the act itself dates it (the ministry on Tuesday accused…);
  the day before the preposition that ties a gerund to it is the saying's, not the
  gerund's (accused Moscow on Tuesday of shipping…); a report's day of release dates no act.
- An act told with a word that places it before the report (had previously sent, has
  long denied) takes no report's month.
- An act named in a phrase of the occasion of a dated act happened then too (concluded
  on 3 March, during the minister's visit).
- An infinitive after a noun of what one can or must do (the skills to fight) is no act.
"""

from __future__ import annotations

import pytest

from tests.conftest import on, states


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ukraine's foreign ministry on Tuesday accused Pyongyang of arming Moscow.", "2026-03-03"),
        (
            "Seoul's defence ministry accused North Korea on Thursday of sending more troops to Russia.",
            "2026-03-05",
        ),
        ("Moscow on Monday denied that it had bought ammunition from Pyongyang.", "2026-03-02"),
    ],
)
def test_the_day_of_a_saying_dates_the_saying(english, text, day):
    doc = english(text, "2026-03-06")
    said = [e for e in doc.events if e.type in ("ACCUSE", "REJECT")]
    assert said and said[0].date_start == day, doc.events


def test_the_day_before_a_gerund_is_the_saying_s(english):
    doc = english(
        "Seoul's defence ministry accused North Korea on Thursday of sending more troops to Russia.",
        "2026-03-06",
    )
    (sent,) = on(doc, "sending")
    assert sent.date_start != "2026-03-05", sent


def test_a_release_day_dates_no_act(english):
    doc = english(
        "North Korea shipped some 9,000 containers of munitions to Russia to sustain its war, "
        "according to a study by a research group released Wednesday.",
        "2026-03-06",
    )
    (shipped,) = on(doc, "shipped")
    assert shipped.date_start != "2026-03-04", shipped
    assert not [e for e in doc.events if e.type == "SUPPORT"], doc.events


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Pyongyang has previously denied selling weapons to Moscow.", "denied"),
        (
            "According to the ministry, North Korea had earlier transferred about 5,000 containers to Russia.",
            "transferred",
        ),
        ("Washington has repeatedly accused Moscow of buying shells from Pyongyang.", "accused"),
    ],
)
def test_an_act_before_the_report_takes_no_report_month(english, text, trigger):
    doc = english(text, "2026-03-06")
    (act,) = on(doc, trigger)
    assert act.date_start is None, act


def test_an_act_already_done_is_as_of_the_report(english):
    doc = english("North Korea has already sent some 2,000 more soldiers to Russia.", "2026-03-06")
    (sent,) = on(doc, "sent")
    assert sent.date_start == "2026-03" and sent.date_basis == "published", sent


def test_an_occasion_shares_the_date_of_the_act_it_frames(english):
    doc = english(
        "The Comprehensive Strategic Partnership Treaty was concluded on March 3, 2026, during "
        "Vladimir Putin's visit to Pyongyang.",
        "2026-03-06",
    )
    (visit,) = on(doc, "visit")
    assert visit.date_start == "2026-03-03", visit


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say North Korean units lack the skills to fight drones in open fields.",
        "Pyongyang sees the need to strengthen its air defences against Ukrainian drones.",
    ],
)
def test_what_one_can_or_must_do_is_no_act(english, text):
    doc = english(text, "2026-03-06")
    assert not doc.events, doc.events


def test_a_planned_act_stays_planned(english):
    doc = english("North Korea plans to send more engineers to Russia.", "2026-03-06")
    (send,) = on(doc, "send")
    assert send.status == "planned" and states(send) == ("PRK", "RUS"), send
