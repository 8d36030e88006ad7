"""Credits a wire story gives across and around its sentences (issue #10): an opening told by
the teller whose account follows it, a sentence that only credits the one before it, unnamed
lawmakers and agencies pointed back at, verbs of judging, "as per", "it is estimated that",
a state before a headline's colon, a participle after a closing speaker (articles written
for the tests, with new names and numbers)."""

from __future__ import annotations

import pytest
from conftest import one

_UKR_INTEL = ("UKR", "ukrainian-military-intelligence")
_NIS = ("KOR", "national-intelligence-service")


def _sources(doc, value):
    return [f.source for f in doc.figures if f.value == value]


def test_a_lead_is_told_by_the_teller_whose_account_follows_it(english):
    doc = english(
        "North Korea has sent some 2,300 more soldiers to Russia's Kursk region.\n\n"
        "South Korea's National Intelligence Service told lawmakers on Thursday that the "
        "soldiers had arrived by train in late May.\n\n"
        "Pyongyang and Moscow signed a mutual defence treaty last year."
    )
    lead = [e for e in doc.events if e.type == "AID" and e.start == 0]
    assert lead and lead[0].source in _NIS and lead[0].status == "reported"
    assert _sources(doc, 2300) and _sources(doc, 2300)[0] in _NIS


def test_a_story_told_after_its_lead_leaves_later_background_alone(english):
    doc = english(
        "North Korea has sent some 2,300 more soldiers to Russia's Kursk region.\n\n"
        "The NIS said on Thursday that the soldiers had arrived in late May.\n\n"
        "The two countries have since expanded their cooperation.\n\n"
        "Russia shipped 40,000 tonnes of fuel to North Korea in April."
    )
    fuel = [e for e in doc.events if e.type == "AID" and e.actor == "RUS"]
    assert fuel and fuel[0].source is None and fuel[0].status == "asserted"


def test_a_lead_that_names_a_described_source_keeps_it(english):
    doc = english(
        "Russia sold North Korea 250 tonnes of diesel in June, according to a Dutch "
        "research group.\n\nLavrov said the trade broke no rule."
    )
    sale = [e for e in doc.events if e.type == "AID"]
    assert sale and sale[0].source != "sergei-lavrov"


@pytest.mark.parametrize(
    "credit",
    [
        "That is according to Ukraine's military intelligence, which released the figure on "
        "Sunday.",
        "That's according to Ukraine's military intelligence.",
        "The figures come from Ukraine's military intelligence.",
    ],
)
def test_a_sentence_that_only_credits_the_one_before(english, credit):
    doc = english(
        "Pyongyang has sent roughly 3,800 military engineers to Russia to clear mines. "
        + credit
        + "\n\nThe engineers are based near Sudzha."
    )
    assert one(doc, "AID").source in _UKR_INTEL
    assert _sources(doc, 3800) and _sources(doc, 3800)[0] in _UKR_INTEL


def test_a_back_credit_to_experts_names_no_state(english):
    doc = english(
        "Pyongyang has sent roughly 3,800 military engineers to Russia. That is according "
        "to South Korean experts."
    )
    assert one(doc, "AID").source is None


def test_lawmakers_pointed_back_at_serve_their_state(english):
    doc = english(
        "Some North Korean generals may have reached the front, South Korean lawmakers said "
        "on Tuesday after a briefing by the spy agency.\n\n"
        "North Korea had also sent about 5,200 labourers to Russia this year, according to "
        "the lawmakers attending the closed-door session."
    )
    assert _sources(doc, 5200) == ["KOR"]


@pytest.mark.parametrize("subject", ["The top spy agency", "The country's intelligence agency"])
def test_an_agency_pointed_back_at_past_a_modifier(english, subject):
    doc = english(
        "South Korea's National Intelligence Service briefed parliament on Wednesday.\n\n"
        f"{subject} said it had confirmed that around 2,600 North Korean soldiers were sent to "
        "Russia in October."
    )
    assert _sources(doc, 2600) and _sources(doc, 2600)[0] in _NIS


def test_a_defense_ministry_is_no_reference_to_another_agency(english):
    doc = english(
        "Ukraine's military intelligence spoke on Friday.\n\n"
        "The defense ministry said North Korea had shipped 90 howitzers to Russia."
    )
    assert one(doc, "AID").source not in _UKR_INTEL


@pytest.mark.parametrize("verb", ["analyzed", "analysed", "conveyed"])
def test_verbs_of_judging_and_relaying_credit_their_subject(english, verb):
    doc = english(
        f"The National Intelligence Service {verb} that North Korea has supplied more than "
        "9 million artillery shells to Russia since 2023."
    )
    assert one(doc, "AID").source in _NIS


def test_as_per_credits_its_name(english):
    doc = english("Pyongyang has shipped some 140 howitzers to Moscow, as per the NIS.")
    assert one(doc, "AID").source in _NIS


def test_it_is_estimated_that_continues_the_paragraphs_teller(english):
    doc = english(
        "The troops are held at bases near Vladivostok, as per the NIS. By March, it is "
        "estimated that around 14,500 North Korean soldiers will have been sent to Russia."
    )
    counted = [f for f in doc.figures if f.value == 14_500]
    assert counted and counted[0].source in _NIS and counted[0].status != "asserted"


def test_it_is_estimated_that_alone_is_someones_word(english):
    doc = english("It is estimated that North Korea sent 6,100 soldiers to Russia in the autumn.")
    assert one(doc, "AID").status == "reported"


@pytest.mark.parametrize(
    ("headline", "source"),
    [
        ("US: North Korea delivered 1,400 containers of munitions to Russia", "USA"),
        ("North Korea: Pyongyang has shipped 1,400 containers to Moscow", None),
    ],
)
def test_a_state_before_a_headlines_colon_tells_when_another_state_follows(
    english, headline, source
):
    doc = english(headline + "\n\nThe shipments drew notice from analysts in the region.")
    assert one(doc, "AID").source == source


def test_a_participle_after_a_closing_speaker_goes_on_in_its_words(english):
    doc = english(
        "North Korea has sent 9,400 soldiers to Russia, the Pentagon said on Monday, putting "
        "the number of artillery shells North Korea has shipped at 4 million."
    )
    shipped = [e for e in doc.events if e.trigger == "shipped"]
    assert shipped and shipped[0].source == "pentagon"
    assert _sources(doc, 4_000_000) == ["pentagon"]


def test_a_participle_citing_someone_is_no_act_of_the_speaker(english):
    doc = english(
        "North Korea has sent 9,400 soldiers to Russia, Yonhap reported on Monday, citing the NIS."
    )
    assert one(doc, "AID").source in (*_NIS, "yonhap")


def test_a_passive_verb_of_saying_credits_its_agent_and_the_lead_before(english):
    doc = english(
        "North Korea has sent 4,700 more troops to Russia.\n\n"
        "The deployment was announced by South Korea's spy agency on Tuesday, which said the "
        "troops had left from the port of Chongjin."
    )
    assert _sources(doc, 4700) and _sources(doc, 4700)[0] in _NIS


@pytest.mark.parametrize(
    "credit",
    [
        "The deployment was first reported by South Korea's spy agency on Tuesday.",
        "The move was officially confirmed by South Korea's spy agency.",
    ],
)
def test_an_adverb_before_a_passive_verb_of_saying_keeps_its_agent(english, credit):
    doc = english("North Korea has sent 4,700 more troops to Russia. " + credit)
    assert _sources(doc, 4700) and _sources(doc, 4700)[0] in _NIS


def test_quoted_by_an_outlet_stays_the_quoted_speakers_word(english):
    doc = english(
        "Shoigu was quoted by TASS as saying that North Korea would send 2,400 builders to Russia."
    )
    assert _sources(doc, 2400) == ["sergei-shoigu"]


@pytest.mark.parametrize(
    ("line", "sources"),
    [
        (
            '[Choi Ha-neul/National Assembly Intelligence Committee member: "North Korea has '
            'sent an additional 3,300 troops to Russia."]',
            ("KOR", "national-assembly-intelligence-committee"),
        ),
        (
            '[Maria Zakharova/Russian Foreign Ministry Spokesperson: "North Korea has not sent '
            'troops, but it has sent 3,300 builders to Russia."]',
            ("maria-zakharova",),
        ),
    ],
)
def test_a_broadcast_soundbite_is_its_labelled_speakers(english, line, sources):
    doc = english("[Report]\n\nThe committee met behind closed doors on Monday.\n\n" + line)
    counted = _sources(doc, 3300)
    assert counted and counted[0] in sources
