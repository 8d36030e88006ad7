"""Short articles in the style of Japanese wire copy (Kyodo, Jiji, NHK, Yonhap's Japanese
service), written for judged round 12's classes of events that come out wrong in one field:
acts negated on the light verb that carries them (移転を行っていない) or told as never having
been (供与した事実はない, 要請したことはない); requests whose clause (…しないよう求めた) was
read as the asker's own act, its subject as the asker and its に-phrase as the one asked;
acts a request asks for told as done; a condition's subject (…が攻撃を受けた場合、) lent to
the main verb, and a receiver's sentence topic lent as the attacker; a speaker's topic taken
over the が-subject of a joined clause; a reaction pledged to go on (注視していきたい) told
as planned. Guards keep what was right (credits, hedges, dates of the telling) and
off-topic pages (other wars, other launches, other sanctions) give no Russia–North Korea
facts. Every article was written for these tests; names, numbers and dates are made up."""

from __future__ import annotations

from kansoku.model import Document, Event


def on(doc: Document, trigger: str) -> Event:
    found = [e for e in doc.events if e.trigger.startswith(trigger)]
    assert found, f"no event on {trigger} in {doc.text!r}; events: {doc.events}"
    return found[0]


def none_on(doc: Document, trigger: str) -> None:
    found = [e for e in doc.events if e.trigger.startswith(trigger)]
    assert not found, f"an event on {trigger} in {doc.text!r}: {found}"


def text_date(event: Event) -> str | None:
    return event.date_start if event.date_basis in ("text", "context") else None


def core_pair(doc: Document) -> list[Event]:
    """Events between Russia and North Korea (their people and bodies included)."""
    sides = {
        "RUS": {"RUS", "vladimir-putin", "russian-armed-forces", "sergei-lavrov"},
        "PRK": {"PRK", "kim-jong-un", "korean-peoples-army"},
    }
    side = {e: s for s, ids in sides.items() for e in ids}
    return [e for e in doc.events if {side.get(e.actor), side.get(e.target)} == {"RUS", "PRK"}]


# ---------------------------------------------------------------- negated acts


def test_an_act_negated_on_its_light_verb_is_denied(facts):
    doc = facts(
        "ロシア外務省のザハロワ報道官は14日、ロシアは北朝鮮への軍事技術の移転を行っていないと"
        "主張した。",
        "2025-03-15",
    )
    transfer = on(doc, "移転")
    assert (transfer.actor, transfer.target, transfer.status) == ("RUS", "PRK", "denied")


def test_an_act_told_as_never_having_been_is_denied(facts):
    doc = facts("ロシア外務省は、北朝鮮に兵器を供与した事実はないと強調した。", "2025-04-03")
    supply = on(doc, "供与")
    assert supply.target == "PRK"
    assert supply.status == "denied"


def test_a_request_said_never_made_is_denied(facts):
    doc = facts(
        "ロシアは北朝鮮に対し、ウクライナでの戦闘への参加を要請したことはないと説明した。",
        "2025-04-03",
    )
    assert on(doc, "要請").status == "denied"


def test_a_plain_negation_keeps_denying(facts):
    doc = facts("北朝鮮は昨年、ロシアに兵器を輸出していないと主張していた。", "2025-02-03")
    export = on(doc, "輸出")
    assert (export.actor, export.target, export.status) == ("PRK", "RUS", "denied")


def test_a_light_verb_done_is_no_denial(facts):
    doc = facts("ロシア軍は11日、北朝鮮軍と合同で砲撃訓練を行った。", "2025-06-12")
    assert all(e.status != "denied" for e in doc.events), doc.events


# ---------------------------------------------------------------- requests


def test_who_is_asked_not_to_act_is_the_requests_target(facts):
    doc = facts(
        "韓国政府は18日、ロシアが北朝鮮に原子力潜水艦の技術を提供しないよう求めた。",
        "2025-02-19",
    )
    request = on(doc, "求め")
    assert (request.type, request.actor, request.target) == ("REQUEST", "KOR", "RUS")
    # What is asked not to happen has not happened.
    asked = on(doc, "提供")
    assert asked.status == "possible"


def test_a_request_addressed_with_ni_taishi_inside_the_clause(facts):
    doc = facts(
        "ゼレンスキー大統領は、北朝鮮に対しロシアへの兵士派遣をやめるよう求めた。",
        "2024-11-08",
    )
    request = on(doc, "求め")
    assert (request.actor, request.target) == ("volodymyr-zelensky", "PRK")


def test_a_request_addressed_by_the_clauses_first_ni_phrase(facts):
    doc = facts("日本政府は、ロシアに北朝鮮との軍事協力をやめるよう要求した。", "2025-02-03")
    request = on(doc, "要求")
    assert (request.actor, request.target) == ("japanese-government", "RUS")


def test_the_asked_subject_is_no_asker(facts):
    doc = facts("米国と韓国は、北朝鮮がロシアへの兵器供与をやめるよう求めた。", "2025-02-03")
    request = [e for e in doc.events if e.trigger.startswith("求め")]
    assert all(e.actor != "PRK" for e in request), request


def test_a_concern_is_not_aimed_at_what_another_verb_asks_for(facts):
    doc = facts(
        "日本の外務大臣は9日の会見で「各国には、ロシア軍に武器を渡さないよう求めている。"
        "北朝鮮とロシアの協力を懸念を持って注視していきたい」と述べた。",
        "2025-07-10",
    )
    concern = [e for e in doc.events if e.trigger.startswith("懸念")]
    assert concern, doc.events
    assert all(e.target != "russian-armed-forces" for e in concern), concern
    assert all(e.status != "planned" for e in concern), concern


def test_with_no_asker_named_apart_the_ga_subject_asks(facts):
    doc = facts(
        "北朝鮮がロシアに防空網の強化を支援するよう要求したとの見方も出ている。", "2025-05-20"
    )
    request = on(doc, "要求")
    assert (request.actor, request.target) == ("PRK", "RUS")


def test_a_request_listed_with_tari_under_a_possibility_is_possible(facts):
    doc = facts(
        "北朝鮮がロシアに核技術の供与を拡大するよう要求したり、ロシアの艦艇を寄港させたりする"
        "可能性も指摘されている。",
        "2025-05-20",
    )
    assert on(doc, "要求").status == "possible"


def test_acts_listed_with_tari_and_told_as_done_stay_asserted(facts):
    doc = facts("北朝鮮はロシアに砲弾を送ったり、兵士を派遣したりしている。", "2025-05-20")
    assert on(doc, "送").status == "asserted"
    assert on(doc, "派遣").status == "asserted"


def test_what_the_asked_party_is_asked_to_stop_is_its_own_act(facts):
    doc = facts(
        "国連安保理の会合で米国の大使は、ロシアに対し北朝鮮からの弾道ミサイルの調達をやめるよう"
        "強く求めた。",
        "2025-07-02",
    )
    assert on(doc, "求め").target == "RUS"
    procurement = on(doc, "調達")
    assert "USA" not in (procurement.actor, procurement.target)


def test_a_purpose_clauses_subject_is_no_giver(facts):
    doc = facts("ロシアは北朝鮮が制裁を回避できるように原油を供給している。", "2025-07-02")
    supply = on(doc, "供給")
    assert (supply.actor, supply.target) == ("RUS", "PRK")


def test_a_noun_before_toshite_quotes_no_clause(facts):
    # ロシアが見返りとして: GiNZA tags 見返り a verb; "in return" quotes nothing.
    doc = facts(
        "韓国の北朝鮮専門家は、ロシアが見返りとして北朝鮮に防空システムを提供したと分析している。",
        "2025-07-02",
    )
    provision = on(doc, "提供")
    assert (provision.actor, provision.target, provision.status) == ("RUS", "PRK", "reported")


# ---------------------------------------------------------------- conditions and receivers


def test_an_attack_received_in_a_condition_has_no_attacker_from_the_topic(facts):
    doc = facts(
        "金正恩総書記は、ロシアが攻撃を受けた場合、あらゆる手段で支援する方針を示した。",
        "2025-04-02",
    )
    assert all(e.type != "ASSAULT" or e.actor not in ("PRK", "kim-jong-un") for e in doc.events)
    support = on(doc, "支援")
    assert (support.actor, support.target, support.status) == ("kim-jong-un", "RUS", "planned")


def test_a_condition_keeps_its_status(facts):
    doc = facts(
        "北朝鮮がロシアに特殊部隊を派遣すれば、韓国はウクライナへの武器供与を排除しない。",
        "2024-11-08",
    )
    dispatch = on(doc, "派遣")
    assert (dispatch.actor, dispatch.target, dispatch.status) == ("PRK", "RUS", "possible")


# ---------------------------------------------------------------- who acts


def test_a_joined_clauses_ga_subject_acts_over_the_speakers_topic(facts):
    doc = facts(
        "ロシア国防省は15日、ショイグ安全保障会議書記が平壌を訪問し、金正恩総書記と会談したと"
        "発表した。",
        "2025-09-16",
    )
    meeting = on(doc, "会談")
    assert (meeting.actor, meeting.target) == ("sergei-shoigu", "kim-jong-un")
    assert meeting.source == "russian-ministry-of-defence"


def test_the_invited_is_the_target_and_the_city_only_where(facts):
    doc = facts("プーチン大統領は、金正恩総書記をモスクワに招待したいと述べた。", "2025-04-02")
    invitation = on(doc, "招待")
    assert (invitation.actor, invitation.target) == ("vladimir-putin", "kim-jong-un")
    doc = facts("金正恩総書記はプーチン大統領を平壌に招待した。", "2025-04-02")
    assert on(doc, "招待").target == "vladimir-putin"


# ---------------------------------------------------------------- guards: credits, hedges, dates


def test_a_state_officials_credit_is_the_states(facts):
    doc = facts("韓国政府関係者によると、北朝鮮はロシアに兵士約1万人を派遣した。", "2024-11-03")
    dispatch = on(doc, "派遣")
    assert (dispatch.status, dispatch.source) == ("reported", "KOR")


def test_an_american_official_speaks_for_the_united_states(facts):
    doc = facts(
        "米政府高官によると、北朝鮮はロシアに追加で兵士を送る準備を進めている。", "2025-02-03"
    )
    sending = on(doc, "送")
    assert (sending.status, sending.source) == ("planned", "USA")


def test_a_hedge_of_the_next_sentence_leaves_the_ratification_asserted(facts):
    doc = facts(
        "北朝鮮は9日、ロシアとの条約を批准した。ロシアはその見返りに北朝鮮に技術を提供するとみられる。",
        "2024-11-10",
    )
    assert on(doc, "批准").status == "asserted"
    provision = on(doc, "提供")
    assert (provision.actor, provision.target, provision.status) == ("RUS", "PRK", "possible")


def test_a_suspicion_makes_the_act_possible(facts):
    doc = facts("ロシアが北朝鮮に戦闘機を供与した疑いがある。", "2025-02-01")
    assert on(doc, "供与").status == "possible"


def test_a_done_dispatch_and_a_possible_one_in_one_sentence(facts):
    doc = facts(
        "北朝鮮はロシアに工兵1000人を派遣したが、さらに数千人を送る可能性もある。", "2025-02-01"
    )
    assert on(doc, "派遣").status == "asserted"
    assert on(doc, "送").status == "possible"


def test_the_day_of_the_briefing_is_no_date_of_a_dispatch_dated_apart(facts):
    doc = facts(
        "韓国国家情報院は4日、北朝鮮が先月下旬にロシアへ約3000人の兵士を追加で派遣したと"
        "国会に報告した。",
        "2024-11-05",
    )
    dispatch = on(doc, "派遣")
    assert (dispatch.source, text_date(dispatch)) == ("national-intelligence-service", "2024-10")


def test_the_day_of_an_attack_told_by_the_general_staff(facts):
    doc = facts(
        "ウクライナ軍参謀本部は2日、ロシア軍が先月31日に北朝鮮製の弾道ミサイルでハルキウを"
        "攻撃したと明らかにした。",
        "2025-06-03",
    )
    attack = on(doc, "攻撃")
    assert (attack.target, text_date(attack)) == ("UKR", "2025-05-31")


def test_a_planned_visit_has_no_date(facts):
    doc = facts("ロシアのラブロフ外相は年内に北朝鮮を訪問する予定だ。", "2025-07-15")
    visit = on(doc, "訪問")
    assert (visit.actor, visit.target, visit.status) == ("sergei-lavrov", "PRK", "planned")
    assert text_date(visit) is None


# ---------------------------------------------------------------- off-topic hard negatives


def test_another_wars_launch_is_no_russia_north_korea_fact(facts):
    doc = facts(
        "イランは9日、イスラエルに向けて弾道ミサイルを発射した。米軍が迎撃に加わった。",
        "2025-03-10",
    )
    assert not core_pair(doc)


def test_other_sanctions_are_no_russia_north_korea_fact(facts):
    doc = facts(
        "米財務省は9日、イランの石油輸出に関わった企業10社を制裁対象に指定した。", "2025-03-10"
    )
    assert not core_pair(doc)


def test_another_launch_of_north_korea_names_no_russia(facts):
    doc = facts(
        "北朝鮮は9日、日本海に向けて短距離弾道ミサイル数発を発射した。韓国軍合同参謀本部が"
        "明らかにした。",
        "2025-03-10",
    )
    launch = on(doc, "発射")
    assert launch.actor == "PRK"
    assert not core_pair(doc)


def test_drills_around_taiwan_are_no_russia_north_korea_fact(facts):
    doc = facts(
        "中国軍は台湾周辺で大規模な軍事演習を実施した。日本政府は懸念を表明した。", "2025-03-10"
    )
    assert not core_pair(doc)
