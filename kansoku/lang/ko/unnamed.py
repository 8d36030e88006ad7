"""Unnamed tellers: a claim credited to experts, the press, sources or officials the text
does not name.

전문가들은 …고 분석했다, 대북 소식통에 따르면 …, …고 한 외교 소식통이 전했다, 외신에
따르면 …, 전문가들 사이에서는 …는 관측이 나온다, …할 것이라는 관측이 나온다: the text
does not assert the claim itself, it credits someone it leaves unnamed. The claim keeps
its status and gets a generic teller chosen by the noun ending the teller's phrase (lexicon
``unnamed_teller_heads``: 전문가 → experts, 외신 → media, 소식통 → unnamed-sources, 관리 →
unnamed-officials), or — for an official of a state or body named in that phrase itself
(러시아 고위 관리), a source of a body (정보위 관계자), a state-run press (북한 관영 매체)
— that state or body. Experts, the press and sources of a bare state (러시아 매체, 한국
전문가들, 북한 소식통) are not the state. A view put forward with no holder named is
``unheld_view_teller``'s (…는 보도가 나왔다: the press's).

This runs after every other credit of the reader: a teller named in the sentence or around
it, and an unnamed office of the publishing state (정부 소식통, 군 관계자: its state) all
win; only a claim still credited to no one gets a generic teller. The generic tellers have
no names in the gazetteer, so they never become an actor or a target."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kansoku.lang.ko.claims import speaker_phrase
from kansoku.lang.ko.clauses import answered
from kansoku.lang.ko.credits import credit_triggers
from kansoku.lang.ko.headlines import headline_teller_words
from kansoku.lang.ko.words import Lexicon
from kansoku.model import Document, Mention
from kansoku.reading import Claim, SentenceReading

# Kinds of entity a teller's phrase may name and still be unnamed (러시아 고위 관리,
# 정보위 관계자, 블라디보스토크 현지 매체); a person or an outlet named is a named teller.
_OWNERS = ("country", "organization", "agency")
_UNNAMED_KINDS = (*_OWNERS, "place")
# Words of a teller's phrase read before where it ends (익명을 요구한 한 고위 관리).
_PHRASE_WORDS = 4
# A word's particle and plural after the teller's noun (전문가들은, 관리가, 매체들의).
_PARTICLE = re.compile(r"(?:은|는|이|가|도|의)$")
_OPENERS = re.compile(r"^\s*(?:이어|또한|또|한편|다만|특히|아울러|그러면서)\s")
# The quotative that closes a view's clause before its noun (…보냈다는 분석, …것이란 관측).
_VIEW_CLAUSE = r"(?:다는|라는|이란|란|단)\s"
# When the teller told it, between its phrase and the verb (…매체가 13일 보도했다).
_WHEN = re.compile(r"\d{1,2}일(?:\(현지시간\))?|이날|오늘|어제|최근|앞서|현지시간")


@dataclass(frozen=True)
class Teller:
    """Who a sentence credits its unsourced facts to, and how far in it they reach."""

    reach: int  # facts ending at or before it are the teller's
    source: str | None  # None: the phrase names a teller, not an unnamed one


def credit_unnamed_tellers(doc: Document, readings: list[SentenceReading], lex: Lexicon) -> None:
    """Give each credited claim still told by no one the unnamed teller its sentence
    names, unless an office of the publishing state tells it (its state's)."""
    if not lex.unnamed_teller_heads:
        return
    for i, reading in enumerate(readings):
        claims = [t.claim for t in reading.triggers] + [q.claim for q in reading.quantities]
        if reading.home_speaker or not any(_unsourced(c) for c in claims):
            continue
        text = doc.sentence_text(doc.sentences[i])
        teller = teller_of(text, doc.mentions_in(doc.sentences[i]), lex)
        if teller is None or teller.source is None:
            continue
        source, reach = teller.source, teller.reach
        chosen = [
            t for t in reading.triggers
            if _unsourced(t.claim) and t.end <= reach and answered(text, t.end, lex) is None
        ]  # fmt: skip
        reading.triggers = credit_triggers(reading.triggers, chosen, source)
        reading.quantities = [
            replace(q, claim=replace(q.claim, source=source, credited=True))
            if _unsourced(q.claim)
            and q.quantity.end <= reach
            and answered(text, q.quantity.end, lex) is None
            else q
            for q in reading.quantities
        ]


def unnamed_speakers(doc: Document, readings: list[SentenceReading], lex: Lexicon) -> None:
    """…것으로 알려졌다. 대북 소식통은 "…"고 전했다: a sentence told by an unnamed source,
    official or the press (``leading_tellers``; not experts, who judge what others told)
    names its teller as a named one would, for the lead before it (``credited_ahead``)."""
    for i, reading in enumerate(readings):
        if reading.source or reading.speaker or reading.home_speaker:
            continue
        text = doc.sentence_text(doc.sentences[i])
        mentions = doc.mentions_in(doc.sentences[i])
        teller = _marked(text, mentions, lex) or _spoken(text, mentions, lex)
        if teller is not None and teller.source in lex.leading_tellers:
            reading.speaker = teller.source


def _unsourced(claim: Claim) -> bool:
    return claim.source is None and claim.credited


def teller_of(text: str, mentions: list[Mention], lex: Lexicon) -> Teller | None:
    """The teller a sentence credits, by the first form found: a source marker (대북
    소식통에 따르면), a circle opening it (전문가들 사이에서는), the phrase of who says it
    (전문가들은 …고 분석했다; …고 한 소식통이 전했다), a headline's closing teller (…외신),
    a view put forward (…는 관측이 나온다)."""
    for find in (_marked, _circle, _spoken, _headline, _put_forward):
        found = find(text, mentions, lex)
        if found is not None:
            return found
    return None


def _marked(text: str, mentions: list[Mention], lex: Lexicon) -> Teller | None:
    """대북 소식통에 따르면, 외신 보도에 의하면: the teller of the whole sentence."""
    for marker in (m for m in lex.source_markers if m.startswith("에 ") and m.endswith("면")):
        at = text.find(marker)
        if at > 0:
            lo = max(text.rfind(c, 0, at) + 1 for c in ',"“”')
            return Teller(len(text), phrase_teller(text, lo, at, mentions, lex))
    return None


def _circle(text: str, mentions: list[Mention], lex: Lexicon) -> Teller | None:
    """전문가들 사이에서는 …, 외교가에서는 …: a circle holding what the sentence tells,
    opening it (none when the circle is no unnamed teller's: 러시아에서는)."""
    if not lex.teller_circles:
        return None
    opening = _OPENERS.match(text)
    circles = "|".join(map(re.escape, lex.teller_circles))
    found = re.compile(rf"(?P<phrase>[^,\"“”]{{1,24}}?)\s?(?:{circles})\s").match(
        text, opening.end() if opening else 0
    )
    if found is None:
        return None
    source = phrase_teller(text, found.start("phrase"), found.end("phrase"), mentions, lex)
    return Teller(len(text), source) if source is not None else None


def _spoken(text: str, mentions: list[Mention], lex: Lexicon) -> Teller | None:
    """전문가들은 …고 분석했다; …고 한 외교 소식통이 전했다: who says the clause before
    the verb of saying."""
    said = speaker_phrase(text, lex)
    if said is None or said[1] >= said[2]:
        return None  # (…다고 한다: hearsay, no one named)
    at, lo, hi = said
    return Teller(at, phrase_teller(text, lo, hi, mentions, lex))


def _headline(text: str, mentions: list[Mention], lex: Lexicon) -> Teller | None:
    """北, 러에 방사포 추가 지원…외신: a headline closed by its unnamed teller."""
    words = headline_teller_words(text)
    if not words:
        return None
    at = text.rfind(words)
    source = phrase_teller(text, at, at + len(words), mentions, lex)
    return Teller(at, source) if source is not None else None


def _put_forward(text: str, mentions: list[Mention], lex: Lexicon) -> Teller | None:
    """…다는 전문가들의 분석이 나온다: the view's holder; …할 것이라는 관측이 나온다: no
    holder named, an unnamed teller's (…는 보도가 나왔다: the press's)."""
    nouns = sorted({*lex.view_nouns, *lex.claim_nouns}, key=len, reverse=True)
    if not nouns or not lex.views_put_forward:
        return None
    found = re.search(
        rf"{_VIEW_CLAUSE}(?:(?P<who>[^\"“”,]{{1,30}}?)\s)?(?P<noun>{'|'.join(map(re.escape, nouns))})"
        rf"(?:이|가|도)\s(?:{'|'.join(map(re.escape, lex.views_put_forward))})",
        text,
    )
    if found is None:
        return None
    if found["who"]:
        return Teller(
            found.start(),
            phrase_teller(text, found.start("who"), found.end("who"), mentions, lex),
        )
    own = lex.unnamed_teller_heads.get(found["noun"])
    return Teller(found.start(), own or lex.unheld_view_teller)


def phrase_teller(text: str, lo: int, hi: int, mentions: list[Mention], lex: Lexicon) -> str | None:
    """Who the teller's phrase ``text[lo:hi]`` credits: the state or body owning an
    official in it (러시아 고위 관리), else the generic teller of its last noun; None when
    it names no unnamed teller (국책연구기관, 홍길동 교수) or a named one (a person, an
    outlet)."""
    words = list(re.finditer(r"\S+", text[lo:hi]))
    while words and _WHEN.fullmatch(words[-1].group()):
        words.pop()  # (…외교 소식통이 19일: the day it was told)
    words = words[-_PHRASE_WORDS:]
    if not words:
        return None
    head = _head(words[-1].group(), lex)
    if head is None and len(words) > 1 and _names_a_view(words[-1].group(), lex):
        words = words[:-1]  # 전문가들의 분석에 따르면: the view's holder
        head = _head(words[-1].group(), lex) if words[-1].group().endswith("의") else None
    if head is None:
        return None
    generic, noun_end = head
    start, end = lo + words[0].start(), lo + words[-1].start() + noun_end
    noun_start = end - len(next(n for n in _heads(lex) if text.endswith(n, 0, end)))
    inside = [m for m in mentions if m.end > start and m.start < end]
    if any(m.end > noun_start or m.kind not in _UNNAMED_KINDS for m in inside):
        return None  # 전문가 패널, 조선중앙통신 기자: a name, not an unnamed teller
    owners = [m for m in inside if m.kind in _OWNERS]
    return _owner(generic, owners, text[start:noun_start], lex) or generic


def _heads(lex: Lexicon) -> list[str]:
    return sorted(lex.unnamed_teller_heads, key=len, reverse=True)


def _head(word: str, lex: Lexicon) -> tuple[str, int] | None:
    """(the generic teller, where its noun ends in ``word``) of a phrase's last word
    (전문가들은 → experts; 외교가 → unnamed-sources; 고위관리가 → unnamed-officials)."""
    for form in (word, _PARTICLE.sub("", word)):
        for bare in (form, form.removesuffix("들")):
            noun = next((n for n in _heads(lex) if bare.endswith(n)), None)
            if noun is not None:
                return lex.unnamed_teller_heads[noun], len(bare)
    return None


def _names_a_view(word: str, lex: Lexicon) -> bool:
    """분석, 설명, 전언: a view or a report whose holder the word before names."""
    bare = _PARTICLE.sub("", word)
    return bare in {*lex.view_nouns, *lex.claim_nouns, *lex.report_nouns, "말", "전언"}


def _owner(generic: str, owners: list[Mention], before: str, lex: Lexicon) -> str | None:
    """The state or body a generic teller speaks for: the one its phrase names, for a
    state-run press (북한 관영 매체), an official (러시아 고위 관리) or a source of a body
    (정보위 관계자), the press of a state whose press is all state-run (북한 매체); None
    for experts, the press and sources of a bare state (러시아 매체, 북한 소식통)."""
    if not owners:
        return None
    owner = owners[-1]
    speaks = lex.owner_speaking_tellers.get(generic)
    if speaks == "state-press":
        state_run = any(w in before for w in lex.state_run_words)
        return owner.entity_id if state_run or owner.entity_id in lex.state_presses else None
    if speaks == "owned" or (speaks == "bodies" and owner.kind != "country"):
        return owner.entity_id
    return None
