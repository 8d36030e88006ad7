"""Short articles in the style of Japanese wire and broadcast news, written for the
classes a strict reader judged wrong on Japanese pages: a state's press named as the
source (露紙の報道によると) credited to the state; a view told as being
about (…との見方が出ている, …という見方もある) credited to the topic of the clause it
quotes or to the source of the sentence before; no sign of an act
(…兆候はない) read as the act; a denial pointing back (これを否定) aimed at no one. Guards
keep what was right. Every article was written for these tests; names, numbers and dates
are made up."""

from __future__ import annotations

from kansoku.model import Document, Event


def on(doc: Document, trigger: str) -> Event:
    found = [e for e in doc.events if trigger in e.trigger]
    assert found, f"no event on {trigger} in {doc.text!r}; events: {doc.events}"
    return found[0]


# ------------------------------------------------ a state's press is not the state


def test_a_papers_report_as_the_source_marker_is_not_the_state(facts):
    doc = facts("ロシア紙の報道によると、北朝鮮はロシアに迫撃砲弾を追加で送った。", "2026-01-20")
    assert on(doc, "送").source == "media"


def test_guard_a_states_ministry_still_speaks_for_itself(facts):
    doc = facts(
        "ロシア国防省は、北朝鮮の工兵部隊がベルゴロド州に到着したと発表した。", "2026-04-01"
    )
    assert on(doc, "到着").source == "russian-ministry-of-defence"


def test_guard_a_government_announcing_keeps_its_credit(facts):
    doc = facts("ロシア政府は、北朝鮮と新たな防衛協定に署名したと発表した。", "2026-05-09")
    assert on(doc, "署名").source == "RUS"


# ------------------------------------------------ a view told as being about


def test_a_view_put_forward_is_not_the_topics_claim(facts):
    doc = facts(
        "北朝鮮はロシアから無人機の製造技術を受け取ったという見方も出ている。", "2026-06-02"
    )
    got = on(doc, "受け取")
    assert (got.actor, got.target) == ("RUS", "PRK")
    assert got.source == "unnamed-sources"


def test_a_view_growing_stronger_among_experts_is_no_states(facts):
    doc = facts(
        "防衛専門家の間では、北朝鮮がロシアに対空ミサイルを提供したとの見方が強まっている。",
        "2026-06-15",
    )
    given = on(doc, "提供")
    assert (given.actor, given.target) == ("PRK", "RUS")
    assert given.source == "experts"


def test_a_view_put_forward_does_not_continue_the_sentence_before(facts):
    doc = facts(
        "ウクライナ国防省は、北朝鮮がロシアに自走砲を送ったと発表した。北朝鮮は見返りにロシアから"
        "戦闘機の部品を受け取った可能性があるとの見方が出ている。",
        "2026-07-07",
    )
    assert on(doc, "送").source == "ukrainian-ministry-of-defence"
    got = on(doc, "受け取")
    assert got.source == "unnamed-sources"
    assert got.status == "possible"


def test_guard_a_view_shown_by_a_government_is_its_own(facts):
    doc = facts("韓国政府は、北朝鮮がロシアに追加で砲兵を派遣したとの見方を示した。", "2026-08-01")
    assert on(doc, "派遣").source == "KOR"


def test_guard_a_view_put_forward_after_a_named_source_keeps_it(facts):
    doc = facts(
        "韓国軍関係者によると、北朝鮮がロシアに短距離弾道ミサイルを追加供与したとの見方が出ている。",
        "2026-08-20",
    )
    assert on(doc, "供与").source == "rok-armed-forces"


# ------------------------------------------------ said by no one


def test_guard_an_estimate_inside_named_words_is_theirs(facts):
    doc = facts(
        "国家情報院は、北朝鮮がロシアに砲弾数百万発を供与したとされると明らかにした。",
        "2026-10-10",
    )
    assert on(doc, "供与").source == "national-intelligence-service"


# ------------------------------------------------ no sign of an act


def test_no_sign_of_combat_is_no_combat_told(facts):
    doc = facts(
        "ウクライナ軍によると、ハルキウ州で北朝鮮兵がロシア軍と共に交戦している兆候は見られない"
        "という。",
        "2026-11-03",
    )
    fought = [e for e in doc.events if "交戦" in e.trigger]
    assert all(e.status == "denied" for e in fought)


def test_guard_a_sign_seen_is_possible(facts):
    doc = facts(
        "韓国国防省は、北朝鮮がロシアに兵士を追加で派遣する兆候があると明らかにした。",
        "2026-11-20",
    )
    sent = [e for e in doc.events if "派遣" in e.trigger]
    assert all(e.status != "denied" for e in sent)


# ------------------------------------------------ a denial pointing back


def test_a_denial_pointing_back_is_aimed_at_the_claimant(facts):
    doc = facts(
        "ロシア軍は北朝鮮兵の作戦参加を初めて認めたが、ウクライナ側はこれを否定した。", "2026-12-01"
    )
    denial = on(doc, "否定")
    assert denial.actor == "UKR"
    assert denial.target in ("RUS", "russian-armed-forces")


def test_guard_a_denial_of_a_report_is_not_aimed_at_an_earlier_party(facts):
    doc = facts(
        "ロシアは北朝鮮と協力を深めているが、北朝鮮外務省は武器供与をめぐる報道を否定した。",
        "2026-12-15",
    )
    denial = on(doc, "否定")
    assert denial.target != "RUS"


# ------------------------------------------------ an aim is not an act done


def test_an_act_told_as_the_aim_is_planned(facts):
    doc = facts(
        "ロシアのプーチン大統領は、北朝鮮の偵察衛星開発を支援するため、極東の発射場を訪問先に"
        "選んだと説明した。",
        "2026-04-18",
    )
    assert on(doc, "支援").status == "planned"


def test_guard_the_act_done_for_an_aim_is_told_as_done(facts):
    doc = facts(
        "北朝鮮はロシア軍を支援するため、今月上旬に工兵約800人をクルスク州へ派遣した。",
        "2026-04-22",
    )
    sent = on(doc, "派遣")
    assert (sent.actor, sent.target, sent.status) == ("PRK", "RUS", "asserted")


def test_guard_because_it_sent_is_no_aim(facts):
    doc = facts("北朝鮮はロシアに兵士を派遣したため、各国から批判を受けている。", "2026-04-25")
    assert on(doc, "派遣").status == "asserted"
