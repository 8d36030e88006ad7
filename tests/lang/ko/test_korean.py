"""Korean: a name is a mention only at the start of its word, before a particle or a
suffix; sentences split at their stops."""

import pytest

from kansoku.knowledge import default_knowledge
from kansoku.link import link


def korean():
    return default_knowledge().language("ko")


def linked(text: str) -> list[tuple[str, str]]:
    mentions, _ = link(text, korean(), default_knowledge().gazetteer)
    return [(m.text, m.entity_id) for m in mentions]


@pytest.mark.parametrize(
    ("text", "form", "entity"),
    [
        ("북한이 병력을 보냈다.", "북한", "PRK"),
        ("러시아는 이를 부인했다.", "러시아", "RUS"),
        ("조선중앙통신이 보도했다.", "조선중앙통신", "kcna"),
        ("북한군의 움직임을 주시하고 있다.", "북한", "PRK"),
        ("한국 정부는 우려를 표명했다.", "한국 정부", "KOR"),
    ],
)
def test_names_link_with_their_particles(text, form, entity):
    assert (form, entity) in linked(text)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("조선업 경기가 회복되고 있다.", "PRK"),  # shipbuilding, not North Korea
        ("한국어 교재를 만들었다.", "KOR"),  # the Korean language
        ("남북한이라는 말을 썼다.", "PRK"),  # 북한 inside a longer word
    ],
)
def test_a_name_inside_another_word_is_no_mention(text, entity):
    assert all(e != entity for _, e in linked(text))


def test_sentences_end_at_stops_but_not_inside_numbers():
    text = "북한이 병력 1.2만 명을 보냈다. 러시아는 부인했다."
    found = [text[s.start : s.end] for s in korean().split_sentences(text)]
    assert found == ["북한이 병력 1.2만 명을 보냈다.", "러시아는 부인했다."]


@pytest.mark.parametrize(
    ("text", "value", "end_value"),
    [
        ("지난달 7일 서명했다.", "2025-01-07", None),  # a day of the month named
        ("지난해 9월부터 이어졌다.", "2024-09", None),
        ("3~4월 중 도착했다.", "2024-03", "2024-04"),  # a range of months: its start
        ("11~1월 사이 도착했다.", "2024-11", "2025-01"),
    ],
)
def test_relative_months_and_ranges(text, value, end_value):
    from kansoku.lang.ko.dates import find_dates

    found = find_dates(text, "2025-02-20")
    assert (found[0].value, found[0].end_value) == (value, end_value)
