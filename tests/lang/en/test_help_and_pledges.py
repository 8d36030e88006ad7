"""English: what a transfer is meant to help the receiver do is no act of the receiver's
(to help it deploy satellites: the one helped is told by a pronoun), and a pledge to
provide aid to one another is what a pact commits both sides to, no transfer either way.
Both once made a ledger row run against the sentence (articles written for the tests)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Tokyo said Moscow had given Pyongyang rocket technology to help it "
        "deploy a second reconnaissance satellite.",
        "Russia supplied North Korea with engine technology last winter to help it deploy "
        "spy satellites, the Pentagon said.",
        "Moscow has provided the North with guidance technology to help it launch new "
        "observation satellites, Seoul's defence ministry said.",
    ],
)
def test_what_the_help_is_for_is_no_act_of_the_one_helped(english, text):
    doc = english(text, published="2026-03-14")
    given = [e for e in doc.events if e.type == "AID" and e.actor == "RUS"]
    assert given and all(e.target == "PRK" for e in given), doc.events
    assert not [e for e in doc.events if e.actor == "PRK"], doc.events


@pytest.mark.parametrize(
    "text",
    [
        "Under the pact the two states pledged to provide aid to one another if either is invaded.",
        "The agreement obliges each side to give military assistance to each other in war.",
    ],
)
def test_a_pledge_to_aid_one_another_is_no_transfer(english, text):
    doc = english(text, published="2026-03-14")
    assert not [e for e in doc.events if e.type == "AID"], doc.events


def test_a_one_way_promise_of_aid_is_still_read(english):
    doc = english(
        "Russia will provide military aid to North Korea, its defence minister said on Tuesday.",
        published="2026-03-14",
    )
    assert [e for e in doc.events if e.type == "AID" and (e.actor, e.target) == ("RUS", "PRK")]
