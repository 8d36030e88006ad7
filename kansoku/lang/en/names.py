"""English mentions beyond the gazetteer's aliases: "the treaty" for the treaty the text
named last, and "both countries" for the pair it has been about."""

from __future__ import annotations

import re

from kansoku.gazetteer import Gazetteer
from kansoku.lang.en.words import Lexicon
from kansoku.model import Mention
from kansoku.reading import MentionReading

_SHORT_NAME = 3  # letters: a shorter word of a name (Un) names no one alone
_AGENCY_KINDS = ("agency", "organization")
_AGENCY_WORD = 5  # letters: a shorter word of an agency's name stands for nothing alone
# A wire dateline's place in capitals opening a line: KYIV, March 5 (Reuters) -, SEOUL (AP) —
_DATELINE_PLACE = re.compile(
    r"^[ \t]*([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2})(?=,| \(|\s*[-–—])", re.MULTILINE
)


def find_mentions(
    text: str, mentions: list[Mention], gaz: Gazetteer, lex: Lexicon
) -> MentionReading:
    mentions = [m for m in mentions if not _located_modifier(text, m.end, lex)]
    found = mentions + _definite_references(text, mentions, lex) + _dateline_places(text, gaz)
    found += _described_speakers(text, found, lex)
    found += _half_names(text, found, lex)
    found += _short_names(text, found)
    found += _agency_short_names(text, found, lex)
    found.sort(key=lambda m: m.start)
    pairs = "|".join(sorted(map(re.escape, lex.pair_words), key=len, reverse=True))
    pair_spans = [
        (m.start(), m.end(), lex.pair_words[m.group().lower()])
        for m in re.finditer(rf"\b(?:{pairs})\b", text, re.IGNORECASE)
    ]
    return MentionReading(found, [], pair_spans)


def _located_modifier(text: str, end: int, lex: Lexicon) -> bool:
    """London-based, a Seoul-based think tank: a name joined by a hyphen to a word of
    location only says where something is; it is no party, place of an act or source."""
    word = re.match(r"-([A-Za-z]+)\b", text[end:])
    return word is not None and word.group(1).lower() in lex.located_suffixes


def _dateline_places(text: str, gaz: Gazetteer) -> list[Mention]:
    """KYIV, March 5 (Reuters) -: the place a wire story is filed from, written in
    capitals (whose office "the defence ministry" is, where the story gives no other)."""
    found = []
    for m in _DATELINE_PLACE.finditer(text):
        titled = m.group(1).title()
        ids = [
            h.entity_ids for h in gaz.alias_hits(titled) if h.start == 0 and h.end == len(titled)
        ]
        places = [e for e in (ids[0] if ids else ()) if gaz.kind_of(e) == "place"]
        if len(places) == 1:
            found.append(Mention(m.start(1), m.end(1), m.group(1), places[0], "place"))
    return found


def _definite_references(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """the treaty, the spy agency, the top spy agency: the last entity of that kind named
    before it in the text (not an office of another state's: the Russian ministry is no
    reference; not another office: the defense ministry stays every state's own)."""
    nouns = "|".join(sorted(map(re.escape, lex.definite_references), key=len, reverse=True))
    modifiers = "|".join(sorted(map(re.escape, lex.reference_modifiers), key=len, reverse=True))
    between = rf"(?:(?:{modifiers}) ){{0,2}}" if modifiers else ""
    found = []
    for match in re.finditer(rf"\b[Tt]he {between}(?P<noun>{nouns})\b", text):
        start, end = match.span("noun")
        if any(m.start < end and start < m.end for m in mentions):
            continue
        kind = lex.definite_references[match["noun"]]
        earlier = [m for m in mentions if m.end <= start and m.kind == kind]
        if earlier:
            last = earlier[-1]
            found.append(Mention(start, end, match["noun"], last.entity_id, last.kind))
    return found


def _described_speakers(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """A senior U.S. official said… The official added…: an unnamed speaker first
    described by whom they serve (a state, an agency), then pointed back at by "the"
    and the same noun, stands for what the description named."""
    if not lex.described_speakers:
        return []
    nouns = "|".join(sorted(map(re.escape, lex.described_speakers), key=len, reverse=True))
    described: list[tuple[int, str, Mention]] = []  # (where, noun, whom it serves)
    for m in mentions:
        if m.kind not in lex.described_kinds:
            continue
        after = re.match(rf"(?:[ \t]+[a-z][\w-]*){{0,3}}?[ \t]+(?P<noun>{nouns})\b", text[m.end :])
        if after:
            described.append((m.end + after.end(), _singular(after["noun"]), m))
    found = []
    for match in re.finditer(rf"\b[Tt]he (?P<noun>{nouns})\b", text):
        start, end = match.span("noun")
        if any(m.start < end and start < m.end for m in mentions):
            continue
        earlier = [d for d in described if d[0] <= start and d[1] == _singular(match["noun"])]
        if earlier:
            served = earlier[-1][2]
            found.append(Mention(start, end, match["noun"], served.entity_id, served.kind))
    return found


def _half_names(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """the North, the South's spy agency: after a state named North or South Korea (N.
    Korea, North Korean), the half of its name stands for it (not the North Atlantic)."""
    found = []
    halves = "|".join(map(re.escape, lex.half_names))
    for match in re.finditer(rf"\b[Tt]he (?P<half>{halves})\b(?![ \t]+[A-Z])", text):
        start, end = match.span("half")
        if any(m.start < end and start < m.end for m in mentions):
            continue
        forms = lex.half_names.get(match["half"], ())
        earlier = [
            m
            for m in mentions
            if m.end <= start and m.kind == "country" and m.text.startswith(forms)
        ]
        if earlier:
            found.append(Mention(start, end, match["half"], earlier[-1].entity_id, "country"))
    return found


def _singular(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") else noun


def _short_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Kim Jong Un … Kim said; Lee Seong-kweun … Lee told reporters: after a person is
    named in full, the first or last word of the name alone stands for them (the person
    named so nearest before)."""
    people = [m for m in mentions if m.kind == "person" and " " in m.text.strip()]
    words: dict[str, list[Mention]] = {}
    for m in people:
        parts = m.text.split()
        for word in {parts[0], parts[-1]}:
            if len(word) >= _SHORT_NAME and word[:1].isupper() and word.isalpha():
                words.setdefault(word, []).append(m)
    found = []
    for word, named in words.items():
        for match in re.finditer(rf"\b{re.escape(word)}\b", text):
            start, end = match.span()
            if any(m.start <= start < m.end for m in mentions) or _in_longer_name(text, start, end):
                continue  # (Kim Byung-joo, unknown: no short name of Kim Jong Un)
            earlier = [m for m in named if m.end <= start]
            if earlier:
                last = max(earlier, key=lambda m: m.end)
                found.append(Mention(start, end, word, last.entity_id, last.kind))
    return found


def _agency_short_names(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """The Kenyan Interior Ministry … Interior said: after an agency is named in full, the
    one word of its name that is no generic word (ministry, national, defence…) stands for
    it alone, written with its capital (eleventh pass)."""
    words: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.kind not in _AGENCY_KINDS:
            continue
        parts = [w for w in re.findall(r"[A-Za-z][\w'.-]*", m.text) if w[:1].isupper()]
        own = [w for w in parts if w.lower() not in lex.generic_name_words]
        if len(parts) > 1 and len(own) == 1 and len(own[0]) >= _AGENCY_WORD and own[0].isalpha():
            words.setdefault(own[0], []).append(m)
    found = []
    for word, named in words.items():
        for match in re.finditer(rf"\b{re.escape(word)}\b", text):
            start, end = match.span()
            if any(m.start <= start < m.end for m in mentions) or _in_longer_name(text, start, end):
                continue
            earlier = [m for m in named if m.end <= start]
            if earlier:
                last = max(earlier, key=lambda m: m.end)
                found.append(Mention(start, end, word, last.entity_id, last.kind))
    return found


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """A word with a capitalised word right before or after it: part of another name."""
    return bool(
        re.match(r"[ \t]+[A-Z]", text[end:]) or re.search(r"[A-Z][\w-]*[ \t]+$", text[:start])
    )
