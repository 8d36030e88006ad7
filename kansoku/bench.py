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

from kansoku.knowledge import Knowledge
from kansoku.model import Document
from kansoku.pipeline import analyse, prepare
from kansoku.read import read_sources


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _keys(docs: list[Document]) -> set[tuple[object, ...]]:
    keys: set[tuple[object, ...]] = set()
    for d in docs:
        keys |= {("event", d.id, e.start, e.type, e.actor, e.target) for e in d.events}
        keys |= {("figure", d.id, f.start, f.kind, f.value) for f in d.figures}
    return keys


def bench(sources: Iterable[str], knowledge: Knowledge) -> dict[str, float | int]:
    """Run the document stages over ``sources`` and report the measurements.

    Throughput against GiNZA is measured on the Japanese documents only, the same text
    both ways; the sentence filter's cost in facts on all of them.
    """
    read = [d for d in read_sources(sources, knowledge.calendar) if isinstance(d, Document)]
    start = time.perf_counter()
    knowledge.language("ja").load_analyser()  # loaded and warmed up before timing anything
    load_seconds = time.perf_counter() - start
    memory_after_load = _peak_mb()

    timings, prepared = {}, []
    for doc in read:
        start = time.perf_counter()
        prepared.append(prepare(doc, knowledge))
        timings[id(doc)] = time.perf_counter() - start
    japanese = [d for d in prepared if d.language == "ja"]
    ja_chars = sum(len(d.text) for d in japanese)

    runs = {}
    for name, parse_all in (("kansoku", False), ("parse_every_sentence", True)):
        docs = [copy.deepcopy(d) for d in japanese]
        start = time.perf_counter()
        for doc in docs:
            analyse(doc, knowledge, parse_all=parse_all)
        runs[name] = (time.perf_counter() - start, docs)

    import spacy

    full = spacy.load("ja_ginza")  # the whole GiNZA pipeline, NER included
    start = time.perf_counter()
    for _ in full.pipe([d.text for d in japanese], batch_size=8):
        pass
    ginza_seconds = time.perf_counter() - start

    prepare_seconds = sum(timings[id(d)] for d in japanese)
    seconds = prepare_seconds + runs["kansoku"][0]
    every = prepare_seconds + runs["parse_every_sentence"][0]
    found, reference = _keys(runs["kansoku"][1]), _keys(runs["parse_every_sentence"][1])
    return {
        "documents": len(prepared),
        "japanese_documents": len(japanese),
        "japanese_characters": ja_chars,
        "model_load_seconds": round(load_seconds, 2),
        "kansoku_seconds": round(seconds, 3),
        "kansoku_articles_per_second": round(len(japanese) / seconds, 2),
        "kansoku_chars_per_second": round(ja_chars / seconds),
        "ginza_full_seconds": round(ginza_seconds, 3),
        "ginza_full_chars_per_second": round(ja_chars / ginza_seconds),
        "speed_vs_ginza_full": round(ginza_seconds / seconds, 2),
        "parse_every_sentence_seconds": round(every, 3),
        "speed_vs_parse_every_sentence": round(every / seconds, 2),
        "facts_with_filter": len(found),
        "facts_parsing_every_sentence": len(reference),
        "filter_recall": round(len(found & reference) / len(reference), 3) if reference else 1.0,
        "peak_memory_mb_after_model_load": round(memory_after_load),
        "peak_memory_mb": round(_peak_mb()),
    }
