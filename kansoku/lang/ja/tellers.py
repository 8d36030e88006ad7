"""Unnamed tellers: a claim credited to experts, the press or sources the text does not name.

軍事専門家は…と指摘している, 専門家の間では…との見方が出ている, 関係者によると…, …と、
複数の消息筋が明らかにした: the text does not assert the claim itself, it credits someone
it leaves unnamed. The claim keeps its status (reported, or possible when hedged) and
gets a generic teller chosen by the noun ending the teller's phrase (lexicon
``unnamed_tellers``: 専門家 → experts, メディア → media, 消息筋 → unnamed-sources,
当局者 → unnamed-officials), or — for an official of a state or body named in that
phrase itself (米当局者, 韓国政府筋, 北朝鮮の国営メディア) — that state or body. Press,
experts and sources of a state (ロシアのメディア, 北朝鮮の消息筋: ``never_a_state``) are
not the state: they get the generic teller.

This runs after every other credit of the reader: a teller named in the sentence, a
credit line, or a bare official continuing the one named before all win; only a claim
still credited to no one is given a generic teller. The generic tellers have no names in
the gazetteer, so they never become an actor or a target.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from kansoku.lang.ja.lexicon import Lexicon, alternation
from kansoku.lang.ja.names import first_joined
from kansoku.model import Mention
from kansoku.reading import Claim, SentenceReading

# A claim the text states as its own has no teller; every other (reported, possible,
# planned, denied, estimated) may be someone's word.
_OWN = "asserted"
# Kinds of entity an official speaks for when named in the official's own phrase.
_OWNERS = ("country", "organization", "agency")
# How long the words before the teller's noun may run within its phrase (ロシアの主要な,
# 複数の韓国政府).
_PHRASE = 14
_PLURAL = "(?:ら|たち|など)?"
# How long a credit line that only names its teller runs (複数の外交筋が14日、明らかにした。).
_CREDIT_LINE = 40


@dataclass(frozen=True)
class Teller:
    """A teller phrase in a sentence: where it is, and who it credits."""

    start: int
    end: int
    source: str


def credit_unnamed_tellers(
    readings: list[SentenceReading],
    texts: list[str],
    mentions: list[list[Mention]],
    lex: Lexicon,
) -> None:
    """Give each claim still credited to no one the unnamed teller its sentence names, or
    the one of the short credit line right after it (…を送った。複数の消息筋が明らかにした。)."""
    if not lex.unnamed_tellers:
        return
    for reading in readings:
        sentence = _Sentence(
            texts[reading.index],
            mentions[reading.index],
            _line_after(readings, texts, mentions, reading.index, lex),
        )
        reading.triggers = [
            replace(t, claim=c) if (c := sentence.credited(t.claim, t.start, t.end, lex)) else t
            for t in reading.triggers
        ]
        reading.quantities = [
            replace(q, claim=c)
            if (c := sentence.credited(q.claim, q.quantity.start, q.quantity.end, lex))
            else q
            for q in reading.quantities
        ]


@dataclass(frozen=True)
class _Sentence:
    text: str
    mentions: list[Mention]
    line: str | None  # the teller of the credit line right after it

    def credited(self, claim: Claim, start: int, end: int, lex: Lexicon) -> Claim | None:
        """The claim credited to its unnamed teller; None when it needs no change."""
        if claim.source is not None or claim.status == _OWN:
            return None
        teller = teller_of(self.text, start, end, self.mentions, lex)
        source = teller.source if teller is not None else self.line
        return replace(claim, source=source, credited=True) if source else None


def _line_after(
    readings: list[SentenceReading],
    texts: list[str],
    mentions: list[list[Mention]],
    index: int,
    lex: Lexicon,
) -> str | None:
    """The unnamed teller of a short credit line right after sentence ``index`` (複数の
    消息筋が明らかにした。), which tells nothing itself."""
    if index + 1 >= len(readings):
        return None
    line, text = readings[index + 1], texts[index + 1].strip()
    if line.triggers or line.credit is not None or len(text) > _CREDIT_LINE:
        return None
    if not text.rstrip("。").endswith(lex.credit_endings):
        return None
    found = _opening(lex).match(text)
    if found is None or found["particle"] not in ("が", "は"):
        return None
    teller = _teller(found, mentions[index + 1], lex)
    return teller.source if teller is not None else None


def teller_of(
    text: str, start: int, end: int, mentions: list[Mention], lex: Lexicon
) -> Teller | None:
    """The unnamed teller credited with the fact at ``start``–``end`` of ``text``: one after
    the fact's と (…と、消息筋が明らかにした), one before a source marker (関係者によると),
    one opening the sentence when a verb of saying or a view follows the fact (専門家は、…と
    指摘), else a view put forward with no holder (…という見方が出ている)."""
    for found in (
        _closing(lex).search(text, end),
        _marked(lex).search(text),
        _opening_teller(text, start, end, lex),
    ):
        # (not the fact's own word: 専門家を派遣 names no teller)
        if found is not None and (found.end("noun") <= start or found.start("noun") >= end):
            return _teller(found, mentions, lex)
    unheld = _unheld_view(lex).search(text, end)
    if unheld is not None and lex.unheld_view_teller:
        return Teller(unheld.start(), unheld.end(), lex.unheld_view_teller)
    return None


# A clause closed by adversative が (…を避けているが、): who opens the sentence tells only
# that clause, not the next one, which has its own speaker (…が、Bは…と明らかにした).
_CLAUSE_CLOSED = re.compile(r"(?:ている|ていた|た|だ|ない|る)が、")


def _opening_teller(text: str, start: int, end: int, lex: Lexicon) -> re.Match[str] | None:
    """The teller opening the sentence, when a verb of saying or a view follows the fact
    and no clause closes between the teller and the fact."""
    found = _opening(lex).match(text)
    if found is None or not _said_after(text, end, lex):
        return None
    return None if _CLAUSE_CLOSED.search(text, found.end(), start) else found


def _teller(found: re.Match[str], mentions: list[Mention], lex: Lexicon) -> Teller | None:
    """Who a teller phrase credits: the state or body owning an official (韓国政府筋), else
    the generic teller of its noun; None when the phrase holds a named teller of another
    kind (a person, an outlet: the reader credits those itself)."""
    noun = found["noun"]
    inside = [m for m in mentions if found.start("pre") <= m.start and m.end <= found.start("noun")]
    if any(m.kind not in (None, *_OWNERS) for m in inside):
        return None  # ロイター通信の記者, 金氏の側近: named, not unnamed
    generic = lex.unnamed_tellers[noun]
    owner = _owner(found, [m for m in inside if m.kind in _OWNERS], generic, lex)
    return Teller(found.start("pre"), found.end("noun"), owner or generic)


def _owner(found: re.Match[str], owners: list[Mention], generic: str, lex: Lexicon) -> str | None:
    """The state or body a teller phrase's official speaks for (米当局者, 韓国政府筋,
    北朝鮮の国営メディア); None for experts, the press and sources on a state (ロシアの
    メディア, 北朝鮮の消息筋)."""
    if not owners:
        return None
    owner = first_joined(owners, found.string, lex)
    if lex.own_press(owner.entity_id, found["noun"]) or any(
        w in found["pre"] for w in lex.state_run
    ):
        return owner.entity_id
    speaks = lex.owner_speaking_tellers.get(generic)
    if speaks is None or found["noun"] in lex.never_a_state:
        return None
    between = found.string[owner.end : found.start("noun")]
    if speaks == "attached" and owner.kind == "country" and "の" in between:
        return None  # 北朝鮮の関係者: a source on North Korea, not its own
    return owner.entity_id


def _said_after(text: str, end: int, lex: Lexicon) -> bool:
    """A verb of saying or judging, or a view noun, quotes the fact's clause after it."""
    verbs = alternation((*lex.speech_verbs, *lex.judging_verbs, *lex.report_nouns))
    return (
        re.compile(rf"と(?:の|いう|、)?[^。「」]{{0,30}}?(?:{verbs})").search(text, end) is not None
    )


def _nouns(lex: Lexicon) -> str:
    return alternation(lex.unnamed_tellers)


@cache
def _closing_pattern(nouns: str, verbs: str) -> re.Pattern[str]:
    return re.compile(
        rf"と、?(?P<pre>[^、。「」]{{0,{_PHRASE}}}?)(?P<noun>{nouns}){_PLURAL}[がはも]"
        rf"[^。「」]{{0,20}}?(?:{verbs})"
    )


def _closing(lex: Lexicon) -> re.Pattern[str]:
    """…と、ロシアのメディアが17日、明らかにした: the teller after the fact's と."""
    return _closing_pattern(_nouns(lex), alternation(lex.speech_verbs))


@cache
def _marked_pattern(nouns: str, markers: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:^|(?<=[、」】\s]))(?P<pre>[^、。「」】\s]{{0,{_PHRASE}}}?)(?P<noun>{nouns})"
        rf"{_PLURAL}(?:の話|の情報)?(?:{markers})"
    )


def _marked(lex: Lexicon) -> re.Pattern[str]:
    """関係者によると, 現地メディアによれば: the teller of the whole sentence."""
    return _marked_pattern(_nouns(lex), alternation(lex.source_markers))


@cache
def _opening_pattern(nouns: str, particles: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:【[^】]*】)?(?P<pre>[^、。「」]{{0,{_PHRASE}}}?)(?P<noun>{nouns}){_PLURAL}"
        rf"(?P<particle>{particles})"
    )


def _opening(lex: Lexicon) -> re.Pattern[str]:
    """軍事専門家は, 専門家の間では, 複数の消息筋が: the teller opening the sentence."""
    return _opening_pattern(_nouns(lex), alternation(lex.teller_particles))


@cache
def _unheld_pattern(nouns: str, put_forward: str) -> re.Pattern[str]:
    return re.compile(rf"(?:との|という)(?:{nouns})[がも](?:{put_forward})")


def _unheld_view(lex: Lexicon) -> re.Pattern[str]:
    """…という見方が出ている, …との観測もある: a view held by no one named."""
    views = [n for n, kind in lex.report_nouns.items() if kind == "view"]
    views += lex.unheld_view_nouns
    return _unheld_pattern(alternation(views), alternation(lex.views_put_forward))
