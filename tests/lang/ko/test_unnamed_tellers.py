"""Claims credited to an unnamed teller (experts, the press, sources, officials) get a
generic source, not null: the text does not assert them itself. An official of a state or
body named in the teller's own phrase speaks for it; experts, the press and sources of a
state do not, unless the press is state-run; a named teller and an office of the
publishing state always win, and a generic teller is never an actor or a target. Every
sentence was written for these tests; names, numbers and dates are made up."""

from __future__ import annotations

import pytest
from conftest import on, state_of

from kansoku.model import Document, Event

GENERIC = {"experts", "media", "unnamed-sources", "unnamed-officials"}
SEOUL_PAPER = "https://www.yna.co.kr/view/test"


def first(doc: Document, trigger: str) -> Event:
    return on(doc, trigger)[0]


# ------------------------------------------------------------ generic tellers by their noun


@pytest.mark.parametrize(
    ("text", "trigger", "source", "status"),
    [
        (
            "전문가들은 북한이 지난 봄 러시아에 122㎜ 방사포 40여 문을 추가로 넘겼다고 분석했다.",
            "넘겼",
            "experts",
            "reported",
        ),
        (
            "군사 전문가들에 따르면 러시아는 올해 초 북한에 지대공 미사일 부품을 보냈다.",
            "보냈",
            "experts",
            "reported",
        ),
        (
            "한 안보 전문가는 북한이 러시아에 전자전 부대를 파견했다고 지적했다.",
            "파견",
            "experts",
            "reported",
        ),
        (
            "분석가들은 러시아가 북한에 극초음속 미사일 설계 자료를 이전한 것으로 보고 있다.",
            "이전",
            "experts",
            "reported",
        ),
        (
            "복수의 대북 소식통에 따르면 북한은 지난 2월 러시아에 건설 노동자 2천여 명을 보냈다.",
            "보냈",
            "unnamed-sources",
            "reported",
        ),
        (
            "북한이 러시아에 152㎜ 포탄 수십만 발을 실어 보냈다고 한 외교 소식통이 전했다.",
            "보냈",
            "unnamed-sources",
            "reported",
        ),
        (
            "익명을 요구한 한 고위 관리에 따르면 러시아는 북한에 레이더 장비를 넘겼다.",
            "넘겼",
            "unnamed-officials",
            "reported",
        ),
        (
            "외신에 따르면 북한은 지난달 러시아에 자주포 30여 문을 보냈다.",
            "보냈",
            "media",
            "reported",
        ),
        (
            "현지 언론은 북한 대표단이 블라디보스토크에 도착했다고 보도했다.",
            "도착",
            "media",
            "reported",
        ),
    ],
    ids=["experts-analysed", "experts-marker", "an-expert-points-out", "analysts-view",
         "sources-marker", "source-after-the-claim", "official-marker", "foreign-press-marker",
         "local-press-reported"],
)  # fmt: skip
def test_an_unnamed_teller_is_credited_by_its_noun(korean, text, trigger, source, status):
    event = first(korean(text, "2025-05-12"), trigger)
    assert (event.source, event.status) == (source, status)


def test_a_count_told_by_an_unnamed_source_is_theirs(korean):
    doc = korean("소식통은 북한이 러시아에 단거리 탄도미사일 36기를 넘겼다고 전했다.", "2025-06-03")
    assert {f.source for f in doc.figures if f.value == 36} == {"unnamed-sources"}


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("러시아가 북한에 핵추진 잠수함 기술을 넘길 수 있다는 관측이 나온다.", "넘길", "possible"),
        ("북한이 러시아에 공병 1천 명을 추가로 파견했다는 분석이 나온다.", "파견", "reported"),
    ],
    ids=["observers-expect", "an-analysis-comes-out"],
)
def test_a_view_put_forward_by_no_one_named_is_unnamed_sources(korean, text, trigger, status):
    event = first(korean(text, "2025-07-21"), trigger)
    assert (event.source, event.status) == ("unnamed-sources", status)


def test_a_report_put_forward_with_no_outlet_named_is_the_press(korean):
    event = first(
        korean("북한이 러시아에 박격포탄을 더 보냈다는 보도가 나왔다.", "2025-07-22"), "보냈"
    )
    assert (event.source, event.status) == ("media", "reported")


def test_a_view_held_among_experts_is_the_experts(korean):
    doc = korean(
        "전문가들 사이에서는 러시아가 북한에 공중급유기를 넘길 것이라는 관측이 나온다.",
        "2025-08-04",
    )
    assert first(doc, "넘길").source == "experts"


def test_the_holder_named_before_a_views_noun_is_the_teller(korean):
    doc = korean("북한이 러시아에 병력을 더 보낼 것이라는 전문가들의 분석이 나온다.", "2025-08-11")
    assert first(doc, "보낼").source == "experts"


def test_a_headline_closed_by_the_foreign_press_is_the_press(korean):
    event = first(korean("北, 러시아에 장갑차 80대 넘겨…외신", "2025-09-01"), "넘겨")
    assert (event.source, event.status) == ("media", "reported")


# ------------------------------------------------------- a state that owns the teller speaks


@pytest.mark.parametrize(
    ("text", "trigger", "state"),
    [
        ("미 당국자는 러시아가 북한에 전투기 엔진을 넘겼다고 말했다.", "넘겼", "USA"),
        ("러시아 고위 관리는 북한에 밀가루 4만 톤을 보냈다고 말했다.", "보냈", "RUS"),
        ("북한 관영 매체는 러시아가 북한에 옥수수 2만 톤을 보냈다고 보도했다.", "보냈", "PRK"),
    ],
    ids=["us-official", "russian-official", "state-run-press"],
)
def test_an_official_of_a_state_named_in_the_phrase_speaks_for_it(korean, text, trigger, state):
    assert state_of(first(korean(text, "2025-03-18"), trigger).source) == state


def test_the_press_of_a_state_with_only_a_state_run_press_speaks_for_it(korean):
    doc = korean("북한 매체들은 러시아가 북한에 비료 1만 5천 톤을 보냈다고 보도했다.", "2025-03-25")
    assert state_of(first(doc, "보냈").source) == "PRK"


def test_a_government_funded_broadcaster_speaks_for_its_state(korean):
    doc = korean(
        "북한이 러시아에 벌목 노동자 약 800명을 보냈다고 미국 정부 지원 방송이 지난 6일 전했다.",
        "2025-03-27",
    )
    assert state_of(first(doc, "보냈").source) == "USA"


def test_an_expert_of_a_government_institute_is_an_expert(korean):
    doc = korean(
        "한국 정부 산하 연구기관의 한 전문가는 북한이 러시아에 대전차 미사일을 보냈다고 말했다.",
        "2025-04-02",
        url=SEOUL_PAPER,
    )
    assert first(doc, "보냈").source == "experts"


def test_the_day_it_was_told_does_not_hide_the_teller(korean):
    doc = korean(
        "러시아가 북한에 경유 7만 배럴을 보냈다고 한 외교 소식통이 21일 전했다.", "2025-04-22"
    )
    assert first(doc, "보냈").source == "unnamed-sources"


def test_an_unnamed_official_of_the_publishing_state_stays_its_state(korean):
    doc = korean(
        "정부 관계자는 북한이 러시아에 포탄 20만 발을 추가로 넘겼다고 말했다.",
        "2025-04-09",
        url=SEOUL_PAPER,
    )
    assert first(doc, "넘겼").source == "KOR"


def test_one_of_the_army_of_the_publishing_state_is_its_state(korean):
    doc = korean(
        '군의 한 관계자는 "북한군 병력 일부가 지난달 러시아로 또 이동했다"고 말했다.',
        "2025-04-16",
        url=SEOUL_PAPER,
    )
    assert first(doc, "이동").source == "KOR"


# ----------------------------------------------------------------------------- guards


def test_a_states_press_is_the_press_not_the_state(korean):
    doc = korean(
        "러시아 매체들은 북한 대표단이 지난 9일 모스크바를 방문했다고 전했다.", "2025-05-27"
    )
    event = first(doc, "방문")
    assert event.source == "media"
    assert "RUS" not in (event.source, state_of(event.source))


def test_experts_of_a_state_are_experts_not_the_state(korean):
    doc = korean(
        "한국 전문가들은 북한이 러시아에 드론 조종 요원을 보냈다고 평가했다.", "2025-06-16"
    )
    assert first(doc, "보냈").source == "experts"


def test_a_source_located_in_a_state_is_not_that_state(korean):
    doc = korean(
        "북한 소식통에 따르면 북한은 지난달 러시아에 벌목공 500여 명을 보냈다.", "2025-10-14"
    )
    assert {e.source for e in doc.events} == {"unnamed-sources"}


def test_a_named_teller_wins_over_an_unnamed_one(korean):
    doc = korean(
        "로이터통신은 복수의 소식통을 인용해 러시아가 북한에 위성 부품을 넘겼다고 보도했다.",
        "2025-11-03",
    )
    assert first(doc, "넘겼").source == "reuters"


def test_a_body_whose_name_holds_the_noun_is_named_not_unnamed(korean):
    doc = korean("전문가 패널은 북한이 러시아에 탄도미사일을 넘겼다고 보고했다.", "2025-02-20")
    assert first(doc, "넘겼").source == "un-panel-of-experts"


def test_a_report_answered_by_an_expert_is_not_the_experts(korean):
    doc = korean(
        '북한이 러시아에 병력을 보냈다는 보도에 대해 한 전문가는 "가능성이 높다"고 말했다.',
        "2025-12-02",
    )
    assert first(doc, "보냈").source is None


def test_a_fact_the_text_states_gets_no_teller(korean):
    doc = korean(
        "북한은 이달 러시아에 포탄을 보냈다.\n"
        "전문가들은 양국 협력이 당분간 이어질 것으로 보고 있다.",
        "2025-04-28",
    )
    sent = first(doc, "보냈")
    assert (sent.source, sent.status) == (None, "asserted")


def test_generic_tellers_are_never_actors_or_targets(korean):
    doc = korean(
        "외신에 따르면 러시아 전문가와 관계자들을 태운 수송기가 평양에 도착했다.\n"
        "한 분석가는 러시아가 북한에 전자전 장비를 제공했다고 분석했다.",
        "2025-12-09",
    )
    assert doc.events
    assert all(e.actor not in GENERIC and e.target not in GENERIC for e in doc.events)
    assert first(doc, "제공").source == "experts"


# ------------------------------------------------------- a lead told by the next sentence


def test_a_lead_is_the_unnamed_source_the_next_sentence_quotes(korean):
    doc = korean(
        "북한이 최근 러시아에 견인포 수십 문을 넘긴 것으로 알려졌다.\n"
        '한 대북 소식통은 14일 "라진항에서 화물선 두 척이 출항했다"고 전했다.',
        "2025-09-15",
    )
    event = first(doc, "넘긴")
    assert (event.source, event.status) == ("unnamed-sources", "reported")


def test_a_lead_is_not_the_experts_who_judge_it_after(korean):
    doc = korean(
        "북한이 러시아에 공병 병력을 추가로 파견한 것으로 알려졌다.\n"
        "전문가들은 북한이 그 대가로 군사 기술을 받을 것으로 보고 있다.",
        "2025-09-22",
    )
    assert first(doc, "파견").source != "experts"
