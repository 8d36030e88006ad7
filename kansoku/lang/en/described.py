"""Tellers first described and named later (a Nordic think tank says…; the Oslo
Institute…): what the description tells is the one named next's."""

from __future__ import annotations

import re
from dataclasses import replace

from kansoku.lang.en.words import Lexicon
from kansoku.reading import SentenceReading

_DESCRIBED_WITHIN = 2  # sentences: how far ahead a source first described is named
_PLACE_KINDS = ("place", "country")


def described_sources(
    readings: list[SentenceReading], texts: list[str], kinds: dict[str, str | None], lex: Lexicon
) -> None:
    """…, per pictures a Dutch monitoring group examined. The Hague Centre then
    said…: a source first described (a research group, a South Korean lawmaker)
    and named in one of the next sentences as its speaker is the one credited; not when
    the sentence credits someone named."""
    for index, reading in enumerate(readings[:-1]):
        # a Washington think tank: a place only says where the source described is.
        where = reading.source if kinds.get(reading.source or "") in _PLACE_KINDS else None
        unnamed = [
            t.claim for t in reading.triggers if t.claim.credited and t.claim.source == where
        ] + [q.claim for q in reading.quantities if q.claim.credited and q.claim.source == where]
        if not unnamed or (reading.source or reading.speaker) != where:
            continue
        described = description(texts[index], lex)
        # The first speaker named within the next sentences, if it is of the kind described.
        ahead = readings[index + 1 : index + 1 + _DESCRIBED_WITHIN]
        named = next((r.source or r.speaker or r.publisher for r in ahead if _tells(r)), None)
        if described is None or named is None or kinds.get(named) not in described:
            continue
        if where is not None and kinds.get(where) == "country" and "person" in described:
            continue  # a South Korean lawmaker: the state's word already, whoever speaks next
        reading.triggers = [
            replace(t, claim=replace(t.claim, source=named)) if t.claim in unnamed else t
            for t in reading.triggers
        ]
        reading.quantities = [
            replace(q, claim=replace(q.claim, source=named)) if q.claim in unnamed else q
            for q in reading.quantities
        ]


def _tells(reading: SentenceReading) -> bool:
    """Whether the sentence names a teller: its source, a speaker or a publisher."""
    return bool(reading.source or reading.speaker or reading.publisher)


def description(text: str, lex: Lexicon) -> tuple[str, ...] | None:
    """The kinds of entity an indefinite description in the sentence can be (a think
    tank, a nine-member watchdog group: an organization), if it has one."""
    # "A think tank said …" opens a sentence with a capital A.
    for match in re.finditer(r"\b[Aa]n? ((?:[\w-]+ ){0,4}[\w-]+)", text):
        words = match[1].split()
        pairs = [" ".join(words[k : k + 2]) for k in range(len(words) - 1)]
        for noun in (*pairs, *words):  # (a group of, a research group)
            if noun in lex.described_sources:
                return lex.described_sources[noun]
    return None


_PUBLISHED_WITHIN = 3  # sentences: how far back "the report says" looks for who published it


def document_tellers(readings: list[SentenceReading], texts: list[str], lex: Lexicon) -> None:
    """X published a report on Monday. The report says…; …, the study found: a document
    named back as the speaker is told by whoever published it in the sentences just
    before (its unsourced claims are that publisher's)."""
    for index, reading in enumerate(readings):
        if reading.source or reading.speaker or not _document_speaks(texts[index], lex):
            continue
        before = readings[max(0, index - _PUBLISHED_WITHIN) : index + 1]
        author = next((r.publisher for r in reversed(before) if r.publisher), None)
        # …, citing a new study by the Institute. …, per the study: the source the text
        # last credited with a document, however far before.
        author = author or next(
            (
                r.source
                for r, text in zip(reversed(readings[:index]), reversed(texts[:index]), strict=True)
                if r.source and _names_a_document(text, lex)
            ),
            None,
        )  # fmt: skip
        if author is None:
            continue
        credit_unsourced(reading, author)
        reading.source = author


def _document_speaks(text: str, lex: Lexicon) -> bool:
    """The report says…, …, the new study found: "the" (and up to two words) and a
    document noun right before a verb of saying."""
    for match in re.finditer(r"\b[Tt]he ((?:[\w-]+ ){0,2}?)([a-z]+)[ ,]+([a-z]+)\b", text):
        if match[2] in lex.documents and match[3] in lex.speech_verbs:
            return True
    # …, according to the report; per the study, …
    cited = re.finditer(r"\b(?:[Aa]ccording to|[Pp]er) the ((?:[\w-]+ ){0,2}?)([a-z]+)\b", text)
    return any(match[2] in lex.documents for match in cited)


def _names_a_document(text: str, lex: Lexicon) -> bool:
    return any(word in lex.documents for word in re.findall(r"[a-z]+", text))


_AUTHORED_WITHIN = 2  # sentences: how far back researchers look for the study they wrote


def study_authors(
    readings: list[SentenceReading], texts: list[str], kinds: dict[str, str | None], lex: Lexicon
) -> None:
    """…, per a paper by the Oslo Institute. Researchers reckon that…:
    unnamed researchers or authors opening a sentence right after a study's organization
    was credited speak for it (not a state: analysts in Seoul are no state's voice)."""
    for index, reading in enumerate(readings):
        opening = texts[index].lstrip().lower()
        if reading.source or reading.speaker or not opening.startswith(lex.author_openings):
            continue
        before = readings[max(0, index - _AUTHORED_WITHIN) : index]
        author = next((r.source for r in reversed(before) if r.source), None)
        if author is None or kinds.get(author) != "organization":
            continue
        credit_unsourced(reading, author)
        reading.source = author


def credit_unsourced(reading: SentenceReading, source: str) -> None:
    """Credit ``source`` with the sentence's credited facts that name no teller."""
    reading.triggers = [
        replace(t, claim=replace(t.claim, source=source))
        if t.claim.credited and t.claim.source is None else t
        for t in reading.triggers
    ]  # fmt: skip
    reading.quantities = [
        replace(q, claim=replace(q.claim, source=source))
        if q.claim.credited and q.claim.source is None else q
        for q in reading.quantities
    ]  # fmt: skip
