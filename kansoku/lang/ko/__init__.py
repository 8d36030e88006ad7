"""Korean: sentences and entity mentions that respect its words. Events and figures in
Korean come with a Korean analyser; until then Korean documents yield their entities.

Korean writes particles and suffixes onto the word they follow (북한이, 러시아는, 북한군의),
so a name is found inside a longer word; it is a mention only when it starts the word and
what follows it in the word is one of those endings (``data/lang/ko/lexicon.yaml``).
조선 inside 조선업 (shipbuilding) is not North Korea.
"""

from __future__ import annotations

import re
from pathlib import Path

from kansoku.gazetteer import AliasHit
from kansoku.lang import Language, register, word_bounded

_END = re.compile(r"[.!?][\"'”’)\]」]*(?=\s|$)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]*")


def _hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


@register
class Korean(Language):
    code = "ko"

    def __init__(self, code: str, data: Path | None = None) -> None:
        super().__init__(code, data)
        suffixes = [str(s) for s in self.lexicon_data.get("suffixes") or ()]
        particles = [str(p) for p in self.lexicon_data.get("particles") or ()]
        self.endings = frozenset(
            {"", *suffixes, *particles, *(s + p for s in suffixes for p in particles)}
        )
        self.abbreviations = frozenset(self.lexicon_data.get("abbreviations") or ())

    def sentence_ends(self, line: str) -> list[int]:
        ends = []
        for match in _END.finditer(line):
            word = _WORD_BEFORE.search(line, 0, match.start() + 1)
            if match.group()[0] == "." and word and word[1].lower() in self.abbreviations:
                continue
            ends.append(match.end())
        return ends

    def is_mention(self, text: str, hit: AliasHit) -> bool:
        if not any(_hangul(ch) for ch in hit.form):
            return super().is_mention(text, hit)
        before = text[hit.start - 1] if hit.start > 0 else " "
        if _hangul(before) or (before.isascii() and before.isalnum()):
            return False
        rest = _HANGUL_WORD.match(text, hit.end)
        return (
            rest is not None
            and rest.group() in self.endings
            and word_bounded(text, hit.start, rest.end())
        )
