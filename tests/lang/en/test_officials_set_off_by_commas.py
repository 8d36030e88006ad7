"""English: a speaker set off by commas after the title of his office (sixteenth pass;
sentences written for the tests). A known name in the aside is the speaker; a name the
gazetteer does not know speaks for the state its title phrase names."""

from __future__ import annotations

from tests.conftest import on, state_of


def test_a_known_name_after_a_title_speaks(english):
    doc = english(
        "At a briefing, Ukraine's military spokesman, Andriy Kovalenko, said North Korean "
        "troops were fighting near Sudzha.",
        "2026-03-06",
    )
    (fighting,) = on(doc, "fighting")
    assert fighting.source == "andrii-kovalenko", fighting


def test_an_unknown_name_after_a_title_speaks_for_its_state(english):
    doc = english(
        "South Korea's Minister of Unification, Park Tae Sung, stated that the North had shipped "
        "about 4,000 containers to Moscow.",
        "2026-03-06",
    )
    (sent,) = on(doc, "shipped")
    assert state_of(sent.source) == "KOR", sent


def test_an_unknown_name_without_a_title_is_no_one_s_voice(english):
    doc = english(
        "In Seoul, a retired teacher, Park Tae Sung, said the North had shipped shells to Moscow.",
        "2026-03-06",
    )
    (sent,) = on(doc, "shipped")
    assert state_of(sent.source) != "KOR", sent
