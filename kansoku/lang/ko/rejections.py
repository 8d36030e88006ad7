"""A denial told by its speaker is that speaker's rejection: 대변인은 "그런 회담은 예정돼
있지 않다"고 말했다, 대변인은 …했다는 보도가 "날조"라고 반박했다. Besides the act told as denied, the speaker rejects the claim (when
the sentence names no word of rejecting itself: 부인했다, 일축했다 are words of their own)."""

from __future__ import annotations

import re
from dataclasses import replace

from kansoku.lang.ko.claims import quotes
from kansoku.lang.ko.words import Lexicon
from kansoku.model import Mention
from kansoku.reading import Args, Claim, DateMention, TriggerReading


def spoken_denials(
    text: str,
    found: list[TriggerReading],
    dates: list[DateMention],
    said: tuple[tuple[bool, str | None], tuple[int, str | None] | None],
    lex: Lexicon,
) -> list[TriggerReading]:
    """The rejection of the named speaker who denies, with a word of denial (사실이 아니,
    근거 없, 계획돼 있지 않), an act the sentence tells as denied; none when the sentence
    already has a word of rejecting or the act's verb is only negated."""
    marked, spoken = said
    word = lex.rejecting_word
    speaker = spoken[1] if spoken is not None else None
    if spoken is None or speaker is None or word not in lex.triggers:
        return []
    entry = lex.triggers[word].entry
    if any(t.entry.category == entry.category for t in found):
        return []
    at = spoken[0]
    denials = lex.status_markers["denied"]
    if not any(
        t.claim.status == "denied" and t.end <= at and any(d in text[t.end : at] for d in denials)
        for t in found
    ):
        return []
    verb = re.match(r"[^\s.]+", text[at:])
    if verb is None:
        return []
    inside = quotes(text)
    told = [
        d for d in dates
        if d.calendar and d.end <= at and not any(a <= d.start < b for a, b in inside)
    ]  # fmt: skip
    # told by the speaker (or by the outlet that relays the speaker's words)
    claim = Claim(source=marked[1] or speaker, status="reported", credited=True)
    return [
        TriggerReading(
            start=at,
            end=verb.end() + at,
            form=verb.group(),
            entry=entry,
            args=Args(actors=[speaker]),
            claim=claim,
            date=told[-1] if told else None,
        )
    ]


_SHORT_QUOTE = (
    24  # characters: a quote that is only a dismissal (…에 "근거 없는 주장"이라고 답했다)
)


def quoted_dismissal(
    text: str,
    found: list[TriggerReading],
    dates: list[DateMention],
    said: tuple[tuple[bool, str | None], tuple[int, str | None] | None],
    lex: Lexicon,
) -> list[TriggerReading]:
    """A named speaker answering with a short quote that only calls something untrue
    (공관은 서면 문의에 "터무니없는 소리"라고 회신했다; 외무성은 "날조일 뿐"이라고 했다):
    that speaker's rejection, though no word of rejecting is written; none when the
    sentence tells an act or a rejection of its own."""
    marked, spoken = said
    word = lex.rejecting_word
    if spoken is None or spoken[1] is None or found or word not in lex.triggers:
        return []
    spans = quotes(text)
    if len(spans) != 1:
        return []
    a, b = spans[0]
    words = text[a:b]
    if not dismissing(words, lex):
        return []
    # (…"날조"라고 했다; …"그런 계획은 없다"고 답했다: a quote ending a sentence of its own)
    if not re.match(r"[\"”″]\s?(?:(?:이)?라)?(?:고|며|면서)", text[b:]):
        return []
    inside = [d for d in dates if d.calendar and d.end <= a]
    return [
        TriggerReading(
            start=a,
            end=b,
            form=words,
            entry=lex.triggers[word].entry,
            args=Args(actors=[spoken[1]]),
            claim=Claim(source=marked[1] or spoken[1], status="reported", credited=True),
            date=inside[-1] if inside else None,
        )
    ]


def dismissing(words: str, lex: Lexicon) -> bool:
    """A short quote that only calls something untrue ("근거 없는 주장", "완전한 거짓"),
    not one that denies it is so ("근거 없는 주장은 아니다")."""
    denials = [d for d in lex.status_markers["denied"] if d in words]
    if len(words) > _SHORT_QUOTE or not denials:
        return False
    return "아니" not in words or any("아니" in d and d != "아니다" for d in denials)


def fabricators(
    text: str, found: list[TriggerReading], mentions: list[Mention], lex: Lexicon, aim: bool
) -> list[TriggerReading]:
    """대변인은 "서울이 지어낸 또 하나의 거짓"이라고 일축했다: the one a dismissal says made
    the claim up is whom it is aimed at, when the rejection names no target of its own, and
    not its doer (who says it is, as ``dismissals.voiced`` reads it)."""
    verbs = lex.teller_forms.get("fabricating_verbs", ())
    word = lex.rejecting_word
    if not verbs or word not in lex.triggers:
        return found
    category = lex.triggers[word].entry.category
    out = []
    for t in found:
        if t.entry.category == category and not t.args.targets:
            maker = _maker(text, t.start, mentions, verbs)
            if maker is not None:
                # (the name making it up inside the quote is no doer of the rejection; it
                # is aimed at, with ``aim``, once the claim it denies is known)
                doers = [a for a in t.args.actors if a != maker]
                aimed = [maker] if aim else t.args.targets
                t = replace(t, args=replace(t.args, actors=doers, targets=aimed))
        out.append(t)
    return out


def _maker(text: str, before: int, mentions: list[Mention], verbs: tuple[str, ...]) -> str | None:
    """The name that is the subject of a verb of making up, in a quote before ``before``."""
    for a, b in quotes(text):
        if a >= before + 40:
            continue
        for m in mentions:
            if a <= m.start and m.end <= b:
                rest = text[m.end : b]
                if re.match(
                    rf"(?:이|가|측이|측이 계속)\s(?:{'|'.join(map(re.escape, verbs))})", rest
                ):
                    return m.entity_id
    return None
