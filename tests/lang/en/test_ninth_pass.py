"""English recall, ninth pass (articles written for the tests, new names and numbers):
troops or workers told as being in a place (a deployment with no verb of sending), "call
on X to…" as a request whose asked party does the act asked, cargo named past a long
weapon name, a by-phrase of another participle, a demonym naming the maker of what is
fired, infinitives that open a clause of their own, words the lexicon lacked (hand over,
smuggle, ink a deal, speak by phone), and dates told in the sentence after the act (the
doer's telling, the act named again)."""

from __future__ import annotations

import pytest


def _of(doc, kind=None, actor=None, target=None):
    return [
        e
        for e in doc.events
        if (kind is None or e.type == kind)
        and (actor is None or e.actor == actor)
        and (target is None or e.target == target)
    ]


def _moved(doc, actor, target):
    return [
        e
        for e in doc.events
        if e.type in ("AID", "MOBILIZE") and (e.actor, e.target) == (actor, target)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL, May 7 (Yonhap) -- Roughly 9,500 North Korean soldiers are still in Russia's "
        "Kursk region, the Joint Chiefs of Staff said Wednesday.",
        "Pyongyang has about 13,400 military personnel in Russia, among them sappers and "
        "radar operators, Kyiv's defence intelligence chief said.",
        "There are currently about 7,000 North Korean troops in the Kursk region, a Pentagon "
        "spokesperson said on Thursday.",
        "After a third rotation some 6,100 North Korean servicemen remain in Russia, "
        "a ruling-party lawmaker quoted the NIS as saying.",
        "North Korean soldiers are believed to be in Russia's Belgorod region as well, Seoul's "
        "spy agency said.",
    ],
)
def test_troops_told_as_being_in_a_place_are_a_deployment(english, text):
    doc = english(text, published="2025-05-07")
    assert _moved(doc, "PRK", "RUS")


def test_workers_told_as_working_in_a_state_are_workers_sent(english):
    doc = english(
        "Nearly 10,800 North Korean laborers are working at shipyards and sawmills in "
        "Russia, according to Seoul's unification ministry.",
        published="2025-09-12",
    )
    (aid,) = _of(doc, "AID", "PRK", "RUS")
    assert aid.mode == "workers"


@pytest.mark.parametrize(
    "text",
    [
        '"There are no DPRK soldiers on Ukrainian soil," Dmitry Peskov insisted on Friday.',
        "Pyongyang's troops are not in Ukraine at all, Peskov said.",
        "North Korea has sent nearly 2,000 soldiers who are in training, Seoul said.",
        "North Korean troops in Russia are learning to fly drones, Seoul's spy agency said.",
        "About 2,400 Russian tourists were in North Korea last year, a travel agency said.",
    ],
)
def test_no_presence_where_it_is_denied_or_not_placed(english, text):
    doc = english(text, published="2025-02-14")
    assert not [e for e in _moved(doc, "PRK", "RUS") if e.status != "denied"]
    assert not _moved(doc, "PRK", "UKR")


def test_presence_beside_a_verb_of_deploying_is_one_act(english):
    doc = english(
        "Some 8,000 North Korean troops are deployed in Kursk, the NIS said on Monday.",
        published="2025-03-03",
    )
    assert len(_moved(doc, "PRK", "RUS")) == 1


def test_call_on_names_whom_it_asks(english):
    doc = english(
        "Japan on Thursday called on North Korea to stop sending weapons to Russia, Chief "
        "Cabinet Secretary Yoshimasa Hayashi said.",
        published="2025-01-16",
    )
    assert _of(doc, "REQUEST", "JPN", "PRK")
    assert not _of(doc, "AID", "JPN")  # the act asked for is North Korea's


def test_call_on_with_two_states_asked(english):
    doc = english(
        "South Korea called on Russia and North Korea to end their military cooperation, "
        "the foreign ministry in Seoul said.",
        published="2025-06-20",
    )
    assert _of(doc, "REQUEST", "KOR")


def test_cargo_named_past_long_weapon_names(english):
    doc = english(
        "LVIV (dpa) - Moscow has received about 140 Hwasong-11A and Hwasong-11B solid-fuel "
        "short-range missiles from Pyongyang over two years, a Ukrainian general said on "
        "Friday.",
        published="2025-10-03",
    )
    assert _of(doc, "AID", "PRK", "RUS")


def test_a_by_phrase_of_another_participle_is_not_the_agent(english):
    doc = english(
        "Rockets supplied by North Korea now make up a third of the munitions fired by "
        "Russian units, the NIS said on Tuesday.",
        published="2025-04-15",
    )
    assert _of(doc, "AID", "PRK")
    assert not _of(doc, "AID", "RUS", "PRK")


def test_a_demonym_before_what_is_fired_is_its_maker(english):
    doc = english(
        "Russia has launched at least 45 North Korean ballistic missiles at Ukrainian cities "
        "since January, Ukraine's prosecutor general said.",
        published="2025-06-02",
    )
    assert not _of(doc, actor="RUS", target="PRK")
    assert _of(doc, "ASSAULT", "RUS", "UKR")


def test_a_demonym_before_a_programme_is_still_the_target(english):
    doc = english(
        "Russia helped North Korean missile work last year, Seoul's defence chief said.",
        published="2025-06-02",
    )
    assert _of(doc, "AID", "RUS", "PRK")


def test_an_infinitive_after_a_signing_is_its_purpose(english):
    doc = english(
        "Russia and North Korea signed an accord on Wednesday to build a second bridge across "
        "the Tumen River, the Russian government said.",
        published="2025-04-30",
    )
    assert _of(doc, "AGREE")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Moscow has handed over Pantsir air defense systems to Pyongyang, a Ukrainian "
            "intelligence official said on Wednesday.",
            "AID",
        ),
        (
            "North Korea smuggled about 300,000 artillery rounds into Russia by train in "
            "the spring, a think tank in Tokyo said.",
            "AID",
        ),
        (
            "Moscow and Pyongyang inked a deal on Thursday to open a new air route, Russian "
            "news agencies reported.",
            "AGREE",
        ),
        (
            "Vladimir Putin spoke by phone with Kim Jong Un on Sunday, the Kremlin said.",
            "CONSULT",
        ),
    ],
)
def test_words_the_lexicon_lacked(english, text, kind):
    doc = english(text, published="2025-07-21")
    assert _of(doc, kind)


def test_migrants_smuggled_are_no_aid(english):
    doc = english(
        "Migrants smuggled into Russia from Central Asia were detained, Russian police said.",
        published="2025-07-21",
    )
    assert not _of(doc, "AID")


def test_a_denial_is_dated_by_its_doers_telling_after_it(english):
    doc = english(
        "Russia's foreign ministry spokeswoman Maria Zakharova denied a Seoul newspaper's "
        "story that North Korean builders are restoring Sudzha.\n"
        '"We have read these stories. They are a provocation," she told reporters on '
        "Wednesday.",
        published="2025-05-21",
    )
    (denial,) = _of(doc, "REJECT")
    assert denial.date_start == "2025-05-21"


def test_a_later_date_of_another_fact_is_not_the_denials(english):
    doc = english(
        "Maria Zakharova dismissed the reports.\n"
        "She said North Korean soldiers had left Kursk in April.",
        published="2025-05-21",
    )
    (denial,) = _of(doc, "REJECT")
    assert denial.date_start != "2025-04"


def test_talks_dated_by_the_meeting_named_again(english):
    doc = english(
        "Sergei Shoigu, Moscow's security council chief, held talks with Kim Jong Un. "
        "The meeting took place in Pyongyang on Tuesday, KCNA said.",
        published="2025-06-05",
    )
    talks = _of(doc, "CONSULT")
    assert talks and all(e.date_start == "2025-06-03" for e in talks)


def test_a_next_sentence_about_another_act_dates_nothing(english):
    doc = english(
        "Sergei Shoigu held talks with Kim Jong Un, KCNA said. The two sides signed a "
        "protocol on Monday.",
        published="2025-06-05",
    )
    assert all(e.date_start != "2025-06-02" for e in _of(doc, "CONSULT"))


@pytest.mark.parametrize(
    "text",
    [
        "Having shipped millions of shells to Russia, North Korea is now sending engineers "
        "as well, the NIS said on Thursday.",
        "SEOUL, Sept 3 (Yonhap) -- After deploying about 12,000 troops to Russia's Kursk "
        "region, North Korea dispatched another 3,000 in February, the NIS said.",
    ],
)
def test_an_opening_participle_takes_the_main_subject(english, text):
    doc = english(text, published="2025-09-03")
    assert all(e.actor == "PRK" for e in _moved(doc, "PRK", "RUS")) and _moved(doc, "PRK", "RUS")
    assert not [e for e in doc.events if e.type in ("AID", "MOBILIZE") and e.actor is None]


def test_an_opening_participle_with_its_own_subject_is_left(english):
    doc = english(
        "Asked by journalists on Friday, Dmitry Peskov denied that North Korea had sent troops.",
        published="2025-01-10",
    )
    assert not _of(doc, "AID", "dmitry-peskov")


def test_troops_named_before_a_relative_clause_arrive_as_a_deployment(english):
    doc = english(
        "The North Korean soldiers, who arrived in Russia in late October, have since been "
        "moved to the front, the NIS said.",
        published="2025-01-10",
    )
    assert not _of(doc, "CONSULT")
    assert doc.events


def test_cargo_that_arrives_is_no_visit(english):
    doc = english(
        "A fresh consignment of North Korean rockets arrived in Russia in April, Ukraine's "
        "military intelligence said.",
        published="2025-05-10",
    )
    assert not _of(doc, "CONSULT")
    assert _of(doc, "AID", "PRK", "RUS")


def test_a_leader_who_arrives_still_visits(english):
    doc = english(
        "Kim Jong Un arrived in Vladivostok on Tuesday for talks with Vladimir Putin, KCNA said.",
        published="2025-05-10",
    )
    assert _of(doc, "CONSULT", "kim-jong-un")


def test_a_person_received_is_a_meeting(english):
    doc = english(
        "Vladimir Putin on Thursday received No Kwang Chol, Pyongyang's defence minister, "
        "in Moscow, TASS reported.",
        published="2025-11-28",
    )
    assert _of(doc, "CONSULT", "vladimir-putin")
    assert not _of(doc, "AID")


def test_a_letter_received_from_a_leader_is_no_meeting(english):
    doc = english(
        "Kim Jong Un received a letter from Vladimir Putin on Friday, KCNA said.",
        published="2025-11-28",
    )
    assert not _of(doc, "CONSULT", "kim-jong-un")


@pytest.mark.parametrize(
    "text",
    [
        "North Korea received military aid from Russia last year, the NIS said on Monday.",
        "Pyongyang has got technical help from Moscow for its satellites, the NIS said.",
    ],
)
def test_aid_received_is_given_by_the_one_after_from(english, text):
    doc = english(text, published="2025-03-10")
    assert _of(doc, "AID", "RUS", "PRK")
    assert not _of(doc, "AID", "PRK", "RUS")


def test_a_state_ready_to_accept_soldiers_agrees(english):
    doc = english(
        "South Korea is ready to accept three North Korean soldiers held by Ukraine, a senior "
        "Foreign Ministry official in Seoul said on Wednesday.",
        published="2025-11-05",
    )
    assert _of(doc, "AGREE", "KOR")


def test_a_refusal_to_accept_is_no_agreement(english):
    doc = english(
        "Russia does not accept unilateral sanctions against North Korea, Maria Zakharova said.",
        published="2025-11-05",
    )
    assert not _of(doc, "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "North Korean soldiers took part in the fighting near Sudzha in January, Ukraine's "
        "General Staff said.",
        "North Korean troops engaged in combat with Ukrainian units for the first time last "
        "month, U.S. officials said.",
    ],
)
def test_taking_part_in_an_act_makes_the_subject_its_doer(english, text):
    doc = english(text, published="2025-02-20")
    assert [e for e in _of(doc, "ASSAULT") if e.actor in ("PRK", "korean-peoples-army")]


def test_officials_taking_part_in_talks_abroad_are_no_assault(english):
    doc = english(
        "South Korean officials took part in talks in Washington on the North Korean "
        "deployment, the foreign ministry said.",
        published="2025-02-20",
    )
    assert not _of(doc, "ASSAULT")


def test_an_assault_taken_part_in_is_an_assault(english):
    doc = english(
        "North Korean troops took part in an assault on Ukrainian positions near Sudzha last "
        "week, Ukraine's General Staff said.",
        published="2025-02-20",
    )
    assert [e for e in _of(doc, "ASSAULT") if e.actor in ("PRK", "korean-peoples-army")]


def test_assault_rifles_are_no_assault(english):
    doc = english(
        "Moscow handed Pyongyang a batch of assault rifles, per the NIS.", published="2025-02-20"
    )
    assert not _of(doc, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "North Korea breached U.N. resolutions by selling ballistic missiles to Russia, the "
        "foreign ministers said in a joint statement.",
        "Britain accused North Korea of prolonging the war by shipping shells to Russia.",
        "Pyongyang has fueled Moscow's war by delivering millions of rounds, Kyiv said.",
    ],
)
def test_a_gerund_of_means_is_done_by_the_clauses_doer(english, text):
    doc = english(text, published="2025-03-01")
    aid = _of(doc, "AID")
    assert aid and all(e.actor == "PRK" for e in aid)


def test_troops_in_a_place_counted_by_a_verb_are_a_deployment(english):
    doc = english("N. Korean soldiers in Kursk number about 9,000: JCS", published="2025-03-01")
    assert _moved(doc, "PRK", "RUS")


def test_the_number_of_casualties_in_a_place_is_no_deployment(english):
    doc = english(
        "Casualties on Russia's side in Kursk number roughly 19,000, Kyiv's generals said.",
        published="2025-03-01",
    )
    assert not [e for e in doc.events if e.type in ("AID", "MOBILIZE")]
