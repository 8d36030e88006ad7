"""Speed, memory and the recall cost of parsing only the sentences that can carry a fact.

Everything is measured in one process on the same documents, so the figures that matter
are ratios: kansoku's throughput against GiNZA's full pipeline (with NER) on the same
cleaned text, and the facts found with the sentence filter against parsing everything.
"""

from __future__ import annotations

import copy
import resource
import time
from collections.abc import Iterable

from kansoku import annotate
from kansoku.clean import clean
from kansoku.fingerprint import fingerprint
from kansoku.langid import identify
from kansoku.model import Document
from kansoku.pipeline import analyse
from kansoku.read import read_sources


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _keys(docs: list[Document]) -> set[tuple]:
    keys = set()
    for d in docs:
        keys |= {("event", d.id, e.start, e.type, e.actor, e.target) for e in d.events}
        keys |= {("figure", d.id, f.start, f.kind, f.value) for f in d.figures}
    return keys


def bench(sources: Iterable[str]) -> dict:
    """Run the document stages over ``sources`` three ways and report the measurements."""
    start = time.perf_counter()
    read = [d for d in read_sources(sources) if isinstance(d, Document)]
    read_seconds = time.perf_counter() - start

    start = time.perf_counter()
    annotate.japanese_parser()
    load_seconds = time.perf_counter() - start
    memory_after_load = _peak_mb()

    start = time.perf_counter()
    cleaned = []
    for doc in read:
        clean(doc)
        doc.language = identify(doc.text) or doc.language
        cleaned.append(fingerprint(doc))
    clean_seconds = time.perf_counter() - start
    chars = sum(len(d.text) for d in cleaned)
    japanese = [d for d in cleaned if d.language == "ja"]
    ja_chars = sum(len(d.text) for d in japanese)

    runs = {}
    for name, parse_all in (("kansoku", False), ("parse_every_sentence", True)):
        docs = [copy.deepcopy(d) for d in cleaned]
        start = time.perf_counter()
        for doc in docs:
            analyse(doc, parse_all=parse_all)
        runs[name] = (time.perf_counter() - start, docs)

    import spacy

    full = spacy.load("ja_ginza")  # the whole GiNZA pipeline, NER included
    start = time.perf_counter()
    for _ in full.pipe([d.text for d in japanese], batch_size=8):
        pass
    ginza_seconds = time.perf_counter() - start

    seconds, docs = runs["kansoku"]
    all_seconds, all_docs = runs["parse_every_sentence"]
    found, reference = _keys(docs), _keys(all_docs)
    total = clean_seconds + seconds
    return {
        "documents": len(cleaned),
        "japanese_documents": len(japanese),
        "characters": chars,
        "japanese_characters": ja_chars,
        "read_seconds": round(read_seconds, 3),
        "model_load_seconds": round(load_seconds, 2),
        "kansoku_seconds": round(total, 3),
        "kansoku_articles_per_second": round(len(cleaned) / total, 2),
        "kansoku_chars_per_second": round(chars / total),
        "parse_every_sentence_seconds": round(clean_seconds + all_seconds, 3),
        "ginza_full_seconds": round(ginza_seconds, 3),
        "ginza_full_chars_per_second": round(ja_chars / ginza_seconds) if ginza_seconds else None,
        "speed_vs_ginza_full": round(ginza_seconds / total, 2) if total else None,
        "speed_vs_parse_every_sentence": round((clean_seconds + all_seconds) / total, 2),
        "facts_with_filter": len(found),
        "facts_parsing_every_sentence": len(reference),
        "filter_recall": round(len(found & reference) / len(reference), 3) if reference else 1.0,
        "peak_memory_mb_after_model_load": round(memory_after_load),
        "peak_memory_mb": round(_peak_mb()),
    }
