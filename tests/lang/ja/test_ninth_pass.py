"""Short articles in the style of Japanese wire and broadcast news (Kyodo's 【ソウル共同】,
Jiji, NHK, Yonhap's Japanese service, KBS World Japanese), written for the ninth pass's
classes of fields read wrong on unseen pages: a credit line of its own after the fact
that names the teller's own source (…が軍消息筋の話として伝えた) or a paper the gazetteer
does not know (英紙…が報じた); a leader receiving visitors (接見); an accusation whose
object is an act the sentence names (…による…への派兵を非難): the doer of that act is
accused, not a party named inside the phrase or a co-signer; an accusation told only
as what a joint statement does (…を非難する共同声明を発表); an act named as one outcome
thought likely (…を行うことも考えられる). Guards keep what was right. Every article was
written for these tests; names, numbers and dates are made up."""

from __future__ import annotations

from kansoku.model import Document, Event


def on(doc: Document, trigger: str) -> Event:
    found = [e for e in doc.events if trigger in e.trigger]
    assert found, f"no event on {trigger} in {doc.text!r}; events: {doc.events}"
    return found[0]


def none_on(doc: Document, trigger: str) -> None:
    found = [e for e in doc.events if trigger in e.trigger]
    assert not found, f"an event on {trigger} in {doc.text!r}: {found}"


# ------------------------------------------------ a credit line naming its own source


def test_a_credit_line_citing_its_sources_credits_the_sentence_before(facts):
    doc = facts(
        "北朝鮮はロシアに自走砲約170門を引き渡した。韓国の聯合ニュースが軍消息筋の話として"
        "9日伝えた。",
        "2025-04-10",
    )
    handover = on(doc, "引き渡")
    assert (handover.actor, handover.target) == ("PRK", "RUS")
    assert (handover.status, handover.source) == ("reported", "yonhap")


def test_a_broadcaster_citing_officials_credits_the_missiles(facts):
    doc = facts(
        "北朝鮮がロシアに短距離弾道ミサイルを少なくとも60発供与した。米CNNテレビが14日、"
        "米当局者の話として報じた。",
        "2025-07-15",
    )
    supply = on(doc, "供与")
    assert (supply.status, supply.source) == ("reported", "cnn")


def test_a_briefing_sentence_of_its_own_credits_the_guess_before(facts):
    doc = facts(
        "金正恩総書記が年内にロシアを再び訪れる可能性がある。韓国の国家情報院が3日、"
        "国会に報告した。",
        "2025-09-04",
    )
    visit = on(doc, "訪")
    assert visit.status == "possible"
    assert visit.source == "national-intelligence-service"


def test_a_sentence_judging_something_as_a_threat_credits_nothing(facts):
    doc = facts(
        "北朝鮮はロシアに砲弾を送り続けている。米国はこれを深刻な脅威として警戒している。",
        "2025-04-10",
    )
    sent = on(doc, "送")
    assert sent.source is None
    assert sent.status == "asserted"


def test_a_paper_the_gazetteer_does_not_know_still_makes_the_fact_reported(facts):
    doc = facts(
        "ロシアが北朝鮮に地対空ミサイルを供与した。英紙ガーディアンが政府筋の話として報じた。",
        "2025-05-21",
    )
    assert on(doc, "供与").status == "reported"


def test_a_sentence_telling_a_meeting_is_no_credit_line(facts):
    doc = facts(
        "北朝鮮がロシアに砲弾を送った。英国の外相は20日、韓国の外相と会談した。",
        "2025-05-21",
    )
    sent = on(doc, "送")
    assert (sent.status, sent.source) == ("asserted", None)


# ------------------------------------------------ a leader receiving visitors


def test_a_leader_receiving_a_visitor_meets_him(facts):
    doc = facts(
        "北朝鮮の金正恩総書記は8日、平壌を訪れたロシアのショイグ安全保障会議書記を接見した。"
        "朝鮮中央通信が9日伝えた。",
        "2025-11-09",
    )
    meeting = on(doc, "接見")
    assert (meeting.actor, meeting.target) == ("kim-jong-un", "sergei-shoigu")
    assert meeting.date_start == "2025-11-08"
    assert (meeting.status, meeting.source) == ("reported", "kcna")


def test_a_delegation_received_is_the_one_met(facts):
    doc = facts("金正恩総書記は24日、ロシア国防省の代表団と接見した。", "2025-11-25")
    meeting = on(doc, "接見")
    assert meeting.actor == "kim-jong-un"
    assert meeting.target == "russian-ministry-of-defence"


# ------------------------------------------------ whom an accusation is aimed at


def test_the_doer_of_the_act_accused_is_the_target_not_its_receiver(facts):
    doc = facts(
        "日米韓の防衛相は会談後の共同声明で、北朝鮮によるロシアへの派兵を強く非難した。",
        "2025-06-02",
    )
    accusation = on(doc, "非難")
    assert accusation.actor == "JPN"
    assert accusation.target == "PRK"


def test_a_transfer_told_as_a_clause_aims_the_accusation_at_its_giver(facts):
    doc = facts(
        "日米韓の外相は共同声明で、ロシアが北朝鮮に宇宙技術を移転していることを非難した。",
        "2025-06-02",
    )
    accusation = on(doc, "非難")
    assert (accusation.actor, accusation.target) == ("JPN", "RUS")


def test_a_quoted_verdict_between_the_act_and_the_accusation(facts):
    doc = facts(
        "ウクライナ外務省は12日、北朝鮮がロシアに兵士を送ったことを「明白な侵略への加担だ」と"
        "非難した。",
        "2025-03-13",
    )
    assert on(doc, "非難").target == "PRK"


def test_of_two_acts_accused_the_first_listed_is_aimed_at(facts):
    doc = facts(
        "韓国外務省は、北朝鮮のロシア派兵とロシアからの技術供与を強く非難した。",
        "2025-03-13",
    )
    assert on(doc, "非難").target == "PRK"


def test_a_person_accused_after_the_act_stays_the_target(facts):
    doc = facts(
        "ウクライナは、北朝鮮兵の派遣を主導した金正恩総書記を非難した。",
        "2025-03-13",
    )
    assert on(doc, "非難").target == "kim-jong-un"


def test_a_state_accused_for_its_sanctions_stays_the_target(facts):
    doc = facts("北朝鮮外務省は、ロシアへの制裁を強化した米国を非難した。", "2025-03-13")
    assert on(doc, "非難").target == "USA"


def test_a_joint_statement_condemning_makes_its_issuers_accuse(facts):
    doc = facts(
        "日米韓の外相は5日、北朝鮮軍のロシア派兵を最も強い言葉で非難する共同声明を発表した。",
        "2025-02-06",
    )
    accusation = on(doc, "非難")
    assert accusation.actor == "JPN"
    assert accusation.target in ("PRK", "korean-peoples-army")
    assert accusation.date_start == "2025-02-05"


def test_a_condemning_clause_on_no_statement_makes_no_accuser(facts):
    doc = facts("北朝鮮の派兵を非難する声がロシア国内でも出ている。", "2025-02-06")
    for event in doc.events:
        if "非難" in event.trigger:
            assert event.actor != "PRK"


# ------------------------------------------------ an outcome thought likely


def test_an_act_named_as_one_likely_outcome_is_possible(facts):
    doc = facts(
        "北朝鮮が新型の偵察衛星を打ち上げる際、ロシアが技術支援を行うことも考えられる。",
        "2025-08-01",
    )
    help_ = on(doc, "支援")
    assert (help_.actor, help_.target) == ("RUS", "PRK")
    assert help_.status == "possible"


def test_an_act_found_to_have_happened_is_not_a_guess(facts):
    doc = facts(
        "北朝鮮がロシアに多連装ロケット砲を送ったことが確認された。",
        "2025-08-01",
    )
    assert on(doc, "送").status != "possible"


# ------------------------------------------------ a plan announced by the next sentence


def test_a_visit_told_in_the_non_past_and_announced_after_is_planned(facts):
    doc = facts(
        "ロシアのベロウソフ国防相は17日から北朝鮮を訪問する。ロシア国防省が15日発表した。",
        "2025-10-16",
    )
    visit = on(doc, "訪問")
    assert (visit.actor, visit.target) == ("andrei-belousov", "PRK")
    assert visit.status == "planned"
    assert visit.source == "russian-ministry-of-defence"


def test_a_dispatch_told_in_the_past_and_announced_after_stays_reported(facts):
    doc = facts("北朝鮮はロシアに工兵部隊を派遣した。韓国国防省が15日明らかにした。", "2025-10-16")
    assert on(doc, "派遣").status == "reported"


def test_shipments_going_on_and_announced_after_stay_reported(facts):
    doc = facts(
        "北朝鮮はロシアに砲弾を送り続けている。韓国の国家情報院が明らかにした。", "2025-10-16"
    )
    assert on(doc, "送").status == "reported"


# ------------------------------------------------ broadcast credit lines, feared acts


def test_a_broadcast_credit_line_in_the_polite_form_credits_the_meeting(facts):
    doc = facts(
        "ロシアのプーチン大統領は4日、モスクワで北朝鮮の崔善姫外相と会談しました。"
        "ロシア大統領府が発表しました。",
        "2025-12-05",
    )
    meeting = on(doc, "会談")
    assert (meeting.actor, meeting.target) == ("vladimir-putin", "choe-son-hui")
    assert (meeting.status, meeting.source) == ("reported", "kremlin")


def test_an_act_feared_is_possible(facts):
    doc = facts(
        "米国務省の報道官は、ロシアが北朝鮮の潜水艦開発を支援することを懸念していると述べた。",
        "2025-12-05",
    )
    assert on(doc, "支援").status == "possible"


def test_concern_over_aid_going_on_is_no_guess(facts):
    doc = facts(
        "米国務省の報道官は、ロシアが北朝鮮の潜水艦開発を支援していることに懸念を示した。",
        "2025-12-05",
    )
    assert on(doc, "支援").status != "possible"


# ------------------------------------------------ acts whose happening is left open


def test_an_act_not_confirmed_is_not_told_as_done(facts):
    doc = facts(
        "韓国軍は、北朝鮮がロシアに追加の兵士を送った事実は確認していないと説明した。",
        "2025-04-03",
    )
    sent = on(doc, "送")
    assert (sent.actor, sent.target) == ("PRK", "RUS")
    assert sent.status == "possible"


def test_an_act_of_which_there_is_no_information_is_not_told_as_done(facts):
    doc = facts("ロシアが北朝鮮に攻撃型潜水艦を引き渡したとの情報はない。", "2025-04-03")
    assert on(doc, "引き渡").status == "possible"


def test_whether_an_act_happened_left_open_is_possible(facts):
    doc = facts("ロシアが北朝鮮に再突入技術を提供したかは明らかになっていない。", "2025-04-03")
    assert on(doc, "提供").status == "possible"


def test_an_act_confirmed_stays_told(facts):
    doc = facts("北朝鮮兵がクルスク州で戦闘に参加したことが確認された。", "2025-04-03")
    assert on(doc, "戦闘").status != "possible"


# ------------------------------------------------ a credit line after a report's hearsay


def test_a_credit_line_after_hearsay_credits_the_report_s_first_sentence(facts):
    doc = facts(
        "北朝鮮はロシアに多連装ロケット砲を追加で送った。見返りにロシアから食料や原油を"
        "受け取っているという。韓国の聯合ニュースが6日、政府消息筋の話として伝えた。",
        "2025-08-07",
    )
    sent = on(doc, "送")
    assert (sent.actor, sent.target) == ("PRK", "RUS")
    assert (sent.status, sent.source) == ("reported", "yonhap")


def test_a_credit_line_after_a_sentence_of_the_writer_s_own_reaches_no_further(facts):
    doc = facts(
        "北朝鮮はロシアに多連装ロケット砲を追加で送った。両国は昨年、軍事同盟を含む条約を"
        "結んでいる。韓国の聯合ニュースが6日伝えた。",
        "2025-08-07",
    )
    assert on(doc, "送").source is None


# ------------------------------------------------ informal talks, aid to be stepped up


def test_informal_talks_are_a_meeting(facts):
    doc = facts(
        "ロシアを訪れている北朝鮮の崔善姫外相は2日、モスクワでラブロフ外相と懇談した。",
        "2025-12-03",
    )
    talks = on(doc, "懇談")
    assert (talks.actor, talks.target) == ("choe-son-hui", "sergei-lavrov")
    assert talks.date_start == "2025-12-02"


def test_aid_announced_to_be_stepped_up_is_planned(facts):
    doc = facts(
        "ロシアのメドベージェフ安全保障会議副議長は、北朝鮮への軍事支援をさらに強化すると述べた。",
        "2025-12-03",
    )
    aid = on(doc, "支援")
    assert aid.target == "PRK"
    assert aid.status == "planned"


def test_aid_said_to_be_stepped_up_already_is_told(facts):
    doc = facts("ロシアは北朝鮮への軍事支援を強化していると述べた。", "2025-12-03")
    assert on(doc, "支援").status == "reported"


# ------------------------------------------------ credit lines pointing back


def test_a_credit_line_saying_so_credits_the_sentence_before(facts):
    doc = facts(
        "ロシア軍に北朝鮮製の砲弾が大量に供給されている。英国防省は8日、情報分析でこう指摘した。",
        "2025-07-09",
    )
    supply = on(doc, "供給")
    assert (supply.status, supply.source) == ("reported", "uk-ministry-of-defence")


def test_a_credit_line_opening_on_this_credits_the_sentence_before(facts):
    doc = facts(
        "北朝鮮は今春、ロシアに対戦車ミサイルを輸出した。このことは、韓国政府の関係者が8日、"
        "記者団に明らかにした。",
        "2025-07-09",
    )
    export = on(doc, "輸出")
    assert (export.actor, export.target) == ("PRK", "RUS")
    assert export.status == "reported"
    assert export.source in ("KOR", "south-korean-government")


def test_a_long_sentence_saying_so_about_its_own_act_credits_nothing_before(facts):
    doc = facts(
        "北朝鮮はロシアに砲弾を送った。韓国の国防相は8日、国会の国防委員会で北朝鮮の挑発に"
        "備える必要があるとこう強調した。",
        "2025-07-09",
    )
    assert on(doc, "送").source is None


# ------------------------------------------------ a denial in the speaker's quoted words


def test_a_denial_made_in_quoted_words_is_on_the_speaker_s_word(facts):
    doc = facts(
        "ロシアのザハロワ外務省報道官は5日、北朝鮮がロシアに技術者を送ったとの報道について"
        "「事実に基づかない」と述べ、否定した。",
        "2025-09-06",
    )
    denial = on(doc, "否定")
    assert denial.actor == "maria-zakharova"
    assert denial.source == "maria-zakharova"


def test_a_denial_told_by_the_writer_has_no_source(facts):
    doc = facts("北朝鮮とロシアは、これまで砲弾の取引を一貫して否定している。", "2025-09-06")
    assert on(doc, "否定").source is None


def test_aid_pledged_for_an_attack_to_come_is_planned(facts):
    doc = facts(
        "ロシアの外務次官は、北朝鮮が攻撃を受けた場合には軍事援助を行うと表明した。", "2025-12-03"
    )
    aid = on(doc, "援助")
    assert (aid.actor, aid.target) == ("RUS", "PRK")
    assert aid.status == "planned"


def test_aid_said_to_be_given_already_is_told(facts):
    doc = facts("北朝鮮はロシアへの軍事援助を行っていると述べた。", "2025-12-03")
    assert on(doc, "援助").status == "reported"
