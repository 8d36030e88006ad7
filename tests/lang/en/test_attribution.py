"""How English news credits a claim beyond "X said": addressees, asides, quoting,
raising passives and headline credits (sentences written for the tests)."""

from __future__ import annotations

import pytest
from conftest import one

PUBLISHED = "2024-11-20"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a speaker closing the sentence past whom it told
        (
            "Pyongyang loaded rockets for Moscow, South Korea's spy agency told lawmakers.",
            "national-intelligence-service",
        ),
        (
            "Pyongyang has supplied rockets to Moscow, Zelensky told CNN on Monday.",
            "volodymyr-zelensky",
        ),
        ("Pyongyang has supplied rockets to Moscow, Kirby told a news briefing.", "john-kirby"),
        # a speaker described by an aside before its verb
        (
            "Kirby, a White House spokesman, said Pyongyang had supplied rockets to Moscow.",
            "john-kirby",
        ),
        (
            "A U.S. official, speaking on condition of anonymity, said Pyongyang had "
            "supplied rockets to Moscow.",
            "USA",
        ),
        (
            "Pyongyang has supplied rockets to Moscow, the Institute for the Study of War, "
            "a research group, said.",
            "institute-for-the-study-of-war",
        ),
        # the one quoted as saying
        ("Pyongyang has supplied rockets to Moscow, Kirby was quoted as saying.", "john-kirby"),
        (
            "Reporters quoted Kirby as saying that Pyongyang supplied rockets to Moscow.",
            "john-kirby",
        ),
        # an unnamed credit leaves the named speaker
        (
            "Pyongyang has supplied rockets to Moscow, Kirby said, citing intelligence.",
            "john-kirby",
        ),
        # a headline's credit after a colon
        ("Pyongyang supplies more rockets to Moscow: Zelensky", "volodymyr-zelensky"),
    ],
)
def test_the_speaker_is_found_past_asides_and_addressees(english, text, source):
    event = one(english(text), "AID")
    assert (event.source, event.status) == (source, "reported")


def test_an_addressee_with_a_clause_after_it_is_no_closing_speaker(english):
    doc = english("Kirby told reporters that Pyongyang had supplied rockets to Moscow.")
    assert one(doc, "AID").source == "john-kirby"
    doc = english("Pyongyang supplied rockets to Moscow, and Kirby told reporters about talks.")
    assert one(doc, "AID").status == "asserted"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Pyongyang is believed to have supplied rockets to Moscow.", "possible"),
        ("Pyongyang is widely thought to have supplied rockets to Moscow.", "possible"),
        ("Pyongyang is said to have supplied rockets to Moscow.", "reported"),
    ],
)
def test_a_raising_passive_hedges_the_act(english, text, status):
    event = one(english(text), "AID")
    assert (event.actor, event.status) == ("PRK", status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Some 4,000 North Korean soldiers are believed to be in Russia.", "possible"),
        ("Some 4,000 North Korean soldiers are estimated to be in Russia.", "estimated"),
        ("Some 4,000 North Korean soldiers are reported to be in Russia.", "reported"),
        ("Some 4,000 North Korean soldiers are in Russia.", "asserted"),
    ],
)
def test_a_count_takes_the_hedge_after_it(english, text, status):
    figures = [f for f in english(text).figures if f.value == 4000]
    assert figures and figures[0].status == status


def test_a_speaking_pronoun_stands_for_the_person_named_before(english):
    doc = english(
        "Kirby met reporters on Monday. He said Pyongyang had supplied rockets to Moscow."
    )
    assert one(doc, "AID").source == "john-kirby"


def test_a_speaker_described_by_an_aside_opens_the_sentence(english):
    doc = english(
        "Kirby, the White House spokesman, told reporters that Pyongyang had supplied "
        "rockets to Moscow."
    )
    assert one(doc, "AID").source == "john-kirby"


def test_adjectives_between_a_light_verb_and_its_noun(english):
    doc = english("Putin said Moscow may deepen military and technical cooperation with Pyongyang.")
    cooperation = next(e for e in doc.events if e.type == "COOPERATE")
    assert (cooperation.actor, cooperation.status) == ("RUS", "possible")


def test_a_denial_of_the_report_answers_whom_the_text_credited(english):
    doc = english(
        "Pyongyang has shipped rockets to Moscow, the NIS said on Monday. "
        "Russia's foreign ministry rejected the claims as baseless."
    )
    denial = next(e for e in doc.events if e.type == "REJECT")
    assert (denial.actor, denial.target) == (
        "russian-foreign-ministry",
        "national-intelligence-service",
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Pyongyang is weighing supplying rockets to Moscow.", "possible"),
        ("It is likely that Pyongyang supplied rockets to Moscow.", "possible"),
        ("Seoul urged that Pyongyang supply no rockets to Moscow.", "planned"),
    ],
)
def test_hedges_of_intent_and_likelihood(english, text, status):
    assert one(english(text), "AID").status == status


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has not confirmed that Pyongyang supplied rockets to it, Kirby said.",
        "Moscow declined to confirm that Pyongyang supplied rockets to it, Kirby said.",
    ],
)
def test_a_negated_or_refused_saying_credits_no_one(english, text):
    assert one(english(text), "AID").source != "RUS"


def test_a_speaker_named_by_title_alone_is_the_person_named_before(english):
    doc = english(
        "Zelensky addressed parliament on Tuesday. "
        "Pyongyang has supplied rockets to Moscow, the president said."
    )
    assert one(doc, "AID").source == "volodymyr-zelensky"


def test_an_unknown_speaker_speaks_for_the_state_its_aside_names(english):
    doc = english(
        "Brig. Gen. Taras Holub, Ukraine's deputy intelligence chief, said Pyongyang had "
        "supplied rockets to Moscow."
    )
    assert one(doc, "AID").source == "UKR"


def test_a_participle_of_saying_goes_on_with_the_same_speaker(english):
    doc = english(
        "Pyongyang has supplied rockets to Moscow, the NIS said, adding that some 1,200 "
        "North Korean soldiers had been killed in Russia."
    )
    dead = [f for f in doc.figures if f.value == 1200]
    assert dead and dead[0].source == "national-intelligence-service"


def test_a_speaker_set_off_by_a_phrase_of_circumstance(english):
    doc = english("The NIS, in a statement on Friday, said Pyongyang supplied rockets to Moscow.")
    assert one(doc, "AID").source == "national-intelligence-service"


def test_a_relative_clause_keeps_its_hedge(english):
    doc = english(
        "Pyongyang, which is thought to hold large stocks, supplied 2,200 rockets to Moscow."
    )
    assert one(doc, "AID").status == "asserted"
    assert [f.status for f in doc.figures if f.value == 2200] == ["asserted"]


def test_according_to_a_thing_made_by_someone(english):
    doc = english(
        "Pyongyang supplied rockets to Moscow, according to shipping records examined "
        "last month by the Open Source Centre."
    )
    assert one(doc, "AID").source == "open-source-centre"


def test_a_person_named_in_full_is_named_after_by_one_word(english):
    doc = english(
        "Lee Seong-kweun met reporters in Seoul on Monday after a closed briefing. "
        "Lee said Pyongyang had supplied rockets to Moscow."
    )
    assert one(doc, "AID").source == "lee-seong-kweun"
