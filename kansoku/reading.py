"""What a language hands the extraction core: typed records, the same in every language.

A language package (``kansoku/lang/{code}``) reads its sentences — grammar, particles,
word order, how its press credits a claim — and reduces each one to these records. The
extraction core (``kansoku/extract``) turns them into events and figures with reasoning
that is the same in every language: who can act, sides and allies, implied targets,
status and confidence. Offsets are into the sentence unless a field says otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kansoku.model import Entity, Mention, Sentence

# The sentences a caller lets an analyser parse (the others can carry no fact it keeps).
SentenceChoice = Callable[[Sentence], bool]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str | None  # ISO at the precision the text supports, None when unresolved
    end_value: str | None  # the last day or month of a range
    kind: str  # "absolute" | "partial" | "relative" | "anniversary"
    since: bool = False  # from then on, up to the telling (since last summer)

    @property
    def calendar(self) -> bool:
        """A resolved date of the calendar (an anniversary names a year of its own)."""
        return self.value is not None and self.kind != "anniversary"


@dataclass(frozen=True)
class Quantity:
    """A number as written: the span covers qualifier words, the number or range and its
    counter."""

    start: int
    end: int
    text: str
    value: float  # the lower bound of a range
    value_max: float | None  # the upper bound of a range, else None
    qualifier: str  # exact | about | at_least | at_most | up_to | several
    counter: str | None  # the counter or unit word as written, None for a bare number


@dataclass(frozen=True)
class Claim:
    """Who the text credits with a fact, and how sure it is."""

    source: str | None = None  # entity id
    status: str = "asserted"  # asserted | reported | possible | planned | denied | estimated
    # The text credits the fact to someone (a verb of saying, hearsay, a source marker),
    # named or not: an unnamed one is who the paragraph credits.
    credited: bool = False


@dataclass(frozen=True)
class TriggerEntry:
    """What a trigger word means, from the language's lexicon."""

    category: str
    mode: str | None = None
    default_target: str | None = None  # a word that names its target (a visit to a state)
    aimed: TriggerEntry | None = None  # what it means when aimed at a state (fired at X)
    # What the sentence's counts of what it moves measure (troops heading to the front are
    # those on their way, not those there: en_route).
    measure: str | None = None


@dataclass(frozen=True)
class Borrowed:
    """An actor the grammar lends a clause from elsewhere in the sentence (a shared
    subject, the sentence's topic); ``partners`` are named jointly with it."""

    entity_id: str
    partners: tuple[str, ...] = ()
    unsaid: bool = False  # the text leaves the actor unsaid: less sure


@dataclass
class Args:
    """The entities a trigger's phrases name, by role, each list in order of preference.

    Entity ids are as mentioned (a capital, a person); the core decides who they act for.
    """

    origins: list[str] = field(default_factory=list)  # where carried cargo leaves from
    actors: list[str] = field(default_factory=list)  # the subject, the topic, an owner
    borrowed: list[Borrowed] = field(default_factory=list)  # tried when no actor can act
    targets: list[str] = field(default_factory=list)  # whom it is aimed at
    partners: list[str] = field(default_factory=list)  # with whom
    parties: list[str] = field(default_factory=list)  # named together ("between A and B")
    # Named jointly with the actor as the subject (Moscow and Pyongyang deny…): the other
    # party of a shared act (a summit), a co-actor of any other.
    joint: list[str] = field(default_factory=list)
    objects: list[str] = field(default_factory=list)  # what it acts on
    # Whose what it moves is, as the phrase naming the cargo says (北朝鮮の兵士を移送,
    # 北朝鮮兵を輸送, North Korean troops): the core lets a carrier's cargo be its
    # owner's to send.
    cargo_of: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # where
    # The noun a passive clause describes (ウクライナに占領されたロシア領, 投入された北朝鮮兵):
    # what underwent the act.
    described: list[str] = field(default_factory=list)
    # Targets and partners named earlier in the clause than the grammar links them
    # (nearest first): (entity id, True for a partner).
    earlier: list[tuple[str, bool]] = field(default_factory=list)

    def add(self, role: str, entity_id: str) -> bool:
        """Put an entity in the list of a plain role (target, partner, parties, origin,
        location, object); False when the role has no list of its own."""
        name = _ROLE_LISTS.get(role)
        if name is None:
            return False
        getattr(self, name).append(entity_id)
        return True


_ROLE_LISTS = {"target": "targets", "partner": "partners", "parties": "parties",
               "origin": "origins", "location": "places", "object": "objects"}  # fmt: skip


@dataclass(frozen=True)
class TriggerReading:
    """One event word in a sentence and what the sentence says around it."""

    start: int
    end: int
    form: str  # as written
    entry: TriggerEntry
    args: Args
    claim: Claim
    date: DateMention | None  # the date the grammar ties to the event, if any
    # Told as going on or as of an earlier time (has been sending, had previously sent):
    # the report's date is not its.
    ongoing: bool = False
    # What its phrases name as moving (its object: 兵士を派遣, sent artillery shells, 포탄을
    # 보냈다; its own word: 派兵), item ids of data/categories.yaml, most telling first. The
    # core decides whether the event moves anything, and what when nothing is named.
    items: tuple[str, ...] = ()
    # Told in the present tense (is visiting; a headline's "arrives"): going on at the
    # report's time, whose day is its.
    present: bool = False


@dataclass(frozen=True)
class QuantityReading:
    """One counted number that measures something the profile tracks."""

    quantity: Quantity
    kind: str  # troops, casualties, shells, money…
    unit: str  # persons, rounds, USD…
    measure: str | None  # killed, wounded… within a kind
    owners: tuple[str, ...]  # entity ids named as whose it is, nearest first
    claim: Claim
    topic: str | None = None  # what the clause holding it is about (ウクライナ側は…), if named


@dataclass
class SentenceReading:
    """Everything the language read in one sentence (``index`` into Document.sentences)."""

    index: int
    dates: list[DateMention] = field(default_factory=list)
    triggers: list[TriggerReading] = field(default_factory=list)
    quantities: list[QuantityReading] = field(default_factory=list)
    # The categories of the event words a denial in the sentence can speak of (all of
    # them when it denies nothing).
    spoken_of: tuple[str, ...] = ()
    points_back: bool = False  # its denial speaks of what the sentence before told
    source: str | None = None  # named as the source of the whole sentence (according to X)
    speaker: str | None = None  # who the sentence says spoke or published, facts or not
    # Its unnamed speaker is an office of the state whose press publishes the text (the
    # defense ministry said…, in a Seoul paper): the credited facts are that state's.
    home_speaker: bool = False
    publisher: str | None = None  # who the sentence says published a report the text tells
    credit: str | None = None  # the sentence only credits the one before (X reported.)
    continues: bool = False  # it opens by pointing back at the sentence before
    turns_away: bool = False  # it opens by turning to another matter (meanwhile, …)
    past: bool = False  # it tells of the past
    lead_date: DateMention | None = None  # the date a paragraph's lead gives its news
    # Spans that are not the sentence's content (a dateline): what they name is not
    # where or with whom the sentence's events happen.
    furniture: tuple[tuple[int, int], ...] = ()


@dataclass
class MentionReading:
    """A language's entity mentions in a text (offsets into the whole text)."""

    mentions: list[Mention] = field(default_factory=list)
    new_entities: list[Entity] = field(default_factory=list)  # people found by their title
    # Words that refer to the pair the text has been about ("both countries"): start,
    # end, and the kind of entity meant (country or person).
    pairs: list[tuple[int, int, str]] = field(default_factory=list)
