"""English mentions beyond the gazetteer's aliases: "the treaty" for the treaty the text
named last, and "both countries" for the pair it has been about."""

from __future__ import annotations

import re

from kansoku.gazetteer import Gazetteer
from kansoku.lang.en.words import Lexicon
from kansoku.model import Mention
from kansoku.reading import MentionReading


def find_mentions(
    text: str, mentions: list[Mention], gaz: Gazetteer, lex: Lexicon
) -> MentionReading:
    found = mentions + _definite_references(text, mentions, lex)
    found.sort(key=lambda m: m.start)
    pairs = "|".join(sorted(map(re.escape, lex.pair_words), key=len, reverse=True))
    pair_spans = [
        (m.start(), m.end(), lex.pair_words[m.group().lower()])
        for m in re.finditer(rf"\b(?:{pairs})\b", text, re.IGNORECASE)
    ]
    return MentionReading(found, [], pair_spans)


def _definite_references(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """the treaty, the spy agency: the last entity of that kind named before it in the
    text (not an office of another state's: the Russian ministry is no reference)."""
    nouns = "|".join(sorted(map(re.escape, lex.definite_references), key=len, reverse=True))
    found = []
    for match in re.finditer(rf"\b[Tt]he (?P<noun>{nouns})\b", text):
        start, end = match.span("noun")
        if any(m.start < end and start < m.end for m in mentions):
            continue
        kind = lex.definite_references[match["noun"]]
        earlier = [m for m in mentions if m.end <= start and m.kind == kind]
        if earlier:
            last = earlier[-1]
            found.append(Mention(start, end, match["noun"], last.entity_id, last.kind))
    return found
