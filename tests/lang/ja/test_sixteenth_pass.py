"""Japanese, sixteenth pass (sentences written for the tests):
- a body first written in corner brackets (「…監視チーム(MSMT)」は) is still the topic
  that speaks and publishes: what the next sentences tell from its report is its word;
- losses told of the noun counted (死傷した兵士は約300人に上る) are casualties;
- a passive clause run on into the clause describing a noun (ロシアに派遣され、戦闘で
  負傷した北朝鮮の兵士) was done to that noun: its owner sends, not the sentence's topic.
"""

from __future__ import annotations

from tests.conftest import on, states


def test_a_bracketed_body_publishes_and_speaks(facts):
    doc = facts(
        "【ソウル共同】各国でつくる「多国間制裁監視チーム(MSMT)」は3日、二つ目の報告書を"
        "公表した。北朝鮮が工兵をロシアに派遣したと指摘した。\n"
        "報告書によると、北朝鮮はロシアに砲弾を供給した。",
        "2026-03-06",
    )
    (sent,) = on(doc, "派遣")
    (shells,) = on(doc, "供給")
    assert sent.source == shells.source == "multilateral-sanctions-monitoring-team", doc.events


def test_losses_told_of_the_noun_counted(facts):
    doc = facts(
        "韓国国防省の報道官は4日、前線で死傷した北朝鮮の兵士が約700人に上るとの見方を示した。",
        "2026-03-06",
    )
    losses = [e for e in doc.events if e.type == "ASSAULT" and e.mode == "casualties"]
    assert losses and losses[0].source == "rok-ministry-of-national-defense", doc.events


def test_a_passive_run_on_into_a_described_noun(facts):
    doc = facts(
        "米国務省の報道官は4日、ロシアに派遣され、前線で負傷した北朝鮮の兵士が数百人に上ると述べた。",
        "2026-03-06",
    )
    (sent,) = on(doc, "派遣")
    assert states(sent) == ("PRK", "RUS"), sent


def test_a_passive_quoted_is_not_run_on(facts):
    # (…投入されたとする報道: a quotation, the noun after it is the report, not the troops)
    doc = facts(
        "北朝鮮の部隊が東部戦線に投入されたとする報道について、ロシアは否定した。", "2026-03-06"
    )
    assert all(states(e)[0] != "RUS" or e.type == "REJECT" for e in doc.events), doc.events


def test_a_body_of_a_state_publishes_for_it(facts):
    doc = facts(
        "韓国の合同調査チームが、国会に提出した資料によると、北朝鮮はロシアに砲弾を追加で送った。",
        "2026-03-06",
    )
    (sent,) = on(doc, "送っ")
    assert sent.source == "KOR" and sent.status == "reported", sent


def test_a_source_on_a_state_does_not_speak_for_it(facts):
    doc = facts(
        "北朝鮮の消息筋が明らかにしたところによると、北朝鮮はロシアに砲弾を追加で送った。",
        "2026-03-06",
    )
    (sent,) = on(doc, "送っ")
    assert sent.source != "PRK", sent
