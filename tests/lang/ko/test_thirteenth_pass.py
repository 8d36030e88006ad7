"""Classes of Korean copy found on a third open set written blind to the code, thirteenth
pass: sentences written for these tests (names, numbers and dates invented), each class with
negatives that must not fire.

- A teller heading the sentence (an agency, an institute) that only tells of a shipment
  naming no doer is not its doer; a route or a berth (…항을 거쳐, …항 석유 터미널에) names
  where the cargo leaves from; a comma inside a list of goods closes no clause.
- A pair word after the states it names (북러 양국) is that pair, not the one before it; a
  state qualifying an unnamed voice (일본 언론) is no party.
- A denial is not dated by the act it denies (…이 오는 9월 방문한다는 보도를 부인했다); a
  short quoted answer that there is no plan rejects the claim.
- Weeks (지난주, 이번 주, 다음 주) date acts; greetings sent to a leader are support.
- A tanker's call at a port, goods flowing into a state, money earned for what was sent.
- Troops or workers staying or working in a state (…에서 일하는 북한 노동자) were sent there;
  a sending told again with no receiver goes where the same state's sending went before.
- Troops moving over (…전선으로 옮겨갔다) are a deployment, not goods carried.
"""

from __future__ import annotations

import pytest

from kansoku.model import Document
from tests.conftest import one, states


def _events(doc: Document, *types: str):
    return [e for e in doc.events if e.type in types]


def _pairs(doc: Document, *types: str) -> set[tuple[str | None, str | None]]:
    return {(e.actor, e.target) for e in _events(doc, *types)}


# -- the teller is not the doer; routes, berths, lists ------------------------------------


def test_an_institute_telling_of_containers_via_a_port_is_not_their_sender(korean):
    doc = korean(
        "한 민간 연구소는 보고서에서 2024년 3월부터 나진항을 거쳐 러시아로 향한 컨테이너가 "
        "1만7천여 개에 이른다고 분석했다.",
        published="2026-02-03",
    )
    assert _pairs(doc, "AID") == {("PRK", "RUS")}, doc.events


@pytest.mark.parametrize(
    "text",
    [
        "국가정보원은 지난달 러시아로 향한 컨테이너가 전월보다 30% 늘어난 것으로 파악했다고 밝혔다.",
        "통일부는 러시아로 향한 화물 컨테이너가 크게 늘었다고 평가했다.",
    ],
)
def test_a_shipment_with_no_doer_is_not_its_tellers(korean, text):
    doc = korean(text, published="2026-04-14")
    actors = {e.actor for e in _events(doc, "AID")}
    assert not actors & {"national-intelligence-service", "ministry-of-unification"}, doc.events


def test_a_list_of_goods_keeps_its_subject_in_the_clause(korean):
    doc = korean(
        "합동참모본부는 국회에 낸 자료에서, 북한이 자주포와 방사포, 탄약 등을 러시아로 "
        "반출한 것으로 판단했다고 밝혔다.",
        published="2026-04-14",
    )
    assert _pairs(doc, "AID") == {("PRK", "RUS")}, doc.events


# -- pairs and unnamed voices -------------------------------------------------------------


def test_a_pair_word_names_the_states_right_before_it(korean):
    doc = korean(
        "크렘린궁이 일본 언론 보도를 부인했다. 앞서 아사히신문은 북러 양국이 다음 달 정상회담을 "
        "여는 방안을 협의하고 있다고 보도했다.",
        published="2026-04-14",
    )
    consults = _events(doc, "CONSULT")
    assert consults and all("JPN" not in (e.actor, e.target) for e in consults), doc.events
    rejections = _events(doc, "REJECT")
    assert rejections and all(e.target != "JPN" for e in rejections), doc.events


# -- denials: their own date, answers that there is no plan -------------------------------


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("북한 외무성이 최선희 외무상이 다음 달 모스크바를 방문할 것이라는 러시아 매체 보도를 "
         "부인했다.", "2026-06"),
        ("크렘린궁은 푸틴 대통령이 오는 8월 평양을 찾는다는 한국 언론 보도를 일축했다.", "2026-08"),
    ],
)  # fmt: skip
def test_a_denial_is_not_dated_by_the_act_it_denies(korean, text, month):
    doc = korean(text, published="2026-05-12")
    dates = {e.date_start for e in _events(doc, "REJECT")}
    assert dates and not any(d and d.startswith(month) for d in dates), doc.events


def test_a_quoted_no_plan_answer_rejects_the_claim_on_its_day(korean):
    doc = korean(
        "북한과 러시아의 외교 접촉이 잦아지고 있다. 마리야 자하로바 러시아 외무부 대변인은 "
        '11일 브리핑에서 관련 질문에 "그런 계획은 없다"고 답했다.',
        published="2026-05-12",
    )
    event = one(doc, "REJECT")
    assert (event.actor, event.date_start) == ("maria-zakharova", "2026-05-11"), doc.events


def test_a_quote_watching_the_situation_rejects_nothing(korean):
    doc = korean(
        "북한과 러시아의 협력이 깊어지고 있다. 외교부 대변인은 "
        '"정부는 상황을 면밀히 주시하고 있다"고 답했다.',
        published="2026-05-12",
    )
    assert not _events(doc, "REJECT"), doc.events


def test_the_confirming_day_after_the_topic_stays(korean):
    doc = korean(
        "국방부는 10일 북한이 러시아에 포탄을 추가로 보냈다는 보도를 확인했다.",
        published="2026-05-12",
    )
    assert not any(e.date_start == "2026-05-10" for e in _events(doc, "REJECT")), doc.events


# -- weeks and greetings -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("타스통신은 세르게이 쇼이구 안보회의 서기가 다음 주 평양을 방문할 예정이라고 보도했다.",
         "2026-06-20", "2026-06-22"),
        ("러시아 외무차관이 이번 주 평양을 방문해 북한 외무성 관계자들과 협의할 예정이다.",
         "2026-03-31", "2026-03-30"),
    ],
)  # fmt: skip
def test_a_week_dates_the_act_from_its_monday(korean, text, published, day):
    doc = korean(text, published=published)
    assert {e.date_start for e in _events(doc, "CONSULT")} == {day}, doc.events


@pytest.mark.parametrize(
    "text",
    [
        "노동신문은 김정은 총비서가 18일 푸틴 대통령에게 축전을 보내 양국 친선을 강조했다고 "
        "보도했다.",
        '푸틴 대통령은 18일 김정은 위원장에게 축하 메시지를 보내 "우정은 굳건하다"고 밝혔다.',
    ],
)
def test_greetings_to_a_leader_are_support(korean, text):
    doc = korean(text, published="2026-06-19")
    event = one(doc, "SUPPORT")
    assert event.date_start == "2026-06-18", doc.events
    assert not _events(doc, "AID"), doc.events


# -- oil by tankers, goods flowing in, money earned ---------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("북한 유조선들이 지난해 러시아 보스토치니항에 최소 40차례 입항한 것으로 나타났다.", "2025"),
        ("위성사진 분석 결과 지난달 하순 북한 선적 유조선 2척이 보스토치니항 석유 터미널에 "
         "정박한 모습이 포착됐다.", "2026-02"),
    ],
)  # fmt: skip
def test_a_tankers_call_at_a_russian_port_is_oil_for_the_north(korean, text, date):
    doc = korean(text, published="2026-03-06")
    events = _events(doc, "AID")
    assert {(e.actor, e.target) for e in events} == {("RUS", "PRK")}, doc.events
    assert {e.date_start for e in events} == {date}, doc.events


@pytest.mark.parametrize(
    "text",
    [
        "러시아 해군 함정 2척이 원산항에 입항했다. 북한은 이를 환영했다.",
        "북한 화물선이 나진항을 떠나 러시아 보스토치니항에 입항했다.",
    ],
)
def test_a_call_with_no_tanker_or_fuel_named_is_no_oil(korean, text):
    doc = korean(text, published="2026-03-06")
    assert not [e for e in _events(doc, "AID") if e.mode == "oil"], doc.events


def test_goods_of_a_states_make_flowing_in_are_its_supply(korean):
    doc = korean(
        "러시아산 경유가 상한선을 웃도는 양으로 북한에 흘러 들어가고 있는 것으로 보인다.",
        published="2026-03-06",
    )
    assert _pairs(doc, "AID") == {("RUS", "PRK")}, doc.events


@pytest.mark.parametrize(
    "text",
    [
        "북한이 러시아에 포탄을 넘긴 대가로 현금 3억 달러를 챙긴 것으로 파악됐다.",
        "북한은 러시아로부터 파병 수당 명목으로 매달 2천만 달러를 지급받고 있는 것으로 알려졌다.",
    ],
)
def test_money_earned_for_what_was_sent_comes_from_its_receiver(korean, text):
    doc = korean(text, published="2026-04-10")
    assert [e for e in _events(doc, "AID") if e.mode == "money"], doc.events
    assert all(e.actor == "RUS" for e in _events(doc, "AID") if e.mode == "money"), doc.events


def test_money_earned_elsewhere_is_nothing(korean):
    doc = korean("한국 기업들이 러시아 시장에서 벌어들인 수익이 줄었다.", published="2026-04-10")
    assert not _events(doc, "AID"), doc.events


# -- staying and working; receivers told before; troops moving over ------------------------


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("연해주 건설 현장에서 일하는 북한 근로자가 7천여 명에 달한다고 정보 당국이 추산했다.",
         "workers"),
        ("군 당국은 러시아에 머물고 있는 북한군 병력을 8천 명가량으로 본다.", "troops"),
    ],
)  # fmt: skip
def test_troops_or_workers_staying_in_russia_were_sent_there(korean, text, mode):
    doc = korean(text, published="2026-03-12")
    events = _events(doc, "AID", "MOBILIZE")
    assert {e.target for e in events} == {"RUS"} and {e.mode for e in events} == {mode}, doc.events


@pytest.mark.parametrize(
    "text",
    [
        "중국에서 일하는 북한 노동자가 수만 명에 이른다.",
        "북한에 머무는 러시아 관광객이 늘었다.",
    ],
)
def test_staying_elsewhere_or_as_a_visitor_is_no_dispatch_to_russia(korean, text):
    doc = korean(text, published="2026-03-12")
    assert not [e for e in _events(doc, "AID", "MOBILIZE") if "RUS" in (e.actor, e.target)]


def test_a_sending_told_again_goes_where_the_first_went(korean):
    doc = korean(
        "러시아에 파병된 북한군 가운데 약 1천900명이 숨진 것으로 국정원이 추산했다. "
        '국정원은 "북한이 병력을 교대하고 있으며, 내년 중 공병을 더 보낼 가능성도 있다"고 '
        "설명했다.",
        published="2025-12-02",
    )
    later = [e for e in _events(doc, "AID") if e.date_start == "2026"]
    assert later and {e.target for e in later} == {"RUS"}, doc.events


@pytest.mark.parametrize(
    "text",
    [
        "러시아가 북한에 방공 장비를 넘긴 정황이 포착됐다. 북한은 이 장비를 평양 인근에 배치했다.",
        "북한이 러시아에 포탄을 보냈다. 한국군은 최전방에 병력을 증강 배치했다.",
        "북한이 지난해 5월 이후 러시아로 넘긴 포탄이 600만 발을 웃돈다. 합참은 북한이 그 "
        "반대급부로 러시아로부터 대공 미사일을 받아 함흥 인근에 배치한 것으로 본다고 밝혔다.",
    ],
)
def test_a_deployment_at_home_is_not_aimed_at_the_partner(korean, text):
    doc = korean(text, published="2026-03-02")
    assert not [e for e in _events(doc, "MOBILIZE") if e.target == "RUS"], doc.events


def test_troops_moving_over_are_deployed_not_carried(korean):
    doc = korean(
        "우크라이나 정보총국은 북한군 저격병 부대가 도네츠크 전선으로 옮겨갔다고 밝혔다.",
        published="2026-02-03",
    )
    assert not [e for e in doc.events if e.mode == "transport"], doc.events
    assert one(doc, "MOBILIZE", "AID").actor in ("PRK", "korean-peoples-army"), doc.events


def test_a_report_going_on_dates_its_act_by_the_act_told_before(korean):
    doc = korean(
        "한 국제 감시 기구가 이달 초 펴낸 문건에서 러시아가 작년 한 해 경유 60만 배럴을 북한에 "
        "넘겼다고 적시했다. 보고서에 따르면 북한 유조선들이 같은 기간 보스토치니항에 30여 "
        "차례 입항했다.",
        published="2026-01-29",
    )
    oil = [e for e in _events(doc, "AID") if e.mode == "oil"]
    assert oil and {e.date_start for e in oil} == {"2025"}, doc.events


def test_a_rumour_denied_next_is_not_the_deniers_word(korean):
    doc = korean(
        "최선희 외무상의 방러설이 나왔다. 마리야 자하로바 외무부 대변인은 13일 "
        '"그런 일정은 없다"고 답했다.',
        published="2026-05-14",
    )
    visits = [e for e in _events(doc, "CONSULT") if e.mode == "visit"]
    assert visits and all(e.source != "maria-zakharova" for e in visits), doc.events
    assert all(e.status != "asserted" for e in visits), doc.events


@pytest.mark.parametrize(
    ("text", "kind", "value", "qualifier"),
    [
        ("군 당국은 러시아에 파견된 북한군이 적어도 1만2천 명에 이른다고 밝혔다.", "troops", 12000,
         "at_least"),
        ("정보 당국은 북한이 러시아에 보낸 포탄이 많게는 900만 발에 이를 것으로 본다.", "shells",
         9000000, "up_to"),
        ("북한 노동자 파견이 늘고 있다. 러시아 통계상 작년 한 해 모스크바로 들어온 북한 "
         "국적자는 9천412명이다.", "entrants", 9412, "exact"),
    ],
)  # fmt: skip
def test_counts_with_at_least_up_to_and_entrants(korean, text, kind, value, qualifier):
    doc = korean(text, published="2026-03-12")
    found = [f for f in doc.figures if f.kind == kind and f.value == value]
    assert found and found[0].qualifier == qualifier, doc.figures


# -- (lead) an act quoted in the present after a time to come; a bare army before a sending


@pytest.mark.parametrize(
    "text",
    [
        "러시아 정부는 5일 쇼이구 서기가 다음 주 평양을 방문한다고 발표했다.",
        "북한 국방성은 내년 초 러시아에 공병 부대를 보낸다고 밝혔다.",
        "크렘린궁은 푸틴 대통령이 오는 9월 북한을 방문한다고 전했다.",
    ],
)
def test_an_act_quoted_in_the_present_after_a_time_to_come_is_planned(korean, text):
    doc = korean(text, published="2026-07-01")
    assert [e.status for e in _events(doc, "CONSULT", "AID")] == ["planned"], doc.events


@pytest.mark.parametrize(
    "text",
    [
        "러시아 외무장관은 3일 북한의 대외 정책을 지지한다고 밝혔다.",  # a stance held
        "국정원은 북한이 러시아에 포탄을 보낸다고 밝혔다.",  # no time to come named
    ],
)
def test_a_present_quote_naming_no_time_to_come_is_not_a_plan(korean, text):
    doc = korean(text, published="2026-07-01")
    assert doc.events and all(e.status != "planned" for e in doc.events), doc.events


def test_a_bare_army_right_before_a_sending_word_is_the_army_sent(korean):
    doc = korean("러시아 외무부 대변인은 2일 북한군 추가 파병 소식에 대해 답하지 않았다.")
    assert {(states(e)) for e in _events(doc, "AID", "MOBILIZE")} <= {("PRK", "RUS"), ("PRK", None)}
    assert _events(doc, "AID", "MOBILIZE"), doc.events


def test_gunners_counted_are_a_measure_of_their_own(korean):
    # A series of all troops in Russia does not take a count of one arm moved to a front.
    doc = korean("우크라이나 정보총국은 4일 북한군 포병 약 1천800명이 러시아에 파견됐다고 밝혔다.")
    assert [(f.kind, f.value, f.measure) for f in doc.figures] == [("troops", 1800, "gunners")]
