"""What a Korean event word moves: the item its 을/를-object names (포탄을 보냈다 →
shells), read from Kiwi's morphemes. Every sentence was written for these tests and runs
through the whole pipeline."""

from __future__ import annotations

import pytest
from conftest import one


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("북한은 지난달 러시아에 포탄을 보냈다.", "shells"),
        ("북한은 러시아에 병력 8000명을 파병했다.", "troops"),
        ("러시아는 북한에 정제유 50만 배럴을 제공했다.", "oil"),
        # the head of the phrase, not its modifier
        ("러시아는 북한에 미사일 기술을 이전했다.", "technology"),
        # a bare noun before the event noun
        ("북한, 러시아에 포탄 공급", "shells"),
    ],
)
def test_the_object_names_what_moves(facts, text, item):
    assert one(facts(text, language="ko"), "AID").item == item


def test_conjuncts_joined_by_gwa_are_one_item(facts):
    doc = facts("북한은 러시아에 포탄과 로켓탄을 보냈다.", language="ko")
    assert one(doc, "AID").item == "munitions"


def test_a_meeting_moves_nothing(facts):
    doc = facts("푸틴 대통령은 김정은 국무위원장과 회담했다.", language="ko")
    assert one(doc, "CONSULT").item is None
