import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kansoku.knowledge import default_knowledge
from kansoku.model import Document, ReadError
from kansoku.read import read_sources

ARTICLE = (
    "北朝鮮、ロシアへの砲弾輸送を拡大か\n\n"
    "韓国国防省は、北朝鮮がロシアに砲弾を詰めたコンテナを追加で送ったとの分析を示した。\n"
    "ロシア側はこれを否定している。\n"
)
PAGE = """<!DOCTYPE html><html><head><title>砲弾輸送 | 例示新聞</title>
<meta property="og:site_name" content="例示新聞">
<meta property="article:published_time" content="2024-02-27T08:00:00+09:00">
<link rel="canonical" href="https://news.example.jp/a/1"></head>
<body><nav><ul><li>ホーム</li><li>国際</li><li>政治</li></ul></nav>
<article><h1>北朝鮮、ロシアへの砲弾輸送を拡大か</h1>
<p>韓国国防省は27日、北朝鮮がロシアに砲弾を詰めたコンテナを追加で送ったとの分析を示した。輸送は港から船で行われたとみられる。</p>
<p>ロシア大統領府の報道官はこれを否定し、根拠のない主張だと述べた。</p></article>
<footer>Copyright 2024 例示新聞</footer></body></html>"""


def read(*sources: str) -> list[Document | ReadError]:
    return list(read_sources(sources, default_knowledge().calendar))


def test_text_file(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [doc] = read(str(path))
    assert isinstance(doc, Document)
    assert doc.source == str(path)
    assert "砲弾を詰めたコンテナ" in doc.body
    assert len(doc.raw_sha256) == 64


def test_html_file_gives_main_text_and_metadata(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [doc] = read(str(path))
    assert doc.published == "2024-02-27"
    assert doc.site_name == "例示新聞"
    assert doc.url == "https://news.example.jp/a/1"
    assert "根拠のない主張" in doc.body
    assert "ホーム" not in doc.body
    assert any("ホーム" in block for block in doc.outside_main)


def test_html_is_recognised_without_the_suffix(tmp_path: Path):
    path = tmp_path / "saved"
    path.write_bytes(PAGE.encode("euc_jp"))
    [doc] = read(str(path))
    assert "根拠のない主張" in doc.body
    assert "<p>" not in doc.body


def test_folder_is_read_recursively_in_order_skipping_hidden(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_bytes(ARTICLE.encode("shift_jis"))
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    docs = read(str(tmp_path))
    assert [Path(d.source).name for d in docs] == ["a.txt", "c.txt"]
    assert all("砲弾" in d.body for d in docs)


def test_jsonl_rows_with_text_or_html_and_bad_rows(tmp_path: Path):
    rows = [
        {"id": "r1", "url": "https://x.example/1", "title": "T", "published": "2024-06-19",
         "language": "ja", "text": ARTICLE},
        {"id": "r2", "html": PAGE},
        {"id": "r3"},
        [1, 2],
    ]  # fmt: skip
    lines = [json.dumps(r, ensure_ascii=False) for r in rows] + ["{not json", "", "  "]
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    items = read(str(path))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [d.source_id for d in docs] == ["r1", "r2"]
    assert docs[0].published == "2024-06-19" and docs[0].url == "https://x.example/1"
    assert docs[0].title == "T" and docs[0].language == "ja"
    assert docs[1].published == "2024-02-27" and "根拠のない主張" in docs[1].body
    assert [e.item for e in errors] == [f"{path}:3", f"{path}:4", f"{path}:5"]
    assert "no 'text' or 'html'" in errors[0].reason
    assert "invalid JSON" in errors[2].reason


def _warc(path: Path, compress: bool) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=compress)
        for uri, ctype, body, status in [
            ("https://news.example.jp/a/1", "text/html; charset=utf-8", PAGE.encode(), "200 OK"),
            ("https://news.example.jp/logo.png", "image/png", b"\x89PNG....", "200 OK"),
            ("https://news.example.jp/gone", "text/html", b"<p>gone</p>", "404 Not Found"),
        ]:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)


def test_warc_and_warc_gz_keep_only_html_responses(tmp_path: Path):
    for name, compress in (("crawl.warc", False), ("crawl.warc.gz", True)):
        path = tmp_path / name
        _warc(path, compress)
        [doc] = read(str(path))
        assert doc.source == f"{path}#https://news.example.jp/a/1"
        assert doc.url == "https://news.example.jp/a/1"
        assert "根拠のない主張" in doc.body


def test_gzipped_page(tmp_path: Path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(PAGE.encode()))
    [doc] = read(str(path))
    assert "根拠のない主張" in doc.body


def test_problem_files_are_one_error_each_and_the_batch_goes_on(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "garbled.txt").write_bytes(bytes((i * 151 + 7) % 128 + 128 for i in range(4000)))
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "broken.warc").write_bytes(b"this is not a warc file at all")
    items = read(str(tmp_path), str(tmp_path / "missing.txt"))
    errors = {Path(i.item).name: i.reason for i in items if isinstance(i, ReadError)}
    assert [Path(i.source).name for i in items if isinstance(i, Document)] == ["good.txt"]
    assert "empty" in errors["empty.txt"]
    assert "binary" in errors["binary.txt"]
    assert "cannot decode" in errors["garbled.txt"]
    assert "WARC" in errors["broken.warc"]
    assert "no such file" in errors["missing.txt"]
    line = str(next(i for i in items if isinstance(i, ReadError)))
    assert line.startswith("error: ") and "\n" not in line


def test_web_page_over_http(web):
    url = web.add("/news/1", PAGE.encode("shift_jis"), "text/html; charset=Shift_JIS")
    moved = web.redirect("/old", url)
    [doc] = read(moved)
    assert doc.source == moved
    assert doc.url == "https://news.example.jp/a/1"  # canonical link wins over the fetched URL
    assert "根拠のない主張" in doc.body


RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>国際</title>
<item><title>砲弾輸送</title><link>{base}/news/1</link><pubDate>Tue, 27 Feb 2024 08:00:00 +0900</pubDate></item>
<item><title>消えた記事</title><link>{base}/news/missing</link></item>
<item><title>English</title><link>{base}/news/2</link></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>t</title><entry><title>A</title><link href="{base}/news/2"/><updated>2024-11-05T10:00:00Z</updated></entry></feed>"""


def test_rss_feed_items_are_fetched_and_a_dead_link_is_one_error(web):
    web.add("/news/1", PAGE)
    web.add(
        "/news/2",
        "<html><body><p>Russia denied that North Korean troops were in Kursk.</p></body></html>",
    )
    feed = web.add("/feed.xml", RSS.format(base=web.base), "application/rss+xml")
    items = read(feed)
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [d.source for d in docs] == [web.base + "/news/1", web.base + "/news/2"]
    assert docs[0].title == "砲弾輸送"
    assert docs[0].published == "2024-02-27"  # the page's own metadata agrees with the feed
    assert errors and errors[0].item == web.base + "/news/missing" and "404" in errors[0].reason


def test_atom_feed_served_as_plain_xml(web):
    web.add(
        "/news/2",
        "<html><body><p>Russia denied that North Korean troops were in Kursk.</p></body></html>",
    )
    feed = web.add("/atom", ATOM.format(base=web.base), "text/xml")
    [doc] = read(feed)
    assert doc.published == "2024-11-05"
    assert "Kursk" in doc.body


def test_http_failures_are_errors(web):
    from kansoku.fetch import Fetcher

    a = web.redirect("/loop-a", web.base + "/loop-b")
    web.redirect("/loop-b", a)
    big = web.add("/big", b"<p>" + b"x" * 5000 + b"</p>")
    with Fetcher(max_bytes=1000) as fetcher:
        sources = [a, big, web.base + "/nothing"]
        items = list(read_sources(sources, default_knowledge().calendar, fetcher=fetcher))
    reasons = [i.reason for i in items]
    assert all(isinstance(i, ReadError) for i in items)
    assert "redirects" in reasons[0]
    assert "larger than" in reasons[1]
    assert "404" in reasons[2]
