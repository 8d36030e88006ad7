"""Events on Korean articles the reader was not written for (issue #10, event recall): a
passive sending whose subject's state sends (북한 노동자들이 파견됐다, 북한산 포탄이
수출됐다), the government a Seoul paper names bare (정부는 …을 규탄했다), a reaction
carried by an adverb in -게 (강하게 비난했다), a name glossed in brackets (유럽연합(EU)은), a
state's soldiers, firms and ships named bare before them (북한 병사 2명을, 러시아 선박
4척을), a relative clause whose noun did it (…을 실어 나른 러시아 선박), sanctions imposed,
and welcoming, letters and capture words. Every article is the team's own, written in the
style of Korean wire copy; negatives stand beside the positives."""

from __future__ import annotations

from functools import cache

import pytest
from conftest import one

from kansoku.knowledge import default_knowledge

SEOUL_PAPER = "https://www.yna.co.kr/view/test"


@cache
def _state(entity: str | None) -> str | None:
    return None if entity is None else default_knowledge().gazetteer.state_of(entity)


def _pair(event) -> tuple[str | None, str | None]:
    return _state(event.actor), _state(event.target)


def _between(doc, *states: str) -> list:
    """The events of a document whose actor and target are these states, either way."""
    return [e for e in doc.events if {_state(e.actor), _state(e.target)} == set(states)]


# -- a passive sending: the state of its subject sends ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "북한 건설 노동자 수천 명이 러시아 연해주 건설 현장에 파견됐다.",
        "북한 노동자들이 러시아 하바롭스크의 공사장에 대거 파견된 것으로 알려졌다.",
        "북한산 122㎜ 방사포탄 수십만 발이 러시아로 수출된 것으로 추정된다.",
        "지금까지 북한산 포탄 700만 발 이상이 러시아에 공급된 것으로 군 당국은 보고 있다.",
        "북한 무기는 화물열차로 러시아 서부의 탄약고까지 운송됐다.",
    ],
)
def test_what_a_passive_sending_moves_is_its_state_s_to_send(korean, text):
    assert _pair(one(korean(text, url=SEOUL_PAPER), "AID")) == ("PRK", "RUS")


def test_a_technology_owned_and_transferred_in_the_passive_is_its_owner_s(korean):
    doc = korean("러시아의 무인기 생산 기술이 북한에 이전된 것으로 보인다.")
    assert _pair(one(doc, "AID")) == ("RUS", "PRK")


def test_oil_made_in_a_state_and_supplied_is_that_state_s(korean):
    doc = korean("러시아산 정제유 80만 배럴 이상이 북한에 공급된 것으로 파악됐다.")
    assert _pair(one(doc, "AID")) == ("RUS", "PRK")


@pytest.mark.parametrize(
    "text",
    [
        "북한 노동자 수천 명이 중국 단둥의 봉제 공장에 파견된 것으로 알려졌다.",
        "한국산 K9 자주포 120여 문이 이집트로 수출됐다.",
        "한국군 아크부대 장병 150명이 아랍에미리트(UAE)에 파견됐다.",
    ],
)
def test_a_passive_sending_elsewhere_is_no_partnership_event(korean, text):
    assert not _between(korean(text, url=SEOUL_PAPER), "RUS", "PRK")


# -- the government a Seoul paper names bare ------------------------------------------------


def test_the_government_named_bare_condemns_as_south_korea(korean):
    doc = korean("정부는 북한군의 러시아 추가 파병을 강력히 규탄했다.", url=SEOUL_PAPER)
    assert _state(one(doc, "ACCUSE").actor) == "KOR"


def test_the_government_named_bare_sanctions_ships_of_a_state(korean):
    doc = korean(
        "정부는 북러 간 군수물자 운송에 관여한 러시아 선박 5척을 독자제재 대상으로 "
        "지정했다고 9일 밝혔다.",
        url=SEOUL_PAPER,
    )
    assert _pair(one(doc, "SANCTION")) == ("KOR", "RUS")


@pytest.mark.parametrize(
    "text",
    [
        "우크라이나 정부는 서방에 방공 무기 추가 지원을 요청했다.",
        "러시아 연방 정부는 극동 개발 예산을 늘렸다.",
    ],
)
def test_a_government_of_a_state_named_before_it_is_not_south_korea(korean, text):
    doc = korean(text, url=SEOUL_PAPER)
    assert not [e for e in doc.events if _state(e.actor) == "KOR"]


def test_an_unnamed_government_source_speaks_for_south_korea_with_no_outlet_known(korean):
    doc = korean('한 정부 소식통은 "북한이 러시아에 병력을 더 보냈다"고 말했다.')
    assert one(doc, "AID").source == "KOR"  # a Korean page's own officials


# -- an adverb in -게 closes no clause ------------------------------------------------------


def test_a_reaction_made_strongly_is_its_topic_s(korean):
    doc = korean("미국 국무부는 북한과 러시아의 불법적인 무기 거래를 거세게 비난했다.")
    assert _state(one(doc, "ACCUSE").actor) == "USA"


# -- a name glossed in brackets, a state's soldiers and firms named bare ----------------


def test_a_name_glossed_in_brackets_takes_its_particle(korean):
    doc = korean("유럽연합(EU)은 북한군 파병을 주도한 북한 장성 4명을 제재 대상에 추가했다.")
    event = one(doc, "SANCTION")
    assert (event.actor, _state(event.target)) == ("EU", "PRK")


def test_soldiers_captured_are_their_state_s_not_the_place_s(korean):
    doc = korean(
        "우크라이나 보안국(SBU)은 지난 8일 쿠르스크 전선에서 북한 병사 3명을 포로로 "
        "잡았다고 밝혔다."
    )
    assert _state(one(doc, "COERCE").target) == "PRK"


# -- a relative clause whose noun did it; sanctions imposed ---------------------------------


def test_the_ships_that_carried_the_arms_carried_them_not_the_topic(korean):
    doc = korean("미국 재무부는 북한산 탄약을 러시아로 실어 나른 러시아 선박 3척을 제재했다.")
    assert _pair(one(doc, "SANCTION")) == ("USA", "RUS")
    assert _pair(one(doc, "AID")) == ("PRK", "RUS")  # the North's ammunition, carried


def test_sanctions_imposed_are_the_imposer_s(korean):
    doc = korean(
        "정부는 북한의 러시아 무기 수출에 관여한 북한 기관 6곳에 제재를 부과했다.",
        url=SEOUL_PAPER,
    )
    assert _state(one(doc, "SANCTION").actor) == "KOR"


# -- welcoming, a leader's letter, a headline's short form -----------------------------


def test_welcoming_a_minister_is_a_meeting(korean):
    doc = korean(
        "김정은 국무위원장은 평양국제비행장에서 러시아 국방장관 일행을 직접 영접했다고 "
        "조선중앙통신이 보도했다."
    )
    assert set(_pair(one(doc, "CONSULT"))) == {"PRK", "RUS"}


def test_a_leader_s_letter_handed_over_is_contact(korean):
    doc = korean("세르게이 쇼이구 서기는 김정은 위원장에게 푸틴 대통령의 친서를 전달했다.")
    assert set(_pair(one(doc, "CONSULT"))) == {"PRK", "RUS"}


def test_a_headline_person_after_a_state_s_short_form_acts(korean):
    doc = korean("北최선희, 모스크바서 라브로프와 회담")
    assert set(_pair(one(doc, "CONSULT"))) == {"PRK", "RUS"}


# -- receiving told by a topic; summoning an envoy --------------------------------------


def test_the_subject_receiving_is_the_receiver_not_the_topic_telling_it(korean):
    doc = korean(
        "국정원은 북한이 러시아로부터 잠수함 관련 기술을 이전받았을 가능성이 있다고 밝혔다."
    )
    assert _pair(one(doc, "AID")) == ("RUS", "PRK")


def test_summoning_an_envoy_is_a_protest_at_his_state(korean):
    doc = korean("외교부는 주한 러시아대사를 초치해 북한군 파병에 항의했다.", url=SEOUL_PAPER)
    assert _pair(one(doc, "ACCUSE")) == ("KOR", "RUS")


# -- negatives --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "북한이 18일 동해상으로 단거리 탄도미사일 2발을 발사했다고 합참이 밝혔다.",
        "이란이 러시아에 탄도미사일 200여 기를 공급했다고 미국 국무부가 밝혔다.",
        "시진핑 중국 국가주석은 모스크바에서 푸틴 대통령과 정상회담을 했다.",
        "러시아 선박 2척이 시리아 타르투스항으로 무기를 운송했다.",
        "공정거래위원회는 입찰을 담합한 건설사 7곳에 과징금을 부과했다.",
    ],
)
def test_no_partnership_event_where_there_is_none(korean, text):
    assert not _between(korean(text, url=SEOUL_PAPER), "RUS", "PRK")
