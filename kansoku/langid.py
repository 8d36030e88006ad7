"""Language identification per document, and per stretch of a page that mixes languages.

Japanese, Korean and Chinese are told apart by script (kana, hangul, han only), which is
exact for news text; anything else goes to py3langid's statistical model, which ships
with the package (nothing is downloaded).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from typing import Any

_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_LETTER = re.compile(r"[^\W\d_]")


# The languages a news feed is written in, for the statistical model to choose among: over
# all of its 97, a short English headline can come out as Nigerian Pidgin or Scots.
NEWS_LANGUAGES = ("en", "ru", "uk", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "ro", "hu",
                  "el", "sv", "da", "no", "fi", "tr", "ar", "fa", "he", "hi", "vi", "id", "th",
                  "ms", "tl", "mn", "kk")  # fmt: skip


@cache
def _identifier() -> Any:
    from py3langid import langid  # loads its bundled model: only pay for it on Latin text

    identifier = langid.LanguageIdentifier.from_modelpath(langid.MODEL_DIR / langid.MODEL_FILE)
    identifier.set_languages(list(NEWS_LANGUAGES))
    return identifier


def identify(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text."""
    sample = text[:20000]
    letters = len(_LETTER.findall(sample))
    if letters < 3:
        return None
    kana, hangul, han = (len(p.findall(sample)) for p in (_KANA, _HANGUL, _HAN))
    if hangul / letters > 0.2:
        return "ko"
    if kana / letters > 0.05 or (kana and (kana + han) / letters > 0.3):
        return "ja"
    if han / letters > 0.3:
        return "zh"
    lang, _ = _identifier().classify(sample)
    return str(lang)


# A line with fewer letters (a name, a credit, a number) says nothing of its language.
LINE_LETTERS = 20
# A stretch in another language goes to that language's reader only from this many
# letters: a quoted phrase or an English credit stays with the page's own reader, whose
# grammar reads around it, while a reposted paragraph or a translated section is read in
# its own language instead of being lost to a reader that cannot parse it.
STRETCH_LETTERS = 100


@dataclass(frozen=True)
class Stretch:
    """Consecutive lines of a text in one language (offsets into the text)."""

    start: int
    end: int
    language: str | None


def language_stretches(text: str, main: str | None, readable: Collection[str]) -> list[Stretch]:
    """The text cut where its language changes, for each stretch to be read by its own
    language's reader; one stretch in ``main`` for a text in one language.

    Only languages in ``readable`` start a stretch: a line in a language nothing reads
    gains nothing from its own stretch, and stays with the page.
    """
    lines: list[Stretch] = []
    offset = 0
    for line in text.split("\n"):
        language = identify(line) if len(_LETTER.findall(line)) >= LINE_LETTERS else None
        lines.append(
            Stretch(offset, offset + len(line), language if language in readable else None)
        )
        offset += len(line) + 1
    stretches = _joined(lines, main)
    kept = [
        s
        if s.language == main or _letters(text, s) >= STRETCH_LETTERS
        else Stretch(s.start, s.end, main)
        for s in stretches
    ]
    joined = _joined(kept, main)
    return [Stretch(0, len(text), main)] if len(joined) == 1 else joined


def _joined(lines: list[Stretch], main: str | None) -> list[Stretch]:
    """Neighbours in one language as one stretch; a line of no known language belongs to
    the stretch it stands in (or the page's language at the top)."""
    stretches: list[Stretch] = []
    for line in lines:
        language = line.language or (stretches[-1].language if stretches else main)
        if stretches and stretches[-1].language == language:
            stretches[-1] = Stretch(stretches[-1].start, line.end, language)
        else:
            stretches.append(Stretch(line.start, line.end, language))
    return stretches


def _letters(text: str, stretch: Stretch) -> int:
    return len(_LETTER.findall(text, stretch.start, stretch.end))
