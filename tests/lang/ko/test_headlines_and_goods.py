"""Korean constructions of issue #10 (second round): a headline closed by its teller, a
headline's chain of bare names, goods named by where they were made, a reaction sharing
the addressee of the clause after it, a source of a passive finding, an estimate someone
made. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from kansoku.model import Document, Event


@pytest.fixture
def korean(facts):
    def run(text: str) -> Document:
        return facts(text, "2024-11-20", "ko", "https://www.yna.co.kr/view/test")

    return run


def of_type(doc: Document, *types: str) -> Event:
    found = [e for e in doc.events if e.type in types]
    assert found, f"no {types} in {doc.text!r}: {doc.events}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("北, 러에 포병 추가 파병…국정원", "national-intelligence-service"),
        ("북한, 러시아에 탄약 추가로 넘겨 - 외신", "media"),  # the foreign press (unnamed.py)
    ],
)
def test_a_headline_closed_by_its_teller_is_told(korean, text, source):
    event = of_type(korean(text), "AID")
    assert (event.actor, event.target) == ("PRK", "RUS")
    assert event.source == source
    assert event.status == "reported"


def test_a_headline_not_closed_by_a_teller_is_asserted(korean):
    event = of_type(korean("北, 러에 포병 추가 파병…전선 투입"), "AID")
    assert event.status == "asserted"


@pytest.mark.parametrize("text", ["북한군 러시아 파병 확인", "북한군 러시아 추가 파병"])
def test_an_army_before_a_bare_state_sends_to_it(korean, text):
    event = of_type(korean(text), "AID")
    assert (event.actor, event.target) == ("PRK", "RUS")


def test_goods_brought_in_come_from_where_they_were_made(korean):
    doc = korean("지난해 러시아산 원유 약 50만 배럴이 북한에 반입된 것으로 추정된다.")
    event = of_type(doc, "AID")
    assert (event.actor, event.target) == ("RUS", "PRK")


def test_a_receiving_subject_is_the_target_of_bringing_in(korean):
    event = of_type(korean("북한은 러시아산 원유를 대량으로 반입했다."), "AID")
    assert (event.actor, event.target) == ("RUS", "PRK")


def test_where_a_thing_was_made_takes_no_part(korean):
    event = of_type(korean("북한이 러시아에 북한제 포탄을 넘겼다."), "AID")
    assert (event.actor, event.target) == ("PRK", "RUS")
    doc = korean("우크라이나군은 전장에서 북한산 포탄을 다수 발견했다.")
    assert not [e for e in doc.events if e.type == "AID"]


def test_a_reaction_shares_the_addressee_of_the_clause_after_it(korean):
    doc = korean(
        "외교부는 6일 대변인 성명을 내고 깊은 우려를 표명하면서, 북한과 러시아에 불법적인 "
        "군사협력을 즉각 중단할 것을 촉구했다."
    )
    concern = next(e for e in doc.events if e.type == "ACCUSE")
    assert concern.actor == "rok-ministry-of-foreign-affairs"
    assert concern.target in ("PRK", "RUS")


def test_a_finding_in_the_passive_is_its_finders(korean):
    event = of_type(
        korean("북한이 러시아에 포병을 보낸 사실이 미국 정보당국에 의해 확인됐다."), "AID"
    )
    assert event.source == "USA"
    assert event.status == "reported"


def test_an_estimate_someone_made_is_told_not_guessed(korean):
    made = korean(
        "보고서는 지난해 러시아산 원유 약 50만 배럴이 북한에 반입된 것으로 추정했는데, "
        "이는 상한선을 넘는 양이다."
    )
    assert of_type(made, "AID").status == "reported"
    hedged = korean("지난해 러시아산 원유 약 50만 배럴이 북한에 반입된 것으로 추정된다.")
    assert of_type(hedged, "AID").status == "possible"


@pytest.mark.parametrize(
    "text",
    [
        "러시아와 맺은 조약이 북한 최고인민회의 상임위원회 정령으로 비준됐다.",
        "러시아와 맺은 조약이 북한 국무위원장의 정령으로 비준됐다.",
    ],
)
def test_a_passive_act_is_done_by_the_owner_of_its_instrument(korean, text):
    event = of_type(korean(text), "AGREE")
    assert (event.actor, event.target) == ("PRK", "RUS")


def test_a_pledge_quoted_is_its_speakers_on_the_day_named(korean):
    doc = korean(
        "러시아 국방장관이 19일 평양에 도착했다고 조선중앙통신이 20일 보도했다. 김정은 "
        '국무위원장도 같은 날 러시아 국방장관을 접견하고 "러시아가 자국 안보를 위해 취하는 '
        '모든 조치를 전적으로 지지할 것"이라고 말했다.'
    )
    meeting = of_type(doc, "CONSULT")
    assert meeting.date_start == "2024-11-19"  # 같은 날: the arrival's day, not the report's
    pledge = of_type(doc, "SUPPORT")
    assert (pledge.actor, pledge.target) == ("kim-jong-un", "RUS")
    assert pledge.status == "reported"
    assert pledge.date_start == "2024-11-19"


def test_a_quote_without_a_speech_act_keeps_its_own_subject(korean):
    doc = korean('국정원은 "북한군이 쿠르스크 전선에 추가로 배치됐다"고 밝혔다.')
    assert not [e for e in doc.events if e.actor == "national-intelligence-service"]


def test_mi_before_an_office_is_the_united_states(korean):
    event = of_type(korean("미 당국자는 북한이 러시아에 탄도미사일을 넘겼다고 말했다."), "AID")
    assert event.source == "USA"


def test_a_subject_inside_the_clause_said_is_not_its_speaker(korean):
    doc = korean(
        "국정원은 북한이 러시아에 병력을 보냈다고 밝혔다. 아울러 북한이 러시아로부터 방공 "
        "장비를 지원받은 것으로 파악했다."
    )
    received = next(e for e in doc.events if e.actor == "RUS")
    assert received.target == "PRK"
    assert received.source == "national-intelligence-service"


def test_a_topic_with_its_abbreviation_in_brackets_speaks(korean):
    doc = korean(
        "미국 싱크탱크 전략국제문제연구소(CSIS)는 나진항에서 러시아로 향한 컨테이너가 "
        "1만 개를 넘는다고 밝혔다."
    )
    assert of_type(doc, "AID").source == "csis"


def test_of_two_subjects_before_the_clause_said_the_first_says_it(korean):
    doc = korean("조선중앙통신이 러시아 국방장관이 평양에 도착했다고 보도했다.")
    assert of_type(doc, "CONSULT").source == "kcna"


def test_a_relative_clause_inside_a_quoted_report_keeps_its_subject(korean):
    doc = korean('국정원은 "러시아군이 북한이 넘긴 미사일을 발사했다"고 밝혔다.')
    assert not [e for e in doc.events if e.actor == "national-intelligence-service"]


def test_a_speaker_joining_others_with_do_speaks(korean):
    doc = korean("미 국방부도 북한군 병력 일부가 쿠르스크로 이동했다고 밝혔다.")
    event = of_type(doc, "AID", "MOBILIZE")
    assert event.source == "pentagon"
    assert event.actor in ("PRK", "korean-peoples-army")


def test_a_headlines_opening_army_sends_to_the_bare_state(korean):
    event = of_type(korean("북한군, 러시아 파병 및 전투 참여 확인"), "AID")
    assert (event.actor, event.target) == ("PRK", "RUS")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the day after the speaker's topic is the telling's: no day of the act
        ("국정원은 4일 북한이 러시아에 병력을 추가로 파병했다고 밝혔다.", None),
        ("국정원은 4일 북한이 지난달 러시아에 병력을 추가로 파병했다고 밝혔다.", None),
        # a day after the act's own subject is the act's
        ("국정원은 북한이 4일 러시아에 병력을 추가로 파병했다고 밝혔다.", "2024-11-04"),
    ],
)
def test_the_day_of_telling_is_not_the_day_of_the_act(korean, text, day):
    event = of_type(korean(text), "AID")
    if day is None:
        assert event.date_start is not None and event.date_start != "2024-11-04"
    else:
        assert event.date_start == day


def test_the_speakers_own_act_keeps_the_lead_day(korean):
    doc = korean("외교부는 5일 대변인 논평을 내고 북한과 러시아에 결의 준수를 촉구했다고 밝혔다.")
    assert of_type(doc, "REQUEST").date_start == "2024-11-05"


def test_a_bylines_outlet_never_takes_the_credit_from_a_named_teller(korean):
    told = korean(
        "(서울=연합뉴스) 홍길동 기자 = 북한이 러시아에 병력 2천 명을 추가로 파견했다고 정부 "
        "소식통이 5일 전했다."
    )
    event = of_type(told, "AID")
    assert (event.source, event.status) == ("KOR", "reported")
    own = korean("(서울=연합뉴스) 홍길동 기자 = 북한이 러시아에 병력 2천 명을 추가로 파견했다.")
    assert of_type(own, "AID").status == "asserted"


def test_a_decree_of_a_title_only_one_state_has_is_that_states_act(korean):
    doc = korean(
        '조선중앙통신은 "북한과 러시아가 맺은 포괄적 전략적 동반자 관계에 관한 조약이 '
        '국무위원장의 정령으로 비준됐다"고 보도했다.'
    )
    ratified = next(e for e in doc.events if e.mode == "ratify")
    assert (ratified.actor, ratified.target) == ("PRK", "RUS")
    assert ratified.source == "kcna"


def test_a_page_titles_site_name_tells_nothing(korean):
    event = of_type(korean("북한, 러시아에 포병 추가 파병 - 연합뉴스"), "AID")
    assert event.status == "asserted"


def test_this_day_is_the_day_named_last_even_a_tellings(korean):
    doc = korean(
        "북한이 지난 3일 러시아에 병력을 보냈다고 국정원이 8일 밝혔다. 국정원은 이날 "
        "국회에서 북한이 러시아에 포탄을 넘겼다고 보고했다."
    )
    sent = next(e for e in doc.events if e.mode != "weapons")
    assert sent.date_start == "2024-11-03"
    shells = next(e for e in doc.events if e.mode == "weapons")
    assert shells.date_start != "2024-11-03"  # 이날: the 8th, the telling's day
