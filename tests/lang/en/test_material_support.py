"""English: "support" that is help in things (military support, supported Russia with
shells) is aid, not a stance; support for a position stays a stance (sentences written
for the tests)."""

from __future__ import annotations

import pytest

from tests.conftest import states


@pytest.mark.parametrize(
    "text",
    [
        "North Korea has provided military support to Russia since last year, officials said.",
        "Pyongyang supported Moscow with artillery shells and troops, the ministry said.",
        "North Korea's financial support for Russia's war has grown, analysts say.",
    ],
)
def test_help_in_things_is_aid(english, text):
    doc = english(text, "2026-02-10")
    assert [e for e in doc.events if e.type == "AID" and states(e) == ("PRK", "RUS")], doc.events
    assert not [e for e in doc.events if e.type == "SUPPORT"], doc.events


def test_support_for_a_position_is_a_stance(english):
    doc = english(
        "North Korea voiced support for Russia's position on the war in Ukraine.", "2026-02-10"
    )
    assert [e for e in doc.events if e.type == "SUPPORT"], doc.events
    assert not [e for e in doc.events if e.type == "AID"], doc.events
