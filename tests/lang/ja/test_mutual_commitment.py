"""Japanese: an act the sides are bound to do for each other (相互に支援することで合意,
互いに援助を提供する義務) is what a pact commits both to, no act of one side for the other;
a one-way act, or help told as done between the two, is still read (sentences written for
the tests)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "ロシアと北朝鮮は12日、いずれかが侵攻を受けた場合に相互に支援することで合意した。",
        "新たな協定は、両国が互いに軍事援助を提供する義務を明記している。",
        "両国は、攻撃を受けた際にお互いに支援し合うことで一致した。",
    ],
)
def test_help_bound_for_each_other_is_no_one_way_act(facts, text):
    doc = facts(text, "2026-05-14")
    assert not [e for e in doc.events if e.type == "AID"], doc.events


def test_one_way_help_is_still_read(facts):
    doc = facts("ロシアは12日、北朝鮮に軍事援助を提供することで合意した。", "2026-05-14")
    assert [e for e in doc.events if e.type == "AID" and (e.actor, e.target) == ("RUS", "PRK")]
