"""Short articles in the style of Japanese wire and broadcast news, written for the
thirteenth pass's classes (found on fresh5, a set written blind to the code, and on the
team's own articles): an act told in a clause that describes the subject of a count
(…が昨年、…に輸出した燃料は…に達した), its subject and date hung on the main verb by the
parser; the side of a transfer left unsaid, the other party of the transfer told before
(…なども提供。見返りとして、…から…を入手した); receiving verbs (入手, 得る) and a から-
phrase or topic before a clause that a likelihood noun closes; a standing relation that
another act aims at or a judgement weighs (協力を断つ, 協力の深化を懸念) no act; an act a
rule forbids (…を禁じている) no act; congratulations sent as backing; a likelihood as the
object of a verb of saying (…可能性を指摘した) credited to the speaker; bodies of two
states listed one after the other; one act told twice in a sentence (…するなど、…支援;
…に派遣し、…州に送り込んだ); focus particles after a case (イランにも, ロシアからは); a
subject hung on a time phrase (今年に入り、). Every article was written for these tests;
names, numbers and dates are made up."""

from __future__ import annotations

import pytest
from conftest import on, state_of, states

from kansoku.model import Document, Event


def of_type(doc: Document, category: str) -> list[Event]:
    return [e for e in doc.events if e.type == category]


def pairs(doc: Document, category: str) -> list[tuple[str | None, str | None]]:
    return [states(e) for e in of_type(doc, category)]


# ------------------------------------- an act in a clause describing the subject of a count


def test_a_clause_describing_the_counted_subject_keeps_its_subject_and_date(facts):
    doc = facts(
        "ロシアが一昨年、北朝鮮へ売り渡した軽油などの燃料は、少なくとも47万バレルに達した"
        "との試算を、米国の調査団体が公表した。",
        "2026-09-14",
    )
    sale = on(doc, "売り渡")[0]
    assert states(sale) == ("RUS", "PRK")
    assert sale.date_start == "2024"


def test_a_subject_before_the_clause_is_the_clause_subject_not_the_counts(facts):
    doc = facts(
        "韓国統一省によると、北朝鮮が今年ロシアに引き渡した自走砲は120門余りに上るとみられる。",
        "2026-10-02",
    )
    handed = on(doc, "引き渡")[0]
    assert states(handed) == ("PRK", "RUS")
    assert handed.date_start == "2026"


def test_a_since_date_of_the_count_dates_the_sending_it_counts(facts):
    doc = facts(
        "北朝鮮からロシアに送られた建設要員は今年以降、約4600人に上るとの見方を韓国の政府筋が"
        "示した。",
        "2026-07-21",
    )
    sent = on(doc, "送ら")[0]
    assert states(sent) == ("PRK", "RUS")
    assert sent.date_start == "2026"


def test_a_subject_hung_on_a_time_phrase_is_the_next_verbs(facts):
    doc = facts(
        "北朝鮮が今年に入り、ロシアに送った技術者は300人を超えることが韓国政府関係者への取材で"
        "分かった。",
        "2026-08-30",
    )
    assert states(on(doc, "送っ")[0]) == ("PRK", "RUS")


def test_the_telling_day_does_not_date_an_act_in_a_clause_describing_a_count(facts):
    doc = facts(
        "韓国軍は18日、北朝鮮がロシアに送った砲兵は約2300人だと明らかにした。",
        "2026-03-19",
    )
    assert on(doc, "送っ")[0].date_start != "2026-03-18"


# ---------------------------------------------- a transfer's side left unsaid


def test_goods_given_back_take_the_other_party_of_the_transfer_before(facts):
    doc = facts(
        "英国の研究所は11日、北朝鮮が昨年、ロシアに榴弾砲の砲弾を送ったとの報告書を公表した。"
        "報告書によると、北朝鮮は砲弾のほか、対戦車ミサイルなども提供。見返りとして、ロシアから"
        "艦艇の建造技術を入手した可能性があるという。",
        "2026-06-12",
    )
    assert ("PRK", "RUS") in pairs(doc, "AID")
    back = on(doc, "入手")[0]
    assert states(back) == ("RUS", "PRK")
    assert back.status == "possible"


def test_a_receiving_topic_in_the_same_sentence_receives(facts):
    doc = facts("北朝鮮はロシアに労働者を送り、その対価として小麦を受け取っている。", "2026-06-12")
    assert states(on(doc, "受け取")[0]) == ("RUS", "PRK")


def test_goods_obtained_from_a_giver_named_are_a_transfer(facts):
    doc = facts(
        "北朝鮮は弾薬をロシアに送り続けている。その代わりにロシアから小麦や肥料を得ているとされる。",
        "2026-06-12",
    )
    assert states(on(doc, "得")[0]) == ("RUS", "PRK")


def test_a_giver_before_a_likelihood_clause_is_the_clauses(facts):
    doc = facts(
        "韓国国防省によると、北朝鮮はロシアに自走砲を送った。その対価に、ロシアからは戦闘機の"
        "部品が渡った可能性があるという。",
        "2026-06-12",
    )
    assert states(on(doc, "渡っ")[0]) == ("RUS", "PRK")


def test_a_topic_before_a_likelihood_clause_is_its_doer(facts):
    doc = facts(
        "北朝鮮はロシアに兵士を送り、ロシアは見返りに潜水艦の技術を供与した可能性がある。",
        "2026-06-12",
    )
    given = on(doc, "供与")[0]
    assert states(given) == ("RUS", "PRK")
    assert given.status == "possible"
    assert on(doc, "送り")[0].status == "asserted"


def test_a_third_state_named_with_a_focus_particle_is_the_receiver(facts):
    doc = facts("北朝鮮はロシアに砲弾を送り、シリアにもロケット弾を提供した。", "2026-06-12")
    assert states(on(doc, "提供")[0]) == ("PRK", "SYR")


def test_no_other_side_is_lent_when_nothing_of_its_kind_was_told(facts):
    doc = facts("ロシアとイランは協議を続けた。北朝鮮は砲弾を大量に生産している。", "2026-06-12")
    assert not of_type(doc, "AID")


def test_a_transfer_inside_a_noun_phrase_borrows_no_side(facts):
    doc = facts(
        "北朝鮮はロシアに砲弾を送った。今後は漁業分野の人材輸出の拡大などを通じ外貨の獲得を"
        "図るとみられる。",
        "2026-06-12",
    )
    assert len(of_type(doc, "AID")) == 1


def test_an_owner_alone_is_no_side_of_a_transfer(facts):
    doc = facts(
        "北朝鮮はロシアに弾薬を送り続けている。\nロシアの軍需産業支援",
        "2026-06-12",
    )
    assert ("RUS", "PRK") not in pairs(doc, "AID")


# ---------------------------------------------- a relation aimed at or weighed, no act


def test_a_relation_another_act_aims_at_is_no_act(facts):
    doc = facts(
        "政府は、ロシアと北朝鮮の軍事協力を食い止めるため、両国の団体への追加制裁を検討している。",
        "2026-02-03",
    )
    assert not of_type(doc, "COOPERATE")


def test_the_course_of_a_relation_judged_is_no_act(facts):
    doc = facts(
        "中谷元防衛相は記者会見で「露朝の軍事協力の深化を強く懸念している」と語った。",
        "2026-02-03",
    )
    assert not of_type(doc, "COOPERATE")


def test_a_relation_opposed_by_others_is_no_act_of_its_parties(facts):
    doc = facts(
        "日米両国は、ロ朝の軍事協力に対抗するため防衛協力を強化することで一致した。", "2026-02-03"
    )
    assert ("RUS", "PRK") not in pairs(doc, "COOPERATE")
    assert ("PRK", "RUS") not in pairs(doc, "COOPERATE")


def test_a_trade_another_act_aims_to_cut_is_no_act(facts):
    doc = facts("英外務省の報道官は「北朝鮮とロシアの兵器取引を断ち切る」と述べた。", "2026-02-03")
    assert not of_type(doc, "COOPERATE")


def test_a_relation_carried_on_is_an_act(facts):
    doc = facts("北朝鮮とロシアは宇宙分野での協力を着実に強化している。", "2026-02-03")
    assert {frozenset(p) for p in pairs(doc, "COOPERATE")} == {frozenset({"PRK", "RUS"})}


# ---------------------------------------------- an act a rule forbids


def test_an_act_a_resolution_forbids_is_no_act(facts):
    doc = facts("国連安保理の決議は、北朝鮮からの弾薬の購入を全面的に禁じている。", "2026-02-03")
    assert not of_type(doc, "AID")


def test_an_act_described_by_the_rule_forbidding_it_is_no_act(facts):
    doc = facts(
        "多くは技能実習の名目で入国しており、安保理決議が禁じる北朝鮮労働者の雇用受け入れに"
        "当たるとみられる。",
        "2026-02-03",
    )
    assert not [e for e in of_type(doc, "AID") if state_of(e.target) == "UNSC"]


def test_a_banned_item_sent_is_still_an_act(facts):
    doc = facts(
        "北朝鮮は、安保理決議で禁止されている巡航ミサイルをロシアに売却した。", "2026-02-03"
    )
    assert states(on(doc, "売却")[0]) == ("PRK", "RUS")


# ---------------------------------------------- congratulations


def test_congratulations_sent_are_backing(facts):
    doc = facts(
        "朝鮮中央通信によると、金正恩総書記は9日、ロシアの戦勝記念日に合わせてプーチン大統領に"
        "祝電を送った。",
        "2026-05-10",
    )
    sent = of_type(doc, "SUPPORT")
    assert sent and states(sent[0]) == ("PRK", "RUS")
    assert sent[0].date_start == "2026-05-09"


def test_congratulations_exchanged_are_the_two_talking(facts):
    doc = facts(
        "プーチン大統領と金正恩総書記は1日、国交樹立の記念日に合わせて祝賀メッセージを交換した。",
        "2026-10-02",
    )
    assert of_type(doc, "CONSULT")
    assert not of_type(doc, "SUPPORT")


# ---------------------------------------------- a likelihood as what is said


def test_a_likelihood_a_speaker_points_out_is_the_speakers_claim(facts):
    doc = facts(
        "国情院は、北朝鮮がロシアから軍用ヘリコプターの供与を受けている可能性も指摘した。",
        "2026-03-01",
    )
    given = on(doc, "供与")[0]
    assert states(given) == ("RUS", "PRK")
    assert given.source == "national-intelligence-service"
    assert given.status == "possible"


# ---------------------------------------------- bodies of two states listed apart


def test_bodies_of_two_states_listed_apart_are_designated_each(facts):
    doc = facts(
        "英外務省は14日、弾薬を北朝鮮からロシアへ運んだとして、ロシアの貨物船運航会社4社と"
        "北朝鮮の船舶管理会社2社を制裁対象に指定したと発表した。",
        "2026-05-15",
    )
    assert {state_of(e.target) for e in of_type(doc, "SANCTION")} == {"RUS", "PRK"}


# ---------------------------------------------- one act told twice in a sentence


def test_an_instance_and_its_summary_are_one_act(facts):
    doc = facts("北朝鮮はロケット弾を提供するなど、ロシアへの軍事支援を強めている。", "2026-04-03")
    aid = of_type(doc, "AID")
    assert len(aid) == 1
    assert states(aid[0]) == ("PRK", "RUS")


def test_a_sending_and_where_it_went_are_one_act(facts):
    doc = facts(
        "北朝鮮は医療要員約300人をロシアに派遣し、負傷兵の治療のためクルスク州に送り込んだ。",
        "2026-04-03",
    )
    assert len(of_type(doc, "AID")) == 1


def test_goods_handed_over_and_put_in_place_are_one_transfer(facts):
    doc = facts(
        "韓国の国防情報本部は、ロシアが北朝鮮に電子戦装備を引き渡し、元山周辺に配備されたと"
        "分析している。",
        "2026-04-03",
    )
    moved = [e for e in doc.events if e.type in ("AID", "MOBILIZE")]
    assert len(moved) == 1
    assert states(moved[0]) == ("RUS", "PRK")


def test_two_cargoes_sent_are_two_acts(facts):
    doc = facts("北朝鮮は工兵をロシアに派遣し、砲弾も送った。", "2026-04-03")
    assert len(of_type(doc, "AID")) == 2


def test_a_violation_said_in_a_closed_quote_is_one_accusation(facts):
    doc = facts(
        "韓国外交省は「露朝の兵器の取引は安保理決議への明白な違反だ」と批判した。", "2026-04-03"
    )
    assert len(of_type(doc, "ACCUSE")) == 1


def test_gunners_counted_are_a_measure_of_their_own(facts):
    # A series of all troops in Russia does not take a count of one arm moved to a front.
    doc = facts("ウクライナ情報総局は4日、北朝鮮が砲兵約1800人をロシアに派遣したと明らかにした。")
    assert [(f.kind, f.value, f.measure) for f in doc.figures] == [("troops", 1800, "gunners")]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("韓国とEUは14日、北朝鮮によるロシアへの派兵を非難する共同声明を出した。", "ACCUSE"),
        ("北朝鮮国防省は14日、ロシアへの兵器供与を巡る報道を否定する談話を発表した。", "REJECT"),
    ],
)
def test_an_act_a_statement_says_is_dated_as_the_statement_is_issued(text, category, facts):
    # (lead) 14日、…を非難する共同声明を出した: the clause describing the statement is what it
    # says, not a clause apart with no date of its own.
    doc = facts(text, published="2026-05-20")
    assert [e.date_start for e in doc.events if e.type == category] == ["2026-05-14"], doc.events
