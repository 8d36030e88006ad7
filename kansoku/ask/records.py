"""What a question is understood as, and what an answer is made of: typed records.

``Understood`` says what kansoku read in a question (the language, the entities with
their ids, the counted kind and measure, the event categories and modes, the shape of
answer asked for, a period); ``Answer`` holds the lines that answer it, each a stored
fact with the sentence that tells it, and where sources disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

# The shapes of answer a question can ask for.
SHAPES = ("how_many", "when", "who", "what", "whether", "findings")


@dataclass(frozen=True)
class AskedEntity:
    """An entity the question names, as the gazetteer knows it.

    ``match`` says how a stored fact must name it: ``state`` (a country, its capital, its
    army: any entity of that state will do), ``exact`` (a person, an agency: that very
    entity) or ``named`` (a treaty, a weapon, a place: named in the fact's sentence, or a
    party to it).
    """

    id: str
    name: str
    kind: str | None
    text: str  # as the question writes it
    state: str | None
    match: str


@dataclass(frozen=True)
class AskedEvent:
    """An event word of the question: its PLOVER category and mode, and the parties the
    question gives it (entity ids, as the language's reader found them)."""

    category: str
    mode: str | None
    text: str
    actors: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Understood:
    """Everything kansoku read in a question."""

    language: str | None
    shape: str | None  # one of SHAPES, or None when no question was recognised
    question_words: tuple[str, ...]  # the words that gave the shape
    entities: tuple[AskedEntity, ...]
    kinds: tuple[str, ...]  # figure kinds asked for (troops, shells, money…)
    measure: str | None  # within the kind (killed, wounded, engineers…)
    unit: str | None  # the unit asked in (persons, rounds, barrels, USD…), when it says
    owners: tuple[str, ...]  # whose count the question asks (entity ids), when it says
    events: tuple[AskedEvent, ...]  # what happened, denials apart
    denial: bool  # the question asks about a denial (who denied…, did X deny…)
    deniers: tuple[str, ...]  # who the question says denies (entity ids), if it says
    since: str | None  # the period asked about, ISO at the precision written
    until: str | None

    @property
    def mapped(self) -> bool:
        """Something the store's facts can be looked up by: a counted kind, an event, a
        denial, or a question about disagreements."""
        return bool(self.kinds or self.events or self.denial or self.shape == "findings")


@dataclass(frozen=True)
class AnswerLine:
    """One stored fact that answers the question, with the sentence that tells it.

    A figure line has ``value`` (and ``value_max``, ``qualifier``, ``unit``); an event
    line has ``event`` (what happened: category, mode, actor → target). ``date`` is the
    figure's as-of date or the event's date (``date_basis`` ``published`` means only the
    report's date is known); ``published`` is when the telling outlet published it.
    """

    fact_id: str
    fact: str  # "figure" or "event"
    date: str | None
    date_basis: str | None
    source: str | None  # the name of who the text credits, None when it asserts it
    source_id: str | None
    status: str
    quote: str
    doc_id: str
    url: str | None
    outlet: str | None
    published: str | None
    value: float | None = None
    value_max: float | None = None
    qualifier: str | None = None
    unit: str | None = None
    kind: str | None = None
    measure: str | None = None
    as_written: str | None = None
    series: str | None = None
    event: str | None = None
    who: tuple[str, ...] = ()  # for who-questions: the actors (or deniers) this line names
    reports: int = 1  # how many sentences tell this fact in all (events: some not listed)
    # Where the quoted sentence starts in its document: the dashboard links the line to
    # that sentence highlighted (``/documents/{doc_id}#at-{start}``).
    start: int | None = None


@dataclass(frozen=True)
class Disagreement:
    """Where sources disagree about what the answer holds: values of one quantity that do
    not meet, a denial, or a stored finding (conflicting_figures, assertion_vs_denial…)."""

    kind: str
    summary: str
    figure_ids: tuple[str, ...] = ()
    event_ids: tuple[str, ...] = ()
    finding_id: str | None = None


@dataclass(frozen=True)
class Page:
    """Which of the facts that answer are cited: ``limit`` of them (None: the rules'
    ``max_events`` or ``max_figures``) from ``offset``, in the answer's order (the best
    and most recent first); the others are counted (``Answer.matched``)."""

    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class Answer:
    question: str
    understood: Understood
    answered: bool
    lines: tuple[AnswerLine, ...]
    disagreements: tuple[Disagreement, ...]
    reason: str | None = None  # why it is not answered, in plain words
    summary: str | None = None  # one line saying what the lines show
    matched: int = 0  # facts that answer in all: the lines cite those of the page
    page: Page = Page()
