"""English news, second attribution round: denials pointing back, counts put at a number,
counts continuing the one before, units of troops and guns, sources described first
(sentences written for the tests)."""

from __future__ import annotations

import pytest

from kansoku.model import Document

PUBLISHED = "2024-11-20"


def denied(doc: Document):
    return [e for e in doc.events if e.type == "AID" and e.status == "denied"]


@pytest.mark.parametrize(
    ("denial", "denier"),
    [
        ("The Kremlin denied the allegations.", "kremlin"),
        ("Moscow has dismissed such claims as propaganda.", "RUS"),
        ("Pyongyang denied it.", "PRK"),
        ("Pyongyang has flatly denied the deployment.", "PRK"),
    ],
)
def test_a_denial_pointing_back_keeps_the_claim_as_denied(english, denial, denier):
    claim = "Kyiv's military said North Korea had dispatched 900 gunners to Russia."
    doc = english(f"{claim} {denial}")
    copies = denied(doc)
    assert copies, doc.events
    if denier:
        assert copies[0].source == denier
    assert any(e.status == "reported" and e.source == "UKR" for e in doc.events)


def test_a_denial_telling_an_act_of_its_own_keeps_no_copy_of_the_sentence_before(english):
    doc = english(
        "Kyiv's military said North Korea had dispatched 900 gunners to Russia. "
        "Moscow rejected the claims that it had sent arms to Pyongyang."
    )
    copies = denied(doc)
    assert all(e.actor != "PRK" for e in copies), copies


def test_a_denial_of_the_report_keeps_its_earlier_claims_as_denied(english):
    doc = english(
        "North Korea has dispatched 700 gunners to Russia, Kyiv's military said on Monday.\n\n"
        '"They arrived by rail," an officer told reporters.\n\n'
        "Kremlin spokesman Dmitry Peskov dismissed the report as invented."
    )
    copies = denied(doc)
    assert copies and copies[0].source == "dmitry-peskov", doc.events


def counts(doc: Document, kind: str):
    return [f for f in doc.figures if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "kind", "value", "source"),
    [
        (
            "Kyiv's intelligence put the number of North Korean gunners in Russia at 9,500.",
            "troops",
            9500,
            "UKR",
        ),
        ("Seoul pegged North Korean losses in Russia at 2,300.", "casualties", 2300, "KOR"),
        (
            "North Korea moved 4,000 soldiers to Russia in May, Kyiv said. "
            "In June the Pentagon put the figure at 6,000.",
            "troops",
            6000,
            "pentagon",
        ),
    ],
)
def test_a_count_put_at_a_number(english, text, kind, value, source):
    found = [f for f in counts(english(text), kind) if f.value == value]
    assert found, english(text).figures
    assert found[0].source == source
    assert found[0].status == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang has moved 4,000 soldiers to Russia, and another 1,200 are to follow.",
        "Pyongyang has moved 4,000 soldiers to Russia. A further 1,200 arrived in May.",
        "Pyongyang has moved 4,000 soldiers to Russia, and 1,200 more could go.",
    ],
)
def test_a_count_whose_noun_is_left_out_continues_the_count_before(english, text):
    found = [f for f in counts(english(text), "troops") if f.value == 1200]
    assert found, english(text).figures
    assert found[0].measure == "additional"


def test_an_addition_with_nothing_counted_before_is_no_count(english):
    assert not english("Moscow and Pyongyang signed another 12 deals.").figures


@pytest.mark.parametrize(
    ("text", "kind", "value", "measure"),
    [
        ("Pyongyang has handed Moscow 60 self-propelled howitzers.", "artillery", 60, "howitzers"),
        (
            "Pyongyang has handed Moscow 30 multiple rocket launchers.",
            "artillery",
            30,
            "launchers",
        ),
        ("Pyongyang moved two brigades into Russia.", "formations", 2, "brigades"),
        (
            "Pyongyang moved five battalions of sappers into Russia.",
            "formations",
            5,
            "battalions",
        ),
    ],
)
def test_guns_and_formations_are_counted(english, text, kind, value, measure):
    found = counts(english(text), kind)
    assert found and found[0].value == value, english(text).figures
    assert found[0].measure == measure


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Russia sold North Korea 300 tons of oil in May, according to port data "
            "studied by a British think tank.\n\n"
            "The Royal United Services Institute said the tankers sailed at night.",
            "rusi",
        ),
    ],
)
def test_a_source_described_first_and_named_next(english, text, source):
    doc = english(text)
    sale = [e for e in doc.events if e.type == "AID"]
    assert sale and sale[0].source == source, doc.events
    assert counts(doc, "oil")[0].source == source


def test_a_description_followed_by_another_speaker_of_another_kind_is_not_named(english):
    doc = english(
        "Russia sold North Korea 300 tons of oil in May, according to a British think "
        "tank.\n\nPutin said the sales were lawful."
    )
    sale = [e for e in doc.events if e.type == "AID"]
    assert sale and sale[0].source != "vladimir-putin", doc.events


def test_a_speaker_described_by_an_aside_after_an_unknown_name(english):
    doc = english(
        "Pyongyang has dispatched 800 sappers to Russia, Baek Ji-ho, a South Korean "
        "lawmaker, told reporters."
    )
    assert [e.source for e in doc.events if e.type == "AID"] == ["KOR"], doc.events


@pytest.mark.parametrize(
    "text",
    [
        "North Korea has dispatched 800 sappers to Russia, said lawmaker Baek Ji-ho, who "
        "sits on the intelligence committee.",
        "North Korea has dispatched 800 sappers to Russia, according to lawmakers briefed "
        "behind closed doors.",
    ],
)
def test_lawmakers_named_without_a_state_are_the_publishing_states(facts, text):
    doc = facts(text, PUBLISHED, "en", "https://en.yna.co.kr/view/AEN0000")
    assert [e.source for e in doc.events if e.type == "AID"] == ["KOR"], doc.events


def test_lawmakers_of_a_named_state_are_not_the_publishing_states(facts):
    doc = facts(
        "North Korea has dispatched 800 sappers to Russia, Russian lawmakers said.",
        PUBLISHED,
        "en",
        "https://en.yna.co.kr/view/AEN0000",
    )
    assert [e.source for e in doc.events if e.type == "AID"] == ["RUS"], doc.events


def test_a_source_described_by_its_city_and_named_two_sentences_later(english):
    doc = english(
        "Pyongyang is shipping shells to Moscow by sea, according to a Washington think "
        "tank.\n\nThe ships sailed at night.\n\nThe Center for Strategic and International "
        "Studies said in a report that 40 railcars waited at the border."
    )
    shipping = [e for e in doc.events if e.type == "AID"]
    assert shipping and shipping[0].source == "csis", doc.events
    assert counts(doc, "railcars")[0].value == 40


def test_the_figure_put_at_continues_the_kind_and_measure_before(english):
    doc = english(
        "Kyiv says up to 6,000 North Korean soldiers in Russia have been killed or "
        "wounded. Seoul put the figure at 4,200."
    )
    found = [f for f in counts(doc, "casualties") if f.value == 4200]
    assert found and found[0].measure == "casualties", doc.figures
    assert found[0].source == "KOR"


def test_people_in_a_place_are_counted_by_what_befell_them(english):
    doc = english("Kyiv said 70 North Korean soldiers in Kursk had been killed by Russia's side.")
    assert [f.measure for f in counts(doc, "casualties")] == ["killed"], doc.figures


def test_a_length_of_time_is_no_count(english):
    doc = english("Kyiv said 45 North Korean soldiers in Russia were injured over three days.")
    assert [f.value for f in doc.figures] == [45], doc.figures


def test_they_after_a_states_own_forces_is_that_state(english):
    doc = english(
        "Ukraine's border guards said they had killed 12 North Korean soldiers near Kursk "
        "in Russia."
    )
    killing = [e for e in doc.events if e.type == "ASSAULT" and e.mode == "killing"]
    assert killing and killing[0].actor == "UKR", doc.events


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Pyongyang has received fighter jets from Moscow, Seoul said.", "RUS", "PRK"),
        ("Moscow received rockets from Pyongyang, Kyiv said.", "PRK", "RUS"),
    ],
)
def test_who_receives_is_whom_the_aid_goes_to(english, text, actor, target):
    aid = [e for e in english(text).events if e.type == "AID"]
    assert aid and (aid[0].actor, aid[0].target) == (actor, target), aid


def test_receiving_a_visitor_is_no_aid(english):
    doc = english("Pyongyang received an envoy from Moscow on Friday.")
    assert not [e for e in doc.events if e.type == "AID"], doc.events


def test_quoted_as_saying_by_an_outlet_credits_the_speaker(english):
    doc = english(
        "North Korea has dispatched 800 sappers to Russia, Kyrylo Budanov was quoted as "
        "saying by a Kyiv daily."
    )
    assert [e.source for e in doc.events if e.type == "AID"] == ["kyrylo-budanov"], doc.events


def test_a_lawmaker_of_a_named_state_keeps_the_state_when_someone_else_speaks_next(english):
    doc = english(
        "North Korea has dispatched 800 sappers to Russia, a South Korean lawmaker said.\n\n"
        "Zelensky said the sappers were clearing mines."
    )
    assert [e.source for e in doc.events if e.type == "AID"][:1] == ["KOR"], doc.events
