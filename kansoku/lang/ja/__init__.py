"""Japanese: sentences, mentions and a reader over GiNZA's dependency parse.

What only Japanese knows lives here and in ``data/lang/ja/``: the particles that give an
event its actor and target, how the press credits a claim (によると, と明らかにした), the
endings that make it hearsay or a plan, date expressions (19日, 昨年9月, 同日) and numbers
written in kanji (1万1000人, 数百万発).
"""

from __future__ import annotations

from pathlib import Path

from kansoku.gazetteer import AliasHit, Gazetteer
from kansoku.lang import Language, language_data, register
from kansoku.lang.items import load_item_words
from kansoku.lang.ja import names, reader, sentences
from kansoku.lang.ja.dates import load_date_rules
from kansoku.lang.ja.lexicon import load_lexicon
from kansoku.lang.ja.numbers import load_number_words
from kansoku.lang.ja.parser import japanese_parser, parse
from kansoku.lang.units import load_units
from kansoku.model import Document, Sentence
from kansoku.reading import MentionReading, SentenceChoice, SentenceReading


@register
class Japanese(Language):
    code = "ja"

    def __init__(self, code: str, data: Path | None = None) -> None:
        super().__init__(code, data)
        lexicon = load_lexicon(self.lexicon_data)
        self.words = reader.Words(
            lexicon=lexicon,
            units=load_units(language_data(data, "units.yaml")),
            numbers=load_number_words(language_data(data, "numbers.yaml")),
            dates=load_date_rules(
                language_data(data, "dates.yaml"), lexicon.future_words, lexicon.speech_verbs
            ),
            items=load_item_words(language_data(data, "items.yaml")),
        )

    def split_sentences(self, text: str) -> list[Sentence]:
        return sentences.split_sentences(text)

    def is_mention(self, text: str, hit: AliasHit) -> bool:
        return names.is_mention(text, hit)

    def find_mentions(
        self, text: str, gazetteer: Gazetteer, home: str | None = None
    ) -> MentionReading:
        return names.find_mentions(text, gazetteer, self.words.lexicon, home)

    def read(
        self, doc: Document, parse_all: bool = False, only: SentenceChoice | None = None
    ) -> list[SentenceReading]:
        return reader.read(doc, self.words, parse_all, only)

    def load_analyser(self) -> None:
        """Load GiNZA now and warm it up (the benchmark times work, not loading), and the
        romaniser of new people's names (pykakasi's dictionaries: 0.6–1.8 s the first
        time a page names someone the gazetteer does not know)."""
        japanese_parser()
        parse(["北朝鮮がロシアに兵士を派遣した。"] * 8)
        names.romanise("カービー")
