"""A view put forward about what the sentence first states as fact.

崔外相は先月モスクワを訪れて外相と会談しており、首脳会談の準備との見方が出ている: the
writer states the visit, then reports a view of what it means. A clause closed by ており、
(ていて、, でおり、, ているが、) whose doer is the sentence's topic is a statement of its own;
the view's と quotes only what follows the comma. With a が-subject the chained clause is
part of what is viewed (北朝鮮が兵士を送っており、前線にも投入したとの見方: both supposed).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kansoku.lang.ja import syntax
from kansoku.model import Mention

_CHAINED = re.compile(r"(?:ており|ていて|でおり|ていたが|ているが|ていたほか|ているほか)、")


def views_a_later_clause(token: Token, view: Token, mentions: list[Mention]) -> bool:
    """The view at ``view`` quotes a clause after the one the fact at ``token`` closes."""
    text = syntax.text_of(token.doc)
    between = text[token.idx + len(token.text) : view.idx]
    return _CHAINED.search(between) is not None and not _ga_subject(token, mentions)


def own_statement(token: Token, after: str, mentions: list[Mention]) -> str:
    """``after`` (the text from the fact on) cut where the fact's clause closes with ており、
    when its doer is the topic: a belief past that comma (…との見方, …とみられる) is about
    the next clause, not this one."""
    found = _CHAINED.search(after)
    if found is None or _ga_subject(token, mentions):
        return after
    return after[: found.end()]


def _ga_subject(token: Token, mentions: list[Mention]) -> bool:
    """A name before the fact marked by が: the chained clause has its own subject, so it is
    part of what is viewed."""
    text = syntax.text_of(token.doc)
    return any(text.startswith("が", m.end) for m in mentions if m.end <= token.idx)
