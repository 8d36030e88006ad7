"""Sentences, and the Japanese parser (GiNZA) run only where a fact can be.

GiNZA is loaded once per process and without its NER component: entities come from the
gazetteer, and NER took two thirds of the parse time while labelling this domain poorly
(米国防総省 as food). The parser runs on the sentences that can carry a fact — a trigger
word or a counted number — and `nlp.pipe` batches them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from kansoku.model import Sentence

_CLOSE = {"「": "」", "『": "』", "（": "）", "(": ")", "【": "】"}
_END = set("。！？!?")
MAX_SENTENCE_CHARS = 400  # longer runs (tables, lists without punctuation) are cut


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of ``text[start:end]`` by 。！？ and line breaks, not inside 「」 quotes."""
    end = len(text) if end is None else end
    sentences: list[Sentence] = []
    depth: list[str] = []
    begin = start
    for i in range(start, end):
        ch = text[i]
        if ch in _CLOSE:
            depth.append(_CLOSE[ch])
        elif depth and ch == depth[-1]:
            depth.pop()
        boundary = ch == "\n" or (ch in _END and not depth) or i - begin >= MAX_SENTENCE_CHARS
        if ch == "\n":
            depth.clear()  # an unclosed quote never spans paragraphs
        if boundary:
            _add(sentences, text, begin, i + (ch != "\n"))
            begin = i + 1
    _add(sentences, text, begin, end)
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end))


@cache
def japanese_parser():
    """GiNZA without NER; loaded once per process (about 1.5 s and 500 MB)."""
    import spacy

    return spacy.load("ja_ginza", exclude=["ner"])


def parse(texts: Sequence[str], batch_size: int = 64) -> list:
    """spaCy Docs for ``texts`` (one per sentence), in order."""
    if not texts:
        return []
    nlp = japanese_parser()
    return list(nlp.pipe(texts, batch_size=batch_size))
