"""The dashboard's views, called in-process (httpx's ASGI transport) on a store built from
the team's sample articles: every view's JSON, its HTML, and what untrusted text becomes."""

from __future__ import annotations

import json
from collections import Counter
from html import escape
from pathlib import Path

import pytest
from conftest import fetch

from kansoku.pipeline import ingest
from kansoku.store import open_store
from kansoku.web import openapi
from kansoku.web.app import ROUTES, create_app
from kansoku.web.interface import load_interface


@pytest.fixture(scope="module")
def app(sample_db: str):
    return create_app(sample_db)


@pytest.fixture(scope="module")
def reader(sample_db: str):
    s = open_store(sample_db)
    yield s
    s.close()


def get_json(app, path: str) -> dict:
    response = fetch(app, path)
    assert response.status_code == 200, (path, response.text[:300])
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def test_every_view_answers_json_with_its_coverage(app, reader):
    event = next(reader.events())
    figure = next(reader.figures())
    entity = next(reader.entities())
    doc = next(reader.documents())
    ids = {"event_id": event.id, "figure_id": figure.id, "entity_id": entity.ref.id,
           "doc_id": doc.id}  # fmt: skip
    for path in ROUTES:
        concrete = path.format(**ids)
        data = get_json(app, "/index.json" if concrete == "/" else concrete + ".json")
        assert data["view"], concrete
        documented = openapi.document(ROUTES)["paths"]
        schema = documented[("/index" if path == "/" else path) + ".json"]["get"]["responses"]
        assert set(schema["200"]["content"]["application/json"]["schema"]["required"]) <= set(
            data
        ), concrete
        assert set(data["coverage"]) == {"documents", "fact_sentences", "unread_sentences"}
        assert data["coverage"]["documents"] == reader.stats().documents


def test_json_also_by_accept_header(app):
    response = fetch(app, "/timeline", accept="application/json")
    assert response.json()["view"] == "timeline"
    assert fetch(app, "/timeline").headers["content-type"].startswith("text/html")


def test_overview_counts_are_the_store_s(app, reader):
    data = get_json(app, "/index.json")
    stats = reader.stats()
    assert data["stats"]["events"] == stats.events
    assert data["stats"]["documents"] == stats.documents
    assert len(data["events"]) == min(8, stats.events)
    # Whose word the record rests on: each credited source with its reports, most first.
    credited = Counter(r.source for e in reader.events() for r in e.evidence if r.source)
    assert data["sources"], "the samples credit sources"
    assert [c["reports"] for c in data["sources"]] == sorted(credited.values(), reverse=True)[
        : len(data["sources"])
    ]
    for c in data["sources"]:
        assert credited[c["id"]] == c["reports"], c
        listed = get_json(app, c["href"].replace("/timeline", "/timeline.json"))
        assert listed["events"] + listed["undated"], c


def test_timeline_keeps_undated_events_apart_and_filters(app, reader):
    data = get_json(app, "/timeline.json")
    assert data["events"], "the samples have dated events"
    assert all(e["date"]["start"] for e in data["events"])
    assert all(e["date"]["start"] is None for e in data["undated"])
    told = {e.id for e in reader.events()}
    assert {e["id"] for e in data["events"] + data["undated"]} == told
    category = data["events"][0]["type"]
    only = get_json(app, f"/timeline.json?category={category}")
    assert only["events"] and {e["type"] for e in only["events"]} == {category}
    assert get_json(app, "/timeline.json?lang=xx")["events"] == []
    # The chart's marks are outlines with a count of their reports, and say how many match.
    marks = {m["id"]: m for m in data["marks"]}
    assert data["window"]["drawn"] == len(marks) == data["window"]["matching"]
    assert all(marks[e["id"]]["reports"] == len(e["evidence"]) for e in data["events"])


def test_ask_pages_through_the_facts_that_answer(app):
    question = "How many containers has North Korea sent to Russia?"
    whole = get_json(app, f"/ask.json?q={question}")
    assert whole["matched"] >= 3 and whole["paging"]["next"] is None
    with_small_pages = get_json(app, f"/ask.json?q={question}&page=0")
    assert with_small_pages["matched"] == whole["matched"]
    past = get_json(app, f"/ask.json?q={question}&page=5")
    assert past["answered"] is False and past["paging"]["previous"]


def test_timeline_window_zooms_and_pans(app):
    data = get_json(app, "/timeline.json")
    nav = data["navigation"]
    assert set(nav) >= {"zoom_in", "zoom_out", "earlier", "later"}
    narrower = get_json(app, nav["zoom_in"].replace("/timeline?", "/timeline.json?"))
    inside = [e["date"]["start"] for e in narrower["events"]]
    since, until = narrower["filters"]["since"], narrower["filters"]["until"]
    assert all(since <= d and d[: len(until)] <= until for d in inside)


def test_event_evidence_opens_its_highlighted_sentence(app, reader):
    event = next(e for e in reader.events() if e.evidence)
    data = get_json(app, f"/events/{event.id}.json")
    evidence = data["event"]["evidence"][0]
    assert evidence["href"] == f"/documents/{evidence['doc_id']}#at-{evidence['start']}"
    doc = get_json(app, f"/documents/{evidence['doc_id']}.json")
    marked = [p for p in doc["parts"] if p["at"] == evidence["start"] and p.get("facts")]
    assert marked and any(f["id"] == event.id for f in marked[0]["facts"])
    assert marked[0]["text"] == evidence["quote"]


def test_document_parts_rebuild_the_whole_text(app, reader):
    for doc in reader.documents():
        data = get_json(app, f"/documents/{doc.id}.json")
        assert "".join(p["text"] for p in data["parts"]) == doc.text
        assert data["dropped"] == [{"text": d.text, "reason": d.reason} for d in doc.dropped]


def test_figures_are_grouped_in_series_with_their_sources(app, reader):
    data = get_json(app, "/figures.json")
    shown = [f["id"] for s in data["series"] for f in s["figures"]]
    assert sorted(shown) == sorted(f.id for f in reader.figures())
    for series in data["series"]:
        assert len({f["kind"] for f in series["figures"]}) == 1


def test_actors_graph_counts_events(app, reader):
    data = get_json(app, "/actors.json")
    with_both = [e for e in reader.events() if e.actor and e.target]
    assert sum(edge["events"] for edge in data["edges"]) == len(with_both)
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["actor"] in ids and e["target"] in ids for e in data["edges"])


def test_entity_page_has_names_mentions_and_events(app, reader):
    data = get_json(app, "/entities/PRK.json")
    assert "en" in data["entity"]["names"]
    assert data["mention_count"] >= len(data["mentions"]) > 0
    assert all(m["text"] for m in data["mentions"])


def test_map_places_only_events_whose_text_names_a_place(app, reader):
    data = get_json(app, "/map.json")
    placed = sum(len(m["events"]) for m in data["marks"])
    assert placed + data["unplaced"] == sum(1 for _ in reader.events())
    for mark in data["marks"]:
        assert -90 <= mark["lat"] <= 90 and -180 <= mark["lon"] <= 180


def test_search_shape_and_short_japanese_terms(app):
    data = get_json(app, "/search.json?q=北朝鮮")
    assert data["query"] == "北朝鮮" and data["results"]
    hit = data["results"][0]
    assert {"doc_id", "title", "snippet"} <= set(hit)
    assert any(p["match"] and p["text"] == "北朝鮮" for p in hit["parts"])
    assert get_json(app, "/search.json?q=露")["results"], "one-character terms are searched"
    assert get_json(app, "/search.json?q=%27%20OR%201%3D1%20--")["results"] == []


def test_openapi_describes_every_json_path(app):
    doc = get_json(app, "/openapi.json")
    assert doc["openapi"].startswith("3.")
    for path in ROUTES:
        assert ("/index.json" if path == "/" else path + ".json") in doc["paths"]
    assert set(openapi.KEYS) == set(ROUTES)  # every view's keys are described


def test_unknown_items_are_404(app):
    assert fetch(app, "/events/e-nothing.json").status_code == 404
    assert fetch(app, "/documents/d-nothing").status_code == 404


def test_language_switch_is_remembered_and_stays_on_site(app):
    response = fetch(app, "/lang/ja?next=/timeline")
    assert response.status_code == 303 and response.headers["location"] == "/timeline"
    assert "kansoku_lang=ja" in response.headers["set-cookie"]
    assert fetch(app, "/lang/ja?next=//evil.example/").headers["location"] == "/"
    page = fetch(app, "/timeline", cookie="kansoku_lang=ja").text
    assert "年表" in page


def test_pages_are_html_with_a_strict_policy(app):
    response = fetch(app, "/")
    assert response.status_code == 200
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert "http://" not in response.text.replace("http://127.0.0.1", "")


HOSTILE = (
    "<script>alert('x')</script> 北朝鮮は2024年10月、ロシアに兵士を派遣した。"
    '"><img src=x onerror=alert(1)> 韓国の国家情報院が明らかにした。\n'
)


def test_article_text_is_never_markup(tmp_path: Path):
    source = tmp_path / "hostile.txt"
    source.write_text(HOSTILE, encoding="utf-8")
    db = str(tmp_path / "h.db")
    s = open_store(db)
    assert ingest([str(source)], s).ok
    doc = next(s.documents())
    s.close()
    app = create_app(db)
    for path in ("/", f"/documents/{doc.id}", "/timeline", "/search?q=script"):
        page = fetch(app, path).text
        assert "<script>alert" not in page and "<img src=x" not in page, path
    assert "&lt;script&gt;" in fetch(app, f"/documents/{doc.id}").text


def test_a_missing_store_is_a_clear_error(tmp_path: Path):
    from kansoku.store import StoreError

    with pytest.raises(StoreError, match="no such store"):
        create_app(str(tmp_path / "none.db"))


@pytest.mark.parametrize(
    "path",
    [
        "/timeline?until=garbage", "/timeline?since=2024-02-30", "/timeline?since=0001",
        "/timeline?until=9999-12", "/timeline?until=2024-00",
        "/timeline?page=99999999999999999999", "/findings?page=99999999999999999999",
        "/ask?q=%20%20%20", "/map?since=nonsense", "/documents/x?hl=9-1",
    ],
)  # fmt: skip
def test_odd_parameters_never_break_a_page(app, path):
    assert fetch(app, path).status_code in (200, 404), path


def test_a_mention_link_highlights_the_mention(app):
    data = get_json(app, "/entities/PRK.json")
    mention = data["mentions"][0]
    path, _, anchor = mention["href"].partition("#")
    doc = get_json(app, path.replace("?", ".json?"))
    lit = [p for p in doc["parts"] if p.get("highlight")]
    assert anchor == "hl" and "".join(p["text"] for p in lit) == mention["text"]


def test_an_empty_question_has_the_answer_shape(app):
    data = get_json(app, "/ask.json?q=%20")
    assert {"question", "understood", "answered", "answer", "disagreements"} <= set(data)
    assert data["answered"] is False and data["answer"] == []


def test_overview_names_the_page_s_own_outlet(app, reader, knowledge):
    from kansoku.facts import publication

    data = get_json(app, "/index.json")
    for shown in data["documents"]:
        doc = reader.document(shown["id"])
        assert shown["outlet"] == publication(doc, -1, knowledge.outlets).outlet
        if doc.kind == "aggregator" and doc.sections:
            assert shown["outlet"] != doc.sections[0].outlet


CONTAINERS = "How many containers has North Korea sent to Russia?"


def test_an_answer_line_opens_its_highlighted_sentence(app):
    data = get_json(app, f"/ask.json?q={CONTAINERS}")
    assert data["answered"] and data["answer"]
    page = fetch(app, f"/ask?q={CONTAINERS}").text
    for line in data["answer"]:
        doc = get_json(app, f"/documents/{line['doc_id']}.json")
        marked = [p for p in doc["parts"] if p["at"] == line["start"]]
        assert marked and marked[0]["text"] == line["quote"], line
        assert f'href="/documents/{line["doc_id"]}#at-{line["start"]}"' in page
        if line["url"] and line["url"].startswith(("http://", "https://")):
            assert f'href="{escape(line["url"])}"' in page


def test_an_answer_shows_an_address_that_is_not_a_web_link_as_text(tmp_path: Path):
    article = {
        "id": "odd-url-1", "language": "ja", "published": "2024-11-05",
        "url": "javascript:void(0)", "title": "派兵",
        "text": "韓国の国家情報院は4日、北朝鮮がロシアに兵士約1万2000人を派遣したと明らかにした。",
    }  # fmt: skip
    source = tmp_path / "odd.jsonl"
    source.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    db = str(tmp_path / "odd.db")
    s = open_store(db)
    assert ingest([str(source)], s).ok
    s.close()
    odd = create_app(db)
    question = "北朝鮮はロシアに何人の兵士を派遣した？"
    assert get_json(odd, f"/ask.json?q={question}")["answer"][0]["url"] == article["url"]
    page = fetch(odd, f"/ask?q={question}").text
    assert f'<span class="url">{article["url"]}</span>' in page
    assert 'href="javascript:' not in page


def test_the_japanese_interface_has_no_english_words_of_its_own(app):
    """The page's own words (not the articles', not entity names) in Japanese."""
    japanese = {"cookie": "kansoku_lang=ja"}
    base = fetch(app, "/", **japanese).text
    assert "本文へ移動" in base and "Skip to content" not in base
    world = fetch(app, "/map", **japanese).text
    assert "場所不明" in world and "unplaced" not in world
    assert "<title>出来事の場所</title>" in world and "Where it happened" not in world
    graph = fetch(app, "/actors", **japanese).text
    assert "<title>誰が誰に働きかけたか</title>" in graph and "Who acts on whom" not in graph
    timeline = fetch(app, "/timeline", **japanese).text
    assert "<label>開始 <input" in timeline and "<label>since" not in timeline
    findings = get_json(app, "/findings.json")["findings"]
    assert findings, "the samples have findings"
    page = fetch(app, "/findings", **japanese).text
    labels = load_interface().table("ja")
    for kind in {f["kind"] for f in findings}:
        assert f"<strong>{labels['finding_' + kind]}</strong>" in page, kind
        assert f"<strong>{kind}</strong>" not in page
