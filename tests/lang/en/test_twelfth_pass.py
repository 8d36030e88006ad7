"""English, twelfth pass (articles written for the tests, new names and numbers): acts a
sentence tells without telling them as done (a dealing both its parties deny, a topic
someone declined to discuss, an act someone is keen to secure, "accused of" describing
whom a sanction names, an act aimed at "others"), acts credited to the one a claim noun
names (assertions by Kyiv that…), background acts in an after-clause dated by the clause
they follow, the date of telling an addressee, standing with another, cargo carried
"out of" a state or by a state's flagged ships, "her nation" in what an envoy assured
another, and the start of an ongoing act told in the sentence after it."""

from __future__ import annotations

import pytest

_AIDS = ("AID", "MOBILIZE", "COOPERATE")
_STATES = ("RUS", "PRK")


def _pair_acts(doc):
    return [e for e in doc.events if e.type in _AIDS and {e.actor, e.target} <= set(_STATES)]


# --- a dealing both its parties deny -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin and Pyongyang both deny any weapons swaps, which a 2017 U.N. ban "
        "forbids outright.",
        "Pyongyang and Moscow have denied any arms sales, although officials in Warsaw call "
        "the proof plain.",
        "Russia and North Korea deny any swaps of weapons for grain, a charge Tokyo repeats.",
    ],
)
def test_a_dealing_denied_by_both_parties_is_only_a_denial(english, text):
    doc = english("Moscow and Pyongyang grew closer after 2022. " + text, published="2025-11-20")
    assert [e for e in doc.events if e.type == "REJECT"], doc.events
    assert not [e for e in _pair_acts(doc) if e.status == "denied"], doc.events


def test_a_denied_claim_naming_its_parties_is_kept(english):
    doc = english(
        "Moscow and Pyongyang rejected on Sunday the assertion that North Korea had shipped "
        "some 600 howitzers to Russia, a Kremlin aide said.",
        published="2025-11-20",
    )
    denied = [e for e in _pair_acts(doc) if e.status == "denied"]
    assert denied and denied[0].actor == "PRK", doc.events


# --- topics declined, acts wished for ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pressed by journalists, Moscow's consul in Chongjin declined to discuss "
        "military-technical cooperation involving Pyongyang.",
        "The Russian defence ministry refused to talk about the deliveries of radar systems "
        "to North Korea.",
        "Pyongyang is eager to win Russian satellite technology, a Seoul professor argued.",
        "Kim seems anxious to secure Moscow's financial aid before any truce in Ukraine, a "
        "former diplomat wrote.",
    ],
)
def test_a_topic_or_a_wish_is_no_act(english, text):
    doc = english(text, published="2025-02-14")
    assert not _pair_acts(doc), doc.events


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Moscow delivered a Pantsir air-defence battery to Pyongyang in October, Seoul's "
            "spy service reported.",
            "reported",
        ),
        ("Kim Jong Un is eager to dispatch extra brigades to Russia, the NIS believes.", "planned"),
    ],
)
def test_an_act_told_or_intended_is_kept(english, text, status):
    doc = english(text, published="2025-02-14")
    acts = [e for e in doc.events if e.type in _AIDS and e.target in _STATES]
    assert acts and acts[0].status == status, doc.events


# --- "accused of" describing whom a sanction names ------------------------------------


def test_accused_of_after_a_sanctioned_noun_is_no_accusation(english):
    doc = english(
        "Canberra on Monday blacklisted four North Korean army colonels, a Moscow-based "
        "broker and a Panama-flagged freighter accused of ferrying diesel and rockets between "
        "the two nations.",
        published="2025-06-12",
    )
    assert not [e for e in doc.events if e.type == "ACCUSE"], doc.events


def test_a_finite_accusation_is_kept(english):
    doc = english(
        "Kyiv accused Pyongyang of selling Russia dozens of rocket launchers on Friday.",
        published="2025-02-14",
    )
    accusations = [e for e in doc.events if e.type == "ACCUSE"]
    assert accusations and accusations[0].target == "PRK", doc.events


# --- acts credited to whom a claim noun names ----------------------------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "The Kremlin sees assertions from Kyiv's spy service that Pyongyang airlifted "
            "1,700 more commandos to Russia as baseless, Peskov told journalists.",
            "UKR",
        ),
        (
            "Shoigu said allegations from Seoul that Moscow was helping Pyongyang design "
            'warships were "absurd".',
            "KOR",
        ),
        (
            "Tokyo's claims that North Korea had shipped 9,400 containers to Russia were "
            "slander, the Russian mission in Japan said.",
            "JPN",
        ),
    ],
)
def test_a_claim_nouns_owner_is_the_source_and_a_false_judgement_denies(english, text, claimant):
    doc = english(text, published="2025-11-06")
    acts = _pair_acts(doc)
    assert acts and acts[0].source == claimant and acts[0].status == "denied", doc.events


def test_a_report_with_no_claimant_keeps_no_source(english):
    doc = english(
        "Rumours grew over the weekend that Pyongyang had dispatched 600 extra commandos to "
        "Russia.",
        published="2025-02-14",
    )
    acts = _pair_acts(doc)
    assert acts and acts[0].source is None, doc.events


# --- background acts in an after-clause ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nobody at the U.N. has tracked North Korean arms exports since monitoring lapsed in "
        "May 2024, after Moscow vetoed a new mandate for the expert panel.",
        "A multilateral team watching North Korea was set up in November 2024, weeks after "
        "Russia vetoed the panel of experts.",
    ],
)
def test_an_act_in_an_after_clause_takes_the_year_before_it(english, text):
    doc = english(text, published="2025-11-20")
    vetoes = [e for e in doc.events if e.type == "REJECT" and e.actor == "RUS"]
    assert vetoes and vetoes[0].date_start == "2024", doc.events


def test_an_after_clause_with_its_own_date_keeps_it(english):
    doc = english(
        "Kim Jong Un visited Russia's consulate in Chongjin on June 3 after Putin praised "
        "North Korean sappers for their work in Kursk.",
        published="2025-11-20",
    )
    visits = [e for e in doc.events if e.type == "CONSULT"]
    assert visits and visits[0].date_start == "2025-06-03", doc.events


# --- the date of telling an addressee ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang has shipped 75 extra howitzers to Russia, Kyiv's military spy service "
        "informed Polish officials on Sunday.",
        "North Korea has sent about 450 sappers to Kursk, the NIS briefed a closed Assembly "
        "panel late on Monday.",
    ],
)
def test_the_day_an_addressee_was_told_does_not_date_the_act(english, text):
    doc = english(text, published="2025-11-20")
    acts = _pair_acts(doc)
    assert acts and acts[0].date_basis != "text", doc.events


def test_the_acts_own_day_before_a_telling_stays(english):
    doc = english(
        "Pyongyang dispatched 1,300 builders to Russia on Wednesday, the NIS informed MPs.",
        published="2025-02-14",
    )
    acts = _pair_acts(doc)
    assert acts and acts[0].date_start == "2025-02-12", doc.events


# --- standing with another -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang will resolutely stand by the Kremlin in its fight, Choe wrote on Saturday.",
        "North Korea has sided with Russia in each General Assembly vote on the war since 2022.",
        "North Korea endorsed the Russian seizure of four Ukrainian provinces in September "
        "2022, its news agency said.",
    ],
)
def test_standing_with_another_is_support(english, text):
    doc = english(text, published="2026-06-19")
    support = [e for e in doc.events if e.type == "SUPPORT"]
    assert support and support[0].actor == "PRK", doc.events
    assert support[0].target in ("RUS", "kremlin"), doc.events


@pytest.mark.parametrize(
    "text",
    [
        "North Korean gunners stood with their guns in a forest near Sudzha, a Russian "
        "war blogger wrote.",
        "Russia's envoy Alexander Matsegora stood by the podium while Kim Jong Un addressed "
        "the crowd in Pyongyang.",
    ],
)
def test_standing_in_a_place_is_no_support(english, text):
    doc = english(text, published="2026-06-19")
    assert not [e for e in doc.events if e.type == "SUPPORT"], doc.events


# --- cargo carried out of a state, acts aimed at others ------------------------------


def test_cargo_carried_out_of_a_state_is_its_giving(english):
    doc = english(
        "Russian cargo boats carried 7,300 containers of shells out of North Korea last spring.",
        published="2025-07-08",
    )
    acts = _pair_acts(doc)
    assert acts and (acts[0].actor, acts[0].target) == ("PRK", "RUS"), doc.events


def test_blaming_others_names_no_one(english):
    doc = english(
        "NEW YORK - Addressing fellow council members on Monday, Britain's envoy said North "
        "Korea had handed Russia over 300 rockets. Russia's deputy envoy Dmitry Polyansky rejected the "
        'allegations as "lies" and said London was "keen to blame others for its own '
        'mistakes".',
        published="2025-03-13",
    )
    assert not [e for e in doc.events if e.type == "ACCUSE"], doc.events
    rejections = [e for e in doc.events if e.type == "REJECT"]
    assert rejections and rejections[0].target == "GBR", doc.events


# --- ships flagged by a state, round trips, loads bound for a state ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia-flagged bulk carriers have carried 7,300 containers out of the Chongjin port "
        "of North Korea since March 2024.",
        "Over the spring, a trio of Russia-flagged freighters logged 27 round trips between "
        "Chongjin in North Korea and Vostochny, a London institute found.",
        "A consignment of North Korean rockets destined for Russia was spotted at a rail "
        "yard in Tumangang on Friday.",
    ],
)
def test_cargo_moved_from_north_korea_is_its_giving(english, text):
    doc = english(text, published="2025-09-09")
    acts = _pair_acts(doc)
    assert acts and (acts[0].actor, acts[0].target) == ("PRK", "RUS"), doc.events


def test_a_flagged_ship_is_its_states_carrier(english):
    doc = english(
        "Two Russia-registered tankers shipped diesel to North Korea in June, images from "
        "Maxar showed.",
        published="2025-07-08",
    )
    acts = _pair_acts(doc)
    assert acts and (acts[0].actor, acts[0].target) == ("RUS", "PRK"), doc.events


def test_officials_round_trips_carry_nothing(english):
    doc = english(
        "North Korean diplomats made a few round trips between Pyongyang and Moscow in the "
        "spring to plan the summit.",
        published="2025-09-09",
    )
    assert not _pair_acts(doc), doc.events


def test_a_hyphened_participle_is_a_modifier(english):
    doc = english(
        "Last year Russia-flagged tankers delivered about 600,000 barrels of diesel to North "
        "Korea, a Seoul-backed research team said.",
        published="2025-07-08",
    )
    assert not [e for e in doc.events if e.type == "SUPPORT"], doc.events
    acts = _pair_acts(doc)
    assert acts and (acts[0].actor, acts[0].target) == ("RUS", "PRK"), doc.events


# --- "her nation" in what an envoy assured another -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Choe Son Hui assured Sergei Lavrov her nation would always stand with Russia.",
        "The two ministers met in Wonsan, with Choe Son Hui assuring Sergei Lavrov her "
        'country would "never abandon" and would always side with Moscow.',
    ],
)
def test_her_nation_is_the_speakers_not_the_addressees(english, text):
    doc = english(text, published="2026-06-19")
    support = [e for e in doc.events if e.type == "SUPPORT"]
    assert support and support[0].actor == "choe-son-hui" and support[0].target == "RUS", doc.events


# --- the start of an act going on, in the sentence after it --------------------------


def test_an_ongoing_act_takes_the_start_the_next_sentence_gives(english):
    doc = english(
        "Russia is aiding North Korea's satellite work, the NIS said on Sunday. Russian "
        "specialists have stayed at the Sohae site since at least March, it added.",
        published="2025-11-20",
    )
    acts = _pair_acts(doc)
    assert acts and acts[0].actor == "RUS" and acts[0].date_start == "2025-03", doc.events


def test_a_start_told_of_another_state_dates_nothing_else(english):
    doc = english(
        "Russia is aiding North Korea's satellite work, the NIS said. Ukrainian drones have "
        "hit Russian refineries since April.",
        published="2025-11-20",
    )
    acts = [e for e in _pair_acts(doc) if e.actor == "RUS"]
    assert acts and acts[0].date_basis != "text", doc.events


# --- troops flown by their state -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Pyongyang flew 1,200 special forces soldiers to Vladivostok in October, Seoul's "
         "spy agency said.", "AID"),
        ("Shoigu flew to Pyongyang on Tuesday to meet Kim Jong Un.", "CONSULT"),
    ],
)  # fmt: skip
def test_troops_flown_are_sent_and_a_minister_flying_visits(english, text, kind):
    doc = english(text, published="2025-11-20")
    assert [e.type for e in doc.events if e.type in ("AID", "MOBILIZE", "CONSULT")] == [kind], (
        doc.events
    )
