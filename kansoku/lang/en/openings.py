"""Acts told in a phrase that opens the sentence with no subject of its own: "Having
sent troops abroad, X now asks…", "After shipping N shells to Y, X dispatched…". The doer is the subject of the clause after the comma
(lexicon `participle_openers`); an act of the main clause or one with a subject of its
own is left as it is.

And a gerund right after a verb of saying (Moscow reported supplying…, Kyiv announced
capturing…): the speaker tells of its own act, and does it."""

from __future__ import annotations

from kansoku.lang.en.arguments import Named, Parsed

_DASHES = frozenset({"-", "--", "—", "–"})  # the end of a wire dateline
_SUBJECT_WITHIN = 2  # tokens after the comma: ", the Kremlin"; ", North Korea"


def opening_subject(p: Parsed, first: int) -> Named | None:
    """The subject after the comma closing the subjectless participle phrase at ``first``
    that opens its sentence, or None."""
    word = p.lower(first)
    if not word.endswith(("ing", "ed", "en")) or p.in_name(first):
        return None
    k = first - 1
    while k >= 0 and p.lower(k) in p.lex.participle_openers:
        k -= 1
    if k == first - 1 and not word.endswith("ing"):
        return None  # (Deployed troops…: a past form opens a phrase only after "having")
    if k >= 0 and p.lower(k) not in _DASHES:
        return None
    comma = next((j for j in range(first + 1, len(p.tokens)) if p.lower(j) == ","), None)
    if comma is None or any(p.lower(j) in p.lex.clause_words for j in range(first, comma)):
        return None
    for named in p.names:
        if comma < named.first <= comma + _SUBJECT_WITHIN and not p.is_speech(named.last + 1):
            return named
    return None


def speaker_of_gerund(p: Parsed, first: int) -> Named | None:
    """The name that says the gerund at ``first`` right after its verb of saying."""
    if not p.lower(first).endswith("ing") or not p.is_speech(first - 1):
        return None
    return p.name_ending_at(first - 2)
