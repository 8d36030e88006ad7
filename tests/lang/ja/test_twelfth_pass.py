"""Short articles in the style of Japanese wire and broadcast news, written for the twelfth
pass's classes (found on fresh4, a set written blind to the code, and checked on the
team's own sentences): a katakana family name after the full name (…・ハリソン報道官 …
ハリソン氏); a stance whose object is what another party does (…が進める作戦を支持); a
denial said as the quoted answer to an outlet (「事実無根だ」と回答した), with the host of
an embassy (在日, 駐韓) no party; a violation judged by a speaker aimed at the violator, not
at the body whose resolution it is, told once, on the telling's day; a standing relation
talked about (協力を巡り) no act; a count capped by a rule (…に制限) or the unit of a rate
(1人あたり) no figure; a count whose noun is the subject of a verb of amounting set off by
a comma (労働者は、今年に入り…に達した); a lead's undated act dated by its retelling
further down, and the headline's guess by the lead; a credit line closing a wire
paragraph credits its lead; a pair word (両氏) as both parties of an accord; a clause
relayed with its owner (…との国防省の説明を紹介した) and a quote closed by ていると.
Every article was written for these tests; names, numbers and dates are made up."""

from __future__ import annotations

from conftest import on, state_of, states

from kansoku.model import Document, Event, Figure


def of_type(doc: Document, category: str) -> list[Event]:
    return [e for e in doc.events if e.type == category]


def counts(doc: Document, kind: str) -> list[Figure]:
    return [f for f in doc.figures if f.kind == kind]


# ---------------------------------------------- a katakana family name after the full name


def test_a_family_name_after_the_full_name_is_the_same_person(facts):
    doc = facts(
        "米国務省のグレン・ハリソン報道官は7日の記者会見で、北朝鮮がロシアに砲弾を追加で"
        "供与したと明らかにした。ハリソン氏は「ロシアは国際社会の警告を無視している」と"
        "非難した。",
        "2026-05-08",
    )
    sent = on(doc, "供与")[0]
    accusation = of_type(doc, "ACCUSE")[0]
    assert accusation.actor == sent.source
    assert state_of(accusation.target) == "RUS"


def test_a_family_name_named_before_only_alone_is_a_new_person(facts):
    doc = facts(
        "ロシア外務省のエレナ・ソコロワ報道官は、北朝鮮への技術移転を否定した。ペトレンコ氏は"
        "「朝鮮への支援は続く」と述べた。",
        "2026-05-08",
    )
    people = {m.entity_id for m in doc.mentions if m.kind == "person"}
    assert len(people) == 2


# --------------------------------------------- a stance toward what another party does


def test_backing_what_another_state_does_is_aimed_at_that_state(facts):
    doc = facts(
        "北朝鮮の朴明浩外務次官は12日、「ロシアが進めるすべての軍事行動を無条件で支持する」と"
        "述べた。",
        "2026-04-13",
    )
    backing = of_type(doc, "SUPPORT")[0]
    assert states(backing) == ("PRK", "RUS")


def test_backing_with_the_doer_in_the_object_s_clause_and_a_topic_inside_the_quote(facts):
    doc = facts(
        "金英哲氏は会談の席上、「ロシアが自国を守るため講じるあらゆる措置を、朝鮮は支持する」"
        "と表明した。",
        "2026-04-13",
    )
    assert states(of_type(doc, "SUPPORT")[0]) == ("PRK", "RUS")


def test_condemning_what_another_state_does_keeps_its_speaker(facts):
    doc = facts(
        "北朝鮮の崔善姫外相は、ウクライナが続ける越境作戦を強く非難した。ロシアと北朝鮮の"
        "協議は続いている。",
        "2026-04-13",
    )
    accusation = of_type(doc, "ACCUSE")[0]
    assert states(accusation) == ("PRK", "UKR")


# --------------------------------------------- a denial said as the answer to an outlet


def test_a_quoted_denial_answered_to_an_outlet_is_the_embassy_s_denial(facts):
    doc = facts(
        "韓国国防省は3日、北朝鮮がロシアへ弾薬を運んだと明らかにした。在日ロシア大使館は"
        "「根も葉もない作り話だ」と回答した。",
        "2026-06-04",
    )
    denial = of_type(doc, "REJECT")[0]
    assert state_of(denial.actor) == "RUS"


def test_the_outlet_that_asked_is_no_target_of_the_denial(facts):
    doc = facts(
        "在ロシア北朝鮮大使館は毎日新聞の取材に対し、北朝鮮兵の派遣について「全くの作り話だ」"
        "と答えた。",
        "2026-06-04",
    )
    denial = of_type(doc, "REJECT")[0]
    assert state_of(denial.actor) == "PRK"
    assert denial.target is None or state_of(denial.target) != "JPN"
    assert all(m.entity_id != "JPN" for m in doc.mentions)


def test_a_denial_word_before_a_verb_of_denial_makes_one_denial(facts):
    doc = facts(
        "ロシア外務省は、北朝鮮兵の受け入れをめぐる報道を「事実無根だ」と否定した。",
        "2026-06-04",
    )
    assert len(of_type(doc, "REJECT")) == 1


def test_a_denial_word_someone_else_is_said_to_use_is_no_denial(facts):
    doc = facts(
        "韓国国防省は、北朝鮮が事実無根だと主張してきた兵士の派遣について、写真を公開した。",
        "2026-06-04",
    )
    assert not of_type(doc, "REJECT")


# ------------------------------------------------ a violation aimed at the violator


def test_a_violation_is_aimed_at_the_violator_not_the_council(facts):
    doc = facts(
        "英外務省は、ロシアと北朝鮮の弾薬取引は国連安保理決議に違反すると批判した。",
        "2026-02-02",
    )
    accusations = of_type(doc, "ACCUSE")
    assert accusations
    assert all(state_of(a.target) in ("RUS", "PRK") for a in accusations)
    assert len(accusations) == 1


def test_a_violation_said_at_a_press_conference_takes_its_day(facts):
    doc = facts(
        "韓国統一省の報道官は9日の会見で「ロ朝の兵器協力は安保理決議への明白な違反だ」と述べた。",
        "2026-02-10",
    )
    violation = next(a for a in of_type(doc, "ACCUSE") if a.mode == "violation")
    assert violation.date_start == "2026-02-09"
    assert state_of(violation.target) in ("RUS", "PRK")


# ------------------------------------------------ a relation talked about is no act


def test_a_relation_talked_about_is_no_act(facts):
    doc = facts(
        "日本政府は露朝の軍事協力を巡り、米韓と情報共有を進める方針だ。ロシア大統領府の報道官は"
        "「ロシアと北朝鮮の協力は国際法にかなっている」と述べた。",
        "2026-03-03",
    )
    assert not of_type(doc, "COOPERATE")


def test_cooperation_in_an_act_is_still_an_act(facts):
    doc = facts("ロシアは北朝鮮の偵察衛星開発に協力したとみられる。", "2026-03-03")
    assert states(of_type(doc, "COOPERATE")[0]) == ("RUS", "PRK")


# ------------------------------------------------ caps and rates are no counts


def test_a_cap_a_resolution_sets_is_no_amount(facts):
    doc = facts(
        "安保理の制裁決議は北朝鮮の原油輸入を年間300万バレルまでに制限しているが、ロシアは"
        "昨年、少なくとも90万バレルの石油を北朝鮮に供給した。",
        "2026-01-20",
    )
    values = {f.value for f in counts(doc, "oil")}
    assert 3000000 not in values
    assert 900000 in values


def test_the_unit_of_a_rate_is_no_count(facts):
    doc = facts(
        "韓国政府関係者によると、ロシアで働く北朝鮮労働者1人あたりの月給は約700ドルだという。",
        "2026-01-20",
    )
    assert all(f.value != 1 for f in doc.figures)


# ------------------------------------------------ a count whose noun is set off before it


def test_workers_set_off_before_a_verb_of_amounting_are_counted(facts):
    doc = facts(
        "ロシアに派遣された北朝鮮の労働者は、今年に入り約1万3000人に達したと韓国統一省が"
        "明らかにした。",
        "2026-07-01",
    )
    assert [f.value for f in counts(doc, "workers")] == [13000]


def test_builders_set_off_before_more_than_a_number_are_counted(facts):
    doc = facts(
        "ロシア極東に渡った北朝鮮の建設労働者は、2025年以降で9000人を超えるという。",
        "2026-07-01",
    )
    assert [f.value for f in counts(doc, "workers")] == [9000]


def test_a_count_set_off_after_another_subject_is_not_its(facts):
    doc = facts(
        "ロシアの統計では、北朝鮮からの入国者が、前年の約12倍に増えた。韓国政府は、"
        "今年に入り約400人に達したとしている。",
        "2026-07-01",
    )
    assert not counts(doc, "workers")


# ------------------------------------------------ a lead's act dated by its retelling


def test_an_undated_lead_takes_the_day_the_body_gives_the_same_act(facts):
    doc = facts(
        "ロシア外相が平壌訪問　北朝鮮外相と会談\n"
        "ロシアのラブロフ外相が北朝鮮を訪れ、崔善姫外相と会談しました。\n"
        "朝鮮中央通信は4日、ラブロフ外相が3日に平壌に到着し、同じ日に崔外相と会談したと"
        "報じました。",
        "2026-09-04",
    )
    visits = [e for e in doc.events if e.mode == "visit"]
    assert visits and all(e.date_start == "2026-09-03" for e in visits)
    meetings = [e for e in doc.events if e.mode == "meeting"]
    assert meetings and all(e.date_start == "2026-09-03" for e in meetings)


def test_another_doer_s_dated_act_does_not_date_the_lead(facts):
    doc = facts(
        "ロシアのショイグ安全保障会議書記が北朝鮮を訪れました。\n"
        "中国の王毅外相は2日に平壌を訪問しました。",
        "2026-09-04",
    )
    shoigu = [e for e in doc.events if state_of(e.actor) == "RUS"]
    assert shoigu and all(e.date_start != "2026-09-02" for e in shoigu)


def test_a_headline_s_guess_takes_the_lead_s_date(facts):
    doc = facts(
        "北朝鮮、ロシアに砲兵1500人追加派遣か　韓国軍\n"
        "韓国軍合同参謀本部によると、北朝鮮は7月下旬、ロシアに砲兵約1500人を追加で派遣した"
        "とみられる。",
        "2026-08-10",
    )
    sent = [e for e in doc.events if e.type == "AID"]
    assert sent and all(e.date_start == "2026-07" for e in sent)


# ------------------------------------------------ a credit line closing a wire paragraph


def test_a_closing_credit_line_credits_the_paragraph_s_lead(facts):
    doc = facts(
        "【モスクワ共同】ロシアのショイグ安全保障会議書記は14日、訪ロ中の北朝鮮の朴正天書記と"
        "モスクワで会談した。両氏は合同訓練を拡大することで合意した。ロシア安全保障会議が"
        "発表した。",
        "2026-10-15",
    )
    meeting = on(doc, "会談")[0]
    assert state_of(meeting.source) == "RUS"
    agreement = of_type(doc, "AGREE")[0]
    assert {state_of(agreement.actor), state_of(agreement.target)} == {"RUS", "PRK"}


def test_a_credit_line_does_not_reach_past_a_sentence_with_its_own_teller(facts):
    doc = facts(
        "ロシアのベロウソフ国防相は14日、北朝鮮の努光鉄国防相とモスクワで会談した。"
        "タス通信によると、両氏は訓練拡大で合意した。ロシア国防省が発表した。",
        "2026-10-15",
    )
    assert on(doc, "会談")[0].source is None


def test_a_credit_line_does_not_reach_into_the_paragraph_before(facts):
    doc = facts(
        "ロシアのベロウソフ国防相は14日、北朝鮮の努光鉄国防相とモスクワで会談した。\n"
        "両氏は訓練拡大で合意した。ロシア国防省が発表した。",
        "2026-10-15",
    )
    assert on(doc, "会談")[0].source is None


# ------------------------------------------------ a clause relayed with its owner


def test_a_relayed_explanation_is_its_owner_s(facts):
    doc = facts(
        "国防委の趙炳九議員は、北朝鮮が見返りとしてロシアから戦車の製造技術を受け取っている"
        "との国情院の説明を紹介した。",
        "2026-11-02",
    )
    gained = next(e for e in doc.events if e.type == "AID")
    assert states(gained) == ("RUS", "PRK")
    assert gained.source == "national-intelligence-service"


def test_a_quote_closed_by_te_iru_to_credits_its_speaker(facts):
    doc = facts(
        "北朝鮮がロシアから電子戦の技術を受け取っていると韓国国防省が明らかにした。",
        "2026-11-02",
    )
    got = on(doc, "受け取")[0]
    assert states(got) == ("RUS", "PRK")
    assert state_of(got.source) == "KOR"
    assert got.status == "reported"


# ------------------------------------------------ the same speaker at the same occasion


def test_the_speaker_s_next_statement_takes_the_press_conference_s_day(facts):
    doc = facts(
        "米国務省のグレン・ハリソン報道官は7日の記者会見で、北朝鮮がロシアに砲弾を追加で"
        "供与したと明らかにした。ハリソン氏は「ロシアは国際社会の警告を無視している」と"
        "非難した。",
        "2026-05-08",
    )
    assert of_type(doc, "ACCUSE")[0].date_start == "2026-05-07"


def test_another_party_s_act_after_the_press_conference_is_not_dated_by_it(facts):
    doc = facts(
        "米国務省のグレン・ハリソン報道官は7日の記者会見で、北朝鮮がロシアに砲弾を供与したと"
        "明らかにした。ロシアは北朝鮮の立場を強く支持している。",
        "2026-05-08",
    )
    assert all(e.date_start != "2026-05-07" for e in of_type(doc, "SUPPORT"))


def test_a_party_inside_a_quoted_denial_is_whose_claim_it_answers(facts):
    doc = facts(
        "ロシア外務省のザハロワ報道官は3日の定例会見で、北朝鮮への防空システム供与を否定した。"
        "ザハロワ氏は「韓国の主張は作り話だ」と述べた。",
        "2026-05-04",
    )
    answered = [e for e in of_type(doc, "REJECT") if e.target == "KOR"]
    assert answered and all(state_of(e.actor) == "RUS" for e in answered)


def test_a_word_ending_in_the_posting_prefix_leaves_the_next_state_named(facts):
    doc = facts(
        "北朝鮮は現在ロシアに工兵を送っており、韓国政府は滞在日本人の安全を確認している。",
        "2026-06-04",
    )
    named = {m.entity_id for m in doc.mentions}
    assert {"RUS", "JPN"} <= named


# ------------------------------------------------ a bare official is the one named before


def test_a_bare_official_continues_the_state_s_official_named_before(facts):
    doc = facts(
        "韓国統一省の当局者は、ロシアで働く北朝鮮の技術者は今年に入り約600人に達したと述べた。"
        "当局者によると、北朝鮮は技術者の派遣で年間約3000万ドルを得ている。",
        "2026-03-15",
    )
    money = counts(doc, "money")
    assert money and all(state_of(f.source) == "KOR" for f in money)


def test_the_same_senior_official_continues(facts):
    doc = facts(
        "米政府高官は、北朝鮮がロシアに自走砲を送ったと明らかにした。同高官によると、ロシアは"
        "北朝鮮に軽油を供給している。",
        "2026-03-15",
    )
    fuel = on(doc, "供給")[0]
    assert states(fuel) == ("RUS", "PRK")
    assert state_of(fuel.source) == "USA"


def test_experts_are_not_the_official_named_before(facts):
    doc = facts(
        "韓国政府関係者は、北朝鮮がロシアに工兵を送ったと明らかにした。専門家によると、"
        "北朝鮮はロシアに砲弾も送っている。",
        "2026-03-15",
    )
    assert on(doc, "送っ")[-1].source == "experts"


def test_a_bare_official_after_a_named_spokesman_stays_unnamed(facts):
    doc = facts(
        "ロシア大統領府のペスコフ報道官は、北朝鮮との協議は続くと述べた。関係者によると、"
        "北朝鮮はロシアに砲弾も送っている。",
        "2026-03-15",
    )
    assert on(doc, "送っ")[0].source == "unnamed-sources"


def test_a_violation_and_a_separate_charge_are_two_accusations(facts):
    doc = facts(
        "日本とウクライナの国連大使は、北朝鮮の砲弾供与は安保理決議に違反すると主張し、"
        "ロシアの侵略を助ける行為だと非難した。",
        "2026-02-02",
    )
    assert len(of_type(doc, "ACCUSE")) == 2
