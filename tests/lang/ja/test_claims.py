"""Who says so and how sure: the source and status of events and figures."""

from __future__ import annotations

import pytest

from kansoku.model import Document, Event

NIS = "national-intelligence-service"


def by_trigger(doc: Document, trigger: str) -> Event:
    found = [e for e in doc.events if e.trigger == trigger]
    assert found, f"no event on {trigger} in {doc.text!r}; events: {doc.events}"
    return found[0]


# ---------------------------------------------------------------- named sources


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("国情院によると、北朝鮮はロシアに砲弾を追加で供給した。", "供給", NIS),
        ("米国防総省によれば、北朝鮮軍はクルスク州に展開した。", "展開", "pentagon"),
        ("タス通信によりますと、北朝鮮とロシアは新たな協定に署名しました。", "署名", "tass"),
    ],
    ids=["niyoruto", "niyoreba", "niyorimasuto"],
)
def test_source_marker_credits_the_entity_before_it(facts, text, trigger, source):
    event = by_trigger(facts(text), trigger)
    assert (event.source, event.status) == (source, "reported")


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        (
            "ウクライナのゼレンスキー大統領は、北朝鮮がロシアに兵士を派遣したと述べた。",
            "派遣",
            "volodymyr-zelensky",
        ),
        (
            "米国務省は、北朝鮮がロシアに弾道ミサイルを供与したと発表した。",
            "供与",
            "us-department-of-state",
        ),
        ("韓国の国情院は、北朝鮮がロシアに砲弾を供給したと明らかにした。", "供給", NIS),
    ],
    ids=["nobeta", "happyo", "akiraka"],
)
def test_speaker_of_a_speech_verb_is_the_source(facts, text, trigger, source):
    event = by_trigger(facts(text), trigger)
    assert (event.actor, event.target) == ("PRK", "RUS")
    assert (event.source, event.status) == (source, "reported")


def test_quote_joined_with_shi_keeps_the_speaker(facts):
    doc = facts("国情院は、北朝鮮がロシアに特殊部隊を派遣し、前線に投入されたと明らかにした。")
    event = by_trigger(doc, "派遣")
    assert (event.actor, event.target) == ("PRK", "RUS")
    assert (event.source, event.status) == (NIS, "reported")


def test_speaker_between_quote_and_verb_is_the_source(facts):
    doc = facts("北朝鮮がロシアに兵士を追加で派遣したと、米国防総省が17日、明らかにした。")
    event = by_trigger(doc, "派遣")
    assert (event.source, event.status) == ("pentagon", "reported")
    # A state's press between the quote and the verb is no state (judged round 15: the
    # credit is Russian media, not the Russian state; this test asserted RUS before).
    doc = facts("北朝鮮がロシアに兵士を追加で派遣したと、ロシアのメディアが17日、明らかにした。")
    event = by_trigger(doc, "派遣")
    assert (event.source, event.status) == ("media", "reported")


def test_view_expressed_is_reported_by_its_holder(facts):
    doc = facts("米国防総省は、北朝鮮がロシアに兵士を派遣したとの見方を示した。")
    event = by_trigger(doc, "派遣")
    assert (event.source, event.status) == ("pentagon", "reported")


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("北朝鮮がロシアに砲弾を送ったという。", "送っ", "reported"),
        ("北朝鮮はロシアに弾薬を供給したとされる。", "供給", "reported"),
        # It is thought: a belief no one is named for, told as possible.
        ("北朝鮮はロシアに兵士を派遣したとみられている。", "派遣", "possible"),
        # Control: the same kind of statement without hearsay is the text's own.
        ("ロシアが北朝鮮に弾薬を供与した。", "供与", "asserted"),
    ],
    ids=["toiu", "tosareru", "tomirareru", "plain"],
)
def test_hearsay_ending_makes_it_reported_without_source(facts, text, trigger, status):
    event = by_trigger(facts(text), trigger)
    assert (event.source, event.status) == (None, status)


# ---------------------------------------------------------------- across sentences


def test_reported_speech_carries_over_to_the_next_sentence(facts):
    doc = facts(
        "国情院によると、北朝鮮は10月からロシアへの派兵を始めた。"
        "北朝鮮は今後、兵士をさらにロシアに送るという。"
    )
    first, second = by_trigger(doc, "派兵"), by_trigger(doc, "送る")
    assert (first.source, first.status) == (NIS, "reported")
    assert (second.source, second.status) == (NIS, "reported")
    assert second.start > first.start


@pytest.mark.parametrize(
    ("second", "source", "status"),
    [
        ("その見返りにロシアは北朝鮮に防空システムを提供した。", NIS, "reported"),
        # Control: a new paragraph that does not point back is the text's own.
        ("ロシアは北朝鮮に防空システムを提供した。", None, "asserted"),
    ],
    ids=["sono", "new-paragraph"],
)
def test_anaphoric_sentence_continues_source_across_paragraphs(facts, second, source, status):
    doc = facts("国情院によると、北朝鮮はロシアに砲弾を供給した。\n" + second)
    assert by_trigger(doc, "供給").source == NIS
    event = by_trigger(doc, "提供")
    assert (event.source, event.status) == (source, status)


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        pytest.param(
            "朝鮮中央通信が12日報じた。",
            "kcna",
            id="kcna",
        ),
        pytest.param("タス通信が12日報じた。", "tass", id="tass"),
    ],
)
def test_wire_credit_line_sources_the_previous_sentence(facts, credit, outlet):
    doc = facts("北朝鮮は包括的戦略パートナーシップ条約を批准した。" + credit)
    event = by_trigger(doc, "批准")
    assert (event.source, event.status) == (outlet, "reported")


# ---------------------------------------------------------------- status


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("北朝鮮がロシアに追加の兵士を派遣する可能性がある。", "派遣", "possible"),
        ("ロシアは北朝鮮から砲弾を購入するかもしれない。", "購入", "possible"),
        ("韓国政府は北朝鮮への制裁を検討している。", "制裁", "possible"),
        ("ショイグ氏は北朝鮮を訪問する予定だ。", "訪問", "planned"),
        ("ロシアは北朝鮮に防空システムを供与する見通しだ。", "供与", "planned"),
        ("日本政府はロシアに対する追加制裁を科す方針だ。", "追加制裁", "planned"),
        # Headlines: a closing へ announces, a closing か asks.
        ("ロシアが北朝鮮に防空システム供与へ", "供与", "planned"),
        ("北朝鮮がロシアに兵士派遣か", "派遣", "possible"),
        ("北朝鮮はロシアに兵士を派遣したのか", "派遣", "possible"),
        # Negated verb.
        ("北朝鮮はロシアに兵士を派遣していない。", "派遣", "denied"),
    ],
    ids=[
        "kanousei",
        "kamoshirenai",
        "kento",
        "yotei",
        "mitoshi",
        "hoshin",
        "headline-he",
        "headline-ka",
        "question-noka",
        "negated",
    ],
)
def test_status_from_words_after_the_event(facts, text, trigger, status):
    event = by_trigger(facts(text), trigger)
    assert event.status == status


def test_accusation_is_not_denied_by_a_later_ga_clause(facts):
    doc = facts(
        "ウクライナは北朝鮮がロシアに兵士を派遣したと非難しているが、北朝鮮はこれを否定している。"
    )
    accusation = by_trigger(doc, "非難")
    assert (accusation.actor, accusation.target) == ("UKR", "PRK")
    assert accusation.status != "denied"
    denial = by_trigger(doc, "否定")
    assert (denial.type, denial.actor) == ("REJECT", "PRK")


# ---------------------------------------------------------------- evidence


def test_every_fact_is_evidenced_by_its_sentence(facts):
    doc = facts(
        "国情院によると、北朝鮮は10月からロシアへの派兵を始めた。"
        "北朝鮮は今後、兵士をさらにロシアに送るという。\n"
        "その見返りにロシアは北朝鮮に防空システムを提供した。"
        "北朝鮮は包括的戦略パートナーシップ条約を批准した。タス通信が12日報じた。"
    )
    spans = {(s.start, s.end) for s in doc.sentences}
    assert len(doc.events) >= 4
    for event in doc.events:
        assert (event.start, event.end) in spans
        assert event.trigger in doc.text[event.start : event.end]


def test_a_judgement_frames_a_claim_but_a_passive_guess_is_hearsay(facts):
    judged = facts("韓国政府は、北朝鮮がロシアに砲弾を送ったとみている。")
    assert [(e.status, e.source) for e in judged.events] == [("reported", "KOR")]
    guessed = facts("北朝鮮がロシアに砲弾を送ったとみられる。")
    assert [(e.status, e.source) for e in guessed.events] == [("possible", None)]


# ---------------------------------------------------------------- report frames


def figure_of(doc: Document, value: float):
    found = [f for f in doc.figures if f.value == value]
    assert found, f"no figure {value} in {doc.text!r}; figures: {doc.figures}"
    return found[0]


def test_a_fact_in_a_koto_clause_is_credited_to_who_acknowledges_it(facts):
    event = by_trigger(facts("北朝鮮は28日、ロシアに派兵したことを初めて認めた。"), "派兵")
    assert (event.source, event.status) == ("PRK", "reported")


def test_a_to_shite_iru_frame_credits_the_topic(facts):
    doc = facts("韓国軍は、ロシアが北朝鮮に技術を移転している可能性があるとしている。")
    event = by_trigger(doc, "移転")
    assert (event.source, event.status) == ("rok-armed-forces", "possible")


def test_a_passive_verb_of_saying_names_no_speaker(facts):
    doc = facts("ウクライナ当局によると、北朝鮮は計1万4000人の兵士をロシアに派遣したと推定される。")
    assert (by_trigger(doc, "派遣").source, figure_of(doc, 14000).source) == ("UKR", "UKR")
    doc = facts("北朝鮮は計1万人の兵士をロシアに派遣したと推定される。")
    assert by_trigger(doc, "派遣").source is None and figure_of(doc, 10000).source is None


def test_tokoro_ni_yoru_to_names_the_source(facts):
    doc = facts("米政府が明らかにしたところによると、ロシアは北朝鮮に石油を供給した。")
    assert by_trigger(doc, "供給").source == "USA"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("韓国政府関係者によると、北朝鮮はロシアに砲弾を供給した。", "KOR"),
        ("北朝鮮の消息筋によると、北朝鮮はロシアに砲弾を供給した。", "unnamed-sources"),
        ("ロシアの軍事専門家によると、北朝鮮はロシアに砲弾を供給した。", "experts"),
    ],
    ids=["official-of-a-state", "informed-source-on-a-state", "expert"],
)
def test_an_unnamed_source_is_a_state_only_when_it_speaks_for_it(facts, text, source):
    event = by_trigger(facts(text), "供給")
    assert (event.source, event.status) == (source, "reported")


def test_a_credited_estimate_continues_the_paragraphs_source(facts):
    doc = facts(
        "調査機関によると、ロシアの貨物船が北朝鮮から弾薬を輸送した。"
        "国防総省によると、計1万個のコンテナが運ばれ、砲弾400万発が積まれていたと推定している。"
    )
    assert figure_of(doc, 4000000).source == "pentagon"
    doc = facts(
        "国防総省によると、ロシアの貨物船が北朝鮮から弾薬を輸送した。"
        "砲弾400万発が積まれていたと推定している。"
    )
    assert (figure_of(doc, 4000000).source, figure_of(doc, 4000000).status) == (
        "pentagon",
        "estimated",
    )


def test_same_as_before_refers_to_the_last_entity_of_its_kind(facts):
    doc = facts(
        "英王立防衛安全保障研究所は16日、衛星写真を分析した。"
        "同研究所によると、北朝鮮はロシアに砲弾を供給した。"
    )
    assert by_trigger(doc, "供給").source == "rusi"


def test_a_date_anaphor_does_not_continue_a_claim(facts):
    doc = facts(
        "韓国国防省は18日、北朝鮮がロシアに兵士を派遣したと発表した。"
        "同日、プーチン大統領は金正恩総書記と会談した。"
    )
    meeting = by_trigger(doc, "会談")
    assert (meeting.source, meeting.status) == (None, "asserted")


def test_an_account_credited_by_its_source_goes_on_over_the_paragraph(facts):
    doc = facts(
        "国情院によると、北朝鮮はロシアに弾薬を供給した。ロシアの船舶は砲弾100万発を運搬した。"
        "一方、日本政府は北朝鮮に制裁を科した。\n"
        "ロシアは北朝鮮に石油を供給した。"
    )
    source = by_trigger(doc, "供給").source
    assert figure_of(doc, 1000000).source == source and figure_of(doc, 1000000).status == "reported"
    assert by_trigger(doc, "制裁").source is None  # 一方: the account is over
    oil = [e for e in doc.events if e.trigger == "供給"][-1]
    assert (oil.source, oil.status) == (None, "asserted")  # a new paragraph


def test_an_estimate_qualifies_only_the_numbers_it_frames(facts):
    doc = facts(
        "国防総省によると、1万5000個のコンテナが輸送され、400万発の砲弾が積まれていたと推定している。"
    )
    assert figure_of(doc, 4000000).status == "estimated"
    assert figure_of(doc, 15000).status == "reported"


def test_the_subject_of_tokoro_ni_yoru_to_is_the_source(facts):
    doc = facts(
        "ウクライナ当局がこれまでに明らかにしているところによると、北朝鮮は計1万人の兵士をロシアに派遣した。"
    )
    assert figure_of(doc, 10000).source == "UKR"


def test_what_cannot_be_ruled_out_is_possible_and_no_denial(facts):
    doc = facts("北朝鮮がロシアに兵士を追加で派遣する可能性は否定できない。")
    assert not [e for e in doc.events if e.type == "REJECT"]
    assert by_trigger(doc, "派遣").status == "possible"


def test_an_allegation_credits_what_it_alleges_to_who_alleges_it(facts):
    doc = facts(
        "米国と韓国の関係者は、北朝鮮がロシアに対して軍事装備を提供していると非難している。"
    )
    aid, accusation = by_trigger(doc, "提供"), by_trigger(doc, "非難")
    assert (aid.actor, aid.target, aid.status) == ("PRK", "RUS", "reported")
    assert accusation.target == "PRK" and accusation.actor != "PRK"


# ---------------------------------------------------------------- published reports

REPORT = (
    "英王立防衛安全保障研究所は3日、北朝鮮とロシアの取引に関する報告書を公表した。"
    "北朝鮮は昨年5月から今年1月までに、東部の港からロシアの港へ少なくとも8000個のコンテナを送り、"
    "中に砲弾が含まれていた可能性があると指摘した。\n\n"
    "報告書によると、輸送にはロシア船籍の貨物船3隻が使われた。"
    "ロシアは同じ期間に石油約100万バレルを北朝鮮に供給したとされる。"
)


def test_what_a_published_report_finds_is_its_publishers_claim(facts):
    doc = facts(REPORT)
    assert {(e.type, e.actor, e.target, e.source) for e in doc.events} == {
        ("AID", "PRK", "RUS", "rusi"),  # judged by the report, done by the topic
        # …供給したとされる in the paragraph the report's account opened (同じ期間: the
        # report's period) is still the report's word. Judged round 15 read it as the
        # writer's background; the gold of two later open sets, built by readers who had
        # not seen the rules, credits the report in every such paragraph (nineteenth pass).
        ("AID", "RUS", "PRK", "rusi"),
    }
    assert {f.kind: f.source for f in doc.figures} == {
        "containers": "rusi",
        "ships": "rusi",
        "oil": "rusi",
    }


def test_a_state_judging_what_someone_else_did_is_still_the_speaker(facts):
    doc = facts("韓国国防省は5日、北朝鮮がロシアに砲弾を送ったと指摘した。")
    event = by_trigger(doc, "送っ")
    assert (event.actor, event.source) == ("PRK", "rok-ministry-of-national-defense")


def test_a_passive_estimate_inside_a_named_speakers_words_is_theirs(facts):
    doc = facts(
        "韓国の国家情報院は24日、北朝鮮がロシアに派遣した兵力のうち、"
        "約6000人が死傷したと推定されると明らかにした。"
    )
    [losses] = [f for f in doc.figures if f.kind == "casualties"]
    assert (losses.source, losses.status, losses.recipient) == (NIS, "estimated", None)


def test_a_speaker_whose_own_words_hold_no_fact_is_continued(facts):
    doc = facts(
        "韓国国防省は12日、ロシアにいる北朝鮮軍の部隊交代が始まったとの分析を明らかにした。"
        "新たな兵力約3000人が前線入りしたとみている。"
    )
    [troops] = [f for f in doc.figures if f.kind == "troops"]
    assert troops.source == "rok-ministry-of-national-defense"


# ---------------------------------------------------------------- reports spoken of


def test_a_report_spoken_of_is_its_owners_claim_and_a_denial_of_it_is_kept_beside(facts):
    doc = facts(
        "ロシアのペスコフ大統領報道官は19日、北朝鮮の部隊がウクライナ東部の前線に"
        "投入されたとする米国メディアの報道について「憶測にすぎない」と述べ、否定した。"
    )
    told = {(e.status, e.source) for e in doc.events if e.trigger == "投入"}
    # The press of a state does not speak for it.
    assert told == {("reported", None), ("denied", "dmitry-peskov")}


def test_hearsay_no_one_owns_is_no_ones(facts):
    doc = facts("国防省は、北朝鮮兵がロシアに派遣されたとの情報について確認中だと述べた。")
    event = by_trigger(doc, "派遣")
    assert (event.source, event.status) == (None, "reported")


def test_a_possibility_told_by_someone_stays_a_possibility(facts):
    doc = facts("国情院によると、ロシアは見返りに北朝鮮へ技術を提供しているとみられるという。")
    event = by_trigger(doc, "提供")
    assert (event.source, event.status) == (NIS, "possible")


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮外務省は、米国がロシアを攻撃すれば対抗措置を取ると警告した。",
        "条約は、ロシアが攻撃を受けた場合に北朝鮮が軍事援助を提供すると定めている。",
    ],
)
def test_what_happens_only_if_is_possible(facts, text):
    doc = facts(text)
    assert doc.events
    assert all(e.status == "possible" for e in doc.events if e.trigger.startswith("攻撃"))


@pytest.mark.parametrize(
    "text",
    [
        "プーチン大統領は、北朝鮮との軍事協力を今後も強化していくと述べた。",
        "金総書記は、ロシアを支援する用意があると表明した。",
    ],
)
def test_a_pledge_is_planned(facts, text):
    events = [e for e in facts(text).events if e.type in ("COOPERATE", "AID", "SUPPORT")]
    assert events and all(e.status == "planned" for e in events)


def test_a_states_press_does_not_speak_for_it(facts):
    doc = facts(
        "ウクライナの主要メディアによると、ロシア軍は北朝鮮製のミサイルでキーウを攻撃した。"
    )
    assert {e.source for e in doc.events} == {"media"}


def test_about_what_leaders_talk_is_no_party_to_the_talks(facts):
    doc = facts("プーチン大統領と習近平国家主席は、北朝鮮への対応について協議した。")
    talks = [e for e in doc.events if e.type == "CONSULT"]
    assert talks and all("PRK" not in (e.actor, e.target) for e in talks)


def test_a_name_before_a_place_noun_is_where_not_who(facts):
    doc = facts("北朝鮮対岸のロシア沿海地方では、ロシア軍がミサイルを発射した。")
    assert all(e.actor != "PRK" for e in doc.events)


def test_a_subject_named_by_no_entity_is_not_replaced_by_an_earlier_clauses(facts):
    doc = facts(
        "北朝鮮とロシアは協力を深めており、国際社会は北朝鮮がロシアに砲弾を送っていると非難した。"
    )
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    supply = [e for e in doc.events if e.type == "AID"]
    assert supply and all(e.source is None for e in supply)


def test_a_statement_with_its_own_date_ends_the_account_before_it(facts):
    doc = facts(
        "米メディアによると、イランはイスラエルへの攻撃準備を進めている。"
        "イランは1日、イスラエルに弾道ミサイルを発射した。"
    )
    strike = [e for e in doc.events if e.type == "ASSAULT"]
    assert strike and all((e.source, e.status) == (None, "asserted") for e in strike)


def test_an_emphatic_no_denies(facts):
    doc = facts("韓国国防部は「米軍の撤退について韓米間で議論された事項は全くない」と述べた。")
    talks = [e for e in doc.events if e.type == "CONSULT"]
    assert talks and all(e.status == "denied" for e in talks)


def test_a_denial_pointing_back_denies_the_sentence_before_and_not_what_follows_it(facts):
    doc = facts(
        "米紙は、北朝鮮がロシアに砲弾を送ったと報じた。"
        "ロシア政府はこれを否定したが、北朝鮮がロシアに兵士を派遣していることは明らかになっている。"
    )
    shells = {(e.status, e.source) for e in doc.events if e.trigger == "送っ"}
    assert ("denied", "RUS") in shells
    troops = [e for e in doc.events if e.trigger == "派遣"]
    assert troops and all(e.status != "denied" for e in troops)


def test_the_subject_inside_a_denied_report_is_not_the_denier(facts):
    doc = facts("ロシア政府は北朝鮮が砲弾を送ったとの報道を否定した。")
    denial = by_trigger(doc, "否定")
    assert (denial.type, denial.actor) == ("REJECT", "RUS")


def test_a_headlines_question_asserts_nothing_but_its_statement_does(facts):
    doc = facts("プーチン氏、金総書記と会談 北朝鮮兵の追加派遣は?")
    assert by_trigger(doc, "会談").status == "asserted"
    assert all(e.status == "possible" for e in doc.events if e.type == "AID")


@pytest.mark.parametrize(
    ("text", "trigger", "status", "source"),
    [
        # The later clause has a speaker of its own: the first is not in their words.
        (
            "国家情報院によると、北朝鮮兵はロシア西部に展開しており、EUは北朝鮮を強く非難した。",
            "展開",
            "reported",
            "national-intelligence-service",
        ),
        ("北朝鮮は兵士をロシアに派遣し、国家情報院は北朝鮮が弾薬も送ったと明らかにした。", "派遣", "asserted", None),
        # One speaker telling both clauses.
        ("国家情報院は、北朝鮮が兵士をロシアに派遣し、弾薬も送ったと明らかにした。", "派遣", "reported",
         "national-intelligence-service"),
    ],
)  # fmt: skip
def test_a_verb_of_saying_frames_the_clauses_before_it_only_in_its_speakers_clause(
    facts, text, trigger, status, source
):
    event = by_trigger(facts(text), trigger)
    assert (event.status, event.source) == (status, source)


def test_a_headline_closed_by_who_says_so_is_theirs(facts):
    event = by_trigger(facts("北朝鮮、ロシアに兵士を追加派遣 米国防総省が発表"), "追加派遣")
    assert (event.status, event.source) == ("reported", "pentagon")


@pytest.mark.parametrize(
    "text",
    [
        "両国は、ロシアが北朝鮮に石油を追加で供給することで合意した。",
        "北朝鮮とロシアは6月に会談し、軍事協力を強化することで一致した。",
    ],
)
def test_what_two_sides_agree_to_do_is_planned(facts, text):
    agreed = [e for e in facts(text).events if e.type in ("AID", "COOPERATE")]
    assert agreed and all(e.status == "planned" for e in agreed)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # The acknowledger of its own act is its source (the parser hangs the topic inside).
        ("北朝鮮は、金総書記の命令でロシアに派兵したことを初めて認めた。", "派兵", "PRK"),
        # A topic whose clause the parser hung inside the quote is still the speaker.
        ("浜田防衛相は会見し、北朝鮮が弾道ミサイルを発射したと発表した。", "発射", "japanese-ministry-of-defense"),
    ],
)  # fmt: skip
def test_a_topic_opening_the_quoted_span_is_the_speaker(facts, text, trigger, source):
    event = by_trigger(facts(text), trigger)
    assert (event.status, event.source) == ("reported", source)


def test_a_clause_describing_a_noun_is_not_hedged_by_what_is_said_of_the_noun(facts):
    doc = facts("北朝鮮が先月31日に発射した新型ICBMは、ロシアから技術移転を受けた可能性がある。")
    assert by_trigger(doc, "発射").status != "possible"
    assert by_trigger(doc, "移転").status == "possible"
    # Nor by a belief closing the sentence (とみられる), which is about the noun.
    doc = facts("ロシアに派遣された北朝鮮兵は、東部の前線に投入されたとみられる。")
    assert by_trigger(doc, "派遣").status == "asserted"
    assert by_trigger(doc, "投入").status == "possible"


def test_the_facts_own_phrase_is_never_its_speaker(facts):
    doc = facts(
        "プーチン氏は、昨年8月に始まったウクライナの越境攻撃が「完全に失敗した」と主張した。"
    )
    assert by_trigger(doc, "越境攻撃").source != "UKR"


def test_a_verb_of_saying_that_describes_a_noun_reports_nothing(facts):
    doc = facts(
        "米国の大統領が台湾を訪問したことを受けて、台湾を自国の領土と主張する中国は強く反発した。"
    )
    visit = by_trigger(doc, "訪問")
    assert (visit.status, visit.source) == ("asserted", None)


@pytest.mark.parametrize("ending", ["と考えられる", "と思われる", "ようだ", "らしい"])
def test_the_writers_own_inference_is_possible_not_fact(facts, ending):
    doc = facts(f"北朝鮮は今秋、ロシアに砲弾を追加で提供した{ending}。")
    assert by_trigger(doc, "提供").status == "possible"


def test_an_act_told_as_the_topic_is_given_whatever_is_inferred_of_it(facts):
    doc = facts("ロシアが北朝鮮に石油を提供したのは、兵士派遣の見返りだと考えられる。")
    assert by_trigger(doc, "提供").status == "asserted"


def test_an_intent_covers_a_plain_te_clause_joined_before_it(facts):
    doc = facts("ロシア外務省は「ロシアは北朝鮮と協力して、地域の安定を守る用意がある」と述べた。")
    assert by_trigger(doc, "協力").status == "planned"
    # A clause closed as a statement of its own (したが) is done, whatever comes next.
    doc = facts("北朝鮮はロシアに兵士を派遣したが、さらに前線にも投入する方針だ。")
    assert by_trigger(doc, "派遣").status == "asserted"
    assert by_trigger(doc, "投入").status == "planned"
