"""``kansoku report``: one self-contained HTML file holding every fact with its quote."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from kansoku.report import ReportScope, report
from kansoku.store import open_store


def _written(sample_db: str, out: Path, scope: ReportScope | None = None) -> str:
    s = open_store(sample_db)
    try:
        summary = report(s, out, scope)
    finally:
        s.close()
    assert summary.path == out
    return out.read_text(encoding="utf-8")


def test_report_holds_every_event_and_figure_with_its_quotes(sample_db: str, tmp_path: Path):
    page = _written(sample_db, tmp_path / "r.html")
    s = open_store(sample_db)
    events, figures = list(s.events()), list(s.figures())
    s.close()
    assert events and figures
    for fact in [*events, *figures]:
        assert f'id="{fact.id}"' in page, fact.id
        for ev in fact.evidence:
            assert ev.quote in unescape(page), ev.quote


def test_report_is_self_contained(sample_db: str, tmp_path: Path):
    page = _written(sample_db, tmp_path / "r.html")
    assert "<script" not in page
    # Links to the articles are fine; nothing may be loaded from elsewhere.
    assert not re.search(r'src="(https?:)?//', page)
    assert not re.search(r'<link[^>]+href="(https?:)?//', page)
    assert "url(http" not in page and "@import" not in page
    assert "<style>" in page and "<svg" in page


def test_report_scope_keeps_only_its_actor(sample_db: str, tmp_path: Path):
    page = _written(sample_db, tmp_path / "kor.html", ReportScope(actor="ZZZ"))
    s = open_store(sample_db)
    some = next(s.events())
    s.close()
    assert f'id="{some.id}"' not in page


def test_report_refuses_an_interface_language_it_does_not_have(sample_db, tmp_path):
    import pytest

    s = open_store(sample_db)
    try:
        with pytest.raises(ValueError, match="interface language"):
            report(s, tmp_path / "x.html", lang="ko")
    finally:
        s.close()
    assert not (tmp_path / "x.html").exists()


def test_a_footnote_without_a_date_says_undated_in_a_word(tmp_path: Path):
    """A page that gives no publication date is footnoted as undated in a short word, not
    with the heading of the undated events' list."""
    from kansoku.pipeline import ingest

    source = tmp_path / "nodate.txt"
    source.write_text(
        "韓国の国家情報院は、北朝鮮がロシアに兵士約3000人を追加で派遣したと明らかにした。\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "nodate.db")
    s = open_store(db)
    try:
        assert ingest([str(source)], s).ok
        assert next(s.documents()).published is None
        for lang in ("en", "ja"):
            report(s, tmp_path / f"{lang}.html", lang=lang)
    finally:
        s.close()
    for lang, word, heading in (
        ("en", "undated", "Undated events"),
        ("ja", "日付不明", "日付不明の出来事"),
    ):
        page = (tmp_path / f"{lang}.html").read_text(encoding="utf-8")
        notes = page.split('<ol class="footnotes">')[1]
        lines = re.findall(r'<span class="source-line">(.*?)</span>', notes)
        assert lines and all(f" · {word}" in line for line in lines), (lang, lines)
        assert heading not in notes, lang
