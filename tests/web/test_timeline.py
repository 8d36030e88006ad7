"""The timeline's window: where an unzoomed chart opens, what it leaves out."""

from __future__ import annotations

from kansoku.web.timeline import before_window, default_since, valid_date


def test_the_window_opens_after_a_few_old_outliers():
    starts = ["1961-07", *(f"2024-{m:02d}" for m in range(1, 13))]
    assert default_since(starts) == "2024-01"


def test_the_window_keeps_dates_that_are_only_weeks_older():
    starts = ["2023-06", "2023-07", *(f"2024-{m:02d}" for m in range(1, 13))]
    assert default_since(starts) == "2023-06"


def test_a_handful_of_events_keeps_its_single_outlier_apart():
    assert default_since(["2000", "2024-06", "2024-11"]) == "2024-06"
    assert default_since([]) is None


def test_what_ends_before_the_window_is_counted():
    dates = [("2023", None), ("2024-01", "2024-03"), ("2024-06-19", None)]
    assert before_window(dates, "2024-02") == 1
    assert before_window(dates, None) == 0


def test_only_iso_dates_are_kept_from_a_query():
    assert valid_date("2024-10") == "2024-10"
    assert [valid_date(v) for v in ("garbage", "2024-02-30", "2024-00", "")] == [None] * 4
