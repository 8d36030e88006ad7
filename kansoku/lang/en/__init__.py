"""English: sentences and entity mentions. Events and figures in English come with an
English analyser; until then English documents yield their entities only."""

from __future__ import annotations

import re
from pathlib import Path

from kansoku.lang import Language, register

# A full stop, question or exclamation mark before closing quotes and a space.
_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s|$)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


@register
class English(Language):
    code = "en"

    def __init__(self, code: str, data: Path | None = None) -> None:
        super().__init__(code, data)
        self.abbreviations = frozenset(self.lexicon_data.get("abbreviations") or ())

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
