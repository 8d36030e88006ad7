"""What kansoku knows about the world and about web pages, loaded from ``kansoku/data``.

``load_knowledge()`` reads every data file once and returns one :class:`Knowledge`
object: the gazetteer, the event categories, the topic profile, the forms of page
furniture, and each language's own lexicons (``data/lang/{code}/``). Stages receive it
as an argument; no stage opens a data file or keeps one in a global. Per-document work is
then a pure function of the document and the knowledge, which can be shipped to a worker
process (it pickles; the parser a language loads is not part of it).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import yaml

from kansoku.categories import Categories, load_categories
from kansoku.datefmt import DateFormats
from kansoku.gazetteer import Gazetteer

if TYPE_CHECKING:
    from kansoku.lang import Language

DATA = Path(str(resources.files("kansoku") / "data"))


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _compile_all(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def _line_start_only(pattern: str) -> bool:
    """The pattern can match only at the start of a line (it opens with ^ and has no
    alternative beside it)."""
    parsed = re._parser.parse(pattern, re.I).data  # type: ignore[attr-defined]
    return bool(parsed) and parsed[0] == (re._constants.AT, re._constants.AT_BEGINNING)  # type: ignore[attr-defined]


@dataclass(frozen=True, eq=False)  # one set of forms is itself: hashed by identity
class AnyForm:
    """Many forms of one kind of furniture, tried as one pattern. Most forms hold a whole
    line (^…$): joined with the rest into one alternation, the regex engine would try each
    of them at every character of every line (about 1 ms a line for 200 forms, more than
    all the rest of reading an off-topic page); tried at the line's start only, they cost
    a twentieth of that. Same lines match; at a line's start a whole-line form is found
    first."""

    at_start: re.Pattern[str] | None
    anywhere: re.Pattern[str] | None

    @classmethod
    def compile(cls, patterns: list[str]) -> AnyForm:
        starting = [p for p in patterns if _line_start_only(p)]
        rest = [p for p in patterns if p not in starting]
        return cls(_compile_all(starting) if starting else None,
                   _compile_all(rest) if rest else None)  # fmt: skip

    def search(self, text: str) -> re.Match[str] | None:
        if len(text) <= _REMEMBERED_CHARS:
            return _first_form(self, text)
        return _find_form(self, text)


# Cleaning asks about one line several times (is it a caption, a credit, does it end with
# one…): the answers for short lines, most of a page's, are remembered (8,192 of at most
# 400 characters: a few MB at most).
_REMEMBERED_CHARS = 400


def _find_form(forms: AnyForm, text: str) -> re.Match[str] | None:
    at_start = forms.at_start.match(text) if forms.at_start else None
    return at_start or (forms.anywhere.search(text) if forms.anywhere else None)


_first_form = lru_cache(maxsize=8192)(_find_form)


@dataclass(frozen=True)
class NoiseRules:
    max_noise_chars: int
    block_rules: dict[str, AnyForm]
    caption: AnyForm  # a photo caption, whatever its length
    ui_words: frozenset[str]
    inline_tails: dict[str, AnyForm]  # reason → furniture glued to a line's end
    footer_reasons: frozenset[str]
    runs_on: re.Pattern[str]  # a phrase ending so runs on into the next: no headline's
    series_part: re.Pattern[str]  # a series' part number after a title

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> NoiseRules:
        return cls(
            max_noise_chars=int(data["max_noise_chars"]),
            block_rules={reason: AnyForm.compile(p) for reason, p in data["block_rules"].items()},
            caption=AnyForm.compile(data["captions"]),
            ui_words=frozenset(w.lower() for w in data["ui_words"]),
            inline_tails={reason: AnyForm.compile(p) for reason, p in data["inline_tails"].items()},
            footer_reasons=frozenset(data["footer_reasons"]),
            runs_on=re.compile(data["runs_on"]),
            series_part=re.compile(data["series_part"]),
        )


@dataclass(frozen=True)
class AggregatorRules:
    read_more: re.Pattern[str]
    source_line: re.Pattern[str]
    credit_closer: re.Pattern[str]
    date_label: re.Pattern[str]
    outlet_label_end: re.Pattern[str]
    bullets: tuple[str, ...]
    max_section_blocks: int

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> AggregatorRules:
        return cls(
            read_more=re.compile(data["read_more"], re.I),
            source_line=re.compile(data["source_line"], re.I),
            credit_closer=re.compile(data["credit_closer"], re.I),
            date_label=re.compile(data["date_label"], re.I),
            outlet_label_end=re.compile(data["outlet_label_end"], re.I),
            bullets=tuple(data["bullets"]),
            max_section_blocks=int(data["max_section_blocks"]),
        )


@dataclass(frozen=True)
class TopicProfile:
    """The actors and terms of the tracked topic, and the sides of its conflict."""

    name: str
    terms: TopicTerms
    conflict_sides: tuple[tuple[str, ...], ...] = ()
    core_parties: frozenset[str] = frozenset()
    fronts: frozenset[str] = frozenset()  # places where the tracked war is fought
    # A page is read if it names every state of one of these groups.
    read_pages_naming: tuple[frozenset[str], ...] = ()

    def opponents(self, state: str | None) -> tuple[str, ...]:
        """The states on the other side of the tracked conflict from ``state``."""
        for i, side in enumerate(self.conflict_sides):
            if state in side:
                return tuple(
                    s for j, other in enumerate(self.conflict_sides) if j != i for s in other
                )
        return ()

    def worth_reading(self, states: set[str]) -> bool:
        """Whether a page naming ``states`` is read for facts (``read_pages_naming``)."""
        return not self.read_pages_naming or any(g <= states for g in self.read_pages_naming)

    @property
    def tracked_parties(self) -> frozenset[str]:
        """Every state of the ``read_pages_naming`` groups."""
        return frozenset(s for group in self.read_pages_naming for s in group)

    def is_core(self, states: set[str]) -> bool:
        """Whether ``states`` (those a document names) include every core party."""
        return bool(self.core_parties) and self.core_parties <= states

    def allies(self, state: str | None) -> tuple[str, ...]:
        """The other states on ``state``'s side of the tracked conflict."""
        side = next((side for side in self.conflict_sides if state in side), ())
        return tuple(s for s in side if s != state)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> TopicProfile:
        terms = {
            term
            for group in ("actors", "terms")
            for words in (data.get(group) or {}).values()
            for term in words
        }
        return cls(
            name=data.get("name", "topic"),
            terms=TopicTerms.compile(terms),
            conflict_sides=tuple(tuple(side) for side in data.get("conflict_sides") or ()),
            core_parties=frozenset(data.get("core_parties") or ()),
            fronts=frozenset(data.get("fronts") or ()),
            read_pages_naming=tuple(frozenset(g) for g in data.get("read_pages_naming") or ()),
        )


@dataclass(frozen=True)
class TopicTerms:
    """The topic's actors and terms, as two patterns: those written in a script without
    spaces (found as written) and Latin words (whole words; names and acronyms keep their
    case: US is not "us"). One alternation of both, each Latin word with its own word
    boundaries, made the regex engine try every term at every character: twenty times
    slower, on every line of every page read."""

    written: re.Pattern[str]
    words: re.Pattern[str]

    @classmethod
    def compile(cls, terms: Collection[str]) -> TopicTerms:
        ordered = sorted(terms, key=lambda term: (-len(term), term))
        latin = [t for t in ordered if t.isascii()]
        named = "|".join(re.escape(t) for t in latin if any(c.isupper() for c in t))
        common = "|".join(re.escape(t) for t in latin if not any(c.isupper() for c in t))
        return cls(
            written=re.compile(
                "|".join(re.escape(t) for t in ordered if not t.isascii()) or "(?!)"
            ),
            words=re.compile(rf"(?<!\w)(?:(?-i:{named or '(?!)'})|(?i:{common or '(?!)'}))(?!\w)"),
        )

    def search(self, text: str) -> re.Match[str] | None:
        """A term of the topic in ``text``, if there is one (not always the first)."""
        return self.written.search(text) or self.words.search(text)


@dataclass(frozen=True)
class Outlets:
    """News outlets by web domain."""

    by_domain: dict[str, str]

    def for_url(self, url: str | None) -> str | None:
        """The outlet whose domain serves ``url`` (a subdomain counts), if it is a known one."""
        if not url:
            return None
        parts = (urlsplit(url).hostname or "").lower().split(".")
        for i in range(len(parts) - 1):
            name = self.by_domain.get(".".join(parts[i:]))
            if name:
                return name
        return None


@dataclass(frozen=True)
class Knowledge:
    gazetteer: Gazetteer
    categories: Categories
    topic: TopicProfile
    noise: NoiseRules
    aggregator: AggregatorRules
    calendar: DateFormats
    outlets: Outlets
    languages: dict[str, Language] = field(default_factory=dict)

    def home_state(self, url: str | None) -> str | None:
        """The state whose press published the page at ``url``: its outlet's (KBS, Yonhap:
        South Korea; TASS: Russia), when the outlet is known and belongs to one."""
        outlet = self.outlets.for_url(url) or ""
        # The Korea Herald is listed as Korea Herald among the names.
        named = self.gazetteer.named(outlet) or self.gazetteer.named(outlet.removeprefix("The "))
        return self.gazetteer.state_of(named)

    def language(self, code: str | None) -> Language:
        """The language package for ``code``; a language without one gets the generic
        reading (sentences and entity mentions, no events or figures)."""
        from kansoku.lang import Language

        return self.languages.get(code or "") or Language(code or "")

    @property
    def future_words(self) -> tuple[str, ...]:
        """Words that put a sentence in the future, in every language read: before the
        language of a page is known, its dates must not be taken from its plans."""
        return tuple(w for lang in self.languages.values() for w in lang.future_words)


def load_knowledge(data: Path = DATA) -> Knowledge:
    """Every data file under ``data``, loaded and compiled."""
    from kansoku.lang import load_languages

    return Knowledge(
        gazetteer=Gazetteer(load_yaml(data / "gazetteer.yaml")),
        categories=load_categories(load_yaml(data / "categories.yaml")),
        topic=TopicProfile.from_data(load_yaml(data / "topic.yaml")),
        noise=NoiseRules.from_data(load_yaml(data / "noise.yaml")),
        aggregator=AggregatorRules.from_data(load_yaml(data / "aggregator.yaml")),
        calendar=DateFormats.from_data(load_yaml(data / "calendar.yaml")),
        outlets=Outlets(
            {str(k).lower(): str(v) for k, v in load_yaml(data / "outlets.yaml").items()}
        ),
        languages=load_languages(data / "lang"),
    )


@cache
def default_knowledge() -> Knowledge:
    """The bundled knowledge, loaded once per process: the CLI's and the API's default."""
    return load_knowledge()
