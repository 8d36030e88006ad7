"""A treaty's page shows its life cycle as reported: signed, ratified by each party, in
force, each step dated and sourced (articles the team wrote, one step per language); an
entity's lists say how much they show and where the rest are."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import fetch

from kansoku.model import Document, Event, Mention
from kansoku.pipeline import ingest
from kansoku.reconcile import reconcile
from kansoku.store import open_store
from kansoku.store.records import EventFilter
from kansoku.web.app import create_app
from kansoku.web.entity import entity_page, step_dates, treaty_steps
from kansoku.web.interface import load_interface
from kansoku.web.views import PAGE, Context

TREATY = "comprehensive-strategic-partnership-treaty"
ARTICLES = [
    {"id": "t1", "language": "en", "published": "2024-06-20", "url": "https://example.com/t1",
     "title": "Treaty signed", "text": "Russia and North Korea signed the Comprehensive "
     "Strategic Partnership Treaty in Pyongyang on June 19, 2024, state media said."},
    {"id": "t2", "language": "ja", "published": "2024-10-25", "url": "https://example.jp/t2",
     "title": "下院が批准", "text": "ロシア下院は24日、北朝鮮との包括的戦略パートナーシップ条約を批准した。"},
    {"id": "t3", "language": "ko", "published": "2024-11-12", "url": "https://example.kr/t3",
     "title": "북한 비준", "text": "조선중앙통신에 따르면 북한은 11일 러시아와의 포괄적 전략적 "
     "동반자 관계 조약을 비준했다."},
    {"id": "t4", "language": "en", "published": "2024-12-05", "url": "https://example.com/t4",
     "title": "In force", "text": "The Comprehensive Strategic Partnership Treaty between "
     "Russia and North Korea entered into force on December 4, the Russian foreign ministry "
     "said."},
]  # fmt: skip


@pytest.fixture(scope="module")
def steps(tmp_path_factory: pytest.TempPathFactory, knowledge) -> list:
    folder: Path = tmp_path_factory.mktemp("treaty")
    source = folder / "treaty.jsonl"
    source.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES) + "\n")
    s = open_store(str(folder / "t.db"))
    try:
        assert ingest([str(source)], s).ok
        return treaty_steps(s, Context(knowledge, load_interface()), TREATY)
    finally:
        s.close()


def test_the_life_cycle_has_each_step_in_order(steps):
    told = [(s["mode"], s["by"]["id"] if s["by"] else None) for s in steps]
    assert told == [("treaty", None), ("ratify", "PRK"), ("ratify", "RUS"), ("in_force", None)]


def test_each_step_is_dated_and_sourced(steps):
    first = {(s["mode"], (s["by"] or {}).get("id")): s["dates"][0]["date"] for s in steps}
    assert first[("treaty", None)] == "2024-06-19"
    assert first[("ratify", "RUS")] == "2024-10-24"
    assert first[("ratify", "PRK")] == "2024-11-11"
    assert first[("in_force", None)] == "2024-12-04"
    assert all(s["evidence"] and s["evidence"][0]["quote"] for s in steps)
    in_force = next(s for s in steps if s["mode"] == "in_force")
    assert in_force["sources"] == ["Russia"]


def test_a_step_s_date_is_the_one_most_pages_give_the_day_before_its_month():
    # One page saying "in June" of the wrong year three times; three pages giving the day,
    # one more the month it falls in: the day comes first, supported by all four.
    told = [("2025-06", "d-blog")] * 3 + [
        ("2024-06-19", "d-wire"), ("2024-06-19", "d-paper"), ("2024-06-19", "d-tv"),
        ("2024-06", "d-weekly"),
    ]  # fmt: skip
    dates = step_dates(told)
    assert [(d["date"], d["documents"]) for d in dates] == [
        ("2024-06-19", 4), ("2024-06", 1), ("2025-06", 1)]  # fmt: skip
    assert dates[-1]["reports"] == 3
    # As many pages each: the day over its month.
    assert step_dates([("2024-12", "d-a"), ("2024-12-04", "d-b")])[0]["date"] == "2024-12-04"


# -- a page of each list, saying how many there are and where the rest are ------------------

TARGETS = ("RUS", "UKR", "KOR", "USA", "JPN", "CHN")
ACTS = PAGE + 15


@pytest.fixture(scope="module")
def busy_db(tmp_path_factory: pytest.TempPathFactory, knowledge) -> str:
    """North Korea acting more than a page of times, each act in its own sentence, on its
    own month, naming North Korea (written through the store's API, reconciled as
    ingestion does)."""
    sentences = [f"North Korea took step {i} toward {TARGETS[i % 6]}." for i in range(ACTS)]
    text = "\n".join(sentences)
    digest = hashlib.sha256(text.encode()).hexdigest()
    doc = Document(source="test:busy", text=text, language="en", published="2026-01-20",
                   raw_sha256=digest, content_sha256=digest, id="d-busy", title="Steps")  # fmt: skip
    at = 0
    for i, sentence in enumerate(sentences):
        month = f"{2020 + i // 12}-{i % 12 + 1:02d}"
        doc.events.append(Event(type=("AID", "ACCUSE")[i % 2], mode=None, actor="PRK",
                                target=TARGETS[i % 6], start=at, end=at + len(sentence),
                                trigger="took", date_start=month, date_basis="text",
                                id=f"e-busy-{i:03d}"))  # fmt: skip
        doc.mentions.append(Mention(at, at + len("North Korea"), "North Korea", "PRK", "country"))
        at += len(sentence) + 1
    entities = knowledge.gazetteer.entities
    doc.entities = [entities[i] for i in ("PRK", *TARGETS)]
    path = str(tmp_path_factory.mktemp("busy") / "busy.db")
    store = open_store(path)
    try:
        store.add_document(doc)
        reconcile(store, knowledge, [doc.id])
        assert store.count_events(EventFilter(actor="PRK")) > PAGE
    finally:
        store.close()
    return path


def test_an_entity_page_says_how_many_events_and_links_to_them_all(busy_db, knowledge):
    store = open_store(busy_db)
    try:
        data = entity_page(store, Context(knowledge, load_interface()), "PRK")
        total = store.count_events(EventFilter(actor="PRK"))
    finally:
        store.close()
    assert len(data["events"]) == PAGE
    assert data["events_cut"] == {"shown": PAGE, "total": total, "more": True,
                                  "href": "/timeline?actor=PRK"}  # fmt: skip
    page = fetch(create_app(busy_db), "/entities/PRK").text
    assert f'<a href="/timeline?actor=PRK">Showing {PAGE} of {total} events' in page


def test_an_entity_s_mentions_page_past_the_first(busy_db, knowledge):
    store = open_store(busy_db)
    ctx = Context(knowledge, load_interface())
    try:
        first = entity_page(store, ctx, "PRK")
        second = entity_page(store, ctx, "PRK", page=1)
    finally:
        store.close()
    assert first["mention_count"] == ACTS and len(first["mentions"]) == PAGE
    assert first["mentions_paging"]["next"] == "/entities/PRK?page=1#mentions"
    assert len(second["mentions"]) == ACTS - PAGE and second["mentions_paging"]["next"] is None
    shown = {(m["doc_id"], m["start"]) for m in first["mentions"] + second["mentions"]}
    assert len(shown) == ACTS


CITING = [
    {"id": "c1", "language": "en", "published": "2024-12-06", "title": "Pact's core clause",
     "text": "Article 4 of the Comprehensive Strategic Partnership Treaty obliges either side "
     "to give military help at once if the other is attacked. Article 51 of the UN Charter "
     "allows self-defence."},
    {"id": "c2", "language": "ja", "published": "2024-12-07", "title": "相互援助条項",
     "text": "包括的戦略パートナーシップ条約の第４条は、一方が武力侵攻を受けた場合の軍事援助を定めている。"},
    {"id": "c3", "language": "ko", "published": "2024-12-08", "title": "조약 조항",
     "text": "포괄적 전략적 동반자 관계 조약 제4조와 제3조는 상호 지원을 규정하고 있다."},
]  # fmt: skip


def test_a_treaty_page_lists_the_articles_the_texts_cite(tmp_path, knowledge):
    source = tmp_path / "citing.jsonl"
    source.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in CITING) + "\n")
    s = open_store(str(tmp_path / "c.db"))
    try:
        assert ingest([str(source)], s).ok
        page = entity_page(s, Context(knowledge, load_interface()), TREATY)
    finally:
        s.close()
    cited = {a["article"]: a for a in page["articles"]}
    assert list(cited) == ["4", "3"]  # the most cited first; the Charter's 51 is not the pact's
    assert cited["4"]["documents"] == 3
    for quote in cited["4"]["quotes"]:
        assert quote["href"] == f"/documents/{quote['doc_id']}#at-{quote['start']}"
        assert quote["end"] - quote["start"] == len(quote["quote"])
