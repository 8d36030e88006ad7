"""Japanese, eighteenth pass (sentences written for the tests): who tells when tellers are
joined or a marker is ところでは, a teller's clause closed by が, a body owned by another
state (ロシアの外務省), a verb the parser hung on the topic before it, what is sent when
it has a kind of its own (experts, oil, designs), what can be done, and hearsay that
leaves a presupposed act as given."""

from __future__ import annotations

import pytest

from tests.conftest import on, states

_PUBLISHED = "2026-04-14"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("英国と米国の情報当局によれば、北朝鮮はロシアに追加の兵士を送った。", "GBR"),
        ("米国や韓国の当局者によると、北朝鮮はロシアに砲弾を送った。", "USA"),
    ],
)
def test_joined_tellers_credit_the_first_named(facts, text, source):
    (sent,) = on(facts(text, _PUBLISHED), "送っ")
    assert (sent.status, sent.source) == ("reported", source)


def test_a_marker_closed_by_de_wa_credits_the_outlet(facts):
    doc = facts(
        "ロイター通信が関係者の話として伝えたところでは、ロシアは北朝鮮に科学者を派遣した。",
        _PUBLISHED,
    )
    sent = on(doc, "派遣")[0]
    assert (sent.status, sent.source) == ("reported", "reuters")


def test_a_quote_closed_by_comma_and_to_credits_the_speaker_after_it(facts):
    doc = facts("ロシアは北朝鮮に技術者を派遣した、と聯合ニュースは伝えた。", _PUBLISHED)
    sent = on(doc, "派遣")[0]
    assert (sent.status, sent.source) == ("reported", "yonhap")


def test_a_teller_whose_clause_closes_with_ga_tells_nothing_after_it(facts):
    doc = facts(
        "北朝鮮の国営メディアは詳細を伝えていないが、ロシア国防省は、北朝鮮がロシアに"
        "工兵を派遣したと明らかにした。",
        _PUBLISHED,
    )
    sent = on(doc, "派遣")[0]
    assert sent.source not in ("media", None), sent


def test_a_ministry_owned_by_another_state_is_that_states(facts):
    doc = facts("ロシアの外務省は、北朝鮮に武器を供与したとの報道を否定した。", _PUBLISHED)
    assert on(doc, "否定")[0].actor == "russian-foreign-ministry"


def test_the_bare_foreign_ministry_is_still_japans(facts):
    doc = facts("外務省は、北朝鮮がロシアに砲弾を送ったと発表した。", _PUBLISHED)
    assert on(doc, "送っ")[0].source == "japanese-foreign-ministry"


def test_a_verb_hung_on_the_topic_before_it_keeps_its_speaker(facts):
    doc = facts("ウクライナ軍は9日、北朝鮮兵3人を捕虜にしたと明らかにしていた。", _PUBLISHED)
    (held,) = on(doc, "捕虜")
    assert held.source is not None and held.status == "reported", held


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        ("ロシアは北朝鮮に多数の専門家を派遣した。", "派遣", "experts"),
        ("ロシアは北朝鮮に原油を供給した。", "供給", "oil"),
        ("ロシアが北朝鮮に衛星の設計図を供与した。", "供与", "technology"),
        ("北朝鮮はロシアに労働者を派遣した。", "派遣", "workers"),
        ("北朝鮮はロシアに工兵を派遣した。", "派遣", "troops"),
        ("北朝鮮はロシアに砲弾を供与した。", "供与", "weapons"),
    ],
)
def test_what_is_sent_gives_the_mode(facts, text, trigger, mode):
    (sent,) = on(facts(text, _PUBLISHED), trigger)
    assert sent.mode == mode, sent


def test_what_can_be_done_is_possible(facts):
    (supply,) = on(facts("ロシアは北朝鮮に石油を供給できる。", _PUBLISHED), "供給")
    assert supply.status == "possible"


def test_hearsay_leaves_an_act_in_a_clause_describing_a_noun_given(facts):
    doc = facts(
        "北朝鮮がロシアに派遣した兵士の処遇について、ロシアと北朝鮮が協議したという。",
        _PUBLISHED,
    )
    (sent,) = on(doc, "派遣")
    assert (states(sent), sent.status) == (("PRK", "RUS"), "asserted")
    assert on(doc, "協議")[0].status == "reported"


def test_the_press_of_a_state_with_no_other_press_speaks_for_it(facts):
    doc = facts(
        "北朝鮮メディアは3日、金正恩総書記が2日にロシアの外相と平壌で会談したと報じた。",
        _PUBLISHED,
    )
    assert on(doc, "会談")[0].source == "PRK"


def test_that_states_experts_are_experts(facts):
    doc = facts("北朝鮮の専門家は、ロシアが北朝鮮に原油を送ったと指摘した。", _PUBLISHED)
    assert on(doc, "送っ")[0].source == "experts"


def test_another_states_press_is_the_press(facts):
    doc = facts("ロシアのメディアは、北朝鮮がロシアに兵士を送ったと伝えた。", _PUBLISHED)
    assert on(doc, "送っ")[0].source == "media"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "韓国国防省の報道官は次のように述べた。「北朝鮮はロシアに砲弾を送り続けている」",
            "rok-ministry-of-national-defense",
        ),
        (
            "ウクライナの情報総局は声明でこう説明した。「北朝鮮軍の兵員が新たにロシアに送られた」",
            "ukrainian-military-intelligence",
        ),
    ],
)
def test_a_quote_announced_by_the_sentence_before_is_the_announcers(facts, text, source):
    (sent,) = [e for e in facts(text, _PUBLISHED).events if e.type == "AID"]
    assert (sent.status, sent.source) == ("reported", source)


def test_a_sentence_opening_with_such_is_no_announcement(facts):
    doc = facts(
        "韓国国防省はこうした動きを注視している。「北朝鮮はロシアに砲弾を送った」", _PUBLISHED
    )
    (sent,) = [e for e in doc.events if e.type == "AID"]
    assert sent.source != "rok-ministry-of-national-defense", sent


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮の部隊は今も対ウクライナ戦争に参加している。",
        "北朝鮮の工兵部隊もウクライナへの侵攻に加わった。",
        "北朝鮮軍の部隊がロシア軍の攻撃に参加した。",
    ],
)
def test_joining_a_war_or_an_attack_is_fighting(facts, text):
    fights = [e for e in facts(text, _PUBLISHED).events if e.type == "ASSAULT"]
    assert fights and fights[0].target == "UKR", fights
