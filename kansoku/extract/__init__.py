"""Extraction: from a cleaned, linked and parsed document to its events and figures.

``extract`` walks the document's sentences; the ones the parser saw (``parses``) get
events and figures, each tied to its sentence. Relative dates resolve against the
sentence's section date, else the page date, else the page's not-before date.
Reported speech over several sentences (国情院によると、…。…という。) keeps its source.
"""

from __future__ import annotations

import re

from kansoku.extract.attribution import sentence_source
from kansoku.extract.dates import find_dates
from kansoku.extract.events import extract_events
from kansoku.extract.figures import extract_figures
from kansoku.extract.numbers import find_quantities
from kansoku.knowledge import Gazetteer, Lexicon, gazetteer, lexicon, topic_profile, units
from kansoku.model import Document, Event, Mention, Note


def worth_parsing(text: str, lex: Lexicon | None = None) -> bool:
    """A sentence can carry a fact: it has a trigger word or a counted number.

    Measured on the sample corpora (``kansoku bench``): also requiring an entity in the
    sentence saved no time on topical pages and lost 1% of the facts (a count whose
    owner is named in the sentence before), so it is not required.
    """
    lex = lex or lexicon()
    return bool(lex.find_triggers(text)) or any(q.counter for q in find_quantities(text))


def _fill_subjects(figures: list, events: list, gaz: Gazetteer) -> None:
    """A count with no owner in its phrase belongs with the sentence's other counts of the
    same kind, else with the actor of the sentence's troop or supply event."""
    for figure in figures:
        if figure.subject is not None:
            continue
        actor = next((e.actor for e in events if e.type in ("AID", "MOBILIZE")), None)
        entity = gaz.entities.get(actor or "")
        if entity is not None and entity.kind != "country":
            actor = entity.country  # Shoigu's troops are Russia's: subjects are states
        figure.subject = (
            next((f.subject for f in figures if f.kind == figure.kind and f.subject), None) or actor
        )


def _reference(doc: Document, section: int | None) -> str | None:
    if section is not None and doc.sections[section].published:
        return doc.sections[section].published
    return doc.published or doc.published_not_before


def extract(
    doc: Document,
    parses: dict[int, object],
    lex: Lexicon | None = None,
    gaz: Gazetteer | None = None,
) -> Document:
    """Fill ``doc.events`` and ``doc.figures`` from the parsed sentences (index → parse)."""
    lex, gaz, table = lex or lexicon(), gaz or gazetteer(), units()
    hearsay_source = None  # who the paragraph so far credits (reset at each paragraph)
    last_source = None  # who the previous sentence credits
    last_facts: list = []
    previous_figures: list = []  # the paragraph's latest counted figures
    paragraph_date = None
    previous_end = -1
    for index, sentence in enumerate(doc.sentences):
        text = doc.text[sentence.start : sentence.end]
        local = [
            Mention(m.start - sentence.start, m.end - sentence.start, m.text, m.entity_id, m.kind)
            for m in doc.mentions
            if sentence.start <= m.start and m.end <= sentence.end
        ]
        if "\n" in doc.text[previous_end : sentence.start]:
            hearsay_source = paragraph_date = None
            previous_figures = []
        previous_end = sentence.end
        reference = _reference(doc, sentence.section)
        dates = find_dates(text, reference)
        dated = [d for d in dates if d.value and d.kind != "anniversary"]
        named = sentence_source(text, local, lex)
        credit = _credit_line(text, local, lex)
        if credit and last_facts:
            # …を批准した。朝鮮中央通信が12日報じた。: wire style names the source after.
            for fact in last_facts:
                if fact.source is None:
                    fact.source = credit
                    fact.status = "reported" if fact.status == "asserted" else fact.status
        parsed = parses.get(index)
        events, figures = [], []
        if parsed is not None:
            events = extract_events(text, parsed, local, dated, reference, lex, gaz)
            figures = extract_figures(text, parsed, local, dated, reference, lex, gaz, table)
            _fill_subjects(figures, events, gaz)
            events += _casualty_events(figures, local, gaz)
            events += _denied_claims(text, events, doc.events, lex)
        # この作業員6000人は…: a sentence pointing back at the previous one continues
        # what that sentence credited to someone, across a paragraph break too.
        continues = text.startswith(lex.anaphora)
        for event in events:
            # 安保理は28日、…会合を開いた。ロシアが拒否権を行使した。: a news paragraph
            # dates its lead once; the sentences after it share that date.
            if event.date_basis == "published" and paragraph_date:
                event.date_start, event.date_end, event.date_basis = paragraph_date, None, "context"
        for fact in [*events, *figures]:
            fact.start, fact.end = sentence.start, sentence.end
            inherited = last_source if continues else hearsay_source
            # …という。 continuing what the paragraph credited to someone.
            if fact.source is None and (fact.status == "reported" or continues) and inherited:
                fact.source = inherited
                fact.status = "reported" if fact.status == "asserted" else fact.status
        # The date a paragraph's lead gives its news (安保理は28日、…) or that dates an
        # event; not a deadline or a figure's date (4月30日までの任期).
        lead = [d for d in dated if text[d.end : d.end + 1] == "、" and d.start < 25]
        told = [e.date_start for e in events if e.date_basis == "text"]
        if lead or told:
            paragraph_date = lead[0].value if lead else told[-1]
        _continue_figures(figures, doc.figures, previous_figures)
        _fill_recipients(figures, events, gaz)
        doc.notes += _date_notes(doc, sentence, text, dates, events)
        doc.events += events
        doc.figures += figures
        last_facts = events + figures
        previous_figures = figures or previous_figures
        last_source = named or next((f.source for f in last_facts if f.source), None)
        hearsay_source = last_source or hearsay_source
    return doc


def _denied_claims(text: str, events: list, earlier: list, lex: Lexicon) -> list[Event]:
    """ペスコフ報道官は派兵報道を否定した: the denial names a claim the text told before
    (派兵) without its parties. That claim is kept again as denied, by the denier, beside
    the claim as told: two linked facts, not one overwritten."""
    denials = [e for e in events if e.type == "REJECT" and e.mode == "denial"]
    if not denials:
        return []
    told = {e.type for e in events}
    found = []
    for _, _, form in lex.find_triggers(text):
        kind = lex.triggers[form]["type"]
        if kind in told or kind == "REJECT":
            continue
        claim = next(
            (e for e in reversed(earlier) if e.type == kind and e.status != "denied"), None
        )
        if claim is None:
            continue
        for denial in denials:
            found.append(
                Event(type=claim.type, mode=claim.mode, actor=claim.actor, target=claim.target,
                      start=0, end=len(text), trigger=form, location=claim.location,
                      date_start=claim.date_start, date_end=claim.date_end,
                      date_basis=claim.date_basis, status="denied", source=denial.actor,
                      confidence=0.4)
            )  # fmt: skip
        told.add(kind)
    return found


def _continue_figures(figures: list, earlier: list, previous: list) -> None:
    """A count that names neither owner nor source continues the text's earlier counts
    of its kind: whose they were (派遣された約1万1千人のうち約300人), and, right after a
    credited count in the same paragraph (…との分析を示した。死傷者は計約3000人), who
    gave them."""
    for figure in figures:
        if figure.subject is None:
            figure.subject = next(
                (f.subject for f in reversed(earlier) if f.kind == figure.kind and f.subject), None
            )
        if figure.source is None and figure.status == "asserted":
            credited = next((f for f in previous if f.kind == figure.kind and f.source), None)
            if credited is not None:
                figure.source, figure.status = credited.source, "reported"


def _fill_recipients(figures: list, events: list, gaz: Gazetteer) -> None:
    """Where counted things go: the target of the sentence's supply or deployment by the
    figure's owner (containers PRK → RUS is not the same quantity as RUS → PRK)."""
    for figure in figures:
        for event in events:
            if event.type in ("AID", "MOBILIZE") and gaz.state_of(event.actor) == figure.subject:
                figure.recipient = gaz.state_of(event.target)
                break


_PAST = ("た。", "た", "ました。", "ました", "だ。")


def _date_notes(doc: Document, sentence, text: str, dates: list, events: list) -> list[Note]:
    """A text contradicting itself about dates: an anniversary that does not match the
    year written beside it; an event dated after the page was published, told as past."""
    notes = []
    for ann in (d for d in dates if d.kind == "anniversary" and d.value):
        for other in dates:
            if other.kind == "absolute" and other.value and other.value[:4] != ann.value[:4]:
                notes.append(
                    Note("date_inconsistency",
                         f"{ann.text} falls in {ann.value}, but the same sentence dates it "
                         f"{other.text} ({other.value})", sentence.start, sentence.end)
                )  # fmt: skip
    published = doc.published
    if published and text.endswith(_PAST):
        for event in events:
            when = event.date_start
            if event.date_basis == "text" and when and when[: len(published)] > published:
                notes.append(
                    Note("date_inconsistency",
                         f"{event.trigger} is told as past but dated {when}, after the page's "
                         f"publication on {published}", sentence.start, sentence.end)
                )  # fmt: skip
    return notes


def _credit_line(text: str, mentions: list[Mention], lex: Lexicon) -> str | None:
    """A sentence that only says who reported: 朝鮮中央通信(KCNA)が12日報じた。"""
    if len(text) > 40 or not mentions:
        return None
    head = re.match(r"^(.{1,30}?)(?:が|は)", text)
    if head is None or not text.rstrip("。").endswith(lex.credit_endings):
        return None
    inside = [m for m in mentions if m.end <= head.end()]
    # 朝鮮中央通信: the outlet, not the country name inside it.
    return max(inside, key=lambda m: (m.end, m.end - m.start)).entity_id if inside else None


def _casualty_events(figures: list, mentions: list[Mention], gaz: Gazetteer) -> list[Event]:
    """Dead and wounded among one side's troops are evidence of combat against them: an
    ASSAULT on the figure's subject by the other side of the tracked war."""
    events = []
    for figure in figures:
        if figure.kind != "casualties" or figure.subject is None:
            continue
        # The other side of the tracked war; the state crediting the figure (韓国の国情院)
        # is its reporter, not a belligerent.
        opponents = topic_profile().opponents(figure.subject)
        named = [gaz.state_of(m.entity_id) for m in mentions]
        others = [s for s in named if s in opponents] or list(opponents[:1])
        if others:
            events.append(
                Event(type="ASSAULT", mode="casualties", actor=others[0], target=figure.subject,
                      start=figure.start, end=figure.end, trigger=figure.quantity,
                      date_start=figure.as_of, date_basis=figure.as_of_basis,
                      status=figure.status if figure.status != "estimated" else "reported",
                      source=figure.source, confidence=0.4)
            )  # fmt: skip
    return events[:1]
