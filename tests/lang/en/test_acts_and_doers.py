"""Who does the act a sentence names, and whether it names one at all (articles written for
the tests, new names and numbers): a relative clause with no "that" has its own date and
subject, a light verb that carries an event noun is one act, a gerund after "for" is
done by the object of the verb before it, the act of the one helped is only the help's
purpose, private people named by a demonym are not their state, a former official speaks
for no state, a weapon noun before an event noun keeps the noun's owner, declining to
comment vouches for nothing, and unnamed experts leave a possibility to no one."""

from __future__ import annotations

import pytest


def _of(doc, kind, actor=None, target=None):
    return [
        e
        for e in doc.events
        if e.type == kind
        and (actor is None or e.actor == actor)
        and (target is None or e.target == target)
    ]


# 1. A relative clause with no "that": its act is not dated by the main clause.


def test_a_contact_relative_clause_is_not_dated_by_the_main_clause(english):
    doc = english(
        "Members of the State Duma on Wednesday debated the arms accord Moscow signed "
        "with Pyongyang.",
        published="2025-10-16",
    )
    pact = _of(doc, "AGREE", "RUS", "PRK")
    assert pact and all(e.date_start != "2025-10-15" for e in pact)


def test_a_contact_relative_clause_keeps_its_own_date(english):
    doc = english(
        "Members of the State Duma on Wednesday debated the arms accord Moscow signed "
        "with Pyongyang in November 2024.",
        published="2025-10-16",
    )
    pact = _of(doc, "AGREE", "RUS", "PRK")
    assert pact and pact[0].date_start == "2024-11"


def test_a_main_clause_keeps_its_date(english):
    doc = english(
        "Russian Defence Minister Andrei Belousov on Wednesday signed a military "
        "cooperation plan with North Korea.",
        published="2025-10-16",
    )
    pact = _of(doc, "AGREE", target="PRK")
    assert pact and pact[0].date_start == "2025-10-15"


# 2. Declining to comment on a report vouches for nothing.


def test_declining_to_comment_credits_no_one(english):
    doc = english(
        "Seoul's defence ministry declined to comment on a report that 40 North Korean "
        "soldiers had been killed by Ukrainian artillery near Kurilovka.",
        published="2025-03-26",
    )
    assert doc.events and all(e.source is None for e in doc.events)


def test_a_weapon_noun_keeps_the_owner_of_the_attack(english):
    doc = english(
        "Several North Korean soldiers were killed in a Ukrainian drone strike near "
        "Kurilovka, Kyiv's special forces said.",
        published="2025-03-26",
    )
    assert not _of(doc, "ASSAULT", "PRK", "UKR")
    assert _of(doc, "ASSAULT", "UKR")


def test_plural_weapons_before_a_verb_still_act(english):
    doc = english(
        "Ukrainian drones attack North Korean positions near Kurilovka every night, a "
        "Ukrainian commander said.",
        published="2025-03-26",
    )
    assert _of(doc, "ASSAULT", "UKR", "PRK")


# 3. A former official speaks for no state; a named former official speaks for himself.


def test_a_former_official_is_no_state(english):
    doc = english(
        "Pyongyang is likely to ship more rockets to Russia before winter, a former "
        "South Korean intelligence official told the newspaper.",
        published="2025-08-19",
    )
    aid = _of(doc, "AID", "PRK", "RUS")
    assert aid and all(e.source != "KOR" for e in aid)


def test_a_serving_official_is_still_the_state(english):
    doc = english(
        "North Korea has shipped more rockets to Russia since July, a South Korean "
        "intelligence official told the newspaper.",
        published="2025-08-19",
    )
    aid = _of(doc, "AID", "PRK", "RUS")
    assert aid and aid[0].source == "KOR"


def test_a_named_former_official_is_still_the_person(english):
    doc = english(
        "Former U.S. Defense Secretary Lloyd Austin said North Korea had shipped rockets "
        "to Russia.",
        published="2025-08-19",
    )
    aid = _of(doc, "AID", "PRK", "RUS")
    assert aid and aid[0].source == "lloyd-austin"


# 4. Unnamed experts: a possibility credited to them (the generic teller "experts").


def test_experts_say_could_is_a_possibility_of_no_one(english):
    doc = english(
        "Analysts say Moscow could transfer submarine technology to North Korea in "
        "exchange for more shells.",
        published="2025-06-03",
    )
    aid = _of(doc, "AID", "RUS", "PRK")
    assert aid and all(e.status == "possible" and e.source == "experts" for e in aid)


# 5. A light verb carrying an event noun: one act.


@pytest.mark.parametrize(
    "text",
    [
        "North Korean units launched fresh attacks on Ukrainian positions near Sudzha on "
        "Sunday, Kyiv's army said.",
        "Russian forces conducted a drone strike on Ukrainian troops in Sumy on Sunday, "
        "Kyiv's army said.",
    ],
)
def test_a_light_verb_and_its_noun_are_one_act(english, text):
    doc = english(text, published="2025-02-11")
    assert len(_of(doc, "ASSAULT")) == 1
    assert not _of(doc, "THREATEN")


def test_a_launch_of_missiles_is_still_a_launch(english):
    doc = english(
        "North Korea launched three ballistic missiles toward the East Sea on Sunday, "
        "Seoul's military said.",
        published="2025-02-11",
    )
    assert _of(doc, "THREATEN", "PRK")


# 6. A gerund after "for": the object of the verb before it does it.


def test_the_sanctioned_firms_ship_not_the_sanctioning_state(english):
    doc = english(
        "Britain on Thursday sanctioned four shipping companies for carrying North Korean "
        "shells to Russian ports.",
        published="2025-05-23",
    )
    assert _of(doc, "SANCTION", "GBR") or _of(doc, "SANCTION")
    assert not [e for e in _of(doc, "AID") if e.actor == "GBR"]


def test_the_thanked_state_is_the_sender(english):
    doc = english(
        "Kim Jong Un thanked Russia for sending anti-aircraft missiles to North Korea.",
        published="2025-05-23",
    )
    assert _of(doc, "AID", "RUS", "PRK")
    assert not _of(doc, "AID", "kim-jong-un")


def test_a_passive_verb_leaves_its_subject_the_doer(english):
    doc = english(
        "Russia has been criticised for sending fighter jets to North Korea.",
        published="2025-05-23",
    )
    assert _of(doc, "AID", "RUS", "PRK")


# 7. Private people named by a demonym are not their state.


@pytest.mark.parametrize(
    "text",
    [
        "Russian tourists visiting North Korea's east coast resort will pay about $1,400 "
        "for a week, a Vladivostok travel agency said.",
        "A group of North Korean students visited Moscow on Monday.",
    ],
)
def test_private_people_are_not_the_state(english, text):
    doc = english(text, published="2025-07-30")
    assert not _of(doc, "CONSULT", "RUS", "PRK")
    assert not _of(doc, "CONSULT", "PRK", "RUS")


def test_a_state_delegation_still_visits(english):
    doc = english(
        "A Russian government delegation visited North Korea on Monday, KCNA said.",
        published="2025-07-30",
    )
    assert _of(doc, "CONSULT", "RUS", "PRK")


# 8. The act of the one helped is only the help's purpose.


def test_the_act_helped_is_no_act_of_its_own(english):
    doc = english(
        "Pyongyang dispatched combat engineers to help Russian forces recapture border "
        "villages, the spy agency said.",
        published="2025-04-08",
    )
    assert _of(doc, "AID", "PRK")
    assert not _of(doc, "ASSAULT")


def test_a_retaking_told_as_done_is_an_act(english):
    doc = english(
        "Russian forces recaptured two border villages with the help of North Korean "
        "engineers, Moscow's general staff said.",
        published="2025-04-08",
    )
    assert _of(doc, "ASSAULT", "RUS")


def test_the_owner_of_a_sanctioned_office_is_the_doer(english):
    doc = english(
        "Canada on Tuesday sanctioned North Korea's munitions industry department for "
        "supplying rockets to Russia.",
        published="2025-09-10",
    )
    assert _of(doc, "AID", "PRK", "RUS")
    assert not [e for e in _of(doc, "AID") if e.actor == "CAN"]


def test_firms_based_in_a_state_are_no_named_doer(english):
    doc = english(
        "Japan on Friday sanctioned three Hong Kong-based traders for shipping North "
        "Korean shells to Russia.",
        published="2025-09-10",
    )
    assert not [e for e in _of(doc, "AID") if e.actor == "JPN"]


def test_declining_to_comment_on_reports_names_no_speaker(english):
    doc = english(
        "Kremlin spokesman Dmitry Peskov on Tuesday declined to comment on reports that "
        "Pyongyang had sent 2,500 more troops to Russia.",
        published="2025-11-05",
    )
    aid = _of(doc, "AID", "PRK", "RUS")
    assert aid and all(e.source is None for e in aid)


def test_commenting_on_reports_with_a_claim_still_credits(english):
    doc = english(
        "Kremlin spokesman Dmitry Peskov said on Tuesday that Pyongyang had sent 2,500 "
        "more troops to Russia.",
        published="2025-11-05",
    )
    aid = _of(doc, "AID", "PRK", "RUS")
    assert aid and aid[0].source == "dmitry-peskov"


def test_a_contact_relative_clause_in_the_perfect(english):
    doc = english(
        "Ukrainian officials on Friday displayed the rockets North Korea has shipped to Russia.",
        published="2025-11-08",
    )
    aid = _of(doc, "AID", "PRK", "RUS")
    assert aid and all(e.date_start != "2025-11-07" for e in aid)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy declined to say whether Moscow had held secret talks with Pyongyang.",
        "The envoy would not say if Moscow had shipped fighter jets to Pyongyang.",
    ],
)
def test_whether_and_if_still_hedge_after_a_name(english, text):
    doc = english(text, published="2025-11-08")
    assert doc.events and all(e.status == "possible" for e in doc.events)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Moscow may send submarine reactors to Pyongyang, according to a former U.S. "
            "intelligence official.",
            "unnamed-officials",  # an unnamed official, no state's voice
        ),
        (
            "Moscow may send submarine reactors to Pyongyang, according to a U.S. "
            "intelligence official.",
            "USA",
        ),
    ],
)
def test_according_to_a_former_official_is_no_state(english, text, source):
    doc = english(text, published="2025-10-01")
    aid = _of(doc, "AID", "RUS", "PRK")
    assert aid and all(e.source == source for e in aid)
