"""HTML page → candidate text blocks and metadata.

trafilatura decides what the main text is and reads the metadata (title, date, site name);
every other text block of the page is kept as ``outside_main`` so that cleaning can report
it in ``dropped`` with a reason, rather than losing it silently. Page text is only ever
read as text: nothing in it is executed or re-emitted as markup.

Markup is bounded before any tree is built. Every page is first read by a streaming pass
(lxml's parser feeding events, no tree) that counts its elements and depth and keeps its
text blocks. A page within the limits below goes to trafilatura; a larger or deeper one
(50 MB of paragraphs, a million empty tags, 100,000 nested divs) keeps the streaming
pass's text blocks as its main text, all of them judged by cleaning, and says so in
``Page.note``. trafilatura's memory grows with the tree (a 35 MB page of empty tags took
2.5 GB and 100 s) and libxml2 silently drops whatever lies deeper than 255 levels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.etree
import lxml.html
import trafilatura
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, ParseError

# A page goes to trafilatura (a tree, main-text detection) only within all three. Its time
# grows faster than the elements: 30,000 links took 2.5 s, 90,000 took 36 s (news pages
# have a few thousand).
MAX_TREE_BYTES = 4 * 1024 * 1024  # characters of HTML
MAX_TREE_ELEMENTS = 30_000
MAX_TREE_DEPTH = 200  # libxml2 keeps 255 levels; real pages stay far below

# Elements whose boundaries start a new text block.
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
}  # fmt: skip
# Never page text: code, styles, frames, and what a plugin or player shows when it fails.
# (Not <embed>: libxml2 does not know it is empty and puts the rest of the page inside it.)
_INVISIBLE_TAGS = (
    "script", "style", "noscript", "template", "svg", "iframe", "head", "object", "applet",
    "canvas", "audio", "video", "math", "frameset",
)  # fmt: skip
# A DOCTYPE with an internal subset ("[...]") that declares entities: a billion-laughs
# bomb or an external entity (file:///etc/passwd, an address on the reader's network).
# No web page needs one. The declaration is looked for anywhere after the DOCTYPE: a "]"
# inside a comment or a quoted value must not hide it.
_DOCTYPE = re.compile(r"<!DOCTYPE", re.I)
_SUBSET_OPEN = re.compile(r"[^>\[]*\[")
_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.I)
_SPACE = re.compile(r"[ \t\u3000\xa0]+")
ENTITIES_REFUSED = (
    "declares XML entities (an entity-expansion bomb or an external reference): refused"
)


@dataclass
class Page:
    main_text: str
    outside_main: list[str] = field(default_factory=list)
    title: str | None = None
    published: str | None = None
    site_name: str | None = None
    url: str | None = None
    note: str | None = None  # how the page was read, when not as usual (too large, too deep)


def declares_entities(text: str) -> bool:
    """True when the text (XML, XHTML, a feed) declares entities in its DOCTYPE."""
    doctype = _DOCTYPE.search(text, 0, 65536)  # the first: a DOCTYPE opens a document
    subset = _SUBSET_OPEN.match(text, doctype.end(), 65536) if doctype else None
    return subset is not None and bool(_ENTITY_DECLARATION.search(text, subset.end()))


def feed_refusal(body: bytes) -> str | None:
    """Why a feed must not reach feedparser, if it must not: defusedxml reads it first
    (no tree is built) and stops at any entity declaration or external reference."""
    parser = DefusedXMLParser(target=_NoTree(), forbid_dtd=False)
    try:
        parser.feed(body)
        parser.close()
    except DefusedXmlException:
        return ENTITIES_REFUSED
    except ParseError:  # malformed: feedparser's loose reading may still take it, but
        if b"<!ENTITY" in body or b"<!entity" in body:  # never with declared entities
            return ENTITIES_REFUSED
    return None


class _NoTree:
    """An XML parser target that keeps nothing."""

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        pass

    def end(self, tag: str) -> None:
        pass

    def data(self, data: str) -> None:
        pass

    def close(self) -> None:
        pass


_META_KEYS = {
    "og:title": "title", "og:site_name": "site_name", "og:url": "url",
    "article:published_time": "published", "date": "published", "pubdate": "published",
}  # fmt: skip


class _Scan:
    """lxml parser target: the page's elements counted, its depth, its text blocks and
    head metadata, without building a tree (memory stays that of the text)."""

    def __init__(self) -> None:
        self.elements = self.depth = self.max_depth = 0
        self.hidden = 0  # depth inside invisible elements
        self.parts: list[str] = []
        self.in_title = False
        self.title: list[str] = []
        self.meta: dict[str, str] = {}

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self.elements += 1
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        tag = tag.lower() if isinstance(tag, str) else ""
        if tag == "title" and not self.title:
            self.in_title = True
        elif tag == "meta":
            key = (attrib.get("property") or attrib.get("name") or "").lower()
            if key in _META_KEYS and attrib.get("content"):
                self.meta.setdefault(_META_KEYS[key], attrib["content"].strip())
        elif tag == "link" and (attrib.get("rel") or "").lower() == "canonical":
            self.meta.setdefault("canonical", (attrib.get("href") or "").strip())
        if self.hidden or tag in _INVISIBLE_TAGS:
            self.hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def end(self, tag: str) -> None:
        self.depth -= 1
        tag = tag.lower() if isinstance(tag, str) else ""
        if tag == "title":
            self.in_title = False
        if self.hidden:
            self.hidden -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def data(self, text: str) -> None:
        if self.in_title:
            self.title.append(text)
        elif not self.hidden:
            self.parts.append(text)

    def comment(self, text: str) -> None:
        pass

    def close(self) -> _Scan:
        return self

    def blocks(self) -> list[str]:
        lines = (_SPACE.sub(" ", line).strip() for line in "".join(self.parts).split("\n"))
        return [line for line in lines if line]

    def too_much(self, size: int) -> str | None:
        """Why this page must not become a tree, if it must not."""
        if self.max_depth > MAX_TREE_DEPTH:
            return f"elements nested {self.max_depth:,} deep (over {MAX_TREE_DEPTH})"
        if size > MAX_TREE_BYTES:
            return f"page of {size:,} characters (over {MAX_TREE_BYTES:,})"
        if self.elements > MAX_TREE_ELEMENTS:
            return f"{self.elements:,} elements (over {MAX_TREE_ELEMENTS:,})"
        return None


def _scan(html: str) -> _Scan:
    scan = _Scan()
    parser = lxml.etree.HTMLParser(target=scan, no_network=True)
    for start in range(0, len(html), 1 << 20):  # fed in pieces: no second copy of the page
        parser.feed(html[start : start + (1 << 20)])
    parser.close()
    return scan


def _flat_page(scan: _Scan, reason: str, url: str | None) -> Page:
    """A page too large or deep for a tree: every text block is main text, for cleaning
    to judge, and the head's metadata."""
    title = _SPACE.sub(" ", "".join(scan.title)).strip() or scan.meta.get("title")
    return Page(
        main_text="\n".join(scan.blocks()),
        title=title or None,
        published=scan.meta.get("published"),
        site_name=scan.meta.get("site_name"),
        url=scan.meta.get("canonical") or scan.meta.get("url") or url,
        note=f"{reason}: read without main-text detection, every text block kept for cleaning",
    )


def _blocks(tree: lxml.html.HtmlElement) -> list[str]:
    for bad in tree.xpath("|".join(f"//{t}" for t in _INVISIBLE_TAGS)):
        bad.drop_tree()
    parts: list[str] = []

    def walk(el: lxml.html.HtmlElement) -> None:
        if not isinstance(el.tag, str):  # comments, processing instructions
            if el.tail:
                parts.append(el.tail)
            return
        block = el.tag.lower() in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    walk(tree)
    lines = (_SPACE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return [line for line in lines if line]


def _meta(tree: lxml.html.HtmlElement, *xpaths: str) -> str | None:
    for xpath in xpaths:
        for value in tree.xpath(xpath):
            value = str(value).strip()
            if value:
                return value
    return None


def parse_page(html: str, url: str | None = None) -> Page:
    """Split an HTML page into main text (one block per line) and the blocks outside it."""
    try:
        scan = _scan(html)
    except (ValueError, lxml.etree.LxmlError) as exc:
        raise ValueError(f"not parseable as HTML ({exc})") from exc
    reason = scan.too_much(len(html))
    if reason:
        return _flat_page(scan, reason, url)
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise ValueError(f"not parseable as HTML ({exc})") from exc
    canonical = _meta(tree, "//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content")
    head_title = _meta(tree, "//title/text()")  # read now: _blocks drops <head>
    extracted = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        # Only dates the page states in its metadata: guessing from the URL or from any date
        # in the body would give a wrong publication date with no way to tell.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    meta = extracted.as_dict() if extracted is not None else {}  # type: ignore[union-attr]
    main_lines = [_SPACE.sub(" ", line).strip() for line in (meta.get("text") or "").split("\n")]
    main_lines = [line for line in main_lines if line]
    main_set = set(main_lines)
    all_blocks = _blocks(tree)
    if not main_lines:  # trafilatura found no main text: let cleaning judge every block
        main_lines, all_blocks = all_blocks, []
    joined = "\n".join(main_set)  # one search per block, not one per block and main line
    outside = [b for b in all_blocks if b not in main_set and b not in joined]
    return Page(
        main_text="\n".join(main_lines),
        outside_main=outside,
        title=meta.get("title") or head_title,
        published=meta.get("date"),
        site_name=meta.get("sitename"),
        url=canonical or meta.get("url") or url,
    )
