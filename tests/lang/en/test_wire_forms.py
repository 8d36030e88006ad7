"""How English wire copy credits facts and writes counts, beyond "X said" (issue #10):
a credit phrase set off by a comma (by Seoul's count), a lead speaker whose account goes
on over the paragraph, verbs that tell only with a that-clause (has learned that), a
long speaker after an inverted verb of saying, a headline opened by an agency's acronym,
title-only speakers, and counts of people named before (300 of them), counts past a
participle's phrase, and shares that count nothing (sentences written for the tests,
expected fields written before they were run)."""

from __future__ import annotations

import pytest
from conftest import one

LONG_TAIL = " since the summer, most of them to the border region near the front line in the west."


def _figure(doc, value):
    found = [f for f in doc.figures if f.value == value]
    assert found, f"no figure of {value} in {doc.figures}"
    return found[0]


# A credit phrase: a preposition, an owner and a noun of counting or judging.


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Pyongyang has dispatched around 6,500 soldiers to Russia, by Seoul's count.", "KOR"),
        ("Pyongyang has dispatched around 6,500 soldiers to Russia, in Kyiv's assessment.", "UKR"),
        # (a paragraph of its own, longer than a byline: "By …" opens it)
        ("By Seoul's count, Pyongyang has dispatched around 6,500 soldiers to Russia" + LONG_TAIL,
         "KOR"),
        ("By one Ukrainian tally, Pyongyang has dispatched around 6,500 soldiers to Russia"
         + LONG_TAIL, "UKR"),
    ],
)  # fmt: skip
def test_a_credit_phrase_credits_the_whole_sentence(english, text, source):
    doc = english(text)
    assert _figure(doc, 6500).source == source
    assert one(doc, "AID", "MOBILIZE").source == source


@pytest.mark.parametrize(
    "text",
    [
        # the count of something, not someone's count
        "Pyongyang has dispatched around 6,500 soldiers to Russia, by the count of rail cars.",
        # a count with no owner named: no one to credit
        "Pyongyang has dispatched around 6,500 soldiers to Russia, by some counts.",
        # experts on a state are not its voice
        "By the count of Russia experts, Pyongyang has dispatched around 6,500 soldiers to Russia"
        + LONG_TAIL,
    ],
)
def test_a_credit_phrase_names_no_one_it_does_not_own(english, text):
    assert _figure(english(text), 6500).source is None


# A lead speaker's account goes on over the paragraph.


def test_a_lead_speakers_account_goes_on_over_the_paragraph(english):
    doc = english(
        "South Korea's spy agency told a parliamentary panel on Tuesday that Pyongyang had "
        "moved another brigade to Russia. About 1,800 of its soldiers have been wounded in "
        "Kursk. Pyongyang also shipped howitzers to Moscow in the autumn."
    )
    assert _figure(doc, 1800).source == "national-intelligence-service"
    shipped = [e for e in doc.events if e.type == "AID"]
    assert shipped and all(e.source == "national-intelligence-service" for e in shipped)


def test_a_closing_speakers_account_goes_on_over_the_paragraph(english):
    doc = english(
        "Pyongyang has moved another brigade to Russia, Ukraine's military intelligence "
        "said on Sunday. About 1,800 of its soldiers have been wounded in Kursk."
    )
    assert _figure(doc, 1800).source == "ukrainian-military-intelligence"


def test_an_account_ends_with_its_paragraph(english):
    doc = english(
        "South Korea's spy agency told a parliamentary panel on Tuesday that Pyongyang had "
        "moved another brigade to Russia.\n\n"
        "Pyongyang shipped howitzers to Moscow in the autumn of last year."
    )
    shipped = [
        e for e in doc.events if e.type == "AID" and "howitzers" in doc.text[e.start : e.end]
    ]
    assert shipped and shipped[0].source is None


def test_a_speaker_in_the_middle_gives_no_account(english):
    doc = english(
        "Pyongyang, which a Ukrainian official said had moved a brigade to Russia, is "
        "rebuilding its army. Pyongyang shipped howitzers to Moscow in the autumn."
    )
    shipped = [
        e for e in doc.events if e.type == "AID" and "howitzers" in doc.text[e.start : e.end]
    ]
    assert shipped and shipped[0].source is None


# Verbs that tell only before "that".


def test_has_learned_that_credits_what_follows(english):
    doc = english("The NIS has learned that Pyongyang shipped howitzers to Moscow in May.")
    assert one(doc, "AID").source == "national-intelligence-service"


def test_learned_without_that_credits_nothing(english):
    doc = english(
        "Ukraine's military intelligence learned of the move, and Pyongyang shipped howitzers "
        "to Moscow in May."
    )
    assert one(doc, "AID").source is None


# A speaker after an inverted verb of saying, named with a possessive and a title.


def test_an_inverted_speaker_with_a_possessive_and_a_title(english):
    doc = english(
        "Some 450 North Korean soldiers were killed in Kursk fighting for Russia, said "
        "Ukraine's military intelligence chief."
    )
    assert _figure(doc, 450).source == "ukrainian-military-intelligence"


def test_an_inverted_verb_followed_by_what_is_said_is_no_closing_speaker(english):
    doc = english(
        "In a long statement, said to be its first on the matter, Pyongyang confirmed it "
        "had moved troops to Russia."
    )
    assert all(e.source != "PRK" or e.actor == "PRK" for e in doc.events)


# A headline opened by an agency's acronym in capitals and a colon: its teller, no dateline.


def test_an_agency_acronym_opening_a_headline_tells_it(english):
    doc = english("HUR: some 2,600 North Korean troops have moved to Kursk from the Far East")
    assert _figure(doc, 2600).source == "ukrainian-military-intelligence"


def test_a_place_in_capitals_is_still_a_dateline(english):
    doc = english(
        "KYIV, Dec. 2 (Reuters) - Some 2,600 North Korean troops have moved to Kursk from "
        "the Far East, Ukraine's military intelligence said."
    )
    assert _figure(doc, 2600).source == "ukrainian-military-intelligence"


# A speaker named by a title alone stands for the person named last.


@pytest.mark.parametrize("title", ["coordinator", "adviser", "aide"])
def test_a_title_alone_stands_for_the_person_named_last(english, title):
    doc = english(
        f"John Kirby took questions from reporters on Thursday. The {title} said Pyongyang "
        "had quietly shipped howitzers to Moscow."
    )
    assert one(doc, "AID").source == "john-kirby"


# Counts of people named before, counts past a participle, shares.


@pytest.mark.parametrize(
    ("tail", "measure"),
    [
        ("Some 420 of them have been wounded in Kursk", "wounded"),
        ("About 420 of those were killed in Kursk", "killed"),
    ],
)
def test_a_share_of_people_named_before_counted_by_their_fate(english, tail, measure):
    doc = english(
        "Pyongyang moved around 9,000 soldiers to Russia last year, a U.S. official said "
        f"on Monday. {tail}, according to the official."
    )
    figure = _figure(doc, 420)
    assert (figure.kind, figure.measure) == ("casualties", measure)


@pytest.mark.parametrize(
    "phrase", ["fighting for Russia", "deployed to the Kursk region", "sent to Russia in autumn"]
)
def test_a_participles_phrase_between_people_and_their_fate(english, phrase):
    doc = english(f"Some 2,300 North Korean soldiers {phrase} have been killed or wounded.")
    figure = _figure(doc, 2300)
    assert figure.kind == "casualties"


def test_a_participle_with_no_fate_after_it_leaves_the_count_of_troops(english):
    doc = english("Some 2,300 North Korean soldiers fighting for Russia have reached Kursk.")
    assert _figure(doc, 2300).kind == "troops"


@pytest.mark.parametrize("share", ["28 percent", "28 per cent", "28%"])
def test_a_share_counts_nothing(english, share):
    doc = english(
        f"Western officials said {share} of the North Korean soldiers sent to Russia had "
        "been killed or wounded."
    )
    assert not [f for f in doc.figures if f.value == 28]


# A speaker set off by an aside that names whom they serve and their title.


def test_an_aside_of_a_name_and_a_title_before_the_verb(english):
    doc = english(
        "Budanov, Ukraine's military intelligence chief, said in an interview that Pyongyang "
        "had shipped at least 140 ballistic missiles to Moscow."
    )
    assert _figure(doc, 140).source == "kyrylo-budanov"


def test_an_aside_that_is_a_clause_of_its_own_gives_no_speaker(english):
    doc = english(
        "Budanov, Ukraine's military intelligence chief, was in Kyiv, and Pyongyang had "
        "shipped at least 140 ballistic missiles to Moscow."
    )
    assert _figure(doc, 140).source is None


# A vague count of a scale: its lower bound, as the plural's.


@pytest.mark.parametrize(
    ("words", "value"),
    [("several thousand", 1000), ("a few thousand", 1000), ("several hundred", 100),
     ("several dozen", 12)],
)  # fmt: skip
def test_a_vague_count_of_a_scale(english, words, value):
    doc = english(f"Pyongyang has quietly sent {words} soldiers to Russia, the NIS said.")
    figure = _figure(doc, value)
    assert (figure.kind, figure.qualifier) == ("troops", "several")


def test_adding_that_a_state_would_act_names_no_speaker(english):
    doc = english(
        '"Pyongyang has shipped howitzers to Moscow," an aide told a news briefing, adding '
        "that Washington would respond."
    )
    assert one(doc, "AID").source not in ("washington", "USA")


def test_quoted_by_an_outlet_as_saying_credits_the_one_quoted(english):
    doc = english(
        "Shoigu was quoted by TASS as saying that Pyongyang had shipped howitzers to Moscow."
    )
    assert one(doc, "AID").source == "sergei-shoigu"


def test_as_quoted_by_an_outlet_alone_credits_the_outlet(english):
    doc = english("Pyongyang had shipped howitzers to Moscow in June, as quoted by TASS.")
    assert one(doc, "AID").source == "tass"


# "the think tank", "the project": the organization named last.


@pytest.mark.parametrize("noun", ["think tank", "project", "institute"])
def test_an_organization_pointed_back_at_by_its_kind(english, noun):
    doc = english(
        "The Center for Strategic and International Studies released new imagery on Friday.\n\n"
        f"Pyongyang shipped howitzers to Moscow over the summer, the {noun} said."
    )
    assert one(doc, "AID").source == "csis"


# A pronoun credit: the person named last tells the sentence.


@pytest.mark.parametrize("opening", ["According to him, ", "In his words, ", "In his view, "])
def test_a_pronoun_credit_names_the_person_named_last(english, opening):
    doc = english(
        "Dmitry Peskov spoke to journalists on Tuesday. "
        f"{opening}Moscow will ship fuel to Pyongyang through the winter."
    )
    assert one(doc, "AID").source == "dmitry-peskov"


def test_a_pronoun_credit_with_no_person_before_names_no_one(english):
    doc = english("According to him, Moscow will ship fuel to Pyongyang through the winter.")
    assert one(doc, "AID").source is None


# An "as" clause: the speaker tells the rest of the sentence.


@pytest.mark.parametrize(
    "text",
    [
        "Moscow will ship fuel to Pyongyang through the winter, as TASS reported earlier.",
        "As TASS reported on Friday, Moscow will ship fuel to Pyongyang through the winter.",
    ],
)
def test_an_as_clause_credits_the_rest_of_the_sentence(english, text):
    assert one(english(text), "AID").source == "tass"


def test_an_as_clause_of_a_wish_is_no_credit(english):
    doc = english("Moscow shipped fuel to Pyongyang in March as Peskov said it would.")
    assert one(doc, "AID").source is None


# A speaker who tells an outlet named after its description.


def test_told_the_daily_and_its_name_closes_the_sentence(english):
    doc = english(
        "Moscow will ship fuel to Pyongyang through the winter, a Russian diplomat told the "
        "Russian daily Izvestia on Monday."
    )
    assert one(doc, "AID").source == "RUS"


# A minister or chief named by title and an unknown name, in the home state's press.


@pytest.mark.parametrize(
    "speaker", ["Defense Minister Hong Gil-dong said", "the spy chief told lawmakers"]
)
def test_a_home_office_title_in_the_home_press(english, speaker):
    text = f"Pyongyang had shipped some 2,100 containers to Moscow, {speaker}."
    doc = english(text, url="https://en.yna.co.kr/view/AEN20241120000100315")
    assert _figure(doc, 2100).source == "KOR"


def test_a_home_office_title_in_a_paper_of_no_state_names_no_one(english):
    doc = english(
        "Pyongyang had shipped some 2,100 containers to Moscow, Defense Minister Hong Gil-dong "
        "said.",
        url="https://example.org/news/1",
    )
    assert _figure(doc, 2100).source is None


# An outlet carries the words of the one it quotes.


@pytest.mark.parametrize(
    "text",
    [
        "Sergey Lavrov said on Friday that Moscow would ship fuel to Pyongyang, Russia's RIA "
        "news agency reported.",
        "Moscow has begun shipping fuel to Pyongyang, Sergey Lavrov said, according to TASS.",
    ],
)
def test_an_outlet_carries_the_words_of_the_one_it_quotes(english, text):
    assert one(english(text), "AID").source == "sergei-lavrov"


def test_an_outlet_alone_is_the_source(english):
    doc = english("Moscow has begun shipping fuel to Pyongyang, according to TASS.")
    assert one(doc, "AID").source == "tass"


def test_a_state_source_according_to_is_not_overridden_by_its_speaker(english):
    doc = english("Moscow has begun shipping fuel to Pyongyang, according to the NIS, Kirby said.")
    assert one(doc, "AID").source == "national-intelligence-service"


def test_said_here_closes_the_sentence(english):
    doc = english("Moscow will keep shipping fuel to Pyongyang, Sergey Lavrov said here Tuesday.")
    assert one(doc, "AID").source == "sergei-lavrov"


# Verbs that tell their subject's knowledge with evidence and "that".


@pytest.mark.parametrize("evidence", ["signs", "intelligence", "indications"])
def test_detected_evidence_that_credits_what_follows(english, evidence):
    doc = english(
        f"South Korea's spy agency has detected {evidence} that Pyongyang shipped more "
        "howitzers to Moscow in April."
    )
    assert one(doc, "AID").source == "national-intelligence-service"


def test_detected_without_that_credits_nothing(english):
    doc = english(
        "South Korea's spy agency detected a drone over the border as Pyongyang shipped more "
        "howitzers to Moscow in April."
    )
    assert one(doc, "AID").source is None


# A relative clause of saying: its antecedent speaks.


def test_which_said_credits_its_antecedent(english):
    doc = english(
        "Officers were briefed by Ukraine's military intelligence, which said Pyongyang had "
        "shipped more howitzers to Moscow in April."
    )
    assert one(doc, "AID").source == "ukrainian-military-intelligence"


# A passive verb of perceiving: its agent is the source.


def test_a_passive_perceiving_verb_credits_its_agent(english):
    doc = english(
        "Pyongyang's shipment of howitzers to Moscow was detected by Ukraine's military "
        "intelligence in April."
    )
    assert one(doc, "AID").source == "ukrainian-military-intelligence"


def test_a_passive_act_with_an_agent_is_no_credit(english):
    doc = english(
        "Some 140 North Korean soldiers were killed by Ukraine's special forces in Kursk, "
        "where Pyongyang had sent them to fight for Russia."
    )
    assert _figure(doc, 140).source is None


# Counts written with "-plus", and a running total of the kind counted before.


@pytest.mark.parametrize(
    ("words", "value", "kind"),
    [("8,000-plus soldiers", 8000, "troops"), ("2 million-plus artillery shells", 2e6, "shells")],
)
def test_a_plus_count_is_a_lower_bound(english, words, value, kind):
    doc = english(f"Pyongyang has sent {words} to Russia, the NIS said.")
    figure = _figure(doc, value)
    assert (figure.kind, figure.qualifier) == (kind, "at_least")


def test_bringing_the_total_to_counts_the_kind_counted_before(english):
    doc = english(
        "Pyongyang has sent another 2,500 troops to Russia, bringing the total to about 13,500, "
        "the NIS said."
    )
    assert _figure(doc, 13500).kind == "troops"
    assert _figure(doc, 2500).kind == "troops"


def test_a_total_with_nothing_counted_before_counts_nothing(english):
    doc = english("Pyongyang's trade with Moscow brought the total to 13,500 in the spring.")
    assert not [f for f in doc.figures if f.value == 13500]


# An owner's judgement "is that": the owner tells what follows.


@pytest.mark.parametrize(
    "opening",
    ["South Korea's spy agency's latest assessment is that", "The NIS estimate was that"],
)
def test_an_owned_judgement_is_that_credits_its_owner(english, opening):
    doc = english(f"{opening} Pyongyang has sent 6,300 troops to Russia.")
    assert _figure(doc, 6300).source == "national-intelligence-service"


def test_an_unowned_is_that_credits_no_one(english):
    doc = english("The worry is that Pyongyang has sent 6,300 troops to Russia.")
    assert _figure(doc, 6300).source is None


# Speakers who speak for no state, whatever state or place is named beside them.


@pytest.mark.parametrize(
    "speaker",
    ["South Korean experts said", "a think tank in Seoul said", "a Ukrainian researcher said"],
)
def test_a_private_speaker_is_no_states_voice(english, speaker):
    doc = english(f"Pyongyang has sent 6,700 troops to Russia, {speaker}.")
    assert _figure(doc, 6700).source == "experts"  # unnamed experts, not the state


@pytest.mark.parametrize(
    ("speaker", "source"),
    [("a South Korean official said", "KOR"), ("North Korean state media said", "PRK")],
)
def test_a_states_official_or_media_is_its_voice(english, speaker, source):
    doc = english(f"Pyongyang has sent 6,700 troops to Russia, {speaker}.")
    assert _figure(doc, 6700).source == source


# A verb of judging with "as": its subject's view.


def test_viewing_a_transfer_as_something_credits_the_viewer(english):
    doc = english("Seoul views Pyongyang's shipment of rockets to Moscow as a breach of the rules.")
    event = one(doc, "AID")
    assert (event.source, event.status) == ("KOR", "reported")


def test_unnamed_analysts_view_continues_the_paragraph_before(english):
    doc = english(
        "Ukraine's military intelligence said Pyongyang had sent more troops to Russia.\n\n"
        "Analysts see Pyongyang's shipment of rockets to Moscow as payment for Russian oil."
    )
    shipped = [e for e in doc.events if e.mode == "transport"]
    assert shipped and shipped[0].source == "ukrainian-military-intelligence"


def test_as_in_a_clause_of_time_is_no_view(english):
    doc = english("Pyongyang's shipment of rockets to Moscow came as Seoul watched.")
    assert one(doc, "AID").source is None


def test_as_early_as_is_no_view(english):
    doc = english("Pyongyang will see its rockets shipped to Moscow as early as May.")
    assert one(doc, "AID").source not in ("pyongyang", "PRK")


# Where a speaker sits is not who speaks.


@pytest.mark.parametrize(
    ("speaker", "source"),
    [
        ("the Russian embassy in Pyongyang said", "RUS"),
        ("the U.S. embassy in Seoul said", "USA"),
        ("officials in Seoul said", "KOR"),
    ],
)
def test_a_speakers_seat_is_not_the_speaker(english, speaker, source):
    doc = english(f"Moscow will ship more fuel to Pyongyang over the winter, {speaker}.")
    assert one(doc, "AID").source == source


# More verbs of saying: reiterated, pointed out that, maintained that.


@pytest.mark.parametrize(
    "verb", ["reiterated", "pointed out", "maintained", "recalled", "underlined"]
)
def test_more_verbs_of_saying(english, verb):
    doc = english(f"The NIS {verb} that Pyongyang had shipped howitzers to Moscow in March.")
    assert one(doc, "AID").source == "national-intelligence-service"


def test_an_admission_stays_an_event_of_its_own(english):
    doc = english("Moscow acknowledged that North Korean troops had fought in Kursk last year.")
    assert one(doc, "CONCEDE").actor == "RUS"


# A plural noun that is a form of a verb of saying (eleven states) opens no speech.


def test_a_counted_plural_in_an_aside_is_no_verb_of_saying(english):
    doc = english(
        "The Multilateral Sanctions Monitoring Team, a group of eleven states, said on Friday "
        "that Pyongyang supplied Moscow with 7 million rounds of artillery ammunition."
    )
    assert _figure(doc, 7_000_000).source == "multilateral-sanctions-monitoring-team"


def test_member_states_say_nothing(english):
    doc = english(
        "Pyongyang supplied Moscow with 7 million rounds of artillery ammunition, member "
        "states of the group."
    )
    assert _figure(doc, 7_000_000).source is None


def test_a_dateline_of_an_organizations_seat_stays_a_dateline(english):
    doc = english(
        "UNITED NATIONS (AP) — Moscow vetoed a resolution renewing the panel that monitors "
        "sanctions on Pyongyang."
    )
    veto = one(doc, "REJECT")
    assert (veto.actor, veto.source) == ("RUS", None)
