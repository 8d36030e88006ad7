"""What a Japanese event word moves: the item its object names (兵士を派遣 → troops),
read from GiNZA's parse. Every sentence was written for these tests and runs through the
whole pipeline."""

from __future__ import annotations

import pytest
from conftest import one


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # the を-object, its head's item (the count after the noun changes nothing)
        ("北朝鮮は昨年、ロシアに兵士約8000人を派遣した。", "troops"),
        ("ロシアは北朝鮮に石油精製品を供給した。", "oil"),
        ("ロシアは北朝鮮に軍事偵察衛星の技術を移転した。", "technology"),
        ("北朝鮮は先月、ロシアにロケット弾を引き渡した。", "rockets"),
        # an event noun's own の-phrase and compound
        ("北朝鮮によるロシアへの砲弾の供与が続いている。", "shells"),
        ("北朝鮮はロシアへの兵士派遣を始めた。", "troops"),
        # in the passive, the subject is what was sent
        ("北朝鮮製の弾道ミサイルがロシアに供与された。", "missiles"),
        # the event word holds it itself
        ("北朝鮮は10月、ロシアに武器供与を行った。", "weapons"),
    ],
)
def test_the_object_names_what_moves(facts, text, item):
    assert one(facts(text), "AID").item == item


def test_a_phrase_names_its_heads_item_not_a_modifiers(facts):
    # ミサイル技術: the technology is what moves, the missile says of what.
    assert one(facts("ロシアは北朝鮮にミサイル技術を提供した。"), "AID").item == "technology"


def test_items_named_together_are_the_one_that_takes_them_in(facts):
    # Sappers and builders sent together are troops; shells and rockets, munitions.
    doc = facts("北朝鮮は工兵や建設作業員ら5000人をロシアに派遣した。")
    assert one(doc, "AID").item == "troops"
    doc = facts("北朝鮮はロシアに砲弾とロケット弾を送った。")
    assert one(doc, "AID").item == "munitions"


def test_whom_support_is_given_to_is_no_cargo(facts):
    # ロシア軍を支援: the army is supported, not sent.
    event = one(facts("北朝鮮軍は8月、ロシア軍を支援した。"), "AID")
    assert event.item is None


def test_a_meeting_moves_nothing(facts):
    doc = facts("プーチン大統領は金正恩総書記と会談し、兵士の派遣について協議した。")
    assert one(doc, "CONSULT").item is None
