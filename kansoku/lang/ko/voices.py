"""First-person voices inside a quote: 우리는, 우리가, 우리 측은 in the words of a named
speaker (쇼이구 서기는 "우리는 북한에 방공 체계를 제공했다"고 말했다) stand for who
speaks (the state named with the speaker, else the speaker, whose state the core knows),
so the act quoted has its doer."""

from __future__ import annotations

import re

from kansoku.model import Mention

# 우리는, 우리가, 우리도, 우리의, 우리 측은: we, acting or owning (not 우리나라, 우리 군:
# words of their own, the publishing state's).
_WE = re.compile(r"(?<![\uac00-\ud7a3])우리(?:\s측)?(?=(?:은|는|이|가|도|의)?\s)")
_QUOTE = re.compile(r"[\"“]([^\"“”]{2,400})[\"”]")
# The topic phrase that opens the sentence before the quote, up to its particle
# (알렉산드르 마체고라 주북 러시아 대사는, 쇼이구 서기는 18일).
_TOPIC = re.compile(r"[^\s.\"“”]+(?:은|는)\s")
_SENTENCE_END = re.compile(r"(?:[.!?]\s|\n)")


def first_person(text: str, mentions: list[Mention]) -> list[Mention]:
    """A mention of who speaks for each 우리 inside a quote whose speaker the sentence
    names before the quote as its topic (a person, an office or a state)."""
    found = []
    for quote in _QUOTE.finditer(text):
        voice = _speaking(text, quote.start(), mentions)
        if voice is None:
            continue
        for we in _WE.finditer(text, quote.start(1), quote.end(1)):
            if any(m.start < we.end() and we.start() < m.end for m in mentions):
                continue
            found.append(Mention(we.start(), we.end(), we.group(), voice.entity_id, voice.kind))
    return found


def _speaking(text: str, at: int, mentions: list[Mention]) -> Mention | None:
    """The name of the topic that opens the sentence the quote at ``at`` is in: the
    state named in its phrase (주북 러시아 대사: Russia), else its last name."""
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    if text.count('"', opening, at) % 2 or "“" in text[opening:at]:
        return None  # the quote is not the sentence's first
    topic = _TOPIC.search(text, opening, at)
    if topic is None:
        return None
    named = [m for m in mentions if opening <= m.start and m.end <= topic.end()]
    states = [m for m in named if m.kind == "country"]
    return (states or named)[-1] if named else None
