"""Short articles in the style of Japanese wire copy and broadcasters' sites, written for
judged round 13's classes of dates and credits that come out wrong across clauses and
sentences: a lead date hung by the parser on a relative clause (金総書記は19日、平壌を訪れた
大統領と…署名した), an outlet's day after the told clause (…と朝鮮中央通信が20日伝えた)
or an acknowledgement's day (…派兵したことを認めた) taken as the act's, a supply described
under a hedge (供与されたとみられるミサイル) dated by the main verb, a sentence that only
says "the first since" a date, a date told in the next sentence with a が-subject
(国情院は、追加派遣が今年1月に行われたと…), a headline's act the lead tells with its date
and credit, a credit line whose teller follows a told clause (金総書記が視察したと朝鮮中央
通信が伝えた), a topic the parser hung on the verb of telling, and a leader present at a
launch taken as its doer. Guards keep what was right (no made-up month on a page with no
date, a hedged headline, acts with their own date). Every article was written for these
tests; names, numbers and dates are made up."""

from __future__ import annotations

from kansoku.model import Document, Event


def on(doc: Document, trigger: str) -> Event:
    found = [e for e in doc.events if e.trigger.startswith(trigger)]
    assert found, f"no event on {trigger} in {doc.text!r}; events: {doc.events}"
    return found[0]


def all_on(doc: Document, trigger: str) -> list[Event]:
    return [e for e in doc.events if e.trigger.startswith(trigger)]


def text_date(event: Event) -> str | None:
    return event.date_start if event.date_basis in ("text", "context") else None


# ---------------------------------------------------------------- dates of another act


def test_a_lead_date_before_a_relative_clause_dates_the_main_verb(facts):
    doc = facts(
        "北朝鮮の金正恩総書記は19日、平壌を訪問したプーチン大統領と包括的戦略パートナーシップ"
        "条約に署名したと朝鮮中央通信が20日伝えた。",
        "2024-06-20",
    )
    signing = on(doc, "署名")
    assert text_date(signing) == "2024-06-19"
    assert signing.source == "kcna"


def test_the_day_an_outlet_told_it_is_no_date_of_the_act(facts):
    doc = facts(
        "ロシアのベロウソフ国防相は6日、平壌で金正恩総書記と会談したと朝鮮中央通信が7日伝えた。",
        "2025-03-08",
    )
    talks = on(doc, "会談")
    assert text_date(talks) == "2025-03-06"


def test_a_topic_hung_on_the_verb_of_telling_is_no_teller(facts):
    doc = facts(
        "ロシアのベロウソフ国防相は6日、平壌で金正恩総書記と会談したと朝鮮中央通信が伝えた。",
        "2025-03-08",
    )
    talks = on(doc, "会談")
    assert (talks.actor, talks.source, talks.status) == ("andrei-belousov", "kcna", "reported")


def test_a_page_without_a_date_gives_a_bare_day_no_month(facts):
    doc = facts(
        "ロシアのベロウソフ国防相は6日、平壌で金正恩総書記と会談したと朝鮮中央通信が7日伝えた。",
        None,
    )
    talks = on(doc, "会談")
    assert talks.date_start is None
    assert talks.source == "kcna"


def test_the_day_of_an_acknowledgement_does_not_date_the_dispatch(facts):
    doc = facts(
        "北朝鮮は17日、工兵部隊をロシアに派兵し、西部の地雷除去にあたらせている"
        "ことを初めて認めた。",
        "2025-06-18",
    )
    assert text_date(on(doc, "派兵")) is None
    assert text_date(on(doc, "初めて認め")) == "2025-06-17"


def test_an_acknowledged_act_with_its_own_date_keeps_it(facts):
    doc = facts("北朝鮮は30日、昨年11月にロシアに部隊を派遣したことを公式に認めた。", "2025-05-01")
    assert text_date(on(doc, "派遣")) == "2024-11"


def test_a_supply_described_under_a_hedge_is_not_dated_by_the_attack(facts):
    doc = facts(
        "ロシア軍は8日、北朝鮮から供与されたとみられるミサイルでハルキウを攻撃した。",
        "2025-04-09",
    )
    supply = on(doc, "供与")
    assert text_date(supply) is None
    assert supply.status == "possible"
    assert text_date(on(doc, "攻撃")) == "2025-04-08"


def test_the_first_launch_since_a_date_is_not_of_that_date(facts):
    doc = facts(
        "北朝鮮の弾道ミサイル発射は昨年12月20日以来。北朝鮮は7日午前、日本海に向けて弾道"
        "ミサイル1発を発射した。",
        "2025-03-08",
    )
    dates = {text_date(e) for e in all_on(doc, "発射")}
    assert "2024-12-20" not in dates
    assert "2025-03-07" in dates


def test_a_date_the_next_sentence_gives_with_a_ga_subject(facts):
    doc = facts(
        "韓国の国家情報院によりますと、北朝鮮はロシアに兵士およそ3000人を追加で派遣しました。\n"
        "国情院は、追加派遣が今年1月から2月にかけて行われたと分析しています。",
        "2025-03-11",
    )
    dispatch = on(doc, "派遣")
    assert text_date(dispatch) == "2025-01"
    assert dispatch.source == "national-intelligence-service"


def test_a_sentence_of_another_topic_dates_nothing_before(facts):
    doc = facts(
        "韓国の国家情報院によりますと、北朝鮮はロシアに兵士を追加で派遣しました。\n"
        "国情院は、北朝鮮の経済が今年1月から悪化していると分析しています。",
        "2025-03-11",
    )
    assert text_date(on(doc, "派遣")) is None


# ---------------------------------------------------------------- headlines and leads


def test_a_headlines_launch_takes_the_leads_day_and_credit(facts):
    doc = facts(
        "北朝鮮、弾道ミサイル2発を発射\n"
        "防衛省によりますと、北朝鮮は18日午前7時ごろ、西岸付近から弾道ミサイル2発を東に向けて"
        "発射しました。",
        "2025-02-19",
    )
    for launch in all_on(doc, "発射"):
        assert text_date(launch) == "2025-02-18"
        assert (launch.status, launch.source) == ("reported", "japanese-ministry-of-defense")


def test_a_headline_on_a_page_without_a_date_takes_the_credit_only(facts):
    doc = facts(
        "北朝鮮、弾道ミサイル2発を発射\n"
        "防衛省によりますと、北朝鮮は18日午前7時ごろ、西岸付近から弾道ミサイル2発を東に向けて"
        "発射しました。",
        None,
    )
    for launch in all_on(doc, "発射"):
        assert launch.date_start is None
        assert launch.source == "japanese-ministry-of-defense"


def test_a_hedged_headline_takes_the_leads_credit(facts):
    doc = facts(
        "ロシア、北朝鮮に防空システム供与か\n"
        "韓国の情報機関は、ロシアが北朝鮮に防空システムを供与した可能性があると分析している。",
        "2025-03-08",
    )
    for supply in all_on(doc, "供与"):
        assert (supply.status, supply.source) == ("possible", "KOR")


def test_a_headline_of_a_plan_the_lead_announces_is_planned(facts):
    doc = facts(
        "ロシアの外相が訪朝へ\n北朝鮮の外務省は7日、ロシアのラブロフ外相が来週平壌を訪れると"
        "発表した。",
        "2025-03-08",
    )
    assert all(e.status == "planned" for e in doc.events if e.type == "CONSULT"), doc.events


def test_a_headline_the_lead_does_not_retell_keeps_its_own_reading(facts):
    doc = facts(
        "金総書記、ロシア国防相と会談\n"
        "韓国国防省によると、北朝鮮は2日、短距離弾道ミサイルを発射した。",
        "2025-09-03",
    )
    talks = on(doc, "会談")
    assert talks.source is None
    assert talks.date_basis != "text"


# ---------------------------------------------------------------- credit lines, doers


def test_a_credit_line_names_the_outlet_after_the_told_clause(facts):
    doc = facts(
        "北朝鮮は1日、日本海に向けて短距離弾道ミサイル数発を発射した。金正恩総書記が発射を視察"
        "したと朝鮮中央通信が2日伝えた。",
        "2025-07-02",
    )
    launch = on(doc, "発射")
    assert launch.source != "kim-jong-un"
    assert text_date(launch) == "2025-07-01"


def test_a_plain_credit_line_still_credits_its_outlet(facts):
    doc = facts(
        "ロシアのショイグ安全保障会議書記は21日、平壌を訪れ、北朝鮮の金正恩総書記と会談した。"
        "朝鮮中央通信が22日伝えた。",
        "2025-06-22",
    )
    assert on(doc, "会談").source == "kcna"
    assert text_date(on(doc, "会談")) == "2025-06-21"


def test_a_leader_attending_a_launch_is_not_its_doer(facts):
    doc = facts(
        "金正恩総書記の立ち会いのもと、北朝鮮は1日、巡航ミサイルの発射実験を行った。",
        "2025-07-02",
    )
    assert on(doc, "発射").actor == "PRK"


def test_a_leader_named_before_the_comma_of_a_headline_still_acts(facts):
    doc = facts("金総書記、ロシア国防相と会談", "2025-07-02")
    assert on(doc, "会談").actor == "kim-jong-un"


# ---------------------------------------------------------------- off-topic guards


def test_another_summit_names_no_russia_north_korea_fact(facts):
    doc = facts(
        "ロシアのメドベージェフ安全保障会議副議長は7日、中国の習近平国家主席と北京で会談した。",
        "2025-03-08",
    )
    pair = {"RUS", "PRK"}
    assert not [e for e in doc.events if {e.actor, e.target} == pair]
    assert text_date(on(doc, "会談")) == "2025-03-07"


def test_an_act_a_statement_is_about_is_not_dated_by_the_statement(facts):
    doc = facts(
        "ロシアのペスコフ大統領報道官は28日、北朝鮮兵の派遣について「両国の条約に基づくものだ」"
        "と説明した。",
        "2025-04-29",
    )
    assert text_date(on(doc, "派遣")) is None


def test_an_act_a_statement_is_about_keeps_its_own_date(facts):
    doc = facts(
        "ロシアのペスコフ大統領報道官は28日、昨年10月の北朝鮮兵の派遣について「条約に基づく"
        "ものだ」と説明した。",
        "2025-04-29",
    )
    assert text_date(on(doc, "派遣")) == "2024-10"
