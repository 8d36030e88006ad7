"""Claims credited to an unnamed teller (experts, the press, sources, officials) get a
generic source, not null: the text does not assert them itself. An official of a state
named in the teller's own phrase speaks for it; experts and the press of a state do not;
a named teller always wins, a generic teller is never an actor or a target, and a fact
the text asserts gets no teller. Every sentence was written for these tests; names,
numbers and dates are made up."""

from __future__ import annotations

import pytest

from kansoku.model import Document, Event

GENERIC = {"experts", "media", "unnamed-sources", "unnamed-officials"}


def on(doc: Document, trigger: str) -> Event:
    found = [e for e in doc.events if trigger in e.trigger]
    assert found, f"no event on {trigger} in {doc.text!r}; events: {doc.events}"
    return found[0]


def read(facts, text: str) -> Document:
    return facts(text, "2025-06-11", language="en")


# ------------------------------------------------------------ generic tellers by their noun


@pytest.mark.parametrize(
    ("text", "trigger", "source", "status"),
    [
        ("Experts say North Korea has shipped about 70 towed howitzers to Russia since March.",
         "shipped", "experts", "reported"),
        ("Analysts believe Russia supplied North Korea with radar equipment last winter.",
         "supplied", "experts", "reported"),
        ("According to analysts, Pyongyang sent roughly 1,800 more engineers to the Belgorod "
         "region in April.", "sent", "experts", "reported"),
        ("Naval experts noted that North Korea delivered coastal artillery shells to Russian "
         "forces in May.", "delivered", "experts", "reported"),
        ("A think tank in Berlin said North Korea exported short-range missiles to Russia in "
         "early 2025.", "exported", "experts", "reported"),
        ("North Korea has handed Russia about 140 rocket launchers since September, analysts "
         "say.", "handed", "experts", "reported"),
        ("Sources said Russia transferred helicopter engines to North Korea last month.",
         "transferred", "unnamed-sources", "reported"),
        ("People familiar with the matter said North Korea dispatched 2,500 more troops to "
         "Russia in May.", "dispatched", "unnamed-sources", "reported"),
        ("North Korea shipped 6,000 containers of ammunition to Russia last year, a source "
         "told Reuters.", "shipped", "unnamed-sources", "reported"),
        ("North Korean troops arrived in Bryansk in February, according to people familiar "
         "with the deployment.", "arrived", "unnamed-sources", "reported"),
        ("Officials said North Korea deployed laborers to Russian shipyards in January.",
         "deployed", "unnamed-officials", "reported"),
        ("Media reports said Kim Jong Un will visit Vladivostok in September.",
         "visit", "media", "planned"),
        ("According to local media, North Korean workers arrived in Khabarovsk on Thursday.",
         "arrived", "media", "reported"),
    ],
    ids=["experts-say", "analysts-believe", "according-to-analysts", "experts-noted",
         "think-tank-in-a-city", "analysts-say-after", "sources-said", "people-familiar",
         "source-told-outlet", "according-to-people-familiar", "officials-said",
         "media-reports", "local-media"],
)  # fmt: skip
def test_an_unnamed_teller_is_credited_by_its_noun(facts, text, trigger, source, status):
    event = on(read(facts, text), trigger)
    assert (event.source, event.status) == (source, status)


def test_a_figure_gets_the_unnamed_teller_too(facts):
    doc = read(facts, "Experts say North Korea has sent about 9,000 soldiers to Russia so far.")
    assert {f.source for f in doc.figures} == {"experts"}


# ------------------------------------------------------------ a view no one holds


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("It is believed that North Korea shipped cruise missiles to Russia in March.",
         "shipped", "possible"),
        ("It is widely reported that Russia supplied North Korea with diesel in exchange "
         "for shells.", "supplied", "reported"),
    ],
    ids=["it-is-believed", "widely-reported"],
)  # fmt: skip
def test_a_view_no_one_holds_is_unnamed_sources(facts, text, trigger, status):
    event = on(read(facts, text), trigger)
    assert (event.source, event.status) == ("unnamed-sources", status)


# ------------------------------------------------------------ whose voice the phrase is


def test_officials_of_a_named_state_speak_for_it(facts):
    event = on(read(facts, "Ukrainian officials said North Korea supplied Russia with 90 "
                            "howitzers in February."), "supplied")  # fmt: skip
    assert event.source == "UKR"


def test_a_government_source_of_a_state_speaks_for_it(facts):
    text = "A South Korean government source said North Korea sent 1,200 more troops to Russia."
    assert on(read(facts, text), "sent").source == "KOR"


def test_experts_of_a_state_are_not_the_state(facts):
    text = "South Korean analysts said North Korea sent 4,000 more soldiers to Russia in May."
    assert on(read(facts, text), "sent").source == "experts"


def test_the_press_of_a_state_is_not_the_state(facts):
    text = "Russian media reported that North Korean builders arrived in Kazan in October."
    assert on(read(facts, text), "arrived").source == "media"


def test_state_media_speak_for_their_state(facts):
    text = "North Korean state media reported that Kim Jong Un met Andrei Belousov on Sunday."
    assert on(read(facts, text), "met").source == "PRK"


# ------------------------------------------------------------ negatives


def test_a_named_outlet_wins(facts):
    text = "North Korea sent 1,300 engineers to Russia in March, Yonhap reported, citing sources."
    assert on(read(facts, text), "sent").source == "yonhap"


def test_a_named_agency_wins(facts):
    text = "North Korea sent 2,200 troops to Russia in April, South Korea's spy agency said."
    assert on(read(facts, text), "sent").source == "national-intelligence-service"


def test_experts_of_a_named_institute_are_the_institute(facts):
    text = "Experts at the Stimson Center said North Korea sent tank engines to Russia in July."
    assert on(read(facts, text), "sent").source not in GENERIC


def test_an_analyst_named_after_the_noun_is_no_generic_teller(facts):
    text = "Analyst Marta Lindqvist said North Korea sent tank engines to Russia in July."
    assert on(read(facts, text), "sent").source not in GENERIC


def test_a_generic_teller_is_never_an_actor_or_target(facts):
    doc = read(facts, "North Korea sent military experts to Russia in August, officials said.")
    for event in doc.events:
        assert event.actor not in GENERIC and event.target not in GENERIC
    doc = read(facts, "Moscow sent a team of 30 government officials to Pyongyang in April.")
    for event in doc.events:
        assert event.actor not in GENERIC and event.target not in GENERIC


def test_an_asserted_fact_gets_no_teller(facts):
    text = "North Korea sent 3,000 troops to Russia in 2024, and analysts believe Pyongyang may send more."
    doc = read(facts, text)
    assert on(doc, "sent").source is None and on(doc, "sent").status == "asserted"
    hedged = [e for e in doc.events if e.status == "possible"]
    assert hedged and all(e.source == "experts" for e in hedged)


def test_a_panel_of_experts_named_as_a_body_tells_nothing(facts):
    text = "Russia vetoed a panel of UN experts on Pyongyang in March, weeks after it said " \
        "North Korea shipped missiles to Russia."  # fmt: skip
    assert all(e.source not in GENERIC for e in read(facts, text).events)


# ------------------------------------------------------------ wire forms


def test_a_teller_closing_with_a_day_and_an_aside(facts):
    text = ("North Korea has shipped around 3,800 containers of munitions to Russia since "
            "April, analysts said Tuesday, pointing to new satellite imagery of Najin port.")  # fmt: skip
    assert on(read(facts, text), "shipped").source == "experts"


def test_an_inverted_teller_after_the_claim(facts):
    text = ("North Korea has delivered about 110 artillery systems to Russia this year, said "
            "a researcher at a Busan think tank, who asked not to be named.")  # fmt: skip
    assert on(read(facts, text), "delivered").source == "experts"


def test_the_press_placed_in_a_state_is_not_the_state(facts):
    text = "Media reports in Japan said Kim Jong Un could travel to Moscow in November."
    assert on(read(facts, text), "travel").source == "media"


def test_state_media_of_no_state_named_is_left_to_the_paragraph(facts):
    text = "Russian envoy Lev Orlov visited Pyongyang on Thursday, state media reported."
    assert all(e.source not in GENERIC for e in read(facts, text).events)


def test_the_sources_told_of_before_are_no_new_teller(facts):
    text = "The sources said North Korea sent 1,700 more laborers to Russia in August."
    assert on(read(facts, text), "sent").source not in GENERIC


def test_bare_officials_go_on_from_the_agency_just_credited(facts):
    text = ("SEOUL, July 8 (Yonhap) -- South Korea's spy agency told lawmakers that North "
            "Korea sent about 2,600 more troops to Russia in June. Officials said North Korea "
            "also shipped 35 howitzers to Russia in June.")  # fmt: skip
    assert on(read(facts, text), "shipped").source == "national-intelligence-service"


def test_a_new_paragraph_of_experts_is_theirs(facts):
    text = ("SEOUL, July 8 (Yonhap) -- South Korea's spy agency told lawmakers that North "
            "Korea sent about 2,600 more troops to Russia in June.\n\nSeparately, experts said "
            "North Korea also shipped 35 howitzers to Russia in June.")  # fmt: skip
    doc = read(facts, text)
    assert on(doc, "sent").source == "national-intelligence-service"
    assert on(doc, "shipped").source == "experts"


def test_one_official_in_a_wire_paragraph_goes_on_from_the_state_before(facts):
    text = ("Ukrainian officials say North Korea has sent 2,300 more troops to Russia.\n\n"
            "One official said North Korea also shipped 65 howitzers to Russia in July.")  # fmt: skip
    assert on(read(facts, text), "shipped").source == "UKR"
