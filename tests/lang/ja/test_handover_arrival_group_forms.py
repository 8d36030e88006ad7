"""Forms of news writing read from real reports on the topic (issue #8, fifth pass):
arrivals told as X入り, meetings said plainly (と会った), more words of handing over and
obtaining, group forms of two states (露朝首脳), headlines of two statements, acts
undertaken (派兵に踏み切った), judgements in the passive (と推定される), troops moved
as an object (部隊を引き揚げた), ministers sent as envoys and attempts (取得しようと
している). Every sentence was written for these tests; each class has sentences that
must not make the event (another use of the same word, a hypothetical, a delegation)."""

from __future__ import annotations

from kansoku.model import Document, Event

PUBLISHED = "2025-03-14"


def events_on(doc: Document, trigger: str) -> list[Event]:
    return [e for e in doc.events if e.trigger.startswith(trigger)]


def by_trigger(doc: Document, trigger: str) -> Event:
    found = events_on(doc, trigger)
    assert found, f"no event on {trigger} in {doc.text!r}; events: {doc.events}"
    return found[0]


def text_date(event: Event) -> str | None:
    return event.date_start if event.date_basis in ("text", "context") else None


def pair(event: Event) -> set[str | None]:
    return {event.actor, event.target}


# ---------------------------------------------------------------- arrivals: X入り


def test_arriving_in_a_capital_is_a_visit_to_its_state(facts):
    doc = facts("ロシアのラブロフ外相は3日、空路で平壌入りした。", PUBLISHED)
    event = by_trigger(doc, "入り")
    assert (event.type, event.mode) == ("CONSULT", "visit")
    assert (event.actor, event.target, event.status) == ("sergei-lavrov", "PRK", "asserted")
    assert text_date(event) == "2025-03-03"


def test_arriving_in_a_state_named_as_the_place_is_a_visit_there(facts):
    doc = facts("北朝鮮の外相がモスクワ入りした。", PUBLISHED)
    event = by_trigger(doc, "入り")
    assert (event.type, event.actor, event.target) == ("CONSULT", "PRK", "RUS")


def test_troops_arriving_in_a_region_deploy(facts):
    doc = facts("北朝鮮の砲兵部隊が先月、ロシア西部のクルスク州入りした。", PUBLISHED)
    event = by_trigger(doc, "入り")
    assert event.type in ("AID", "MOBILIZE") and event.mode == "troops"
    assert (event.actor, event.target) == ("PRK", "RUS")


def test_an_arrival_to_come_is_planned(facts):
    doc = facts("金総書記は来週にもロシア入りする見通しだ。", PUBLISHED)
    event = by_trigger(doc, "入り")
    assert (event.actor, event.target, event.status) == ("kim-jong-un", "RUS", "planned")


def test_an_arrival_describing_whom_a_meeting_greets_is_no_event_of_its_own(facts):
    doc = facts("プーチン大統領は10日、モスクワ入りした北朝鮮の崔善姫外相と会談した。", PUBLISHED)
    assert not events_on(doc, "入り") and events_on(doc, "会談")


def test_a_period_entered_is_no_arrival(facts):
    doc = facts("今年に入り、北朝鮮とロシアの貿易額は大きく増えた。", PUBLISHED)
    assert not events_on(doc, "入り")


# ---------------------------------------------------------------- meetings said plainly


def test_meeting_someone_is_a_meeting(facts):
    doc = facts("北朝鮮の崔善姫外相はモスクワでロシアのラブロフ外相と会った。", PUBLISHED)
    event = by_trigger(doc, "と会")
    assert (event.type, event.mode) == ("CONSULT", "meeting")
    assert (event.actor, event.target) == ("choe-son-hui", "sergei-lavrov")


def test_an_audience_given_is_a_meeting(facts):
    doc = facts("金総書記はロシア安全保障会議のショイグ書記と会見した。", PUBLISHED)
    event = by_trigger(doc, "と会見")
    assert (event.type, event.actor, event.target) == ("CONSULT", "kim-jong-un", "sergei-shoigu")


def test_a_press_conference_is_no_meeting(facts):
    doc = facts("北朝鮮外務省の報道官は記者会見で、ロシアとの関係について説明した。", PUBLISHED)
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_people_of_no_state_meeting_make_no_event(facts):
    doc = facts("北朝鮮の話題について、会社員は取引先の担当者と会った。", PUBLISHED)
    assert not events_on(doc, "と会")


# ---------------------------------------------------------------- handing over, obtaining


def test_a_sale_of_arms_is_a_transfer(facts):
    doc = facts("北朝鮮はロシアに多連装ロケット砲を売却した。", PUBLISHED)
    event = by_trigger(doc, "売却")
    assert (event.type, event.actor, event.target, event.status) == (
        "AID", "PRK", "RUS", "asserted"
    )  # fmt: skip


def test_a_handover_that_may_come_is_possible(facts):
    doc = facts("ロシアが北朝鮮に旧式の戦闘機を譲渡する可能性がある。", PUBLISHED)
    event = by_trigger(doc, "譲渡")
    assert (event.type, event.actor, event.target, event.status) == (
        "AID", "RUS", "PRK", "possible"
    )  # fmt: skip


def test_know_how_passed_on_is_technology(facts):
    doc = facts("ロシアは北朝鮮に人工衛星の技術を伝授している。", PUBLISHED)
    event = by_trigger(doc, "伝授")
    assert (event.type, event.mode, event.actor, event.target) == (
        "AID", "technology", "RUS", "PRK"
    )  # fmt: skip


def test_a_buyer_receives_from_the_seller(facts):
    doc = facts("ロシアは北朝鮮から大量の砲弾を買い付けた。", PUBLISHED)
    event = by_trigger(doc, "買い付け")
    assert (event.type, event.actor, event.target) == ("AID", "PRK", "RUS")


def test_what_is_obtained_comes_from_the_giver(facts):
    doc = facts("ロシアは北朝鮮から短距離弾道ミサイルを手に入れた。", PUBLISHED)
    event = by_trigger(doc, "手に入れ")
    assert (event.type, event.actor, event.target) == ("AID", "PRK", "RUS")


def test_goods_that_pass_between_states_are_a_transfer(facts):
    doc = facts("北朝鮮からロシアに数十万発の砲弾が渡った。", PUBLISHED)
    event = by_trigger(doc, "渡っ")
    assert (event.type, event.actor, event.target) == ("AID", "PRK", "RUS")


def test_a_sale_of_no_states_goods_is_no_event(facts):
    doc = facts("北朝鮮情勢の悪化を受け、その会社は本社ビルを売却した。", PUBLISHED)
    assert not events_on(doc, "売却")


def test_crossing_a_river_is_no_transfer(facts):
    doc = facts("北朝鮮兵の一団が夜間に川を渡った。", PUBLISHED)
    assert not events_on(doc, "渡っ")


def test_trust_gained_is_no_transfer(facts):
    doc = facts("北朝鮮はロシアから国際的な信頼を獲得できていない。", PUBLISHED)
    assert not events_on(doc, "獲得")


# ---------------------------------------------------------------- group forms of two states


def test_the_leaders_of_a_group_form_meet_each_other(facts):
    doc = facts("露朝首脳はウラジオストクで会談した。", PUBLISHED)
    event = by_trigger(doc, "会談")
    assert event.type == "CONSULT" and pair(event) == {"RUS", "PRK"}


def test_a_group_form_agrees_between_its_states(facts):
    doc = facts("ロ朝両国は軍事分野での協力強化で合意した。", PUBLISHED)
    event = by_trigger(doc, "合意")
    assert event.type == "AGREE" and pair(event) == {"RUS", "PRK"}


def test_a_treaty_between_a_group_form_takes_effect_between_them(facts):
    doc = facts("露朝間の新たな条約が発効した。", PUBLISHED)
    event = by_trigger(doc, "発効")
    assert (event.type, event.mode) == ("AGREE", "in_force") and pair(event) == {"RUS", "PRK"}


# ---------------------------------------------------------------- headlines


def test_a_headline_of_two_statements_reads_each(facts):
    doc = facts("露朝首脳が会談　軍事協力の拡大で一致", PUBLISHED)
    event = by_trigger(doc, "会談")
    assert event.type == "CONSULT" and pair(event) == {"RUS", "PRK"}
    assert event.status == "asserted"


def test_a_headlines_plan_does_not_hedge_its_first_statement(facts):
    doc = facts("ショイグ氏が平壌入り　金総書記と会談へ", PUBLISHED)
    arrival, talks = by_trigger(doc, "入り"), by_trigger(doc, "会談")
    assert (arrival.actor, arrival.target, arrival.status) == ("sergei-shoigu", "PRK", "asserted")
    assert (talks.target, talks.status) == ("kim-jong-un", "planned")


def test_a_headline_without_a_credit_plans_only_what_it_closes_with(facts):
    doc = facts("北朝鮮がロシアに派兵、ウクライナ戦線投入へ", PUBLISHED)
    assert by_trigger(doc, "派兵").status == "asserted"
    assert by_trigger(doc, "投入").status == "planned"


def test_a_headline_credit_with_its_verb_and_no_particle(facts):
    doc = facts("北朝鮮がロシアに対戦車ミサイル供与　ウクライナ国防省発表", PUBLISHED)
    event = by_trigger(doc, "供与")
    assert (event.actor, event.target) == ("PRK", "RUS")
    assert (event.source, event.status) == ("ukrainian-ministry-of-defence", "reported")


# ---------------------------------------------------------------- acts undertaken


def test_a_dispatch_undertaken_is_a_dispatch(facts):
    doc = facts("北朝鮮は昨年秋、ロシアへの派兵に踏み切った。", PUBLISHED)
    event = by_trigger(doc, "派兵")
    assert (event.type, event.mode, event.actor, event.target) == ("AID", "troops", "PRK", "RUS")
    assert event.status == "asserted"


def test_a_supply_embarked_on_is_a_supply(facts):
    doc = facts("ロシアは北朝鮮への防空システム供与に乗り出した。", PUBLISHED)
    event = by_trigger(doc, "供与")
    assert (event.type, event.actor, event.target, event.status) == (
        "AID", "RUS", "PRK", "asserted"
    )  # fmt: skip


def test_whether_a_dispatch_will_be_undertaken_asserts_nothing(facts):
    doc = facts("北朝鮮がロシアへの派兵に踏み切るかどうかは不透明だ。", PUBLISHED)
    assert all(e.status != "asserted" for e in events_on(doc, "派兵"))


# ---------------------------------------------------------------- judgements in the passive


def test_an_analysis_in_the_passive_is_no_ones_claim_about_the_topic(facts):
    doc = facts("北朝鮮はロシアに砲弾を供給していると分析されている。", PUBLISHED)
    event = by_trigger(doc, "供給")
    assert (event.actor, event.target, event.source) == ("PRK", "RUS", None)
    assert event.status == "reported"


def test_an_estimate_in_the_passive_keeps_the_topic_as_actor(facts):
    doc = facts("北朝鮮はロシアに兵士を派遣したと推定される。", PUBLISHED)
    event = by_trigger(doc, "派遣")
    assert (event.actor, event.target, event.status) == ("PRK", "RUS", "reported")


# ---------------------------------------------------------------- troops moved as an object


def test_troops_pulled_back_by_their_state_withdraw(facts):
    doc = facts("北朝鮮はクルスク州の前線から一部の部隊を引き揚げた。", PUBLISHED)
    event = by_trigger(doc, "引き揚")
    assert (event.type, event.mode, event.actor) == ("RETREAT", "withdrawal", "PRK")


def test_troops_falling_back_withdraw(facts):
    doc = facts("北朝鮮軍の部隊が前線から後退したとみられる。", PUBLISHED)
    event = by_trigger(doc, "後退")
    assert (event.type, event.actor, event.status) == (
        "RETREAT", "korean-peoples-army", "possible"
    )  # fmt: skip


def test_troops_made_to_go_are_sent(facts):
    doc = facts("北朝鮮は工兵部隊をロシアに向かわせた。", PUBLISHED)
    event = by_trigger(doc, "向か")
    assert event.mode == "troops" and (event.actor, event.target) == ("PRK", "RUS")


def test_an_ambassador_recalled_is_no_withdrawal(facts):
    doc = facts("ロシアは北朝鮮問題をめぐり、大使を引き揚げた。", PUBLISHED)
    assert not events_on(doc, "引き揚")


def test_an_economy_falling_back_is_no_withdrawal(facts):
    doc = facts("制裁の影響で、北朝鮮の経済は大きく後退した。", PUBLISHED)
    assert not events_on(doc, "後退")


def test_a_delegation_made_to_go_is_no_deployment(facts):
    doc = facts("北朝鮮は代表団をモスクワに向かわせた。", PUBLISHED)
    assert not [e for e in doc.events if e.mode == "troops"]


# ---------------------------------------------------------------- envoys, operations, attempts


def test_a_minister_sent_abroad_is_a_visit_not_troops(facts):
    doc = facts("北朝鮮は国防相をモスクワに派遣した。", PUBLISHED)
    event = by_trigger(doc, "派遣")
    assert (event.type, event.mode, event.actor, event.target) == ("CONSULT", "visit", "PRK", "RUS")


def test_joining_an_operation_is_fighting(facts):
    doc = facts("北朝鮮軍はクルスク州の奪還作戦に参加した。", PUBLISHED)
    event = by_trigger(doc, "作戦に参加")
    assert (event.type, event.mode, event.actor) == ("ASSAULT", "combat", "korean-peoples-army")


def test_joining_a_parade_is_no_fighting(facts):
    doc = facts("北朝鮮軍はモスクワでの戦勝記念日のパレードに参加した。", PUBLISHED)
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_an_attempt_is_not_yet_done_and_no_ones_words(facts):
    doc = facts("北朝鮮はロシアから戦闘機の製造技術を取得しようとしている。", PUBLISHED)
    event = by_trigger(doc, "取得")
    assert (event.actor, event.target, event.source, event.status) == (
        "RUS", "PRK", None, "planned"
    )  # fmt: skip


def test_a_saying_with_suru_is_still_a_saying(facts):
    doc = facts("韓国軍は、北朝鮮がロシアに兵士を追加で派遣する可能性があるとしている。", PUBLISHED)
    event = by_trigger(doc, "派遣")
    assert (event.source, event.status) == ("rok-armed-forces", "possible")


def test_money_earned_from_no_one_named_is_no_transfer(facts):
    doc = facts("北朝鮮は違法な取引を通じて外貨を獲得しようとしている。", PUBLISHED)
    assert not events_on(doc, "獲得")


def test_weapons_lent_are_a_transfer(facts):
    doc = facts("北朝鮮はロシアに自走砲を貸与した。", PUBLISHED)
    event = by_trigger(doc, "貸与")
    assert (event.type, event.actor, event.target) == ("AID", "PRK", "RUS")


# ---------------------------------------------------------------- parse repairs


def test_a_subject_hung_on_a_time_word_still_makes_troops_deploy(facts):
    # GiNZA hangs 部隊が on 先月 as it does on a one-token day: troops arriving deploy,
    # they do not visit.
    doc = facts("北朝鮮の砲兵部隊が先月、ロシア西部のクルスク州に到着した。", PUBLISHED)
    event = by_trigger(doc, "到着")
    assert event.mode == "troops" and (event.actor, event.target) == ("PRK", "RUS")
    assert text_date(event) == "2025-02"


def test_a_pair_word_after_a_group_form_means_the_group(facts):
    doc = facts(
        "ウクライナ情勢をめぐり、ロシアのウクライナ侵攻が続く中、露朝両国は新たな協定に署名した。",
        PUBLISHED,
    )
    event = by_trigger(doc, "署名")
    assert pair(event) == {"RUS", "PRK"}


# ---------------------------------------------------------------- beliefs inside a fact clause


def test_a_belief_inside_a_clause_made_a_fact_keeps_it_possible(facts):
    doc = facts("北朝鮮がロシアに追加で兵士を派遣したとみられることが分かった。", PUBLISHED)
    event = by_trigger(doc, "派遣")
    assert (event.actor, event.target, event.status) == ("PRK", "RUS", "possible")


def test_a_belief_after_the_noun_does_not_reach_into_its_clause(facts):
    doc = facts("北朝鮮から供与されたミサイルにロシアの部品が使われたとみられる。", PUBLISHED)
    assert by_trigger(doc, "供与").status == "asserted"


# ---------------------------------------------------------------- reactions and designations


def test_concern_held_while_watching_is_the_speakers_own(facts):
    doc = facts(
        "官房長官は14日、北朝鮮兵のロシア派遣について深刻な懸念を持って注視していると述べた。",
        PUBLISHED,
    )
    event = by_trigger(doc, "懸念を持")
    assert (event.type, event.mode, event.actor) == ("ACCUSE", "concern", "japanese-government")
    assert text_date(event) == "2025-03-14"


def test_a_telling_still_dates_only_the_telling_of_anothers_act(facts):
    doc = facts("韓国国防省は12日、北朝鮮がロシアに兵士を派遣したと明らかにした。", PUBLISHED)
    assert text_date(by_trigger(doc, "派遣")) is None


def test_making_a_company_a_target_of_sanctions_sanctions_its_state(facts):
    doc = facts(
        "日本政府は、北朝鮮との武器取引に関わったロシアの団体を新たに制裁対象とした。", PUBLISHED
    )
    event = by_trigger(doc, "制裁対象とし")
    assert (event.type, event.actor, event.target) == ("SANCTION", "japanese-government", "RUS")


def test_avoiding_sanctions_is_no_sanction(facts):
    doc = facts("北朝鮮は、制裁対象とならないようロシアとの取引を偽装した。", PUBLISHED)
    assert not [e for e in doc.events if e.type == "SANCTION"]


def test_troops_described_through_a_belief_were_sent_possibly(facts):
    doc = facts("ロシアに派遣されたとみられる北朝鮮兵が前線で戦っている。", PUBLISHED)
    event = by_trigger(doc, "派遣")
    assert (event.type, event.mode) == ("AID", "troops")
    assert (event.actor, event.target, event.status) == ("korean-peoples-army", "RUS", "possible")


# ---------------------------------------------------------------- praise, gratitude, leaving


def test_praise_of_an_armys_quality_praises_the_army(facts):
    # 勇敢さ: GiNZA tags the noun-making さ as a mark; the phrase's particle is を.
    doc = facts("ロシア側は北朝鮮軍の勇敢さをたたえた。", PUBLISHED)
    event = by_trigger(doc, "たたえ")
    assert (event.type, event.actor, event.target) == ("SUPPORT", "RUS", "korean-peoples-army")


def test_gratitude_expressed_as_a_phrase_is_gratitude(facts):
    doc = facts("ロシア国防省は、北朝鮮兵の貢献に感謝の意を表した。", PUBLISHED)
    event = by_trigger(doc, "感謝の意")
    assert (event.type, event.mode, event.target) == ("SUPPORT", "gratitude", "korean-peoples-army")


def test_troops_leaving_the_front_withdraw(facts):
    doc = facts("北朝鮮兵は1月中旬以降、前線から離脱したとみられる。", PUBLISHED)
    event = by_trigger(doc, "離脱")
    assert (event.type, event.actor, event.status) == (
        "RETREAT", "korean-peoples-army", "possible"
    )  # fmt: skip


def test_a_politician_leaving_a_party_is_no_withdrawal(facts):
    doc = facts("北朝鮮問題をめぐり、その議員は党から離脱した。", PUBLISHED)
    assert not events_on(doc, "離脱")


def test_joining_a_liberation_is_retaking(facts):
    doc = facts("ロシアは北朝鮮兵がクルスク州の解放に参加したことを公式に認めた。", PUBLISHED)
    event = by_trigger(doc, "解放に参加")
    assert (event.type, event.mode, event.actor, event.source) == (
        "ASSAULT", "retake", "korean-peoples-army", "RUS"
    )  # fmt: skip


# ---------------------------------------------------------------- accords: parties and passage


def test_parties_named_inside_a_treatys_title_are_its_parties(facts):
    doc = facts("朝ロ間の包括的戦略パートナーシップに関する条約が発効した。", PUBLISHED)
    event = by_trigger(doc, "発効")
    assert (event.type, event.mode) == ("AGREE", "in_force") and pair(event) == {"RUS", "PRK"}


def test_a_parliament_passing_the_ratification_bill_ratifies(facts):
    doc = facts("ロシア下院は10月、北朝鮮との条約の批准法案を可決した。", PUBLISHED)
    event = by_trigger(doc, "批准法案")
    assert (event.type, event.mode, event.actor, event.target) == (
        "AGREE", "ratify", "state-duma", "PRK"
    )  # fmt: skip
    assert text_date(event) == "2024-10"


def test_a_ratification_bill_merely_debated_is_no_ratification(facts):
    doc = facts("ロシア下院では北朝鮮との条約の批准法案をめぐる議論が続いている。", PUBLISHED)
    assert not events_on(doc, "批准法案")


def test_a_dispatch_decided_is_planned_by_the_decider(facts):
    doc = facts("金正恩総書記はロシアへの派兵を決断した。", PUBLISHED)
    event = by_trigger(doc, "派兵")
    assert (event.actor, event.target, event.status) == ("kim-jong-un", "RUS", "planned")


def test_a_date_not_decided_is_no_dispatch(facts):
    doc = facts("北朝鮮はロシアへの派兵の時期をまだ決めていない。", PUBLISHED)
    assert all(e.status != "asserted" for e in events_on(doc, "派兵"))
