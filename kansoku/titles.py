"""Headlines out of their place on a page: another story's headline pasted between two
sentences of a paragraph (a wire's related-story link that lost its box), and the page's
own title set again further down (a template's second headline, the headline repeated
between paragraphs, a series' other part). Which words make a phrase run on into the
next, and how a series numbers its parts, are each language's: noise.yaml."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from kansoku.knowledge import NoiseRules

# After a sentence's stop and a space, two to four phrases with a space between each,
# then a space and the paragraph's next sentence, which has no space inside: a language
# that runs its sentences without spaces sets a headline's phrases apart with them.
_PASTED_HEADLINE = re.compile(
    r"(?<=[。」』])\s+((?:[^\s。]{4,40}\s+){1,3}[^\s。]{4,40})(?=\s+[^\s。]{8,}。)"
)
_PASTED_MAX_CHARS = 60
_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
_WHOLE_QUOTE = re.compile(r"^[\u300c\u300e][^\u300c\u300d\u300e\u300f]*[\u300d\u300f]$")
_TITLE_MIN_CHARS = 8
_TITLE_BLOCKS = 8  # where a page's title may stand: near its top
_SITE_AFTER_TITLE = re.compile(r"\s[|｜\-–—:]\s|｜")


class _Line(Protocol):
    text: str
    reason: str

    @property
    def kept(self) -> bool: ...


def cut_pasted_headlines(line: str, noise: NoiseRules) -> tuple[str, list[str]]:
    """The line closed up around the headlines pasted into it, and those headlines. Every
    phrase of one is no sentence's part: none runs on (ends on a particle or a comma),
    none is a whole quote (a transcript's speaker and quote), none holds an unclosed
    bracket, and each has kana, han or hangul; a sentence with a foreign name spaced
    inside keeps its words."""
    cut: list[str] = []
    start = 0
    while match := _PASTED_HEADLINE.search(line, start):
        headline = match.group(1)
        phrases = headline.split()
        if len(headline) <= _PASTED_MAX_CHARS and all(_headline_phrase(p, noise) for p in phrases):
            cut.append(headline)
            line = line[: match.start()] + " " + line[match.end() :].lstrip()
            start = match.start() + 1
        else:
            start = match.start(1) + 1
    return line, cut


def _headline_phrase(phrase: str, noise: NoiseRules) -> bool:
    return (
        bool(_CJK_LETTER.search(phrase))
        and not noise.runs_on.search(phrase)
        and not _WHOLE_QUOTE.match(phrase)
        and phrase.count("\u300c") == phrase.count("\u300d")
        and phrase.count("(") + phrase.count("（") == phrase.count(")") + phrase.count("）")
    )


def mark_repeated_titles(
    blocks: Sequence[_Line], title: str | None, noise: NoiseRules, heading: Callable[[str], bool]
) -> None:
    """A kept heading (``heading``: a line that is no sentence) that is the page's title
    (its own, else its first heading near the top) goes as boilerplate wherever it stands
    after its first time; the same title with another part number after it (part 2 under
    part 1) is a link to the series' other part."""
    part = noise.series_part
    first = next(
        (
            b.text
            for b in blocks[:_TITLE_BLOCKS]
            if b.kept and len(b.text) >= _TITLE_MIN_CHARS and heading(b.text)
        ),
        None,
    )
    # A page's own title may carry the site's name after a bar or a dash.
    own = _SITE_AFTER_TITLE.split(title)[0] if title else None
    titles = {t.strip() for t in (title, own, first) if t and len(t.strip()) >= _TITLE_MIN_CHARS}
    stems = {part.sub("", t): t for t in titles if part.search(t)}
    seen: set[str] = set()
    for block in blocks:
        text = block.text.strip()
        if not block.kept or not heading(text):
            continue
        if text in titles:
            block.reason = "boilerplate" if text in seen else block.reason
            seen.add(text)
        elif part.search(text) and stems.get(part.sub("", text), text) != text:
            block.reason = "navigation"
