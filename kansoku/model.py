"""The objects that flow through kansoku: plain dataclasses, no behaviour beyond small helpers.

A Document is created by ``read``, filled in by ``clean``, ``langid`` and ``fingerprint``,
and written by a ``store``. Offsets (sections, later mentions and evidence) always point
into ``Document.text``, the cleaned text, so any fact can be highlighted in its sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Why a span of the page was removed (export contract, documents.jsonl `dropped`).
DROP_REASONS = (
    "navigation",
    "advert",
    "share",
    "comments",
    "credit",
    "off_topic",
    "boilerplate",
)


@dataclass
class Dropped:
    text: str
    reason: str


@dataclass
class Section:
    """A part of an aggregator page that summarises another outlet's article."""

    start: int
    end: int
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    off_topic: bool = False
    title: str | None = None


@dataclass
class Document:
    source: str  # the path or URL exactly as ingested (plus #line / #record for containers)
    raw_sha256: str  # hash of the original bytes
    source_id: str | None = None  # the caller's own id (JSONL `id`)
    url: str | None = None  # canonical URL when known
    site_name: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date at the precision the source supports
    published_not_before: str | None = None
    language: str | None = None
    # Input to cleaning: the page's candidate text, one block per line, and the blocks the
    # HTML extractor already judged to be outside the main text.
    body: str = ""
    outside_main: list[str] = field(default_factory=list)
    # Output of cleaning.
    kind: str = "article"
    text: str = ""
    dropped: list[Dropped] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    # Output of fingerprinting and duplicate detection.
    content_sha256: str = ""
    minhash: bytes | None = None
    duplicate_of: str | None = None
    id: str = ""


@dataclass
class ReadError:
    """An input item that could not be turned into a Document; the batch goes on."""

    item: str
    reason: str

    def __str__(self) -> str:
        return f"error: {self.item}: {self.reason}"
