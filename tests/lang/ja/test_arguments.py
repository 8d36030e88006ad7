"""Events from Japanese news: who acts on whom, where and when, read from the parse.

Every sentence here is run through the whole pipeline (cleaning, language, linking,
GiNZA, extraction); the helper caches documents so each text is parsed once.
"""

from __future__ import annotations

import pytest

from kansoku.model import Document, Event

PUBLISHED = "2024-11-20"  # the facts fixture's default publication date
CAPITALS = {"pyongyang", "moscow", "seoul", "washington", "kyiv", "beijing", "tokyo"}


def of_type(doc: Document, type_: str) -> list[Event]:
    return [e for e in doc.events if e.type == type_]


def one(doc: Document, type_: str) -> Event:
    found = of_type(doc, type_)
    assert found, f"no {type_} event in {doc.text!r}; events: {doc.events}"
    return found[0]


# ---------------------------------------------------------------- particles → roles


@pytest.mark.parametrize(
    ("text", "type_", "actor", "target"),
    [
        # が → actor, に → target
        ("北朝鮮がロシアに兵士を派遣した。", "AID", "PRK", "RUS"),
        # は → actor, へ → target
        ("北朝鮮は19日、ロシアへ弾薬を供給した。", "AID", "PRK", "RUS"),
        # に対して → target
        ("ロシア政府は北朝鮮に対して軍事技術を提供した。", "AID", "RUS", "PRK"),
        # と → the other party of a meeting and of a signature
        ("プーチン大統領は金正恩総書記と会談した。", "CONSULT", "vladimir-putin", "kim-jong-un"),
        ("ロシアは北朝鮮と新たな軍事協定に署名した。", "AGREE", "RUS", "PRK"),
    ],
    ids=["ga-ni", "wa-he", "ni-taishite", "to-meeting", "to-signing"],
)
def test_particles_give_actor_and_target(facts, text, type_, actor, target):
    event = one(facts(text), type_)
    assert (event.actor, event.target) == (actor, target)


@pytest.mark.parametrize(
    ("text", "type_", "actor", "target", "never"),
    [
        # 非難 / 支持: the を-object is whom the act is aimed at.
        ("韓国政府は北朝鮮を非難した。", "ACCUSE", "KOR", "PRK", None),
        (
            "ロシア外務省は北朝鮮を全面的に支持した。",
            "SUPPORT",
            "russian-foreign-ministry",
            "PRK",
            None,
        ),
        # 派遣 / 供給: the を-object is what is sent, never the target.
        (
            "金総書記は暴風軍団をクルスク州へ派遣した。",
            "AID",
            "kim-jong-un",
            "RUS",
            "storm-corps",
        ),
        (
            "北朝鮮は朝鮮人民軍の部隊をロシアに派遣した。",
            "AID",
            "PRK",
            "RUS",
            "korean-peoples-army",
        ),
        ("ロシアはイラン製の無人機を北朝鮮に供給した。", "AID", "RUS", "PRK", "IRN"),
    ],
    ids=["hinan", "shiji", "haken-corps", "haken-unit", "kyokyu"],
)
def test_object_is_target_only_for_acts_aimed_at_it(facts, text, type_, actor, target, never):
    doc = facts(text)
    event = one(doc, type_)
    assert (event.actor, event.target) == (actor, target)
    if never:
        assert all(e.target != never for e in doc.events)


def test_object_of_a_sending_verb_without_destination_gives_no_target(facts):
    # Only what is sent is named: no second party, so no AID event aimed at Iran.
    doc = facts("ロシアはイラン製の無人機を供給した。")
    assert not [e for e in doc.events if e.type == "AID" and e.target == "IRN"]


def test_place_after_de_is_the_location(facts):
    event = one(facts("北朝鮮の崔善姫外相はモスクワでラブロフ外相と会談した。"), "CONSULT")
    assert (event.actor, event.target, event.location) == (
        "choe-son-hui",
        "sergei-lavrov",
        "moscow",
    )


# ---------------------------------------------------------------- nominal and headline forms


@pytest.mark.parametrize(
    ("text", "type_", "actor", "target"),
    [
        ("北朝鮮によるロシアへの派兵が国際社会の懸念を呼んでいる。", "AID", "PRK", "RUS"),
        ("北朝鮮のロシア派兵について、各国が対応を協議している。", "AID", "PRK", "RUS"),
        pytest.param(
            "金総書記、ロシア国防相と会談",
            "CONSULT",
            "kim-jong-un",
            "RUS",
        ),
    ],
    ids=["niyoru-he", "no-compound", "headline"],
)
def test_nominalised_and_headline_events(facts, text, type_, actor, target):
    event = one(facts(text), type_)
    assert (event.actor, event.target) == (actor, target)


def test_light_verb_carries_veto_to_security_council(facts):
    event = one(facts("ロシアが拒否権を行使した。"), "REJECT")
    assert (event.actor, event.target, event.mode) == ("RUS", "UNSC", "veto")


def test_receive_verb_makes_the_giver_the_actor(facts):
    event = one(facts("北朝鮮はロシアから技術支援を受けた。"), "AID")
    assert (event.actor, event.target) == ("RUS", "PRK")


# ---------------------------------------------------------------- agreements and treaties

TREATY = "comprehensive-strategic-partnership-treaty"


@pytest.mark.parametrize(
    "text",
    [
        "ロシアと北朝鮮の間で包括的戦略パートナーシップ条約が締結された。",
        "北朝鮮とロシアの間で締結された包括的戦略パートナーシップ条約が12月に発効した。",
    ],
    ids=["aida-de", "aida-relative"],
)
def test_parties_between_are_actor_and_target(facts, text):
    doc = facts(text)
    signed = [e for e in of_type(doc, "AGREE") if e.trigger == "締結"]
    assert signed, doc.events
    assert {signed[0].actor, signed[0].target} == {"PRK", "RUS"}
    assert all(e.target != TREATY for e in doc.events)


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("北朝鮮は包括的戦略パートナーシップ条約を批准した。", "PRK", "RUS"),
        ("ロシア下院は包括的戦略パートナーシップ条約を批准した。", "state-duma", "PRK"),
    ],
    ids=["by-prk", "by-duma"],
)
def test_ratification_targets_the_other_party(facts, text, actor, target):
    event = one(facts(text), "AGREE")
    assert (event.mode, event.actor, event.target) == ("ratify", actor, target)


# ---------------------------------------------------------------- subjects across clauses


@pytest.mark.parametrize(
    "text",
    [
        "ロシアと北朝鮮が平壌で会談し、新たな協定に署名した。",
        pytest.param(
            "プーチン大統領と金正恩総書記が平壌で会談し、協定に署名。",
        ),
    ],
    ids=["shita", "taigen-dome"],
)
def test_joined_clause_shares_its_subject(facts, text):
    doc = facts(text)
    meeting, signing = one(doc, "CONSULT"), one(doc, "AGREE")
    assert {meeting.actor, meeting.target} == {signing.actor, signing.target}
    assert meeting.location == "pyongyang"


@pytest.mark.parametrize(
    ("text", "type_", "actor", "target"),
    [
        (
            "ロシア外務省は声明を発表し、韓国を非難した。",
            "ACCUSE",
            "russian-foreign-ministry",
            "KOR",
        ),
        (
            "北朝鮮は昨年、ロシアと軍事協定を結び、今年に入ってロシアに兵士を派遣した。",
            "AID",
            "PRK",
            "RUS",
        ),
    ],
    ids=["statement-then-accuse", "pact-then-dispatch"],
)
def test_topic_governs_later_clauses(facts, text, type_, actor, target):
    event = one(facts(text), type_)
    assert (event.actor, event.target) == (actor, target)


@pytest.mark.parametrize(
    "text",
    [
        "金委員長がロシアに部隊を派遣することを決めた。",
        pytest.param(
            "金委員長が、ロシアに部隊を派遣することを決めた。",
        ),
    ],
    ids=["no-comma", "comma-after-ga"],
)
def test_ga_subject_hung_on_another_verb_is_found(facts, text):
    event = one(facts(text), "AID")
    assert (event.actor, event.target) == ("kim-jong-un", "RUS")


def test_passive_relative_clause_names_the_actor(facts):
    event = one(facts("戦闘に投入された北朝鮮兵の多くが死傷した。"), "MOBILIZE")
    assert event.actor in ("PRK", "korean-peoples-army")


@pytest.mark.parametrize(
    "text",
    [
        "国情院は、北朝鮮がロシアに特殊部隊を派遣し、前線に投入されたと明らかにした。",
        "韓国の国情院は、ウクライナとの戦闘で北朝鮮兵の負傷者が約千人に達したと明らかにした。",
    ],
    ids=["deployed", "combat"],
)
def test_speaker_of_a_quote_is_never_an_actor_inside_it(facts, text):
    doc = facts(text)
    assert doc.events
    assert all(e.actor != "national-intelligence-service" for e in doc.events), doc.events


# ---------------------------------------------------------------- one party or two


def test_interaction_without_second_party_is_dropped(facts):
    assert not of_type(facts("北朝鮮は支援を続けている。"), "AID")


@pytest.mark.parametrize(
    ("text", "type_", "actor"),
    [
        ("北朝鮮は弾道ミサイルを発射した。", "THREATEN", "PRK"),
        ("クレムリンは一部メディアの報道を否定した。", "REJECT", "kremlin"),
        ("戦闘に投入された北朝鮮兵の多くが死傷した。", "MOBILIZE", "korean-peoples-army"),
    ],
    ids=["launch", "denial", "passive-deploy"],
)
def test_unary_types_stand_alone(facts, text, type_, actor):
    event = one(facts(text), type_)
    assert (event.actor, event.target) == (actor, None)


# ---------------------------------------------------------------- capitals

DENIAL = "平壌とモスクワは兵士派遣の報道を否定した。"


def test_capitals_act_for_their_governments(facts):
    event = one(facts(DENIAL), "REJECT")
    # Named together as the subject, the two deny together: co-actors, neither the
    # other's target (whom a denial answers is the report's source, unnamed here).
    assert event.actor in ("PRK", "RUS")
    assert event.target in (None, "PRK", "RUS")


def test_no_event_has_a_capital_as_a_party(facts):
    doc = facts(DENIAL)
    assert doc.events
    for event in doc.events:
        assert event.actor not in CAPITALS and event.target not in CAPITALS, event


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "published", "type_", "date", "basis"),
    [
        (
            "プーチン大統領は2024年6月19日、平壌で金正恩総書記と会談した。",
            PUBLISHED,
            "CONSULT",
            "2024-06-19",
            "text",
        ),
        (
            "プーチン大統領は19日、金正恩総書記と会談した。",
            "2024-06-20",
            "CONSULT",
            "2024-06-19",
            "text",
        ),
        ("ロシアは昨年9月、北朝鮮に軍事技術を提供した。", PUBLISHED, "AID", "2023-09", "text"),
        # No date written: the month of the report.
        ("ロシアが北朝鮮に弾薬を供与した。", PUBLISHED, "AID", "2024-11", "published"),
    ],
    ids=["full-date", "day-only", "last-september", "none-written"],
)
def test_event_date_from_text_or_report(facts, text, published, type_, date, basis):
    event = one(facts(text, published), type_)
    assert (event.date_start, event.date_basis) == (date, basis)


@pytest.mark.parametrize(
    ("text", "type_", "date"),
    [
        # The date of a clause that modifies a noun is that clause's own.
        ("去年5月に両国が調印した協定に基づき、ロシアは北朝鮮に燃料を供与した。", "AID", "2024-11"),
        ("2023年4月に会談したプーチン大統領は、北朝鮮への技術支援を約束した。", "AGREE", "2024-11"),
        # A clause closed by 以来 / 後 sets a point in time for the main verb: the act
        # came after it, at no date the text gives (not the report's month either).
        ("2022年に侵攻が始まって以来、北朝鮮はロシアに砲弾を供与している。", "AID", None),
        ("北朝鮮は8月に協議を終えた後、ロシアに弾薬を送った。", "AID", None),
        ("ロシアは2022年の外相会談以来、北朝鮮に技術を供与しているとされる。", "AID", None),
        # …but a clause describing the event word itself dates it.
        (
            "韓国政府は、昨年9月に始まったロシアによる北朝鮮への技術支援を非難した。",
            "AID",
            "2023-09",
        ),
        # A lead date set off by a comma dates both verbs joined with て/し.
        ("北朝鮮は10月、ロシアに兵士を派遣し、前線に投入した。", "MOBILIZE", "2024-10"),
        ("ロシアは、北朝鮮が8月に発射したミサイルの技術を提供したとみられる。", "AID", None),
        # The lead date of a verb of saying is when it was told (the act: the report's month).
        ("韓国国防省は12日、北朝鮮がロシアに砲弾を送ったと発表した。", "AID", "2024-11"),
        ("韓国国防省は12日、北朝鮮が先月ロシアに砲弾を送ったと発表した。", "AID", "2024-10"),
    ],
    ids=[
        "signed-treaty",
        "who-met",
        "since-war",
        "after-talks",
        "since-talks",
        "began-then",
        "lead-date",
        "missile-fired",
        "told-on",
        "told-on-done-before",
    ],
)
def test_a_date_inside_another_clause_does_not_date_the_event(facts, text, type_, date):
    assert one(facts(text), type_).date_start == date


@pytest.mark.parametrize(
    ("later", "type_", "date"),
    [
        ("同日、プーチン大統領は金正恩総書記と会談した。", "CONSULT", "2024-11-18"),
        ("翌日、ロシアは北朝鮮に弾薬を供与した。", "AID", "2024-11-19"),
    ],
    ids=["same-day", "next-day"],
)
def test_a_day_anaphor_counts_from_the_date_the_sentence_before_named(facts, later, type_, date):
    doc = facts("韓国国防省は18日、北朝鮮の兵士の動向を発表した。" + later)
    assert one(doc, type_).date_start == date


def test_paragraph_lead_date_is_shared_by_later_sentences(facts):
    doc = facts(
        "安保理は28日、北朝鮮の制裁をめぐって会合を開いた。採決ではロシアが拒否権を行使した。"
    )
    veto = one(doc, "REJECT")
    assert (veto.date_start, veto.date_basis) == ("2024-10-28", "context")


@pytest.mark.parametrize(
    "text",
    [
        "ショイグ氏は北朝鮮を訪問する予定だ。",
        "北朝鮮がロシアに追加の兵士を派遣する可能性がある。",
    ],
    ids=["yotei", "kanousei"],
)
def test_planned_or_possible_event_gets_no_publication_date(facts, text):
    doc = facts(text)
    assert doc.events
    for event in doc.events:
        assert event.date_basis != "published" and event.date_start is None, event


# ---------------------------------------------------------------- casualties


@pytest.mark.parametrize(
    ("text", "attacker", "victim"),
    [
        # The reporting agency's state (韓国) is not a belligerent.
        (
            "韓国の国情院によると、ウクライナ軍との戦闘で北朝鮮兵の死傷者約3000人が出た。",
            "UKR",
            "PRK",
        ),
        pytest.param(
            "韓国の国情院によると、ウクライナ軍との戦闘で北朝鮮兵の死者は少なくとも100人に上った。",
            "UKR",
            "PRK",
            id="shisha-wa",
        ),
    ],
    ids=["shishosha", "shisha-wa"],
)
def test_casualties_imply_assault_by_the_other_state(facts, text, attacker, victim):
    doc = facts(text)
    assaults = [e for e in doc.events if e.mode == "casualties"]
    assert assaults, (doc.figures, doc.events)
    assert (assaults[0].type, assaults[0].actor, assaults[0].target) == (
        "ASSAULT",
        attacker,
        victim,
    )


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        pytest.param(
            "韓国の国情院によると、ロシアに派遣された北朝鮮兵の死傷者約3000人が出た。",
            "KOR",
            id="niyoruto",
        ),
        pytest.param(
            "韓国の国情院は、ロシアにいる北朝鮮兵の死傷者約3000人が出たと推定した。",
            "KOR",
            id="to-suitei",
        ),
        pytest.param(
            "英国防省の試算では、北朝鮮兵と戦うロシア軍の死傷者約1500人が毎日出ている。",
            "GBR",
            id="no-shisan-dewa",
        ),
    ],
)
def test_reporting_state_is_never_the_attacker(facts, text, reporter):
    doc = facts(text)
    assert [f for f in doc.figures if f.kind == "casualties"]
    assert not [e for e in doc.events if e.mode == "casualties" and e.actor == reporter]


# ---------------------------------------------------------------- evidence


def test_every_event_is_evidenced_by_its_sentence(facts):
    doc = facts(
        "北朝鮮がロシアに兵士を派遣した。韓国政府は北朝鮮を非難した。\n"
        "安保理は28日、会合を開いた。採決ではロシアが拒否権を行使した。"
    )
    spans = {(s.start, s.end) for s in doc.sentences}
    assert len(doc.events) >= 3
    for event in doc.events:
        assert (event.start, event.end) in spans
        assert event.trigger in doc.text[event.start : event.end]


def test_troops_deployed_on_an_allys_soil_are_aid_but_toward_the_enemy_a_mobilisation(facts):
    ally = facts("北朝鮮兵がロシア西部のクルスク州に展開した。")
    assert [(e.type, e.actor, e.target) for e in ally.events] == [
        ("AID", "korean-peoples-army", "RUS")
    ]
    front = facts("北朝鮮兵がウクライナとの前線に投入された。")
    assert [(e.type, e.target) for e in front.events] == [("MOBILIZE", "UKR")]


def test_troops_sent_go_to_the_ally_the_sentence_names(facts):
    doc = facts("ゲラシモフ氏は、北朝鮮兵の派遣は露朝両国が締結した条約に基づくものだと指摘した。")
    event = one(doc, "AID")
    assert event.actor in ("PRK", "korean-peoples-army")
    assert (event.target, event.source) == ("RUS", "valery-gerasimov")


@pytest.mark.parametrize(
    ("text", "type_", "mode", "actor", "target"),
    [
        ("ロシア籍の貨物船2隻が北朝鮮との間を5回往復した。", "AID", "shuttle", "RUS", "PRK"),
        ("ロシア軍はクルスク州を奪回した。", "ASSAULT", "retake", "russian-armed-forces", "UKR"),
        (
            "北朝鮮兵がクルスク州に到着した。",
            "AID",
            "troops",
            "korean-peoples-army",
            "RUS",
        ),
        ("ショイグ氏が平壌に到着した。", "CONSULT", "visit", "sergei-shoigu", "PRK"),
        ("北朝鮮の部隊が前線から撤退した。", "RETREAT", "withdrawal", "PRK", None),
        (
            "日本政府はロシアの企業を制裁対象に指定した。",
            "SANCTION",
            "designate",
            "japanese-government",
            "RUS",
        ),
        (
            "韓国政府は北朝鮮の挑発を重大な懸念をもって注視している。",
            "ACCUSE",
            "concern",
            "KOR",
            "PRK",
        ),
    ],
    ids=[
        "shuttle",
        "retake",
        "troops-arrive",
        "leader-arrives",
        "withdraw",
        "designate",
        "concern",
    ],
)
def test_event_words_beyond_the_first_lexicon(facts, text, type_, mode, actor, target):
    event = one(facts(text), type_)
    assert (event.mode, event.actor, event.target) == (mode, actor, target)


def test_moving_is_an_event_only_for_troops(facts):
    assert not of_type(facts("プーチン大統領は車で空港に移動した。"), "MOBILIZE")
    assert of_type(facts("北朝鮮の部隊がクルスク州に移動した。"), "AID")


def test_an_acknowledgement_concerns_the_other_state_named(facts):
    doc = facts("北朝鮮は28日、ロシアに派兵したことを初めて認めた。")
    event = one(doc, "CONCEDE")
    assert (event.actor, event.target, event.mode) == ("PRK", "RUS", "acknowledge")


def test_a_dateline_city_is_not_where_things_go(facts):
    doc = facts("【ソウル共同】調査機関は、ロシアの船舶が北朝鮮との間を5回往復したと明らかにした。")
    event = one(doc, "AID")
    assert (event.actor, event.target) == ("RUS", "PRK")


def test_a_dated_credit_line_dates_the_sentence_before_and_leads_the_next(facts):
    doc = facts(
        "ロシア軍は北朝鮮兵の働きを称賛した。\nロシア大統領府が26日に発表した。"
        "ゲラシモフ氏はクルスク州を奪還したと報告した。",
        published="2025-04-28",
    )
    assert one(doc, "SUPPORT").date_start == "2025-04-26"
    assert one(doc, "ASSAULT").date_start == "2025-04-26"


@pytest.mark.parametrize(
    ("text", "type_", "actor", "target"),
    [
        (
            "北朝鮮兵2人がウクライナ軍に拘束された。",
            "COERCE",
            "ukrainian-armed-forces",
            "korean-peoples-army",
        ),
        ("ロシア領はウクライナ軍によって占領された。", "ASSAULT", "ukrainian-armed-forces", "RUS"),
        # Sent somewhere: に is where they go, in the passive too.
        ("北朝鮮兵がロシアに派遣された。", "AID", "korean-peoples-army", "RUS"),
    ],
    ids=["ni-agent", "niyotte-agent", "sent-to"],
)
def test_the_passive_turns_the_roles_around(facts, text, type_, actor, target):
    event = one(facts(text), type_)
    assert (event.actor, event.target) == (actor, target)


# ---------------------------------------------------------------- carrying


@pytest.mark.parametrize(
    "text",
    [
        "ロシアの貨物船が北朝鮮の港からロシア極東の港へ弾薬を輸送した。",
        "ロシア船籍のタンカーが北朝鮮からロシアへ荷物を運搬していた。",
        # The parser hangs "from the port town" on the destination: it is still the origin.
        "ロシアの貨物船4隻が北朝鮮北東部の港町からロシア東部の港へ64回航海した。",
    ],
)
def test_what_a_carrier_carries_is_sent_by_where_it_leaves(facts, text):
    assert [(e.type, e.actor, e.target) for e in facts(text).events] == [("AID", "PRK", "RUS")]


def test_a_count_carried_with_no_owner_is_the_senders_to_the_receiver(facts):
    doc = facts(
        "ロシアの貨物船4隻が北朝鮮からロシアへ40回航海した。合わせて3000個のコンテナが運ばれたという。"
    )
    [containers] = [f for f in doc.figures if f.kind == "containers"]
    assert (containers.subject, containers.recipient) == ("PRK", "RUS")


def test_a_place_aimed_at_is_where_and_its_state_is_whom(facts):
    event = one(facts("金総書記は暴風軍団をクルスク州へ派遣した。"), "AID")
    assert (event.target, event.location) == ("RUS", "kursk-oblast")


def test_ships_shuttling_between_two_states_own_their_voyages_not_the_cargo(facts):
    doc = facts("ロシア籍の船舶2隻が北朝鮮との間を5回往復した。2隻は数百個のコンテナを運んだ。")
    kinds = {f.kind: f for f in doc.figures}
    assert kinds["voyages"].subject == "RUS"
    # Back and forth says nothing of which way the containers went.
    assert (kinds["containers"].subject, kinds["containers"].recipient) == (None, None)


def test_ships_plying_between_two_states_carry_what_the_text_said_went_one_way(facts):
    doc = facts(
        "米政府は、北朝鮮の砲弾がロシアに運ばれたと発表した。\n\n"
        "研究所によると、ロシアの貨物船3隻が北朝鮮との間を往復した。3隻は数千個のコンテナを運んだ。"
    )
    [containers] = [f for f in doc.figures if f.kind == "containers"]
    assert (containers.subject, containers.recipient) == ("PRK", "RUS")


def test_a_treaty_entering_into_force_is_its_parties_act(facts):
    doc = facts(
        "2024年12月4日、北朝鮮とロシアの包括的戦略パートナーシップ条約が発効した。", "2024-12-05"
    )
    [in_force] = [e for e in doc.events if e.mode == "in_force"]
    assert {in_force.actor, in_force.target} == {"RUS", "PRK"}
    assert in_force.date_start == "2024-12-04"


def test_a_date_compared_with_is_not_when_it_happened(facts):
    doc = facts("北朝鮮は、2020年8月以来初めてロシアに代表団を派遣した。")
    assert one(doc, "CONSULT").date_start != "2020-08"  # envoys sent: a visit


def test_a_date_since_which_something_goes_on_starts_it(facts):
    doc = facts("北朝鮮は2023年9月以降も、ロシアに砲弾を供給している。")
    assert one(doc, "AID").date_start == "2023-09"


def test_a_launch_at_a_state_is_an_attack_into_the_sea_a_threat(facts):
    doc = facts(
        "イランは1日、イスラエルに弾道ミサイルを発射した。北朝鮮は日本海に向けて弾道ミサイルを発射した。"
    )
    assert {(e.type, e.actor, e.target) for e in doc.events} == {
        ("ASSAULT", "IRN", "ISR"),
        ("THREATEN", "PRK", None),
    }


def test_a_clock_named_after_a_state_is_no_party(facts):
    doc = facts("中国国防省は、日本時間の4日午後、台湾周辺で軍事演習を開始したと発表した。")
    assert all("JPN" not in (e.actor, e.target) for e in doc.events)


def test_who_a_relative_clause_describes_is_who_acts_in_it(facts):
    doc = facts("プーチン氏は、ウクライナ戦争の終結を求める西側諸国の圧力を一蹴した。")
    assert all(e.type != "REQUEST" or e.target != "UKR" for e in doc.events)
    refusal = one(doc, "REJECT")  # whom a turned-down demand answers: who made it
    assert (refusal.actor, refusal.target) == ("vladimir-putin", "western-countries")


def test_what_goes_on_over_time_is_not_dated_by_the_report(facts):
    doc = facts(
        "北朝鮮はロシアに砲弾を供給しており、ロシアは北朝鮮に技術を提供してきた。", "2024-11-20"
    )
    assert [e.date_start for e in doc.events] == [None, None]
    done = facts("北朝鮮はロシアに砲弾を供給した。", "2024-11-20")
    assert [(e.date_start, e.date_basis) for e in done.events] == [("2024-11", "published")]


def test_a_state_named_as_the_waters_off_it_is_no_target_of_an_attack(facts):
    doc = facts("中国軍は複数のミサイルを台湾東部の海域に発射した。")
    assert all(e.type != "ASSAULT" for e in doc.events)


@pytest.mark.parametrize(
    "text",
    [
        "専門家は、大量の砲弾が北朝鮮からロシアに供給されたことで備蓄が可能になったと指摘した。",
        "ロシア軍は、北朝鮮兵のロシア派遣は条約に基づくと説明した。",
    ],
)
def test_an_event_told_as_background_is_not_dated_by_the_report(facts, text):
    events = [e for e in facts(text).events if e.type == "AID"]
    assert events and all(e.date_start is None for e in events)


def test_a_launch_told_with_an_attack_is_part_of_it(facts):
    doc = facts("ロシア軍は無人機を使ってウクライナを攻撃し、さらに極超音速ミサイルも5発発射した。")
    assert {(e.type, e.target) for e in doc.events} == {("ASSAULT", "UKR")}


def test_a_place_described_as_holding_aircraft_is_no_deployment(facts):
    doc = facts(
        "米軍機24機が配備されている飛行場では、早朝から隊員らが整備を始めた。北朝鮮兵がロシアに配備されている。"
    )
    assert [e.type for e in doc.events] == ["AID"]


def test_a_war_named_after_a_state_is_not_where_troops_go(facts):
    doc = facts(
        "ウクライナの情報機関によると、ロシア軍は北朝鮮から約2000人の兵士を集め、"
        "ウクライナ戦争に投入する計画だという。"
    )
    assert doc.figures and all(f.recipient != "UKR" for f in doc.figures)
    sent = facts("北朝鮮はロシアに兵士を派遣し、ウクライナ戦線に投入した。")
    assert any(e.target == "RUS" for e in sent.events)


def test_a_general_reporting_a_battle_won_speaks_for_his_army(facts):
    doc = facts(
        "ロシア軍のゲラシモフ参謀総長は、ウクライナ軍が占拠していた最後の村を奪還したと報告した。"
    )
    retaken = one(doc, "ASSAULT")
    assert (retaken.actor, retaken.target, retaken.source) == ("RUS", "UKR", "valery-gerasimov")


@pytest.mark.parametrize(
    ("text", "type_", "actor", "target"),
    [
        # A concern voiced about what the sentence before told.
        ("ロシアと北朝鮮の条約が4日に発効した。韓国外務省は同日、深い懸念を表明した。",
         "ACCUSE", "rok-ministry-of-foreign-affairs", "PRK"),
        # A warning whose clause names whom it warns.
        ("北朝鮮外務省の報道官は談話を出し、米国が敵対行為を続けるなら「対抗措置を取る」と警告した。",
         "THREATEN", "north-korean-foreign-ministry", "USA"),
        # Japan's own government, as Japanese news names it, disapproves of what it quotes.
        ("木原官房長官は「北朝鮮はロシアに兵器を送り続けており、断じて容認できない」と述べた。",
         "ACCUSE", "japanese-government", "PRK"),
    ],
)  # fmt: skip
def test_a_reaction_that_names_no_one_answers_the_act_told_beside_it(
    facts, text, type_, actor, target
):
    event = one(facts(text), type_)
    assert (event.actor, event.target) == (actor, target)


def test_a_reaction_to_nothing_told_and_a_threat_named_of_no_one_are_no_events(facts):
    assert of_type(facts("韓国外務省は深い懸念を表明した。"), "ACCUSE") == []
    doc = facts("ロシアと北朝鮮は、共通の軍事的脅威に対して協力を強めるとしている。")
    assert of_type(doc, "ACCUSE") == []


def test_ships_plying_between_two_states_go_the_way_the_text_says_cargo_went(facts):
    doc = facts(
        "研究所によると、ロシアの貨物船3隻が北朝鮮との間を往復した。"
        "米政府は、北朝鮮の砲弾がロシアに運ばれたと発表した。"
    )
    shuttle = [e for e in doc.events if e.mode == "shuttle"]
    assert shuttle and all((e.actor, e.target) == ("PRK", "RUS") for e in shuttle)


def test_missiles_fired_around_another_state_are_aimed_at_it(facts):
    event = one(facts("中国軍は台湾周辺に向けて弾道ミサイル11発を発射した。"), "THREATEN")
    assert event.target == "TWN"
    # A drill there too, and it stays a drill: it is not aid to whoever it surrounds.
    drill = one(facts("中国軍は4日、台湾周辺の海域で大規模な軍事演習を始めた。"), "MOBILIZE")
    assert (drill.mode, drill.target) == ("exercise", "TWN")
    assert one(facts("北朝鮮は日本海に向けて弾道ミサイルを発射した。"), "THREATEN").target is None


def test_a_particle_made_of_a_verb_closes_no_clause(facts):
    text = "韓国の情報機関は、北朝鮮が砲弾に加えて、約1万人の兵士をロシアに送ったと分析している。"
    sent = one(facts(text), "AID")
    assert (sent.actor, sent.target, sent.source) == ("PRK", "RUS", "KOR")


@pytest.mark.parametrize(
    ("text", "mode", "actor", "target"),
    [
        ("政府は北朝鮮の3団体を資産凍結の対象に指定した。", "asset_freeze", "japanese-government", "PRK"),
        ("EUはロシアの企業10社を制裁の対象に加えた。", "designate", "EU", "RUS"),
    ],
)  # fmt: skip
def test_whom_a_sanction_is_aimed_at_is_what_is_added_to_its_list(facts, text, mode, actor, target):
    event = one(facts(text), "SANCTION")
    assert (event.mode, event.actor, event.target) == (mode, actor, target)


def test_what_a_sentence_states_as_done_happened_on_its_leads_day(facts):
    doc = facts(
        "政府は9日、北朝鮮の3団体を資産凍結の対象に加えることを閣議了解した。", "2024-11-10"
    )
    assert (one(doc, "SANCTION").date_start, one(doc, "SANCTION").date_basis) == (
        "2024-11-09",
        "context",
    )


def test_what_a_passive_clause_describes_underwent_the_act(facts):
    doc = facts("北朝鮮兵はウクライナに占領されたロシア領の奪還に貢献した。")
    occupied = [e for e in doc.events if e.mode == "occupy"]
    assert occupied and all((e.actor, e.target) == ("UKR", "RUS") for e in occupied)


def test_a_ratification_already_done_is_told_with_sumi(facts):
    # 批准済み: the act is done; the treaty named before it says who the other party is.
    doc = facts("北朝鮮は包括的戦略パートナーシップ条約を批准した。ロシア側も批准済みだ。")
    ratified = {(e.actor, e.target) for e in doc.events if e.mode == "ratify"}
    assert ratified == {("PRK", "RUS"), ("RUS", "PRK")}


def test_where_a_weapon_was_made_is_no_party_to_its_firing(facts):
    doc = facts("ロシア軍は北朝鮮製の弾道ミサイルを発射した。")
    assert not [e for e in doc.events if "PRK" in (e.actor, e.target)]
