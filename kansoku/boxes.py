"""Boxes and strays of page furniture found by where they stand, not by their words alone:
an outlet's summary box over the story (a label, then bulleted one-sentence lines that
retell it), a short label left between two lines of the page's header, and the outlet's
name in Latin letters closing a Japanese or Korean page."""

from __future__ import annotations

import re

from kansoku.furniture import (
    ANY_STOP,
    NAVIGATION,
    PICTURE_NAME,
    SUMMARY_BOX,
    Block,
    is_heading,
    is_heading_like,
    is_prose,
)
from kansoku.knowledge import NoiseRules
from kansoku.titles import CJK_LETTER, SENTENCE_END

# A summary box has a few points, each one sentence as long as a short paragraph.
_BOX_MIN_ITEMS = 2
_BOX_MAX_ITEMS = 8
_BOX_ITEM_MAX_CHARS = 200
# A numbered point ("1. ", "(2)") is a list item as a marked one is.
_NUMBERED = re.compile(r"^(?:\d{1,2}[.)\uff0e\uff09]|[(\uff08]\d{1,2}[)\uff09])\s*(?=\S)")
# A label of the header is a few words; an outlet's name a few capitalised Latin words.
_STRAY_MAX_CHARS = 20
_OUTLET = re.compile(r"^(?:The )?[A-Z][\w.&'-]*(?: [A-Z&][\w.&'-]*){0,5}$")
_OUTLET_MAX_CHARS = 40


def _point(block: Block, bullets: tuple[str, ...]) -> bool:
    """A bulleted or numbered line of one sentence: a summary box's point."""
    text = block.text
    mark = next((b for b in bullets if text.startswith(b)), None)
    if not block.kept:
        return False
    if mark is not None:
        inner = text[len(mark) :].strip()
    elif (number := _NUMBERED.match(text)) is not None:
        inner = text[number.end() :].strip()
    else:
        return False
    return (
        len(inner) <= _BOX_ITEM_MAX_CHARS
        and len(ANY_STOP.findall(inner)) == 1
        and bool(SENTENCE_END.search(inner))
    )


def mark_summary_boxes(blocks: list[Block], noise: NoiseRules, bullets: tuple[str, ...]) -> None:
    """The heading of a summary box ("Key points", a Japanese or Korean "summary") alone
    on its line, when two or more bulleted one-sentence lines follow it and the story
    they retell is below them: the heading and those lines go, and the story (its first
    paragraph, unbulleted) stays. A label over a paragraph, over one point, or over the
    page's last points (an analysis' conclusions) is the article's own."""
    label = noise.block_rules.get(SUMMARY_BOX)
    if label is None:
        return
    for i, block in enumerate(blocks):
        if block.tail or not label.search(block.text):
            continue
        points: list[Block] = []
        for item in blocks[i + 1 : i + 1 + _BOX_MAX_ITEMS]:
            if not _point(item, bullets):
                break
            points.append(item)
        below = blocks[i + 1 + len(points) :]
        if len(points) >= _BOX_MIN_ITEMS and any(b.kept and is_prose(b.text) for b in below):
            block.reason = NAVIGATION
            for item in points:
                item.reason = "boilerplate"


def mark_header_strays(blocks: list[Block]) -> None:
    """A short line that ends no sentence between two lines already dropped, above the
    page's title and first paragraph (a section's label among the header's links, in any
    script: "Korea A to Z" between two menu items): the header's too. The last such line
    above the first paragraph is the title, and stays."""
    first = next((i for i, b in enumerate(blocks) if b.kept and is_prose(b.text)), None)
    if first is None:
        return
    for i in range(1, first):
        block, above, below = blocks[i], blocks[i - 1], blocks[i + 1]
        if (
            block.kept
            and len(block.text) <= _STRAY_MAX_CHARS
            and is_heading(block.text)
            and not above.kept
            and not below.kept
            and not above.tail
            and not below.tail
            and any(b.kept and is_heading_like(b.text) for b in blocks[i + 1 : first])
        ):
            block.reason = NAVIGATION


def mark_closing_outlet(blocks: list[Block]) -> None:
    """The outlet's name alone in Latin letters as the last line of a Japanese or Korean
    page, after its paragraphs (its logo in the footer): a credit."""
    kept = [b for b in blocks if b.kept]
    if len(kept) < 2 or not any(CJK_LETTER.search(b.text) and is_prose(b.text) for b in kept):
        return
    last = kept[-1]
    if (
        len(last.text) <= _OUTLET_MAX_CHARS
        and _OUTLET.match(last.text)
        and not SENTENCE_END.search(last.text)
    ):
        last.reason = "credit"


def mark_picture_names(blocks: list[Block], noise: NoiseRules) -> None:
    """A caption that only names its picture ("a photo of the flag", no sentence) below
    the page's first line of text: a credit. The first line is the page's title, which may
    name the video it carries so, and stays."""
    names = noise.block_rules.get(PICTURE_NAME)
    if names is None:
        return
    first = next((i for i, b in enumerate(blocks) if b.kept), len(blocks))
    for block in blocks[first + 1 :]:
        if block.kept and not block.tail and names.search(block.text):
            block.reason = "credit"
