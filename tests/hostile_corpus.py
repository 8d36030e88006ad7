"""Bad and hostile input for ``kansoku ingest``, generated on the fly (issue #13).

Nothing but this script is kept in git: every file (the 50 MB page too) is written into a
temporary folder when a test asks, and every URL is served by ``HostileServer``, a real
HTTP server on 127.0.0.1. By hand:

    uv run --frozen python tests/hostile_corpus.py /tmp/hostile

writes the files, starts the server and prints the ``kansoku ingest`` command to try.

Each ``Case`` says what it writes or serves, the exit status ``kansoku ingest`` must give
for it, the words its error (or warning) line must hold, and how many documents it must
leave in the store. The texts are our own.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import shlex
import sys
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

# A short news text every batch carries beside its bad item: it must always be stored.
GOOD = "ロシア国防相が平壌を訪れ、北朝鮮の国防相と会談した。両国は軍事協力の拡大で合意した。\n"
GOOD_MARK = "軍事協力の拡大"
ARTICLE_JA = (
    "北朝鮮がロシアに砲弾を送ったと韓国国防省が発表した。\n"
    "発表によると、輸送は港から船で行われ、コンテナは数千個に上る。\n"
    "ロシア側はこの分析を否定している。\n"
)
ARTICLE_EN = (
    "South Korea's defence ministry said North Korea had shipped more artillery shells "
    "to Russia. The ministry said the containers left a port in the north-east. "
    "Moscow denied the report.\n"
)
# Ours, in a language kansoku identifies but has no reader for.
ARTICLE_RU = (
    "Министерство обороны Южной Кореи сообщило, что Северная Корея отправила в Россию "
    "новые артиллерийские снаряды. В Москве это сообщение опровергли.\n"
)
MB = 1_000_000


class HostileServer:
    """A real HTTP server on 127.0.0.1 that misbehaves on purpose: it hangs, trickles,
    redirects forever, streams without end, sends bombs, and counts every request made to
    ``/canary`` (which no feed may make kansoku fetch)."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[bytes, dict[str, str]]] = {}
        self.canary_hits = 0
        self.stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self) -> None:
                # The client hanging up is what a hostile server expects.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    server.answer(self)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> HostileServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def add(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8",
            **headers: str) -> str:  # fmt: skip
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.pages[path] = (data, {"Content-Type": content_type, **headers})
        return self.base + path

    def answer(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path
        if path in self.pages:
            body, headers = self.pages[path]
            return self._send(h, 200, body, headers)
        if path == "/canary":
            self.canary_hits += 1
            return self._send(h, 200, b"canary", {"Content-Type": "text/plain"})
        if path == "/hang":  # accepts, then says nothing
            self.stop.wait(30)
            return None
        if path == "/trickle":  # a byte at a time, never done: no read timeout ever fires
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.end_headers()
            while not self.stop.wait(0.05):
                h.wfile.write(b"<p>")
                h.wfile.flush()
            return None
        if path.startswith("/redirect/"):  # a new address every time: no loop to spot
            n = int(path.rsplit("/", 1)[1])
            return self._send(h, 302, b"", {"Location": f"/redirect/{n + 1}"})
        if path.startswith("/status/"):
            return self._send(h, int(path.rsplit("/", 1)[1]), b"oops", {})
        if path in ("/endless", "/endless-declared"):
            return self._endless(h, declared=path.endswith("declared"))
        if path.startswith("/to/"):  # /to/<url>: a redirect anywhere
            return self._send(h, 302, b"", {"Location": path[len("/to/") :]})
        return self._send(h, 404, b"not found", {})

    def _send(self, h: BaseHTTPRequestHandler, status: int, body: bytes,
              headers: dict[str, str]) -> None:  # fmt: skip
        h.send_response(status)
        for key, value in headers.items():
            h.send_header(key, value)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def _endless(self, h: BaseHTTPRequestHandler, declared: bool) -> None:
        """2 GB of page, sent until the client hangs up."""
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        if declared:
            h.send_header("Content-Length", str(2 * 1024**3))
        h.end_headers()
        chunk = b"<p>" + b"x" * 65533
        for _ in range(2 * 1024**3 // len(chunk)):
            if self.stop.is_set():
                return
            h.wfile.write(chunk)


@dataclass(frozen=True)
class Case:
    """One kind of bad input. ``make`` writes its files into a folder of its own (and may
    add routes to the server) and returns the sources to ingest."""

    name: str
    make: Callable[[Path, HostileServer], list[str]]
    status: int  # 1: refused (an error line); 0: storing it is right
    says: str = ""  # words of the REASON on the item's error line (or warning line)
    stored: int = 0  # documents this case adds to the store
    item: Callable[[list[str]], str] = field(default=lambda sources: sources[0])
    text: str = ""  # the stored text must hold this
    never: tuple[str, ...] = ()  # no stored text may hold any of these
    heavy: bool = False  # large: only in the whole-corpus run, not the per-case test
    # The server's own host is taken for a public one (a monkeypatch only the per-case
    # test can make): the case shows a public page sending kansoku to this machine.
    public: bool = False


def _file(name: str, data: bytes | str) -> Callable[[Path, HostileServer], list[str]]:
    def make(folder: Path, web: HostileServer) -> list[str]:
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return [str(path)]

    return make


def _lines(name: str, rows: list[object]) -> Callable[[Path, HostileServer], list[str]]:
    def make(folder: Path, web: HostileServer) -> list[str]:
        path = folder / name
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(row if isinstance(row, str) else json.dumps(row, ensure_ascii=False))
                fh.write("\n")
        return [str(path)]

    return make


def _url(path: str, body: bytes | str | None = None, ctype: str = "text/html; charset=utf-8",
         **headers: str) -> Callable[[Path, HostileServer], list[str]]:  # fmt: skip
    def make(folder: Path, web: HostileServer) -> list[str]:
        if body is None:
            return [web.base + path]
        return [web.add(path, body, ctype, **headers)]

    return make


def _binary(magic: bytes) -> bytes:
    return magic + bytes((i * 37 + 11) % 256 for i in range(4000))


def _big_html(folder: Path, web: HostileServer) -> list[str]:
    """A 50 MB page of paragraphs (written in pieces: it is never whole in memory here)."""
    path = folder / "big.html"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("<!DOCTYPE html><html><head><title>A very long page</title></head><body>\n")
        n, size = 0, 0
        while size < 50 * MB:
            para = f"<p>Dispatch {n}. {ARTICLE_EN}</p>\n"
            fh.write(para)
            n, size = n + 1, size + len(para)
        fh.write("</body></html>\n")
    return [str(path)]


def _deep_html() -> str:
    depth = 100_000
    inner = "<p>North Korea sent more shells to Russia, the ministry said.</p>"
    return f"<html><body>{'<div>' * depth}{inner}{'</div>' * depth}</body></html>"


def _markup_flood() -> str:
    return "<html><body>" + "<b></b>" * 500_000 + f"<p>{ARTICLE_EN}</p></body></html>"


def _scripts() -> str:
    junk = (
        "<script>document.cookie='x';alert(1)</script>"
        "<iframe src='http://127.0.0.1:1/frame'></iframe>"
        "<object data='evil.swf'><param name=x value=y>object text</object>"
        "<style>p{display:none}</style>"
        "<noscript>enable javascript</noscript>"
    )
    return (
        "<html><head><script src='http://127.0.0.1:1/a.js'></script></head>"
        f"<body onload=\"alert('x')\">{junk * 200}"
        f"<article><p onclick=\"alert('x')\">{ARTICLE_EN}</p></article>"
        f"{junk * 200}</body></html>"
    )


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + "]>\n<lolz>&lol9;</lolz>\n"
)


def _xxe(target: str) -> str:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "{target}">]>\n'
        "<r><p>&xxe;</p></r>\n"
    )


def _rss(base: str, *links: str, doctype: str = "", title: str = "news") -> str:
    items = "".join(f"<item><title>{title}</title><link>{link}</link></item>" for link in links)
    return (
        f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><title>t</title>'
        f"{items}</channel></rss>"
    )


def _feed_bomb(folder: Path, web: HostileServer) -> list[str]:
    web.add("/article", f"<html><body><p>{ARTICLE_EN}</p></body></html>")
    doctype = BILLION_LAUGHS.split("\n", 1)[1].split("]>")[0] + "]>"
    return [web.add("/feed-bomb.xml", _rss(web.base, web.base + "/article", doctype=doctype,
                                           title="&lol9;"), "application/rss+xml")]  # fmt: skip


def _feed_xxe(folder: Path, web: HostileServer) -> list[str]:
    doctype = (
        '<!DOCTYPE rss [<!ENTITY pw SYSTEM "file:///etc/passwd">'
        f'<!ENTITY canary SYSTEM "{web.base}/canary">]>'
    )
    feed = _rss(web.base, web.base + "/article", doctype=doctype, title="&pw;&canary;")
    web.add("/article", f"<html><body><p>{ARTICLE_EN}</p></body></html>")
    return [web.add("/feed-xxe.xml", feed, "application/rss+xml")]


def _feed_to_this_machine(folder: Path, web: HostileServer) -> list[str]:
    port = web.base.rsplit(":", 1)[1]
    links = [f"http://{host}:{port}/article" for host in ("localhost", "0x7f000001", "[::1]")]
    web.add("/article", f"<html><body><p>{ARTICLE_EN}</p></body></html>")
    return [web.add("/feed-local.xml", _rss(web.base, *links), "application/rss+xml")]


def _redirect_to(target: str) -> Callable[[Path, HostileServer], list[str]]:
    def make(folder: Path, web: HostileServer) -> list[str]:
        return [f"{web.base}/to/{target.replace('PORT', web.base.rsplit(':', 1)[1])}"]

    return make


def _gzip_bomb() -> bytes:
    """200 MB of zeros in about 200 KB."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(MB)
    return b"".join([*(packer.compress(block) for _ in range(200)), packer.flush()])


def _warc(folder: Path, web: HostileServer) -> list[str]:
    """A crawl with a good page, a page declaring an external entity and a 70 MB record
    (zeros, in a gzip member of some 70 KB)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = folder / "crawl.warc.gz"
    pages = [
        ("https://example.org/good", f"<html><body><p>{ARTICLE_EN}</p></body></html>".encode()),
        ("https://example.org/xxe", _xxe("file:///etc/passwd").encode()),
        ("https://example.org/huge", bytes(70 * MB)),
    ]
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers))  # fmt: skip
    return [str(path)]


def _symlink_loop(folder: Path, web: HostileServer) -> list[str]:
    root = folder / "loop"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "b" / "article.txt").write_text(ARTICLE_JA, encoding="utf-8")
    (root / "a" / "b" / "up").symlink_to("../..", target_is_directory=True)
    (root / "a" / "self").symlink_to(".", target_is_directory=True)
    (root / "a" / "b" / "same.txt").symlink_to("article.txt")  # one file, twice
    return [str(root)]


def _dangling(folder: Path, web: HostileServer) -> list[str]:
    root = folder / "dangling"
    root.mkdir()
    (root / "gone.txt").symlink_to("no-such-file.txt")
    return [str(root / "gone.txt")]


def _special(folder: Path, web: HostileServer) -> list[str]:
    root = folder / "special"
    root.mkdir()
    os.mkfifo(root / "pipe.txt")  # reading it would wait for ever
    (root / "zero.txt").symlink_to("/dev/zero")  # reading it would never end
    return [str(root)]


def _named(name: bytes, data: bytes) -> Callable[[Path, HostileServer], list[str]]:
    def make(folder: Path, web: HostileServer) -> list[str]:
        path = os.path.join(os.fsencode(folder), name)
        with open(path, "wb") as fh:
            fh.write(data)
        return [os.fsdecode(path)]

    return make


def _jsonl_big_line(mb: int) -> Callable[[Path, HostileServer], list[str]]:
    """A line of ``mb`` MB: one Japanese paragraph of numbered sentences, no line break
    (the kind of line that once took an ingest to 11.6 GB)."""

    def make(folder: Path, web: HostileServer) -> list[str]:
        path = folder / f"line{mb}mb.jsonl"
        sentence = ARTICLE_JA.replace("\n", "")
        text = "".join(f"{n}. {sentence}" for n in range(mb * MB // len(sentence.encode()) + 1))
        with path.open("w", encoding="utf-8") as fh:
            fh.write(json.dumps({"id": "big", "text": text}, ensure_ascii=False) + "\n")
            fh.write(json.dumps({"id": "after", "text": ARTICLE_JA}, ensure_ascii=False) + "\n")
        return [str(path)]

    return make


CONTROLS = (
    "北\u200d朝\u200b鮮がロシアに\x07砲弾を送ったと\x1b[2J\x1b[31m韓国国防省が発表した。\n"
    "\u202eNorth\u200dKorea\u202c denied it.\x00\n"
)

CASES: list[Case] = [
    Case("empty", _file("empty.txt", b""), 1, "empty"),
    Case("whitespace", _file("blank.txt", " \n\t\u3000\r\n  \n"), 1, "only whitespace"),
    Case("png", _file("image.txt", _binary(b"\x89PNG\r\n\x1a\n")), 1, "PNG image"),
    Case("pdf", _file("report.html", _binary(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")), 1, "PDF"),
    Case("zip", _file("archive.txt", _binary(b"PK\x03\x04\x14\x00")), 1, "ZIP"),
    Case("elf", _file("program.html", _binary(b"\x7fELF\x02\x01\x01\x00")), 1, "ELF"),
    Case("truncated_utf8", _file("cut.txt", ARTICLE_JA.strip().encode()[:-1]), 0,
         "ends in the middle of a character", stored=1, text="輸送は港から船で"),
    Case("shift_jis", _file("sjis.txt", ARTICLE_JA.encode("cp932")), 0, stored=1,
         text="砲弾を送った"),
    Case("euc_jp", _file("eucjp.html", f"<html><body><p>{ARTICLE_JA}</p></body></html>"
                         .encode("euc_jp")), 0, stored=1, text="砲弾を送った"),
    Case("utf16le_ja", _file("utf16le.txt", ARTICLE_JA.encode("utf-16-le")), 0, stored=1,
         text="砲弾を送った"),
    Case("utf16be_en", _file("utf16be.txt", ARTICLE_EN.encode("utf-16-be")), 0, stored=1,
         text="artillery shells"),
    Case("mixed_encodings", _file("mixed.txt", ARTICLE_JA.encode() + ARTICLE_JA.encode("cp932")),
         1, "mixed encodings"),
    Case("big_html", _big_html, 0, "only from the first", stored=1, text="Dispatch 123456.",
         heavy=True),
    Case("deep_html", _file("deep.html", _deep_html()), 0, "nested", stored=1,
         text="more shells to Russia"),
    Case("markup_flood", _file("flood.html", _markup_flood()), 0, "elements", stored=1,
         text="artillery shells"),
    Case("scripts", _file("scripts.html", _scripts()), 0, stored=1, text="artillery shells",
         never=("alert(", "cookie", "object text", "display:none", "enable javascript")),
    Case("jsonl_broken_line", _lines("broken.jsonl", [
        {"id": "a", "text": ARTICLE_JA}, '{"id": "b", "text": "unterminated']),
        1, "invalid JSON", stored=1, item=lambda s: s[0] + ":2"),
    Case("jsonl_no_text", _lines("notext.jsonl", [
        {"id": "a", "text": ARTICLE_JA}, {"id": "b", "title": "only a title"}]),
        1, "no 'text' or 'html'", stored=1, item=lambda s: s[0] + ":2"),
    Case("jsonl_duplicate_ids", _lines("dups.jsonl", [
        {"id": "d", "text": ARTICLE_JA}, {"id": "e", "text": ARTICLE_EN},
        {"id": "d", "text": ARTICLE_EN + " Another text."}]),
        1, "duplicate id", stored=2, item=lambda s: s[0] + ":3"),
    Case("jsonl_10mb_line", _jsonl_big_line(10), 0, "only from the first", stored=2,
         item=lambda s: s[0] + "#big", text="12345. 北朝鮮が", heavy=True),
    Case("jsonl_line_over_cap", _jsonl_big_line(20), 1, "longer than", stored=1,
         item=lambda s: s[0] + ":1", heavy=True),
    Case("xml_bomb", _file("lol.xml", BILLION_LAUGHS), 1, "entit", never=("lollollol",)),
    Case("xxe", _file("xxe.xml", _xxe("file:///etc/passwd")), 1, "entit", never=("root:",)),
    Case("xhtml_xxe", _file("page.xhtml", _xxe("file:///etc/passwd").replace("<r>", "<html>")
                           .replace("</r>", "</html>")), 1, "entit", never=("root:",)),
    Case("gzip_bomb", _file("bomb.html.gz", _gzip_bomb()), 1, "decompresses to more than"),
    Case("not_gzip", _file("fake.txt.gz", ARTICLE_EN), 1, "not gzip"),
    Case("truncated_gzip", _file("cut.txt.gz", gzip.compress(ARTICLE_EN.encode() * 50)[:100]),
         1, "ends early"),
    Case("warc", _warc, 1, "record larger than", stored=1, text="artillery shells", never=("root:",),
         item=lambda s: s[0] + "#https://example.org/"),
    Case("comment_flood", _file("comments.txt", "<!--a-->" * 5000 + "\n" + ARTICLE_EN), 0,
         stored=1, text="artillery shells"),
    Case("symlink_loop", _symlink_loop, 0, stored=1, text="砲弾を送った"),
    Case("dangling_symlink", _dangling, 1, "broken symbolic link"),
    Case("fifo_and_device", _special, 1, "not a regular file",
         item=lambda s: s[0] + "/pipe.txt"),
    Case("newline_in_name", _named(b"two\nlines.txt", ARTICLE_JA.encode()), 0, stored=1),
    Case("non_utf8_name", _named(b"caf\xe9 \xff.txt", ARTICLE_JA.encode()), 0, stored=1),
    Case("escape_in_bad_name", _named(b"evil\n\x1b[31mred.txt", _binary(b"\x89PNG\r\n\x1a\n")),
         1, "PNG image", item=lambda s: s[0].replace("\n", "\\n").replace("\x1b", "\\x1b")),
    Case("controls_and_invisibles", _file("controls.txt", CONTROLS), 0, stored=1,
         text="北朝鮮がロシアに砲弾を送った", never=("\u202e", "\x1b", "\u200d", "\x07")),
    Case("numbers_only", _file("numbers.txt", "\n".join(
        f"{i * 7919 % 100000:>6} {i * 104729 % 1000:>4}.{i % 100:02}" for i in range(500))),
        1, "no words"),
    Case("unsupported_language", _file("russian.txt", ARTICLE_RU), 0, "does not read", stored=1,
         text="артиллерийские"),
    Case("url_hangs", _url("/hang"), 1, "timed out"),
    Case("url_trickles", _url("/trickle"), 1, "timed out"),
    Case("url_redirects_forever", _url("/redirect/0"), 1, "too many redirects"),
    Case("url_500", _url("/status/500"), 1, "HTTP 500"),
    Case("url_2gb", _url("/endless"), 1, "larger than"),
    Case("url_2gb_declared", _url("/endless-declared"), 1, "larger than"),
    Case("url_gzip_bomb", _url("/bomb", _gzip_bomb(), "text/html", **{"Content-Encoding": "gzip"}),
         1, "larger than"),
    Case("file_url", lambda folder, web: ["file:///etc/passwd"], 1, "only http"),
    Case("gopher_url", lambda folder, web: ["gopher://127.0.0.1:70/"], 1, "only http"),
    Case("redirect_to_file", _redirect_to("file:///etc/passwd"), 1, "file:"),
    Case("feed_bomb", _feed_bomb, 1, "entit", never=("lollollol",)),
    Case("feed_xxe", _feed_xxe, 1, "entit", never=("root:", "canary")),
    Case("redirect_to_localhost", _redirect_to("http://localhost:PORT/canary"), 1,
         "this machine", public=True),
    Case("feed_links_to_this_machine", _feed_to_this_machine, 1, "this machine",
         item=lambda s: s[0].replace("127.0.0.1", "localhost").replace("feed-local.xml", "article"),
         public=True),
    Case("local_page_named_by_user", _url("/mine", f"<html><body><p>{ARTICLE_EN}</p></body></html>"),
         0, stored=1, text="artillery shells"),
]  # fmt: skip


def write_good(folder: Path) -> str:
    path = folder / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return str(path)


def build(folder: Path, web: HostileServer, cases: list[Case] = CASES) -> dict[str, list[str]]:
    """Write every case into a folder of its own under ``folder``; its sources by name."""
    sources = {}
    for case in cases:
        own = folder / case.name
        own.mkdir(parents=True, exist_ok=True)
        sources[case.name] = case.make(own, web)
    return sources


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile")
    with HostileServer() as web:
        sources = build(out, web, [c for c in CASES if not c.public])
        write_good(out)
        # The folder holds every file case; the rest are addresses.
        flat = [str(out)] + [s for found in sources.values() for s in found if ":" in s[:10]]
        print("uv run --frozen kansoku ingest --timeout 2 --db /tmp/h.db \\")
        print("  " + " \\\n  ".join(shlex.quote(s) for s in flat))
        print("serving on", web.base, "until Ctrl-C", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
