"""Calendar dates written on pages and in their addresses."""

from __future__ import annotations

import pytest

from kansoku.clean import clean
from kansoku.knowledge import default_knowledge
from kansoku.model import Document


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.com/world/2024/12/19/5551234/", "2024-12-19"),
        ("https://example.org/2025/Apr/26/ministry-says-talks-ended", "2025-04-26"),
        ("http://example.jp/news/html/20230913/k100.html", "2023-09-13"),
        ("https://example.net/2025-03-02-talks-in-moscow", "2025-03-02"),
        ("https://example.net/politics/2025/03/", "2025-03"),
        ("https://example.info/c0012/pact_signed_in_tehran_20250522", "2025-05-22"),
        ("https://example.org/world/talks-end-2024-11-05", "2024-11-05"),
        # An id that starts like a date, a query string, impossible dates: no date.
        ("https://example.com/amp/2024120552427", None),
        ("https://example.com/item_2024120552427_x", None),
        ("https://example.com/view.asp?day=2024/01/02", None),
        ("https://example.com/2025/02/30/story", None),
        ("https://example.com/2024/news/story", None),
        ("https://example.com/articles/-/84163", None),
        (None, None),
    ],
)
def test_date_in_url(url: str | None, expected: str | None) -> None:
    assert default_knowledge().calendar.date_in_url(url) == expected


def _page(body: str, url: str) -> Document:
    doc = Document(source="t.txt", raw_sha256="0", body=body, language="ja", url=url)
    return clean(doc, default_knowledge())


def test_an_undated_page_takes_the_date_of_its_address() -> None:
    doc = _page("北朝鮮外務省は声明を発表した。\n", "https://example.jp/2024/11/05/a.html")
    assert doc.published == "2024-11-05"


def test_a_byline_date_wins_over_the_address() -> None:
    body = "2024年11月6日 10:15\n\n北朝鮮外務省は声明を発表した。\n"
    doc = _page(body, "https://example.jp/2024/11/05/a.html")
    assert doc.published == "2024-11-06"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("입력 2026년 3월 5일 오전 9시", "2026-03-05"),
        ("조약은 2026년 3월 5일(목)부터 효력을 발생했다", "2026-03-05"),
        ("2026年3月5日(木)に発効した", "2026-03-05"),
        ("on March 5, 2026, in Moscow", "2026-03-05"),
        ("3월 5일 모스크바에서", None),  # no year: the language's reader dates it
    ],
)
def test_full_dates_in_each_script(text: str, expected: str | None) -> None:
    found = default_knowledge().calendar.find_dates(text)
    assert (found[0][2] if found else None) == expected
