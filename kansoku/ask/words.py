"""The words a question is read with, typed: each language's question words
(``data/lang/{code}/questions.yaml``) and counted kinds (its ``units.yaml``, the one the
articles are read with), and the language-neutral rules of answering
(``data/ask.yaml``).

``load_question_words(knowledge)`` reads them once; ``ask`` receives them as an argument
(the default set is cached, as ``default_knowledge`` is).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kansoku.knowledge import DATA, Knowledge, default_knowledge, load_yaml
from kansoku.lang import language_data
from kansoku.lang.units import Units, load_units


@dataclass(frozen=True)
class Term:
    """What a word of a question names: a counted kind (and a measure within it)."""

    kind: str
    measure: str | None = None
    outcome: bool = False  # what befell the counted (killed): it decides the kind


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    form: str


class Matcher:
    """Finds listed words in a text: the longest first at each place, as whole words in a
    language written with spaces, anywhere inside words in one written without."""

    def __init__(self, forms: Iterable[str], whole_words: bool) -> None:
        self.forms = sorted({f for f in forms if f}, key=len, reverse=True)
        body = "|".join(re.escape(f) for f in self.forms) or r"(?!x)x"
        if whole_words:
            body = rf"(?<![\w-])(?:{body})(?![\w-])"
        self.pattern = re.compile(body, re.I if whole_words else 0)

    def find(self, text: str) -> list[Hit]:
        return [Hit(m.start(), m.end(), m.group()) for m in self.pattern.finditer(text)]


@dataclass(frozen=True)
class QuestionLanguage:
    """One language's question words and the kinds its counted words name."""

    code: str
    shapes: Mapping[str, str]  # question word (lower case when whole words) → shape
    shape_words: Matcher
    whether_openers: frozenset[str]
    whether_endings: tuple[str, ...]
    count_words: Matcher  # after these stands a counter (何発, 몇 명)
    counters: Mapping[str, tuple[str, ...]]  # counter → the kinds counted with it
    counter_forms: Mapping[str, str]  # a counter as matched (barrels) → as listed (barrel)
    counter_words: Matcher
    units: Units  # the language's units.yaml: each kind's unit, by counter where it has several
    terms: Mapping[str, Term]  # a word (as matched) → the kind it names
    term_words: Matcher
    moved_by: Mapping[str, str]  # a verb → the kind it moves (派遣: troops)
    moved_words: Matcher
    # Verbs a question uses for a flow the articles tell with other words (give, get):
    # the first state named gives, or receives.
    giving_words: Matcher
    receiving_words: Matcher
    since_words: tuple[str, ...]
    until_words: tuple[str, ...]
    period_words_before: bool  # since/until words stand before the date (since 2024)
    whole_words: bool

    def key(self, form: str) -> str:
        return form.lower() if self.whole_words else form


@dataclass(frozen=True)
class AskRules:
    """How answers are made, the same in every language (``data/ask.yaml``)."""

    precedence: tuple[str, ...]
    kind_events: Mapping[str, tuple[tuple[str, str | None], ...]]
    disagreement_findings: frozenset[str]
    nearby_months: int
    claimed: frozenset[str]
    max_events: int
    max_reports: int
    max_figures: int
    transfer_event: tuple[str, str | None]  # what a giving or receiving word asks about


@dataclass(frozen=True)
class QuestionWords:
    languages: Mapping[str, QuestionLanguage]
    rules: AskRules


def _inflected(word: str, inflections: list[list[str]]) -> set[str]:
    """The word and its forms by the language's endings (shell: shells; casualty:
    casualties), for the last word of a phrase."""
    forms = {word}
    for drop, add in inflections:
        if word.endswith(drop) and (drop or not word.endswith(add)):
            forms.add(word[: len(word) - len(drop)] + add)
    return forms


def _terms(units: Units, data: Mapping[str, Any], inflect: list[list[str]]) -> dict[str, Term]:
    """Every word that names a counted kind: the kinds' nouns (with the measure a noun
    gives), what befalls the counted (outcomes), and the question's own kind words."""
    found: dict[str, Term] = {}

    def add(word: str, term: Term) -> None:
        for form in _inflected(word, inflect):
            found.setdefault(form.lower() if data.get("whole_words") else form, term)

    for verb, (kind, measure) in units.outcomes.items():
        add(verb, Term(kind, measure, outcome=True))
    for kind, spec in units.kinds.items():
        for noun in spec.nouns:
            add(noun, Term(kind, units.measures.get(noun)))
    for word, kind in (data.get("kind_words") or {}).items():
        add(str(word), Term(str(kind)))
    return found


def load_question_language(code: str, folder: Path) -> QuestionLanguage | None:
    """A language's question words, or None when it has no ``questions.yaml``."""
    data = language_data(folder, "questions.yaml")
    if not data:
        return None
    whole = bool(data.get("whole_words"))
    units = load_units(language_data(folder, "units.yaml"))
    inflect = [list(map(str, pair)) for pair in data.get("inflections") or ()]
    shapes = {
        (str(w).lower() if whole else str(w)): shape
        for shape, words in data["shapes"].items()
        for w in words
    }
    counters: dict[str, tuple[str, ...]] = {}
    for kind, spec in units.kinds.items():
        for counter in spec.counters:
            counters[counter] = (*counters.get(counter, ()), kind)
    terms = _terms(units, data, inflect)
    counter_forms = {
        (form.lower() if whole else form): counter
        for counter in counters
        for form in _inflected(counter, inflect)
    }
    return QuestionLanguage(
        code=code,
        shapes=shapes,
        shape_words=Matcher(shapes, whole),
        whether_openers=frozenset(str(w).lower() for w in data.get("whether_openers") or ()),
        whether_endings=tuple(sorted(map(str, data.get("whether_endings") or ()), key=len)),
        count_words=Matcher(map(str, data.get("count_words") or ()), whole),
        counters=counters,
        counter_forms=counter_forms,
        counter_words=Matcher(counter_forms, whole),
        units=units,
        terms=terms,
        term_words=Matcher(terms, whole),
        moved_by=dict(units.moved_by),
        moved_words=Matcher(units.moved_by, whole),
        giving_words=_words_of(data, "giving_words", inflect, whole),
        receiving_words=_words_of(data, "receiving_words", inflect, whole),
        since_words=tuple(map(str, data.get("since_words") or ())),
        until_words=tuple(map(str, data.get("until_words") or ())),
        period_words_before=data.get("period_words") == "before",
        whole_words=whole,
    )


def _words_of(data: Mapping[str, Any], key: str, inflect: list[list[str]], whole: bool) -> Matcher:
    forms = {f for word in data.get(key) or () for f in _inflected(str(word), inflect)}
    return Matcher(forms, whole)


def _event_spec(text: str) -> tuple[str, str | None]:
    category, _, mode = str(text).partition("/")
    return category, mode or None


def load_rules(data: Mapping[str, Any]) -> AskRules:
    return AskRules(
        precedence=tuple(data["precedence"]),
        kind_events={
            str(kind): tuple(_event_spec(e) for e in events)
            for kind, events in (data.get("kind_events") or {}).items()
        },
        disagreement_findings=frozenset(data["disagreement_findings"]),
        nearby_months=int(data["nearby_months"]),
        claimed=frozenset(data["claimed"]),
        max_events=int(data["max_events"]),
        max_reports=int(data["max_reports"]),
        max_figures=int(data["max_figures"]),
        transfer_event=_event_spec(data["transfer_event"]),
    )


def load_question_words(knowledge: Knowledge, data: Path = DATA) -> QuestionWords:
    """The question words of every language the knowledge reads that has them."""
    languages = {}
    for code, language in knowledge.languages.items():
        found = load_question_language(code, language.data or data / "lang" / code)
        if found is not None:
            languages[code] = found
    return QuestionWords(languages=languages, rules=load_rules(load_yaml(data / "ask.yaml")))


# The question words loaded for each Knowledge object, by its id (a Knowledge holds dicts
# and cannot be a cache key itself); the object is kept so its id is never reused.
_LOADED: dict[int, tuple[Knowledge, QuestionWords]] = {}


def question_words_for(knowledge: Knowledge) -> QuestionWords:
    """The question words for ``knowledge``'s languages, loaded once per Knowledge."""
    held = _LOADED.get(id(knowledge))
    if held is None or held[0] is not knowledge:
        held = _LOADED[id(knowledge)] = (knowledge, load_question_words(knowledge))
    return held[1]


def default_question_words() -> QuestionWords:
    """The bundled question words (with the default knowledge), loaded once per process."""
    return question_words_for(default_knowledge())
