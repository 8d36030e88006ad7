"""Who says so: the further forms of Korean attribution read from the press (issue #10,
second pass). One test a rule; every sentence is written for the test."""

from __future__ import annotations

import pytest
from conftest import one

SEOUL_PAPER = "https://www.yna.co.kr/view/test"
NIS = "national-intelligence-service"
JCS = "joint-chiefs-of-staff"


def test_a_subject_with_its_abbreviation_in_brackets_says_the_clause(korean):
    doc = korean("북한이 러시아에 포병 부대를 더 보냈다고 자유아시아방송(RFA)이 8일 보도했다.")
    assert one(doc, "AID", "MOBILIZE").source == "rfa"


@pytest.mark.parametrize(
    "text",
    [
        "합참은 북한이 러시아에 병력 2천여 명을 더 보냈다고 말한 바 있다.",  # has said
        "합참은 북한이 러시아에 방사포를 추가로 넘겼다고 강조하기도 했다.",  # also stressed
    ],
)
def test_a_verb_of_saying_with_an_auxiliary_closes_a_claim(korean, text):
    assert one(korean(text), "AID", "MOBILIZE").source == JCS


def test_a_verb_of_saying_joined_to_another_verb_says_what_comes_before(korean):
    doc = korean('백악관은 "북한이 러시아에 탄약 수천 톤을 보냈다"고 밝히며 위성사진을 공개했다.')
    assert one(doc, "AID").source == "white-house"


@pytest.mark.parametrize(
    "text",
    [
        '미 국무부는 "북한이 러시아에 미사일을 넘겼다"며 우려했다.',
        "미 국무부는 북한이 러시아에 미사일을 넘겼다며 강하게 규탄했다.",
    ],
)
def test_a_reaction_closing_a_quote_says_the_quote(korean, text):
    assert one(korean(text), "AID").source == "us-department-of-state"


@pytest.mark.parametrize(
    "text",
    [
        "국정원은 북한이 러시아에 병력을 더 보냈다고 밝혔다. 북한군 일부는 전선에 투입된 것으로 파악됐다.",
        "국정원은 북한이 러시아에 포탄을 보냈다고 밝혔다. 북한은 러시아에 방사포도 넘긴 것으로 알려졌다.",
    ],
)
def test_a_finding_no_one_is_named_for_continues_the_paragraph_s_source(korean, text):
    doc = korean(text)
    second = [e for e in doc.events if e.start > doc.text.index(". ")]
    assert second and {e.source for e in second} == {NIS}


def test_a_troop_topic_of_a_passive_deployment_is_what_was_deployed(korean):
    event = one(korean("북한군은 쿠르스크 전선에 투입됐다."), "MOBILIZE", "AID")
    assert event.actor == "PRK"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a lawmaker relays the briefing; the agency briefed is the source
        (
            "정보위 간사인 박선원 의원에 따르면 국정원은 북한이 러시아에 포탄을 더 넘겼다고 보고했다.",
            NIS,
        ),
        # the agency named right before its quote, inside what a lawmaker relays
        ('정보위 간사는 국정원이 "북한군이 쿠르스크 전선에 투입됐다"고 보고했다고 전했다.', NIS),
        # an outlet relays the person it quotes
        (
            "블룸버그통신은 부다노프 국장이 북한이 러시아에 미사일을 넘겼다고 말했다고 보도했다.",
            "kyrylo-budanov",
        ),
    ],
)
def test_a_relay_credits_the_first_teller(korean, text, source):
    assert one(korean(text), "AID", "MOBILIZE").source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "국방부가 국회에 제출한 자료에 따르면 북한은 러시아에 포탄 수백만 발을 보냈다.",
            "rok-ministry-of-national-defense",
        ),
        (
            "한 의원실이 국방부로부터 받은 자료에 따르면 북한은 러시아에 컨테이너를 더 보냈다.",
            "rok-ministry-of-national-defense",
        ),
        ("전략국제문제연구소가 공개한 보고서에 따르면 북한은 러시아에 탄약을 넘겼다.", "csis"),
        # a name with its party and title in apposition
        ("박선원 더불어민주당 의원에 따르면 북한은 러시아에 병력을 더 보냈다.", "park-sun-won"),
    ],
)
def test_a_source_marker_names_who_gave_out_the_document(korean, text, source):
    assert one(korean(text), "AID", "MOBILIZE").source == source


def test_a_sentence_all_quoted_goes_on_with_the_speaker_before(korean):
    doc = korean(
        '국정원은 북한군 동향을 이렇게 설명했다. "북한군 일부가 쿠르스크 전선에 투입됐다."'
    )
    assert one(doc, "AID", "MOBILIZE").source == NIS


@pytest.mark.parametrize(
    "text",
    [
        '우크라이나 정보총국 "북한군 3천 명 쿠르스크 추가 투입"',
        '美 국무부 "北, 러에 탄도미사일 넘겨"',
    ],
)
def test_a_headline_opened_by_a_speaker_of_several_words(korean, text):
    facts = [*korean(text).events, *korean(text).figures]
    assert facts and all(f.source is not None for f in facts)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("북한이 러시아에 병력을 더 보낼 것이라는 게 국정원의 판단이다.", NIS),
        ("북한이 러시아에 포탄을 넘겼다는 것이 합참의 설명이다.", JCS),
    ],
)
def test_a_view_closing_the_sentence_is_its_holder_s(korean, text, source):
    assert one(korean(text), "AID", "MOBILIZE").source == source


def test_a_held_view_of_an_unnamed_office_of_a_seoul_paper(korean):
    text = "북한이 러시아에 공병을 보낸 것으로 보인다는 게 군 당국의 분석이다."
    assert one(korean(text, url=SEOUL_PAPER), "AID", "MOBILIZE").source == "KOR"


@pytest.mark.parametrize(
    "text",
    [
        "국정원은 북한이 러시아에 병력을 추가로 보낼 수 있다는 분석을 내놨다.",
        "국정원은 북한이 러시아에 공병을 보낸 정황을 포착했다고 한다.",
    ],
)
def test_a_view_put_forward_or_a_finding_heard_of_is_its_teller_s(korean, text):
    assert one(korean(text), "AID", "MOBILIZE").source == NIS


def test_a_judging_verb_with_its_quotative_leaves_the_clause_s_subject_alone(korean):
    text = "정부 고위 당국자는 북한이 러시아에 병력을 보낸 것으로 보고 있다고 말했다."
    assert one(korean(text, url=SEOUL_PAPER), "AID", "MOBILIZE").source == "KOR"
    assert one(korean(text), "AID", "MOBILIZE").source == "KOR"


def test_a_name_opening_a_headline_acts_alone(korean):
    event = one(korean("러시아, 북한과의 조약 비준"), "AGREE")
    assert (event.actor, event.target) == ("RUS", "PRK")


@pytest.mark.parametrize(
    "text",
    [
        "북한은 러시아에 병력을 보냈다고 한다.",  # hearsay of the actor, not its word
        "북한이 러시아에 포탄을 넘긴 것으로 알려졌다.",  # no one named before
    ],
)
def test_hearsay_with_no_teller_stays_no_one_s(korean, text):
    assert one(korean(text), "AID", "MOBILIZE").source is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a judging verb held still, its topic right before it
        (
            "북한이 러시아에 포탄을 더 보낼 것으로 국방부는 보고 있다.",
            "rok-ministry-of-national-defense",
        ),
        # …고 밝혀 …: said, then the writer's comment
        ("국정원은 북한이 러시아에 병력을 더 보냈다고 밝혀 파장이 예상된다.", NIS),
    ],
)
def test_a_judgement_held_or_a_saying_before_a_comment(korean, text, source):
    assert one(korean(text), "AID", "MOBILIZE").source == source


def test_named_troops_counted_take_the_particle_of_their_count(korean):
    event = one(korean("북한군 2천여 명이 러시아에 추가로 파병됐다."), "AID", "MOBILIZE")
    assert (event.actor, event.target) == ("PRK", "RUS")


def test_a_quote_in_double_primes_is_a_quote(korean):
    doc = korean("국정원은 ″북한이 러시아에 병력을 더 보냈다″고 밝혔다.")
    assert one(doc, "AID", "MOBILIZE").source == NIS


def test_a_published_report_tells_the_findings_after_it(korean):
    doc = korean(
        "전략국제문제연구소는 19일 보고서를 공개했다.\n\n"
        "북한은 러시아에 포탄 수백만 발을 보낸 것으로 추정된다."
    )
    assert one(doc, "AID", "MOBILIZE").source == "csis"


def test_a_count_tallied_by_no_one_named_continues_the_paragraph_s_source(korean):
    doc = korean(
        "합참은 러시아에 파병된 북한군이 전선에서 큰 손실을 입었다고 밝혔다. "
        "북한군 사상자는 4천여 명으로 추산됐다."
    )
    counted = [f for f in doc.figures if f.value == 4000]
    assert counted and counted[0].source == JCS


def test_what_a_speaker_wrote_is_theirs(korean):
    doc = korean('젤렌스키 대통령은 텔레그램에 "북한군이 쿠르스크 전선에 다시 투입됐다"고 썼다.')
    assert one(doc, "AID", "MOBILIZE").source == "volodymyr-zelensky"


def test_a_topic_holding_a_view_of_the_clause_before(korean):
    doc = korean("국방부는 북한이 러시아에 병력을 더 보낼 수 있다는 판단이다.")
    assert one(doc, "AID", "MOBILIZE").source == "rok-ministry-of-national-defense"


def test_the_army_alone_as_a_seoul_paper_s_topic_is_south_korea(korean):
    text = "군은 북한이 러시아에 포탄을 더 보낸 것으로 보고 있다."
    assert one(korean(text, url=SEOUL_PAPER), "AID", "MOBILIZE").source == "KOR"


def test_two_statements_in_one_sentence_keep_their_own_speakers(korean):
    doc = korean(
        "합참은 북한이 러시아에 포탄을 넘겼다고 밝혔지만 러시아 외무부는 북한이 러시아에 "
        "무기를 보낸 적이 없다고 주장했다."
    )
    sources = {e.status: e.source for e in doc.events if e.type == "AID"}
    assert sources == {"reported": JCS, "denied": "russian-foreign-ministry"}


def test_one_speaker_going_on_after_a_joined_verb(korean):
    doc = korean("국정원은 북한이 러시아에 병력을 보냈다고 밝혔고, 포탄도 넘겼다고 덧붙였다.")
    assert {e.source for e in doc.events if e.type == "AID"} == {NIS}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("북한군 병력이 러시아 쿠르스크에 도착했다.", "AID"),  # troops arriving: deployed
        ("러시아 국방장관이 군사대표단을 이끌고 평양에 도착했다.", "CONSULT"),  # a visit
    ],
)
def test_troops_arriving_are_deployed_and_envoys_visit(korean, text, category):
    assert {e.type for e in korean(text).events} & {"AID", "MOBILIZE", "CONSULT"} == {category}
