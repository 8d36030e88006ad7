"""Language identification per document.

Japanese, Korean and Chinese are told apart by script (kana, hangul, han only), which is
exact for news text; anything else goes to py3langid's statistical model, which ships
with the package (nothing is downloaded).
"""

from __future__ import annotations

import re
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
