"""Language identification per document.

Japanese, Korean and Chinese are told apart by script (kana, hangul, han only), which is
exact for news text; anything else goes to py3langid's statistical model, which ships
with the package (nothing is downloaded).
"""

from __future__ import annotations

import re

_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_LETTER = re.compile(r"[^\W\d_]")


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
    import py3langid  # loads its bundled model on first use: only pay for it on Latin text

    lang, _ = py3langid.classify(sample)
    return lang
