"""Events from Korean news: particles give the roles, Kiwi's endings bound the clauses.
Every sentence here was written for these tests and runs through the whole pipeline."""

from __future__ import annotations

import pytest
from conftest import one

from kansoku.model import Document


@pytest.fixture
def korean(facts):
    def run(text: str, published: str = "2024-11-20") -> Document:
        return facts(text, published, "ko")

    return run


@pytest.mark.parametrize(
    ("text", "type_", "actor", "target"),
    [
        # 이/가 → actor, 에 → target
        ("북한이 러시아에 병력을 파병했다.", "AID", "PRK", "RUS"),
        # 은/는 → actor, 와/과 → the other party
        ("푸틴 대통령은 김정은 국무위원장과 회담했다.", "CONSULT", "vladimir-putin", "kim-jong-un"),
        # 을/를 → what is acted on: an accusation's target
        ("한국 정부는 북한의 파병을 규탄했다.", "ACCUSE", "KOR", "PRK"),
        # a headline's short forms and no particles
        ("北, 러에 공병 1000명 파견", "AID", "PRK", "RUS"),
        # a relative clause shares the sentence's subject; the treaty names the other party
        ("북한은 지난 6월 러시아와 체결한 조약을 비준했다.", "AGREE", "PRK", "RUS"),
        # 방북 names whom it visits
        ("쇼이구 서기가 17일 방북했다.", "CONSULT", "sergei-shoigu", "PRK"),
    ],
)
def test_particles_give_the_roles(korean, text, type_, actor, target):
    events = [e for e in korean(text).events if e.type == type_]
    assert (actor, target) in {(e.actor, e.target) for e in events}, events


def test_troops_sent_in_the_passive_are_their_state_s(korean):
    doc = korean("파병된 북한군이 쿠르스크에 배치됐다.")
    # Placed on an ally's soil: aid to it, the same act the dispatch tells.
    assert {(e.type, e.actor, e.target) for e in doc.events} == {("AID", "PRK", "RUS")}


def test_an_event_noun_that_is_another_verb_s_argument_takes_no_subject(korean):
    doc = korean("일본 정부는 이번 발사와 관련해 주민들에게 대피를 지시했다.")
    assert not [e for e in doc.events if e.type == "THREATEN"]


def test_a_verb_that_carries_the_noun_keeps_its_subject(korean):
    event = one(korean("북한군이 쿠르스크에서 교전에 참여하고 있다."), "ASSAULT")
    assert event.actor in ("PRK", "korean-peoples-army")


def test_a_ratification_is_each_party_s_own(korean):
    doc = korean("러시아 이어 북한도 북·러 조약 비준…김정은 서명", "2024-11-12")
    ratified = [e for e in doc.events if e.mode == "ratify"]
    assert [(e.actor, e.target) for e in ratified] == [("PRK", "RUS")]


def test_the_subject_nearest_the_verb_acts_and_the_topic_speaks(korean):
    doc = korean("러시아 외무부는 북한과 러시아가 4일 모스크바에서 비준서를 교환했다고 밝혔다.")
    exchange = next(e for e in doc.events if e.mode == "in_force")
    assert {exchange.actor, exchange.target} == {"PRK", "RUS"}
    assert exchange.source == "russian-foreign-ministry"


def test_arguments_before_a_relative_clause_are_the_main_verb_s(korean):
    doc = korean("한국 외교부는 북한과 러시아에 유엔 안보리 결의를 준수할 것을 촉구했다.")
    urge = one(doc, "REQUEST")
    assert (urge.actor, urge.target) == ("rok-ministry-of-foreign-affairs", "RUS")


def test_a_date_before_a_relative_clause_is_that_clause_s(korean):
    doc = korean("북한이 지난 6월 러시아와 체결한 조약을 11일 비준했다.", "2024-11-12")
    ratified = next(e for e in doc.events if e.mode == "ratify")
    assert ratified.date_start == "2024-11-11"


def test_a_word_for_troops_only_deploys_troops(korean):
    assert not korean("러시아 화물선 4척이 북한 나진항 운송에 투입됐다.").events or all(
        e.type != "MOBILIZE"
        for e in korean("러시아 화물선 4척이 북한 나진항 운송에 투입됐다.").events
    )
    assert one(korean("북한은 러시아 쿠르스크에 병력을 투입했다."), "AID").actor == "PRK"


def test_the_agency_named_before_is_who_a_short_reference_means(korean):
    doc = korean(
        "조선중앙통신은 러시아 국방장관이 평양에 도착했다고 보도했다. 통신은 양측이 군사 협력을 논의했다고 전했다."
    )
    assert [m.entity_id for m in doc.mentions if m.text == "통신"] == ["kcna"]


def test_an_event_word_inside_a_noun_is_no_event(korean):
    # 파병군: troops sent, a thing named; the topic (who tells it) deploys nothing.
    doc = korean("국정원은 북한 파병군 1만여 명이 러시아-우크라이나 국경 부근에 배치됐다고 밝혔다.")
    assert not [e for e in doc.events if e.actor in ("national-intelligence-service", "KOR")]
    assert [f.subject for f in doc.figures] == ["PRK"]  # 북한 파병군: theirs
