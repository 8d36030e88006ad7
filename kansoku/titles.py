"""Headlines out of their place on a page: another story's headline pasted between two
sentences of a paragraph (a wire's related-story link that lost its box), and the page's
own title set again further down (a template's second headline, the headline repeated
between paragraphs, a series' other part). Which words make a phrase run on into the
next, and how a series numbers its parts, are each language's: noise.yaml."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Protocol

from kansoku.knowledge import NoiseRules

# After a sentence's stop and a space, two to four phrases with a space between each,
# then a space and the paragraph's next sentence, which has no space inside: a language
# that runs its sentences without spaces sets a headline's phrases apart with them.
_PASTED_HEADLINE = re.compile(
    r"(?<=[。」』])\s+((?:[^\s。]{4,40}\s+){1,3}[^\s。]{4,40})(?=\s+[^\s。]{8,}。)"
)
_PASTED_MAX_CHARS = 60
# A sentence ends with its punctuation, perhaps inside closing quotes; a closing bracket
# alone (コメント（3件）) does not make a line a sentence.
SENTENCE_END = re.compile(r"[。．.!?！？][」』\"”)）]*\s*$")
# The letters of the scripts written without spaces between words, and hangul.
CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
_WHOLE_QUOTE = re.compile(r"^[\u300c\u300e][^\u300c\u300d\u300e\u300f]*[\u300d\u300f]$")
# A line that is one quotation and nothing else, in corner brackets or curly or straight
# double quotes (a broadcaster's double primes): a transcript's speech under its speaker,
# never a link's words.
QUOTE_LINE = re.compile(
    r"^(?:[\u300c\u300e][^\u300c\u300d\u300e\u300f]+[\u300d\u300f]|\u201c[^\u201c\u201d]+\u201d"
    r'|"[^"]+"|\u2033[^\u2033]+\u2033)$'
)
_TITLE_MIN_CHARS = 8
_TITLE_BLOCKS = 8  # where a page's title may stand: near its top
_SITE_AFTER_TITLE = re.compile(r"\s[|｜\-–—:]\s|｜")
# A line of Latin letters only, in a page written in kana, han or hangul, that is not a
# sentence: the English title a magazine sets under its own, a logo's or a menu's words.
# The language is not known yet when a page is cleaned: the page's own letters tell.
_LATIN_LINE = re.compile(r"^[A-Za-z0-9][\w ,.'\u2019\"\u201c\u201d:;!?&()/%+-]*$", re.ASCII)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# Four words at least: an acronym, a name or a wire's credit alone may be the page's own.
_LATIN_HEADING_MIN_WORDS = 4
# A wire's headline joins its two parts with a dash and no space, kana or han on both
# sides ("…計画-…見直しへ", "…死亡―韓国情報機関"); an article's subheading does not.
_DASHED_HEADLINE = re.compile(
    r"[\u3040-\u30ff\u3400-\u9fff\d][-\u2010\u2015\u2014\uff0d][\u3040-\u30ff\u3400-\u9fff]"
)
# A section's label glued before the title set again below it ("ConflictsExample ships …").
_LABEL_MAX_CHARS = 30


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
        if len(headline) <= _PASTED_MAX_CHARS and all(
            _headline_phrase(p, noise) or _closing_quote(phrases, i) for i, p in enumerate(phrases)
        ):
            cut.append(headline)
            line = line[: match.start()] + " " + line[match.end() :].lstrip()
            start = match.start() + 1
        else:
            start = match.start(1) + 1
    return line, cut


def _closing_quote(phrases: list[str], i: int) -> bool:
    """A whole quote closes a headline (its topic, a comma, the news, then a quote in
    corner brackets) after a phrase with a comma inside it; after a name alone it is a
    transcript's quote."""
    return (
        i == len(phrases) - 1
        and i > 0
        and bool(_WHOLE_QUOTE.match(phrases[i]))
        and any("\u3001" in p.rstrip("\u3001") for p in phrases[:i])
    )


def _headline_phrase(phrase: str, noise: NoiseRules) -> bool:
    return (
        bool(CJK_LETTER.search(phrase))
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


def mark_latin_headings(blocks: Sequence[_Line], heading: Callable[[str], bool]) -> None:
    """In a page written mostly in kana, han or hangul, a heading in Latin letters alone is
    the page's furniture (an English subtitle under the title, a widget's words)."""
    text = "\n".join(b.text for b in blocks if b.kept)
    # A kana, han or hangul letter carries about as much as a Latin word of a few letters.
    if 2 * len(CJK_LETTER.findall(text)) <= len(_LATIN_LETTER.findall(text)):
        return
    for block in blocks:
        if (
            block.kept
            and _LATIN_LINE.match(block.text)
            and len(block.text.split()) >= _LATIN_HEADING_MIN_WORDS
            and heading(block.text)
        ):
            block.reason = "boilerplate"


def mark_other_headlines(blocks: Sequence[_Line], heading: Callable[[str], bool]) -> None:
    """Other stories' headlines standing as lines of the page. Near the top, a section's
    label glued before the title that is set again on the next line goes (the title
    stays once). Between two paragraphs, a line in a wire's headline form (two parts joined
    by a dash, no space) is a link to another story: a subheading has no such dash."""
    kept = [b for b in blocks if b.kept]
    for block, below in pairwise(kept[: _TITLE_BLOCKS + 1]):
        label = block.text[: len(block.text) - len(below.text)].strip()
        if (
            len(below.text) >= _TITLE_MIN_CHARS
            and block.text.endswith(below.text)
            and 0 < len(label) <= _LABEL_MAX_CHARS
            and not SENTENCE_END.search(label)
        ):
            block.reason = "navigation"
    kept = [b for b in blocks if b.kept]
    for above, block, below in zip(kept, kept[1:], kept[2:], strict=False):
        if (
            SENTENCE_END.search(above.text)
            and SENTENCE_END.search(below.text)
            and len(block.text) <= _PASTED_MAX_CHARS
            and heading(block.text)
            and _DASHED_HEADLINE.search(block.text)
        ):
            block.reason = "navigation"
