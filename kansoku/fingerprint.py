"""Content hashes and MinHash signatures, for exact and near-duplicate documents.

Syndicated copies and re-scrapes of one article differ in their headers, footers and a
word here and there; character 5-gram MinHash with LSH finds them without comparing every
pair of documents.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from kansoku.model import Document

NUM_PERM = 128
THRESHOLD = 0.7  # estimated Jaccard similarity of 5-gram sets above which two texts are copies
SHINGLE = 5
# Stored signatures are only comparable when made by the same hashing scheme: pin it.
SCHEME = "affine32"
_MIN_CHARS = 80  # shorter texts share too few shingles for a meaningful estimate
_STRIP = re.compile(r"[\W_]+")


def _normal(text: str) -> str:
    return _STRIP.sub("", unicodedata.normalize("NFKC", text).lower())


@cache
def _permutations() -> np.ndarray:
    """The seed's permutations, drawn once (a new MinHash draws them again each time)."""
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


def minhash(text: str) -> MinHash | None:
    norm = _normal(text)
    if len(norm) < _MIN_CHARS:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, permutations=_permutations())
    m.update_batch([norm[i : i + SHINGLE].encode("utf-8") for i in range(len(norm) - SHINGLE + 1)])
    return m


def fingerprint(doc: Document) -> Document:
    """Fill in ``content_sha256``, ``minhash`` and the document ``id``."""
    doc.content_sha256 = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    signature = minhash(doc.text)
    doc.minhash = signature.hashvalues.astype("<u8").tobytes() if signature else None
    identity = f"{doc.source}\0{doc.content_sha256}".encode()
    doc.id = "d-" + hashlib.sha256(identity).hexdigest()[:16]
    return doc


def _from_bytes(data: bytes) -> LeanMinHash:
    return LeanMinHash(seed=1, hashvalues=np.frombuffer(data, dtype="<u8"), scheme=SCHEME)


class NearDuplicateIndex:
    """The documents seen so far, queryable for near copies of a new one."""

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self._signatures: dict[str, LeanMinHash] = {}
        self._order: dict[str, int] = {}  # when each document was added

    def add(self, doc_id: str, signature: bytes | None) -> None:
        if signature is None or doc_id in self._signatures:
            return
        lean = _from_bytes(signature)
        self._lsh.insert(doc_id, lean)
        self._signatures[doc_id] = lean
        self._order[doc_id] = len(self._order)

    def nearest(self, signature: bytes | None) -> str | None:
        """The most similar earlier document above the threshold, if any."""
        if signature is None:
            return None
        lean = _from_bytes(signature)
        order = self._order
        scored = [(self._signatures[c].jaccard(lean), -order[c], c) for c in self._lsh.query(lean)]
        scored = [item for item in scored if item[0] >= THRESHOLD]
        return max(scored)[2] if scored else None  # on a tie, the earliest: the original
