"""Japanese: which clause a date belongs to when an act is joined to another (sentences
written for the tests). A date in a clause that comes after the event word, past a
clause joined by a verb's continuative form, is that clause's; a date in a clause that
describes the occasion (…を行った際に) is the act's done at it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮はロシアに兵士を派遣し、12月には計1万人に達する見通しだ。",
        "北朝鮮はロシアに兵士を派遣し、ロシアは12月に受け入れを終えた。",
    ],
)
def test_a_date_in_a_later_clause_is_not_the_acts(facts, text):
    doc = facts(text, "2026-10-23")
    sent = [e for e in doc.events if e.trigger == "派遣"]
    assert sent and all(e.date_basis != "text" for e in sent), sent


def test_a_date_after_the_act_in_its_own_clause_still_dates_it(facts):
    doc = facts("北朝鮮がロシアに兵士を派遣したのは10月だった。", "2026-10-23")
    sent = [e for e in doc.events if e.trigger == "派遣"]
    assert [e for e in sent if e.date_start == "2026-10"], sent


@pytest.mark.parametrize(
    "text",
    [
        "条約は、ロシアの大統領が6月に平壌を訪れ、金総書記と会談した際に署名された。",
        "ロシアと北朝鮮は、両国の首脳が6月に平壌で会った時に条約に署名した。",
    ],
)
def test_an_act_done_at_an_occasion_takes_its_date(facts, text):
    doc = facts(text, "2026-11-15")
    signed = [e for e in doc.events if e.trigger.startswith("署名")]
    assert signed and all(e.date_start == "2026-06" for e in signed), doc.events


def test_in_force_from_the_day_the_clause_describes(facts):
    doc = facts(
        "ロシアと北朝鮮の包括的戦略パートナーシップ条約は、批准書が交換された2026年3月2日から"
        "発効した。",
        "2026-03-05",
    )
    in_force = [e for e in doc.events if e.mode == "in_force" and e.trigger == "発効"]
    assert in_force and in_force[0].date_start == "2026-03-02", doc.events


def test_instruments_exchanged_in_the_passive_bring_the_treaty_into_force(facts):
    doc = facts(
        "ロシアと北朝鮮の包括的戦略パートナーシップ条約の批准書がモスクワで交換された。",
        "2026-03-05",
    )
    assert [e for e in doc.events if e.mode == "in_force"], doc.events
