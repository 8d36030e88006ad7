"""Who says so and how sure: forms of Korean wire and broadcast copy read from the press
(issue #10, third pass: relayed briefings, outlets citing others, the formal register of
broadcasts, denials that call a claim untrue, findings named as an object). One test a
rule; every sentence is written for the test, negatives beside the positives."""

from __future__ import annotations

import pytest
from conftest import one

SEOUL_PAPER = "https://www.yna.co.kr/view/test"
NIS = "national-intelligence-service"
MND = "rok-ministry-of-national-defense"


def _in_last_sentence(doc, *types):
    last = doc.text.rindex(". ", 0, len(doc.text) - 2) + 2
    found = [e for e in doc.events if e.start >= last and e.type in types]
    assert found, f"no {'/'.join(types)} event in the last sentence: {doc.events}"
    return found[0]


# -- relayed briefings ------------------------------------------------------------------


def test_a_briefing_relayed_by_a_lawmaker_is_the_briefer_s(korean):
    doc = korean(
        "정보위 여당 간사인 이성권 의원에 따르면 국정원은 북한이 러시아에 방사포를 더 넘겼다고 보고했다."
    )
    event = one(doc, "AID")
    assert (event.source, event.status) == (NIS, "reported")


def test_a_lead_told_without_its_source_takes_the_briefer_the_next_sentence_names(korean):
    doc = korean(
        "북한이 러시아에 단거리 미사일 수십 기를 더 넘긴 것으로 파악됐다. "
        "국정원은 이날 정보위 비공개 회의에서 이런 내용을 보고했다고 박선원 의원이 전했다."
    )
    assert one(doc, "AID").source == NIS


# -- outlets citing others, documents given out -------------------------------------------


def test_an_outlet_citing_officials_tells_their_claim(korean):
    doc = korean(
        "블룸버그는 미국 정부 관계자들을 인용해 북한이 러시아에 포탄을 더 보냈다고 보도했다."
    )
    assert one(doc, "AID").source == "USA"


def test_the_report_a_sentence_gives_out_is_what_the_next_one_cites(korean):
    doc = korean(
        "통일연구원은 12일 북러 군사협력 보고서를 발간했다. "
        "보고서에 따르면 북한은 러시아에 공병 부대를 추가로 보냈다."
    )
    event = _in_last_sentence(doc, "AID", "MOBILIZE")
    assert (event.source, event.status) == ("kinu", "reported")


def test_a_post_on_social_media_is_its_writer_s_word(korean):
    doc = korean('젤렌스키 대통령은 엑스에 "북한군이 쿠르스크에서 공격에 가담했다"는 글을 올렸다.')
    assert one(doc, "ASSAULT").source == "volodymyr-zelensky"


# -- a speaker the sentence's grammar hides ------------------------------------------------


def test_the_subject_of_a_detected_act_is_not_who_detected_it(korean):
    doc = korean("북한이 러시아에 자폭 드론을 제공한 정황을 포착했다고 미 국무부는 밝혔다.")
    assert one(doc, "AID").source == "us-department-of-state"


def test_an_act_named_as_what_was_confirmed_is_the_confirmer_s_finding(korean):
    event = one(korean("영국 국방부는 북한군의 러시아 파병을 공식 확인했다."), "AID")
    assert (event.actor, event.target) == ("korean-peoples-army", "RUS")
    assert (event.source, event.status) == ("uk-ministry-of-defence", "reported")


@pytest.mark.parametrize(
    "text",
    [
        # an expert on an army, a captive of it: neither speaks for it
        '북한군 전문가인 한 교수는 "북한이 러시아에 병력을 더 보낼 것"이라고 말했다.',
        '러시아군 포로는 "북한군이 쿠르스크 전투에 참전했다"고 진술했다.',
    ],
)
def test_a_name_qualifying_an_expert_or_a_captive_is_not_the_speaker(korean, text):
    doc = korean(text)
    assert doc.events and all(e.source is None for e in doc.events)
    assert all(e.status != "asserted" for e in doc.events)  # still someone's word


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "우크라이나 정보총국은 북한이 러시아에 병력을 더 보냈다고 폭로했다.",
            "ukrainian-military-intelligence",
        ),
        ("합참은 북한이 러시아에 미사일 기술자를 파견했다고 설명했다.", "joint-chiefs-of-staff"),
    ],
)
def test_verbs_of_exposing_and_explaining_close_a_claim(korean, text, source):
    event = one(korean(text), "AID", "MOBILIZE")
    assert (event.source, event.status) == (source, "reported")


# -- denials -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "러시아 외무부 대변인은 북한군 파병은 사실이 아니라고 해명했다.",
        '러시아 외무부는 북한군 파병 보도가 "허위 정보"라고 반박했다.',
        "러시아 외무부는 북한군 파병설을 가짜 뉴스라며 일축했다.",
    ],
)
def test_a_claim_called_untrue_is_denied_by_who_calls_it_so(korean, text):
    event = one(korean(text), "AID")
    assert (event.source, event.status) == ("russian-foreign-ministry", "denied")


def test_calling_nothing_untrue_denies_nothing(korean):
    event = one(korean("러시아 외무부는 북한군 파병을 환영한다고 밝혔다."), "AID")
    assert event.status != "denied"


# -- how sure: the formal register of broadcasts, likelihood ------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("북한군이 쿠르스크 전선에 다시 배치된 것으로 보입니다.", "possible"),
        ("북한이 러시아에 포탄을 추가로 보낸 것으로 파악됩니다.", "reported"),
        ("북한이 러시아에 방사포를 넘긴 것으로 전해집니다.", "reported"),
        ("북한이 러시아에 포탄을 보내고 있는 것으로 파악됐다.", "reported"),  # is sending
        ("북한이 러시아에 미사일 기술자를 보냈을 개연성이 있다.", "possible"),
    ],
)
def test_how_sure_a_wire_or_broadcast_sentence_is(korean, text, status):
    assert one(korean(text), "AID", "MOBILIZE").status == status


def test_a_progressive_auxiliary_does_not_end_the_clause(korean):
    # 보내고 있다 is one verb: the hedge after it is its own
    event = one(korean("북한이 러시아에 포탄을 계속 보내고 있는 것으로 보인다."), "AID")
    assert event.status == "possible"


def test_a_plain_statement_of_the_writer_stays_asserted(korean):
    event = one(korean("북한은 지난해 러시아에 병력을 보냈다."), "AID")
    assert (event.source, event.status) == (None, "asserted")


# -- headlines -----------------------------------------------------------------------------


def test_a_headline_quoting_an_unnamed_home_office_is_the_home_state_s(korean):
    doc = korean('군 당국 "북한, 러시아에 자주포 추가 지원"', url=SEOUL_PAPER)
    event = one(doc, "AID")
    assert (event.source, event.status) == ("KOR", "reported")


def test_a_headline_closed_by_an_outlet_after_an_ellipsis_is_its_telling(korean):
    event = one(korean("北, 러시아에 방사포 추가 지원…블룸버그"), "AID")
    assert (event.source, event.status) == ("bloomberg", "reported")


def test_a_site_name_after_a_dash_tells_nothing(korean):
    event = one(korean("北, 러시아에 방사포 추가 지원 - 블룸버그"), "AID")
    assert event.source is None


# -- counts standing for the troops that act -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "북한군 수백 명이 쿠르스크 전선에 투입됐다.",  # a count in words
        "북한군 병력 2천여 명이 러시아에 파병됐다.",  # after a noun acting for the name
    ],
)
def test_troops_counted_after_their_name_act(korean, text):
    event = one(korean(text), "AID", "MOBILIZE")
    assert event.actor in ("PRK", "korean-peoples-army")


# -- claims answered, not told, by the one who speaks --------------------------------------


def test_a_claim_named_by_its_report_noun_is_not_the_answerer_s(korean):
    doc = korean(
        '북한이 러시아에 전투기 조종사를 보냈다는 보도에 대해 크렘린궁은 "할 말이 없다"고 말했다.'
    )
    event = one(doc, "AID")
    assert (event.source, event.status) == (None, "reported")


def test_a_suspicion_answered_stays_possible(korean):
    doc = korean(
        '북한이 러시아에 자주포를 넘겼다는 의혹과 관련해 통일부는 "주시하고 있다"고 밝혔다.'
    )
    assert one(doc, "AID").status == "possible"


def test_an_answer_that_denies_the_report_is_the_denier_s(korean):
    doc = korean(
        '북한이 러시아에 전투기 조종사를 보냈다는 보도에 대해 크렘린궁은 "사실무근"이라고 일축했다.'
    )
    event = one(doc, "AID")
    assert (event.source, event.status) == ("kremlin", "denied")


def test_a_clause_quoted_by_dan_is_no_topic_that_speaks(korean):
    # 보냈다는 is a verb quoting a clause: the Kremlin, not the sentence's first words, speaks
    doc = korean('북한이 러시아에 공병을 보냈다는 주장에 크렘린궁은 "국방부에 물어보라"고 말했다.')
    assert one(doc, "AID").source != "PRK"


def test_lawmakers_relaying_a_briefing_credit_the_briefer(korean):
    doc = korean(
        "북한이 러시아에 자폭 드론 기술자를 보낸 것으로 파악됐다. "
        "두 간사인 이성권 의원과 박선원 의원은 국정원이 비공개 회의에서 이같이 보고했다고 밝혔다."
    )
    assert one(doc, "AID").source == NIS


def test_the_local_press_of_a_state_is_not_that_state(korean):
    doc = korean("북한이 러시아에 병력을 더 보냈다고 우크라이나 현지 매체가 보도했다.")
    event = one(doc, "AID")
    assert (event.source, event.status) == ("media", "reported")


def test_a_verb_of_stressing_a_thing_credits_no_claim(korean):
    doc = korean("푸틴 대통령은 김정은 위원장과 면담한 자리에서 양국 협력을 강조했다.")
    event = one(doc, "CONSULT")
    assert (event.actor, event.source, event.status) == ("vladimir-putin", None, "asserted")


# -- event words of meetings and gatherings ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "쇼이구 서기는 평양에서 김정은 위원장과 면담했다.",
        "쇼이구 서기는 다음 주 김정은 위원장을 만날 예정이다.",
    ],
)
def test_meetings_told_as_talks_or_to_come(korean, text):
    event = one(korean(text), "CONSULT")
    assert event.actor == "sergei-shoigu"


def test_troops_gathering_at_the_front_deploy(korean):
    event = one(korean("북한군 수천 명이 쿠르스크 일대에 집결했다."), "MOBILIZE", "AID")
    assert event.actor in ("PRK", "korean-peoples-army")


# -- negated and unconfirmed acts ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "북한은 러시아에 전투기를 보내지 않았다.",
        "북한은 러시아에 전투기를 안 보냈다.",
        "북한군은 아직 동부 전선에 배치되지는 않은 것으로 파악됐다.",
    ],
)
def test_an_act_whose_own_verb_is_negated_is_denied(korean, text):
    assert one(korean(text), "AID", "MOBILIZE").status == "denied"


@pytest.mark.parametrize(
    "text",
    [
        "북한이 러시아에 전투기를 보냈는지는 확인되지 않았다.",
        "북한군이 동부 전선에 배치됐는지는 아직 불분명하다.",
    ],
)
def test_an_act_left_unconfirmed_is_possible(korean, text):
    assert one(korean(text), "AID", "MOBILIZE").status == "possible"


def test_a_later_verb_negated_does_not_deny_the_act(korean):
    # the act is told as done; only the knowing of its size is negated
    doc = korean("북한은 러시아에 포탄을 보냈지만 규모는 공개하지 않았다.")
    assert one(doc, "AID").status != "denied"


# -- a view said to come from someone; unnamed offices at home ------------------------------


def test_a_view_said_to_come_from_someone_is_theirs(korean):
    doc = korean("북한이 러시아에 공병을 더 보낼 것이라는 관측이 영국 국방부에서 나왔다.")
    assert one(doc, "AID").source == "uk-ministry-of-defence"


def test_a_view_leaving_a_place_is_no_view(korean):
    # 나진항에서 나온 컨테이너: goods that left a port, no one's view
    event = one(korean("나진항에서 나온 컨테이너 수백 개가 러시아로 향했다."), "AID")
    assert event.source is None


@pytest.mark.parametrize(
    "text",
    [
        '정부 고위 관계자 "북한, 러시아에 자주포 추가 지원"',
        '한 정보 소식통은 "북한이 러시아에 자주포를 더 넘겼다"고 말했다.',
    ],
)
def test_an_unnamed_official_at_home_speaks_for_the_home_state(korean, text):
    event = one(korean(text, url=SEOUL_PAPER), "AID")
    assert (event.source, event.status) == ("KOR", "reported")


def test_an_unnamed_source_on_the_north_is_not_the_home_state(korean):
    # 대북 소식통: a source on North Korea, not an office of Seoul's
    doc = korean('한 대북 소식통은 "북한이 러시아에 자주포를 더 넘겼다"고 말했다.', url=SEOUL_PAPER)
    assert one(doc, "AID").source != "KOR"


# -- acts intended, prepared, weighed --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("북한은 러시아에 건설 인력 파견을 추진하고 있다.", "planned"),
        ("북한은 러시아에 공병 파견을 결정했다.", "planned"),
        ("북한은 러시아에 병력 추가 파견을 검토하고 있다.", "possible"),
    ],
)
def test_an_act_named_as_what_the_subject_pursues_or_weighs(korean, text, status):
    event = one(korean(text), "AID")
    assert (event.actor, event.status) == ("PRK", status)


@pytest.mark.parametrize(
    "text",
    [
        "최선희 외무상은 다음 달 러시아를 방문하기 위해 준비 중이다.",
        "최선희 외무상이 곧 러시아를 방문하게 된다.",
    ],
)
def test_a_visit_being_prepared_or_about_to_happen_is_planned(korean, text):
    assert one(korean(text), "CONSULT").status == "planned"


def test_a_visit_that_came_about_is_not_planned(korean):
    # 방문하게 됐다: came to visit (past), not a plan
    assert (
        one(korean("최선희 외무상은 지난달 러시아를 방문하게 됐다."), "CONSULT").status != "planned"
    )


# -- acts supposed under a condition ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "북한이 러시아에 전투기 조종사를 보낼 경우 정부는 대응 수위를 높일 방침이다.",
        "북한군이 동부 전선에 투입되면 사상자가 크게 늘 것이다.",
        "만약 북한이 러시아에 병력을 더 보낸다면 국제사회가 대응에 나설 것이다.",
    ],
)
def test_an_act_under_a_condition_is_only_possible(korean, text):
    assert one(korean(text), "AID", "MOBILIZE").status == "possible"


def test_an_act_joined_by_meanwhile_is_no_condition(korean):
    # 보내면서: while sending, a fact told
    event = one(korean("북한은 러시아에 포탄을 보내면서 식량을 받았다."), "AID")
    assert event.status == "asserted"


# -- headlines all quote ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"北, 러시아에 방사포 추가 지원" 국정원', NIS),
        ('"北, 러시아에 방사포 추가 지원" 국정원 분석', NIS),
        ('"北, 러시아에 방사포 추가 지원"', None),
    ],
)
def test_a_headline_all_quote_is_its_teller_s_or_unnamed(korean, text, source):
    event = one(korean(text), "AID")
    assert (event.source, event.status) == (source, "reported")
