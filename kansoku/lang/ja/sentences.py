"""Japanese sentences: 。！？ and line breaks, never inside 「」 quotes that close."""

from __future__ import annotations

from kansoku.lang import MAX_SENTENCE_CHARS, add_sentence
from kansoku.model import Sentence

_CLOSE = {"「": "」", "『": "』", "（": "）", "(": ")", "【": "】"}
_END = set("。！？!?")


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    opens = _closed_openings(text)
    depth: list[str] = []
    begin = 0
    for i, ch in enumerate(text):
        if i in opens:
            depth.append(_CLOSE[ch])
        elif depth and ch == depth[-1]:
            depth.pop()
        boundary = ch == "\n" or (ch in _END and not depth) or i - begin >= MAX_SENTENCE_CHARS
        if ch == "\n":
            depth.clear()
        if boundary:
            add_sentence(sentences, text, begin, i + (ch != "\n"))
            begin = i + 1
    add_sentence(sentences, text, begin, len(text))
    return sentences


def _closed_openings(text: str) -> set[int]:
    """Offsets of the opening brackets that close within their paragraph: a stray 「 (a
    typo, 「「…」) would otherwise hold the rest of the paragraph in one sentence."""
    closed: set[int] = set()
    stack: list[tuple[int, str]] = []
    for i, ch in enumerate(text):
        if ch in _CLOSE:
            stack.append((i, _CLOSE[ch]))
        elif ch == "\n":
            stack.clear()  # an unclosed quote never spans paragraphs
        elif stack and ch == stack[-1][1]:
            closed.add(stack.pop()[0])
        elif any(closer == ch for _, closer in stack):
            # Closes an outer opening: the ones opened inside it never closed.
            while stack[-1][1] != ch:
                stack.pop()
            closed.add(stack.pop()[0])
    return closed
