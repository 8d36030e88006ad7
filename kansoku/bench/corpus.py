"""The benchmark's corpus: N Japanese documents, on-topic and not, as a feed brings them.

On-topic documents come from the sample articles (``shared/corpus/seeds``, ``dev.jsonl``,
``dev2.jsonl`` beside this checkout, else the pages bundled in ``kansoku/data/samples``),
off-topic ones from the Japanese lines of ``shared/corpus/offtopic.jsonl``. A corpus holds
``round(N × mix)`` on-topic documents and the rest off-topic, each kind drawn first from
its pool, then, once the pool is used up, made by recombining paragraphs of that pool's
documents (a fixed seed: the same arguments, the same corpus). No two documents have the
same text, so neither the unchanged-bytes skip nor exact deduplication can spare the
pipeline any work.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from kansoku.demo import BUNDLED_SAMPLES, sample_corpus
from kansoku.langid import identify

SEED = 2026
ON_TOPIC, OFF_TOPIC = "on_topic", "off_topic"
# GiNZA's tokenizer (Sudachi) refuses inputs over 49,149 bytes: a recombined document
# stays under it, as the pool's documents do.
MAX_BYTES = 45_000


@dataclass(frozen=True)
class BenchDoc:
    """One article of the corpus, as a JSONL line gives it to ``kansoku ingest``."""

    id: str
    kind: str  # ON_TOPIC or OFF_TOPIC: which pool it comes from
    text: str
    title: str | None = None
    published: str | None = None
    origin: str = ""  # the pool document's id, or "mix:" and the ids recombined

    def line(self) -> str:
        row = {k: v for k, v in asdict(self).items() if v is not None and k != "origin"}
        return json.dumps({**row, "language": "ja"}, ensure_ascii=False)


@dataclass(frozen=True)
class Pools:
    """The Japanese documents each kind is drawn from."""

    on_topic: tuple[BenchDoc, ...]
    off_topic: tuple[BenchDoc, ...]
    where: str  # what they were read from, for the report


def shared_corpus() -> Path | None:
    """``shared/corpus`` beside this checkout, when it is there."""
    seeds = sample_corpus()
    return seeds.parent if seeds != BUNDLED_SAMPLES else None


def _japanese(text: str) -> bool:
    return identify(text) == "ja"


def _jsonl(path: Path, kind: str) -> list[BenchDoc]:
    docs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        row = json.loads(line)
        text = row.get("text") or ""
        if row.get("language", "ja") != "ja" or not _japanese(text):
            continue
        title, published = row.get("title"), row.get("published")
        docs.append(
            BenchDoc(
                id=f"{path.stem}-{row.get('id', n)}",
                kind=kind,
                text=text,
                title=title if isinstance(title, str) else None,
                published=published if isinstance(published, str) else None,
                origin=f"{path.name}#{row.get('id', n)}",
            )
        )
    return docs


def _files(folder: Path, kind: str) -> list[BenchDoc]:
    docs = []
    for path in sorted(folder.iterdir()):
        if path.suffix == ".jsonl":
            docs += _jsonl(path, kind)
        elif path.suffix in (".txt", ".html", ".htm") and path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            if _japanese(text):
                docs.append(BenchDoc(id=path.stem, kind=kind, text=text, origin=path.name))
    return docs


def load_pools(corpus: Path | None = None) -> Pools:
    """The pools from ``corpus`` (a ``shared/corpus`` folder; default: the one beside this
    checkout), else the bundled samples with no off-topic pool."""
    corpus = corpus or shared_corpus()
    if corpus is None or not (corpus / "seeds").is_dir():
        return Pools(tuple(_files(BUNDLED_SAMPLES, ON_TOPIC)), (), str(BUNDLED_SAMPLES))
    on = _files(corpus / "seeds", ON_TOPIC)
    for name in ("dev.jsonl", "dev2.jsonl"):
        if (corpus / name).is_file():
            on += _jsonl(corpus / name, ON_TOPIC)
    off_path = corpus / "offtopic.jsonl"
    off = _jsonl(off_path, OFF_TOPIC) if off_path.is_file() else []
    return Pools(tuple(on), tuple(off), str(corpus))


def paragraphs(text: str) -> list[str]:
    return [p for p in (line.strip() for line in text.split("\n")) if p]


def _recombined(pool: Sequence[BenchDoc], rng: random.Random, n: int, seen: set[str]) -> BenchDoc:
    """A new document of the pool's kind: a pool document's title and date, as many
    paragraphs as another pool document has, drawn from all of the pool's documents."""
    sources = [(doc, p) for doc in pool for p in paragraphs(doc.text)]
    for _ in range(1000):
        model = rng.choice(pool)
        count = max(2, len(paragraphs(model.text)))
        picked = [rng.choice(sources) for _ in range(count)]
        text = "\n".join(p for _, p in picked)
        while len(text.encode("utf-8")) > MAX_BYTES and len(picked) > 1:
            picked.pop()
            text = "\n".join(p for _, p in picked)
        if text not in seen:
            origin = "mix:" + ",".join(dict.fromkeys(d.id for d, _ in picked))
            return BenchDoc(
                id=f"{model.kind}-{n:06d}", kind=model.kind, text=text,
                title=model.title, published=model.published, origin=origin,
            )  # fmt: skip
    raise ValueError(f"cannot make another distinct document from {len(pool)} documents")


def _draw(
    pool: Sequence[BenchDoc], count: int, rng: random.Random, seen: set[str]
) -> list[BenchDoc]:
    """``count`` documents of one kind: the pool's own first (in a shuffled order), then
    recombinations."""
    own = list(pool)
    rng.shuffle(own)
    drawn: list[BenchDoc] = []
    for doc in own[:count]:
        if doc.text not in seen:  # a pool that repeats a text gives it once
            seen.add(doc.text)
            drawn.append(BenchDoc(f"{doc.kind}-{len(drawn):06d}", doc.kind, doc.text,
                                  doc.title, doc.published, doc.origin))  # fmt: skip
    while len(drawn) < count:
        doc = _recombined(pool, rng, len(drawn), seen)
        seen.add(doc.text)
        drawn.append(doc)
    return drawn


def build_corpus(n: int, mix: float, pools: Pools, seed: int = SEED) -> list[BenchDoc]:
    """``n`` documents, ``round(n × mix)`` of them on-topic, in a fixed shuffled order."""
    if n < 1:
        raise ValueError("the corpus needs at least one document")
    if not 0 <= mix <= 1:
        raise ValueError(f"the on-topic ratio must be between 0 and 1, not {mix}")
    on_count = round(n * mix)
    if n - on_count and not pools.off_topic:
        raise ValueError(
            f"no off-topic pool in {pools.where} (shared/corpus/offtopic.jsonl): "
            "use --mix 1, or run beside shared/"
        )
    if on_count and not pools.on_topic:
        raise ValueError(f"no on-topic Japanese documents in {pools.where}")
    rng = random.Random(seed)
    seen: set[str] = set()
    docs = _draw(pools.on_topic, on_count, rng, seen) + _draw(
        pools.off_topic, n - on_count, rng, seen
    )
    rng.shuffle(docs)
    return docs


def write_jsonl(docs: Iterable[BenchDoc], path: Path) -> Path:
    path.write_text("".join(d.line() + "\n" for d in docs), encoding="utf-8")
    return path
