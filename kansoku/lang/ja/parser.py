"""The Japanese analyser: GiNZA's dependency parse, run only where a fact can be.

GiNZA is loaded once per process and without its NER component: entities come from the
gazetteer, and NER took two thirds of the parse time while labelling this domain poorly
(the Pentagon as food). The reader sends it only the sentences that can carry a fact — a
trigger word or a counted number — and ``nlp.pipe`` batches them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from spacy.tokens import Doc


@cache
def japanese_parser() -> Any:
    """GiNZA without NER; loaded once per process (about 1.5 s and 500 MB)."""
    import spacy

    return spacy.load("ja_ginza", exclude=["ner"])


def parse(texts: Sequence[str], batch_size: int = 64) -> list[Doc]:
    """spaCy Docs for ``texts`` (one per sentence), in order."""
    if not texts:
        return []
    return list(japanese_parser().pipe(texts, batch_size=batch_size))
