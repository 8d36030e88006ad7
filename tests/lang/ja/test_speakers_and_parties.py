"""Japanese: who speaks is no party to what they tell, and who the parties are when the
parser hangs phrases on the wrong verb (sentences written for the tests, on the forms
unseen articles use: officials named in kanji, a report as the teller, a quote, a
purpose clause, clauses joined by a verb's continuative form, vehicles that arrive)."""

from __future__ import annotations

import pytest

from tests.conftest import state_of, states


def _events(doc, kind: str):
    return [e for e in doc.events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # A kanji name set between the state it serves and its title by a dot.
        ("韓国の李正勲・統一相は3日、北朝鮮がロシアに砲弾を送ったと述べた。", "KOR"),
        # A reading in brackets after the name.
        ("北朝鮮外務省の崔英男(チェ・ヨンナム)次官は3日、ロシアに砲弾を送ったと述べた。", "PRK"),
    ],
)
def test_an_official_the_gazetteer_does_not_know_speaks_for_their_state(facts, text, state):
    doc = facts(text, "2026-03-04")
    aid = _events(doc, "AID")
    assert aid and all(state_of(e.source) == state for e in aid), doc.events


def test_a_name_run_into_its_title_is_no_party(facts):
    doc = facts("韓国の朴成民国防相は3日、北朝鮮がロシアに砲弾を送ったと述べた。", "2026-03-04")
    assert doc.events and all(states(e) == ("PRK", "RUS") for e in doc.events), doc.events


def test_a_post_is_not_taken_for_a_name(facts):
    doc = facts("ロシアの大統領報道官は3日、北朝鮮がロシアに砲弾を送ったと述べた。", "2026-03-04")
    assert [e for e in _events(doc, "AID") if state_of(e.source) == "RUS"], doc.events
    assert not [m for m in doc.mentions if m.text == "大統領"], doc.mentions


def test_the_same_minister_goes_on_speaking(facts):
    doc = facts(
        "韓国の朴成民・国防相は3日、北朝鮮がロシアに砲弾を送ったと述べた。"
        "同相は、北朝鮮がロシアにミサイルも送ったと明らかにした。",
        "2026-03-04",
    )
    aid = _events(doc, "AID")
    assert len({e.start for e in aid}) == 2, doc.events
    assert all(state_of(e.source) == "KOR" for e in aid), doc.events


@pytest.mark.parametrize(
    "follow",
    [
        "報告書によると、北朝鮮はロシアに砲弾を送った。",
        # A topic inside what the report says does not tell it.
        "報告書は、北朝鮮は昨年からロシアに砲弾を送ったと指摘した。",
    ],
)
def test_a_report_speaks_for_the_body_that_published_it(facts, follow):
    doc = facts("多国間制裁監視チームが12日、初の報告書を公表した。" + follow, "2026-03-13")
    aid = _events(doc, "AID")
    assert aid and all(e.source == "multilateral-sanctions-monitoring-team" for e in aid)


def test_the_subject_of_a_purpose_acts_not_the_speaker(facts):
    doc = facts(
        "国防相は記者団に対し、北朝鮮がロシアの戦争を支えるため、昨年から砲弾をロシアに"
        "送ったと述べた。",
        "2026-03-04",
    )
    sent = [e for e in _events(doc, "AID") if e.item]
    assert sent and all(states(e) == ("PRK", "RUS") for e in sent), doc.events


def test_a_buyer_in_a_purpose_clause_receives(facts):
    doc = facts(
        "米当局者は、ロシアが弾薬の不足を補うため、北朝鮮から砲弾を購入していると述べた。",
        "2026-03-04",
    )
    assert [e for e in _events(doc, "AID") if states(e) == ("PRK", "RUS")], doc.events


def test_troops_assigned_to_units_are_sent_by_their_state(facts):
    doc = facts(
        "韓国の情報機関は3日、ロシアに送られた北朝鮮の兵士が露軍の旅団に配属され、"
        "一部は戦闘に加わった、と議会に報告した。",
        "2026-03-21",
    )
    aid = _events(doc, "AID")
    assert aid and all(states(e) == ("PRK", "RUS") for e in aid), doc.events


def test_a_quote_takes_its_parties_from_inside(facts):
    doc = facts(
        "ウクライナ国防省は9日、英国の新聞に対し「北朝鮮の部隊はクルスク州に駐留し、"
        "ロシア軍の指揮下で戦闘に参加している」と述べた。",
        "2026-03-10",
    )
    parties = {states(e) for e in doc.events}
    assert parties and all(actor == "PRK" for actor, _ in parties), doc.events
    assert "GBR" not in {target for _, target in parties}


@pytest.mark.parametrize(
    "text",
    [
        "韓国の情報機関は5日、北朝鮮が兵を追加で送り、東部の戦線に配置したとの見方を示した。",
        # A topic of its own in the clause joined before.
        "ウクライナ軍も、北朝鮮の部隊は多くの死傷者を出し、撤退したとの見方を示した。",
    ],
)
def test_clauses_joined_by_a_continuative_share_their_subject(facts, text):
    doc = facts(text, "2026-03-06")
    assert doc.events and all(state_of(e.actor) == "PRK" for e in doc.events), doc.events
    assert all(e.source is not None for e in doc.events), doc.events


@pytest.mark.parametrize(
    "text",
    [
        "米当局者は9日、ロシアが北朝鮮に対し、決議に反するとされる量の石油を秘密裏に"
        "輸出していると述べた。",
        "高官は記者団に「ロシアが北朝鮮に技術を渡すと同時に石油を輸出している」と語った。",
    ],
)
def test_what_a_speaker_reports_has_its_own_subject(facts, text):
    doc = facts(text, "2026-03-04")
    oil = [e for e in _events(doc, "AID") if e.item == "oil"]
    assert oil and all(states(e) == ("RUS", "PRK") for e in oil), doc.events


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮の貨物列車がロシア入りした。",
        "ロシアの貨物船が先月、北朝鮮の港を訪れた。",
        "ロシア領に入った北朝鮮の貨物列車が衛星写真に写っていた。",
    ],
)
def test_a_vehicle_that_arrives_pays_no_visit(facts, text):
    doc = facts(text, "2026-03-04")
    assert not _events(doc, "CONSULT"), doc.events


def test_a_minister_arriving_by_plane_still_visits(facts):
    doc = facts("ロシアの外相は3日、専用機で平壌入りした。", "2026-03-04")
    assert [e for e in _events(doc, "CONSULT") if states(e) == ("RUS", "PRK")], doc.events


def test_of_two_subjects_the_nearer_is_the_verbs(facts):
    doc = facts(
        "北朝鮮軍の部隊が、ロシアがクルスク州を奪還した後も同州に駐留している。", "2026-03-04"
    )
    retaken = [e for e in doc.events if e.mode == "retake"]
    assert retaken and all(state_of(e.actor) == "RUS" for e in retaken), doc.events


def test_every_act_between_the_speaker_and_the_quote_is_told(facts):
    doc = facts(
        "韓国の情報機関は2日、北朝鮮がロシアに弾薬を送り、代わりに技術的な助言を得ていると"
        "説明した。",
        "2026-03-02",
    )
    given = [e for e in _events(doc, "AID") if e.item]
    assert given and all(state_of(e.source) == "KOR" for e in given), doc.events
    assert all(e.status == "reported" for e in given), doc.events


def test_experts_of_a_state_do_not_speak_for_it(facts):
    doc = facts(
        "韓国の専門家は1日、北朝鮮がロシアに砲弾を供与し、見返りを受けていると述べた。",
        "2026-03-02",
    )
    assert doc.events and all(state_of(e.source) != "KOR" for e in doc.events), doc.events


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮はロシアの戦争を支えるため、前線に兵士を派遣した。",
        "北朝鮮は、ロシアに協力するため工兵を送ったとされる。",
        "北朝鮮はロシアを支援する目的で、砲弾を送った。",
    ],
)
def test_the_aim_of_an_act_told_is_no_act_of_its_own(facts, text):
    doc = facts(text, "2026-03-04")
    assert len(doc.events) == 1 and doc.events[0].item, doc.events


def test_an_aim_told_alone_stays_planned(facts):
    doc = facts("北朝鮮はロシアを支援するため、あらゆる準備を整えたと述べた。", "2026-03-04")
    assert [e for e in doc.events if e.status == "planned"], doc.events
