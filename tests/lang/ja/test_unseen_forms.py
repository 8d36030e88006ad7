"""Forms of news writing read from real reports on the topic (issue #8, unseen pages):
dates of the telling, periods opened by a date, plans, credits that embed another,
documents credited by who wrote them, destinations, co-actors and lexicon gaps. Every
sentence was written for these tests."""

from __future__ import annotations

from kansoku.model import Document, Event

PUBLISHED = "2025-03-14"


def by_trigger(doc: Document, trigger: str) -> Event:
    found = [e for e in doc.events if e.trigger.startswith(trigger)]
    assert found, f"no event on {trigger} in {doc.text!r}; events: {doc.events}"
    return found[0]


def text_date(event: Event) -> str | None:
    return event.date_start if event.date_basis in ("text", "context") else None


# ---------------------------------------------------------------- dates


def test_date_of_the_occasion_of_a_statement_dates_the_telling(facts):
    doc = facts(
        "米国防総省は12日の記者会見で、北朝鮮がロシアに短距離弾道ミサイルを引き渡したとの"
        "分析を示した。",
        PUBLISHED,
    )
    event = by_trigger(doc, "引き渡")
    assert (event.actor, event.target, event.source) == ("PRK", "RUS", "pentagon")
    assert text_date(event) is None


def test_dated_article_of_an_outlet_dates_the_telling(facts):
    doc = facts(
        "朝鮮中央通信は8日付の記事で、金正恩総書記がロシアの代表団と面会したと伝えた。",
        PUBLISHED,
    )
    event = by_trigger(doc, "面会")
    assert (event.type, event.source) == ("CONSULT", "kcna")
    assert text_date(event) is None


def test_a_meeting_before_a_telling_still_dates_what_was_done_there(facts):
    # 会談 is no occasion of a statement: the signing's own date, though it is told after.
    doc = facts(
        "ロシア大統領府は5日、4日の会談でプーチン大統領と金総書記が協定に署名したと発表した。",
        PUBLISHED,
    )
    assert text_date(by_trigger(doc, "署名")) == "2025-03-04"


def test_date_of_a_meeting_without_a_telling_still_dates_the_act(facts):
    doc = facts("北朝鮮とロシアの外相は4日の会談で、新たな協定に署名した。", PUBLISHED)
    assert text_date(by_trigger(doc, "署名")) == "2025-03-04"


def test_a_period_opened_by_a_date_dates_the_act(facts):
    doc = facts("北朝鮮は今年に入ってからロシアに多連装ロケット砲を供与している。", PUBLISHED)
    event = by_trigger(doc, "供与")
    assert (event.actor, event.target) == ("PRK", "RUS")
    assert text_date(event) == "2025"


def test_a_lead_date_before_a_plan_dates_what_is_planned(facts):
    doc = facts("タス通信によると、ロシアのラブロフ外相は来月、平壌を訪問する予定だ。", PUBLISHED)
    event = by_trigger(doc, "訪問")
    assert (event.status, event.source) == ("planned", "tass")
    assert text_date(event) == "2025-04"


def test_a_lead_date_before_a_possibility_dates_what_is_possible(facts):
    doc = facts("北朝鮮は来月、ロシアに兵士を追加で派遣する可能性がある。", PUBLISHED)
    event = by_trigger(doc, "派遣")
    assert (event.status, text_date(event)) == ("possible", "2025-04")


def test_the_date_of_a_lead_that_tells_does_not_date_the_next_sentences(facts):
    doc = facts(
        "国家情報院は12日、国会で非公開の報告を行った。北朝鮮はロシアに兵士を追加で派遣し、"
        "一部は前線に配置された。",
        PUBLISHED,
    )
    event = by_trigger(doc, "派遣")
    assert (event.actor, event.target) == ("PRK", "RUS")
    assert text_date(event) is None


def test_the_date_of_a_lead_that_states_an_act_dates_the_next_sentences(facts):
    doc = facts(
        "両国の首脳は12日、モスクワで会談した。北朝鮮はロシアに砲弾を追加で供与した。",
        PUBLISHED,
    )
    assert text_date(by_trigger(doc, "供与")) == "2025-03-12"


def test_an_act_in_a_clause_describing_a_thing_is_undated_background(facts):
    doc = facts(
        "ロシア軍は、北朝鮮から供与されたミサイルを先月、ウクライナ東部に向けて発射した。",
        PUBLISHED,
    )
    supply = by_trigger(doc, "供与")
    assert (supply.actor, supply.target) == ("PRK", "RUS")
    assert (supply.date_start, supply.date_basis) == (None, None)
    assert text_date(by_trigger(doc, "発射")) == "2025-02"


def test_an_act_told_as_a_fact_made_a_noun_keeps_the_reports_date(facts):
    doc = facts("国情院は、北朝鮮がロシアに兵士を派遣した事実を確認した。", PUBLISHED)
    assert by_trigger(doc, "派遣").date_basis == "published"


# ---------------------------------------------------------------- who says so


def test_a_credit_inside_an_outlets_report_gives_it_to_the_outlet(facts):
    doc = facts(
        "聯合ニュースが政府筋の話として報じたところによると、北朝鮮は先月、ロシアに追加の"
        "砲兵部隊を派遣した。",
        PUBLISHED,
    )
    event = by_trigger(doc, "派遣")
    assert (event.source, event.status, text_date(event)) == ("yonhap", "reported", "2025-02")


def test_a_document_is_credited_to_the_subject_of_the_clause_describing_it(facts):
    doc = facts(
        "韓国国防省が11日に国会に提出した資料によると、北朝鮮は昨年夏以降、ロシアに砲弾を"
        "輸出してきた。",
        PUBLISHED,
    )
    event = by_trigger(doc, "輸出")
    assert (event.actor, event.target) == ("PRK", "RUS")
    assert (event.source, event.status) == ("rok-ministry-of-national-defense", "reported")


def test_a_document_owned_with_no_keeps_its_owner(facts):
    doc = facts("国連の専門家パネルの報告書によると、北朝鮮はロシアに弾薬を輸出した。", PUBLISHED)
    assert by_trigger(doc, "輸出").source == "un-panel-of-experts"


# ---------------------------------------------------------------- whom


def test_bound_for_a_state_names_the_recipient(facts):
    doc = facts("北朝鮮向けの精製石油の供給を、ロシアは昨年から大幅に増やした。", PUBLISHED)
    event = by_trigger(doc, "供給")
    assert (event.actor, event.target) == ("RUS", "PRK")


def test_bound_for_on_the_verb_names_the_recipient(facts):
    doc = facts("ロシアは北朝鮮向けに石油製品を輸出した。", PUBLISHED)
    event = by_trigger(doc, "輸出")
    assert (event.actor, event.target) == ("RUS", "PRK")


def test_subjects_named_together_act_together_against_the_object(facts):
    doc = facts("米国と韓国は、ロシアと北朝鮮の軍事協力を強く非難した。", PUBLISHED)
    event = by_trigger(doc, "非難")
    assert event.actor in ("USA", "KOR")
    assert event.target in ("RUS", "PRK")


def test_subjects_named_together_share_a_meeting(facts):
    doc = facts("北朝鮮とロシアは2日から4日にかけてモスクワで外相会談を開いた。", PUBLISHED)
    event = by_trigger(doc, "外相会談")
    assert {event.actor, event.target} == {"PRK", "RUS"}


# ---------------------------------------------------------------- words


def test_receiving_from_a_state_is_its_supply(facts):
    doc = facts("北朝鮮はロシアから防空装備を受け取ったとみられる。", PUBLISHED)
    event = by_trigger(doc, "受け取")
    assert (event.type, event.actor, event.target) == ("AID", "RUS", "PRK")


def test_receiving_what_is_no_item_is_no_supply(facts):
    doc = facts("金総書記は大統領から親書を受け取った。平壌はその申し出を受け入れた。", PUBLISHED)
    assert not [e for e in doc.events if e.type == "AID"]


def test_envoys_sent_make_a_visit_and_troops_sent_a_deployment(facts):
    doc = facts("北朝鮮は軍事代表団をモスクワに派遣した。", PUBLISHED)
    event = by_trigger(doc, "派遣")
    assert (event.type, event.mode, event.actor, event.target) == ("CONSULT", "visit", "PRK", "RUS")
    assert event.item is None
    doc = facts("北朝鮮は兵士数千人をロシアに派遣した。", PUBLISHED)
    event = by_trigger(doc, "派遣")
    assert (event.type, event.actor, event.target, event.item) == ("AID", "PRK", "RUS", "troops")


def test_carrying_out_cargo_is_a_transport(facts):
    doc = facts("北朝鮮は羅津港からロシアに弾薬を運び出した。", PUBLISHED)
    event = by_trigger(doc, "運び出")
    assert (event.type, event.actor, event.target) == ("AID", "PRK", "RUS")


def test_an_export_made_full_scale_is_an_export(facts):
    doc = facts(
        "国家情報院の分析では、北朝鮮は2023年8月ごろからロシアへの弾薬輸出を本格化させた。",
        PUBLISHED,
    )
    event = by_trigger(doc, "輸出")
    assert (event.actor, event.target, event.source) == (
        "PRK",
        "RUS",
        "national-intelligence-service",
    )
    assert text_date(event) == "2023-08"


def test_fighting_against_an_army_is_combat(facts):
    doc = facts("北朝鮮軍は、ロシア軍と共にウクライナ軍を相手に戦っている。", PUBLISHED)
    event = by_trigger(doc, "戦っ")
    assert event.type == "ASSAULT"
    assert event.target in ("UKR", "ukrainian-armed-forces")


def test_taking_in_a_states_people_is_their_dispatch(facts):
    doc = facts("ロシアは北朝鮮の労働者数千人を受け入れている。", PUBLISHED)
    event = by_trigger(doc, "受け入れ")
    assert (event.type, event.actor, event.target) == ("AID", "PRK", "RUS")


def test_accepting_a_proposal_moves_nothing(facts):
    doc = facts("ロシアは北朝鮮の提案を受け入れた。", PUBLISHED)
    assert not [e for e in doc.events if e.trigger.startswith("受け入れ")]


def test_concluding_an_alliance_is_an_agreement_and_concern_answers_it(facts):
    doc = facts(
        "ロシアと北朝鮮が軍事同盟を結んだことに対し、日本政府は深刻な懸念を表明した。",
        PUBLISHED,
    )
    alliance = by_trigger(doc, "同盟を結")
    assert (alliance.type, {alliance.actor, alliance.target}) == ("AGREE", {"PRK", "RUS"})
    concern = by_trigger(doc, "懸念を表明")
    assert (concern.actor, concern.target) == ("japanese-government", "PRK")


def test_an_act_announced_in_the_non_past_is_planned(facts):
    doc = facts("ロシア大統領府は、プーチン大統領が北朝鮮を訪問すると発表した。", PUBLISHED)
    visit = by_trigger(doc, "訪問")
    assert (visit.status, visit.source, visit.date_basis) == ("planned", "kremlin", None)


def test_a_stance_announced_in_the_non_past_holds_now(facts):
    doc = facts("金総書記は、ロシアを全面的に支持すると述べた。", PUBLISHED)
    assert by_trigger(doc, "支持").status == "reported"


def test_an_act_announced_in_the_past_is_reported(facts):
    doc = facts("米国務省は、北朝鮮がロシアに兵士を派遣したと発表した。", PUBLISHED)
    assert by_trigger(doc, "派遣").status == "reported"


# ---------------------------------------------------------------- grammar


def test_a_fact_confirmed_is_the_confirmers_claim(facts):
    doc = facts("国情院は、北朝鮮が自走砲をロシアに追加で輸出した事実も確認した。", PUBLISHED)
    event = by_trigger(doc, "輸出")
    assert (event.source, event.status) == ("national-intelligence-service", "reported")


def test_a_noun_made_a_verb_joined_before_shares_its_subject(facts):
    doc = facts("ロシアの国防相が平壌入りし、北朝鮮の国防相と会談した。", PUBLISHED)
    event = by_trigger(doc, "会談")
    assert {event.actor, event.target} == {"RUS", "PRK"}


# ---------------------------------------------------------------- headlines


def test_a_headline_closed_by_a_bare_name_credits_it(facts):
    doc = facts("北朝鮮、ロシアに兵士を追加派遣か 韓国情報機関", PUBLISHED)
    event = by_trigger(doc, "追加派遣")
    assert (event.actor, event.target) == ("PRK", "RUS")
    assert (event.source, event.status) == ("national-intelligence-service", "possible")


def test_a_headlines_own_ending_before_its_credit_says_what_is_planned(facts):
    doc = facts("北朝鮮がロシアに派兵、ウクライナ戦線投入へ 韓国情報機関が確認", PUBLISHED)
    assert by_trigger(doc, "派兵").status == "reported"
    assert by_trigger(doc, "投入").status == "planned"


def test_a_headline_closed_by_a_name_and_its_verb_keeps_its_event(facts):
    doc = facts("北朝鮮、ロシアに兵士を追加派遣か 韓国情報機関が確認", PUBLISHED)
    event = by_trigger(doc, "追加派遣")
    assert (event.actor, event.target, event.source) == (
        "PRK",
        "RUS",
        "national-intelligence-service",
    )
