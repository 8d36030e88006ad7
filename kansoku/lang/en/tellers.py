"""Credits a sentence gives its neighbours: a quotation closed by its speaker sentences
later, a story's opening told by the teller whose
account follows it, and a sentence that only credits the one before it (That is according
to X.)."""

from __future__ import annotations

from dataclasses import replace

from kansoku.lang.en.claims import Speech
from kansoku.lang.en.credits import back_credit
from kansoku.lang.en.words import Lexicon
from kansoku.model import Document, Mention
from kansoku.reading import Args, Claim, SentenceReading

_OPENING = 2  # sentences: a story's headline and lead, told by the teller named next
_QUOTE_WITHIN = 3  # sentences: how far a quotation opened in one may run before it closes
_OPENING_QUOTES = ('"', "“")


def relayed_by_press(
    marked: tuple[bool, str | None], talks: list[Speech], mentions: list[Mention]
) -> tuple[bool, str | None]:
    """As reported by local media, the NIS told lawmakers that…; according to an outlet,
    the ministry said…: the press that relays what a named speaker of the sentence says is
    not whose word it is; the speaker is (an outlet reporting another's claim credits the
    claimant)."""
    marker, named = marked
    if not marker:
        return marked
    press = named is None or any(m.entity_id == named and m.kind == "outlet" for m in mentions)
    spoken = any(
        # (a speaker before what it says: a closing one may hold the marker in its words)
        s.speaker and not s.carrier and s.speaker != named and s.frames[1] > s.frames[0] > s.verb
        for s in talks
    )
    return (False, None) if press and spoken else marked


def lead_told_after(readings: list[SentenceReading], described: list[bool]) -> None:
    """North Korea has sent 1,500 special forces to Russia. The NIS said on Friday that…: a
    story opens (its headline, its lead) with what its teller, whose account the sentence
    right after is, says; the opening's unsourced facts are that teller's, its unnamed
    hearsay too (reportedly, officials say), unless it describes whose word it is (a
    British think tank: ``described``)."""
    told = [k for k, r in enumerate(readings) if r.triggers or r.quantities]
    opening = told[0] if told else len(readings)
    for index in range(opening, min(opening + _OPENING, len(readings) - 1)):
        teller, lead = readings[index + 1].source, readings[index]
        if teller is None or lead.source or lead.speaker:
            continue  # (a lead that names its own teller tells the rest itself)
        # Putin and Kim signed a pact. Putin said it covers…: a party speaking of its own
        # act after the lead tells no story of it.
        lead.triggers = [
            t if teller in _parties(t.args)
            else replace(t, claim=_opened_by(t.claim, teller, described[index]))
            for t in lead.triggers
        ]  # fmt: skip
        lead.quantities = [
            replace(q, claim=_opened_by(q.claim, teller, described[index])) for q in lead.quantities
        ]


def _parties(args: Args) -> set[str]:
    """Every entity the act names as acting or acted on."""
    return {*args.actors, *args.targets, *args.partners, *args.parties, *args.joint}


def _opened_by(claim: Claim, teller: str, described: bool) -> Claim:
    if claim.source is not None or (claim.credited and described):
        return claim
    status = "reported" if claim.status == "asserted" else claim.status
    return replace(claim, source=teller, status=status, credited=True)


def credited_back(
    readings: list[SentenceReading], texts: list[str], doc: Document, lex: Lexicon
) -> None:
    """North Korea has sent 4,000 engineers. That is according to Ukraine's intelligence.:
    a sentence that only credits the one before it gives that one its source."""
    for index in range(1, len(readings)):
        source = back_credit(texts[index], doc.mentions_in(doc.sentences[index]), lex)
        if source is None:
            continue
        lead = readings[index - 1]
        lead.triggers = [replace(t, claim=told_by(t.claim, source)) for t in lead.triggers]
        lead.quantities = [replace(q, claim=told_by(q.claim, source)) for q in lead.quantities]
        lead.source = lead.source or source


def quoted_ahead(readings: list[SentenceReading], texts: list[str]) -> None:
    """ "North Korea has shipped more rockets. We are watching," Kirby said.: a quotation
    opened in one sentence and closed in a later one, where its speaker is named, is the
    speaker's throughout (what it states is reported, its hedges kept)."""
    for index, text in enumerate(texts):
        if not text.lstrip().startswith(_OPENING_QUOTES) or _quote_marks(text) % 2 == 0:
            continue
        ahead = range(index + 1, min(len(texts), index + 1 + _QUOTE_WITHIN))
        closing = next((j for j in ahead if _quote_marks(texts[j]) % 2 == 1), None)
        speaker = readings[closing].speaker if closing is not None else None
        if closing is None or speaker is None:
            continue
        for reading in readings[index:closing]:
            reading.triggers = [
                replace(t, claim=told_by(t.claim, speaker)) for t in reading.triggers
            ]
            reading.quantities = [
                replace(q, claim=told_by(q.claim, speaker)) for q in reading.quantities
            ]


def told_by(claim: Claim, speaker: str) -> Claim:
    if claim.source is not None or claim.credited:
        return claim
    status = "reported" if claim.status == "asserted" else claim.status
    return replace(claim, source=speaker, status=status, credited=True)


def _quote_marks(text: str) -> int:
    return sum(text.count(mark) for mark in ('"', "“", "”"))


def unnamed_speaker(
    referents: dict[str, str], earlier: list[SentenceReading], kinds: dict[str, str | None],
    lex: Lexicon,
) -> dict[str, str]:  # fmt: skip
    """A senior military official said… "…," the official said. He also said…: with no
    person named in the sentences before, a speaking "he" or "she" is the one who spoke
    last, when that one is an office or a person (not a state named alone)."""
    spoke = next((r.speaker for r in reversed(earlier) if r.speaker), None)
    if spoke is None or kinds.get(spoke) in (None, "country", "place"):
        return referents
    return {**{p: spoke for p in lex.speaking_pronouns}, **referents}
