"""Korean headlines: who tells a headline that opens with its speaker and a quote
(국정원 "…"), closes with who said it ("…" 국정원) or with its teller after an ellipsis
or a dash (北, 러에 추가 파병…국정원; … - 외신)."""

from __future__ import annotations

import re

from kansoku.lang.ko.words import Lexicon
from kansoku.model import Mention

# A headline all quote, then who said it ("북한, 러시아에 병력 추가 파견" 국정원; "…" 美 NYT).
_QUOTE_THEN = re.compile(
    r"\s*[\"“″][^\"“”″]+[\"”″]\s*(?P<who>[^\s\"“”″.…]+(?:\s[^\s\"“”″.…]+){0,2})\s*$"
)


def quote_then_teller(text: str, mentions: list[Mention]) -> tuple[int, str | None] | None:
    """(where the quote ends, its teller) for a headline that is a quote and the name of
    who said it after it (…" 국정원, …" 국정원 분석)."""
    found = _QUOTE_THEN.match(text)
    if found is None:
        return None
    named = [m for m in mentions if found.start("who") <= m.start and m.end <= found.end("who")]
    return (found.start("who"), who(named)) if named else None


def quote_headline(text: str) -> re.Match[str] | None:
    """A headline opened by its speaker's words and a quote (국정원 "…"; 美 국무부 "…")."""
    return re.match(r"\s*([^\s\"“″]+)\s*[\"“″]", text) or _HEADLINE.match(text)


# A headline opened by a speaker of a few bare words (우크라이나 정보총국 "…"; 美 국무부 "…"):
# the last word before the quote takes no particle.
_HEADLINE = re.compile(
    r"\s*((?:[^\s\"“″]+\s){1,2}[^\s\"“″]*[^\s\"“″은는이가을를의에와과도로서고며다])\s*[\"“″]"
)

# A headline closed by who tells it (北, 러에 추가 파병…국정원; … - 외신): a name or a
# teller's word alone after an ellipsis, a dash or a bar, with no full stop.
_TELLER = re.compile(r"(…|\.\.\.|\s[-–—|]\s?)\s*([^…\-–—|.\"“”']{1,12}?)\s*$")


def headline_teller(
    text: str, mentions: list[Mention], lex: Lexicon
) -> tuple[int, str | None] | None:
    """(where what is told ends, its teller) for a headline closed by its teller's name
    (…국정원) or by an unnamed teller (…외신, …소식통): the teller named, or None."""
    found = _TELLER.search(text)
    if found is None:
        return None
    named = [m for m in mentions if found.start(2) <= m.start and m.end <= found.end(2)]
    if (
        any(m.kind == "outlet" for m in named)
        and "…" not in found.group(1)
        and "." not in found.group(1)
    ):
        return None  # …파병 - 연합뉴스: a page title's site name (…파병…로이터: a teller)
    if named and found.group(2) == text[named[0].start : named[-1].end]:
        return found.start(), who(named)
    if found.group(2).split()[-1] in lex.unnamed_tellers:
        return found.start(), None  # …외신, …정부 소식통: told, no one named
    return None


def headline_teller_words(text: str) -> str | None:
    """The words closing a headline as its teller (…정부 소식통), else None."""
    found = _TELLER.search(text)
    return found.group(2) if found else None


def who(named: list[Mention]) -> str | None:
    """The speaker among the names of a topic phrase: the first that is not a state or a
    place qualifying it (미국 워싱턴의 전략국제문제연구소는: the institute)."""
    own = [m for m in named if m.kind not in ("country", "place")]
    return (own or named)[0].entity_id if named else None
