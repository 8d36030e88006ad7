"""Languages: what only one language knows, behind one seam.

Each language is a package ``kansoku/lang/{code}`` whose :class:`Language` subclass is
registered with ``@register``. It says how its text splits into sentences, which alias
hits are real mentions (word boundaries, particles), and — when it has an analyser — how
to read each sentence into the typed records of ``kansoku.reading``: event words and
their arguments, who says so and how sure, dates and counted numbers. Its word lists
live in ``kansoku/data/lang/{code}/``. The extraction core never sees a word of a
language, and a language package holds no domain reasoning.

A language without a package gets this base class: sentences and entity mentions, no
events or figures.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from kansoku.gazetteer import AliasHit, Gazetteer, longest_leftmost
from kansoku.model import Document, Mention, Sentence
from kansoku.reading import MentionReading, SentenceChoice, SentenceReading

MAX_SENTENCE_CHARS = 400  # longer runs (tables, lists without punctuation) are cut
BUILT_IN = ("ja", "en", "ko")
# Kinds of names whose speech act (a denial, an accusation, praise) is their own word, told
# by them; a state named alone doing it is the writer's own statement.
SPEAKING_KINDS = frozenset({"person", "agency", "organization"})

# Sentence ends any script uses: ideographic stops end a sentence where they stand; a
# Latin stop only before a space or the end.
_GENERIC_END = re.compile(r"[。！？]|[.!?](?=[\"'”’)\]]*(?:\s|$))")

_REGISTRY: dict[str, type[Language]] = {}


def register(cls: type[Language]) -> type[Language]:
    """Register a language package's class under its ``code``."""
    _REGISTRY[cls.code] = cls
    return cls


def load_languages(data: Path) -> dict[str, Language]:
    """One instance of every registered language, each with its data loaded from
    ``data/{code}``; the built-in packages register themselves on import."""
    for code in BUILT_IN:
        importlib.import_module(f"kansoku.lang.{code}")
    return {code: cls(code, data / code) for code, cls in _REGISTRY.items()}


def language_data(folder: Path | None, name: str = "lexicon.yaml") -> dict[str, Any]:
    """A language's data file, or nothing when it has none."""
    if folder is None or not (folder / name).exists():
        return {}
    with (folder / name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


class Language:
    """The generic reading of a language; subclasses add what their language knows."""

    code = ""

    def __init__(self, code: str, data: Path | None = None) -> None:
        self.code = code
        self.data = data
        self.lexicon_data = language_data(data)
        self.future_words: tuple[str, ...] = tuple(self.lexicon_data.get("future_words") or ())
        cited = language_data(data, "citations.yaml").get("article")
        self.article_citation: re.Pattern[str] | None = re.compile(cited) if cited else None

    def cited_articles(self, text: str) -> list[str]:
        """The numbers of the articles (of a treaty, a charter) ``text`` cites, in order, as
        written (full-width digits read as digits): "Article 4" → "4" (the language's
        ``citations.yaml`` says how it cites)."""
        if self.article_citation is None:
            return []
        found = (
            unicodedata.normalize("NFKC", m.group(1)) for m in self.article_citation.finditer(text)
        )
        return list(dict.fromkeys(found))

    # -- sentences -------------------------------------------------------------------

    def split_sentences(self, text: str) -> list[Sentence]:
        """Sentences of ``text``: line breaks, and the ends ``sentence_ends`` finds."""
        sentences: list[Sentence] = []
        offset = 0
        for line in text.split("\n"):
            begin = offset
            for end in self.sentence_ends(line):
                add_sentence(sentences, text, begin, offset + end)
                begin = offset + end
            add_sentence(sentences, text, begin, offset + len(line))
            offset += len(line) + 1
        return sentences

    def sentence_ends(self, line: str) -> list[int]:
        """Offsets in ``line`` just after each sentence end."""
        return [m.end() for m in _GENERIC_END.finditer(line)]

    # -- mentions --------------------------------------------------------------------

    def find_mentions(
        self, text: str, gazetteer: Gazetteer, home: str | None = None
    ) -> MentionReading:
        """Gazetteer entities mentioned in ``text``, longest leftmost alias first (``home``:
        the state whose press published the text, when known)."""
        hits = [h for h in gazetteer.alias_hits(text) if self.is_mention(text, h)]
        return MentionReading(mentions_of(text, longest_leftmost(hits), gazetteer))

    def is_mention(self, text: str, hit: AliasHit) -> bool:
        """Whether an alias found in the text names its entity there: Latin-script forms
        only as whole words (US is not the us of "focus")."""
        return not hit.form.isascii() or word_bounded(text, hit.start, hit.end)

    # -- reading ---------------------------------------------------------------------

    def read(
        self, doc: Document, parse_all: bool = False, only: SentenceChoice | None = None
    ) -> list[SentenceReading]:
        """Each sentence's event words, numbers, dates and claims. A language without an
        analyser reads nothing: its documents yield entity mentions only.

        ``parse_all`` asks an analyser that skips sentences with nothing to find to read
        every sentence instead (the benchmark measures what skipping costs). ``only``,
        when given, says which sentences can carry a fact the caller keeps: an analyser
        need not parse the others (the caller drops what they would give anyway).
        """
        return []

    def load_analyser(self) -> None:
        """Load (and warm up) whatever the reader needs, before timing it."""


def sentences_to_parse(
    doc: Document,
    texts: list[str],
    worth_parsing: Callable[[str], bool],
    parse_all: bool,
    only: SentenceChoice | None,
) -> list[int]:
    """The indexes of the sentences an analyser parses: those it finds can carry a fact
    (every one with ``parse_all``), among those the caller lets be parsed (``only``)."""
    return [
        i
        for i, text in enumerate(texts)
        if (only is None or only(doc.sentences[i])) and (parse_all or worth_parsing(text))
    ]


def reference_day(reference: str | None) -> date | None:
    """The day relative dates count from, when the reference is a full date."""
    if not reference or len(reference) < 10:
        return None
    try:
        return date.fromisoformat(reference[:10])
    except ValueError:
        return None


def add_sentence(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    """Add ``text[start:end]`` without its surrounding spaces (cut at MAX_SENTENCE_CHARS)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        sentences.append(Sentence(start, start + MAX_SENTENCE_CHARS))
        start += MAX_SENTENCE_CHARS
    if end > start:
        sentences.append(Sentence(start, end))


def word_bounded(text: str, start: int, end: int) -> bool:
    """No Latin letter or digit touches ``text[start:end]`` on either side."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


def mentions_of(
    text: str, found: list[tuple[int, int, str]], gazetteer: Gazetteer
) -> list[Mention]:
    return [
        Mention(start, end, text[start:end], entity_id, gazetteer.kind_of(entity_id))
        for start, end, entity_id in found
    ]
