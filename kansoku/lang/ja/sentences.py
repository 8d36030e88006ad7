"""Japanese sentences: 。！？ and line breaks, never inside 「」 quotes."""

from __future__ import annotations

from kansoku.lang import MAX_SENTENCE_CHARS, add_sentence
from kansoku.model import Sentence

_CLOSE = {"「": "」", "『": "』", "（": "）", "(": ")", "【": "】"}
_END = set("。！？!?")


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    depth: list[str] = []
    begin = 0
    for i, ch in enumerate(text):
        if ch in _CLOSE:
            depth.append(_CLOSE[ch])
        elif depth and ch == depth[-1]:
            depth.pop()
        boundary = ch == "\n" or (ch in _END and not depth) or i - begin >= MAX_SENTENCE_CHARS
        if ch == "\n":
            depth.clear()  # an unclosed quote never spans paragraphs
        if boundary:
            add_sentence(sentences, text, begin, i + (ch != "\n"))
            begin = i + 1
    add_sentence(sentences, text, begin, len(text))
    return sentences
