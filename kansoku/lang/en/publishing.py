"""Sentences that publish or credit (``kansoku.lang.en.reader``): a subject releasing a
document the text goes on to tell, and a line that only says where the paragraph before
is from (Source: Interfax)."""

from __future__ import annotations

import re

from kansoku.lang.en.arguments import Parsed

_CREDIT = re.compile(r"^(?:Source|Sources|Via)\s*:", re.IGNORECASE)


def publisher(p: Parsed) -> str | None:
    """The subject of a sentence that publishes a document (the ministry released a
    report): the text goes on to tell what the document says. An aside set off by commas
    between the subject and the verb (the team, set up by Seoul after Moscow vetoed the
    panel, published its report) names no publisher."""
    for i, tok in enumerate(p.tokens):
        if tok.lower in p.lex.publishing_verbs and any(
            p.lower(k) in p.lex.documents for k in range(i + 1, i + 5)
        ):
            end = _aside_start(p, i)
            before = [n for n in p.names if n.last < end]
            return before[-1].mention.entity_id if before else None
    return None


def _aside_start(p: Parsed, verb: int) -> int:
    """The comma opening an aside that ends right before ``verb`` (…, set up by Seoul,
    Tokyo and others, published): the first comma with a name between it and the comma
    before it (the subject's), else ``verb``."""
    if p.lower(verb - 1) != ",":
        return verb
    commas = [k for k in range(verb - 1) if p.lower(k) == ","]
    for before, comma in zip([-1, *commas], commas, strict=False):
        if any(before < n.first and n.last < comma for n in p.names):
            return comma
    return verb


def credit_line(p: Parsed) -> str | None:
    """Source: Interfax — a line that only says where the paragraph before is from."""
    if not _CREDIT.match(p.text) or not p.names:
        return None
    return p.names[-1].mention.entity_id
