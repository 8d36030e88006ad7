"""The document view's parts: every mark's start is an anchor, nested and overlapping
marks keep all their facts, and the parts rebuild the text."""

from __future__ import annotations

from kansoku.store.records import StoredDocument, StoredSection
from kansoku.web.document import Mark, parts

TEXT = "One sentence here. Another one follows. A third."


def _doc(sections: tuple[StoredSection, ...] = ()) -> StoredDocument:
    return StoredDocument(
        id="d-1", source="t.txt", source_id=None, language="en", title=None, published=None,
        published_not_before=None, kind="article", text=TEXT, dropped=(), sections=sections,
        duplicate_of=None, url=None, site_name=None, raw_sha256="", content_sha256="",
        ingested_at="",
    )  # fmt: skip


def _fact(name: str) -> dict:
    return {"kind": "event", "id": name, "line": {"en": name}, "href": f"/events/{name}"}


def test_nested_and_overlapping_marks_keep_their_facts_and_anchors():
    outer = Mark(0, 39, [_fact("outer")])
    inner = Mark(19, 39, [_fact("inner")])
    crossing = Mark(30, 48, [_fact("crossing")])
    cut = parts(_doc(), [outer, inner, crossing])
    assert "".join(p["text"] for p in cut) == TEXT
    anchors = {p["at"] for p in cut if p["anchor"]}
    assert anchors == {0, 19, 30}
    at = {p["at"]: {f["id"] for f in p.get("facts", [])} for p in cut}
    assert at[19] == {"outer", "inner"} and at[30] == {"outer", "inner", "crossing"}
    assert at[39] == {"crossing"}


def test_a_section_start_inside_a_mark_still_cuts_a_part():
    section = StoredSection(19, 48, "2024-10-01", "Outlet", None, False, None)
    cut = parts(_doc((section,)), [Mark(0, 48, [_fact("all")])])
    assert [p["at"] for p in cut if p["section"]] == [19]
    assert all(p.get("facts") for p in cut)
