"""Who says so, and how sure an English sentence is (sentences written for the tests)."""

from __future__ import annotations

import pytest
from conftest import one

PUBLISHED = "2024-11-20"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "North Korea has sent troops to Russia, South Korea's spy agency said.",
            "national-intelligence-service",
        ),
        ("According to Ukraine, North Korea has sent troops to Russia.", "UKR"),
        ("John Kirby said that North Korea delivered shells to Russia.", "john-kirby"),
        ('"North Korea shipped shells to Russia," Kirby told reporters.', "john-kirby"),
    ],
)
def test_a_credited_fact_names_its_source(english, text, source):
    event = one(english(text), "AID")
    assert (event.source, event.status) == (source, "reported")


def test_who_speaks_before_a_relative_clause_does_not_credit_it(english):
    doc = english("Shoigu, who is on a visit to North Korea, said that the talks went well.")
    visit = next(e for e in doc.events if e.mode == "visit")
    assert (visit.source, visit.status) == (None, "asserted")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("North Korea may have shipped shells to Russia.", "possible"),
        ("North Korea could send more troops to Russia.", "possible"),
        ("North Korea will send engineers to Russia.", "planned"),
        ("North Korea to send engineers to Russia", "planned"),  # a headline's infinitive
        ("North Korea has decided to send builders to Russia.", "planned"),
        ("North Korea reportedly sent troops to Russia.", "reported"),
        ("North Korea denied sending troops to Russia.", "denied"),
        ("North Korea sent troops to Russia.", "asserted"),
    ],
)
def test_hedges_say_how_sure(english, text, status):
    assert one(english(text), "AID").status == status


def test_a_negated_act_is_no_event(english):
    doc = english("North Korea has not sent troops to Russia.")
    assert [e for e in doc.events if e.type == "AID"] == []


def test_an_unnamed_office_speaks_for_the_state_whose_press_tells_it(english):
    text = "The defense ministry said North Korea has shipped containers to Russia."
    seoul = english(text, url="https://www.koreaherald.com/view.php?ud=1")
    assert one(seoul, "AID").source == "KOR"
    unknown = english(text, url="https://example.org/news/1")
    assert one(unknown, "AID").source is None


def test_the_agency_named_before_is_who_the_spy_agency_means(english):
    doc = english(
        "North Korea sent 1,500 troops to Russia, South Korea's National Intelligence Service "
        "(NIS) said on Friday. The troops were ferried to Vladivostok, the spy agency said."
    )
    sources = {e.source for e in doc.events} | {f.source for f in doc.figures}
    assert sources == {"national-intelligence-service"}


def test_a_coordinated_verb_of_saying_speaks_for_the_sentence_s_subject(english):
    doc = english(
        'Kim Jong Un called the pact historic and said North Korea "fully supports" Russia.'
    )
    support = next(e for e in doc.events if e.type == "SUPPORT")
    assert (support.actor, support.target, support.source) == ("PRK", "RUS", "kim-jong-un")


def test_a_denial_credits_the_denier(english):
    doc = english("Both Moscow and Pyongyang deny that North Korea supplies shells to Russia.")
    denied = next(e for e in doc.events if e.type == "AID")
    assert denied.status == "denied" and denied.source in ("PRK", "RUS")


def test_co_denied_parties_deny_together_and_are_no_target(english):
    doc = english("Both Moscow and Pyongyang deny that North Korea supplies shells to Russia.")
    denial = next(e for e in doc.events if e.type == "REJECT")
    assert denial.target not in ("RUS", "moscow")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Japan demanded that the United States provide care to the victims.", "planned"),
        ("The treaty obliges Russia to help North Korea if it comes under attack.", "possible"),
        ("North Korean troops are likely to be sent to Russia.", "possible"),
    ],
)
def test_what_is_asked_for_or_conditional_is_not_told_as_done(english, text, status):
    assert {e.status for e in english(text).events} <= {status}


def test_a_purpose_is_no_act_of_its_own(english):
    doc = english("North Korea sent thousands of soldiers to Russia to fight Ukraine.")
    assert [e.type for e in doc.events] == ["AID"]


def test_an_accusation_s_aside_is_the_writer_s(english):
    doc = english(
        "South Korea accused North Korea of supplying shells to Russia, a charge Pyongyang denies."
    )
    denial = next(e for e in doc.events if e.type == "REJECT")
    assert denial.source is None and denial.actor == "PRK"


def test_hearsay_reaches_back_across_one_sentence_paragraphs(english):
    doc = english(
        "North Korea sent 1,500 troops to Russia, South Korea's spy agency said.\n\n"
        "North Korea has reportedly shipped artillery shells to Russia as well.\n\n"
        "Russia sent oil to North Korea in March."
    )
    sources = {e.trigger: (e.source, e.status) for e in doc.events}
    assert sources["shipped"] == ("national-intelligence-service", "reported")  # the agency's
    own = [e for e in doc.events if e.actor == "RUS"]
    assert own and own[0].status == "asserted" and own[0].source is None  # the writer's


def test_a_speaker_before_a_relative_clause_speaks_for_what_follows(english):
    doc = english(
        "Sergei Shoigu, who is on a visit to North Korea, has said that Kim Jong Un "
        "has decided to send sappers to Russia."
    )
    send = next(e for e in doc.events if e.type == "AID")
    assert (send.source, send.status) == ("sergei-shoigu", "planned")
