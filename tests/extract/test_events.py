"""Domain reasoning over one sentence's events (kansoku/extract/events.py)."""

from __future__ import annotations

import pytest
from conftest import one


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("北朝鮮はドネツク州の前線に兵士を派遣する方針だ。", "ja"),
        ("North Korea plans to send more troops to Ukraine's Donetsk region.", "en"),
    ],
)
def test_troops_sent_onto_the_other_sides_soil_are_mobilised_not_aid(facts, text, language):
    doc = facts(text, language=language)
    assert not [e for e in doc.events if e.type == "AID" and e.target == "UKR"]
    sent = one(doc, "MOBILIZE")
    assert (sent.actor, sent.target) == ("PRK", "UKR")


def test_troops_sent_to_an_ally_aid_it(facts):
    sent = one(facts("北朝鮮はクルスク州に兵士を派遣した。"), "AID")
    assert (sent.actor, sent.target) == ("PRK", "RUS")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Seoul's spy agency told a closed parliamentary session on Friday that Pyongyang "
         "had shipped more artillery shells.", "en"),
        ("ソウルの国会で報告した国家情報院によると、北朝鮮は砲弾を追加で送った。", "ja"),
    ],
)  # fmt: skip
def test_the_tellers_own_city_is_not_where_a_sending_goes(facts, text, language):
    doc = facts(text, language=language)
    assert not [e for e in doc.events if e.type == "AID" and e.target == "KOR"]
    # A place outside the teller's country is still where a shipment goes.
    shipped = facts(
        "North Korea shipped artillery shells to Vladivostok, Kyiv said.", language="en"
    )
    assert one(shipped, "AID").target == "RUS"


@pytest.mark.parametrize(
    ("text", "language", "mode", "item"),
    [
        ("ロシアは北朝鮮に原油を供給した。", "ja", "oil", "oil"),
        ("ロシアは北朝鮮に食料を供給した。", "ja", "food", "food"),
        ("北朝鮮はロシアに砲弾を供給した。", "ja", "weapons", "shells"),
    ],
)
def test_a_words_mode_yields_to_what_its_sentence_says_moves(facts, text, language, mode, item):
    supply = one(facts(text, language=language), "AID")
    assert (supply.mode, supply.item) == (mode, item)


def test_a_launch_told_with_an_attack_of_the_war_strikes_the_other_side(facts):
    doc = facts(
        "ウクライナ空軍によると、ロシア軍は無人機で攻撃を行い、さらに巡航ミサイルも10発発射した。"
    )
    strike = one(doc, "ASSAULT")
    assert (strike.actor, strike.target) == ("russian-armed-forces", "UKR")
    # A launch into the sea stays a threat, and so does one in a drill against an attack.
    assert one(facts("北朝鮮は日本海に向けて弾道ミサイルを発射した。"), "THREATEN").target is None
    drill = facts("北朝鮮は米韓の攻撃を想定した訓練で、弾道ミサイルを発射した。")
    assert not [e for e in drill.events if e.type == "ASSAULT"]


def test_a_page_that_never_says_when_it_was_published_gives_its_earliest_date(facts):
    # The newest date it names (a launch years before) is the earliest the page can be
    # from: what it tells undated is known from then on, not "reported on" then.
    text = (
        "北朝鮮は日本海に向けて弾道ミサイル1発を発射した。"
        "北朝鮮は2019年10月2日にも潜水艦発射弾道ミサイルを発射している。"
    )
    undated, dated = facts(text, published=""), facts(text, published="2025-02-11")
    assert undated.published_not_before == "2019-10-02"
    launch = one(undated, "THREATEN")
    assert (launch.date_start, launch.date_basis) == ("2019-10", "not_before")
    launch = one(dated, "THREATEN")
    assert (launch.date_start, launch.date_basis) == ("2025-02", "published")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ロシア軍は無人機でウクライナ南部を攻撃し、巡航ミサイルも発射した。", "ja"),
        ("ウクライナ空軍の報道官によると、ロシア軍は無人機を使って東部の都市を攻撃し、"
         "さらに巡航ミサイル8発を発射した。", "ja"),
    ],
)  # fmt: skip
def test_an_attack_told_by_a_general_word_and_a_specific_one_is_one_event(facts, text, language):
    attacks = [e for e in facts(text, language=language).events if e.type == "ASSAULT"]
    assert [e.mode for e in attacks] == ["missile_strike"]
