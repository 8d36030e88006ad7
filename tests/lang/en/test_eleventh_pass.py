"""English, eleventh pass (articles written for the tests, new names and numbers): troops
moved from one front to another, sanctions on parties joined by "and", counts hedged by
words of judging as the teller's estimate, transfers given "in return", cargo received
with its giver named only by a demonym, and an agency called by the one word of its name
after it is named in full."""

from __future__ import annotations

import pytest
from lang.en.test_eighth_pass import _of

_AIDS = ("AID", "MOBILIZE")

# --- troops moved, relocated, rotated in ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Close to 850 North Korean troops were relocated last month from Kursk to Russia's "
        "Bryansk province, Kyiv's HUR agency said on Sunday.",
        "Pyongyang rotated in roughly 1,150 new soldiers in April to make up for losses near "
        "Kursk, Seoul's intelligence service told lawmakers.",
        "After a two-month pause, North Korean troops were redeployed to Kursk, a Ukrainian "
        "battalion officer told journalists on Thursday.",
        "About 3,900 North Korean troops were then shifted in February from Kursk to the "
        "Zaporizhzhia sector, the General Staff in Kyiv reported.",
    ],
)
def test_troops_moved_between_fronts_are_sent(english, text):
    doc = english(text, published="2025-05-14")
    moved = [e for e in doc.events if e.type in _AIDS and e.actor == "PRK"]
    assert moved and moved[0].target in ("RUS", "UKR"), doc.events


@pytest.mark.parametrize(
    "text",
    [
        # moved to do something: no cargo
        "Russia moved quickly to shield North Korea from new sanctions at the Security "
        "Council, diplomats said.",
        # what moves is no troops
        "North Korea moved several air defense batteries closer to its border with Russia, "
        "satellite images show.",
        # a third state's troops, inside its own country
        "The Ukrainian army moved two brigades to the Sumy region last week as North Korean "
        "troops fought for Russia nearby, officials in Kyiv said.",
    ],
)
def test_moving_without_troops_or_abroad_is_no_sending(english, text):
    doc = english(text, published="2025-05-14")
    assert not [
        e
        for e in doc.events
        if e.type in _AIDS
        and e.actor in ("RUS", "PRK", "UKR")
        and e.mode == "troops"
        and "moved" in doc.text[e.start : e.end]
    ], doc.events


# --- sanctions on each party joined by "and" ------------------------------------------


@pytest.mark.parametrize(
    "text, actor",
    [
        (
            "Washington imposed fresh sanctions on six North Korean bankers and two Russian "
            "trading houses on Tuesday over weapons deals.",
            "USA",
        ),
        (
            "Japan slapped sanctions on 9 North Korean individuals and three Russian entities "
            "over their military ties, the foreign ministry said.",
            "JPN",
        ),
        (
            "The EU imposed fresh sanctions on the North Korean Foreign Minister Choe Son Hui "
            "and four Russian defence firms on Monday, citing the arms trade.",
            "EU",
        ),
    ],
)
def test_sanctions_on_parties_joined_by_and_are_on_each(english, text, actor):
    doc = english(text, published="2025-03-07")
    targets = {e.target for e in _of(doc, "SANCTION", actor)}
    assert {"PRK", "RUS"} <= targets, doc.events


def test_a_state_named_for_another_reason_is_not_sanctioned(english):
    doc = english(
        "Washington last week slapped sanctions on a trio of North Korean colonels because "
        "of their part in deploying soldiers to Russia.",
        published="2025-03-07",
    )
    assert [e.target for e in _of(doc, "SANCTION", "USA")] == ["PRK"], doc.events


# --- counts hedged by a word of judging are the teller's estimate ---------------------


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "Since the winter, North Korea's contingent in Russia has likely suffered upward "
            "of 2,800 casualties, the British defence ministry said in its daily update.",
            2800,
        ),
        (
            "North Korea has likely lost about 1,350 soldiers in the Kursk region, Ukraine's "
            "military intelligence said.",
            1350,
        ),
        (
            "Since April, North Korea has probably dispatched around 1,650 more troops to "
            "Russia, British defence intelligence said.",
            1650,
        ),
    ],
)
def test_a_count_hedged_by_judging_is_estimated(english, text, value):
    doc = english(text, published="2025-06-20")
    counts = [f for f in doc.figures if f.value == value]
    assert counts and counts[0].status == "estimated", doc.figures


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "Pyongyang may send up to 5,500 additional combat troops to Russia by autumn, a "
            "lawmaker in Seoul said.",
            5500,
        ),
        (
            "If Moscow approves the plan, Pyongyang could send 8,500 labourers to Russia, one "
            "official said.",
            8500,
        ),
    ],
)
def test_a_count_of_what_may_happen_stays_possible(english, text, value):
    doc = english(text, published="2025-06-20")
    counts = [f for f in doc.figures if f.value == value]
    assert counts and counts[0].status == "possible", doc.figures


# --- given in return ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, giver, receiver",
    [
        (
            "Pyongyang has shipped roughly 11,000 containers of ammunition to Russia since "
            "August, ministry data show. In return, Russia seems to have sent wheat, "
            "diesel and spare parts for fighter jets, an official said.",
            "RUS",
            "PRK",
        ),
        (
            "North Korea has dispatched roughly 9,000 soldiers to Russia since the spring. "
            "Russia is thought to have supplied anti-aircraft guns in return, lawmakers in "
            "Seoul were told.",
            "RUS",
            "PRK",
        ),
        (
            "Russia has delivered refined oil to North Korea well above the UN cap. In exchange, "
            "Pyongyang has sent more artillery shells, the monitoring group said.",
            "PRK",
            "RUS",
        ),
    ],
)
def test_a_transfer_given_in_return_goes_to_the_giver_before(english, text, giver, receiver):
    doc = english(text, published="2025-09-30")
    assert _of(doc, "AID", giver, receiver), doc.events


# --- cargo received whose giver is its demonym --------------------------------------


def test_cargo_received_names_its_giver_by_demonym(english):
    doc = english(
        "Russia received some 2.5 million North Korean artillery shells last year, according "
        "to an Estonian intelligence report.",
        published="2025-02-11",
    )
    assert _of(doc, "AID", "PRK", "RUS"), doc.events


def test_a_delegation_received_is_no_aid(english):
    doc = english(
        "North Korea received a Russian military delegation in Pyongyang on Tuesday.",
        published="2025-02-11",
    )
    assert not _of(doc, "AID"), doc.events


# --- an agency called by the one word of its name -----------------------------------


def test_an_agency_called_by_its_own_word_speaks(english):
    doc = english(
        "On Wednesday the Treasury Department named eleven new targets. Treasury said a "
        "Vladivostok shipping agent had arranged truck shipments of rockets from "
        "North Korea into Russia.",
        published="2025-04-17",
    )
    shipments = _of(doc, "AID", "PRK", "RUS")
    assert shipments and shipments[0].source == "us-department-of-the-treasury", doc.events


def test_a_word_of_an_agency_never_named_in_full_is_no_one(english):
    doc = english(
        "Treasury yields rose on Wednesday. North Korea has sent more artillery shells to "
        "Russia, a defector group said.",
        published="2025-04-17",
    )
    assert all(e.source != "us-department-of-the-treasury" for e in doc.events), doc.events


# --- a subject's appositive inside what is said; "it" after a noun -------------------


def test_an_appositive_inside_the_said_clause_keeps_the_speaker(english):
    doc = english(
        "The State Department said the second network, a Khabarovsk freight company, had "
        "arranged sea shipments of rockets from North Korea into Russia.",
        published="2025-04-17",
    )
    shipments = _of(doc, "AID", "PRK", "RUS")
    assert shipments and shipments[0].source in ("USA", "us-department-of-state"), doc.events


def test_the_writer_s_aside_after_a_comma_still_ends_the_speech(english):
    doc = english(
        "Kyiv accused North Korea of shipping rockets to Russia, a charge Pyongyang rejects.",
        published="2025-04-17",
    )
    assert _of(doc, "ACCUSE", "UKR", "PRK"), doc.events


def test_it_after_a_noun_stands_for_the_sentence_s_subject(english):
    doc = english(
        "Canada on Thursday imposed penalties on two Russian shipowners it accused of "
        "ferrying North Korean rockets to Russia.",
        published="2025-04-17",
    )
    carried = _of(doc, "AID", "PRK", "RUS")
    assert carried and carried[0].source == "CAN", doc.events


# --- the two countries, both nations --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "For months North Korea supplied rockets to Russia. The two countries also signed a "
        "military treaty in 2024.",
        "Russia has received drones from North Korea. Both nations later signed a cooperation "
        "accord in Pyongyang.",
    ],
)
def test_a_pair_word_names_both_parties_of_a_signing(english, text):
    doc = english(text, published="2025-01-15")
    signed = _of(doc, "AGREE")
    assert signed and {signed[0].actor, signed[0].target} == {"PRK", "RUS"}, doc.events


# --- handed X cargo; a state's people arriving ----------------------------------------


def test_handed_a_state_cargo_is_a_transfer(english):
    doc = english(
        "Moscow handed Pyongyang dozens of surface-to-air missiles to protect the capital, a "
        "South Korean lawmaker said on Tuesday.",
        published="2025-01-15",
    )
    assert _of(doc, "AID", "RUS", "PRK"), doc.events


def test_handed_down_a_ruling_is_no_transfer(english):
    doc = english(
        "A Russian court handed down a ruling on two North Korean sailors on Tuesday.",
        published="2025-01-15",
    )
    assert not _of(doc, "AID"), doc.events


def test_a_state_s_people_arriving_abroad_are_sent(english):
    doc = english(
        "About 1,900 North Korean nationals arrived in Russia in April, Russian statistics show.",
        published="2025-06-02",
    )
    assert [e for e in doc.events if e.type in _AIDS and e.actor == "PRK"], doc.events


# --- a participle that says what a place is; ships' round trips ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korean deminers are working in occupied Luhansk on Moscow's behalf, Ukrainian "
        "officials said.",
        "Moscow plans to bring North Korean builders to rebuild occupied territories in "
        "Ukraine, a Seoul lawmaker said.",
    ],
)
def test_an_occupied_place_is_no_occupation(english, text):
    doc = english(text, published="2025-07-01")
    assert not [e for e in doc.events if e.mode == "occupy"], doc.events


def test_occupying_a_place_is_still_an_act(english):
    doc = english(
        "Russian forces occupied three villages near Kupiansk with the help of North Korean "
        "artillery, Kyiv said.",
        published="2025-07-01",
    )
    assert [e for e in doc.events if e.mode == "occupy" and e.actor == "RUS"], doc.events


def test_ships_round_trips_are_no_visit(english):
    doc = english(
        "Over the winter, Russian cargo ships made no fewer than 28 round trips between Rajin "
        "in North Korea and the port of Vostochny, researchers said.",
        published="2025-07-01",
    )
    assert not _of(doc, "CONSULT"), doc.events


# --- travelling to a capital is a visit -------------------------------------------------


@pytest.mark.parametrize(
    "text, visitor, host",
    [
        (
            "Pyongyang's top diplomat travelled to Moscow on Sunday for talks on weapons "
            "production, KCNA reported.",
            "PRK",
            "RUS",
        ),
        (
            "Russian Deputy Prime Minister Alexander Kozlov flew to Pyongyang on Thursday for "
            "talks on trade with North Korea.",
            "RUS",
            "PRK",
        ),
        (
            "A North Korean military delegation left for Vladivostok on Friday, state media "
            "said, days after Russia's envoy met Kim.",
            "PRK",
            "RUS",
        ),
    ],
)
def test_travelling_to_a_capital_is_a_visit(english, text, visitor, host):
    doc = english(text, published="2025-08-20")
    visits = [e for e in _of(doc, "CONSULT") if e.mode == "visit" and e.target == host]
    assert visits, doc.events


def test_drones_flying_toward_a_city_make_no_visit(english):
    doc = english(
        "Ukrainian drones flew toward Moscow overnight while North Korean gunners fired on "
        "Ukrainian positions in Kursk.",
        published="2025-08-20",
    )
    assert not [e for e in doc.events if e.mode == "visit"], doc.events


# --- a dismissal naming whose claim it is ---------------------------------------------


def test_a_dismissal_names_the_claimant_it_answers(english):
    doc = english(
        "Kyiv's defence intelligence reported on Thursday that about 1,250 North Korean "
        "troops had been moved toward Kharkiv. A Pentagon official said the U.S. could not "
        'verify the figure. Dmitry Peskov quickly dismissed that claim as "yet another '
        'invention from Kyiv," adding that nothing was new.',
        published="2025-10-08",
    )
    denials = _of(doc, "REJECT", "dmitry-peskov")
    assert denials and denials[0].target == "UKR", doc.events


def test_a_place_after_a_comma_is_no_claimant(english):
    doc = english(
        "Seoul's intelligence service said Pyongyang had dispatched another 1,800 soldiers "
        "to Russia. Dmitry Peskov flatly dismissed the report on Friday, addressing journalists "
        "from Moscow.",
        published="2025-10-08",
    )
    denials = _of(doc, "REJECT", "dmitry-peskov")
    assert denials and denials[0].target != "RUS", doc.events


def test_a_captured_soldier_is_no_capturer(english):
    doc = english(
        "A captured North Korean rifleman told Ukrainian interrogators he had been deployed "
        "to Kursk in November.",
        published="2025-02-03",
    )
    assert not [e for e in doc.events if e.mode == "capture" and e.actor == "PRK"], doc.events


def test_capturing_soldiers_is_still_an_act(english):
    doc = english(
        "Ukrainian marines captured a pair of wounded North Korean fighters near Sudzha last "
        "week, Kyiv said.",
        published="2025-02-03",
    )
    assert [e for e in doc.events if e.mode == "capture" and e.actor == "UKR"], doc.events


# --- counts past model names; bombarding --------------------------------------------------


@pytest.mark.parametrize(
    "text, value, kind",
    [
        (
            "Since late 2023 Moscow has received roughly 140 KN-23 and KN-24 ballistic "
            "missiles from Pyongyang, Kyiv says.",
            140,
            "missiles",
        ),
        (
            "Moscow has handed over some 18 MiG-29 and Su-27 fighter jets to Pyongyang, a Seoul "
            "think tank said in its report on Russia's aid to North Korea.",
            18,
            "aircraft",
        ),
    ],
)
def test_a_count_past_model_names_counts_the_noun_after_them(english, text, value, kind):
    doc = english(text, published="2025-11-04")
    assert [f for f in doc.figures if f.value == value and f.kind == kind], doc.figures


def test_bombarding_positions_is_an_attack(english):
    doc = english(
        "North Korean artillery crews have bombarded Ukrainian positions near Huliaipole, a "
        "Ukrainian brigade commander said, adding that Russian officers direct their fire.",
        published="2025-11-04",
    )
    assert _of(doc, "ASSAULT", "PRK", "UKR"), doc.events


def test_shells_as_cargo_are_no_shelling(english):
    doc = english(
        "Over the past year Pyongyang has shipped artillery shells numbering more than 2 "
        "million to Moscow, mostly by rail, intelligence officials said.",
        published="2025-11-04",
    )
    assert not _of(doc, "ASSAULT"), doc.events


# --- a cap set by a verb is no count -------------------------------------------------


@pytest.mark.parametrize(
    "text, cap",
    [
        (
            "U.N. sanctions cap Pyongyang's yearly purchases of oil products at 350,000 "
            "barrels, yet Russian tankers kept arriving.",
            350000,
        ),
        (
            "Pyongyang is limited to importing 480,000 barrels of refined products a year, but "
            "Russia delivered far more, the monitoring team said.",
            480000,
        ),
    ],
)
def test_a_cap_set_by_a_verb_is_no_count(english, text, cap):
    doc = english(text, published="2026-01-20")
    assert not [f for f in doc.figures if f.value == cap], doc.figures


def test_a_count_after_to_without_a_cap_stays(english):
    doc = english(
        "The North Korean contingent in Russia has risen to 14,200, Seoul's intelligence "
        "service said, although Moscow limits what it does.",
        published="2026-01-20",
    )
    assert [f for f in doc.figures if f.value == 14200], doc.figures


def test_moved_to_send_is_the_sending_told_once(english):
    doc = english(
        "North Korea moved to send about 2,700 more soldiers to Russia after the talks, "
        "Seoul's spy agency said.",
        published="2025-09-02",
    )
    sent = [e for e in doc.events if e.type in _AIDS and e.actor == "PRK"]
    assert len(sent) == 1 and sent[0].status == "planned", doc.events


# --- a transfer in the passive whose giver is named only on the cargo -----------------


@pytest.mark.parametrize(
    "text, giver, receiver",
    [
        (
            "North Korea has been supplied with Russian air defence missiles, Seoul's national "
            "security office said.",
            "RUS",
            "PRK",
        ),
        (
            "Russia was supplied with North Korean rockets throughout the winter, Kyiv's "
            "intelligence service said.",
            "PRK",
            "RUS",
        ),
    ],
)
def test_a_passive_transfer_s_giver_is_the_cargo_s_state(english, text, giver, receiver):
    doc = english(text, published="2025-12-01")
    assert _of(doc, "AID", giver, receiver), doc.events
    assert not _of(doc, "AID", receiver, giver), doc.events
