"""English precision, eighth pass (articles written for the tests, new names and numbers):
sendings of no cargo (a message, a delegation), duplicates of one act (ship arms; attacked
Sumy, killing…), kinds of things (attack drones), acts only talked about (intelligence on
the deployment), helping with no one helped, owners of event nouns (North Korea's arms
supplies, Russian engineering help), a verb joined by "and" sharing its subject, places
that only locate a group (a London-based monitor), fire aimed at a state, dates of another
clause or of a judging verb, weeks and seasons of a year, carriers of another state's
cargo, and "it" in the words of officials."""

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


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang sent a congratulatory telegram to Vladimir Putin on Saturday, the Korean "
        "Central News Agency said.",
        "Sergey Lavrov delivered a personal letter from Putin to Kim Jong Un in Wonsan on Friday.",
        "North Korea also sent a delegation to Moscow for an international security forum.",
    ],
)
def test_a_sending_of_no_cargo_is_no_aid(english, text):
    doc = english(text, published="2025-08-11")
    assert not _of(doc, "AID")


def test_a_sending_of_cargo_beside_a_delegation_stays(english):
    doc = english(
        "North Korea sent a delegation of 400 military engineers to Russia's Kursk region "
        "last month, Seoul's spy agency said.",
        published="2025-08-11",
    )
    assert _of(doc, "AID", "PRK", "RUS")


def test_ship_arms_is_one_act(english):
    doc = english(
        "Pyongyang has continued to ship arms to Moscow by rail, Ukraine's intelligence "
        "agency said on Tuesday.",
        published="2025-04-08",
    )
    aid = _of(doc, "AID", "PRK", "RUS")
    assert len(aid) == 1


def test_the_toll_of_an_attack_is_no_second_attack(english):
    doc = english(
        "Russian drones attacked an apartment block in Odesa on Sunday, killing five "
        "people, the regional governor said.",
        published="2025-05-12",
    )
    assert len([e for e in _of(doc, "ASSAULT", "RUS") if e.mode != "casualties"]) == 1
    assert not _of(doc, "REJECT")  # (an apartment block: a noun)


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Seoul warn that Moscow may help Pyongyang mass-produce attack drones "
        "modelled on Iranian designs.",
        "The two countries will expand cooperation in shipbuilding and attack helicopters, "
        "Belousov said.",
    ],
)
def test_a_kind_of_weapon_is_no_attack(english, text):
    doc = english(text, published="2026-03-02")
    assert not _of(doc, "ASSAULT")


def test_an_act_only_talked_about_has_no_doer(english):
    doc = english(
        "Ukraine's defence minister Rustem Umerov met his South Korean counterpart in Seoul on "
        "Tuesday. The two ministers agreed to exchange intelligence on the deployment.",
        published="2024-11-06",
    )
    assert not _of(doc, "MOBILIZE", "rustem-umerov")
    assert not [e for e in doc.events if e.type in ("AID", "MOBILIZE") and e.actor == "UKR"]


def test_helping_with_no_one_helped_is_no_aid(english):
    doc = english(
        "Western envoys accused Moscow of dismantling the sanctions regime it once helped design.",
        published="2025-03-21",
    )
    assert not _of(doc, "AID", "RUS")


def test_helping_rebuild_a_named_region_stays(english):
    doc = english(
        "North Korea will help rebuild Kursk, Sergei Shoigu said on Tuesday.",
        published="2025-06-17",
    )
    assert _of(doc, "AID", "PRK", "RUS")


def test_an_owner_before_the_cargo_owns_the_event_noun(english):
    doc = english(
        "The Security Council met on Thursday to discuss North Korea's arms supplies to Russia.",
        published="2025-03-21",
    )
    assert _of(doc, "AID", "PRK", "RUS")
    assert not _of(doc, "AID", "UNSC")


def test_a_demonym_past_modifiers_owns_the_help(english):
    doc = english(
        "Ukraine's intelligence agency said the latest North Korean missiles were far more "
        "accurate, which it attributed to Russian engineering help.",
        published="2025-11-18",
    )
    assert not _of(doc, "AID", "PRK", "RUS")


def test_a_verb_joined_by_and_shares_the_first_subject(english):
    doc = english(
        "Japan on Monday condemned the dispatch of North Korean engineers to Russia and "
        "summoned the Russian ambassador.",
        published="2025-07-15",
    )
    assert not _of(doc, "ACCUSE", "PRK")
    assert _of(doc, "ACCUSE", "JPN", "RUS")


def test_a_place_that_only_locates_a_group_is_no_party(english):
    doc = english(
        "The London-based monitor said it had tracked 64 voyages by Russian-flagged cargo "
        "ships between Rajin and Vostochny since last autumn.",
        published="2025-12-11",
    )
    assert not [e for e in doc.events if e.target == "GBR" or e.actor == "GBR"]


def test_fire_at_a_state_is_an_attack(english):
    doc = english(
        "Russia fired 48 missiles and about 120 drones at Ukrainian cities overnight, "
        "Ukraine's air force said on Sunday.",
        published="2025-06-01",
    )
    assert _of(doc, "ASSAULT", "RUS", "UKR")
    assert not _of(doc, "THREATEN", "RUS")


def test_fire_at_no_state_stays_a_launch(english):
    doc = english(
        "North Korea fired two short-range ballistic missiles into the sea off its east "
        "coast on Thursday, South Korea's military said.",
        published="2025-05-09",
    )
    launch = _of(doc, "THREATEN", "PRK")
    assert launch and not _of(doc, "ASSAULT", "PRK")


def test_support_for_a_states_position_is_support_for_it(english):
    doc = english(
        "Kim Jong Un expressed unconditional support for Russia's position on Ukraine, the "
        "official KCNA news agency said.",
        published="2025-06-05",
    )
    assert _of(doc, "SUPPORT", "kim-jong-un", "RUS")
    assert not _of(doc, "SUPPORT", target="UKR")


def test_a_date_of_a_relative_clause_after_the_act_is_not_its(english):
    doc = english(
        "Pyongyang has long sent laborers to Russian building sites, which the U.N. "
        "Security Council banned in 2017.",
        published="2025-09-16",
    )
    assert not [e for e in _of(doc, "AID", "PRK") if e.date_start == "2017"]


def test_a_since_date_after_the_act_is_still_its(english):
    doc = english(
        "North Korea has sent some 4,000 more workers to Russia since early August, Seoul's "
        "spy agency said on Tuesday.",
        published="2025-09-16",
    )
    aid = _of(doc, "AID", "PRK", "RUS")
    assert aid and str(aid[0].date_start).startswith("2025-08")


def test_a_judging_verbs_date_does_not_date_what_it_judges(english):
    doc = english(
        "North Korea admitted sending soldiers to Russia only in late April, months after "
        "Kyiv said they had arrived.",
        published="2025-10-31",
    )
    aid = [e for e in doc.events if e.type in ("AID", "MOBILIZE") and e.actor == "PRK"]
    assert aid and not [e for e in aid if e.date_basis == "text" and e.date_start == "2025-04"]
    assert _of(doc, "CONCEDE", "PRK")


def test_a_treaty_signed_by_leaders_keeps_its_month(english):
    doc = english(
        "Belousov praised the partnership treaty signed by Putin and Kim Jong Un after their "
        "June summit in Pyongyang.",
        published="2024-11-29",
    )
    agree = _of(doc, "AGREE")
    assert agree and str(agree[0].date_start).startswith("2024-06")


def test_a_week_is_the_month_it_falls_in(english):
    doc = english(
        "A North Korean military delegation visited Moscow last week, Russia's defence "
        "ministry said.",
        published="2025-03-04",
    )
    visit = _of(doc, "CONSULT", "PRK")
    assert visit and visit[0].date_start == "2025-02"


def test_a_season_of_a_year_is_that_year(english):
    doc = english(
        "Officials in Kyiv said North Korea had deployed troops to Kursk in the autumn of 2024.",
        published="2025-10-31",
    )
    moved = [e for e in doc.events if e.type in ("AID", "MOBILIZE") and e.actor == "PRK"]
    assert moved and moved[0].date_start == "2024"


@pytest.mark.parametrize(
    "text",
    [
        "Russian navy ships ferried North Korean special forces from Chongjin to Vladivostok "
        "in October, the spy agency said.",
        "A Russian cargo ship carrying North Korean shells docked at Dunai last week, "
        "satellite images show.",
    ],
)
def test_a_carrier_moves_its_cargos_owners_goods(english, text):
    doc = english(text, published="2024-11-20")
    assert _of(doc, "AID", "PRK", "RUS")
    assert not _of(doc, "AID", "RUS", "PRK")


def test_a_carrier_with_no_cargo_named_is_no_shipment(english):
    doc = english(
        "A Russian ferry carrying 180 tourists arrived in Rason on Monday.",
        published="2025-07-08",
    )
    assert not _of(doc, "AID")


def test_it_in_the_words_of_officials_is_not_their_state(english):
    doc = english(
        "Pyongyang confirmed the deployment only in April, months after U.S. officials said "
        "it had dispatched thousands of soldiers to Russia.",
        published="2025-10-31",
    )
    assert not [e for e in doc.events if e.type == "AID" and e.actor == "USA"]


def test_arms_before_a_noun_is_no_arming(english):
    doc = english(
        "Tokyo has repeatedly urged Moscow to halt arms dealings with Pyongyang.",
        published="2025-07-03",
    )
    assert not _of(doc, "AID", "JPN")


def test_a_name_in_the_speakers_relative_clause_is_not_the_speaker(english):
    doc = english(
        "Russia shipped about 900,000 barrels of diesel to North Korea in the first half of "
        "the year, a coalition of nine states that monitors sanctions on Pyongyang said on "
        "Monday.",
        published="2025-09-22",
    )
    aid = _of(doc, "AID", "RUS", "PRK")
    assert aid and not [e for e in aid if e.source == "pyongyang"]
    assert aid[0].status == "reported"


def test_a_speaker_past_a_participle_aside_with_an_abbreviation(english):
    doc = english(
        "The Multilateral Sanctions Monitoring Team, formed in 2024 after Moscow blocked the "
        "U.N. panel's renewal, said Russian vessels transferred fuel to North Korean tankers "
        "at sea.",
        published="2026-01-28",
    )
    aid = _of(doc, "AID", "RUS", "PRK")
    assert aid and aid[0].source == "multilateral-sanctions-monitoring-team"


def test_a_group_described_is_named_by_the_next_speaker(english):
    doc = english(
        "Russia sent North Korea more than 700,000 barrels of refined oil last year, a group "
        "of countries said on Wednesday.\n\n"
        "The Multilateral Sanctions Monitoring Team said North Korean tankers had made dozens "
        "of trips to Vostochny.",
        published="2026-01-28",
    )
    first = [e for e in _of(doc, "AID", "RUS", "PRK") if e.start < 100]
    assert first and first[0].source == "multilateral-sanctions-monitoring-team"


def test_said_that_is_no_relative_clause(english):
    doc = english(
        "Ukraine's military intelligence said that North Korea had sent 2,000 more soldiers "
        "to Russia.",
        published="2025-03-04",
    )
    aid = _of(doc, "AID", "PRK", "RUS")
    assert aid and aid[0].source in ("UKR", "ukrainian-military-intelligence", "hur")


def test_a_denial_answers_the_press_its_claim_comes_from(english):
    doc = english(
        "Kremlin spokesman Dmitry Peskov on Thursday dismissed as groundless reports in "
        "Japanese media that Russia had delivered fighter jets to Pyongyang.",
        published="2025-09-12",
    )
    denial = _of(doc, "REJECT", "dmitry-peskov")
    assert denial and denial[0].target == "JPN"


def test_a_denial_of_no_ones_claim_has_no_such_target(english):
    doc = english(
        "North Korea's foreign ministry dismissed as absurd the latest claims about its "
        "soldiers in Russia.",
        published="2025-09-12",
    )
    assert not [e for e in _of(doc, "REJECT") if e.target == "RUS"]


@pytest.mark.parametrize(
    "text",
    [
        "Under the pact, Moscow and Pyongyang pledged to assist each other with all means "
        "if either is attacked.",
        "The treaty obliges each side to provide military aid should the other come under attack.",
    ],
)
def test_what_a_pact_commits_its_parties_to_is_no_aid(english, text):
    doc = english(text, published="2024-06-20")
    assert not _of(doc, "AID")


def test_parties_that_met_each_other_still_met(english):
    doc = english(
        "Russian and North Korean defence officials met each other in Khabarovsk on Monday.",
        published="2025-02-11",
    )
    assert _of(doc, "CONSULT")


def test_a_second_verb_after_and_takes_its_own_object(english):
    doc = english(
        "North Korea fired several rockets into the sea on Tuesday and denounced U.S.-South "
        "Korean air drills, state media said.",
        published="2025-11-05",
    )
    assert not _of(doc, "ASSAULT", "PRK")
    assert _of(doc, "ACCUSE", "PRK", "USA")


def test_missiles_fired_at_a_city_are_no_act_of_their_maker(english):
    doc = english(
        "Kyiv said the newest North Korean missiles were far more accurate than the first "
        "batches fired at Zaporizhzhia in early 2024.",
        published="2025-11-18",
    )
    assert not [e for e in doc.events if e.actor == "PRK" and e.type in ("ASSAULT", "THREATEN")]


def test_soldiers_who_fire_at_a_target_still_fire(english):
    doc = english(
        "North Korean soldiers fired at Ukrainian drones near Sudzha, the unit said.",
        published="2025-11-18",
    )
    assert _of(doc, "ASSAULT", "PRK", "UKR")


def test_an_envoy_posted_there_pays_no_visit(english):
    doc = english(
        "Kim Jong Un opened a memorial hall in Pyongyang on Friday. Russia's ambassador to "
        "Pyongyang attended the ceremony, KCNA said.",
        published="2025-10-31",
    )
    assert not [e for e in _of(doc, "CONSULT") if e.mode == "visit" and e.actor == "RUS"]


def test_a_minister_who_attends_abroad_visits(english):
    doc = english(
        "Russian Deputy Prime Minister Marat Khusnullin attended the opening of a road bridge "
        "in Rason on Monday.",
        published="2025-07-01",
    )
    assert _of(doc, "CONSULT", target="PRK")
