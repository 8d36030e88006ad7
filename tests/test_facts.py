"""Where a stretch of a stored document was published: the one citation rule."""

from __future__ import annotations

from kansoku.facts import publication
from kansoku.store.records import StoredDocument, StoredSection


def _doc(url: str | None, site: str | None, sections=()) -> StoredDocument:
    return StoredDocument(
        id="d-1", source="s", source_id=None, language="ja", title="Page", published="2024-11-02",
        published_not_before=None, kind="aggregator" if sections else "article",
        text="x" * 100, dropped=(), sections=tuple(sections), duplicate_of=None, url=url,
        site_name=site, raw_sha256="", content_sha256="", ingested_at="",
    )  # fmt: skip


def test_a_section_is_cited_as_its_own_outlet_and_date(knowledge):
    section = StoredSection(
        10, 60, "2024-10-30", "Quoted Outlet", "https://q.example/a", False, "T"
    )
    doc = _doc("https://digest.example/page", "Digest", [section])
    inside = publication(doc, 20, knowledge.outlets)
    assert (inside.outlet, inside.date, inside.url) == (
        "Quoted Outlet",
        "2024-10-30",
        "https://q.example/a",
    )
    outside = publication(doc, 80, knowledge.outlets)
    assert (outside.outlet, outside.date) == ("Digest", "2024-11-02")


def test_an_unknown_outlet_is_named_by_its_host(knowledge):
    page = publication(_doc("https://www.unknown-news.example/x", None), 0, knowledge.outlets)
    assert page.outlet == "unknown-news.example"
    assert publication(_doc(None, None), 0, knowledge.outlets).outlet is None
