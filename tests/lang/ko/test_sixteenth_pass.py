"""Korean, sixteenth pass (sentences written for the tests):
- an event phrase with the day told inside it (비준서를 5일 교환했다) is still the phrase;
- a clause of purpose before an act the sentence tells (…을 지원하기 위해 …을 보냈다) is that
  act's aim, no act of its own; told alone it stays a plan;
- a page with no date of its own is no older than the newest full date it writes
  (2026년 3월 5일), so a bare day the text also writes in full takes that month.
"""

from __future__ import annotations

import pytest

from tests.conftest import on, states


def test_a_day_inside_an_event_phrase(korean):
    doc = korean("북한과 러시아는 새 조약의 비준서를 5일 교환했다.", "2026-03-06")
    (exchanged,) = on(doc, "비준서를 교환")
    assert exchanged.mode == "in_force" and exchanged.date_start == "2026-03-05", exchanged


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("북한이 러시아의 전쟁을 지원하기 위해 포탄을 보냈다.", "보냈"),
        ("러시아는 북한의 위성 개발을 돕기 위해 기술진을 보냈다.", "보냈"),
    ],
)
def test_an_aim_is_no_act_of_its_own(korean, text, kept):
    doc = korean(text, "2026-03-06")
    assert [e.trigger for e in doc.events] == [kept], doc.events


def test_an_aim_told_alone_stays_a_plan(korean):
    doc = korean("북한은 러시아를 지원하기 위해 준비 중이다.", "2026-03-06")
    (aid,) = on(doc, "지원")
    assert aid.status == "planned" and states(aid) == ("PRK", "RUS"), aid


def test_a_bare_day_on_an_undated_page_takes_the_month_written_in_full(korean):
    doc = korean(
        "북한과 러시아의 포괄적 전략적 동반자 관계 조약이 5일자로 효력이 발생했다.\n"
        "통신은 조약이 2026년 3월 5일부터 효력을 발생했다고 전했다.",
        None,
    )
    (in_force, *_) = on(doc, "효력")
    assert in_force.date_start == "2026-03-05", in_force


def test_a_stance_that_something_is_possible(korean):
    doc = korean("한국 정부는 우크라이나에 무기 지원까지 가능하다는 뜻을 내비쳤다.", "2026-03-06")
    (aid,) = on(doc, "지원")
    assert aid.status == "possible", aid


def test_the_level_of_a_relation_is_no_act(korean):
    doc = korean("정부는 북러 군사협력 수준에 따라 대응하겠다고 밝혔다.", "2026-03-06")
    assert not [e for e in doc.events if e.type == "COOPERATE"], doc.events


def test_what_is_spoken_of_is_not_who_speaks(korean):
    doc = korean(
        "신원식 국방부 장관은 5일 북한이 러시아에 포탄을 보냈다고 밝혔다.\n"
        '러시아가 북한에 넘기는 기술에 대해서는 "북한은 항공기 기술을 러시아에 요구하고 있다"고 전했다.',
        "2026-03-06",
    )
    (asked,) = on(doc, "요구")
    assert asked.source == "shin-won-sik", asked


def test_an_outlet_named_with_its_country_is_the_outlet(korean):
    doc = korean(
        "RBC우크라이나는 드론 공격으로 북한군 병사 150여 명이 사망했다고 전했다.",
        "2026-03-06",
    )
    losses = [e for e in doc.events if e.type == "ASSAULT"]
    assert losses and losses[0].source == "rbc-ukraine", doc.events
