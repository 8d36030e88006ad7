"""Document-level passes: what one sentence's facts owe to the sentences around them.

Each pass is a function over the document's sentence facts, in text order. A news
paragraph dates its lead once and the sentences after it share that date; reported
speech goes on over several sentences (X said … It added …) and a wire's credit line
names the source after the fact; a count that names no owner continues the text's
earlier counts of its kind; a denial that names a claim told before keeps that claim
again as denied; a text contradicting itself about dates leaves a note.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from kansoku.extract.figures import fill_recipients
from kansoku.knowledge import Knowledge
from kansoku.model import PAGE_DATE_BASES, TOLD_AS_DONE, Document, Event, Figure, Note, Sentence
from kansoku.reading import SentenceReading


@dataclass
class SentenceFacts:
    sentence: Sentence
    reading: SentenceReading
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    unaimed: list[Event] = field(default_factory=list)  # transfers naming no recipient

    @property
    def facts(self) -> list[Event | Figure]:
        return [*self.events, *self.figures]


def _new_paragraph(previous: SentenceFacts | None, current: SentenceFacts) -> bool:
    return previous is not None and previous.sentence.paragraph != current.sentence.paragraph


def paragraph_dates(sentences: list[SentenceFacts]) -> None:
    """An event dated only by the report's publication takes the date its paragraph's
    lead gave (the council met on the 28th. Russia vetoed …), or its own sentence's lead
    when the sentence states it. A credit line with a date
    (X announced on the 26th.) dates the sentence before it and leads the sentences after
    it. The date another event of the paragraph was told on is no lead: it may be
    background (the incursion that began last August)."""
    date: str | None = None
    previous = None
    for current in sentences:
        if _new_paragraph(previous, current):
            date = None
        credited_on = _credit_date(current.reading)
        if credited_on and previous is not None:
            _date_events(previous.events, credited_on)
        _date_events(current.events, date)
        lead = current.reading.lead_date
        if lead is not None:
            # 政府は9日、…を資産凍結の対象に加えることを決めた: what the lead's own sentence
            # states as done (not what it reports someone said) happened that day.
            _date_events([e for e in current.events if e.status == "asserted"], lead.value)
        if lead is not None:
            # The NIS on the 12th reported to parliament. North Korea sent …: a lead that
            # dates someone's telling dates no act the paragraph then reports.
            date = None if current.reading.speaker is not None else lead.value
        elif credited_on:
            date = credited_on
        previous = current


# The headline and the lead tell the news: an act of the last weeks before publication.
_NEWS_WITHIN = timedelta(days=31)
_LEAD_PARAGRAPHS = 2  # the headline's and the lead's


def headline_dates(doc: Document, sentences: list[SentenceFacts], knowledge: Knowledge) -> None:
    """A page's headline and lead state the news without its day ("Russia's defence
    minister visits Pyongyang"), and its body then tells the same act with one ("arrived
    on the 17th, state media said"): an act of the first two paragraphs dated only by the
    publication takes the date the body first gives the same act (the same category and
    mode, the same states on each side, what it moves, claimed or denied alike), when
    that date falls in the weeks before the publication. A dated act of last year in the
    body is background, not the news the headline tells. Acts chained in one sentence
    ("visited Pyongyang and met Kim") between the same states go together. Acts on a
    treaty are left alone: each party signs and ratifies on a day of its own, which a
    headline naming both ("after Russia, North Korea ratifies too") does not share."""
    dated = [
        (facts.sentence, event) for facts in sentences for event in facts.events
        if event.date_basis in ("text", "context") and event.date_start
    ]  # fmt: skip
    # From the lead back to the headline, so that a headline takes what its lead was given.
    lead = [facts for facts in sentences if facts.sentence.paragraph < _LEAD_PARAGRAPHS]
    for facts in reversed(lead):
        published = _span(doc.publication_date(facts.sentence))
        undated = [
            e for e in facts.events
            if e.date_basis in PAGE_DATE_BASES and e.mode not in knowledge.categories.treaty_modes
        ]  # fmt: skip
        if published is None or not undated:
            continue
        for event in undated:
            told = next(
                (
                    other for sentence, other in dated
                    if sentence.start > facts.sentence.start
                    and _same_act(event, other, knowledge)
                ),
                None,
            )  # fmt: skip
            if told and _news_of(_span(told.date_start), published):
                _take_date(event, told)
        given = next((e for e in undated if e.date_basis not in PAGE_DATE_BASES), None)
        for event in undated:
            if (
                given
                and event.type == given.type
                and _states(event, knowledge) == _states(given, knowledge)
            ):
                _take_date(event, given)
        dated += [(facts.sentence, e) for e in undated if e.date_basis not in PAGE_DATE_BASES]


def _take_date(event: Event, other: Event) -> None:
    """The body's date; not its teller: a lead told in the page's own voice stays the
    page's (a body sentence of the same act may be someone's judgement of it)."""
    if event.date_basis in PAGE_DATE_BASES:
        event.date_start, event.date_end = other.date_start, other.date_end
        event.date_basis = "context"


def _sides(event: Event, knowledge: Knowledge) -> tuple[str | None, str | None]:
    """The states on each side; in either order for an act with no direction (a meeting)."""
    state = knowledge.gazetteer.state_or_self
    actor, target = state(event.actor), state(event.target)
    if knowledge.categories.symmetric(event.type, event.mode):
        actor, target = sorted((actor, target), key=lambda side: side or "")
    return actor, target


def _states(event: Event, knowledge: Knowledge) -> frozenset[str | None]:
    return frozenset(_sides(event, knowledge))


def _same_act(a: Event, b: Event, knowledge: Knowledge) -> bool:
    """The same category and mode between the same states, moving the same thing,
    claimed or denied alike."""
    return (
        (a.type, a.mode) == (b.type, b.mode)
        and _sides(a, knowledge) == _sides(b, knowledge)
        and (a.status == "denied") == (b.status == "denied")
        and (a.item is None or b.item is None or a.item == b.item)
    )


def _news_of(told: tuple[date, date] | None, published: tuple[date, date]) -> bool:
    """Whether an act of these days may be the news of a page of those: not later than
    the page, and no more than weeks before it."""
    return told is not None and told[0] <= published[1] and published[0] - told[1] <= _NEWS_WITHIN


def _span(iso: str | None) -> tuple[date, date] | None:
    """The first and the last day of a date written as a day or a month."""
    if not iso or len(iso) < 7:
        return None
    try:
        if len(iso) >= 10:
            day = date.fromisoformat(iso[:10])
            return day, day
        first = date.fromisoformat(iso[:7] + "-01")
    except ValueError:
        return None
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first, following - timedelta(days=1)


def _credit_date(reading: SentenceReading) -> str | None:
    if reading.credit is None:
        return None
    return next((d.value for d in reading.dates if d.calendar), None)


def _date_events(events: list[Event], date: str | None) -> None:
    for event in events:
        if event.date_basis in PAGE_DATE_BASES and date:
            event.date_start, event.date_end, event.date_basis = date, None, "context"


def attribution(sentences: list[SentenceFacts]) -> None:
    """Who says so, across sentences.

    - A credit line (X reported.) gives its source to the facts of the sentence before.
    - A fact the text credits to someone unnamed (it is said, estimated, reportedly)
      continues what the paragraph credited so far (or who it said spoke or published,
      though no fact of theirs was read), else the report the text tells, if its lead
      said someone published one; a sentence pointing back at the one
      before (this …) continues that one's source, across a paragraph break too.
    - An account a paragraph opens by its source (according to X, …) goes on over the
      paragraph's later sentences until one turns away from it (meanwhile, …) or opens
      a statement of its own with its date (Iran on the 1st, …).
    - A count right after a credited count of its kind in the paragraph is the same
      source's.
    """
    report: str | None = None  # whose published report the text tells, if it tells one
    hearsay: str | None = None  # who the paragraph so far credits
    last: str | None = None  # who the previous sentence credits
    account: str | None = None  # whose account the paragraph is (according to X)
    counted: list[Figure] = []  # the paragraph's latest counted figures
    previous: SentenceFacts | None = None
    sizes = Counter(s.sentence.paragraph for s in sentences)
    for current in sentences:
        reading = current.reading
        # Wires give each sentence a paragraph of its own: after a one-sentence paragraph
        # an unnamed "it is said" still reaches back to whom that sentence credited (what
        # the writer states stays the writer's).
        lone = previous is not None and sizes[previous.sentence.paragraph] == 1
        if _new_paragraph(previous, current):
            # A paragraph that opens on a fact told by someone it leaves unsaid (…とした,
            # …という) goes on with who told the one before.
            told_on = lone or _told_by_someone_unsaid(current)
            hearsay, account, counted = (hearsay if told_on else None), None, []
        if reading.turns_away or reading.lead_date is not None:
            account = None  # 一方、… / イランは1日、…: a statement of its own
        if reading.credit and previous is not None:
            for fact in previous.facts:
                if fact.source is None:
                    _credit(fact, reading.credit)
        report = reading.publisher or report
        inherited = last if reading.continues else (hearsay or report)
        _credit_unsourced(current, inherited, account)
        _credit_like_counts(current.figures, counted)
        counted = current.figures or counted
        last = (
            reading.source
            or next((f.source for f in current.facts if f.source), None)
            or reading.speaker
        )
        # A fact told in the writer's own voice between them ends the paragraph's hearsay:
        # the next "it is said" is the writer's background, not the source's word.
        hearsay = last or (None if _in_own_voice(reading) else hearsay)
        account = reading.source or account
        previous = current


def _credit_unsourced(current: SentenceFacts, inherited: str | None, account: str | None) -> None:
    """A fact the sentence leaves unsourced takes who the text credits so far, when the
    sentence says it is someone's word or points back; an asserted one takes the account
    the paragraph is; an unnamed "it is said" is at least reported. An unnamed office of
    the publisher's state speaking (a defence official said…) is its own voice, whose
    state only the page's outlet can tell (``home_sources``): never the source before."""
    continues = current.reading.continues
    if current.reading.home_speaker:
        inherited = account = None
    for fact in current.facts:
        if fact.source is None and (fact.credited or continues) and inherited:
            _credit(fact, inherited)
        elif fact.source is None and fact.status == "asserted" and account:
            _credit(fact, account)
        elif fact.credited and fact.status == "asserted":
            fact.status = "reported"  # it is said: someone's word, no one named


def _credit_like_counts(figures: list[Figure], counted: list[Figure]) -> None:
    """A count right after a credited count of its kind is the same source's."""
    for figure in figures:
        if figure.source is None and figure.status == "asserted":
            credited = next((f for f in counted if f.kind == figure.kind and f.source), None)
            if credited is not None and credited.source:
                _credit(figure, credited.source)


def _told_by_someone_unsaid(current: SentenceFacts) -> bool:
    """The sentence credits its facts to someone and names no one: who told is said before."""
    reading = current.reading
    if reading.source or reading.speaker or reading.credit or reading.turns_away:
        return False
    facts = current.facts
    return bool(facts) and all(f.source is None and f.credited for f in facts)


def _in_own_voice(reading: SentenceReading) -> bool:
    """The sentence states a fact as the writer's own, crediting no one."""
    return any(
        t.claim.source is None and t.claim.status == "asserted" and not t.claim.credited
        for t in reading.triggers
    ) and not (reading.source or reading.speaker or reading.credit)


def _credit(fact: Event | Figure, source: str) -> None:
    fact.source = source
    fact.status = "reported" if fact.status == "asserted" else fact.status


def figure_owners(sentences: list[SentenceFacts], knowledge: Knowledge) -> None:
    """A count that names no owner continues the text's earlier counts of its kind (of
    the 11,000 sent, about 300 …), else belongs to the paragraph's latest transfer or
    deployment (the ships sailed from Rajin to Vostochny; 15,000 containers were carried:
    the sender's containers, to the receiver). Then each count goes where its sentence
    sends it."""
    earlier: list[Figure] = []
    mover: Event | None = None  # the paragraph's latest transfer
    sent: Event | None = None  # the text's latest transfer
    previous = None
    for current in sentences:
        if _new_paragraph(previous, current):
            mover = None
        fill_recipients(current.figures, current.reading, current.events, knowledge)
        for figure in current.figures:
            if figure.subject is None:
                figure.subject = next(
                    (f.subject for f in reversed(earlier)
                     if f.kind == figure.kind and f.subject and f.subject != figure.recipient),
                    None,
                )  # fmt: skip
            if (
                figure.subject is None
                and figure.recipient is None
                and mover is not None
                and figure.kind not in knowledge.categories.never_sent
            ):
                figure.subject = knowledge.gazetteer.state_of(mover.actor)
                figure.recipient = knowledge.gazetteer.state_of(mover.target)
        earlier += current.figures
        movers = [
            e for e in current.events
            if knowledge.categories.sends(e.type, e.mode) and e.actor and e.status != "denied"
        ]  # fmt: skip
        mover = movers[-1] if movers else mover
        sent = movers[-1] if movers else sent
        if sent is not None and mover is None and _shuttles_between(current, sent, knowledge):
            mover = sent  # ships plying between the two carry what the text said went one way
        previous = current


def _shuttles_between(current: SentenceFacts, sent: Event, knowledge: Knowledge) -> bool:
    """The sentence tells of carriers going back and forth (no direction of their own)
    between the two states a transfer the text told went between."""
    state = knowledge.gazetteer.state_of
    pair = {state(sent.actor), state(sent.target)}
    return any(
        knowledge.categories.shuttles(e.type, e.mode) and {state(e.actor), state(e.target)} == pair
        for e in current.events
    )


def shuttle_directions(sentences: list[SentenceFacts], knowledge: Knowledge) -> None:
    """Carriers plying between two states (no direction of their own) carry what the
    text says went one way between them: the shuttle is that transfer's way round."""
    categories, state = knowledge.categories, knowledge.gazetteer.state_of
    events = [e for s in sentences for e in s.events]
    ways = {
        (state(e.actor), state(e.target)) for e in events
        if categories.sends(e.type, e.mode) and e.actor and e.target and e.status != "denied"
    }  # fmt: skip
    for e in events:
        if not categories.shuttles(e.type, e.mode) or e.target is None:
            continue
        matching = [way for way in ways if set(way) == {state(e.actor), state(e.target)}]
        if len(matching) == 1:
            e.actor, e.target = matching[0]


def reactions(sentences: list[SentenceFacts], knowledge: Knowledge) -> None:
    """A reaction that names no one ("voiced deep concern", "warned that…") answers the party
    whose act its sentence tells (inside the quote, in what it is about), else the one the
    sentence before in its paragraph tells; with no such act it is no event."""
    categories = knowledge.categories
    state = knowledge.gazetteer.state_of

    def unanswered(e: Event) -> bool:
        return e.target is None and categories.answers_unnamed(e.type, e.mode)

    previous: SentenceFacts | None = None
    for current in sentences:
        # The move was met with criticism: a sentence pointing back reaches the one before
        # across a paragraph break (wires give each sentence its own paragraph).
        apart = _new_paragraph(previous, current) and not current.reading.continues
        before = [] if previous is None or apart else previous.events
        told = [*current.events, *before]
        for reaction in [e for e in current.events if unanswered(e)]:
            actors = [
                e.actor for e in told
                if e is not reaction and not unanswered(e) and e.actor
                and state(e.actor) != state(reaction.actor)
            ]  # fmt: skip
            if actors:
                reaction.target = knowledge.gazetteer.acting_party(actors[0])
            else:
                current.events.remove(reaction)
        previous = current


def continued_recipients(sentences: list[SentenceFacts], knowledge: Knowledge) -> None:
    """A transfer that names no recipient continues the last one of its paragraph made by
    the same side (it sent troops to Russia; it also sent shells): same recipient.
    With none before it, it is no event."""
    state = knowledge.gazetteer.state_of
    before: list[Event] = []
    previous: SentenceFacts | None = None
    for current in sentences:
        if _new_paragraph(previous, current):
            before = []
        for event in current.unaimed:
            last = next(
                (e for e in reversed(before)
                 if e.type == event.type and e.target and state(e.actor) == state(event.actor)),
                None,
            )  # fmt: skip
            if last is not None and state(last.target) != state(event.actor):
                event.target = last.target
                event.confidence = round(min(event.confidence + 0.2, 0.95), 2)  # as if named
                current.events.append(event)
            else:
                for figure in current.figures:
                    figure.event = None if figure.event is event else figure.event
        current.unaimed = []
        before += current.events
        previous = current


def home_sources(sentences: list[SentenceFacts], home: str | None) -> None:
    """A fact an unnamed office of the publishing state's own is credited with (the
    defense ministry said…, in a Seoul paper) is that state's."""
    if home is None:
        return
    for current in sentences:
        if not current.reading.home_speaker:
            continue
        for fact in current.facts:
            if fact.credited and fact.source is None:
                fact.source = home


def denied_copies(sentences: list[SentenceFacts], knowledge: Knowledge) -> None:
    """A denial that speaks of a claim told before without its parties (the spokesman
    denied the reports of a deployment), of someone else's claim told in its own
    sentence (denied the media report that troops were sent), or of the sentence before
    by pointing back at it ("denied this"), keeps that claim again as
    denied, by the denier, beside the claim as told: two linked facts, not one
    overwritten."""
    categories = knowledge.categories
    earlier: list[Event] = []
    previous: list[Event] = []
    for current in sentences:
        denials = [e for e in current.events if categories.is_denial(e.type, e.mode)]
        told = {e.type for e in current.events}
        start, end = current.sentence.start, current.sentence.end
        reported = [
            e for e in current.events
            if e.status == "reported" and e.type in current.reading.spoken_of
        ]  # fmt: skip
        # "X denied this": the claims of the sentence before, however it told them.
        pointed_at = [
            e for e in previous if e.status in TOLD_AS_DONE
        ] if current.reading.points_back else []  # fmt: skip
        copies = [
            replace(claim, status="denied", source=denial.actor, confidence=0.4, start=start, end=end)
            for denial in denials for claim in [*reported, *pointed_at]
            if claim.source != denial.actor and not categories.is_denial(claim.type, claim.mode)
        ]  # fmt: skip
        for category in current.reading.spoken_of if denials else ():
            # A denial never denies a denial.
            if category in told or categories.get(category).denial_modes:
                continue
            claim = next(
                (e for e in reversed(earlier) if e.type == category and e.status != "denied"),
                None,
            )
            if claim is None:
                continue
            copies += [
                replace(claim, status="denied", source=denial.actor, confidence=0.4,
                        spoken_of=current.reading.spoken_of, start=start, end=end)
                for denial in denials
            ]  # fmt: skip
            told.add(category)
        earlier += current.events
        previous = list(current.events)
        current.events += copies


def denial_targets(sentences: list[SentenceFacts], knowledge: Knowledge) -> None:
    """A denial answers whoever made the claim it denies: the source of a claim its
    sentence tells (denied the Pentagon's report), of the sentence it points back at
    (denied this) or of one of the kind denied just before it, or the accuser of the
    sentence before (the West accuses Iran; Iran denies). A party to the denied act
    (denied supplying arms to Russia: Russia only receives) is not whom a denial answers;
    with no claimant told, it answers no one named. A claimant named as the owner of what
    is denied (denied the Russian side's claim) stays; who made a demand that is turned down (no
    deniable act) is whom the refusal answers."""
    categories = knowledge.categories
    state = knowledge.gazetteer.state_of
    previous: list[Event] = []
    last: SentenceFacts | None = None
    for current in sentences:
        if _new_paragraph(last, current) and not current.reading.points_back:
            previous = []  # the sentence before is another paragraph's
        last = current
        denials = [e for e in current.events if categories.is_denial(e.type, e.mode)]
        # What is denied: the kinds of act the sentence speaks of, and the claims
        # denied_copies kept again as denied ("denied this" names none).
        spoken_of = {
            *current.reading.spoken_of,
            *(e.type for e in current.events if e.status == "denied"),
        }
        told = [e for e in current.events if e not in denials and e.type in spoken_of]
        # "Denied this", or a claim of the kind denied told just before.
        pointed_at = [e for e in previous if current.reading.points_back or e.type in spoken_of]
        for denial in denials:
            inside = any(
                denial.target in (e.actor, e.target) and categories.get(e.type).deniable
                for e in [*told, *pointed_at]
            )
            if denial.target is not None and not inside:
                continue
            claimant = _claimant(denial, [*told, *pointed_at], previous, knowledge)
            if denial.target is None or claimant is None or state(claimant) != state(denial.target):
                denial.target = knowledge.gazetteer.acting_party(claimant) if claimant else None
        previous = [e for e in current.events if not categories.is_denial(e.type, e.mode)]


def _claimant(
    denial: Event, claims: list[Event], before: list[Event], knowledge: Knowledge
) -> str | None:
    state = knowledge.gazetteer.state_of
    side = state(denial.actor)
    # Who told the claim, else who claims it of itself (ロシア軍「奪還完了」…ウクライナは否定).
    told = (e.source or e.actor for e in claims if e.status != "denied")
    accusers = (
        e.actor for e in before
        if knowledge.categories.get(e.type).accusation and state(e.target) == side
    )  # fmt: skip
    return next((s for s in [*told, *accusers] if s and state(s) != side), None)


def date_notes(doc: Document, sentences: list[SentenceFacts]) -> None:
    """A text contradicting itself about dates: an anniversary that does not match the year
    written beside it; an event dated after the page was published, told as past."""
    for current in sentences:
        start, end = current.sentence.start, current.sentence.end
        dates = current.reading.dates
        for ann in dates:
            if ann.kind != "anniversary" or ann.value is None:
                continue
            for other in dates:
                if other.kind == "absolute" and other.value and other.value[:4] != ann.value[:4]:
                    doc.notes.append(
                        Note("date_inconsistency",
                             f"{ann.text} falls in {ann.value}, but the same sentence dates it "
                             f"{other.text} ({other.value})", start, end)
                    )  # fmt: skip
        published = doc.published
        if not (published and current.reading.past):
            continue
        for event in current.events:
            when = event.date_start
            if event.status not in TOLD_AS_DONE:
                continue  # announced in the past, to happen later: a plan, a prospect
            if event.date_basis == "text" and when and when[: len(published)] > published:
                doc.notes.append(
                    Note("date_inconsistency",
                         f"{event.trigger} is told as past but dated {when}, after the page's "
                         f"publication on {published}", start, end)
                )  # fmt: skip


def unread_notes(doc: Document, sentences: list[SentenceFacts], knowledge: Knowledge) -> None:
    """Sentences that name a party of the tracked conflict beside an event word or a
    counted number, yet yield no fact: what the rules could not read. Counted and marked
    so an analyst knows where to read by hand (the coverage every view reports)."""
    tracked = knowledge.topic.core_parties | {
        s for side in knowledge.topic.conflict_sides for s in side
    }
    for current in sentences:
        if current.facts:
            continue
        words = [t.form for t in current.reading.triggers]
        words += [q.quantity.text for q in current.reading.quantities]
        if not words:
            continue
        named = {
            knowledge.gazetteer.state_of(m.entity_id) for m in doc.mentions_in(current.sentence)
        }
        parties = sorted(s for s in named if s in tracked)
        if parties:
            summary = f"names {', '.join(parties)} with {', '.join(words)} but yields no fact"
            doc.notes.append(Note("unread", summary, current.sentence.start, current.sentence.end))
