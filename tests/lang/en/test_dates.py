"""English dates resolved against the day the text was written."""

from __future__ import annotations

import pytest

from kansoku.knowledge import default_knowledge
from kansoku.lang.en.dates import find_dates


def dates(text: str, reference: str = "2024-11-20") -> list[tuple[str | None, str, bool]]:
    rules = default_knowledge().language("en").words.dates  # type: ignore[attr-defined]
    return [(d.value, d.kind, d.since) for d in find_dates(text, reference, rules)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The envoy arrived on Aug. 27.", "2024-08-27"),
        ("The treaty was signed on 19 June 2024.", "2024-06-19"),
        ("Troops moved on Sept. 13, 2023.", "2023-09-13"),
        ("The talks were held in late June.", "2024-06"),
        ("The minister visited on Tuesday.", "2024-11-19"),  # the 20th is a Wednesday
        ("The report came out last Wednesday.", "2024-11-13"),
        ("The ships sailed last month.", "2024-10"),
        ("The ministry spoke earlier this year.", "2024"),
        ("Shipments have grown since mid-2022.", "2022"),
        ("The delegation arrived in December.", "2023-12"),  # told as past: last December
    ],
)
def test_dates_resolve_against_the_reference(text, value):
    assert dates(text)[0][0] == value


def test_a_month_alone_needs_a_word_before_it():
    assert dates("They may meet again.") == []


def test_since_marks_a_start():
    assert dates("Shipments have grown since mid-2022.")[0][2] is True


def test_a_future_sentence_takes_the_next_such_month():
    assert dates("The minister will visit in March.")[0][0] == "2025-03"


def test_a_dateline_s_date_dates_no_event(facts):
    doc = facts(
        "SEOUL, July 13 (Yonhap) -- Lavrov held talks with Choe Son Hui in Wonsan on Saturday.",
        "2025-07-13",
        "en",
    )
    talks = next(e for e in doc.events if e.type == "CONSULT")
    assert talks.date_start == "2025-07-12"
