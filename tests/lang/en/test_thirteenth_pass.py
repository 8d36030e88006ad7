"""English, thirteenth pass (articles written for the tests, new names and numbers): who
tells a fact — a name inside what the speaking phrase is about (ties between two states,
a study on one) is no speaker; a participle after a comma is no inverted speaker; a
document's author is whoever published it, past an aside between the two, and a group
first described is the publisher named next; an unnamed office of a wire's filing place
goes on speaking in the next sentence that points back at it."""

from __future__ import annotations

import pytest

_AIDS = ("AID", "MOBILIZE", "COOPERATE")
_STATES = ("RUS", "PRK")


def _pair_acts(doc):
    return [e for e in doc.events if e.type in _AIDS and {e.actor, e.target} <= set(_STATES)]


def _sources(doc):
    return {e.source for e in _pair_acts(doc)} | {f.source for f in doc.figures}


# --- a name in what the speaking phrase is about does not speak -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has handed Pyongyang two air defence batteries, a Seoul official noted "
        "on Monday, as freight trains between Pyongyang and the Kremlin indicate a brisk flow.",
        "A paper on the DPRK's arms plants shows that Pyongyang has shipped about 640 "
        "launchers to Moscow since last spring.",
        "Customs data about Moscow's fuel exports show it delivered roughly 870,000 "
        "barrels of diesel to the DPRK in May.",
        "Radar pictures over the DPRK's Rason harbour suggest Pyongyang loaded around "
        "1,350 crates of shells for Moscow in March.",
        "Port logs on Moscow's Pacific harbours indicate the DPRK sent about 2,100 crates "
        "of munitions to Moscow between July and September.",
        "Press coverage regarding Moscow suggests the DPRK has sent some 700 field guns "
        "to Moscow this year.",
    ],
)
def test_a_name_the_speaking_phrase_is_about_does_not_speak(english, text):
    doc = english(text, published="2026-06-02")
    assert _pair_acts(doc), doc.events
    assert not _sources(doc) & set(_STATES), (doc.events, doc.figures)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "A press officer for Kyiv's military spy service stated the DPRK had moved 1,150 "
            "more gunners to Moscow's side in late April.",
            "UKR",
        ),
        (
            "Officials at Seoul's spy agency briefed lawmakers that the DPRK had moved "
            "another 2,300 riflemen to Moscow this month.",
            "KOR",
        ),
    ],
)
def test_a_name_heading_the_speaking_phrase_still_speaks(english, text, state, facts):
    doc = english(text, published="2026-06-02")
    assert _pair_acts(doc), doc.events
    assert all(e.source for e in _pair_acts(doc)), doc.events


# --- a participle after a comma is no inverted speaker --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Analysts reckon roughly 1.1 million barrels went to the DPRK in 2025, "
        "suggesting the flow sped up once Pyongyang began selling shells to Moscow.",
        "About 300 DPRK gunners reached Kursk in May, showing how fast Moscow has come "
        "to lean on Pyongyang.",
        "Some 420,000 barrels of Moscow's diesel reached the DPRK in April, indicating "
        "that supplies grew once Pyongyang started shipping rockets.",
    ],
)
def test_a_participle_after_a_comma_names_no_speaker(english, text):
    doc = english(text, published="2026-06-02")
    assert _pair_acts(doc) or doc.figures, doc.events
    assert not _sources(doc) & {"PRK", "RUS", "pyongyang", "moscow"}, (doc.events, doc.figures)


def test_a_finite_verb_after_the_comma_still_names_its_speaker(english):
    doc = english(
        "The DPRK shipped 2,600 crates of shells to Moscow last year, said Seoul's "
        "defence ministry.",
        published="2026-06-02",
    )
    assert [e for e in _pair_acts(doc) if e.source], doc.events


# --- a document's author --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "RUSI, which has followed the freighters since 2023 and briefed several cabinets, "
        "published a new paper on Friday. The paper says the DPRK sent 70 more howitzers "
        "to Moscow in August.",
        "CSIS, founded in 1962 and funded by donors, released a study on Tuesday. The "
        "study says Moscow shipped about 20 air defence launchers to the DPRK last year.",
        "C4ADS, a nonprofit that follows cargo, freight and sanctions evasion, issued a "
        "report on Monday. The report says the DPRK loaded 900 crates of rockets for "
        "Moscow in June.",
    ],
)
def test_a_document_is_told_by_whoever_published_it(english, text):
    doc = english(text, published="2026-06-02")
    acts = _pair_acts(doc)
    assert acts and all(e.source not in (None, "RUS", "PRK") for e in acts), doc.events


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Moscow provided close to 950,000 barrels of gasoil to Pyongyang during the "
            "cold months, according to Tuesday's study by the DC-based CSIS.",
            "csis",
        ),
        (
            "The DPRK has shipped some 180 tracked guns to Moscow, according to a fresh "
            "assessment by the London-based RUSI.",
            "rusi",
        ),
        (
            "A Washington research group says the DPRK has sold Moscow at least 90 "
            "short-range missiles since 2024. CSIS released the study on Thursday.",
            "csis",
        ),
    ],
)
def test_a_described_or_located_author_is_the_source(english, text, source):
    doc = english(text, published="2026-06-02")
    acts = _pair_acts(doc)
    assert acts and {e.source for e in acts} == {source}, doc.events


# --- an unnamed office of the filing place goes on speaking ---------------------------


def test_the_office_pointed_back_at_is_the_filing_places(english):
    doc = english(
        "SEOUL, June 4 (Yonhap) -- The DPRK has sold Moscow about 150 more missiles "
        "this year, the defense ministry noted Thursday.\n"
        "The ministry also said Moscow had probably handed Pyongyang radar technology.",
        published="2026-06-04",
    )
    given = [e for e in _pair_acts(doc) if e.actor == "RUS"]
    assert given and given[0].source == "KOR", doc.events


def test_an_office_named_with_its_state_keeps_its_state(english):
    doc = english(
        "SEOUL, June 4 (Yonhap) -- Moscow's defence ministry noted Thursday it had run "
        "drills with DPRK officers near Vladivostok.\n"
        "The ministry also said Moscow had handed Pyongyang radar technology.",
        published="2026-06-04",
    )
    given = [e for e in _pair_acts(doc) if e.actor == "RUS" and e.type == "AID"]
    assert all(e.source not in ("seoul", "KOR") for e in given), doc.events


# --- counts told after a verb of amounting: the subject's head counts -----------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "By Kyiv's tally, DPRK casualties since the first posting to Moscow's "
            "battlefields have exceeded 6,300.",
            6300,
        ),
        (
            "Losses among DPRK riflemen serving Moscow have reached about 4,700, the NIS noted.",
            4700,
        ),
        (
            "Since October, DPRK casualties in Moscow's Belgorod province have surpassed "
            "1,950, a Kyiv general noted.",
            1950,
        ),
        (
            "Overall DPRK losses on Moscow's front have risen to roughly 8,150, Seoul's "
            "intelligence service briefed MPs.",
            8150,
        ),
    ],
)
def test_a_count_after_a_verb_of_amounting_counts_the_subjects_head(english, text, value):
    doc = english(text, published="2026-02-11")
    kinds = {f.kind for f in doc.figures if f.value == value}
    assert kinds == {"casualties"}, doc.figures


def test_the_number_of_troops_still_counts_troops(english):
    doc = english(
        "The number of DPRK soldiers in Moscow's service has climbed to 13,400, a Seoul "
        "legislator noted.",
        published="2026-02-11",
    )
    assert {f.kind for f in doc.figures if f.value == 13400} == {"troops"}, doc.figures


# --- troops named by their trade -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About 1,700 DPRK artillerymen were shifted from Kursk to Moscow's Bryansk "
        "province, Kyiv's intelligence noted.",
        "Pyongyang sent some 900 gunners to Moscow in March, a Seoul official noted.",
        "The DPRK has dispatched around 650 marines to Moscow, Kyiv noted on Monday.",
        "Roughly 1,200 DPRK infantrymen arrived in Moscow's Far East last week, the NIS noted.",
    ],
)
def test_troops_named_by_their_trade_are_troops(english, text):
    doc = english(text, published="2026-03-02")
    assert [e for e in _pair_acts(doc) if e.actor == "PRK"], doc.events
    assert {f.kind for f in doc.figures} == {"troops"}, doc.figures


# --- an act set against another is not done ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Some 9,000 DPRK soldiers stay in Moscow's border areas, mostly on sentry work "
        "rather than frontline assaults, Seoul noted.",
        "DPRK units in Moscow's service now clear mines instead of large-scale attacks, a "
        "Kyiv officer noted.",
        "The 3,000 DPRK men in Kursk are rebuilding roads as opposed to combat missions, "
        "a Moscow governor noted.",
    ],
)
def test_an_act_after_rather_than_is_not_told(english, text):
    doc = english(text, published="2026-03-02")
    assert not [e for e in doc.events if e.type == "ASSAULT"], doc.events


def test_an_act_before_rather_than_is_still_told(english):
    doc = english(
        "The DPRK shipped 60 howitzers to Moscow in May rather than more troops, "
        "officials in Seoul noted.",
        published="2026-06-02",
    )
    assert [e for e in _pair_acts(doc) if e.actor == "PRK"], doc.events


# --- a gerund that names a kind of body, people moved who are no cargo ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv asked its allies to blacklist DPRK lenders and shipping firms serving Moscow's war.",
        "The EU listed two Moscow lenders and supplying companies tied to Pyongyang's "
        "arms deals with the Kremlin.",
        "London sanctioned two shipping lines in Vladivostok that handle DPRK cargo for Moscow.",
    ],
)
def test_a_gerund_before_a_kind_of_body_is_no_act(english, text):
    doc = english(text, published="2026-06-02")
    assert not [e for e in doc.events if e.type == "AID" and e.actor not in _STATES], doc.events


def test_a_gerund_before_its_cargo_is_still_an_act(english):
    doc = english(
        "The DPRK began shipping rockets to Moscow in July, officials noted.",
        published="2026-06-02",
    )
    assert [e for e in _pair_acts(doc) if e.actor == "PRK"], doc.events


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv is ready to hand two DPRK captives to Seoul, its envoy noted, while Moscow "
        "keeps DPRK troops in Kursk.",
        "Kyiv will transfer three Russian detainees to Belarus next month, while "
        "Moscow hosts DPRK officers.",
    ],
)
def test_people_moved_are_not_whom_the_transfer_is_aimed_at(english, text):
    doc = english(text, published="2026-06-02")
    assert not [e for e in doc.events if e.actor == "UKR" and e.target in _STATES], doc.events


# --- conditions and tails after a speaker --------------------------------------------


def test_if_confirmed_is_no_one_saying_so(english):
    doc = english(
        "If confirmed, such a battle in Kherson would be a first for DPRK gunners since "
        "Pyongyang dispatched soldiers to Moscow in 2024.",
        published="2026-06-02",
    )
    sent = [e for e in _pair_acts(doc) if e.date_start == "2024"]
    assert sent and sent[0].status == "asserted", doc.events


def test_a_with_clause_after_the_speaker_is_the_speakers(english):
    doc = english(
        "Some 1,800 DPRK riflemen have died serving Moscow, the NIS briefed MPs on "
        "Tuesday, with overall casualties put at some 5,200.",
        published="2026-06-02",
    )
    total = [f for f in doc.figures if f.value == 5200]
    assert total and total[0].source == "national-intelligence-service", doc.figures


# --- what is said at the sitting the lead dates --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Washington informed the council on Tuesday that the DPRK had sold 80 more "
        "missiles to Moscow.\n"
        "Moscow's envoy Vasily Nebenzia rejected the claim as a lie.",
        "Poland's foreign minister on Monday urged allies to act on Moscow's arms deals "
        "with Pyongyang.\n"
        "Tokyo's top diplomat noted that Japan condemns the Kremlin's ties with the DPRK.",
    ],
)
def test_what_is_said_at_the_sitting_takes_the_leads_day(english, text):
    doc = english(text, published="2026-06-03")
    said = [e for e in doc.events if e.type in ("REJECT", "ACCUSE") and e.actor != "USA"]
    assert said and said[-1].date_start in ("2026-06-01", "2026-06-02"), doc.events


def test_what_was_said_before_keeps_no_day(english):
    doc = english(
        "Washington informed the council on Tuesday that the DPRK had sold 80 more "
        "missiles to Moscow.\n"
        "Moscow's envoy had previously dismissed all such talk as invention.",
        published="2026-06-03",
    )
    said = [e for e in doc.events if e.type == "REJECT"]
    assert all(e.date_start != "2026-06-02" for e in said), doc.events


# --- a claim called false in the speaker's words is rejected --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Reports that DPRK gunners were shifted to Kherson are pure fabrication, "
        "Dmitry Peskov insisted on Monday.",
        'Claims that Pyongyang sent 4,000 more soldiers to Russia are "groundless", '
        "Moscow's foreign ministry insisted on Friday.",
        "Peskov insisted on Monday that reports of DPRK riflemen fighting near Kharkiv "
        "were nothing but disinformation.",
        "Allegations that Moscow handed the DPRK submarine technology are baseless, "
        "Moscow's ambassador to Seoul insisted.",
    ],
)
def test_a_claim_called_false_by_the_speaker_is_a_rejection(english, text):
    doc = english(text, published="2026-01-14")
    russian = {"RUS", "dmitry-peskov", "russian-foreign-ministry"}
    assert [e for e in doc.events if e.type == "REJECT" and e.actor in russian], doc.events


@pytest.mark.parametrize(
    "text",
    [
        "Reports that the DPRK sent 2,000 more riflemen to Moscow are accurate, Kyiv's "
        "intelligence noted on Monday.",
        "Peskov on Monday denied reports that DPRK gunners had been shifted to Kherson.",
    ],
)
def test_no_second_rejection_without_a_false_word(english, text):
    doc = english(text, published="2026-01-14")
    assert len([e for e in doc.events if e.type == "REJECT"]) <= 1, doc.events
    if "accurate" in text:
        assert not [e for e in doc.events if e.type == "REJECT"], doc.events


# --- a claim weighed again is no act of its own --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says DPRK gunners got to Kherson last week. Should that prove true, it would be "
        "the first such deployment of DPRK soldiers in southern Ukraine.",
        "Seoul says Moscow handed Pyongyang a radar battery. This would mark the first "
        "delivery of Kremlin air defence gear to the DPRK.",
        "Tokyo says Moscow's pilots trained in Wonsan. That would be a new deployment of "
        "Kremlin forces to the DPRK.",
    ],
)
def test_a_claim_weighed_again_is_no_second_act(english, text):
    doc = english(text, published="2026-03-02")
    weighed = text.split(". ", 1)[1]
    start = text.index(weighed)
    assert not [e for e in doc.events if e.start >= start and e.status != "asserted"], doc.events


# --- a study's unnamed authors speak for the organization credited with it ------------


@pytest.mark.parametrize(
    "text",
    [
        "Moscow sold the DPRK about 800,000 barrels of diesel in 2025, according to a "
        "CSIS study. Researchers reckon that some 350,000 barrels went north in 2024.",
        "The DPRK shipped 120 launchers to Moscow, according to a RUSI assessment. The "
        "authors conclude that 40 more launchers followed in the spring.",
    ],
)
def test_a_studys_researchers_speak_for_its_organization(english, text):
    doc = english(text, published="2026-03-04")
    later = [f for f in doc.figures if f.value in (350000, 40)]
    assert later and later[0].source in ("csis", "rusi"), doc.figures


# --- a verb of saying followed by a clause has no inverted speaker --------------------


@pytest.mark.parametrize(
    "text",
    [
        "In a note on Friday, the bureau, which Kyiv set up in 2022, said the DPRK had "
        "rotated 3,400 riflemen through Moscow's border areas since the spring.",
        "Speaking to lawmakers, the spy chief of Seoul said Pyongyang has moved 2,150 "
        "gunners to Moscow this year.",
        "On Sunday the monitoring office of Lithuania stated the DPRK was sending 45 more "
        "howitzers to Moscow by rail.",
    ],
)
def test_the_subject_of_a_clause_said_does_not_speak_it(english, text):
    doc = english(text, published="2026-06-02")
    assert _pair_acts(doc), doc.events
    assert not _sources(doc) & set(_STATES), (doc.events, doc.figures)
