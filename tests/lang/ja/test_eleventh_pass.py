"""Short articles in the style of Japanese wire and broadcast news (Kyodo, Jiji, Yomiuri,
NHK, FNN), written for the eleventh pass's classes, found on a set written blind to the
code (fresh3) and checked on the team's own sentences: a speaker set off by where it spoke
(…は21日の国会国防委員会で、 / …は14日に公表した報告書で、); a measure aimed at the bodies
of two states (北朝鮮とロシアの8団体); an act the writer states before a view of what it
means (…会談しており、…の布石との見方が出ている); a report with a qualifier (との一部報道)
denied; a plan said not to exist (訪ロする計画はない); a delegation named by its leader
(…が率いる代表団が平壌に到着); cargo loaded where a ship called (…の港に寄港し、…を積み
出した); an accusation credited to the person or body making it. Guards keep what was
right. Every article was written for these tests; names, numbers and dates are made up."""

from __future__ import annotations

from conftest import on, state_of, states

# ------------------------------------------- a speaker set off by where it spoke


def test_a_report_published_by_the_topic_credits_the_next_sentence(facts):
    doc = facts(
        "韓国国防研究院は20日に公表した報告書で、北朝鮮が2024年1月から今年6月までに"
        "ロシアへの武器供与などで得た外貨は、最大で約40億ドルに上る可能性があると分析した。"
        "報告書によると、北朝鮮はこの間、多連装ロケット砲約200門をロシアに送ったと推定"
        "される。",
        "2025-08-21",
    )
    sent = on(doc, "送っ")[0]
    assert states(sent) == ("PRK", "RUS")
    assert state_of(sent.source) == "KOR"


def test_a_committee_the_topic_reported_to_sets_it_off_as_speaker(facts):
    doc = facts(
        "韓国国防省は21日の国会国防委員会で、北朝鮮がロシアに追加で工兵約1000人を派遣"
        "したと報告した。同省によると、ロシアは見返りに北朝鮮へ石油を提供しているという。",
        "2025-10-22",
    )
    oil = on(doc, "提供")[0]
    assert states(oil) == ("RUS", "PRK")
    assert state_of(oil.source) == "KOR"


def test_a_document_as_the_next_topic_speaks_for_its_publisher(facts):
    doc = facts(
        "韓国統一研究院は2日に公表した報告書で、北朝鮮が砲弾をロシアに送ったと分析した。"
        "報告書は、ロシアが北朝鮮に小麦を支援しているとも指摘した。",
        "2025-09-03",
    )
    wheat = on(doc, "支援")[0]
    assert states(wheat) == ("RUS", "PRK")
    assert state_of(wheat.source) == "KOR"


# ------------------------------------------- a measure aimed at two states' bodies


def test_a_freeze_on_both_states_bodies_is_aimed_at_each(facts):
    doc = facts(
        "政府は14日の閣議で、北朝鮮とロシアの計8団体と12個人を新たに資産凍結の対象に"
        "加えることを了解した。",
        "2025-11-14",
    )
    aimed = {states(e)[1] for e in doc.events if e.type == "SANCTION"}
    assert aimed == {"PRK", "RUS"}


def test_a_pair_word_owner_names_the_pair_told_before(facts):
    doc = facts(
        "韓国政府は3日、北朝鮮・ロシア間の武器取引に関わった両国の個人9人と4団体を独自"
        "制裁の対象に指定した。",
        "2025-11-03",
    )
    aimed = {states(e)[1] for e in doc.events if e.type == "SANCTION"}
    assert aimed == {"PRK", "RUS"}


def test_sanctions_on_companies_of_both_named_after_a_reason(facts):
    doc = facts(
        "米財務省は21日、北朝鮮兵のロシア派遣に関与したとして、ロシアと北朝鮮の企業6社と"
        "個人5人に制裁を科したと発表した。",
        "2025-10-22",
    )
    aimed = {states(e)[1] for e in doc.events if e.type == "SANCTION"}
    assert aimed == {"PRK", "RUS"}


def test_bodies_of_one_state_named_after_the_pair_are_that_states_only(facts):
    doc = facts(
        "政府は2日の閣議で、北朝鮮からの武器輸送に関わったロシアの海運会社3社を資産凍結の"
        "対象とすることを了解した。",
        "2025-12-02",
    )
    aimed = {states(e)[1] for e in doc.events if e.type == "SANCTION"}
    assert aimed == {"RUS"}


# ------------------------------------------- a view of what a stated act means


def test_a_visit_stated_before_a_view_of_its_meaning_is_asserted(facts):
    doc = facts(
        "北朝鮮の朴正天書記は先週モスクワを訪れてショイグ安全保障会議書記と会談しており、"
        "軍事協力拡大の布石ではないかとの見方が出ている。",
        "2025-11-20",
    )
    for event in doc.events:
        assert event.status == "asserted", event


def test_a_transfer_stated_before_a_strong_view_is_asserted(facts):
    doc = facts(
        "ロシアは今年に入って北朝鮮に防空システムを引き渡しており、派兵の見返りとの見方が強い。",
        "2025-11-20",
    )
    handed = on(doc, "引き渡")[0]
    assert states(handed) == ("RUS", "PRK")
    assert handed.status == "asserted"


def test_an_act_inside_the_view_stays_the_views(facts):
    doc = facts("北朝鮮がロシアに新たに兵士を送ったのではないかとの見方が出ている。", "2025-11-20")
    assert on(doc, "送っ")[0].status != "asserted"


def test_a_chained_act_with_its_own_subject_stays_inside_the_belief(facts):
    doc = facts("北朝鮮がロシアに工兵を送っており、前線にも投入しているとみられる。", "2025-11-20")
    assert on(doc, "送っ")[0].status == "possible"


# ------------------------------------------- denials of reports and of plans


def test_a_qualified_report_denied_is_the_act_denied(facts):
    doc = facts(
        "ロシア大統領府のペスコフ報道官は8日、北朝鮮の金正恩総書記が来月ロシアを訪問すると"
        "の一部報道について「そのような計画はない」と述べ、否定した。",
        "2025-12-09",
    )
    visits = on(doc, "訪問")
    assert any(e.status == "denied" and e.source == "dmitry-peskov" for e in visits)


def test_a_plan_said_not_to_exist_is_denied(facts):
    doc = facts("北朝鮮外務省は、ロシアに追加で部隊を派遣する計画はないと主張した。", "2025-11-20")
    assert on(doc, "派遣")[0].status == "denied"


def test_a_schedule_said_not_to_exist_is_denied(facts):
    doc = facts(
        "ロシア国防省は、北朝鮮に兵器を供与する予定は現時点でないと表明した。", "2025-11-20"
    )
    assert on(doc, "供与")[0].status == "denied"


def test_a_plan_said_to_exist_stays_planned(facts):
    doc = facts(
        "ロシア大統領府は、プーチン大統領が年内に北朝鮮を訪問する計画があると明らかにした。",
        "2025-11-20",
    )
    assert on(doc, "訪問")[0].status == "planned"


# ------------------------------------------- a delegation named by its leader


def test_a_delegation_led_by_a_vice_minister_visits_for_his_state(facts):
    doc = facts("ロシアのガルージン外務次官が率いる代表団が12日、平壌に到着した。", "2025-11-13")
    assert states(on(doc, "到着")[0]) == ("RUS", "PRK")


def test_a_delegation_headed_by_a_minister_meets_for_his_state(facts):
    doc = facts(
        "朝鮮中央通信によると、ロシアのコズロフ天然資源相を団長とする政府代表団が3日に"
        "平壌を訪れ、北朝鮮の尹正浩対外経済相と会談した。",
        "2025-11-04",
    )
    for event in doc.events:
        assert state_of(event.actor) == "RUS", event
    assert "japanese-government" not in {e.actor for e in doc.events}


def test_a_north_korean_delegation_in_moscow(facts):
    doc = facts(
        "北朝鮮の李英植副首相が率いる経済代表団が先週モスクワを訪問し、ロシア側と協議した。",
        "2025-11-20",
    )
    assert states(on(doc, "訪問")[0]) == ("PRK", "RUS")


# ------------------------------------------- cargo loaded where the ship called


def test_oil_loaded_at_a_russian_port_goes_to_the_tankers_state(facts):
    doc = facts(
        "北朝鮮のタンカーが今年3月以降、ロシア極東ナホトカの石油ターミナルで石油製品を"
        "積み込んでいたことが分かった。",
        "2025-11-20",
    )
    assert states(on(doc, "積み込")[0]) == ("RUS", "PRK")


def test_cargo_loaded_at_the_port_of_call_leaves_from_its_state(facts):
    doc = facts(
        "複数の日本政府関係者によると、北朝鮮の貨物船が先月、ロシア極東のザルビノ港に2回"
        "入港し、小麦などの食料を積み込んだ。",
        "2025-11-20",
    )
    assert states(on(doc, "積み込")[0]) == ("RUS", "PRK")


def test_a_russian_ship_loading_at_a_north_korean_port(facts):
    doc = facts(
        "ロシアの貨物船が北朝鮮北東部の羅津で弾薬とみられる貨物を積載し、ロシアに向かった。",
        "2025-11-20",
    )
    assert states(on(doc, "積載")[0]) == ("PRK", "RUS")


def test_loading_at_a_third_states_port_is_no_transfer_between_the_two(facts):
    doc = facts("北朝鮮のタンカーが中国の港に寄港し、軽油を積み込んだ。", "2025-11-20")
    assert not [e for e in doc.events if {*states(e)} == {"PRK", "RUS"}]


# ------------------------------------------- an accusation on its maker's word


def test_a_spokesmans_accusation_is_credited_to_his_office(facts):
    doc = facts(
        "韓国外務省報道官は21日の定例会見で、ロシアと北朝鮮の軍事協力を強く非難した。",
        "2025-10-22",
    )
    accusation = on(doc, "非難")[0]
    assert state_of(accusation.source) == "KOR"


def test_a_states_bare_accusation_stays_the_texts_own(facts):
    doc = facts("北朝鮮は、米国と韓国の合同軍事演習を非難した。", "2025-10-22")
    for event in doc.events:
        if event.type == "ACCUSE":
            assert event.source is None


# ------------------------------------------- a document's word past a hearsay sentence


def test_a_document_opening_a_later_sentence_is_its_publishers_word(facts):
    doc = facts(
        "韓国国防研究院(KIDA)は14日に公表した報告書で、北朝鮮が昨年1月から今年8月までに"
        "ロシアへの武器供与などで得た収入は、最大で約90億ドルに上る可能性があると分析した。\n"
        "報告書によると、北朝鮮はこの間に砲弾約500万発をロシアに送ったと推定される。\n"
        "見返りは現金だけでなく、食料の形でも支払われているとみられるという。\n"
        "報告書は「ロシアからの支援で北朝鮮の軍需産業が息を吹き返している」と指摘した。",
        "2025-09-15",
    )
    sent = on(doc, "送っ")[0]
    aid = on(doc, "支援")[0]
    assert states(sent) == ("PRK", "RUS") and states(aid) == ("RUS", "PRK")
    assert state_of(sent.source) == "KOR" and state_of(aid.source) == "KOR"


# ------------------------------------------- a second count of the same teller


def test_a_second_count_in_the_tellers_sentence_is_the_tellers(facts):
    doc = facts(
        "北朝鮮はロシアに兵士を派遣している。国家情報院はまた、これまでの北朝鮮兵の死傷者は"
        "約4000人で、このうち死者は約1100人と推計していると説明した。",
        "2025-11-20",
    )
    counts = {f.value: f for f in doc.figures if f.kind == "casualties"}
    assert counts[1100].source == counts[4000].source == "national-intelligence-service"


# ------------------------------------------- dates of the news and of background


def test_the_same_day_skips_a_background_day_of_a_describing_clause(facts):
    doc = facts(
        "朝鮮中央通信は20日、ロシアの外務次官が19日に平壌を訪れたと報じた。昨年6月19日に"
        "両国首脳が署名した条約から1年を迎えたのに合わせた訪問だという。\n"
        "同通信によると、金正恩総書記は同日、プーチン大統領に祝電を送った。",
        "2025-06-20",
    )
    assert on(doc, "祝電")[0].date_start == "2025-06-19"


def test_the_same_day_after_a_plain_day_is_that_day(facts):
    doc = facts(
        "ロシアのショイグ安全保障会議書記は5日、平壌に到着した。金総書記は同日、ショイグ氏と"
        "会談した。",
        "2025-06-06",
    )
    assert on(doc, "会談")[0].date_start == "2025-06-05"


def test_a_date_before_chained_clauses_found_out_dates_the_later_act(facts):
    doc = facts(
        "北朝鮮のタンカーが今年1〜6月、ロシアの港に寄港し、石油製品を積み出していたことが"
        "分かった。",
        "2025-08-02",
    )
    loaded = on(doc, "積み出")[0]
    assert states(loaded) == ("RUS", "PRK")
    assert (loaded.date_start or "").startswith("2025-01")


def test_a_decisions_object_keeps_the_leads_day(facts):
    doc = facts(
        "政府は9日、北朝鮮の3団体を資産凍結の対象に加えることを閣議了解した。", "2025-11-10"
    )
    assert on(doc, "資産凍結")[0].date_start == "2025-11-09"


def test_a_spokesmans_accusation_stays_told_as_fact(facts):
    doc = facts("米国務省の報道官は、北朝鮮がロシアに弾道ミサイルを供与していると非難した。")
    accusation = on(doc, "非難")[0]
    assert (accusation.status, state_of(accusation.source)) == ("asserted", "USA")


# ------------------------------------------- envoys sent, workers abroad


def test_a_delegation_sent_is_a_visit_and_shells_sent_stay_aid(facts):
    doc = facts("北朝鮮は今年3月、ロシアに代表団を送り、砲弾を引き渡した。", "2025-04-02")
    assert (on(doc, "送り")[0].type, states(on(doc, "送り")[0])) == ("CONSULT", ("PRK", "RUS"))
    assert on(doc, "引き渡")[0].type == "AID"


def test_workers_told_as_working_in_russia_were_sent_by_their_state(facts):
    doc = facts(
        "ロシアの建設現場で働く北朝鮮の労働者が1万5000人規模に増えていることが、韓国政府"
        "関係者への取材で分かった。",
        "2025-11-20",
    )
    working = on(doc, "働く")[0]
    assert (working.type, states(working)) == ("AID", ("PRK", "RUS"))
    assert state_of(working.source) == "KOR"


def test_workers_staying_in_russia_after_a_credit(facts):
    doc = facts(
        "韓国統一省によると、ロシアに滞在する北朝鮮の労働者は昨年末時点で約2万人に達した。",
        "2025-11-20",
    )
    assert states(on(doc, "滞在")[0]) == ("PRK", "RUS")


def test_workers_of_a_state_at_home_or_in_a_third_state_are_no_transfer(facts):
    for text in (
        "北朝鮮の工場で働く労働者がロシア向けの砲弾を生産している。",
        "中国の工場で働く北朝鮮の労働者は数万人に上るとされる。ロシアも受け入れを検討している。",
        "ロシアの工場で働くロシア人の技術者の賃金が上がった。北朝鮮は沈黙している。",
    ):
        doc = facts(text, "2025-11-20")
        working = [e for e in doc.events if "働" in e.trigger]
        assert not [e for e in working if {*states(e)} == {"PRK", "RUS"}], text


# ------------------------------------------- a subject set off before a relative clause


def test_a_reported_meeting_with_a_visitor_described_by_a_clause(facts):
    doc = facts(
        "朝鮮中央通信は11日、金正恩総書記が10日、平壌を訪問したロシアのベロウソフ国防相と"
        "会談したと報じた。",
        "2025-11-11",
    )
    meeting = [e for e in doc.events if e.mode == "meeting"]
    assert meeting and meeting[0].actor == "kim-jong-un"
    assert meeting[0].target == "andrei-belousov" and meeting[0].source == "kcna"
    visit = [e for e in doc.events if e.mode == "visit"]
    assert visit and states(visit[0]) == ("RUS", "PRK")


def test_a_meeting_reported_by_a_russian_agency_with_a_described_visitor(facts):
    doc = facts(
        "タス通信は5日、プーチン大統領が4日、モスクワを訪れた北朝鮮の崔善姫外相と会談したと"
        "伝えた。",
        "2025-11-05",
    )
    meeting = [e for e in doc.events if e.mode == "meeting"]
    assert meeting and (meeting[0].actor, meeting[0].target) == ("vladimir-putin", "choe-son-hui")


def test_a_plain_reported_meeting_is_unchanged(facts):
    doc = facts(
        "タス通信は5日、プーチン大統領が4日、北朝鮮の崔善姫外相と会談したと伝えた。", "2025-11-05"
    )
    meeting = [e for e in doc.events if e.mode == "meeting"]
    assert meeting and meeting[0].actor == "vladimir-putin"


def test_a_military_bodys_delegation_visits_and_troops_still_deploy(facts):
    doc = facts("国営メディアによると、ロシア軍参謀本部の代表団が18日、平壌に到着した。")
    arrival = on(doc, "到着")[0]
    assert (arrival.type, arrival.mode, states(arrival)) == ("CONSULT", "visit", ("RUS", "PRK"))
    doc = facts("北朝鮮軍の兵士がクルスク州に到着した。ロシア国防省が発表した。")
    assert on(doc, "到着")[0].type != "CONSULT"


# ------------------------------------------- acts being arranged


def test_an_act_being_arranged_is_planned(facts):
    doc = facts(
        "ロシアと北朝鮮は年内に初の合同軍事演習を実施する方向で調整している。", "2025-11-20"
    )
    assert on(doc, "演習")[0].status == "planned"
    doc = facts("金総書記は来月ロシアを訪問する方向で最終調整している。", "2025-11-20")
    assert on(doc, "訪問")[0].status == "planned"


def test_a_direction_of_fire_is_no_arrangement(facts):
    doc = facts("北朝鮮は7日、東方向に弾道ミサイルを発射した。ロシアは沈黙している。", "2025-11-20")
    assert on(doc, "発射")[0].status == "asserted"
