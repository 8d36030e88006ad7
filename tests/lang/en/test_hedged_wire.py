"""Wire copy kansoku was not written for (articles written for the tests, new names and
numbers): what is not known (no information about, no sign of), a credit its speaker does
not give (could not confirm reports that), "would" in reported speech, a month in a past
clause of a sentence about the future, a season, a date opening the sentence, names that
only modify (North Korean-made), participles of what befalls troops, a summoned envoy,
attending a parade abroad, a name that looks like a negation (No Kwang Chol)."""

from __future__ import annotations

import pytest


def _pair(doc, actor, target, kind=None):
    return [
        e
        for e in doc.events
        if e.actor == actor and e.target == target and (kind is None or e.type == kind)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin said on Wednesday it had no information about North Korean soldiers "
        "fighting in Ukraine.",
        "A Pentagon spokesman said there was no evidence of North Korean troops fighting "
        "near Pokrovsk.",
    ],
)
def test_what_is_not_known_is_no_event(english, text):
    doc = english(text, published="2025-03-12")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_credit_its_speaker_does_not_give_names_no_source(english):
    doc = english(
        "The alliance said on Thursday it could not confirm reports that North Korea had "
        "sent 4,000 more soldiers to Russia.",
        published="2025-02-20",
    )
    aid = _pair(doc, "PRK", "RUS", "AID")
    assert aid and all(e.source is None for e in aid)


def test_would_in_reported_speech_is_planned(english):
    doc = english(
        "Sergei Shoigu said on Tuesday that Pyongyang would send 2,500 military builders "
        "to Russia's Kursk region.",
        published="2025-07-08",
    )
    aid = _pair(doc, "PRK", "RUS", "AID")
    assert aid and aid[0].status == "planned"


def test_a_month_in_a_past_clause_is_not_next_year(english):
    doc = english(
        "Moscow will host North Korean engineers next month, a Kremlin aide said, after "
        "Sergei Shoigu visited Pyongyang in March.",
        published="2025-09-02",
    )
    visit = [e for e in doc.events if e.type == "CONSULT" and e.actor == "sergei-shoigu"]
    assert visit and str(visit[0].date_start).startswith("2025-03")


def test_a_month_in_a_sentence_about_the_future_is_ahead(english):
    doc = english(
        "Kim Jong Un will visit Russia in March, the Kremlin said.", published="2025-09-02"
    )
    visit = [e for e in doc.events if e.type == "CONSULT"]
    assert not visit or str(visit[0].date_start).startswith("2026-03")


def test_last_autumn_is_a_year(english):
    doc = english(
        "North Korea sent about 9,500 soldiers to Russia last autumn, according to Ukraine's "
        "military intelligence.",
        published="2025-05-06",
    )
    aid = _pair(doc, "PRK", "RUS", "AID")
    assert aid and aid[0].date_start == "2024"


def test_a_date_opening_the_sentence_dates_its_act(english):
    doc = english(
        "Since 2023, Pyongyang has shipped several million artillery rounds to Moscow, "
        "analysts say, though deliveries slowed this year.",
        published="2025-06-11",
    )
    aid = _pair(doc, "PRK", "RUS", "AID")
    assert aid and aid[0].date_start == "2023"


def test_a_name_made_into_a_modifier_is_no_party(english):
    doc = english(
        "Russia fired 14 North Korean-made missiles at Zaporizhzhia last week, Ukraine's air "
        "force said.",
        published="2025-04-02",
    )
    assert not [e for e in doc.events if "PRK" in (e.actor, e.target)]


@pytest.mark.parametrize(
    "text",
    [
        "Two North Korean soldiers captured near Sudzha told reporters they wanted to stay "
        "in Ukraine.",
        "North Korean soldiers killed in Kursk were buried in Pyongyang, state media said.",
    ],
)
def test_what_befalls_troops_is_not_their_act(english, text):
    doc = english(text, published="2025-03-01")
    assert not [e for e in doc.events if e.actor == "PRK" and e.type in ("COERCE", "ASSAULT")]


def test_troops_who_kill_still_act(english):
    doc = english(
        "North Korean troops killed 40 Ukrainian soldiers near Sudzha, the Russian defence "
        "ministry said.",
        published="2025-03-01",
    )
    assert [e for e in doc.events if e.type == "ASSAULT" and e.actor == "PRK"]


def test_a_summoned_envoy_is_a_protest_by_the_host(english):
    doc = english(
        "Seoul summoned Russia's ambassador on Monday to protest against Moscow's military "
        "cooperation with Pyongyang.",
        published="2025-01-14",
    )
    assert _pair(doc, "KOR", "RUS", "ACCUSE")
    assert not _pair(doc, "RUS", "PRK", "ACCUSE")


def test_attending_a_parade_abroad_is_a_visit(english):
    doc = english(
        "Russian Deputy Prime Minister Alexander Novak attended a military parade in "
        "Pyongyang on Saturday, KCNA said.",
        published="2025-10-12",
    )
    visits = [e for e in doc.events if e.type == "CONSULT" and e.target == "PRK"]
    assert visits


def test_a_name_that_looks_like_a_negation_is_a_name(english):
    doc = english(
        "North Korean Defence Minister No Kwang Chol held talks with Russian Defence Minister "
        "Andrei Belousov in Moscow on Thursday.",
        published="2025-11-21",
    )
    assert [e for e in doc.events if e.type == "CONSULT"]


def test_a_month_before_a_day_is_no_hedge(english):
    doc = english(
        "MOSCOW, May 12 (Reuters) - Vladimir Putin thanked North Korean troops for their "
        "part in the Kursk operation on Monday.",
        published="2025-05-12",
    )
    thanks = [e for e in doc.events if e.type == "SUPPORT"]
    assert thanks and thanks[0].status != "possible"


def test_a_party_speaking_after_the_lead_does_not_tell_it(english):
    doc = english(
        "PYONGYANG (AP) — Vladimir Putin and Kim Jong Un signed an accord on closer "
        "military ties on Thursday.\n\nPutin said the accord would stand for decades.",
        published="2025-08-14",
    )
    signed = [e for e in doc.events if e.type == "AGREE"]
    assert signed and signed[0].source is None and signed[0].status == "asserted"


def test_names_in_a_phrase_of_circumstance_are_no_party(english):
    doc = english(
        "Moscow and Pyongyang signed a fisheries accord in May during Russian Prime "
        "Minister Mikhail Mishustin's stay in the North.",
        published="2025-06-03",
    )
    signed = [e for e in doc.events if e.type == "AGREE"]
    assert signed and {signed[0].actor, signed[0].target} == {"RUS", "PRK"}


def _state(doc, entity):
    """The state a source stands for (a capital named in a dateline stands for its own)."""
    return {"kyiv": "UKR", "seoul": "KOR", "moscow": "RUS"}.get(entity, entity)


@pytest.mark.parametrize(
    ("opening", "state"),
    [("KYIV, June 3 (Reuters) - ", "UKR"), ("SEOUL, June 3 (AP) — ", "KOR")],
)
def test_an_unnamed_office_of_a_wire_story_is_the_dateline_state(english, opening, state):
    doc = english(
        opening + "North Korea has sent 1,800 more artillery crews to Russia, the defence "
        "ministry said on Tuesday.",
        published="2025-06-03",
        url="https://www.reuters.com/world/asia-pacific/story",
    )
    aid = _pair(doc, "PRK", "RUS", "AID")
    assert aid and _state(doc, aid[0].source) == state


def test_a_state_concerned_about_a_deployment_is_no_accusation_by_its_parties(english):
    doc = english(
        "Canada's foreign ministry said on Monday it was deeply concerned about North "
        "Korea's continued troop deployment to Russia.",
        published="2025-09-22",
    )
    assert not [e for e in doc.events if e.type == "ACCUSE" and e.actor == "PRK"]


def test_concern_voiced_is_still_an_accusation(english):
    doc = english(
        "Seoul voiced concern over the arms trade between Russia and North Korea on Friday.",
        published="2025-09-22",
    )
    assert [e for e in doc.events if e.type == "ACCUSE" and e.actor == "KOR"]


def test_a_speaker_who_does_not_say_when_still_tells_it(english):
    doc = english(
        "Pentagon spokesman Sabrina Singh said North Korea had shipped 60 more rocket "
        "launchers to Russia but did not say when North Korea sent them.",
        published="2025-02-11",
    )
    aid = _pair(doc, "PRK", "RUS", "AID")
    assert aid and aid[0].status == "reported" and aid[0].source is not None


def test_what_a_speaker_cannot_verify_is_unnamed_hearsay(english):
    doc = english(
        "Tokyo said it could not verify that North Korea had sent 900 more soldiers to Russia.",
        published="2025-02-11",
    )
    aid = _pair(doc, "PRK", "RUS", "AID")
    assert aid and aid[0].status == "reported" and aid[0].source is None
