"""Classes of Korean copy found on an open set written blind to the code, twelfth pass:
sentences written for these tests in the style of wire, broadcast and think-tank copy
(names, numbers and dates invented), each class with negatives that must not fire.

- Who says so, told around the fact: a body's study as a credit line after it (…것으로
  보인다. 연구소가 위성사진을 판독한 결과다) or opening it; a report or a research team
  named again, bare (보고서는, 연구진은); a broadcast's hand-over to its reporter between a
  lead and its teller; a lead found (…것으로 14일 확인됐다) told by the source the next
  sentence opens on.
- A Korean page's unnamed officials and government circles (정부 소식통, 우리 정보 당국,
  정부 안팎에선) speak for South Korea with no outlet known.
- A season of this year (올여름, 올 가을) dates an act to the year; 지난해 말부터 is a start.
- An act undergone that its teller tells of (…이 옮겨졌다고 설명했다) is not the teller's.
- What a treaty provides for (…을 제공한다는 조항, …하도록 규정) is no act.
- Goods told again as the subject with no giver (…이 러시아에 넘어간 것으로 평가한다) were
  given by whom the sentence before named for that transfer.
- A short quote that only calls a claim untrue (…에 "근거 없는 주장"이라고 답했다) rejects it.
- A sum worked out on a teller's view (이를 토대로 계산하면 …) is that teller's estimate.
- A dismissal saying who made the claim up ("…가 꾸며낸 선전") is aimed at that one, who
  is not its doer.
"""

from __future__ import annotations

import pytest

from kansoku.model import Document

RADIO = "https://www.example-radio.test/korean/item/1"


def _events(doc: Document, *types: str):
    return [e for e in doc.events if e.type in types]


def _sources(doc: Document, *types: str) -> set[str | None]:
    return {e.source for e in _events(doc, *types)}


# -- a body's study as the credit ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "북한이 지난달 러시아에 포탄 수십만 발을 추가로 넘긴 것으로 보인다. 미국 "
            "전략국제문제연구소(CSIS)가 위성사진을 판독한 결과다.",
            "csis",
        ),
        (
            "러시아 선박이 지난달 나진항에 여덟 차례 입항해 북한으로 정제유를 실어 나른 것으로 "
            "나타났습니다. 미국의소리(VOA)가 상업위성 사진을 분석한 결과입니다.",
            "voa",
        ),
        (
            "전략국제문제연구소(CSIS)가 나진항 위성사진을 분석한 결과, 북한이 7월 러시아에 "
            "컨테이너 500여 개를 보낸 것으로 파악됐다.",
            "csis",
        ),
    ],
)
def test_a_body_s_study_credits_what_it_found(korean, text, teller):
    doc = korean(text, published="2025-08-14", url=RADIO)
    assert _sources(doc, "AID") == {teller}, doc.events


def test_a_study_with_no_body_named_credits_no_one(korean):
    doc = korean(
        "북한이 지난달 러시아에 포탄을 추가로 넘긴 것으로 보인다. 위성사진을 판독한 결과다.",
        published="2025-08-14",
    )
    assert _sources(doc, "AID") == {None}, doc.events


def test_a_report_named_again_is_its_publisher_s(korean):
    doc = korean(
        "영국 국제전략연구소(IISS)는 14일 공개한 보고서에서 북한이 러시아에 탄도미사일 "
        '100여 기를 보냈다고 밝혔다.\n연구진은 "러시아가 그 대가로 북한에 기술을 제공했을 '
        '가능성이 있다"고 덧붙였다.\n보고서는 "러시아가 북한산 포탄에 크게 기대고 있다"고 '
        "평가했다.",
        published="2025-08-14",
    )
    given = [e for e in _events(doc, "AID") if e.actor == "RUS"]
    assert given and {e.source for e in given} == {"iiss"}, doc.events


def test_a_hand_over_to_the_reporter_does_not_hide_the_teller(korean):
    doc = korean(
        "앵커: 러시아가 올봄 북한에 정제유를 대량으로 보낸 것으로 보인다는 분석이 "
        "나왔습니다. 한지우 기자가 전합니다.\n영국 RUSI 소속 연구진은 "
        "11일 낸 보고서에서 러시아 유조선 20여 척이 북한 남포항에 기름을 내린 것으로 "
        "분석했습니다.",
        published="2025-06-12",
    )
    assert "rusi" in _sources(doc, "AID"), doc.events


def test_a_lead_found_on_a_day_is_told_by_the_source_opening_the_next(korean):
    doc = korean(
        "북한이 러시아에 공병 수천 명을 보내는 방안을 검토 중인 것으로 14일 확인됐다. "
        "복수의 군 관계자에 따르면 러시아 국방부 대표단은 지난주 평양을 방문했다.",
        published="2025-08-14",
    )
    assert _sources(doc, "AID") == {"KOR"}, doc.events


# -- a Korean page's own officials --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "우리 정보 당국은 북한이 최근 러시아에 자주포 수십 문을 추가로 넘긴 것으로 파악하고 있다.",
        "군 당국은 북한이 이달 초 러시아에 병력 2천여 명을 추가로 보낸 것으로 보고 있다.",
        '정부 소식통은 "러시아가 북한에 방공 체계를 넘겨준 정황이 있다"고 말했다.',
        "정부 안팎에선 북한이 연말까지 러시아에 추가 병력을 보낼 가능성이 제기된다.",
        "군 안팎에서는 러시아가 북한에 전투기 기술을 이전할 수 있다는 관측이 나온다.",
    ],
)
def test_unnamed_officials_and_circles_speak_for_south_korea(korean, text):
    doc = korean(text, published="2025-08-14")
    assert _sources(doc, "AID") == {"KOR"}, doc.events


@pytest.mark.parametrize(
    "text",
    [
        "북한 전문가들은 북한이 러시아에 병력을 더 보낼 수 있다고 내다봤다.",
        "러시아 현지 소식통은 북한 노동자 수백 명이 연해주에 도착했다고 전했다.",
        "우크라이나 정부는 북한이 러시아에 포탄을 추가로 보냈다고 밝혔다.",
    ],
)
def test_experts_witnesses_and_other_governments_are_not_south_korea(korean, text):
    doc = korean(text, published="2025-08-14")
    assert "KOR" not in _sources(doc, "AID", "MOBILIZE"), doc.events


# -- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "평양과 모스크바는 올여름 원산 앞바다에서 두 나라 함정이 함께 하는 연합 훈련을 검토한다.",
        "북한과 러시아 해군은 올 가을 블라디보스토크 앞바다에서 연합 훈련을 벌일 예정이다.",
    ],
)
def test_a_season_of_this_year_dates_the_act_to_the_year(korean, text):
    doc = korean(text, published="2026-03-24")
    assert {e.date_start for e in _events(doc, "COOPERATE")} == {"2026"}, doc.events


def test_the_end_of_last_year_opens_a_span(korean):
    doc = korean(
        "북한이 러시아에 방사포를 더 보낸 흔적이 있다고 합참이 6일 전했다.\n합참 "
        '관계자는 "지난해 말부터 올해 1월 사이 방사포 약 90문이 러시아에 넘어간 것으로 '
        '평가한다"고 말했다.',
        published="2025-02-06",
    )
    told = [e for e in _events(doc, "AID") if e.actor == "PRK" and e.date_start == "2024"]
    assert told, doc.events


def test_a_joined_clause_with_its_own_subject_does_not_take_the_lead_s_date(korean):
    doc = korean(
        "러시아는 지난 3월 북한에 방공 체계를 넘겼고 북한은 그 대가로 포탄을 보냈다.",
        published="2026-06-20",
    )
    dates = {(e.actor, e.date_start) for e in _events(doc, "AID")}
    assert ("RUS", "2026-03") in dates and ("PRK", "2026-03") not in dates, doc.events


# -- acts undergone, provisions ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "국정원은 사망한 병사 다수의 유해가 열차 편으로 신의주를 거쳐 북한으로 옮겨졌다고 "
        "브리핑했다.",
        "우크라이나 정보총국은 북한군 포로 두 명이 키이우로 옮겨졌다고 밝혔다.",
    ],
)
def test_the_teller_of_an_act_undergone_did_not_do_it(korean, text):
    doc = korean(text, published="2025-09-18")
    assert not [e for e in doc.events if e.actor == e.source and e.type == "AID"], doc.events


def test_the_teller_who_did_it_still_acts(korean):
    doc = korean("러시아는 북한에 대한 지원을 계속하겠다고 밝혔다.", published="2025-09-18")
    assert ("RUS", "PRK") in {(e.actor, e.target) for e in _events(doc, "AID")}, doc.events


@pytest.mark.parametrize(
    "text",
    [
        "두 나라는 2024년 6월 평양에서 조약을 맺었으며, 그 문서에는 한 나라가 침략당하면 "
        "상대국이 곧바로 군사 원조를 제공한다는 조항이 들어 있다.",
        "북한과 러시아가 맺은 협정은 어느 한쪽이 공격받을 경우 상대국이 즉시 병력을 "
        "파견하도록 규정하고 있다.",
    ],
)
def test_what_a_treaty_provides_for_is_no_act(korean, text):
    assert not _events(korean(text, published="2026-06-20"), "AID"), text


def test_an_act_beside_a_treaty_is_still_told(korean):
    doc = korean(
        "북한은 지난달 러시아에 병력을 보냈고, 러시아는 북한에 원유를 제공했다.",
        published="2026-06-20",
    )
    assert {(e.actor, e.target) for e in _events(doc, "AID")} == {
        ("PRK", "RUS"),
        ("RUS", "PRK"),
    }, doc.events


# -- a transfer told again from what moved -------------------------------------------------


def test_goods_told_again_were_given_by_the_giver_named_before(korean):
    doc = korean(
        "북한이 러시아에 자주포를 추가로 넘긴 정황이 있다고 국방부가 3일 밝혔다.\n국방부 "
        '관계자는 "지난해 11월 자주포 40여 문이 러시아에 넘어간 것으로 본다"고 말했다.',
        published="2025-03-03",
    )
    assert ("PRK", "2024-11") in {(e.actor, e.date_start) for e in _events(doc, "AID")}


def test_goods_going_elsewhere_borrow_no_giver(korean):
    doc = korean(
        "미국이 우크라이나에 포탄을 보냈다고 국방부가 밝혔다. 포탄 일부가 폴란드에 "
        "넘어간 것으로 알려졌다.",
        published="2025-03-03",
    )
    assert not [e for e in _events(doc, "AID") if e.target == "POL"], doc.events


# -- a short dismissal -------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        '주한 러시아대사관은 본지의 서면 문의에 "근거 없는 억지"라고 회신했다.',
        '러시아 외무부는 "완전한 거짓"이라고만 밝혔다.',
    ],
)
def test_a_short_dismissal_rejects_the_claim_before(korean, answer):
    doc = korean(
        "국정원은 북한이 러시아에 공병 1천 명을 추가로 보냈다고 밝혔다. " + answer,
        published="2025-03-11",
    )
    rejections = _events(doc, "REJECT")
    assert rejections and {e.target for e in rejections} <= {
        "national-intelligence-service",
        "KOR",
    }, doc.events
    assert "denied" in {e.status for e in _events(doc, "AID")}, doc.events


@pytest.mark.parametrize(
    "answer",
    [
        '러시아 외무부는 "양국 협력은 정상적"이라고 답했다.',
        '통일부 대변인은 "근거 없는 주장은 아니다"라고 말했다.',
    ],
)
def test_an_answer_that_calls_nothing_untrue_rejects_nothing(korean, answer):
    doc = korean(
        "국정원은 북한이 러시아에 공병 1천 명을 추가로 보냈다고 밝혔다. " + answer,
        published="2025-03-11",
    )
    assert not _events(doc, "REJECT"), doc.events


# -- a sum worked out on a teller's view ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "미국의소리(VOA)는 유조선 한 척이 한 번에 약 2만 배럴을 실어 나르는 것으로 보고 "
            "있으며, 이를 토대로 계산하면 올해 러시아에서 북한으로 들어간 정제유는 약 36만 "
            "배럴에 이릅니다.",
            "voa",
        ),
        (
            "영국 국제전략연구소(IISS)는 북한 유조선이 석 달 동안 12차례 러시아 항구를 "
            "드나들었다고 밝혔다. 이를 바탕으로 추산하면 북한이 러시아에서 받아 간 정제유는 "
            "최소 20만 배럴에 이른다.",
            "iiss",
        ),
    ],
)
def test_a_sum_worked_out_on_a_view_is_the_teller_s_estimate(korean, text, teller):
    doc = korean(text, published="2026-01-12")
    oil = [f for f in doc.figures if f.kind == "oil" and f.value >= 200000]
    assert oil and {(f.source, f.status) for f in oil} == {(teller, "estimated")}, doc.figures


def test_a_sum_with_no_teller_stays_the_text_s(korean):
    doc = korean(
        "북한이 러시아에 포탄을 보냈다. 이를 토대로 계산하면 포탄은 최소 300만 발에 이른다.",
        published="2026-01-12",
    )
    assert {f.source for f in doc.figures} == {None}, doc.figures


# -- supplying told with 대주다 -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '군 관계자는 "러시아가 북한에 정제유를 대주고 있다는 게 우리 판단"이라고 말했다.',
        "러시아는 지난해 북한에 석유를 대줬다.",
    ],
)
def test_supplying_with_daejuda_is_aid(korean, text):
    doc = korean(text, published="2025-06-08")
    assert ("RUS", "PRK") in {(e.actor, e.target) for e in _events(doc, "AID")}, doc.events


@pytest.mark.parametrize(
    "text",
    [
        "러시아 국영 에너지기업의 대주주가 이번 주 평양을 찾았다는 소문이 돌았다.",
        "러시아 정교회의 한 대주교는 평양 방문 계획이 없다고 말했다.",
    ],
)
def test_a_shareholder_or_an_archbishop_supplies_nothing(korean, text):
    doc = korean(text, published="2025-06-08")
    assert not [e for e in _events(doc, "AID") if e.trigger.startswith("대주")], doc.events


# -- a dismissal naming who made the claim up ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        (
            "우크라이나 정보총국은 북한군 2천 명이 헤르손 방면으로 옮겨졌다고 밝혔다. 드미트리 "
            '페스코프 대변인은 취재진에게 "우크라이나가 꾸며낸 거짓 선전"이라고 일축했다.',
            "UKR",
        ),
        (
            "국정원은 북한이 러시아에 병력을 더 보냈다고 밝혔다. 러시아 외무부 대변인은 "
            '"서울이 퍼뜨린 거짓 정보"라고 반박했다.',
            "KOR",
        ),
        (
            "국정원은 북한이 러시아에 병력을 더 보냈다고 밝혔다. 러시아 외무부 대변인은 "
            '"미국이 지어낸 거짓"이라고 일축했다.',
            "USA",
        ),
    ],
)
def test_a_dismissal_is_aimed_at_whom_it_says_made_the_claim_up(korean, text, maker):
    doc = korean(text, published="2026-05-14")
    rejections = _events(doc, "REJECT")
    assert rejections and {e.target for e in rejections} == {maker}, doc.events
    assert maker not in {e.actor for e in rejections}, doc.events
    assert "denied" in {e.status for e in _events(doc, "AID")}, doc.events


def test_a_name_doing_something_else_in_the_quote_is_not_the_maker(korean):
    doc = korean(
        '국정원은 북한이 러시아에 병력을 더 보냈다고 밝혔다. 러시아 외무부는 "미국이 '
        '북한을 위협하고 있다"고 반박했다.',
        published="2026-05-14",
    )
    assert "USA" not in {e.target for e in _events(doc, "REJECT")}, doc.events
