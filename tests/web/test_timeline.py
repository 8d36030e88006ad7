"""The timeline's window: where an unzoomed chart opens, what it leaves out; undated
events listed apart, a page at a time."""

from __future__ import annotations

import hashlib
import re

import pytest
from conftest import fetch

from kansoku.model import Document, Event
from kansoku.reconcile import reconcile
from kansoku.store import open_store
from kansoku.store.records import EventFilter
from kansoku.web.app import create_app
from kansoku.web.interface import load_interface
from kansoku.web.timeline import (
    TimelineQuery,
    before_window,
    default_since,
    timeline,
    valid_date,
)
from kansoku.web.views import PAGE, Context


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


# -- undated events page like the list -------------------------------------------------------

STATES = ("PRK", "RUS", "UKR", "KOR", "USA", "JPN", "CHN")


@pytest.fixture(scope="module")
def undated_db(tmp_path_factory: pytest.TempPathFactory, knowledge) -> str:
    """A store holding more than a page of undated events: one document whose sentences
    each tell an act between two states with no date, written through the store's API
    and reconciled as ingestion does (distinct parties and categories, so none merge)."""
    pairs = [(a, t, c) for c in ("AID", "ACCUSE", "SANCTION") for a in STATES for t in STATES]
    acts = [(a, t, c) for a, t, c in pairs if a != t][: PAGE + 40]
    sentences = [
        f"Officials said {a} took step {i} against {t}." for i, (a, t, _) in enumerate(acts)
    ]
    text = "\n".join(sentences)
    digest = hashlib.sha256(text.encode()).hexdigest()
    doc = Document(source="test:undated", text=text, language="en", published="2024-11-20",
                   raw_sha256=digest, content_sha256=digest, id="d-undated", title="Steps")  # fmt: skip
    at = 0
    for i, ((actor, target, category), sentence) in enumerate(zip(acts, sentences, strict=True)):
        doc.events.append(Event(type=category, mode=None, actor=actor, target=target, start=at,
                                end=at + len(sentence), trigger="took", id=f"e-undated-{i:03d}"))  # fmt: skip
        at += len(sentence) + 1
    doc.entities = [knowledge.gazetteer.entities[s] for s in STATES]
    path = str(tmp_path_factory.mktemp("undated") / "undated.db")
    store = open_store(path)
    try:
        store.add_document(doc)
        reconcile(store, knowledge, [doc.id])
        assert store.count_events(EventFilter(undated=True)) > PAGE
    finally:
        store.close()
    return path


def test_undated_events_beyond_a_page_are_reached_page_by_page(undated_db, knowledge):
    store = open_store(undated_db)
    ctx = Context(knowledge, load_interface())
    try:
        total = store.count_events(EventFilter(undated=True))
        first = timeline(store, ctx, TimelineQuery())
        second = timeline(store, ctx, TimelineQuery(page=1))
        past = timeline(store, ctx, TimelineQuery(page=5))
        windowed = timeline(store, ctx, TimelineQuery(since="2024", page=1))
    finally:
        store.close()
    ids = [e["id"] for e in first["undated"]] + [e["id"] for e in second["undated"]]
    assert len(first["undated"]) == PAGE and len(ids) == len(set(ids)) == total
    assert first["undated_paging"]["total"] == total == second["undated_paging"]["total"]
    assert first["undated_paging"]["next"] == "/timeline?page=1#undated"
    assert second["undated_paging"]["previous"] and second["undated_paging"]["next"] is None
    assert (second["undated_paging"]["first"], second["undated_paging"]["last"]) == (
        PAGE + 1,
        total,
    )
    assert past["undated"] == [] and past["undated_paging"]["total"] == total
    # A window of dates has no place for undated events: none listed, none counted.
    assert windowed["undated"] == [] and windowed["undated_paging"]["total"] == 0


def test_the_timeline_page_counts_undated_events_and_links_the_next_page(undated_db):
    page = fetch(create_app(undated_db), "/timeline").text
    undated_list = page.split('class="facts undated"')[1].split("</ul>")[0]
    assert undated_list.count("<li") == PAGE
    assert re.search(r"Undated events 1–50 of \d+", page)
    assert 'href="/timeline?page=1#undated"' in page
