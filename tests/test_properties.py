"""Properties of the language-neutral stages, on generated pages (issue #13): the page
date reader (``kansoku.datefmt``), the cleaner, and the whole per-document pipeline.

Whatever a page holds, these never raise; every offset they hand on points into
``Document.text`` and the text there is what the record says was written; every date
they give is a real calendar date at the precision it claims. The language readers'
own properties are in ``tests/lang/{ja,en,ko}/test_properties.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kansoku.clean import clean
from kansoku.datefmt import DateFormats, iso_prefix
from kansoku.knowledge import Knowledge, default_knowledge
from kansoku.model import DROP_REASONS, Document
from kansoku.pipeline import process

# Fixed example order, so a CI failure is the one seen locally; no example database, so
# a run does not depend on what an earlier one left behind.
PROPERTY = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# The whole pipeline parses Japanese with GiNZA and Korean with Kiwi: a few dozen pages.
PIPELINE = settings(PROPERTY, max_examples=30)

# ASCII digits only: ISO values are compared and sorted as text.
ISO = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")


def knowledge() -> Knowledge:
    return default_knowledge()


def calendar() -> DateFormats:
    return knowledge().calendar


def assert_calendar(value: str | None) -> None:
    """None, or an ISO date at some precision that names a real day, month or year."""
    if value is None:
        return
    assert ISO.fullmatch(value), value
    parts = [int(p) for p in value.split("-")]
    date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


# Control characters, direction overrides, zero-width joiners and spaces, line and
# paragraph separators (str.splitlines splits on them, str.split("\n") does not),
# full-width and NFKC-expanding signs.
ODD = ["\x00", "\x1f", "\x7f", "\r", "\t", "\x0b", "\x0c", "\x1c", "\x85", "\u2028",
       "\u2029", "\u202e", "\u202d", "\u200d", "\u200b", "\ufeff", "\u0301", "\u3000",
       "\u00a0", "㍻", "⑩", "İ", "\U0001f600"]  # fmt: skip


def odd_text(max_size: int = 6) -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(ODD), st.text(max_size=4))
    return st.lists(piece, max_size=max_size).map("".join)


# -- page dates ------------------------------------------------------------------------

DATE_PIECES = [
    *"0123456789/.-: ", "年", "月", "日", "時", "分", "(木)", "（金）", "JST", "+09:00", "Z",
    "T", "2024", "1999", "0000", "２０２４-０６", "٢٠٢٤", "2024年6月20日", "2024/06/20", "2025-02-30", "2024/2/29",
    "2023/2/29", "June", "Sept.", "Feb", "29th", "Published:", "公開日:", "更新", ",",
]  # fmt: skip


def date_text() -> st.SearchStrategy[str]:
    piece = st.one_of(
        st.sampled_from(DATE_PIECES), st.sampled_from(ODD), st.integers(0, 99999).map(str)
    )
    return st.lists(piece, max_size=16).map("".join)


@PROPERTY
@given(date_text())
def test_page_dates_never_raise_and_lie_inside_the_text(text: str) -> None:
    found = calendar().find_dates(text)
    assert found == sorted(found)
    for start, end, iso, has_time in found:
        assert 0 <= start < end <= len(text)
        assert len(iso) == 10
        assert_calendar(iso)
        assert isinstance(has_time, bool)
    assert_calendar(calendar().normalize(text))
    assert_calendar(calendar().month_line(text))
    assert_calendar(iso_prefix(text))
    assert_calendar(calendar().date_in_url("https://example.jp/" + text))


@PROPERTY
@given(st.one_of(st.none(), st.integers(), st.floats(), st.text(max_size=30), date_text()))
def test_metadata_dates_normalise_to_real_dates_or_none(value: object) -> None:
    assert_calendar(calendar().normalize(value))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
PAGE_FORMS = ["{y}年{m}月{d}日", "{y}/{m:02d}/{d:02d}", "{y}.{m}.{d}", "{y}-{m:02d}-{d:02d}",
              "{d} {name} {y}", "{name} {d}, {y}", "{short}. {d}, {y}",
              "{y}年{m}月{d}日(木) 10:15", "{y}/{m}/{d} 07:49 JST"]  # fmt: skip


@PROPERTY
@given(
    st.integers(1900, 2099),
    st.integers(1, 12),
    st.integers(1, 31),
    st.sampled_from(PAGE_FORMS),
    st.sampled_from(["", "公開日:", "Published: ", "更新 "]),
)
def test_a_written_page_date_reads_back_or_not_at_all(
    year: int, month: int, day: int, form: str, label: str
) -> None:
    name = MONTHS[month - 1]
    written = form.format(y=year, m=month, d=day, name=name, short=name[:3])
    try:
        real: str | None = date(year, month, day).isoformat()
    except ValueError:
        real = None  # 30 February: no date, rather than a wrong one
    found = [iso for _, _, iso, _ in calendar().find_dates(label + written)]
    assert found == ([real] if real else []), written
    assert calendar().normalize(label + written) == real


# -- the cleaner -----------------------------------------------------------------------

# Lines a crawled news page is made of: the story in three languages, its furniture
# (menus, adverts, share and comment widgets, bylines, datelines, credits), aggregator
# read-more lines, and an unrelated item pasted in.
STORY = [
    "北朝鮮がロシアに兵士約1万1000人を派遣したと韓国の国家情報院が19日、明らかにした。",
    "ロシアは昨年9月、北朝鮮に石油100万バレルを供給した。",
    "プーチン大統領と金正恩総書記は2024年6月19日、平壌で包括的戦略パートナーシップ条約に署名した。",
    "北朝鮮はロシアに砲弾数百万発を送ったとされる。▲3〜5人が負傷。",
    "North Korea has sent about 11,000 troops to Russia, South Korea's spy agency said on Tuesday.",
    "Russia shipped more than 1 million barrels of oil to North Korea last year.",
    "Between 10,000 and 12,000 North Korean soldiers were deployed to Kursk in late October.",
    "북한이 러시아에 병력 1만1000명을 파병했다고 국가정보원이 지난 19일 밝혔다.",
    "북한은 지난해 8월부터 러시아에 컨테이너 1만3000개 이상을 보냈다.",
    "城下町に秋の彩り 山車12基が練り歩く恒例の秋祭り。",
]  # fmt: skip
FURNITURE = [
    "メニュー 検索 ログイン ホーム", "Home | World | Asia | Sign in", "広告", "PR", "シェア",
    "この記事をシェアする", "コメント（3件）", "関連記事", "Read more: https://example.com/a",
    "2024年11月20日 10:15", "公開日:2024/10/18", "Published: 5 Nov 2024",
    "続きを読む ⇒ 共同通信 出典: https://www.kyodonews.jp/news/2024/10/a1.html",
    "元記事:https://example.jp/2024/12/19/a.html", "(例示新聞 2025/2/11)", "出典：例示新聞",
    "(서울=연합뉴스) 홍길동 기자 =", "SEOUL, Oct 18 (Reuters) -", "(Reporting by Jane Doe)",
    "写真=ロイター", "2025/11", "トップ > ニュース > 国際", "▶ 次の記事", "✅ 国情院によると、",
]  # fmt: skip


def page_lines() -> st.SearchStrategy[list[str]]:
    line = st.one_of(
        st.sampled_from(STORY),
        st.sampled_from(FURNITURE),
        st.builds(lambda a, b: a + b, st.sampled_from(STORY), st.sampled_from(FURNITURE)),
        st.builds(lambda a, b: a + b, st.sampled_from(STORY + FURNITURE), odd_text()),
        odd_text(),
    )
    return st.lists(line, max_size=12)


def page(lines: list[str], outside: list[str], url: str | None, language: str | None) -> Document:
    return Document(
        source="t.txt",
        raw_sha256="0",
        body="\n".join(lines),
        outside_main=outside,
        url=url,
        language=language,
    )


URLS = st.sampled_from([None, "https://example.jp/2024/12/19/a.html", "https://example.com/x",
                        "https://example.com/2025/02/30/story", "not a url"])  # fmt: skip
LANGUAGES = st.sampled_from([None, "ja", "en", "ko", "ru"])


def non_space(text: str) -> Counter[str]:
    return Counter(c for c in text if not c.isspace())


@PROPERTY
@given(page_lines(), st.lists(st.sampled_from(FURNITURE) | odd_text(), max_size=3), URLS, LANGUAGES)
def test_the_cleaner_accounts_for_every_character_of_the_page(
    lines: list[str], outside: list[str], url: str | None, language: str | None
) -> None:
    doc = clean(page(lines, outside, url, language), knowledge())
    # Every block of the body is either kept (a line of the text) or dropped with its
    # reason, whole or cut where furniture was glued to it: nothing is lost, nothing
    # invented, save the whitespace at the blocks' edges.
    from_body = doc.dropped[: len(doc.dropped) - len(outside)]
    from_outside = doc.dropped[len(doc.dropped) - len(outside) :]
    assert [d.text for d in from_outside] == outside
    assert non_space(doc.text) + sum((non_space(d.text) for d in from_body), Counter()) == (
        non_space(doc.body)
    )
    for line in doc.text.split("\n") if doc.text else []:
        assert line and line == line.strip() and line in doc.body
    for item in from_body:
        assert item.text and item.text in doc.body
    assert {d.reason for d in doc.dropped} <= set(DROP_REASONS)
    assert doc.kind == ("aggregator" if doc.sections else "article")
    previous_end = 0
    newlines = [i for i, c in enumerate(doc.text) if c == "\n"]
    line_starts = {0, len(doc.text), *(i + 1 for i in newlines)}
    line_ends = {len(doc.text), *newlines}
    for section in doc.sections:
        # A section is whole kept lines; one with nothing kept is empty, where it stood.
        assert previous_end <= section.start <= section.end <= len(doc.text)
        assert section.start in line_starts
        assert section.end == section.start or section.end in line_ends
        previous_end = section.end
        assert_calendar(section.published)
    for value in (doc.published, doc.published_not_before):
        assert_calendar(value)


# -- the whole pipeline ----------------------------------------------------------------

PUBLISHED = st.one_of(
    st.none(),
    st.dates(date(2000, 1, 1), date(2030, 12, 31)).map(date.isoformat),
    st.sampled_from(["2024-11", "2024", "9999-12-31", "0001-01-01"]),
)


@PIPELINE
@given(page_lines(), URLS, LANGUAGES, PUBLISHED)
def test_the_pipeline_never_raises_and_every_record_quotes_the_text(
    lines: list[str], url: str | None, language: str | None, published: str | None
) -> None:
    doc = page(lines, [], url, language)
    doc.published = published
    doc = process(doc, knowledge())
    text = doc.text
    for sentence in doc.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
    for mention in doc.mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text, mention
    for event in doc.events:
        assert 0 <= event.start < event.end <= len(text)
        assert event.trigger in text[event.start : event.end], event
        assert_calendar(event.date_start)
        assert_calendar(event.date_end)
        if event.date_start and event.date_end:
            assert event.date_start <= event.date_end, event
    for figure in doc.figures:
        assert 0 <= figure.start < figure.end <= len(text)
        assert figure.quantity in text[figure.start : figure.end], figure
        assert figure.value_max is None or figure.value <= figure.value_max, figure
        assert_calendar(figure.as_of)
    for note in doc.notes:
        assert 0 <= note.start <= note.end <= len(text)
    for section in doc.sections:
        assert 0 <= section.start <= section.end <= len(text)


@pytest.mark.parametrize(
    ("value", "iso"),
    [("0000", None), ("0000-05", None), (" 0000-12 ", None), ("２０２４-０６", "2024-06"),
     ("٢٠٢٤", "2024")],
)  # fmt: skip
def test_a_metadata_date_is_a_real_one_in_ascii(value: str, iso: str | None) -> None:
    # Found by hypothesis: normalize("0000") gave "0000", a year no calendar has, and
    # "２０２４-０６" came back as written; either then stood as the page's date (sorted
    # and compared as text) and the reference of every relative date in it.
    assert iso_prefix(value) == iso
    assert calendar().normalize(value) == iso


@pytest.mark.parametrize(
    ("published", "when"), [("9999-12-31", "来年"), ("9999-12-31", "あす"), ("0001-01-01", "昨日")]
)
def test_a_page_dated_at_the_calendar_s_edge_is_still_read(published: str, when: str) -> None:
    # Found by hypothesis: relative dates counted from a page dated at the edge of the
    # calendar (broken metadata) gave "10000" (来年) or raised OverflowError (あす), and
    # the pipeline lost the whole document.
    body = f"北朝鮮は{when}、ロシアに兵士1万人を派遣する予定だ。"
    doc = process(Document(source="t.txt", raw_sha256="0", published=published, body=body),
                  knowledge())  # fmt: skip
    assert doc.figures
    for value in [f.as_of for f in doc.figures] + [e.date_start for e in doc.events]:
        assert_calendar(value)
