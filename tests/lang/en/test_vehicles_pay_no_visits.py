"""English: a ship, train or plane that visits a port or arrives in a country pays no
visit (no one meets anyone); a minister arriving by plane still visits (sixteenth pass;
sentences written for the tests)."""

from __future__ import annotations

import pytest

from tests.conftest import states


@pytest.mark.parametrize(
    "text",
    [
        "Two Russian freighters visited the North Korean port of Najin twice in May.",
        "A North Korean cargo train arrived in Russia late on Sunday.",
    ],
)
def test_a_vehicle_pays_no_visit(english, text):
    doc = english(text, "2026-06-10")
    assert not [e for e in doc.events if e.mode == "visit"], doc.events


def test_a_minister_arriving_by_plane_visits(english):
    doc = english(
        "Russia's defence minister arrived in Pyongyang by plane on Monday.", "2026-06-10"
    )
    visits = [e for e in doc.events if e.mode == "visit"]
    assert visits and states(visits[0]) == ("RUS", "PRK"), doc.events
