"""Sentences that publish or credit (``kansoku.lang.en.reader``): a subject releasing a
document the text goes on to tell, and a line that only says where the paragraph before
is from (Source: Interfax)."""

from __future__ import annotations

import re

from kansoku.lang.en.arguments import Parsed

_CREDIT = re.compile(r"^(?:Source|Sources|Via)\s*:", re.IGNORECASE)


def publisher(p: Parsed) -> str | None:
    """The subject of a sentence that publishes a document (the ministry released a
    report): the text goes on to tell what the document says."""
    for i, tok in enumerate(p.tokens):
        if tok.lower in p.lex.publishing_verbs and any(
            p.lower(k) in p.lex.documents for k in range(i + 1, i + 5)
        ):
            before = [n for n in p.names if n.last < i]
            return before[-1].mention.entity_id if before else None
    return None


def credit_line(p: Parsed) -> str | None:
    """Source: Interfax — a line that only says where the paragraph before is from."""
    if not _CREDIT.match(p.text) or not p.names:
        return None
    return p.names[-1].mention.entity_id
