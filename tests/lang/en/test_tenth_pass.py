"""English, tenth pass (articles written for the tests, new names and numbers): who says
so for acts that are in the saying (a denial, a condemnation told by its doer), rejecting
a claim as a denial, a closing speaker who told a paper by name, a capital speaking as
the referent of "it", a possessive pronoun before troops as the subject, helping that goes
straight on to another verb, transfers named only by a demonym on their cargo, and
"struck" as an attack but not a deal."""

from __future__ import annotations

import pytest
from lang.en.test_eighth_pass import _of

# --- who says so: a voiced act is its speaking doer's own word ---------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Kremlin spokesman Dmitry Peskov on Thursday dismissed reports that Russian "
            "engineers were building launch pads in North Korea.",
            "dmitry-peskov",
        ),
        (
            "Russia's Foreign Ministry denied that North Korean labourers were working at "
            "Russian shipyards, calling the reports slander.",
            "russian-foreign-ministry",
        ),
    ],
)
def test_a_denial_told_by_a_speaker_is_the_speaker_s_word(english, text, speaker):
    doc = english(text)
    denials = _of(doc, "REJECT")
    assert denials and all(e.source == speaker for e in denials), doc.events


def test_a_condemnation_by_a_state_s_office_is_that_office_s_word(english):
    doc = english(
        "Seoul's defence ministry on Wednesday condemned North Korea's dispatch of 2,600 more "
        "troops to Russia as a violation of international law."
    )
    accusations = _of(doc, "ACCUSE", "KOR")
    assert accusations and accusations[0].source in ("seoul", "KOR"), doc.events


def test_a_state_named_alone_denying_stays_the_writer_s_background(english):
    doc = english(
        "Pyongyang has long denied selling weapons to Moscow, although satellite images "
        "suggest otherwise."
    )
    assert all(e.source is None for e in _of(doc, "REJECT")), doc.events


# --- rejecting a claim is a denial ---------------------------------------------------


def test_rejecting_reports_is_a_denial(english):
    doc = english(
        "The Kremlin on Monday rejected reports that Russia had supplied North Korea with "
        "submarine reactor designs."
    )
    assert _of(doc, "REJECT"), doc.events
    assert any(e.status == "denied" for e in _of(doc, "AID", "RUS", "PRK")), doc.events


def test_rejecting_a_proposal_is_no_denial(english):
    doc = english(
        "North Korea rejected a Russian proposal to hold joint drills in the Sea of Japan "
        "next spring."
    )
    assert not [e for e in doc.events if e.mode == "denial"], doc.events


# --- a closing speaker who told a paper by name ----------------------------------------


def test_a_source_that_told_a_named_newspaper_is_credited(english):
    doc = english(
        "North Korea is shipping artillery shells to Russia by rail through Tumangang, a "
        "source in South Korea's government told the Dong-a Ilbo newspaper."
    )
    sent = _of(doc, "AID", "PRK", "RUS")
    assert sent and sent[0].status == "reported" and sent[0].source is not None, doc.events


# --- pronoun subjects ------------------------------------------------------------------


def test_a_capital_speaking_is_what_it_stands_for(english):
    doc = english("Moscow denied the claims that it had shipped fighter jets to Pyongyang.")
    assert any(e.status == "denied" for e in _of(doc, "AID", "RUS", "PRK")), doc.events


def test_its_troops_are_the_speaker_s_state_s(english):
    doc = english(
        "North Korea said on Monday that its troops had helped Russia retake the border "
        "district of Glushkovo."
    )
    assert _of(doc, "AID", "PRK", "RUS"), doc.events


def test_its_attack_drones_stay_a_noun(english):
    doc = english("North Korea said its attack drones had been shown to visiting officials.")
    assert not _of(doc, "ASSAULT"), doc.events


# --- helping that goes straight on to another verb ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korean soldiers helped push Ukrainian units out of the Kursk region, "
        "Russia's General Staff said on Saturday.",
        "North Korean gunners had helped drive Ukrainian forces from two villages, Moscow said.",
    ],
)
def test_helping_another_verb_is_not_aimed_at_its_object(english, text):
    doc = english(text)
    assert _of(doc, "AID", "PRK", "RUS"), doc.events
    assert not [e for e in doc.events if e.target == "ukrainian-armed-forces"], doc.events


def test_helping_rebuild_a_place_still_aims_at_its_state(english):
    doc = english("North Korean sappers will help rebuild Kursk, a Russian official said.")
    assert _of(doc, "AID", "PRK", "RUS"), doc.events


# --- a transfer named by the demonym on its cargo ----------------------------------------


@pytest.mark.parametrize(
    "text, actor, target",
    [
        (
            "Tokyo condemned the transfer of Russian missile guidance technology to North "
            "Korea, its top government spokesman said on Friday.",
            "RUS",
            "PRK",
        ),
        (
            "The delivery of Russian mobile air defence systems to North Korea was "
            "confirmed by Seoul's spy agency on Wednesday.",
            "RUS",
            "PRK",
        ),
        (
            "The shipments of North Korean artillery rockets to Russia went on through "
            "January, two Western officials said.",
            "PRK",
            "RUS",
        ),
    ],
)
def test_a_transfer_noun_is_given_by_its_cargo_s_demonym(english, text, actor, target):
    doc = english(text)
    assert _of(doc, "AID", actor, target), doc.events
    assert not _of(doc, "AID", target, actor), doc.events


# --- struck: an attack, not a deal ---------------------------------------------------------


def test_struck_positions_is_an_attack(english):
    doc = english(
        "Ukraine's army said its forces had struck North Korean positions near Sudzha overnight."
    )
    assert _of(doc, "ASSAULT", "UKR"), doc.events


def test_troops_struck_by_drones_are_the_target(english):
    doc = english("North Korean troops were struck by Ukrainian drones near Sudzha, Kyiv said.")
    assert _of(doc, "ASSAULT", "UKR"), doc.events
    assert not _of(doc, "ASSAULT", "PRK"), doc.events


@pytest.mark.parametrize(
    "text",
    [
        "Russia and North Korea struck a deal on fuel deliveries last spring, officials said.",
        "Analysts described the accord the two capitals struck as a marriage of convenience.",
    ],
)
def test_striking_a_deal_is_no_attack(english, text):
    doc = english(text)
    assert not _of(doc, "ASSAULT"), doc.events


# --- a speaking "he" after an unnamed official ----------------------------------------------


def test_he_after_an_unnamed_official_is_that_official_s_office(english):
    doc = english(
        "A senior South Korean military official said on Friday that North Korea was "
        "training a new contingent.\n"
        '"They are drilling about 4,000 soldiers near Wonsan," the official said. '
        '"Some could leave within weeks."\n'
        "The North also sent some 150 mechanics to Russia to service armoured vehicles, "
        "he said."
    )
    sent = [e for e in _of(doc, "AID", "PRK", "RUS") if "mechanics" in doc.text[e.start : e.end]]
    assert sent and sent[0].source is not None, doc.events


def test_he_after_a_named_person_stays_that_person(english):
    doc = english(
        "Ukraine's military intelligence chief Kyrylo Budanov spoke to reporters on Monday.\n"
        "North Korea has sent about 900 more artillerymen to Russia, he said."
    )
    sent = _of(doc, "AID", "PRK", "RUS")
    assert sent and sent[0].source == "kyrylo-budanov", doc.events


# --- a count whose noun is left out, before an event verb ---------------------------------


def test_a_bare_count_before_an_event_verb_counts_the_noun_named_before(english):
    doc = english(
        "North Korea has been sending construction workers to Russia's Far East, a Seoul "
        "official said, adding that at least 13,500 had arrived since January."
    )
    assert any(f.value == 13500 for f in doc.figures), doc.figures


def test_a_year_before_a_verb_is_no_count(english):
    doc = english(
        "Russia and North Korea have sent troops to joint drills; 2025 was declared a "
        "year of friendship, officials said."
    )
    assert not any(f.value == 2025 for f in doc.figures), doc.figures


# --- give: an aid only with cargo as its first object ---------------------------------------


@pytest.mark.parametrize(
    "text, actor, target",
    [
        ("North Korea has given Russia millions of mortar shells, Kyiv says.", "PRK", "RUS"),
        ("Russia gave North Korea diesel and wheat last winter, a lawmaker said.", "RUS", "PRK"),
    ],
)
def test_giving_cargo_is_aid(english, text, actor, target):
    doc = english(text)
    assert _of(doc, "AID", actor, target), doc.events


@pytest.mark.parametrize(
    "text",
    [
        "Kremlin spokesman Dmitry Peskov gave no details about North Korean troops in Russia.",
        "Lavrov gave Choe a porcelain vase at the end of their talks in Moscow.",
    ],
)
def test_giving_words_or_gifts_is_no_aid(english, text):
    doc = english(text)
    assert not _of(doc, "AID"), doc.events
