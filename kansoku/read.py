"""Sources → Documents: files, folders, JSON Lines, web pages, RSS/Atom feeds, WARC files.

``read_sources`` yields a Document for every item it could read and a ReadError for every
item it could not, so one bad file never stops a batch. Nothing here judges content: that
is cleaning's job.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import feedparser
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from kansoku.datefmt import DateFormats
from kansoku.fetch import Fetcher, FetchError
from kansoku.model import Document, ReadError
from kansoku.textcodec import DecodeError, decode
from kansoku.webpage import parse_page

MAX_FILE_BYTES = 50 * 1024 * 1024
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_LOOKS_HTML = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_LOOKS_FEED = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S)

Item = Document | ReadError


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
) -> Document:
    """Build a Document from decoded text; HTML is reduced to its text blocks first.

    Values the caller gives (a JSONL row's fields, a feed entry) win over the page's own
    metadata: they come from the analyst's crawler, which knows what it fetched.
    ``base_url`` is where the page was fetched from: its canonical URL, if any, wins.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    doc = Document(
        source=source,
        raw_sha256=_sha256(raw),
        source_id=source_id,
        url=url,
        title=title,
        published=calendar.normalize(published),
        language=language,
    )
    if is_html is None:
        is_html = bool(_LOOKS_HTML.match(text))
    if is_html:
        page = parse_page(text, url=url or base_url)
        doc.body, doc.outside_main = page.main_text, page.outside_main
        doc.title = doc.title or page.title
        doc.published = doc.published or calendar.normalize(page.published)
        doc.site_name = page.site_name
        doc.url = doc.url or page.url
    else:
        doc.body = text
        doc.url = doc.url or base_url
    return doc


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise DecodeError(f"file too large ({size} bytes, limit {MAX_FILE_BYTES})")
    return path.read_bytes()


def _gunzip(data: bytes) -> bytes:
    """Decompress with a size limit: a small .gz file can hold gigabytes."""
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
        out = stream.read(MAX_FILE_BYTES + 1)
    if len(out) > MAX_FILE_BYTES:
        raise DecodeError(f"decompresses to more than {MAX_FILE_BYTES} bytes")
    return out


def _read_file(path: Path, label: str, calendar: DateFormats) -> Iterator[Item]:
    suffix = path.suffix.lower()
    name = path.name.lower()
    if suffix in _JSONL_SUFFIXES:
        yield from _read_jsonl(path, label, calendar)
    elif name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        yield from _read_warc(path, label, calendar)
    else:
        try:
            raw = _read_bytes(path)
            if suffix == ".gz":
                raw = _gunzip(raw)
            text = decode(raw)
            is_html = True if suffix in _HTML_SUFFIXES else None
            yield make_document(label, raw, text, is_html=is_html, calendar=calendar)
        except (OSError, DecodeError, ValueError, EOFError) as exc:
            yield ReadError(label, str(exc) or type(exc).__name__)


def _read_jsonl(path: Path, label: str, calendar: DateFormats) -> Iterator[Item]:
    try:
        raw = _read_bytes(path)
        text = decode(raw)
    except (OSError, DecodeError) as exc:
        yield ReadError(label, str(exc))
        return
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        item = f"{label}:{lineno}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(item, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(row, dict):
            yield ReadError(item, "a line must be a JSON object")
            continue
        body = row.get("text") if row.get("text") is not None else row.get("html")
        if not isinstance(body, str) or not body.strip():
            yield ReadError(item, "no 'text' or 'html' string")
            continue
        source_id = row.get("id")
        # The caller's id names the article, so inserting a line does not rename the rest.
        source = f"{label}#{source_id}" if source_id is not None else item
        # A lone surrogate (valid JSON "\ud800") is no text: it would fail on storage.
        body = body.encode("utf-8", "replace").decode("utf-8")
        try:
            yield make_document(
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
            )
        except ValueError as exc:
            yield ReadError(item, str(exc))


def _read_warc(path: Path, label: str, calendar: DateFormats) -> Iterator[Item]:
    pages = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type not in ("response", "resource"):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                item = f"{label}#{uri}"
                if record.http_headers is not None:
                    ctype = record.http_headers.get_header("Content-Type") or ""
                    status = record.http_headers.get_statuscode()
                    if status and not status.startswith("2"):
                        continue
                else:
                    ctype = record.rec_headers.get_header("Content-Type") or ""
                if not ctype.lower().startswith(("text/html", "application/xhtml", "text/plain")):
                    continue
                raw = record.content_stream().read(MAX_FILE_BYTES + 1)
                if len(raw) > MAX_FILE_BYTES:
                    yield ReadError(item, f"record larger than {MAX_FILE_BYTES} bytes")
                    continue
                pages += 1
                charset = re.search(r"charset=([\w\-]+)", ctype, re.I)
                try:
                    text = decode(raw, charset.group(1) if charset else None)
                    yield make_document(
                        item,
                        raw,
                        text,
                        is_html="html" in ctype.lower(),
                        base_url=uri or None,
                        calendar=calendar,
                    )
                except (DecodeError, ValueError) as exc:
                    yield ReadError(item, str(exc))
    except (OSError, ArchiveLoadFailed, EOFError) as exc:
        yield ReadError(label, f"not a readable WARC file ({exc})")
        return
    if not pages:
        yield ReadError(label, "no HTML or text pages in this WARC file")


def _read_url(url: str, fetcher: Fetcher, calendar: DateFormats) -> Iterator[Item]:
    try:
        resp = fetcher.get(url)
        head = resp.body[:2048].decode("utf-8", "ignore")
        is_feed = "rss" in resp.content_type or "atom" in resp.content_type
        if is_feed or (("xml" in resp.content_type) and _LOOKS_FEED.match(head)):
            yield from _read_feed(url, resp.body, fetcher, calendar)
            return
        text = decode(resp.body, resp.charset)
        if _LOOKS_FEED.match(text[:2048]):
            yield from _read_feed(url, resp.body, fetcher, calendar)
            return
        is_html = "html" in resp.content_type or None
        yield make_document(
            url, resp.body, text, is_html=is_html, base_url=resp.url, calendar=calendar
        )
    except (FetchError, DecodeError, ValueError) as exc:
        yield ReadError(url, str(exc))


def _read_feed(url: str, body: bytes, fetcher: Fetcher, calendar: DateFormats) -> Iterator[Item]:
    feed = feedparser.parse(body)
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
            resp = fetcher.get(link)
            text = decode(resp.body, resp.charset)
            yield make_document(
                link,
                resp.body,
                text,
                is_html="html" in resp.content_type or None,
                base_url=resp.url,
                title=entry.get("title"),
                published=iso,
                calendar=calendar,
            )
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


def _walk(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not any(
            part.startswith(".") for part in path.relative_to(folder).parts
        ):
            yield path


def read_sources(
    sources: Iterable[str], calendar: DateFormats, fetcher: Fetcher | None = None
) -> Iterator[Item]:
    """Every item of every source, in order, as a Document or a ReadError; ``calendar``
    reads the dates sources give in writing."""
    own_fetcher = None
    try:
        for source in sources:
            if re.match(r"(?i)^https?://", source):
                if fetcher is None:
                    fetcher = own_fetcher = Fetcher()
                yield from _read_url(source, fetcher, calendar)
                continue
            path = Path(source)
            if path.is_dir():
                for file in _walk(path):
                    yield from _read_file(file, str(file), calendar)
            elif path.is_file():
                yield from _read_file(path, source, calendar)
            elif path.exists():
                yield ReadError(source, "not a regular file or folder")
            else:
                yield ReadError(source, "no such file or folder")
    finally:
        if own_fetcher is not None:
            own_fetcher.client.close()
