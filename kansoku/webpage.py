"""HTML page → candidate text blocks and metadata.

trafilatura decides what the main text is and reads the metadata (title, date, site name);
every other text block of the page is kept as ``outside_main`` so that cleaning can report
it in ``dropped`` with a reason, rather than losing it silently. Page text is only ever
read as text: nothing in it is executed or re-emitted as markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.html
import trafilatura

# Elements whose boundaries start a new text block.
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
}  # fmt: skip
_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "head")
_SPACE = re.compile(r"[ \t\u3000\xa0]+")


@dataclass
class Page:
    main_text: str
    outside_main: list[str] = field(default_factory=list)
    title: str | None = None
    published: str | None = None
    site_name: str | None = None
    url: str | None = None


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
    outside = [b for b in all_blocks if b not in main_set and not any(b in m for m in main_set)]
    return Page(
        main_text="\n".join(main_lines),
        outside_main=outside,
        title=meta.get("title") or head_title,
        published=meta.get("date"),
        site_name=meta.get("sitename"),
        url=canonical or meta.get("url") or url,
    )
