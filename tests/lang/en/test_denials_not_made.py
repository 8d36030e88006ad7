"""English: a verb of denial that is itself negated (did not deny that…) denies nothing;
what follows it is only possible, on the word of the one who did not deny it (sixteenth
pass; sentences written for the tests)."""

from __future__ import annotations

from tests.conftest import on, states


def test_a_denial_not_made_leaves_a_possibility(english):
    doc = english(
        "The Kremlin did not deny that Russian engineers were working in Pyongyang.", "2026-03-06"
    )
    (working,) = on(doc, "working")
    assert working.status == "possible" and working.source == "kremlin", working


def test_a_denial_made_still_denies(english):
    doc = english("The Kremlin denied that Russia had sent engineers to North Korea.", "2026-03-06")
    (gone,) = [e for e in doc.events if e.type != "REJECT"]
    assert gone.status == "denied" and states(gone) == ("RUS", "PRK"), gone
