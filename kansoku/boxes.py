"""Boxes and strays of page furniture found by where they stand, not by their words alone:
an outlet's summary box over the story (a label, then bulleted one-sentence lines that
retell it), a short label left between two lines of the page's header, and the outlet's
name in Latin letters closing a Japanese or Korean page, and a list of other stories'
headlines closing the page with no label above it (a ranking, "most read")."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from kansoku.furniture import (
    ANY_STOP,
    CONTENT,
    NAVIGATION,
    PICTURE_NAME,
    SUMMARY_BOX,
    Block,
    is_heading,
    is_heading_like,
    is_prose,
)
from kansoku.knowledge import NoiseRules
from kansoku.titles import CJK_LETTER, QUOTE_LINE, SENTENCE_END

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
# A ranking's items are headlines: no sentence, as long as a headline runs. A headline
# marks its form: phrases set apart by a space in a script that puts none between words
# (kana, han), a short subject set off by a comma before the news, a name's age in
# brackets, a quote inside it, an ellipsis; in Latin letters, every longer word capitalised.
_HEADLINE_MAX_CHARS = 100
_HEADLINE_MARK = re.compile(
    r"[\u3040-\u30ff\u3400-\u9fff\u300d\u300f)\uff09]\s+[\u3040-\u30ff\u3400-\u9fff\u300c\u300e(\uff08]"
    r"|^[^\u3001\s]{1,8}\u3001|[(\uff08]\d{1,3}[)\uff09]|[\u300c\u201c\u2018].+[\u300d\u201d\u2019]|\u2026"
    r"|(?:^|\s)(['\"])[^'\"]+\1(?=[\s:,.]|$)"
    r"|^(?:[A-Z][\w'-]*|[\w'-]{1,3})(?: (?:[A-Z][\w'-]*|[a-z'-]{1,3})){3,}$"
)
# A line set twice with nothing or a space between (a picture's text and its caption run
# together): a caption. A speaker's label alone in brackets ("[Name / post]").
_DOUBLED = re.compile(r"^(.{8,150}?)\s*\1$")
_BRACKETED = re.compile(
    r"^[\[\uff3b(\uff08][^\[\]\uff3b\uff3d()\uff08\uff09]{1,30}[\]\uff3d)\uff09]$"
)
# A line that announces a list ("…は次の3点だ：", "as follows:") is the article's own.
_ANNOUNCES = re.compile(r"[:\uff1a]\s*$")


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


def _item(block: Block, bullets: tuple[str, ...]) -> tuple[str, str] | None:
    """A kept list item's mark (its number, or its bullet) and its words."""
    if not block.kept:
        return None
    number = _NUMBERED.match(block.text)
    if number is not None:
        return number.group().strip(), block.text[number.end() :].strip()
    mark = next((b for b in bullets if block.text.startswith(b)), None)
    return (mark, block.text[len(mark) :].strip()) if mark else None


def _in_order(marks: list[str]) -> bool:
    """The same bullet on every item, or numbers that count up by one from the first."""
    numbers = [re.sub(r"\D", "", m) for m in marks]
    if all(numbers):
        return all(int(b) == int(a) + 1 for a, b in pairwise(numbers))
    return len(set(marks)) == 1


def mark_closing_list(
    blocks: list[Block], bullets: tuple[str, ...], names_topic: Callable[[str], bool]
) -> set[int]:
    """A list that closes the page after the article's last paragraph, with no label above
    it: two or more items marked alike (numbered in order, or the same bullet), none a
    sentence. When most items are headlines of other stories (off the topic, or in a
    headline's form, ``_HEADLINE_MARK``), the list is a ranking or a "most read" box and
    goes, however long its items. Otherwise the items continue the article's topic in
    plain words, and a list the article announces (its line above ends with a colon) is
    its own whatever the words: those items (and the announcing line) are returned, for
    the footer rule to keep."""
    kept = [i for i, b in enumerate(blocks) if b.kept]
    run: list[int] = []
    for i in reversed(kept):
        if _item(blocks[i], bullets) is None:
            break
        run.append(i)
    run.reverse()
    items = [item for item in (_item(blocks[i], bullets) for i in run) if item is not None]
    above = next((i for i in reversed(kept) if i < run[0]), None) if run else None
    intro = blocks[above].text if above is not None else ""
    words = [item[1] for item in items]
    if (
        len(run) < _BOX_MIN_ITEMS
        or not _in_order([item[0] for item in items])
        or not (is_prose(intro) or _ANNOUNCES.search(intro))
        or any(SENTENCE_END.search(w) or len(w) > _HEADLINE_MAX_CHARS for w in words)
    ):
        return set()
    if above is not None and _ANNOUNCES.search(intro):
        return {above, *run}
    headlines = sum(1 for w in words if _HEADLINE_MARK.search(w) or not names_topic(w))
    if 2 * headlines < len(words):
        return set(run)
    for i in run:
        blocks[i].reason = NAVIGATION
    return set()


def mark_doubled_captions(blocks: list[Block]) -> None:
    """A line that is no sentence and says the same words twice, run together or with a
    space between (the picture's alternative text, then its caption): a caption."""
    for block in blocks:
        if block.kept and not SENTENCE_END.search(block.text) and _DOUBLED.match(block.text):
            block.reason = "credit"


def keep_speaker_labels(blocks: list[Block]) -> None:
    """A short label alone in brackets reads as a credit ("[Example Wire]"), but right above a
    line that is one whole quote it names who speaks in a transcript ("[Name A]", then
    the quote): the label stays with its quote."""
    for block, below in pairwise(blocks):
        if (
            block.reason == "credit"
            and not block.tail
            and _BRACKETED.match(block.text)
            and below.kept
            and QUOTE_LINE.match(below.text)
        ):
            block.reason = CONTENT
