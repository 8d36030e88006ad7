"""Attribution and count forms of English wire copy beyond the common "X said" (issue #10):
asides that close before what is said, parenthetical speakers, unnamed speakers pointed
back at, headline credits set off by a dash, and counts written with a shared scale, a
calibre or a hyphenated scale (sentences written for the tests)."""

from __future__ import annotations

import pytest
from conftest import one


def test_a_name_past_the_comma_of_according_to_is_not_the_source(english):
    doc = english(
        "According to the officer, Pyongyang also shipped about 180 howitzers to Moscow "
        "over the winter months."
    )
    assert one(doc, "AID").source != "pyongyang"
    assert [f.source for f in doc.figures if f.value == 180] == [None]


def test_an_aside_before_a_verb_dated_and_followed_by_that(english):
    doc = english(
        "Ukraine's military intelligence, known as HUR, said last week that Pyongyang had "
        "shipped about 1.2 million artillery rounds to Moscow since spring."
    )
    assert one(doc, "AID").source in ("UKR", "ukrainian-military-intelligence")
    shells = [f for f in doc.figures if f.value == 1_200_000]
    assert shells and shells[0].source in ("UKR", "ukrainian-military-intelligence")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Pyongyang, a U.S. official said, has shipped rockets to Moscow again.", "USA"),
        ("The rockets, Kirby said, were shipped by Pyongyang to Moscow in May.", "john-kirby"),
    ],
)
def test_a_parenthetical_speaker_credits_the_whole_clause(english, text, source):
    event = one(english(text), "AID")
    assert (event.actor, event.source) == ("PRK", source)


def test_an_unnamed_speaker_pointed_back_at_serves_whom_it_was_described_by(english):
    doc = english(
        "A senior U.S. defense official briefed reporters on Monday about the fighting.\n\n"
        "The official said some 2,700 North Korean soldiers were still deployed in Kursk."
    )
    troops = [f for f in doc.figures if f.value == 2700]
    assert troops and troops[0].source == "USA"


def test_citing_in_an_aside_leaves_the_outlet_as_speaker(english):
    doc = english(
        "Yonhap, citing a government source, reported that Pyongyang had shipped rockets "
        "to Moscow in the spring."
    )
    assert one(doc, "AID").source == "yonhap"


@pytest.mark.parametrize(
    ("text", "source", "status"),
    [
        ("North Korea sends more rockets to Russia - South Korean spy agency", "KOR", "reported"),
        ("North Korea sends more rockets to Russia - report", None, "reported"),
        ("North Korea sends more rockets to Russia - a risky bet", None, "asserted"),
    ],
)
def test_a_headline_credit_after_a_dash(english, text, source, status):
    event = one(english(text + "\n\nThe shipments drew notice from analysts in the region."), "AID")
    assert event.status == status
    assert event.source in ((source, "national-intelligence-service") if source else (None,))


def test_a_pronoun_after_the_day_of_saying_is_the_speaker(english):
    doc = english("North Korea said on Monday it had shipped rockets to Russia under the pact.")
    event = one(doc, "AID")
    assert (event.actor, event.source) == ("PRK", "PRK")


def test_an_office_named_by_its_state_possessive_is_the_office(english):
    doc = english(
        "Ukraine's defense ministry spoke of the front on Monday. The ministry said "
        "Pyongyang had shipped rockets to Moscow."
    )
    assert one(doc, "AID").source == "ukrainian-ministry-of-defence"


@pytest.mark.parametrize(
    ("text", "value", "value_max"),
    [
        ("Pyongyang has sent 13 to 14,000 soldiers to Russia, Seoul said.", 13_000, 14_000),
        (
            "Pyongyang has shipped 2 to 3 million shells to Russia, Seoul said.",
            2_000_000,
            3_000_000,
        ),
        ("Pyongyang has shipped 50 to 100 missiles to Russia, Seoul said.", 50, 100),
    ],
)
def test_a_lower_bound_shares_the_scale_of_a_round_upper_bound(english, text, value, value_max):
    found = [(f.value, f.value_max) for f in english(text).figures]
    assert (value, value_max) in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pyongyang may have shipped 5 million 152mm shells to Russia, Seoul said.", 5_000_000),
        ("Pyongyang may have shipped 5 million 122-mm rounds to Russia, Seoul said.", 5_000_000),
        ("Pyongyang has sent 14-thousand soldiers to Russia, the NIS said.", 14_000),
        ("Some two-thousand-300 North Korean soldiers were sent to Russia, the NIS said.", 2_300),
        ("Pyongyang has sent no fewer than 2,100 soldiers to Russia, Seoul said.", 2_100),
        ("Pyongyang shipped 170 long-range artillery pieces to Russia, Seoul said.", 170),
    ],
)
def test_counts_written_with_a_calibre_a_hyphenated_scale_or_a_bound(english, text, value):
    figures = english(text).figures
    assert [f.value for f in figures] == [value]


def test_no_more_than_stays_a_cap(english):
    doc = english("Under the resolution, Pyongyang may import no more than 400,000 barrels of oil.")
    assert not [f for f in doc.figures if f.value == 400_000]


def test_a_clash_with_forces_is_combat_against_them(english):
    doc = english("North Korean troops clashed with Ukrainian forces near Kursk, Kyiv said.")
    event = one(doc, "ASSAULT")
    assert event.actor == "PRK" and event.target is not None


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("More than 9,000 of Pyongyang's soldiers are now in Russia, Seoul said.", 9_000, "troops"),
        (
            "Arms sales to Russia earned Pyongyang 15 billion U.S. dollars, Seoul said.",
            15e9,
            "money",
        ),
        (
            "The battles left some 700 North Korean soldiers dead in Russia, Seoul said.",
            700,
            "casualties",
        ),
    ],
)
def test_counts_past_a_possessive_a_state_named_currency_or_left_dead(english, text, value, kind):
    figures = [(f.value, f.kind) for f in english(text).figures]
    assert (value, kind) in figures


def test_the_day_of_a_date_before_that_counts_nothing(english):
    doc = english(
        "Zelensky said on Nov. 18 that North Korean soldiers had reached Kursk in Russia."
    )
    assert not [f for f in doc.figures if f.value == 18]


def test_an_addressee_named_with_words_after_it_closes_the_sentence(english):
    doc = english(
        "Kim Jong Un has decided to send 1,200 deminers to Russia, Sergei Shoigu told Russian "
        "state television on Tuesday."
    )
    deminers = [f for f in doc.figures if f.value == 1200]
    assert deminers and deminers[0].source == "sergei-shoigu"


def test_the_ministry_of_national_defense_is_the_home_states(english):
    doc = english(
        "North Korea has sent 2,600 more troops to Russia this year, the Ministry of National "
        "Defense said Monday.",
        url="https://en.yna.co.kr/view/AEN20250101000000315",
    )
    troops = [f for f in doc.figures if f.value == 2600]
    assert troops and troops[0].source == "KOR"


def test_a_quotation_over_two_sentences_is_the_closing_speakers(english):
    doc = english(
        '"Pyongyang has shipped more rockets to Moscow. We are watching it very closely," '
        "Kirby told reporters on Tuesday."
    )
    event = one(doc, "AID")
    assert (event.source, event.status) == ("john-kirby", "reported")


def test_an_unclosed_quotation_credits_no_one_later(english):
    doc = english(
        '"Pyongyang has shipped more rockets to Moscow.\n\nSeparately, Kirby said the talks '
        "in Geneva had ended."
    )
    assert one(doc, "AID").source is None


def test_the_north_stands_for_the_north_korea_named_before(english):
    doc = english(
        "South Korea watches North Korea closely. The North has shipped more rockets to "
        "Russia, the South's military said on Monday."
    )
    event = one(doc, "AID")
    assert (event.actor, event.source) == ("PRK", "KOR")


def test_the_north_atlantic_is_no_half_name(english):
    doc = english(
        "North Korea met Russia in June. The North Atlantic alliance criticized the pact."
    )
    assert all(m.entity_id != "PRK" or m.text != "North" for m in doc.mentions)


def test_a_line_opened_by_a_name_and_a_colon_is_that_teller_s(english):
    doc = english(
        "Zelensky: Pyongyang has shipped more rockets to Moscow\n\n"
        "The shipments drew notice from analysts in the region."
    )
    assert one(doc, "AID").source == "volodymyr-zelensky"


def test_a_state_and_a_colon_is_a_topic_label(english):
    doc = english(
        "North Korea: Pyongyang has shipped more rockets to Moscow\n\n"
        "The shipments drew notice from analysts in the region."
    )
    assert one(doc, "AID").source is None


def test_a_speaking_he_reaches_back_over_paragraphs_without_a_person(english):
    doc = english(
        "Zelensky spoke in Kyiv on Monday evening.\n\n"
        "He thanked allies for their help over the winter.\n\n"
        "The war has now lasted nearly three years.\n\n"
        "Russian strikes hit the power grid again overnight.\n\n"
        '"Pyongyang has shipped more rockets to Moscow," he said.'
    )
    assert one(doc, "AID").source == "volodymyr-zelensky"
