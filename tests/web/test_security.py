"""Hostile article content never becomes markup, a link or code in the dashboard, every
filter takes injection strings as plain values, and the app only reads."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import fetch

from kansoku.pipeline import ingest
from kansoku.store import open_store
from kansoku.web.app import create_app

# A page written to attack whoever renders it: markup in the text and title, a
# javascript: URL, a script closing tag meant to break out of embedded JSON.
HOSTILE = {
    "id": "hostile-1",
    "language": "ja",
    "published": "2024-11-05",
    "url": "javascript:alert(document.cookie)",
    "title": '<script>alert("title")</script>北朝鮮<img src=x onerror=alert(2)>',
    "text": (
        '北朝鮮は10月、ロシアに兵士約1万人を派遣した"><img src=x onerror=alert(1)>。'
        "韓国の国家情報院が明らかにした。</script><script>alert(3)</script>"
        '<a href="javascript:alert(4)">ここ</a>を参照。'
    ),
}
INJECTIONS = ["' OR 1=1 --", '"; DROP TABLE documents; --', "%' UNION SELECT * FROM notes --"]


class Elements(HTMLParser):
    """Every element, attribute and URL of a page, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory):
    folder: Path = tmp_path_factory.mktemp("hostile")
    source = folder / "hostile.jsonl"
    source.write_text(json.dumps(HOSTILE, ensure_ascii=False) + "\n", encoding="utf-8")
    db = str(folder / "h.db")
    s = open_store(db)
    assert ingest([str(source)], s).ok
    doc = next(s.documents())
    event = next(s.events())
    s.close()
    return create_app(db), doc.id, event.id


def _pages(doc_id: str, event_id: str) -> list[str]:
    return [
        "/", "/timeline", f"/documents/{doc_id}", f"/events/{event_id}", "/figures",
        "/findings", "/actors", "/map", "/ledger", "/entities/PRK", "/search?q=script",
        "/search?q=北朝鮮", "/ask?q=" + "北朝鮮は何人の兵士を送った？",
    ]  # fmt: skip


def test_no_element_attribute_or_url_comes_from_article_content(hostile):
    app, doc_id, event_id = hostile
    for path in _pages(doc_id, event_id):
        response = fetch(app, path)
        assert response.status_code == 200, path
        parser = Elements()
        parser.feed(response.text)
        scripts = [a.get("src") for tag, a in parser.tags if tag == "script"]
        assert scripts == ["/static/app.js"], (path, scripts)
        for tag, attrs in parser.tags:
            assert tag not in ("img", "iframe", "object", "embed"), (path, tag)
            assert not any(name.startswith("on") for name in attrs), (path, tag, attrs)
            for name in ("href", "src", "action"):
                value = attrs.get(name) or ""
                assert not value.lower().startswith(("javascript:", "data:")), (path, value)


def test_json_answers_keep_hostile_text_as_data(hostile):
    app, doc_id, _ = hostile
    data = fetch(app, f"/documents/{doc_id}.json").json()
    assert "".join(p["text"] for p in data["parts"]).count("<script>") == 1
    assert data["document"]["url"] == HOSTILE["url"]  # kept as written, never a link


@pytest.mark.parametrize("value", INJECTIONS)
def test_every_filter_takes_injection_strings_as_values(hostile, value):
    app, _, _ = hostile
    for name in ("actor", "category", "status", "lang", "source", "since", "until"):
        response = fetch(app, "/timeline.json?" + name + "=" + value)
        assert response.status_code == 200, (name, value)
        assert response.json()["events"] == [] or name in ("since", "until")
    for path in (
        "/search.json?q=", "/search.json?q=x&lang=", "/ask.json?q=", "/figures.json?kind=",
        "/findings.json?kind=", "/actors.json?actor=", "/actors.json?category=",
        "/actors.json?lang=", "/actors.json?since=", "/map.json?since=", "/ledger.json?between=",
    ):  # fmt: skip
        assert fetch(app, path + quote(value)).status_code in (200, 400), path
    for path in ("/entities/", "/events/", "/figures/", "/documents/"):
        assert fetch(app, path + quote(value, safe="")).status_code == 404, path
    assert fetch(app, "/index.json").json()["stats"]["documents"] == 1


def test_every_response_carries_the_policy(hostile):
    """Not only the views: static files, redirects, unknown paths and refusals too."""
    app, _, _ = hostile
    responses = [
        fetch(app, path)
        for path in ("/", "/index.json", "/nope", "/static/app.js", "/static/none.js", "/lang/ja")
    ]
    responses.append(_request(app, "POST", "/timeline", b"x"))
    for response in responses:
        headers = response.headers
        assert "default-src 'self'" in headers["content-security-policy"], response.url
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert "unsafe-inline" not in headers["content-security-policy"].split("script-src")[1]
        assert headers["x-content-type-options"] == "nosniff", response.url
        assert headers["referrer-policy"] == "no-referrer", response.url


def test_an_uncaught_failure_still_carries_the_policy():
    from starlette.applications import Starlette
    from starlette.routing import Route
    from starlette.testclient import TestClient

    from kansoku.web.app import SecurityHeaders

    def broken(request):
        raise RuntimeError("a fault inside a view")

    app = SecurityHeaders(Starlette(routes=[Route("/", broken)]))
    response = TestClient(app, raise_server_exceptions=False).get("/")
    assert response.status_code == 500
    assert "default-src 'self'" in response.headers["content-security-policy"]


def test_only_web_addresses_become_links(tmp_path: Path):
    article = {**HOSTILE, "id": "plain-1", "url": "https://news.example/a?x=1&y=2"}
    source = tmp_path / "plain.jsonl"
    source.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    db = str(tmp_path / "p.db")
    s = open_store(db)
    assert ingest([str(source)], s).ok
    doc_id = next(s.documents()).id
    s.close()
    parser = Elements()
    parser.feed(fetch(create_app(db), f"/documents/{doc_id}").text)
    assert ("a", {"href": article["url"]}) in [(t, {"href": a.get("href")}) for t, a in parser.tags]


def _request(app, method: str, path: str, body: bytes = b""):
    import asyncio

    import httpx

    async def send():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            return await c.request(method, path, content=body)

    return asyncio.run(send())


def test_the_app_only_reads(hostile):
    app, _, _ = hostile
    assert _request(app, "POST", "/timeline", b"x" * 10).status_code == 405
    assert _request(app, "GET", "/timeline", b"x" * 100_000).status_code == 405
    assert _request(app, "DELETE", "/timeline").status_code == 405
    assert _request(app, "GET", "/timeline").status_code == 200
