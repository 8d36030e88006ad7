"""A quotation in brackets (「…」) is a voice of its own: an event word inside it takes
its parties from inside it. The parser often hangs the phrases before the quote on a
verb inside it (中央日報に対し「…部隊はクルスクに駐留し…」とした: the paper the speaker
talks to is no target of the stationing, the speaker no actor of it); they stay only
as a last resort, for a quote with no party of its own (「支援を続ける」と述べた: the
speaker's own act)."""

from __future__ import annotations

from kansoku.model import Mention
from kansoku.reading import Args, Borrowed

_OPEN, _CLOSE = "「『", "」』"


def quote_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span inside the innermost brackets that hold [start, end), if any."""
    depth, opened = 0, None
    for i in range(start - 1, -1, -1):
        if text[i] in _CLOSE:
            depth += 1
        elif text[i] in _OPEN:
            if depth == 0:
                opened = i + 1
                break
            depth -= 1
    if opened is None:
        return None
    depth = 0
    for i in range(end, len(text)):
        if text[i] in _OPEN:
            depth += 1
        elif text[i] in _CLOSE:
            if depth == 0:
                return opened, i
            depth -= 1
    return None


def keep_to_the_quote(
    args: Args, text: str, span: tuple[int, int], mentions: list[Mention]
) -> None:
    """Parties named only outside the quote holding the event word give way to those it
    names: targets dropped, actors and lent actors tried after the quote's own."""
    quote = quote_around(text, *span)
    if quote is None:
        return
    inside = {m.entity_id for m in mentions if quote[0] <= m.start and m.end <= quote[1]}
    if not inside:
        return  # 「派兵」, 「条約」: a word quoted, not a voice
    outside = {m.entity_id for m in mentions if m.entity_id not in inside}
    args.targets = [t for t in args.targets if t not in outside]
    moved = [Borrowed(a, unsaid=True) for a in args.actors if a in outside]
    args.actors = [a for a in args.actors if a not in outside]
    own = [b for b in args.borrowed if b.entity_id not in outside]
    args.borrowed = own + [b for b in args.borrowed if b.entity_id in outside] + moved
