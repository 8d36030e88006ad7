"""English: sentences, mentions and a reader over word order around the gazetteer's names.

What only English knows lives here and in ``data/lang/en/``: prepositions that give an
event its target (to, against, with), how the press credits a claim (according to, X
said), the modals that make it possible or planned, date expressions (Aug. 27, last
Friday) and numbers written in words (one-thousand, 1.6 mil, hundreds of thousands of).
"""

from __future__ import annotations

import re
from pathlib import Path

from kansoku.gazetteer import AliasHit, Gazetteer
from kansoku.lang import Language, language_data, register, word_bounded
from kansoku.lang.en import names, reader
from kansoku.lang.en.dates import load_date_rules
from kansoku.lang.en.numbers import load_number_words
from kansoku.lang.en.unnamed import load_teller_words
from kansoku.lang.en.words import load_items, load_lexicon
from kansoku.lang.units import load_units
from kansoku.model import Document
from kansoku.reading import MentionReading, SentenceChoice, SentenceReading

# A full stop, question or exclamation mark before closing quotes and a space; or, where
# a page lost the space (…by Pyongyang.A defense ministry official), a full stop between
# a word in lower case and a capitalised one.
_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s|$)|(?<=[a-z]{2})\.(?=[A-Z])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_DEMONYM_ENDINGS = ("an",)  # North Korean → North Koreans, Russian → Russians


@register
class English(Language):
    code = "en"

    def __init__(self, code: str, data: Path | None = None) -> None:
        super().__init__(code, data)
        self.abbreviations = frozenset(self.lexicon_data.get("abbreviations") or ())
        self._words: reader.Words | None = None

    @property
    def words(self) -> reader.Words:
        """The lexicon with every inflection, built on first use (lemminflect takes a
        second to load: pay it only when English text is read)."""
        if self._words is None:
            lexicon = load_lexicon(self.lexicon_data)
            units = load_units(language_data(self.data, "units.yaml"))
            self._words = reader.Words(
                lexicon=lexicon,
                units=units,
                numbers=load_number_words(language_data(self.data, "units.yaml"), units),
                dates=load_date_rules(language_data(self.data, "dates.yaml"), lexicon.future_words),
                items=load_items(language_data(self.data, "items.yaml")),
                tellers=load_teller_words(
                    self.lexicon_data.get("unnamed_tellers"),
                    lexicon.speech_verbs | lexicon.estimating_verbs,
                ),
            )
        return self._words

    def sentence_ends(self, line: str) -> list[int]:
        """A stop ends a sentence unless it closes an abbreviation (Mr., U.S.) or the next
        word goes on in lower case."""
        ends = []
        for match in _END.finditer(line):
            rest = line[match.end() :].lstrip()
            if rest[:1].islower():
                continue
            word = _WORD_BEFORE.search(line, 0, match.start() + 1)
            if match.group()[0] == "." and word and word[1].lower() in self.abbreviations:
                continue
            ends.append(match.end())
        return ends

    def is_mention(self, text: str, hit: AliasHit) -> bool:
        """Whole words only, and the plural of a demonym (North Koreans, Russians: the
        state's people), whose alias is the adjective."""
        if super().is_mention(text, hit):
            return True
        plural = hit.form.endswith(_DEMONYM_ENDINGS) and text[hit.end : hit.end + 1] == "s"
        return plural and word_bounded(text, hit.start, hit.end + 1)

    def find_mentions(
        self, text: str, gazetteer: Gazetteer, home: str | None = None
    ) -> MentionReading:
        found = super().find_mentions(text, gazetteer).mentions
        return names.find_mentions(text, found, gazetteer, self.words.lexicon)

    def read(
        self, doc: Document, parse_all: bool = False, only: SentenceChoice | None = None
    ) -> list[SentenceReading]:
        # English has no parse to spare: every sentence is read (the caller drops the rest).
        return reader.read(doc, self.words, parse_all)

    def load_analyser(self) -> None:
        """Load the lexicon's inflections now (the benchmark times work, not loading)."""
        _ = self.words
