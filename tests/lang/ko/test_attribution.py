"""Who says so in Korean news, and how sure: the constructions of the Korean press
(issue #10). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from conftest import one

SEOUL_PAPER = "https://www.newsis.com/view/test"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # judging and foreseeing verbs close a claim as verbs of saying do
        ("통일부는 북한이 러시아에 탄약을 넘긴 것으로 판단했다.", "ministry-of-unification"),
        (
            "북한이 러시아에 전투병을 더 보낼 것으로 국방부는 전망했다.",
            "rok-ministry-of-national-defense",
        ),
        # …고 했다: 했 is a verb of saying after a quotative
        ("미 국무부는 북한이 러시아에 포탄을 넘겼다고 했다.", "us-department-of-state"),
        # an outlet only relays the named speaker it cites
        (
            "인테르팍스 통신에 따르면 쇼이구 서기는 북한이 러시아에 병력을 보내기로 했다고 밝혔다.",
            "sergei-shoigu",
        ),
        # a report relayed by someone else stays its first teller's
        (
            "국정원은 북한이 러시아에 포병을 보냈다고 보고했다고 정보위 간사가 기자들에게 전했다.",
            "national-intelligence-service",
        ),
        # 조선중앙통신은 "…": the outlet, not the state inside its name
        ('조선중앙통신은 "북한 대표단이 러시아를 방문했다"고 보도했다.', "kcna"),
    ],
)
def test_a_claim_names_who_tells_it(korean, text, source):
    event = next(e for e in korean(text).events if e.type in ("AID", "MOBILIZE", "CONSULT"))
    assert event.source == source
    assert event.status in ("reported", "planned")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("북한이 러시아에 병력을 보냈다고 한다.", None),  # hearsay: no one named
        # an expert on it, not its voice: the generic experts (unnamed.py)
        ("북한 전문가는 북한이 러시아에 병력을 보냈다고 말했다.", "experts"),
    ],
)
def test_hearsay_and_experts_speak_for_no_state(korean, text, source):
    event = one(korean(text), "AID", "MOBILIZE")
    assert event.source == source
    assert event.status == "reported"


@pytest.mark.parametrize(
    "text",
    [
        '한 정부 소식통은 "북한이 러시아에 병력을 보냈을 가능성이 있다"고 말했다.',
        "정부 소식통에 따르면 북한은 러시아에 포탄을 넘겼다.",
        "러시아가 북한에 방공 장비를 보냈다고 군 관계자가 전했다.",
    ],
)
def test_unnamed_officials_of_a_seoul_paper_speak_for_south_korea(korean, text):
    assert one(korean(text, url=SEOUL_PAPER), "AID", "MOBILIZE").source == "KOR"
    # no outlet known: a Korean page's own officials still speak for South Korea
    assert one(korean(text), "AID", "MOBILIZE").source == "KOR"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("북한은 러시아에 병력 2천여 명을 더 보낸 것으로 파악됐다.", "reported"),
        ("북한이 러시아에 방사포를 넘긴 것으로 확인됐다.", "reported"),
        ("북한군이 전선에 추가로 투입될 수도 있다고 국정원은 전망했다.", "possible"),
        ("북한이 러시아에 병력을 보냈을 가능성이 있다.", "possible"),
    ],
)
def test_findings_and_possibilities(korean, text, status):
    assert one(korean(text), "AID", "MOBILIZE").status == status


def test_the_speaker_goes_on_in_the_next_sentence(korean):
    doc = korean(
        '국정원은 "북한이 러시아에 병력을 보냈다"고 밝혔다. 이어 "러시아는 북한에 기술을 이전했다"고 덧붙였다.'
    )
    sent = [e for e in doc.events if e.type == "AID"]
    assert {e.source for e in sent} == {"national-intelligence-service"}


def test_an_event_word_inside_a_longer_noun_is_no_event(korean):
    doc = korean("러시아는 북한에 전투기를 팔았다.")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_verb_before_its_adnominal_ending_keeps_its_arguments(korean):
    event = one(korean("북한이 러시아에 포탄을 보냈을 수도 있다."), "AID", "MOBILIZE")
    assert (event.actor, event.target) == ("PRK", "RUS")


def test_a_verb_of_saying_with_a_thing_as_object_credits_nothing(korean):
    # 발표했다 with an object (a decree) is an act, not a claim told
    doc = korean("김정은 위원장은 지난달 조약 비준 정령을 발표했다.")
    assert all(e.source is None for e in doc.events)
    # with a clause said, or what stands for one, it credits its speaker
    event = one(korean("국방부는 북한이 러시아에 포병을 보낸 사실을 공개했다."), "AID", "MOBILIZE")
    assert event.source == "rok-ministry-of-national-defense"


def test_the_sentence_topic_is_found_outside_its_quotes(korean):
    doc = korean(
        '통일부는 "북한이 러시아에 병력을 보냈다"고 밝혔다. 또 "러시아는 북한에 기술을 이전했다"고 덧붙였다.'
    )
    assert {e.source for e in doc.events if e.type == "AID"} == {"ministry-of-unification"}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("러시아 대표단이 북한을 방문했다.", "RUS"),  # a delegation acts for its state
        ("북한군 일부가 전선에 투입됐다.", "PRK"),  # troops deployed are their state's
    ],
)
def test_a_bare_name_before_a_noun_acting_for_it(korean, text, actor):
    event = next(e for e in korean(text).events if e.type in ("CONSULT", "MOBILIZE"))
    assert event.actor == actor


def test_killed_and_wounded_before_a_connective(korean):
    doc = korean(
        "국정원은 러시아에 파병된 북한군 가운데 최소 70명이 숨지고 500여 명이 다쳤다고 밝혔다."
    )
    measures = {(f.value, f.measure) for f in doc.figures}
    assert (70, "killed") in measures
    assert (500, "wounded") in measures


def test_the_day_after_the_topic_dates_its_later_clauses(facts):
    doc = facts(
        "외교부는 3일 성명을 내고 북한과 러시아에 군사 협력 중단을 촉구했다.", "2024-12-06", "ko"
    )
    request = next(e for e in doc.events if e.type == "REQUEST")
    assert request.date_start == "2024-12-03"


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # a view put forward with no holder named: the generic unnamed sources (unnamed.py)
        ("북한이 러시아에 포탄을 대량으로 넘겼다는 분석이 나왔다.", "reported", "unnamed-sources"),
        # the outer word says how sure: a plan only foreseen by observers
        (
            "김정은 위원장이 올해 안에 러시아를 방문할 것이라는 관측이 나온다.",
            "possible",
            "unnamed-sources",
        ),
        ("북한이 러시아에 공병을 추가로 보낼 것으로 예상된다.", "planned", None),
    ],
)
def test_views_reported_with_no_one_named(korean, text, status, source):
    event = next(e for e in korean(text).events if e.type in ("AID", "CONSULT"))
    assert event.status == status
    assert event.source == source


def test_a_part_of_a_longer_name_takes_no_role(korean):
    # 조선 inside 조선중앙통신 is not a party of the meeting
    event = next(e for e in korean("조선중앙통신은 김정은 위원장이 러시아 대표단을 접견했다고 전했다.").events
                 if e.type == "CONSULT")  # fmt: skip
    assert event.target == "RUS"


def test_a_quote_of_several_sentences_is_its_speakers(korean):
    doc = korean(
        '국방부 대변인은 "북한이 러시아에 포탄을 보냈다. 러시아는 그 대가로 기술을 넘길 것이다"라고 말했다.'
    )
    assert {e.source for e in doc.events} == {"rok-ministry-of-national-defense"}
    assert "planned" in {e.status for e in doc.events}  # 넘길 것이다: will hand over


def test_a_sentence_saying_so_credits_the_one_before(korean):
    doc = korean("북한이 러시아에 자주포를 추가로 넘겼다. 통일부는 이날 국회에서 이같이 밝혔다.")
    assert one(doc, "AID", "MOBILIZE").source == "ministry-of-unification"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("북한과 러시아가 맺은 조약은 비준서를 교환하는 날부터 효력이 발생한다.", "planned"),
        ("북한이 러시아에 병력을 보낸다.", "planned"),
        ("북한이 러시아에 병력을 보내고 있다.", "asserted"),
    ],
)
def test_an_act_told_in_the_present_is_to_come(korean, text, status):
    assert status in {e.status for e in korean(text).events if e.type in ("AID", "AGREE")}


def test_a_denial_is_its_teller_s_not_the_subject_of_what_it_denies(korean):
    doc = korean("크렘린궁은 북한군이 전선에 있다는 보도를 부인했다.")
    denial = next(e for e in doc.events if e.type == "REJECT")
    assert denial.actor == "kremlin"


def test_answering_verbs_close_a_claim(korean):
    event = one(korean("북한이 러시아에 포탄을 넘겼다고 국방부는 짚었다."), "AID", "MOBILIZE")
    assert event.source == "rok-ministry-of-national-defense"


@pytest.mark.parametrize(
    "text",
    [
        "지난해 봄부터 나진항에서 러시아로 향한 컨테이너가 2000개를 넘는다.",
        "러시아 화물선들은 나진항에서 러시아 항구로 컨테이너 수백 개를 옮겼다.",
    ],
)
def test_goods_heading_or_moved_from_a_port_are_a_shipment(korean, text):
    event = next(e for e in korean(text).events if e.type == "AID")
    assert (event.actor, event.target, event.mode) == ("PRK", "RUS", "transport")


def test_a_verb_of_denying_denies_what_it_closes(korean):
    doc = korean("러시아와 북한은 군사 거래 의혹을 줄곧 부인하고 있다.")
    trade = next(e for e in doc.events if e.type == "COOPERATE")
    assert (trade.status, trade.source) == ("denied", "RUS")
    assert next(e for e in doc.events if e.type == "REJECT").status != "denied"
