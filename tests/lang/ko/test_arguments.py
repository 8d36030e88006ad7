"""Events from Korean news: particles give the roles, Kiwi's endings bound the clauses.
Every sentence here was written for these tests and runs through the whole pipeline."""

from __future__ import annotations

import pytest

from kansoku.model import Document, Event


@pytest.fixture
def korean(facts):
    def run(text: str, published: str = "2024-11-20") -> Document:
        return facts(text, published, "ko")

    return run


def one(doc: Document, type_: str) -> Event:
    found = [e for e in doc.events if e.type == type_]
    assert found, f"no {type_} event in {doc.text!r}; events: {doc.events}"
    return found[0]


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
