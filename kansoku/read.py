"""Sources → Documents: files, folders, JSON Lines, web pages, RSS/Atom feeds, WARC files.

``read_sources`` yields a Document for every item it could read (a loss worth telling in
its ``read_notes``) and a ReadError for every item it could not, so one bad file never
stops a batch. Nothing here judges content: that is cleaning's job.

Input is bounded as it is read (docs/robustness.md): a file or a WARC record at most
``MAX_FILE_BYTES`` (a .gz file after decompression), a JSON Lines file streamed a line at
a time, each line at most ``MAX_LINE_BYTES``; a folder is walked once through each
directory however symbolic links loop; only regular files are opened (a named pipe or
/dev/zero would never end); text that declares XML entities is refused (a billion-laughs
bomb, an external entity), and a feed is checked by defusedxml before feedparser reads it.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import logging
import os
import re
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, BinaryIO

import feedparser
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from kansoku.datefmt import DateFormats
from kansoku.fetch import SCHEMES, Fetcher, FetchError, Response
from kansoku.model import Document, ReadError
from kansoku.textcodec import Decoded, DecodeError, decode_text, tidy
from kansoku.webpage import ENTITIES_REFUSED, declares_entities, feed_refusal, parse_page

MAX_FILE_BYTES = 64 * 1024 * 1024  # a file, a decompressed .gz, a WARC record
MAX_LINE_BYTES = 16 * 1024 * 1024  # a JSON Lines line
# An address with a scheme (gopher://…, file:/etc/passwd, data:…), not a path.
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):(//)?")
_NOT_PATHS = {"file", "data", "javascript", "vbscript", "mailto", "about", "blob"}
log = logging.getLogger(__name__)
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
# What a page or a feed starts with, after its prolog (see _after_prolog).
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.I)
_FEED_START = re.compile(r"<(?:rss|feed|rdf:RDF)\b")
_SPACES = re.compile(r"\s*")


@dataclass
class ReadWarning:
    """An item stored with what its reader should know (a loss in reading, a part left
    unread): one line an item, made by the pipeline when it stores the document."""

    item: str
    reason: str

    def __str__(self) -> str:
        return f"warning: {self.item}: {self.reason}"


Item = Document | ReadError


def label(path: str) -> str:
    """A path as text that can be stored and printed: bytes that are not UTF-8 in a file
    name (kept by Python as lone surrogates) become \\xNN."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _after_prolog(text: str) -> str:
    """The text from its first tag on, past white space, an XML declaration and comments
    (within its first 64 KB). A loop, not a regular expression: a pattern with a repeated
    comment group backtracks for ever on a thousand comments and one wrong character."""
    head, pos = text[:65536], 0
    while True:
        pos = _SPACES.match(head, pos).end()  # type: ignore[union-attr]
        if head.startswith("<?xml", pos):
            pos = head.find(">", pos) + 1
        elif head.startswith("<!--", pos):
            pos = head.find("-->", pos + 4) + 3
        else:
            return head[pos : pos + 256]
        if pos <= 2:  # not closed within the head: no page start to see
            return ""


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_document(
    source: str,
    raw: bytes,
    text: str,
    *,
    is_html: bool | None = None,
    source_id: str | None = None,
    url: str | None = None,
    base_url: str | None = None,
    title: str | None = None,
    published: object = None,
    language: str | None = None,
    calendar: DateFormats,
    notes: list[str] | None = None,
) -> Document:
    """Build a Document from decoded text; HTML is reduced to its text blocks first.

    Values the caller gives (a JSONL row's fields, a feed entry) win over the page's own
    metadata: they come from the analyst's crawler, which knows what it fetched.
    ``base_url`` is where the page was fetched from: its canonical URL, if any, wins.
    ``notes`` (what decoding found), and what parsing finds, become the document's
    ``read_notes``.
    """
    if declares_entities(text):
        raise ValueError(ENTITIES_REFUSED)
    text = tidy(text.replace("\r\n", "\n").replace("\r", "\n"))
    title = tidy(title) if title else title
    doc = Document(
        source=source,
        raw_sha256=_sha256(raw),
        source_id=source_id,
        url=url,
        title=title,
        published=calendar.normalize(published),
        language=language,
        read_notes=list(notes or []),
    )
    if is_html is None:
        is_html = bool(_HTML_START.match(_after_prolog(text)))
    if is_html:
        page = parse_page(text, url=url or base_url)
        if page.note:
            doc.read_notes.append(page.note)
        doc.body, doc.outside_main = page.main_text, page.outside_main
        doc.title = doc.title or page.title
        doc.published = doc.published or calendar.normalize(page.published)
        doc.site_name = page.site_name
        doc.url = doc.url or page.url
    else:
        doc.body = text
        doc.url = doc.url or base_url
    return doc


def _open_regular(path: Path) -> BinaryIO:
    """The file open for reading, if it is a regular file: a named pipe would wait for a
    writer for ever and a device (a link to /dev/zero) would never end."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise DecodeError("broken symbolic link (it points to nothing)") from None
    if not stat.S_ISREG(mode):
        raise DecodeError(f"not a regular file ({_kind_of(mode)})")
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced between the two looks
        os.close(fd)
        raise DecodeError("not a regular file")
    return os.fdopen(fd, "rb")


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a directory" if stat.S_ISDIR(mode) else "not a file"


def _read_bytes(path: Path) -> bytes:
    with _open_regular(path) as stream:
        data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise DecodeError(f"file too large (over {MAX_FILE_BYTES:,} bytes)")
    return data


def _gunzip(data: bytes) -> bytes:
    """Decompress with a size limit: a small .gz file can hold gigabytes."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(MAX_FILE_BYTES + 1)
    except gzip.BadGzipFile as exc:
        raise DecodeError(f"not gzip data, though named .gz ({exc})") from exc
    except EOFError as exc:
        raise DecodeError("compressed data ends early (the file was cut short)") from exc
    except zlib.error as exc:
        raise DecodeError(f"corrupt compressed data ({exc})") from exc
    if len(out) > MAX_FILE_BYTES:
        raise DecodeError(f"decompresses to more than {MAX_FILE_BYTES:,} bytes")
    return out


def _read_file(path: Path, name: str, calendar: DateFormats) -> Iterator[Item]:
    suffix = path.suffix.lower()
    lower = path.name.lower()
    if suffix in _JSONL_SUFFIXES:
        yield from _read_jsonl(path, name, calendar)
    elif lower.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        yield from _read_warc(path, name, calendar)
    else:
        try:
            raw = _read_bytes(path)
            if suffix == ".gz":
                raw = _gunzip(raw)
            decoded = decode_text(raw)
            is_html = True if suffix in _HTML_SUFFIXES else None
            notes = [decoded.note] if decoded.note else []
            doc = make_document(
                name, raw, decoded.text, is_html=is_html, calendar=calendar, notes=notes
            )
            yield doc
        except (OSError, DecodeError, ValueError) as exc:
            yield ReadError(name, _reason(exc))


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[0].lower() + exc.strerror[1:]  # without the path: it is the item
    return str(exc) or type(exc).__name__


def _lines(stream: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines, each read whole only up to MAX_LINE_BYTES: a longer one comes as
    None, its rest skipped a piece at a time."""
    lineno = 0
    while line := stream.readline(MAX_LINE_BYTES + 1):
        lineno += 1
        if len(line) <= MAX_LINE_BYTES:
            yield lineno, line
            continue
        while line and not line.endswith(b"\n"):
            line = stream.readline(1 << 20)
        yield lineno, None


def _decode_line(line: bytes) -> Decoded:
    try:
        return Decoded(line.decode("utf-8"))
    except UnicodeDecodeError:
        return decode_text(line)  # a crawler dump in a legacy encoding, line by line


def _read_jsonl(path: Path, name: str, calendar: DateFormats) -> Iterator[Item]:
    try:
        stream = _open_regular(path)
    except (OSError, DecodeError) as exc:
        yield ReadError(name, _reason(exc))
        return
    seen: dict[str, int] = {}  # id → the line that had it first
    with stream:
        for lineno, line in _lines(stream):
            item = f"{name}:{lineno}"
            if line is None:
                yield ReadError(item, f"line longer than {MAX_LINE_BYTES:,} bytes: skipped")
                continue
            if lineno == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            if not line.strip():
                continue
            try:
                yield from _jsonl_row(_decode_line(line), item, name, lineno, seen, calendar)
            except (DecodeError, ValueError) as exc:
                yield ReadError(item, str(exc))


def _jsonl_row(
    decoded: Decoded,
    item: str,
    name: str,
    lineno: int,
    seen: dict[str, int],
    calendar: DateFormats,
) -> Iterator[Item]:
    try:
        row = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        yield ReadError(item, f"invalid JSON ({exc.msg} at column {exc.colno})")
        return
    if not isinstance(row, dict):
        yield ReadError(item, "a line must be a JSON object")
        return
    body = row.get("text") if row.get("text") is not None else row.get("html")
    if not isinstance(body, str) or not body.strip():
        yield ReadError(item, "no 'text' or 'html' string")
        return
    source_id = row.get("id")
    if source_id is not None:
        key = str(source_id)
        if key in seen:
            yield ReadError(item, f"duplicate id {key!r} (first on line {seen[key]}): skipped")
            return
        seen[key] = lineno
    # The caller's id names the article, so inserting a line does not rename the rest.
    source = f"{name}#{source_id}" if source_id is not None else item
    # A lone surrogate (valid JSON "\ud800") is no text: it would fail on storage.
    body = body.encode("utf-8", "replace").decode("utf-8")
    notes = [decoded.note] if decoded.note else []
    doc = make_document(
        source,
        body.encode("utf-8"),
        body,
        is_html=True if row.get("text") is None else None,
        source_id=str(source_id) if source_id is not None else None,
        url=row.get("url") if isinstance(row.get("url"), str) else None,
        title=row.get("title") if isinstance(row.get("title"), str) else None,
        published=row.get("published"),
        language=row.get("language") if isinstance(row.get("language"), str) else None,
        calendar=calendar,
        notes=notes,
    )
    yield doc


def _read_warc(path: Path, name: str, calendar: DateFormats) -> Iterator[Item]:
    pages = 0
    try:
        with _open_regular(path) as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type not in ("response", "resource"):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                item = f"{name}#{uri}"
                if record.http_headers is not None:
                    ctype = record.http_headers.get_header("Content-Type") or ""
                    status = record.http_headers.get_statuscode()
                    if status and not status.startswith("2"):
                        continue
                else:
                    ctype = record.rec_headers.get_header("Content-Type") or ""
                if not ctype.lower().startswith(("text/html", "application/xhtml", "text/plain")):
                    continue
                pages += 1
                yield from _warc_page(record, item, uri, ctype, calendar)
    except (OSError, DecodeError, ArchiveLoadFailed, EOFError, zlib.error) as exc:
        yield ReadError(name, f"not a readable WARC file ({_reason(exc)})")
        return
    if not pages:
        yield ReadError(name, "no HTML or text pages in this WARC file")


def _warc_page(
    record: Any, item: str, uri: str, ctype: str, calendar: DateFormats
) -> Iterator[Item]:
    raw = record.content_stream().read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        yield ReadError(item, f"record larger than {MAX_FILE_BYTES:,} bytes")
        return
    charset = re.search(r"charset=([\w\-]+)", ctype, re.I)
    try:
        decoded = decode_text(raw, charset.group(1) if charset else None)
        notes = [decoded.note] if decoded.note else []
        doc = make_document(
            item,
            raw,
            decoded.text,
            is_html="html" in ctype.lower(),
            base_url=uri or None,
            calendar=calendar,
            notes=notes,
        )
    except (DecodeError, ValueError) as exc:
        yield ReadError(item, str(exc))
        return
    yield doc


def _read_url(url: str, fetcher: Fetcher, calendar: DateFormats) -> Iterator[Item]:
    try:
        resp = fetcher.get(url)
        head = resp.body[:2048].decode("utf-8", "ignore")
        is_feed = "rss" in resp.content_type or "atom" in resp.content_type
        if is_feed or (("xml" in resp.content_type) and _FEED_START.match(_after_prolog(head))):
            yield from _read_feed(url, resp.body, fetcher, calendar)
            return
        decoded = decode_text(resp.body, resp.charset)
        if _FEED_START.match(_after_prolog(decoded.text[:2048])):
            yield from _read_feed(url, resp.body, fetcher, calendar)
            return
        yield from _fetched_page(url, resp, calendar, decoded)
    except (FetchError, DecodeError, ValueError) as exc:
        yield ReadError(url, str(exc))


def _fetched_page(
    source: str,
    resp: Response,
    calendar: DateFormats,
    decoded: Decoded,
    title: str | None = None,
    published: str | None = None,
) -> Iterator[Item]:
    notes = [decoded.note] if decoded.note else []
    doc = make_document(
        source,
        resp.body,
        decoded.text,
        is_html="html" in resp.content_type or None,
        base_url=resp.url,
        title=title,
        published=published,
        calendar=calendar,
        notes=notes,
    )
    yield doc


def _read_feed(url: str, body: bytes, fetcher: Fetcher, calendar: DateFormats) -> Iterator[Item]:
    refusal = feed_refusal(body)
    if refusal:
        yield ReadError(url, refusal)
        return
    # A file-like object: given bytes, feedparser first tries them as a file name to open.
    feed = feedparser.parse(io.BytesIO(body))
    if feed.bozo and not feed.entries:
        yield ReadError(url, f"not a readable RSS/Atom feed ({feed.bozo_exception})")
        return
    for entry in feed.entries:
        link = entry.get("link")
        if not link:
            yield ReadError(url, f"feed entry without a link: {entry.get('title', '?')!r}")
            continue
        iso = _entry_date(entry, calendar)
        try:
            resp = fetcher.get(link, via=url)
            decoded = decode_text(resp.body, resp.charset)
            title = entry.get("title")
            yield from _fetched_page(link, resp, calendar, decoded, title, iso)
        except (FetchError, DecodeError, ValueError) as exc:
            yield ReadError(link, str(exc))


def _entry_date(entry: dict[str, Any], calendar: DateFormats) -> str | None:
    """The entry's date as written, in its own time zone (feedparser's parsed form is UTC,
    which moves a Tokyo morning to the previous day)."""
    raw = entry.get("published") or entry.get("updated")
    if not raw:
        return None
    try:
        return parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError):
        return calendar.normalize(raw)


def _walk(folder: Path) -> Iterator[Path | ReadError]:
    """The files under ``folder`` in path order, hidden ones skipped. Symbolic links are
    followed, but no directory and no file is visited twice: a link loop ends, and two
    links to one article give it once. A link to nothing is an error of its own."""
    seen: set[tuple[int, int]] = set()
    stack: list[Iterator[Path]] = [iter([folder])]
    while stack:
        path = next(stack[-1], None)
        if path is None:
            stack.pop()
            continue
        if path != folder and path.name.startswith("."):
            continue
        try:
            info = path.stat()
        except OSError as exc:
            broken = isinstance(exc, FileNotFoundError) and path.is_symlink()
            reason = "broken symbolic link (it points to nothing)" if broken else _reason(exc)
            yield ReadError(label(str(path)), reason)
            continue
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        if not stat.S_ISDIR(info.st_mode):
            yield path
            continue
        try:
            stack.append(iter(sorted(path.iterdir())))
        except OSError as exc:
            yield ReadError(label(str(path)), _reason(exc))


def _read_path(source: str, calendar: DateFormats) -> Iterator[Item]:
    path = Path(source)
    if path.is_dir():
        for file in _walk(path):
            if isinstance(file, ReadError):
                yield file
            else:
                yield from _guarded(_read_file(file, label(str(file)), calendar), str(file))
    elif path.exists():
        yield from _read_file(path, label(source), calendar)
    elif path.is_symlink():
        yield ReadError(label(source), "broken symbolic link (it points to nothing)")
    else:
        yield ReadError(label(source), "no such file or folder")


def _guarded(items: Iterator[Item], source: str) -> Iterator[Item]:
    """The items of one source; a failure nobody foresaw ends that source alone, as one
    error (its traceback logged at debug level)."""
    try:
        yield from items
    except Exception as exc:  # one bad item must not stop the batch
        log.debug("reading %s failed", source, exc_info=True)
        yield ReadError(label(source), f"unexpected error: {type(exc).__name__}: {exc}")


def read_sources(
    sources: Iterable[str], calendar: DateFormats, fetcher: Fetcher | None = None
) -> Iterator[Item]:
    """Every item of every source, in order, as a Document or a ReadError;
    ``calendar`` reads the dates sources give in writing."""
    own_fetcher = None
    try:
        for source in sources:
            scheme = _SCHEME.match(source)
            if scheme and not (scheme.group(2) or scheme.group(1).lower() in _NOT_PATHS):
                scheme = None  # notes:2024.txt is a file name
            if scheme and scheme.group(1).lower() in SCHEMES:
                if fetcher is None:
                    fetcher = own_fetcher = Fetcher()
                yield from _guarded(_read_url(source, fetcher, calendar), source)
            elif scheme and not os.path.lexists(source):
                yield ReadError(
                    label(source),
                    f"only http:// and https:// addresses are read, not {scheme.group(1)}:",
                )
            else:
                yield from _guarded(_read_path(source, calendar), source)
    finally:
        if own_fetcher is not None:
            own_fetcher.client.close()
