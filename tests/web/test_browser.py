"""The dashboard in a real headless Chromium (Debian's, driven by Playwright), served by
uvicorn on 127.0.0.1: every page opens, a timeline event leads to its highlighted
sentence, search and ask work from their forms, and no request leaves the machine.

Set KANSOKU_SCREENSHOTS=docs/screenshots to keep the pages' screenshots (the README's)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from kansoku.store import open_store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM, "Debian's chromium is needed (`make browser` installs it)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser, dashboard: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    requested: list[str] = []
    errors: list[str] = []
    pg.on("request", lambda r: requested.append(r.url))
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    outside = [u for u in requested if not u.startswith(("http://127.0.0.1:", "data:"))]
    assert outside == [], f"requests left the machine: {outside}"
    assert errors == [], f"script errors: {errors}"
    context.close()


def _shot(pg: Page, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("KANSOKU_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(folder / f"{name}.png"), full_page=False)
    assert (folder / f"{name}.png").stat().st_size > 1000


def test_every_page_opens(page: Page, dashboard: str, sample_db: str, tmp_path: Path):
    s = open_store(sample_db)
    doc = next(d for d in s.documents() if "北朝鮮" in d.text)
    s.close()
    pages = {
        "overview": "/", "timeline": "/timeline", "actors": "/actors", "figures": "/figures",
        "findings": "/findings", "map": "/map", "entity": "/entities/PRK", "ledger": "/ledger",
        "document": f"/documents/{doc.id}", "search": "/search?q=北朝鮮",
        "ask": "/ask?q=" + "How many North Korean troops are in Russia?",
    }  # fmt: skip
    for name, path in pages.items():
        response = page.goto(dashboard + path)
        assert response is not None and response.status == 200, path
        assert page.locator("main h1").count() == 1, path
        _shot(page, name, tmp_path)


def test_timeline_event_leads_to_its_highlighted_sentence(page: Page, dashboard: str):
    page.goto(dashboard + "/timeline")
    first = page.locator("#events .fact").first
    quote = first.locator(".quote").inner_text()
    first.locator(".cite").click()
    page.wait_for_url("**/documents/**#at-*")
    anchor = page.url.rsplit("#", 1)[1]
    mark = page.locator(f"mark#{anchor}")
    assert "evidence-mark" in mark.get_attribute("class")
    assert quote.strip() in mark.inner_text()
    mark.focus()
    assert mark.locator(".fact-pop").is_visible(), "focus shows the fact"


def test_search_and_ask_from_their_forms(page: Page, dashboard: str):
    page.goto(dashboard + "/")
    page.fill("#q-top", "ロシア")
    page.press("#q-top", "Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator("ol.results mark").count() > 0
    page.goto(dashboard + "/ask")
    page.fill("#q", "What is the weather in Paris tomorrow?")
    page.press("#q", "Enter")
    page.wait_for_url("**/ask?q=*")
    assert page.locator(".warn").count() == 1, "a question outside the record is declined"


def test_interface_language_switch_is_remembered(page: Page, dashboard: str):
    page.goto(dashboard + "/timeline")
    page.click("header .switch")
    page.wait_for_url("**/timeline")
    assert "年表" in page.locator("main h1").inner_text()
    page.goto(dashboard + "/figures")
    assert "数値" in page.locator("main h1").inner_text()


def test_map_slider_hides_later_marks(page: Page, dashboard: str):
    page.goto(dashboard + "/map")
    slider = page.locator("#until-month")
    if slider.count() == 0:
        assert page.locator("figure.map svg").count() == 1
        return
    marks = page.locator("figure.map [data-date]")
    total = marks.count()
    slider.fill("0")
    hidden = sum(1 for i in range(total) if not marks.nth(i).is_visible())
    months = slider.get_attribute("data-months").split(",")
    later = sum(
        1 for i in range(total)
        if (marks.nth(i).get_attribute("data-date") or "")[:7] > months[0]
    )  # fmt: skip
    assert hidden == later


def test_report_opens_with_no_network(browser: Browser, sample_db: str, tmp_path: Path):
    from kansoku.report import report

    s = open_store(sample_db)
    try:
        report(s, tmp_path / "report.html")
    finally:
        s.close()
    context = browser.new_context(offline=True)
    pg = context.new_page()
    requested: list[str] = []
    pg.on("request", lambda r: requested.append(r.url))
    pg.goto((tmp_path / "report.html").as_uri())
    assert pg.locator("h1").inner_text()
    assert pg.locator("svg").count() >= 1, "the charts are drawn inline"
    assert [u for u in requested if not u.startswith(("file://", "data:"))] == []
    context.close()


def test_ledger_page_draws_the_flows_and_links_to_rows(page: Page, dashboard: str):
    page.goto(dashboard + "/ledger")
    rows = page.locator("table.ledger tbody tr[id^=row-]")
    arrows = page.locator("figure svg .flow")
    assert rows.count() == arrows.count() > 0
    arrows.first.click()
    assert "#row-" in page.url
