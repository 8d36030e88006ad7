"""Korean numbers and dates (texts written for the tests)."""

from __future__ import annotations

import pytest

from kansoku.knowledge import default_knowledge
from kansoku.lang.ko.dates import find_dates
from kansoku.lang.ko.numbers import find_quantities, value_of


def words():
    return default_knowledge().language("ko").words  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1만1000", 11000),
        ("1만 1천", 11000),
        ("2만", 20000),
        ("3,000", 3000),
        ("4천", 4000),
        ("1억5000만", 150000000),
        ("수천", 1000),
        ("2.5만", 25000),
    ],
)
def test_korean_numbers(written, value):
    assert value_of(written, words().numbers) == value


@pytest.mark.parametrize(
    ("text", "value", "value_max", "qualifier"),
    [
        ("병력 1만1000명", 11000, None, "exact"),
        ("사망 300여 명", 300, None, "at_least"),
        ("병력 약 1만 명", 10000, None, "about"),
        ("병력 1만~1만2천 명", 10000, 12000, "exact"),
        ("병력 수천 명", 1000, None, "several"),
        ("병력 1만 명 이상", 10000, None, "at_least"),
    ],
)
def test_counted_numbers(text, value, value_max, qualifier):
    ((quantity, _),) = find_quantities(text, words().numbers)
    assert (quantity.value, quantity.value_max, quantity.qualifier) == (value, value_max, qualifier)


@pytest.fixture
def korean(facts):
    def run(text: str) -> object:
        return facts(text, "2024-11-20", "ko")

    return run


@pytest.mark.parametrize(
    ("text", "kind", "measure"),
    [
        (
            "국정원은 러시아에 파병된 북한군 사망 300여 명, 부상 2700여 명으로 추산했다.",
            "casualties",
            "killed",
        ),
        ("북한이 러시아에 병력 1만1000명을 파병했다.", "troops", None),
        ("북한은 러시아에 컨테이너 1만3000개 분량의 포탄을 보냈다.", "containers", None),
        ("러시아에 파병된 북한군 4700여 명이 죽거나 다쳤다.", "casualties", "casualties"),
    ],
)
def test_what_a_count_counts(korean, text, kind, measure):
    figure = korean(text).figures[0]
    assert (figure.kind, figure.measure) == (kind, measure)


def test_a_count_of_losses_is_the_estimate_its_source_makes(korean):
    doc = korean(
        "국정원은 러시아에 파병된 북한군 사상자가 3000여 명에 이르는 것으로 추산된다고 밝혔다."
    )
    assert doc.figures[0].status == "estimated"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("지난 11일 서명했다", "2024-11-11"),
        ("6월 19일 체결된", "2024-06-19"),
        ("2024년 10월부터", "2024-10"),
        ("지난해 체결한", "2023"),
        ("지난달 도착한", "2024-10"),
        ("25일 방북했다", "2024-10-25"),
    ],  # the 25th had not come yet: last month's
)
def test_dates_resolve_against_the_reference(text, value):
    assert find_dates(text, "2024-11-20")[0].value == value


def test_since_marks_a_start():
    assert find_dates("2024년 10월부터 파병했다", "2024-11-20")[0].since is True


def test_a_cause_named_before_a_count_is_not_its_owner(korean):
    doc = korean("러시아와 북한의 공격으로 우크라이나 민간인 최소 8명이 사망했다.")
    assert all(f.subject != "RUS" for f in doc.figures)


def test_a_cap_is_no_count(korean):
    doc = korean(
        "러시아산 정제유 100만 배럴이 북한에 반입됐는데, 이는 유엔이 정한 상한선인 50만 배럴의 두 배다."
    )
    assert [f.value for f in doc.figures] == [1000000]


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        # nouns counted together: a measure of their own
        ("북한이 러시아에 공병과 군사 건설 인력 6000명을 보냈다.", ["builders+engineers"]),
        # counts of their own, listed one after the other
        (
            "러시아에 파병된 북한군 사망 300여 명, 부상 2700여 명으로 집계됐다.",
            ["killed", "wounded"],
        ),
        # a second dispatch: a count of its own
        ("북한이 러시아에 병력 3000여 명을 추가로 파견했다.", ["additional"]),
    ],
)
def test_what_a_count_counts_within_its_kind(korean, text, measures):
    assert [f.measure for f in korean(text).figures] == measures


def test_one_soldier_is_no_troop_strength(korean):
    doc = korean("러시아에 파병된 북한군 장병 1명이 생포될 위기에 처하자 자폭을 시도했다.")
    assert [f for f in doc.figures if f.kind == "troops"] == []


def test_the_name_of_the_counted_phrase_owns_the_count(korean):
    doc = korean(
        "우크라이나 정보총국은 러시아가 북한 육군 병사 7천명 이상을 국경 지역으로 배치했다고 전했다."
    )
    assert [f.subject for f in doc.figures] == ["PRK"]
